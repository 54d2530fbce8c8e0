package corpus

import (
	"strings"
	"unicode"
)

// Clause boundaries inside a sentence. A figure's category is read from the
// words of its own clause: from the last boundary before it to the first
// one after it, so "a war which has killed half a million people and forced
// 11 million to flee" gives "killed" to the first figure and "flee" to the
// second.

// breakWords start a new clause.
var breakWords = map[string]bool{
	"and": true, "but": true, "while": true, "whereas": true, "which": true, "who": true,
	"whom": true, "whose": true, "where": true, "though": true, "although": true,
	"because": true, "when": true,
}

// relativeWords start a relative clause.
var relativeWords = map[string]bool{"which": true, "who": true, "whom": true, "whose": true, "where": true}

// clauseBreak is a boundary: at is where the next clause starts (after
// punctuation, or at the break word); word is the break word or "".
type clauseBreak struct {
	at, before int // before: where the previous clause ends
	word       string
}

// breaksIn lists the clause boundaries in b[from:to]. With and false,
// "and" does not count (it often joins two verbs of one subject).
func breaksIn(b string, from, to int, and bool) []clauseBreak {
	var out []clauseBreak
	for i := from; i < to; i++ {
		c := b[i]
		switch {
		case c == ',' || c == ';' || c == ':':
			if c == ',' && i > 0 && i+1 < len(b) && isDigit(b[i-1]) && isDigit(b[i+1]) {
				continue
			}
			out = append(out, clauseBreak{at: i + 1, before: i})
		case c == 0xe2 && (strings.HasPrefix(b[i:], "—") || strings.HasPrefix(b[i:], "–")) && i > 0 && b[i-1] == ' ':
			out = append(out, clauseBreak{at: i + len("—"), before: i})
			i += len("—") - 1
		case c == '-' && i > 0 && b[i-1] == ' ' && i+1 < len(b) && b[i+1] == ' ':
			out = append(out, clauseBreak{at: i + 1, before: i})
		case isLetter(c) && atWordStart(b, i):
			w := letterRun(b, i)
			if isBreak, _ := lookupLower(breakWords, w); isBreak {
				lw := strings.ToLower(w)
				if (and || lw != "and") && i+len(w) <= to && !(lw == "and" && (joinsNames(b, i) || joinsPrepositions(b, i) || joinsPeople(b, i))) {
					out = append(out, clauseBreak{at: i, before: i, word: lw})
				}
			}
			i += len(w) - 1
		}
	}
	return out
}

// transparentStarts open a parenthetical that does not end the clause of
// the figure before it: "at least 16 civilians, including five children,
// were killed".
var transparentStarts = []string{
	"including", "among them", "many of them", "most of them", "some of them", "all of them", "several of them",
	"a few of them", "dozens of them", "hundreds of them", "thousands of them",
	"mostly", "mainly", "the majority", "half of them", "among whom", "many of whom", "most of whom",
	"both", // "two other people, both Lebanese, died"
}

