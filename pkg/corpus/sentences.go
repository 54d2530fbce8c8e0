package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a half-open byte range of the body.
type span struct{ start, end int }

// abbreviations never end a sentence when followed by a full stop. They are
// compared without the final dot and case-sensitively, so "No." (number)
// is one but "no." is not.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true,
	"Lt": true, "Col": true, "Maj": true, "Capt": true, "Sgt": true, "Cpl": true,
	"Adm": true, "Brig": true, "Gov": true, "Sen": true, "Rep": true, "Rev": true, "Inf": true,
	"St": true, "Jr": true, "Sr": true, "No": true, "Nos": true, "Mt": true, "Ft": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true,
	"Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"Inc": true, "Co": true, "Corp": true, "Ltd": true, "vs": true, "approx": true,
	"Pres": true, "Amb": true, "Sheikh": false,
	"a.m": true, "p.m": true, "e.g": true, "i.e": true, "U.S": true, "U.N": true,
	"U.K": true, "E.U": true, "U.S.A": true, "A.M": true, "P.M": true,
}

// dottedBodies are the dotted abbreviations of countries and bodies, which
// may end a sentence ("... with the U.N.") as well as open a name ("U.N.
// Secretary-General").
var dottedBodies = map[string]bool{"U.S": true, "U.N": true, "U.K": true, "E.U": true, "U.S.A": true}

// sentenceOpeners are words that open a sentence and never go on a name
// after a country's or body's abbreviation.
var sentenceOpeners = wordSet(`The It Its They He She We I But And Officials In On At A An This That These Those There
	Some Many Most Meanwhile However`)

// sentenceEndAt reports whether the terminal mark at body[i] ('.', '!',
// '?' or '…') ends a sentence, and returns the index just past the mark and
// any closing quotes or brackets that follow it.
func sentenceEndAt(body string, i int) (int, bool) {
	c := body[i]
	j := i + 1
	if c == 0xe2 { // "…"
		j = i + len("…")
	}
	// Several marks ("?!", "...") count as one; a dot inside "..." only
	// ends at the last dot.
	for j < len(body) && (body[j] == '.' || body[j] == '!' || body[j] == '?') {
		j++
	}
	// Closing quotes and brackets belong to the sentence.
	for j < len(body) {
		switch {
		case body[j] == '"' || body[j] == '\'' || body[j] == ')' || body[j] == ']':
			j++
			continue
		case strings.HasPrefix(body[j:], "”") || strings.HasPrefix(body[j:], "’"):
			j += len("”")
			continue
		case strings.HasPrefix(body[j:], "»"):
			j += len("»")
			continue
		}
		break
	}
	if j >= len(body) {
		return j, true
	}
	if !isSpace(body[j]) && !strings.HasPrefix(body[j:], "\u00a0") {
		return j, false // "3.6", "U.N.-backed", "...This"
	}
	if c == '.' && j-i >= 4 && skipSpaceInline(body, j) < len(body) && isDigit(body[skipSpaceInline(body, j)]) {
		return j, false // "Amman ....... 193 874": a dot leader in a table row
	}
	// A paragraph break always ends a sentence.
	k := j
	for k < len(body) && (body[k] == ' ' || body[k] == '\t') {
		k++
	}
	if k < len(body) && body[k] == '\n' {
		return j, true
	}
	k = skipSpaceInline(body, j)
	if k >= len(body) {
		return j, true
	}
	r, _ := utf8.DecodeRuneInString(body[k:])
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'([«", r)) {
		return j, false
	}
	if c == '.' && j == i+1 {
		// The word before the dot: an abbreviation or an initial?
		w := i
		for w > 0 && (isLetter(body[w-1]) || body[w-1] == '.') {
			w--
		}
		word := body[w:i]
		if (word == "No" || word == "Nos") && !unicode.IsDigit(r) {
			return j, true // "No. The UN says ...": the answer, not "No. 5"
		}
		if abbreviations[word] {
			if dottedBodies[word] && sentenceOpeners[letterRun(body, k)] {
				return j, true // "registered with the U.N. Officials in Amman say ...": the body's name ends the sentence
			}
			return j, false
		}
		if len(word) == 1 && isUpper(word[0]) {
			return j, false // an initial: "J. Smith"
		}
		if strings.Contains(word, ".") && len(word) <= 5 {
			return j, false // "U.N", "a.m" and other dotted abbreviations
		}
	}
	return j, true
}

// isTerminal reports a byte that may end a sentence.
func isTerminal(body string, i int) bool {
	c := body[i]
	return c == '.' || c == '!' || c == '?' || c == 0xe2 && strings.HasPrefix(body[i:], "…")
}

// sentenceAt returns the span of the sentence containing body[pos]: from
// its first byte to the end of its closing punctuation. Sentences never
// cross paragraph breaks. The result depends only on bytes near the
// sentence, so callers can find sentences around a few offsets without
// splitting the whole body.
func sentenceAt(body string, pos int) span {
	// Backwards: the end of the previous sentence, or the paragraph start.
	start := 0
	for i := pos - 1; i >= 0; i-- {
		if body[i] == '\n' {
			start = i + 1
			break
		}
		if isTerminal(body, i) && (i == 0 || body[i] != '.' || !(body[i-1] == '.')) {
			if end, ok := sentenceEndAt(body, i); ok && end <= pos {
				start = end
				break
			}
		}
	}
	start = skipSpaceInline(body, start)
	if start > pos {
		start = pos
	}
	// Forwards.
	end := len(body)
	for i := pos; i < len(body); i++ {
		if body[i] == '\n' {
			end = i
			break
		}
		if isTerminal(body, i) {
			if e, ok := sentenceEndAt(body, i); ok {
				end = e
				break
			}
		}
	}
	for end > start && isSpace(body[end-1]) {
		end--
	}
	return span{start, end}
}

// splitSentences splits body into consecutive spans that together cover
// every byte: each span is a sentence followed by the white space after it.
func splitSentences(body string) []span {
	var out []span
	for pos := 0; pos < len(body); {
		s := sentenceAt(body, pos)
		end := s.end
		if end <= pos {
			end = pos + 1
		}
		// Give the following white space to this sentence.
		for end < len(body) && (isSpace(body[end]) || strings.HasPrefix(body[end:], "\u00a0")) {
			if body[end] >= 0x80 {
				end += len("\u00a0")
			} else {
				end++
			}
		}
		out = append(out, span{pos, end})
		pos = end
	}
	return out
}

// Sentences splits text into sentences, each with its white space
// normalised. Abbreviations (U.N., U.S., Jan., Mr., Gen., a.m.) and
// initials do not end a sentence; paragraph breaks always do.
func Sentences(text string) []string {
	var out []string
	for _, s := range splitSentences(text) {
		if t := normalizeSpace(text[s.start:s.end]); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// paragraphs splits body at blank lines into spans covering every byte.
func paragraphs(body string) []span {
	var out []span
	start := 0
	for start < len(body) {
		i := strings.Index(body[start:], "\n\n")
		if i < 0 {
			out = append(out, span{start, len(body)})
			break
		}
		end := start + i + 2
		for end < len(body) && body[end] == '\n' {
			end++
		}
		out = append(out, span{start, end})
		start = end
	}
	return out
}
