package corpus

import (
	"strings"
	"unicode/utf8"
)

// quoteSpan is a direct quotation in the body: open and close are the
// offsets of the quotation marks (close is len(body) or the paragraph end
// when a quotation runs on unclosed).
type quoteSpan struct {
	open, close int
	textStart   int // first byte of the quoted words
	textEnd     int
	speaker     string
	resolved    bool
}

// findQuotes pairs the quotation marks at offsets marks (from scan) into
// the outermost quotations of each paragraph. Curly quotes say which way
// they face; a straight quote opens after a space or at the start and
// closes before a space or punctuation, so nested straight quotes ("a
// "scorched-earth" policy") pair up. A quotation left open runs to the end
// of its paragraph.
func findQuotes(body string, marks []int) []*quoteSpan {
	var out []*quoteSpan
	depth := 0
	var cur *quoteSpan
	paraEnd := func(from int) int {
		if i := strings.Index(body[from:], "\n\n"); i >= 0 {
			return from + i
		}
		return len(body)
	}
	curEnd := 0
	for _, i := range marks {
		if cur != nil && i >= curEnd {
			cur.close, cur.textEnd = curEnd, curEnd
			out = append(out, cur)
			cur, depth = nil, 0
		}
		r, size := utf8.DecodeRuneInString(body[i:])
		var opens, closes bool
		switch r {
		case '“', '«':
			opens = true
		case '”', '»':
			closes = true
		case '"':
			before := i == 0 || isSpace(body[i-1]) || strings.ContainsRune("([{—–-", rune(body[i-1]))
			after := i+size >= len(body) || isSpace(body[i+size]) || strings.ContainsRune(".,;:!?)]—–", rune(body[i+size]))
			switch {
			case before && !after:
				opens = true
			case after && !before:
				closes = true
			default:
				opens = depth == 0
				closes = depth > 0
			}
		}
		switch {
		case opens:
			if depth == 0 {
				cur = &quoteSpan{open: i, textStart: i + size}
				curEnd = paraEnd(i)
			}
			depth++
		case closes && depth > 0:
			depth--
			if depth == 0 {
				cur.close, cur.textEnd = i, i
				out = append(out, cur)
				cur = nil
			}
		}
	}
	if cur != nil {
		cur.close, cur.textEnd = curEnd, curEnd
		out = append(out, cur)
	}
	return out
}

// quoteAt returns the quotation containing offset pos, or nil.
func quoteAt(quotes []*quoteSpan, pos int) *quoteSpan {
	for _, q := range quotes {
		if q.textStart <= pos && pos < q.textEnd {
			return q
		}
		if q.open > pos {
			break
		}
	}
	return nil
}

// quoteSpeaker resolves who speaks quotation k: an attribution right after
// it (`," said X`, `," he said`), or right before it (`X said: "`), or the
// speaker of the quotation it continues (the previous one in the
// paragraph, or the last of the previous paragraph when this paragraph
// opens with a quotation).
func (r *resolver) quoteSpeaker(quotes []*quoteSpan, k int) string {
	q := quotes[k]
	if q.resolved {
		return q.speaker
	}
	q.resolved = true
	body := r.body
	// After: the sentence that holds the closing mark.
	if q.close < len(body) {
		s := sentenceAt(body, q.close)
		for _, a := range r.sentenceAttributions(s) {
			// (the subject right after the mark, however long its
			// apposition: `,” Rania Kassab, a spokeswoman for the UN
			// Office for ... (OCHA), told AFP`)
			if a.verbStart >= q.close && (a.verbStart-q.close <= 60 || len(a.subject) > 0 && a.subject[0].start >= q.close && a.subject[0].start-q.close <= 6) && !a.according {
				q.speaker = r.name(a.subject, a.verbStart)
				if q.speaker != "" {
					return q.speaker
				}
			}
		}
	}
	// Before: "X said: “...".
	if q.open > 0 {
		s := sentenceAt(body, q.open-1)
		if s.end >= q.open-2 {
			as := r.sentenceAttributions(s)
			for i := len(as) - 1; i >= 0; i-- {
				a := as[i]
				if a.verbEnd > q.open {
					continue
				}
				gap := strings.TrimSpace(body[a.verbEnd:q.open])
				if len(gap) <= 40 && !strings.ContainsAny(gap, ".") {
					q.speaker = r.name(a.subject, a.verbStart)
					if q.speaker != "" {
						return q.speaker
					}
				}
			}
		}
	}
	// A statement verb earlier in the sentence: `X said ... calling it a "..."`.
	if q.open > 0 {
		s := sentenceAt(body, q.open)
		for _, a := range r.sentenceAttributions(s) {
			if a.verbEnd <= q.open && !a.according {
				q.speaker = r.name(a.subject, a.verbStart)
			}
		}
		if q.speaker != "" {
			return q.speaker
		}
	}
	// A continuation.
	if k > 0 {
		prev := quotes[k-1]
		between := body[prev.close:q.open]
		samePara := !strings.Contains(between, "\n\n")
		paraStart := q.open == 0 || strings.HasSuffix(body[:q.open], "\n\n")
		if samePara || paraStart && strings.Count(between, "\n\n") == 1 {
			q.speaker = r.quoteSpeaker(quotes, k-1)
		}
	}
	return q.speaker
}

// quoteList builds the quotes table rows of an article.
func (r *resolver) quoteList(article string, quotes []*quoteSpan) []Quote {
	var out []Quote
	for k, q := range quotes {
		text := normalizeSpace(r.body[q.textStart:q.textEnd])
		text = strings.TrimRight(text, ",")
		speaker := r.quoteSpeaker(quotes, k)
		if speaker == "" && wordCount(text) < 6 {
			continue // a scare quote or a name
		}
		if speaker != "" && wordCount(text) < 3 && !strings.ContainsAny(text, ".!?") {
			continue // a short phrase someone used ("victory", "neutralised")
		}
		s1 := sentenceAt(r.body, q.textStart)
		s2 := sentenceAt(r.body, max(q.textStart, q.textEnd-1))
		sent := normalizeSpace(r.body[min(s1.start, q.open):max(s2.end, s1.end)])
		out = append(out, Quote{Article: article, Speaker: speaker, Quote: text, Sentence: sent})
	}
	return out
}
