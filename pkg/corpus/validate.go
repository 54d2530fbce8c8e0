package corpus

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// DefaultMaxLine is the longest line, in bytes, a file may have when
// Loader.MaxLine is zero. Real articles have paragraphs of a few
// kilobytes; a longer line is almost always a dump, not an article.
const DefaultMaxLine = 1 << 20

// validate checks that raw looks like a text article: not empty, no NUL
// bytes, valid UTF-8, no line longer than maxLine bytes. The returned
// error is a *ParseError at the offending position.
func validate(file string, raw []byte, maxLine int) error {
	if len(bytes.TrimSpace(raw)) == 0 {
		return &ParseError{File: file, Line: 1, Column: 1, Err: ErrEmpty}
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		line, col := position(raw, i)
		return &ParseError{File: file, Line: line, Column: col, Err: ErrBinary}
	}
	if !utf8.Valid(raw) {
		i := 0
		for i < len(raw) {
			r, size := utf8.DecodeRune(raw[i:])
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
		n := bytes.IndexByte(rest, '\n')
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
