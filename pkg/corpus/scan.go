package corpus

// scan makes one pass over body: it counts words the way wc -w does
// (runs of non-space bytes), appends to cands the offset of every token
// that may start a figure (a digit run not glued to a letter before it,
// and number words: "eight", "thousands", "half", "dozens") and to quotes
// the offset of every double quotation mark. Everything heavier happens
// only around these offsets.
func scan(body string, cands, quotes []int) (words int, outCands, outQuotes []int) {
	inWord := false
	prevAlnum := false
	for i := 0; i < len(body); {
		c := body[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f' {
			inWord, prevAlnum = false, false
			i++
			continue
		}
		if !inWord {
			words++
			inWord = true
		}
		switch {
		case '0' <= c && c <= '9':
			if !prevAlnum {
				cands = append(cands, i)
			}
			// Skip the digit run with its separators.
			i++
			for i < len(body) && ('0' <= body[i] && body[i] <= '9' || body[i] == ',' || body[i] == '.') {
				i++
			}
			prevAlnum = true
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			j := i + 1
			for j < len(body) && 'a' <= body[j]|0x20 && body[j]|0x20 <= 'z' {
				j++
			}
			if !prevAlnum && j-i >= 3 && j-i <= 9 && numberWordFold(body[i:j]) {
				cands = append(cands, i)
			}
			i = j
			prevAlnum = true
		case c < 0x80:
			if c == '"' {
				quotes = append(quotes, i)
			}
			prevAlnum = false
			i++
		default:
			// Multi-byte characters: letters glue to what follows, no-break
			// spaces separate like spaces (but do not end a wc word).
			if c == 0xe2 && i+2 < len(body) && body[i+1] == 0x80 && (body[i+2] == 0x9c || body[i+2] == 0x9d) {
				quotes = append(quotes, i)
			}
			if c == 0xc2 && i+1 < len(body) && body[i+1] == 0xa0 || c == 0xe2 && i+2 < len(body) && body[i+1] == 0x80 && (body[i+2] == 0xaf || body[i+2] == 0x89 || body[i+2] >= 0x93 && body[i+2] <= 0x9d) {
				prevAlnum = false
			} else {
				prevAlnum = true
			}
			i++
			for i < len(body) && body[i]&0xc0 == 0x80 {
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