// transparentAfter returns the end of a transparent parenthetical starting
// at b[i] (", including five children,"), or -1.
func transparentAfter(b string, i, limit int) int {
	k := skipSpaceInline(b, i)
	if k < limit && b[k] == '(' {
		// "280 civilians (among them 51 children) have been killed",
		// "houses 3,200 (roughly 600 families)": an aside in brackets.
		close := strings.IndexByte(b[k:limit], ')')
		if close < 0 || close > 80 {
			return -1
		}
		inner := strings.TrimSpace(b[k+1 : k+close])
		for _, t := range transparentStarts {
			if hasPrefixFold(inner, t) {
				return k + close + 1
			}
		}
		if inner != "" && (isDigit(inner[0]) || hasLower(bracketHedges, letterRun(inner, 0)) || numberPart(inner) > 0) &&
			(!strings.Contains(inner, " of them") && !strings.Contains(inner, " of whom") || partOfThem(inner)) {
			// "170,000 people (almost one in five of the displaced) are
			// sleeping", "1,120 civilians (418 of them children) left"
			return k + close + 1
		}
		return -1
	}
	for _, dash := range []string{"– ", "— "} {
		if strings.HasPrefix(b[k:limit], dash) {
			// "Some 13 million Syrians – more than half of the pre-war
			// population – have been forced from their homes".
			inner := k + len(dash)
			close := strings.Index(b[inner:limit], " "+dash[:len(dash)-1])
			if close < 0 || close > 100 {
				return -1
			}
			return inner + close + 1 + len(dash) - 1
		}
	}
	if k >= limit || b[k] != ',' {
		return -1
	}
	k = skipSpaceInline(b, k+1)
	if e := insertedAttribution(b, k, limit); e > 0 {
		return e // "Some 250,000 people, it said on Saturday, were on the roads"
	}
	if e := appositionAfter(b, k, limit); e > 0 {
		return e // "One man, a Yemeni asylum seeker, was stabbed to death"
	}
	if close := strings.IndexByte(b[k:limit], ','); close > 0 && wordCount(b[k:k+close]) <= 6 {
		if seg := strings.TrimSpace(b[k : k+close]); strings.HasSuffix(seg, " among them") || strings.HasSuffix(seg, " among whom") {
			return k + close + 1 // "at least 300 civilians, dozens of children among them, have been killed"
		}
	}
	starts := transparentStarts
	if n := numberPart(b[k:min(limit, k+40)]); n > 0 {
		// "Another nine civilians, five of them from the same family,
		// died": a part of the count, set off by commas.
		starts = []string{b[k : k+n]}
	}
	for _, t := range starts {
		if hasPrefixFold(b[k:], t) && (len(b) == k+len(t) || !isLetter(b[k+len(t)])) {
			// The comma that closes it, not one inside a number ("80,000").
			for close := k; close < limit; close++ {
				if b[close] == ',' && !(close > 0 && isDigit(b[close-1]) && close+1 < len(b) && isDigit(b[close+1])) {
					return listAfter(b, close+1, limit)
				}
			}
			return -1
		}
	}
	return -1
}

// listAfter returns the end of the list whose first item closed at
// b[i-1] with a comma: "many of them Afghans, Syrians and Iraqis," goes on
// past "Afghans," through "Syrians and Iraqis,". The items after the
// first are names of one or two words, the last joined by "and" or "or";
// else the aside ended at i.
func listAfter(b string, i, limit int) int {
	for e := i; ; {
		next := strings.IndexByte(b[e:limit], ',')
		if next < 0 {
			return i
		}
		ws := strings.Fields(b[e : e+next])
		if len(ws) == 0 || len(ws) > 5 {
			return i
		}
		joined := false
		for _, w := range ws {
			switch {
			case w == "and" || w == "or":
				joined = true
			case !isUpper(w[0]):
				return i
			}
		}
		e += next + 1
		if joined {
			return e
		}
	}
}

// agedSuperlatives open an aside that gives a group's ages.
var agedSuperlatives = wordSet(`youngest eldest oldest smallest`)

// appositionAfter returns the end of an apposition at b[k] that names
// what the figure before it is ("a nurse from the town,") when the
// figure's verb follows it, or -1: "a" or "an", at most eight words
// without a figure, a comma, then an auxiliary or a verb of dying ("died",
// "drowned").
func appositionAfter(b string, k, limit int) int {
	w := letterRun(b, k)
	// "Seven children, the youngest just 18 months old, have died": an
	// age of the group's youngest or eldest, which may hold a figure.
	ages := w == "the" && agedSuperlatives[strings.ToLower(letterRun(b, skipSpaceInline(b, k+3)))]
	if w != "a" && w != "an" && !ages {
		return -1
	}
	if e := coSubjects(b, k, limit); e > 0 && !ages {
		return e
	}
	close := strings.IndexByte(b[k:limit], ',')
	if close < 0 || wordCount(b[k:k+close]) > 8 || !ages && strings.ContainsFunc(b[k:k+close], unicode.IsDigit) {
		return -1
	}
	e := k + close + 1
	next := strings.ToLower(letterRun(b, skipSpaceInline(b, e)))
	if auxVerbs[next] || next == "died" || next == "drowned" || next == "froze" || next == "perished" {
		return e
	}
	return -1
}

