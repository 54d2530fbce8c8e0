package corpus

import (
	"slices"
	"strings"
)

// qualifierPhrases are the hedging words that may precede a figure, longest
// first within each qualifier so "more than" wins over "more".
var qualifierPhrases = func() []struct {
	words []string
	q     Qualifier
} {
	var out []struct {
		words []string
		q     Qualifier
	}
	for _, p := range qualifierTable {
		out = append(out, struct {
			words []string
			q     Qualifier
		}{strings.Fields(p.words), p.q})
	}
	return out
}()

// maxQualifierWords is the length of the longest hedge.
const maxQualifierWords = 3

var qualifierTable = []struct {
	words string
	q     Qualifier
}{
	{"no fewer than", AtLeast},
	{"no less than", AtLeast},
	{"not fewer than", AtLeast},
	{"not less than", AtLeast},
	{"no more than", AtMost},
	{"not more than", AtMost},
	{"a maximum of", AtMost},
	{"as many as", AtMost},
	{"as high as", AtMost}, // "could climb as high as 400,000"
	{"fewer than", AtMost},
	{"less than", AtMost},
	{"up to", AtMost},
	{"at most", AtMost}, // "the real number was at most 10,000"
	{"under", AtMost},
	{"more than", AtLeast},
	{"at least", AtLeast},
	{"upwards of", AtLeast},
	{"upward of", AtLeast}, // "upward of 18,000 people"
	{"in excess of", AtLeast},
	{"well over", AtLeast},
	{"over", AtLeast},
	{"well above", AtLeast},
	{"above", AtLeast}, // "the real number was above 320,000"
	{"below", AtMost},
	{"passed", AtLeast},       // "the number has passed 7,100"
	{"climbed past", AtLeast}, // "the number has climbed past 875,000"
	{"risen past", AtLeast},
	{"rose past", AtLeast},
	{"grown past", AtLeast},
	{"surpassed", AtLeast},
	{"exceeded", AtLeast},
	{"topped", AtLeast},
	{"close to", Approx},
	{"closer to", Approx},
	{"nearer to", Approx},
	{"nearer", Approx}, // "the real number is nearer 1.3 million"
	{"near", Approx},   // "unemployment is near 19 per cent"
	{"an estimated", Approx},
	{"estimated", Approx},
	{"approximately", Approx},
	{"roughly", Approx},
	{"around", Approx},
	{"about", Approx},
	{"nearly", Approx},
	{"almost", Approx},
	{"some", Approx},
	{"circa", Approx},
	{"approx", Approx},
	{"just under", Approx},
	{"just over", AtLeast}, // annotators: at least, seven to three
	{"an approximate", Approx},
	{"something like", Approx}, // "something like 60,000 Syrians"
	{"more like", Approx},      // "the real figure is more like 1.5 million"
	{"maybe", Approx},
	{"perhaps", Approx},
	{"possibly", Approx},
}

// qualifierBefore looks at the words right before s[i] for hedging. It
// returns the qualifier and the start of the hedging words, or ("", i).
func qualifierBefore(s string, i int) (Qualifier, int) {
	ws := wordsBefore(s, i, maxQualifierWords)
	best, bestLen := Qualifier(""), 0
	for _, p := range qualifierPhrases {
		n := len(p.words)
		if n <= bestLen || n > len(ws) {
			continue
		}
		match := true
		for k, w := range p.words {
			if ws[len(ws)-n+k] != w {
				match = false
				break
			}
		}
		if match {
			best, bestLen = p.q, n
		}
	}
	if bestLen == 0 {
		// "maybe another 200", "perhaps a further 5,000": the hedge
		// before "another" belongs to the figure.
		if n := len(ws); n >= 2 && (ws[n-1] == "another" || n >= 3 && ws[n-2] == "a" && ws[n-1] == "further") {
			k := n - 2
			if ws[n-1] == "further" {
				k = n - 3
			}
			if q := hedgeWord(ws[k]); q != "" {
				return q, i
			}
		}
		return "", i
	}
	// Walk back over bestLen words to find the start.
	j := i
	for k := 0; k < bestLen; k++ {
		j = skipSpaceBack(s, j)
		for j > 0 && (isLetter(s[j-1]) || s[j-1] == '-' || s[j-1] == '\'') {
			j--
		}
	}
	return best, j
}

// hedgePhrase reports words that are one whole hedge of qualifierPhrases:
// "roughly", "more than", "closer to".
func hedgePhrase(ws []string) bool {
	return slices.ContainsFunc(qualifierPhrases, func(p struct {
		words []string
		q     Qualifier
	}) bool {
		return slices.Equal(p.words, ws)
	})
}

// hedgeWord returns the qualifier of a one-word hedge, or "".
func hedgeWord(w string) Qualifier {
	for _, p := range qualifierPhrases {
		if len(p.words) == 1 && p.words[0] == w {
			return p.q
		}
	}
	return ""
}
