package corpus

// Byte classes for the scanner.
const (
	clsOther   = iota // punctuation and other ASCII
	clsSpace          // ends a word (wc -w)
	clsDigit          // starts a figure
	clsLetter         // part of a word
	clsWide           // first byte of a multi-byte character
	clsCont           // continuation byte of a multi-byte character
	clsQuote          // ASCII double quotation mark
	clsNumInit        // a letter that can start a number word
)

var byteClass = func() (t [256]byte) {
	for c := 0; c < 256; c++ {
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
			t[c] = clsSpace
		case '0' <= c && c <= '9':
			t[c] = clsDigit
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			t[c] = clsLetter
		case c == '"':
			t[c] = clsQuote
		case c >= 0xc0:
			t[c] = clsWide
		case c >= 0x80:
			t[c] = clsCont
		default:
			t[c] = clsOther
		}
	}
	// Letters that start a number word: one two three ... ninety, hundred,
	// thousand, million, billion, dozen(s), half, tens, scores, and the
	// fractions third(s), quarter(s), fifth(s) to tenth(s).
	for _, c := range "otfsenhmbdq" {
		t[c] = clsNumInit
		t[c-'a'+'A'] = clsNumInit
	}
	return t
}()

// isAlpha reports ASCII letters.
var isAlpha = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = 'a' <= c|0x20 && c|0x20 <= 'z'
	}
	return t
}()

// prefix3 indexes the first three letters of a word, in any case.
func prefix3(a, b, c byte) int {
	return int((a|0x20)-'a')%32*1024 + int((b|0x20)-'a')%32*32 + int((c|0x20)-'a')%32
}

// numberPrefix marks the first three letters of the number words, so the
// scanner rejects most words after one table look-up.
var numberPrefix = func() []bool {
	t := make([]bool, 32*1024)
	for _, w := range []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
		"nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
		"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
		"dozen", "dozens", "half", "tens", "scores", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
		"sixth", "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths"} {
		if !isNumberWord(w) {
			panic("corpus: scanner and parser disagree on " + w)
		}
		t[prefix3(w[0], w[1], w[2])] = true
	}
	return t
}()

// scan makes one pass over body: it counts words the way wc -w does
// (runs of non-space bytes), appends to cands the offset of every token
// that may start a figure (a digit run not glued to a letter before it,
// and number words: "eight", "thousands", "half", "dozens") and to quotes
// the offset of every double quotation mark. Everything heavier happens
// only around these offsets.
func scan(body string, cands, quotes []int) (words int, outCands, outQuotes []int) {
	inWord := false
	prevAlnum := false
	n := len(body)
	for i := 0; i < n; {
		c := body[i]
		cls := byteClass[c]
		if cls == clsSpace {
			inWord, prevAlnum = false, false
			i++
			continue
		}
		if !inWord {
			words++
			inWord = true
		}
		switch cls {
		case clsLetter:
			// Not a number word: skip the word.
			i++
			for i < n && isAlpha[body[i]] {
				i++
			}
			prevAlnum = true
		case clsNumInit:
			j := i + 1
			for j < n && isAlpha[body[j]] {
				j++
			}
			if !prevAlnum && j-i >= 3 && j-i <= 9 && numberPrefix[prefix3(body[i], body[i+1], body[i+2])] &&
				numberWordFold(body[i:j]) {
				cands = append(cands, i)
			}
			i = j
			prevAlnum = true
		case clsDigit:
			if !prevAlnum {
				cands = append(cands, i)
			}
			// Skip the digit run with its separators.
			i++
			for i < n && (byteClass[body[i]] == clsDigit || body[i] == ',' || body[i] == '.') {
				i++
			}
			prevAlnum = true
		case clsQuote:
			quotes = append(quotes, i)
			prevAlnum = false
			i++
		case clsOther, clsCont:
			prevAlnum = false
			i++
		default: // clsWide
			// Letters glue to what follows; no-break spaces, dashes and
			// curly quotes separate like punctuation (but do not end a wc
			// word).
			prevAlnum = true
			if c == 0xe2 && i+2 < n && body[i+1] == 0x80 {
				switch c3 := body[i+2]; {
				case c3 == 0x9c || c3 == 0x9d:
					quotes = append(quotes, i)
					prevAlnum = false
				case c3 == 0xaf || c3 == 0x89 || c3 >= 0x93 && c3 <= 0x9d:
					prevAlnum = false
				}
			} else if c == 0xe2 && i+1 < n && body[i+1] == 0x82 {
				prevAlnum = false // currency signs U+20A0-U+20BF: "€6 billion" is read, then dropped as money
			} else if c == 0xc2 && i+1 < n && (body[i+1] == 0xa0 || body[i+1] == 0xa3 || body[i+1] == 0xa5) {
				prevAlnum = false // no-break space, "£", "¥"
			} else if c == 0xc2 && i+1 < n && (body[i+1] == 0xab || body[i+1] == 0xbb) {
				quotes = append(quotes, i) // guillemets
				prevAlnum = false
			}
			i++
			for i < n && byteClass[body[i]] == clsCont {
				i++
			}
		}
	}
	return words, cands, quotes
}

// numberWordFold is isNumberWord for a word in any case.
func numberWordFold(w string) bool {
	var buf [9]byte
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20
	}
	return isNumberWord(string(buf[:len(w)]))
}