// coSubjects returns where the verb starts after the last items of a
// list of subjects that the figure opens, "Twelve children, a pregnant
// woman and an elderly man have died": at b[k] "a" or "an", at most ten
// words without a figure or a comma, one of them "and", then an auxiliary
// or a verb of dying; else -1.
func coSubjects(b string, k, limit int) int {
	for i := k; i < limit && i < k+100; i++ {
		if b[i] == ',' || b[i] == '.' || isDigit(b[i]) {
			return -1
		}
		if !atWordStart(b, i) || !isLetter(b[i]) {
			continue
		}
		w := strings.ToLower(letterRun(b, i))
		if auxVerbs[w] || w == "died" || w == "drowned" || w == "froze" || w == "perished" {
			if seg := " " + b[k:i]; strings.Contains(seg, " and ") && wordCount(seg) <= 10 {
				return i
			}
			return -1
		}
	}
	return -1
}

// insertedAttribution returns the end of an attribution set off by
// commas at b[k] ("it said on Saturday,", "the agency says,"), or -1: at
// most six words, one of them a statement verb, up to the closing comma.
func insertedAttribution(b string, k, limit int) int {
	end := strings.IndexByte(b[k:limit], ',')
	if end <= 0 || end > 60 {
		return -1
	}
	if isDigit(b[k+end-1]) && k+end+1 < limit && isDigit(b[k+end+1]) {
		return -1 // "and said more than 1,150 camps were full": a figure's comma
	}
	words := strings.Fields(b[k : k+end])
	if len(words) < 2 || len(words) > 6 || words[0] == "and" || words[0] == "but" {
		// (", and said ...": a second predicate of the sentence's
		// subject, not an aside)
		return -1
	}
	if strings.HasPrefix(words[0], "”") || words[0] == "\"" || strings.HasPrefix(words[0], "’") {
		return -1 // "..., ” said Ahmad, who fled": the quotation is over, and its clause with it
	}
	for _, w := range words[1:min(3, len(words))] {
		if hasLower(speechVerbs, w) {
			if hasLower(subordinators, letterRun(b, skipSpaceInline(b, k+end+1))) {
				// "..., among them five children, UNICEF said, as the exodus
				// grew": the attribution closes the clause
				return -1
			}
			return k + end + 1
		}
	}
	return -1
}

// subordinators open a clause of their own after an attribution.
var subordinators = wordSet(`as after before since until while when because amid`)

// numberPart returns the length of "five of them" or "12 of whom" that
// opens s, or 0.
func numberPart(s string) int {
	start := 0
	if h := strings.ToLower(letterRun(s, 0)); h == "about" || h == "around" || h == "roughly" || h == "some" || h == "nearly" || h == "almost" {
		start = skipSpaceInline(s, len(h)) // "about 80 percent of them women and children"
	}
	if start > 0 {
		if n := numberPart(s[start:]); n > 0 {
			return start + n
		}
		return 0
	}
	w := letterRun(s, 0)
	n := len(w)
	if w == "" {
		for n < len(s) && (isDigit(s[n]) || s[n] == ',') {
			n++
		}
		if n == 0 {
			return 0
		}
	} else if !isNumberWord(strings.ToLower(w)) {
		return 0
	}
	if w := letterRun(s, n+1); n < len(s) && s[n] == ' ' && w != "" && strings.HasPrefix(s[n+1+len(w):], " among them") {
		return n + 1 + len(w) + len(" among them") // "20 children among them"
	}
	if strings.HasPrefix(s[n:], " percent") || strings.HasPrefix(s[n:], " per cent") || strings.HasPrefix(s[n:], "%") {
		n += strings.IndexAny(s[n:], "t%") + 1 // "80 percent of them"
	}
	for _, of := range []string{" of them", " of whom"} {
		if strings.HasPrefix(s[n:], of) {
			return n + len(of)
		}
	}
	return 0
}

