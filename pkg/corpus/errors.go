package corpus

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Failure kinds, checked with errors.Is on a ParseError or an ErrorList.
var (
	ErrEmpty       = errors.New("corpus: empty file")
	ErrBinary      = errors.New("corpus: binary file (NUL byte)")
	ErrUTF8        = errors.New("corpus: invalid UTF-8")
	ErrLineTooLong = errors.New("corpus: line too long")
	ErrNoNumber    = errors.New("corpus: no number found")
	ErrBadDate     = errors.New("corpus: bad date")
	ErrUnknown     = errors.New("corpus: unknown article")
	ErrMetadata    = errors.New("corpus: bad metadata")
)

// ParseError is a problem at a position in one file of the corpus folder.
// Line and Column are 1-based; Column counts bytes. A zero Line means the
// problem concerns the whole file (for example, it cannot be read).
type ParseError struct {
	File   string // path of the file, as found under the loaded folder
	Line   int
	Column int
	Err    error
}

func (e *ParseError) Error() string {
	msg := strings.TrimPrefix(e.Err.Error(), "corpus: ")
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, msg)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// ErrorList is every problem met while loading a folder, sorted by file and
// position.
type ErrorList []*ParseError

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap lets errors.Is and errors.As look at each error in the list.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// Sort orders the list by file, line and column.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// position returns the 1-based line and byte column of offset off in b.
func position(b string, off int) (line, col int) {
	if off > len(b) {
		off = len(b)
	}
	line = 1
	last := -1
	for i := 0; i < off; i++ {
		if b[i] == '\n' {
			line++
			last = i
		}
	}
	return line, off - last
}
