package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of a sentence, with its offsets in
// the body.
type token struct {
	text       string
	low        string // text in lower case, curly apostrophes straightened
	start, end int
	punct      bool
}

// lower returns the token in lower case with curly apostrophes straightened.
func (t token) lower() string { return t.low }

// lowerWord lower-cases s, allocating only when it has upper-case letters
// or curly apostrophes.
func lowerWord(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			return strings.ToLower(strings.ReplaceAll(s, "’", "'"))
		} else if isUpper(c) {
			return lowerASCIIFrom(s, i)
		}
	}
	return s
}

// lowerASCIIFrom lower-cases s, whose first upper-case letter or non-ASCII
// byte is at i, in one pass when s is ASCII.
func lowerASCIIFrom(s string, i int) string {
	for j := i; j < len(s); j++ {
		if s[j] >= 0x80 {
			return strings.ToLower(strings.ReplaceAll(s, "’", "'"))
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// capitalised reports a word starting with an upper-case letter.
func (t token) capitalised() bool {
	if t.punct || t.text == "" {
		return false
	}
	if t.text[0] == '(' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// tokenize splits b[from:to] into words and punctuation. Words keep inner
// hyphens, apostrophes and dots ("U.N.", "Kurdish-led", "Turkey's"); an
// acronym in parentheses ("(UOSSM)") is one token.
func tokenize(b string, from, to int) []token {
	return appendTokens(make([]token, 0, (to-from)/5+1), b, from, to)
}

// appendTokens appends the tokens of b[from:to] to out, as tokenize.
func appendTokens(out []token, b string, from, to int) []token {
	// ASCII words take their lower case from one lower-cased copy of the
	// range, made when the first capitalised word needs it.
	var low string
	lowOf := func(i, j int, ascii bool) string {
		w := b[i:j]
		if !ascii {
			return lowerWord(w)
		}
		if !hasUpperASCII(w) {
			return w
		}
		if low == "" {
			low = lowerASCII(b[from:to])
		}
		return low[i-from : j-from]
	}
	i := from
	for i < to {
		c := b[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '(':
			close := strings.IndexByte(b[i:to], ')')
			if close > 1 && close <= 12 && isAcronym(b[i+1:i+close]) {
				t := b[i : i+close+1]
				out = append(out, token{text: t, low: lowOf(i, i+close+1, isASCII(t)), start: i, end: i + close + 1})
				i += close + 1
				continue
			}
			out = append(out, token{text: "(", low: "(", start: i, end: i + 1, punct: true})
			i++
		case isLetter(c) || isDigit(c) || c >= 0x80 && startsWord(b[i:to]):
			j := i
			ascii := true
			for j < to {
				if c := b[j]; isLetter(c) || isDigit(c) {
					j++ // the common case, decided without decoding
					continue
				}
				r, size := utf8.DecodeRuneInString(b[j:to])
				if size > 1 {
					ascii = false
				}
				switch {
				case unicode.IsLetter(r) || unicode.IsDigit(r):
					j += size
				case (r == '-' || r == '\'' || r == '’' || r == '.') && j+size < to && isWordStartRune(b[j+size:to]):
					j += size
				case (r == ',' || r == '.') && j > i && isDigit(b[j-1]) && j+1 < to && isDigit(b[j+1]):
					j += size // "200,000", "3.6"
				case r == '.' && j-i >= 1 && strings.Count(b[i:j], ".") >= 1 && !strings.Contains(b[i:j], " ") && isUpper(b[i]) && j-i <= 5:
					j += size // final dot of "U.N."
				default:
					goto done
				}
			}
		done:
			if j == i {
				_, size := utf8.DecodeRuneInString(b[i:to])
				j = i + size
			}
			if b[i] >= 0x80 {
				ascii = false
			}
			if j < to && b[j] == '.' && abbreviations[b[i:j]] {
				j++ // "Mr.", "Gen.", "Brig."
			}
			out = append(out, token{text: b[i:j], low: lowOf(i, j, ascii), start: i, end: j})
			i = j
		default:
			_, size := utf8.DecodeRuneInString(b[i:to])
			r, _ := utf8.DecodeRuneInString(b[i:to])
			if unicode.IsSpace(r) {
				i += size
				continue
			}
			out = append(out, token{text: b[i : i+size], low: b[i : i+size], start: i, end: i + size, punct: true})
			i += size
		}
	}
	return out
}

// hasUpperASCII reports whether s has an ASCII capital letter.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if isUpper(s[i]) {
			return true
		}
	}
	return false
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// lowerASCII lower-cases the ASCII letters of s and leaves every other
// byte, so offsets into s hold in the result.
func lowerASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s)) // one allocation: the builder's bytes become the string
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isWordStartRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// isAcronym reports an all-capital word of two or more letters ("UOSSM",
// "OCHA", "SDF").
func isAcronym(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch {
		case isUpper(s[i]):
			n++
		case s[i] == '.' || s[i] == '-' || s[i] == '&':
		case s[i] >= 0x80:
			// "TSİ", Turkey's time: a capital outside ASCII
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsUpper(r) {
				return false
			}
			n++
			i += size - 1
		default:
			return false
		}
	}
	return n >= 2
}

// foldAccents maps common accented Latin letters to ASCII, so "Oktaý"
// and "Oktay" compare equal.
func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if f, ok := accentFold[r]; ok {
			b.WriteRune(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var accentFold = func() map[rune]rune {
	m := map[rune]rune{}
	for base, accented := range map[rune]string{
		'a': "áàâäãåā", 'e': "éèêëē", 'i': "íìîïıī", 'o': "óòôöõøō", 'u': "úùûüū",
		'y': "ýÿ", 'c': "çć", 's': "şšś", 'g': "ğ", 'n': "ñń", 'z': "žźż",
		'A': "ÁÀÂÄÃÅ", 'E': "ÉÈÊË", 'I': "ÍÌÎÏİ", 'O': "ÓÒÔÖÕØ", 'U': "ÚÙÛÜ",
		'Y': "Ý", 'C': "ÇĆ", 'S': "ŞŠŚ", 'G': "Ğ", 'N': "Ñ", 'Z': "ŽŹŻ",
		// Letters of their own that read as the Latin letter in an
		// address: "Bałtycki" at dziennikbaltycki.pl
		'l': "ł", 'L': "Ł", 'd': "đď", 'D': "ĐĎ", 'r': "řŕ", 'R': "ŘŔ", 't': "ťţ", 'T': "ŤŢ",
	} {
		for _, r := range accented {
			m[r] = base
		}
	}
	return m
}()