// partOfThem reports a bracketed part of the count before it and nothing
// else: "418 of them children", "nine of them women".
func partOfThem(inner string) bool {
	f := strings.Fields(inner)
	return len(f) == 4 && (isDigit(f[0][0]) || isNumberWord(strings.ToLower(f[0]))) && f[1] == "of" && f[2] == "them" && lettersOnly(f[3])
}

// joinsPrepositions reports an "and" at b[i] between two prepositions:
// "crowd into and around a camp" is one clause.
func joinsPrepositions(b string, i int) bool {
	prev, _ := wordBack(b, i)
	next := letterRun(b, skipSpaceInline(b, i+3))
	return hasLower(prepositions, prev) && hasLower(prepositions, next)
}

// joinsPeople reports an "and" at b[i] between two plural nouns of people
// ("4,500 migrants and refugees are housed"): one noun phrase.
func joinsPeople(b string, i int) bool {
	prev, _ := wordBack(b, i)
	next := letterRun(b, skipSpaceInline(b, i+3))
	return strings.HasSuffix(prev, "s") && personNoun(prev) && strings.HasSuffix(next, "s") && personNoun(next)
}

// joinsNames reports an "and" at b[i] between two capitalised words
// ("camps near Atmeh and Sarmada"): it joins two names, not two clauses.
func joinsNames(b string, i int) bool {
	j := skipSpaceBack(b, i)
	k := j
	for k > 0 && isLetter(b[k-1]) {
		k--
	}
	n := skipSpaceInline(b, i+len("and"))
	if k < j && isUpper(b[k]) && k > 0 && b[k-1] == ' ' && hasLower(otherPlaces, letterRun(b, n)) {
		return true // "in Nusaybin and other Turkish border towns": one place phrase
	}
	return k < j && isUpper(b[k]) && n < len(b) && isUpper(b[n]) && k > 0 && b[k-1] == ' '
}

// nameListComma reports a comma at b[i] inside a list of names, "Lesbos,
// Chios and Samos", "Lesbos, Chios, Samos and Leros": a capitalised word
// before it, and after it capitalised words and commas up to "and" and a
// capitalised word.
func nameListComma(b string, i int) bool {
	if w := wordBefore(b, i); w == "" || !isUpper(w[0]) {
		return false
	}
	for j, n := i, 0; n < 6; n++ {
		k := skipSpaceInline(b, j+1)
		w := letterRun(b, k)
		if w == "" || !isUpper(w[0]) {
			return false
		}
		j = k + len(w)
		switch {
		case j < len(b) && b[j] == ',':
			continue // ", Samos, and Leros" or ", Samos and Leros"
		case hasPrefixFold(b[j:], " and "):
			m := skipSpaceInline(b, j+len(" and"))
			return m < len(b) && isUpper(b[m])
		default:
			return false
		}
	}
	return false
}

// otherPlaces after "Name and" go on naming places like it.
var otherPlaces = wordSet(`other nearby surrounding neighbouring neighboring`)

// transparentAt reports a transparent parenthetical opening at b[i]
// ("most of them", "including").
func transparentAt(b string, i int) bool {
	k := skipSpaceInline(b, i)
	for _, t := range transparentStarts {
		if hasPrefixFold(b[k:], t) && (len(b) == k+len(t) || !isLetter(b[k+len(t)])) {
			return true
		}
	}
	return false
}

// bracketHedges open an aside in brackets that restates or qualifies the
// count before it: "(roughly 300 families)", "(almost one in five)".
var bracketHedges = wordSet(`about around roughly nearly almost some over more less up one two three half`)
