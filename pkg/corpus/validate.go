package corpus

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// DefaultMaxLine is the longest line, in bytes, a file may have when
// Loader.MaxLine is zero. Real articles have paragraphs of a few
// kilobytes; a longer line is almost always a dump, not an article.
const DefaultMaxLine = 1 << 20

// validate checks that raw looks like a text article: not empty, no NUL
// bytes, valid UTF-8, no line longer than maxLine bytes. The returned
// error is a *ParseError at the offending position.
func validate(file string, raw string, maxLine int) error {
	if len(strings.TrimSpace(raw)) == 0 {
		return &ParseError{File: file, Line: 1, Column: 1, Err: ErrEmpty}
	}
	if i := strings.IndexByte(raw, 0); i >= 0 {
		line, col := position(raw, i)
		return &ParseError{File: file, Line: line, Column: col, Err: ErrBinary}
	}
	if !utf8.ValidString(raw) {
		i := 0
		for i < len(raw) {
			r, size := utf8.DecodeRuneInString(raw[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		line, col := position(raw, i)
		return &ParseError{File: file, Line: line, Column: col,
			Err: fmt.Errorf("%w (byte 0x%02x)", ErrUTF8, raw[i])}
	}
	if maxLine <= 0 {
		maxLine = DefaultMaxLine
	}
	line := 1
	for rest := raw; len(rest) > 0; line++ {
		n := strings.IndexByte(rest, '\n')
		if n < 0 {
			n = len(rest)
		}
		if n > maxLine {
			return &ParseError{File: file, Line: line, Column: maxLine + 1,
				Err: fmt.Errorf("%w: %d bytes, limit %d", ErrLineTooLong, n, maxLine)}
		}
		if n == len(rest) {
			break
		}
		rest = rest[n+1:]
	}
	return nil
}

// readText reads a whole file into a string. The bytes are read into the
// string's own memory, so the text is not copied again as os.ReadFile and
// a conversion would.
func readText(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	if fi, err := f.Stat(); err == nil && fi.Size() > 0 {
		b.Grow(int(fi.Size()) + 1) // +1: the read that finds the end
	}
	var chunk [32 << 10]byte
	for {
		n, err := f.Read(chunk[:])
		b.Write(chunk[:n])
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
	}
}
