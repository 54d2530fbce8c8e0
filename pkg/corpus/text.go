package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Small helpers over the body text. They work on bytes and treat every
// non-ASCII byte as part of a word, so they never split a UTF-8 sequence.

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isUpper(c byte) bool  { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool  { return 'a' <= c && c <= 'z' }

// isSpace reports ASCII white space.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// isWordByte reports a byte that belongs to a word: letters, digits and
// any byte of a multi-byte character.
func isWordByte(c byte) bool { return isLetter(c) || isDigit(c) || c >= 0x80 }

// atWordStart reports whether s[i] starts a word: a letter or digit not
// preceded by a letter, a digit, or a multi-byte letter.
func atWordStart(s string, i int) bool {
	if i >= len(s) || !(isLetter(s[i]) || isDigit(s[i])) {
		return false
	}
	if i == 0 {
		return true
	}
	c := s[i-1]
	if isLetter(c) || isDigit(c) {
		return false
	}
	if c >= 0x80 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	return true
}

// letterRun returns the ASCII letters starting at s[i].
func letterRun(s string, i int) string {
	j := i
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	if i > len(s) {
		return ""
	}
	return s[i:j]
}

// inlineSpaces are the spaces skipped inside a phrase: space, tab, no-break
// space, narrow no-break space and thin space. Line breaks are not.
var inlineSpaces = []string{"\u00a0", "\u202f", "\u2009"}

// skipSpaceInline returns the index after the spaces at s[i].
func skipSpaceInline(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case s[i] == 0xc2 || s[i] == 0xe2:
			n := 0
			for _, sp := range inlineSpaces {
				if strings.HasPrefix(s[i:], sp) {
					n = len(sp)
					break
				}
			}
			if n == 0 {
				return i
			}
			i += n
		default:
			return i
		}
	}
	return i
}

// skipSpaceBack returns the index before the spaces that end s[:i].
func skipSpaceBack(s string, i int) int {
	for i > 0 {
		switch {
		case s[i-1] == ' ' || s[i-1] == '\t':
			i--
		case s[i-1] >= 0x80:
			n := 0
			for _, sp := range inlineSpaces {
				if strings.HasSuffix(s[:i], sp) {
					n = len(sp)
					break
				}
			}
			if n == 0 {
				return i
			}
			i -= n
		default:
			return i
		}
	}
	return i
}

// hasWordFold reports whether s starts with the word w (ASCII, any case)
// followed by a non-letter.
func hasWordFold(s, w string) bool {
	return len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) && (len(s) == len(w) || !isLetter(s[len(w)]))
}

// hasPrefixFold is strings.HasPrefix ignoring ASCII case.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

func trimSpaceLeft(s string) string { return s[skipSpaceInline(s, 0):] }

// lookupLower looks w up in m lower-cased, without allocating a
// lower-cased copy for the short ASCII words that make up most lookups.
func lookupLower[V any](m map[string]V, w string) (V, bool) {
	var buf [32]byte
	if len(w) > len(buf) {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			v, ok := m[strings.ToLower(w)]
			return v, ok
		}
		if isUpper(c) {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// prevWordStart returns the start of the word before the space that
// precedes s[i], or -1.
func prevWordStart(s string, i int) int {
	j := skipSpaceBack(s, i)
	if j == i || j == 0 || !isWordByte(s[j-1]) {
		return -1
	}
	k := j
	for k > 0 && (isLetter(s[k-1]) || isDigit(s[k-1]) || s[k-1] == '.' && k-1 > 0 && isLetter(s[k-2])) {
		k--
	}
	if k == j {
		return -1
	}
	return k
}

// wordBefore returns the word (letters only) right before s[i], skipping
// spaces; "" when punctuation intervenes.
func wordBefore(s string, i int) string {
	j := skipSpaceBack(s, i)
	k := j
	for k > 0 && isLetter(s[k-1]) {
		k--
	}
	return s[k:j]
}

// wordsBefore returns up to n lower-case words before s[i], nearest last,
// stopping at punctuation other than hyphens and apostrophes.
func wordsBefore(s string, i, n int) []string {
	out := make([]string, 0, n)
	j := i
	for len(out) < n {
		j = skipSpaceBack(s, j)
		k := j
		for k > 0 && (isLetter(s[k-1]) || s[k-1] == '-' || s[k-1] == '\'') {
			k--
		}
		if k == j {
			break
		}
		out = append(out, lowerWord(s[k:j]))
		j = k
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// skipWords returns s after its first n words and the spaces around them.
func skipWords(s string, n int) string {
	i := 0
	for ; n > 0; n-- {
		i = skipSpaceInline(s, i)
		j := i
		for j < len(s) && isLetter(s[j]) {
			j++
		}
		if j == i {
			break
		}
		i = j
	}
	return s[i:]
}

// normalizeSpace collapses runs of white space (including no-break spaces)
// to one space and trims the ends.
func normalizeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if isASCIISpace(c) {
				space = true
				i++
				continue
			}
			// A run of ASCII that is not white space is copied at once.
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && !isASCIISpace(s[j]) {
				j++
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) || r == '\u202f' || r == '\u00a0' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isASCIISpace reports the ASCII bytes unicode.IsSpace accepts: space, tab,
// newline, vertical tab, form feed and carriage return.
func isASCIISpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// hasLower reports whether set holds w lower-cased; see lookupLower.
func hasLower(set map[string]bool, w string) bool {
	ok, _ := lookupLower(set, w)
	return ok
}

// containsWord reports whether s holds w as a whole word or run of words:
// "Arsal" in "Arsal's refugees tear down ...", not in "Marsala".
func containsWord(s, w string) bool {
	for i := 0; w != ""; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		if (k == 0 || !isLetter(s[k-1])) && (k+len(w) == len(s) || !isLetter(s[k+len(w)])) {
			return true
		}
		i = k + 1
	}
	return false
}
