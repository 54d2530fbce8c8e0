package corpus

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The words the category rules read for a figure: its clause, with the
// figure itself replaced by figureMark (so a pattern can say "carrying
// #n" or "town of #n"), widened by what the text says elsewhere about the
// clause:
//
//   - a relative clause takes the noun it is about: "the Qah camp, which
//     shelters 7,500 people";
//   - a verbless fragment takes the clause before it: "the number could
//     double, to as many as 200,000";
//   - an introductory phrase that names a shelter applies to the main
//     clause: "At one informal site near Zahle, thirty families share...";
//   - "here" and "there" after a shelter was named read as "in camp", and
//     "we" in a sentence about a camp's staff reads as "camp";
//   - a camp the article named ("the Kilis and Islahiye camps") reads as
//     "camp" when it comes back alone ("Islahiye alone houses ...").

// figureMark stands for the figure in the words a rule reads.
const figureMark = "#n"

// withoutAgencyNames drops "refugee" where it names an organisation, "the
// UN refugee agency said": such words say nothing of the figure.
func withoutAgencyNames(ws []string) []string {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "refugee" && (ws[i+1] == "agency" || ws[i+1] == "agencies" || ws[i+1] == "council" || ws[i+1] == "commission") {
			ws = slices.Delete(ws, i, i+1)
		}
	}
	return ws
}

// withoutSinceClause drops a time clause that closes the words after a
// figure, "since the day we arrived": "Three of my grandchildren have been
// coughing since the day we arrived" tells of the arrival's time, not of
// what the grandchildren did.
func withoutSinceClause(post []string) []string {
	for i := 0; i+2 < len(post); i++ {
		if post[i] != "since" {
			continue
		}
		if post[i+1] == "the" && (post[i+2] == "day" || post[i+2] == "moment" || post[i+2] == "night" || post[i+2] == "morning") ||
			post[i+1] == "we" || post[i+1] == "they" || post[i+1] == "i" {
			return post[:i]
		}
	}
	return post
}

// comparatives end a clause that a figure after a comma completes: "is
// lower, about 670,000".
var comparatives = wordSet(`lower higher smaller larger greater bigger fewer`)

// shelterNouns name the places displaced people are sheltered in.
var shelterNouns = wordSet(`camp camps shelter shelters settlement settlements site sites`)

// fragmentWords may open a verbless fragment that continues the clause
// before it.
var fragmentWords = wordSet(`to or from up down reaching`)

// beWords after "there" make it existential ("there are 2,000 people").
var beWords = wordSet(`is are was were has have had will would could may might be`)

// ruleWords returns the words the category rules read for figure g of
// sentence s.
func (x *extractor) ruleWords(s span, g *fig) []string {
	b := x.body
	pre := withoutAgencyNames(clauseWords(b[g.preStart:g.f.start]))
	post := withoutAgencyNames(clauseWords(b[g.f.end:g.postEnd]))
	if e := transparentAfter(b, g.end, s.end); e > 0 && e < g.postEnd {
		// "250,000 refugees, most of them in camps, as well as ...": the
		// words about the part say nothing of the whole.
		rest := clauseWords(b[e:g.postEnd])
		if relativeWords[g.preWord] && g.preStart > s.start && b[prevNonSpace(b, g.preStart)] == ',' && !slices.Contains(pre, "that") {
			// "Turkey, which says it hosts about 4 million refugees, among
			// them 3.6 million Syrians, announced that it would no longer
			// stop them": a relative clause set off by commas ends where
			// the aside does; the main clause's verb is not the figure's.
			// (Not "Ted Chaiban, who added that at least seven children,
			// including a baby, had died": the figure opens a clause of
			// its own inside the relative clause.)
			rest = nil
		}
		post = withoutAgencyNames(append(clauseWords(b[g.f.end:g.end]), rest...))
	}
	if c := strings.IndexByte(b[g.end:s.end], ','); c > 0 && g.postEnd == g.end+c && shortModifier(strings.TrimSpace(b[g.end:g.end+c+1])) {
		// "Eighteen civilians in Turkey, among them a nine-month-old
		// baby, have been killed": the clause goes on after an aside
		// that follows where the count is.
		if e := transparentAfter(b, g.end+c, s.end); e > 0 {
			end := s.end
			if brs := breaksIn(b, e, s.end, false); len(brs) > 0 {
				end = brs[0].before
			}
			post = withoutAgencyNames(append(clauseWords(b[g.f.end:g.end+c]), clauseWords(b[e:end])...))
		}
	}
	if numberAside(pre) {
		// "Others, thought to number in the tens of thousands, have headed
		// west towards the frontier": the aside counts the subject, whose
		// predicate comes after it.
		if c := skipSpaceInline(b, g.end); c < s.end && b[c] == ',' {
			end := s.end
			if brs := breaksIn(b, c+1, s.end, false); len(brs) > 0 {
				end = brs[0].before
			}
			post = withoutAgencyNames(append(clauseWords(b[g.f.end:g.end]), clauseWords(b[c+1:end])...))
		}
	}
	post = withoutSinceClause(post)
	if cell := strings.IndexByte(b[g.f.end:g.postEnd], '|'); cell >= 0 && x.isTableRow(s) {
		// "| Roj | 1,700 | families of foreign fighters |": the next
		// cell is a column of its own (notes), not what the figure counts
		post = withoutAgencyNames(clauseWords(b[g.f.end : g.f.end+cell]))
	}
	if more := borderAside(b, g.postEnd, s.end); len(more) > 0 && (slices.ContainsFunc(post, isStoppedVerb) || slices.ContainsFunc(pre, isStoppedVerb)) {
		// "are sheltering in Quneitra, close to the frontier with the
		// Golan Heights": where the place lies, set off by a comma.
		post = append(post[:len(post):len(post)], more...)
	}
	if more := shelterAside(b, g.postEnd, s.end); len(more) > 0 {
		// "about 19,000 residents, in a centre built for 2,840 people":
		// where the count lives, set off by a comma.
		post = append(post[:len(post):len(post)], more...)
	}
	var lead []string
	switch {
	case g.preWord == "which" && sentential(b, g.preStart):
		// "... used as shelters, which means 280,000 children have no
		// classes": "which" stands for the clause, not a noun in it.
	case g.preWord == "which" || g.preWord == "who" || g.preWord == "that":
		// The noun the relative clause is about; a shelter a few words
		// further back too: "Camps along the Turkish border, which held
		// between 400,000 and 500,000 people".
		lead = clauseWords(b[wordsBack(b, g.preStart, 4, s.start):g.preStart])
		if far := clauseWords(b[wordsBack(b, g.preStart, 6, s.start):g.preStart]); !namesShelter(lead) && namesShelter(far) {
			lead = far
		}
	case g.preWord == "whose":
		// "fighters deployed alongside Turkey, whose number Ankara puts at
		// 25,000": the noun phrase the clause is about, with its own
		// modifiers.
		lead = clauseWords(b[wordsBack(b, g.preStart, 8, s.start):g.preStart])
	case g.preStart > s.start && b[prevNonSpace(b, g.preStart)] == ',' && x.isShelterWord(lastWordBefore(b, prevNonSpace(b, g.preStart), s.start)) && !coordinated(pre):
		// "the Al-Hol camp, home to some 68,000 people": an apposition to
		// a shelter.
		lead = clauseWords(b[wordsBack(b, g.preStart, 4, s.start):g.preStart])
	case g.preStart > s.start && b[prevNonSpace(b, g.preStart)] == ',' && len(pre) >= 2 && pre[0] == "home" && pre[1] == "to":
		// "Some 6,000 settlements dot the plain, home to 260,000 people":
		// the apposition is about the shelters the clause before it names.
		from := clauseStartBefore(b, s, prevNonSpace(b, g.preStart), true)
		if ws := clauseWords(b[from:g.preStart]); namesShelter(ws) || slices.Contains(ws, "tents") {
			// "about 800 tents in the valley fall under the decree, home to
			// some 4,000 people" too
			lead = ws
		}
	case g.preWord == "" && g.preStart > s.start && b[prevNonSpace(b, g.preStart)] == ',' && subjectless(pre):
		// "The camp, 5 km from Sarmada, holds 2,000 people": the subject
		// is before the apposition.
		if brs := breaksIn(b, s.start, g.preStart, false); len(brs) > 0 {
			lead = clauseWords(b[s.start:brs[0].before])
		}
	case g.preWord == "" && g.preStart > s.start && b[prevNonSpace(b, g.preStart)] == ',' && len(pre) == 1 && pre[0] == "at" &&
		!(comparatives[strings.ToLower(lastWordBefore(b, prevNonSpace(b, g.preStart), s.start))] &&
			strings.Contains(strings.ToLower(b[s.start:g.preStart]), "number of ")):
		// (not "put the number of displaced far higher, at around 1.1
		// million", which says what it counts: see comparatives below)
		// "puts the total number of Syrians in the kingdom, including
		// those who never registered, at 1.3 million": the clause goes on
		// after its aside.
		if brs := breaksIn(b, s.start, g.preStart, false); len(brs) >= 2 {
			lead = clauseWords(b[s.start:brs[0].before]) // (not "put the number higher, at 48,000")
		}
	case g.preWord == "" && g.preStart > s.start && b[prevNonSpace(b, g.preStart)] == ',' && len(pre) <= 1 &&
		comparatives[strings.ToLower(lastWordBefore(b, prevNonSpace(b, g.preStart), s.start))]:
		// "UNHCR's count of registered Syrian refugees in the kingdom is
		// lower, about 670,000": the figure completes the clause before.
		from := clauseStartBefore(b, s, prevNonSpace(b, g.preStart), true)
		lead = clauseWords(b[from:g.preStart])
	case g.preStart > s.start && dashOpened(b[s.start:g.preStart]) && len(pre) <= 2:
		// "half of those displaced – an estimated 500,000 – are children":
		// a figure set off by dashes restates the words before them.
		d := strings.TrimRight(b[:g.preStart], " \u00a0")
		d = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(d, "–"), "—"), " \u00a0")
		lead = clauseWords(b[wordsBack(b, len(d), 4, s.start):len(d)])
		if len(pre) <= 1 && trailingAside(b, g.end, s.end) {
			// "Everyone in our village near Derbasiyah left — maybe 200
			// families,": a count added after the whole clause it
			// quantifies, as after a comma.
			from := clauseStartBefore(b, s, len(d), false)
			lead = clauseWords(b[from:len(d)])
		}
	case g.preWord == "" && g.preStart > s.start && b[prevNonSpace(b, g.preStart)] == ',' && (len(pre) == 0 || len(pre) == 1 && asideHedges[pre[0]] || hedgeOnly(pre)) && trailingAside(b, g.end, s.end) &&
		!(g.parent >= 0 && x.facts[g.parent].Start >= s.start):
		// (not "about five and a half million Syrian refugees, two and a
		// half million of them children": a part of the figure before)
		// "Some families are sleeping in the open now, around 300 of
		// them.", "Our whole street left in one night, maybe 40
		// families,": a count added after the clause it quantifies.
		from := clauseStartBefore(b, s, prevNonSpace(b, g.preStart), false)
		lead = clauseWords(b[from:prevNonSpace(b, g.preStart)])
	case g.preStart > s.start && isFragment(clauseWords(b[g.preStart:g.start])):
		from := clauseStartBefore(b, s, g.preStart-1, true)
		if !transparentAt(b, from) {
			// Not ", most of them in camps, as well as a million ...":
			// that clause is about the figure before.
			lead = clauseWords(b[from:g.preStart])
		}
	}
	if intro := x.shelterIntro(s); intro > 0 && g.preStart >= intro && !(g.preWord == "which" && sentential(b, g.preStart)) {
		lead = append(clauseWords(b[s.start:intro]), lead...)
	}
	if more := x.structureLead(s, g); len(more) > 0 {
		lead = append(more, lead...)
	}
	if q := x.howManyAsked(s); len(q) > 0 && (len(x.facts) == 0 || x.facts[len(x.facts)-1].Start < s.start) && ellipticalAnswer(b, s, g) {
		// "How many people are living in Rukban today?" / "Our best
		// estimate is about 41,700 people": what the answer's first
		// figure counts, the question says.
		lead = append(q, lead...)
	}
	words := make([]string, 0, len(lead)+len(pre)+len(post)+3)
	words = append(words, lead...)
	words = append(words, pre...)
	words = append(words, figureMark)
	words = append(words, post...)
	words = dropMixedShelter(withoutAgencyNames(words))
	camps := x.campNames()
	for i := 0; i < len(words); i++ {
		switch w := words[i]; {
		case camps[w]:
			words[i] = "camp"
		case (w == "here" || w == "there") && (i+1 == len(words) || !beWords[words[i+1]]) &&
			(i == 0 || words[i-1] != "fled" && words[i-1] != "arrived"):
			// not "1,200 families have fled here from Maarat al-Numan":
			// people arriving at the camp are displaced
			if x.shelterNamed(s, g.f.start) {
				// "registered there" -> "registered in camp"
				words = append(words[:i+1], words[i:]...)
				words[i], words[i+1] = "in", "camp"
				i++
			}
		case w == "we" && x.sentenceNamesShelter(s):
			words[i] = "camp"
		case w == "them" && i > 0 && words[i-1] == "inside" && x.namesShelter(clauseWords(x.body[s.start:g.f.start])):
			// "running 14 schools as shelters ..., and there are roughly
			// 6,000 people inside them": inside the shelters (not "5,000
			// shelters ..., and 15,000 children live in them", said of
			// shelters to be torn down)
			words[i] = "camp"
		case (w == "centre" || w == "center") && i > 0 && notShelterCentres[words[i-1]]:
			// "at our learning centre", "in the city center": no shelter
			words[i] = "premises"
		case w == "they" && i+1 < len(words) && holdVerbs[words[i+1]] && x.sentenceNamesShelter(s):
			// "has turned 63 schools into shelters, and ... they hold
			// about 9,000 people": the shelters hold them
			words[i] = "camp"
		case w == "it" && i > 0 && (words[i-1] == "in" || words[i-1] == "inside" || i > 2 && words[i-1] == "around" && words[i-2] == "and" && words[i-3] == "in") &&
			x.namesShelter(clauseWords(x.body[s.start:g.f.start])):
			// "Moria is a camp built for about 3,000 people, and close to
			// 19,000 were living in and around it": in the camp.
			words[i] = "camp"
		}
	}
	return words
}

// clauseStartBefore returns where the last clause of span s before i
// starts: after the last break breaksIn finds there (with and, "and"
// counts as one), or at the span's start.
func clauseStartBefore(b string, s span, i int, and bool) int {
	if brs := breaksIn(b, s.start, i, and); len(brs) > 0 {
		return brs[len(brs)-1].at
	}
	return s.start
}

// numberAside reports clause words before a figure that open an aside
// giving a subject's number: "thought to number in the", "estimated to
// number".
func numberAside(pre []string) bool {
	return len(pre) >= 3 && pre[1] == "to" && pre[2] == "number" &&
		(pre[0] == "thought" || pre[0] == "believed" || pre[0] == "estimated" || pre[0] == "said" || pre[0] == "reported")
}

// notShelterCentres are the words before "centre" that make it a place
// people visit, not one they live in.
var notShelterCentres = wordSet(`learning health medical community distribution training shopping city town village
	call data cultural youth media press treatment trauma therapy women's children's day research commercial sports`)

// holdVerbs say that a place holds people.
var holdVerbs = wordSet(`hold holds held house houses housed shelter shelters sheltered`)

// stoppedVerbs say that people stopped somewhere: with a border aside
// ("sheltering in Quneitra, close to the frontier") they wait at the
// border; people who "moved towards Quneitra, near the frontier" are on
// the move.
var stoppedVerbs = wordSet(`sheltering sheltered massed massing gathered gathering camped camping stranded waiting`)

func isStoppedVerb(w string) bool { return stoppedVerbs[w] }

// borderAside returns the words of a phrase after a comma at i that puts
// the place before it near a border, "close to the frontier with the
// Golan Heights", or nil.
func borderAside(b string, i, end int) []string {
	k := skipSpaceInline(b, i)
	if k >= end || b[k] != ',' {
		return nil
	}
	k = skipSpaceInline(b, k+1)
	if !hasPrefixFold(b[k:end], "close to ") && !hasPrefixFold(b[k:end], "near ") && !hasPrefixFold(b[k:end], "along ") {
		return nil
	}
	e := k
	if c := strings.IndexAny(b[k:end], ",;."); c >= 0 {
		e = k + c
	} else {
		e = end
	}
	ws := clauseWords(b[k:e])
	if len(ws) > 8 || !slices.ContainsFunc(ws, func(w string) bool { return w == "border" || w == "frontier" || w == "heights" }) {
		return nil
	}
	return ws
}

// shelterAside returns the words of a place phrase after a comma at i
// that names a shelter, "in a centre", "in tents" (up to four words), or
// "in camp" for a capacity after the comma ("built for 648 people").
func shelterAside(b string, i, end int) []string {
	k := skipSpaceInline(b, i)
	switch {
	case k < end && b[k] == ',':
		k = skipSpaceInline(b, k+1)
	case k < end && k > 0 && b[prevNonSpace(b, k)] == ',' && hasPrefixFold(b[k:end], "whose "):
		// the clause ends at the relative word, after its comma
	default:
		return nil
	}
	for n := 0; n < 6 && k < end && isUpper(b[k]); n++ {
		// "on Lesbos, Chios, Samos, Leros and Kos, in facilities ...":
		// the rest of a list of places, then the aside
		c := strings.IndexByte(b[k:end], ',')
		if c < 0 || wordCount(strings.ReplaceAll(b[k:k+c], " and ", " ")) > 2 {
			return nil
		}
		k = skipSpaceInline(b, k+c+1)
	}
	if hasPrefixFold(b[k:end], "whose ") {
		// "..., whose reception centres have room for around 6,200"
		if ws := clauseWords(b[k:min(end, k+60)]); slices.ContainsFunc(ws, func(w string) bool { return asideShelters[w] }) &&
			(slices.Contains(ws, "room") || slices.Contains(ws, "capacity") || slices.Contains(ws, "space")) {
			return []string{"in", "facilities", "with", "room"}
		}
	}
	for _, w := range []string{"built for", "designed for", "meant for", "intended for"} {
		if hasPrefixFold(b[k:end], w) {
			// "Vathy, Samos: 7,300 residents, built for 648 people": the
			// count lives in a place with a capacity.
			return []string{"in", "facilities", "with", "room"}
		}
	}
	if !hasWordFold(b[k:end], "in") && !hasWordFold(b[k:end], "at") {
		return nil
	}
	e := k
	for n := 0; n < 4 && e < end; n++ {
		j := skipSpaceInline(b, e)
		w := letterRun(b, j)
		if w == "" && j < end && isDigit(b[j]) {
			w = strings.TrimRight(b[j:j+strings.IndexByte(b[j:]+" ", ' ')], ",.;") // "in 1,400 caravans"
		}
		if w == "" {
			break
		}
		e = j + len(w)
	}
	ws := clauseWords(b[k:e])
	for _, w := range ws {
		if asideShelters[w] {
			return ws
		}
	}
	return nil
}

// asideShelters are the shelters a place phrase after a count may name.
var asideShelters = wordSet(`camp camps shelter shelters centre centres center centers tent tents
	settlement settlements site sites school schools hall halls compound caravans containers facilities facility`)

// dropMixedShelter drops "in camps and in host communities" from clause
// words: people in both are no count of people in camps.
func dropMixedShelter(words []string) []string {
	for i := 0; i+3 < len(words); i++ {
		if words[i] != "in" || words[i+1] != "camps" && words[i+1] != "camp" || words[i+2] != "and" && words[i+2] != "or" {
			continue
		}
		j := i + 3
		if words[j] == "in" {
			j++
		}
		if j+1 < len(words) && words[j] == "host" && (words[j+1] == "communities" || words[j+1] == "community" || words[j+1] == "families") {
			return append(words[:i:i], words[j+2:]...)
		}
	}
	return words
}

// namesShelter reports clause words that name a shelter.
func namesShelter(ws []string) bool {
	for _, w := range ws {
		if shelterNouns[w] {
			return true
		}
	}
	return false
}

// dashOpened reports text that ends with a dash opening an aside, after
// words of its own: "of those displaced –".
func dashOpened(text string) bool {
	t := strings.TrimRight(text, " \u00a0")
	return (strings.HasSuffix(t, "–") || strings.HasSuffix(t, "—")) && wordCount(t) >= 2
}

// lastWordBefore returns the lower-case word that ends at b[i], not
// before limit ("camp" for "the Al-Hol camp,").
func lastWordBefore(b string, i, limit int) string {
	k := i
	for k > limit && (isLetter(b[k-1]) || b[k-1] == '-' || b[k-1] == '\'') {
		k--
	}
	return strings.TrimSuffix(strings.ToLower(b[k:i]), "'s")
}

// isShelterWord reports a shelter noun or a camp name of the article.
func (x *extractor) isShelterWord(w string) bool {
	return shelterNouns[w] || x.campNames()[w]
}

// predicateVerbs open a clause that has no subject of its own after an
// apposition: "..., holds 2,000 people".
var predicateVerbs = wordSet(`holds hold held houses housed hosts hosted has have had shelters
	sheltered accommodates accommodated received receives now currently already still is are was were`)

// subjectless reports clause words that start with a verb.
func subjectless(ws []string) bool {
	return len(ws) > 0 && predicateVerbs[ws[0]]
}

// isFragment reports clause words before a figure that make no clause of
// their own: "to", "or", "reaching".
func isFragment(ws []string) bool {
	if len(ws) == 0 || !fragmentWords[ws[0]] {
		return false
	}
	for _, w := range ws[1:] {
		if !fragmentWords[w] && w != "as" && w != "many" && w != "much" {
			return false
		}
	}
	return true
}

// shelterIntro returns the end of an introductory phrase of sentence s
// that names a shelter ("In one informal settlement on the edge of town,")
// or a border ("Near the frontier with the Golan,"), or 0.
func (x *extractor) shelterIntro(s span) int {
	b := x.body
	start := s.start
	for _, q := range []string{"\"", "\u201c", "'", "\u2018"} {
		if strings.HasPrefix(b[start:], q) {
			start += len(q) // a quote that opens with the place: "In a camp near ..., we
			break
		}
	}
	first := strings.ToLower(letterRun(b, start))
	near := first == "near" || first == "along" || first == "close"
	if first != "in" && first != "at" && first != "inside" && first != "within" && first != "across" && !near {
		return 0
	}
	brs := breaksIn(b, start, s.end, false)
	if len(brs) == 0 || b[brs[0].before] != ',' {
		return 0
	}
	ws := clauseWords(b[start:brs[0].before])
	if near && (slices.Contains(ws, "border") || slices.Contains(ws, "frontier")) || !near && x.namesShelter(ws) {
		return brs[0].at
	}
	return 0
}

// namesShelter reports words that name a shelter or a camp of the article.
func (x *extractor) namesShelter(ws []string) bool {
	camps := x.campNames()
	for _, w := range ws {
		if shelterNouns[w] || camps[w] {
			return true
		}
	}
	return false
}

// sentenceNamesShelter reports a sentence that names a shelter.
func (x *extractor) sentenceNamesShelter(s span) bool {
	return x.namesShelter(clauseWords(x.body[s.start:s.end]))
}

// shelterNamed reports a shelter named in sentence s before pos or in the
// sentence before it in the same paragraph: what "here" and "there" refer
// to.
func (x *extractor) shelterNamed(s span, pos int) bool {
	b := x.body
	if x.namesShelter(clauseWords(b[s.start:pos])) {
		return true
	}
	if s.start == 0 || b[s.start-1] == '\n' {
		return false
	}
	prev := sentenceAt(b, prevNonSpace(b, s.start))
	return x.namesShelter(clauseWords(b[prev.start:prev.end]))
}

// campNames returns the lower-case one-word names the article gives camps:
// "Bardarash camp", "the Gawilan and Domiz camps", "Bardarash, a camp".
// A word the article also writes in lower case ("Refugee camps") is not a
// name; nor is the last word of a longer name ("Ain Issa camp").
// notCampNames open a label before "camps" without naming one: "| Outside
// camps | 545,695 |".
var notCampNames = wordSet(`outside inside in all other total new old main formal informal official`)

func (x *extractor) campNames() map[string]bool {
	if x.camps != nil {
		return x.camps
	}
	b := x.body
	x.camps = map[string]bool{}
	add := func(w string, start int) {
		if w == "" || !isUpper(w[0]) {
			return
		}
		lw := strings.ToLower(w)
		if demonymCountry[lw] != "" || countryNames[lw] || npStop[lw] || orgWords[lw] || directions[lw] || notCampNames[lw] {
			return
		}
		if p, _ := wordBack(b, start); p != "" && isUpper(p[0]) && !hasLower(npStop, p) {
			return // "Ain Issa camp"
		}
		if !lowerWordIn(b, lw) {
			x.camps[lw] = true
		}
	}
	// "Moria reception centre" names a camp as "Moria camp" does, and
	// "Moria, a site built for about 3,000 people".
	for _, marker := range []string{"camp", "reception centre", "reception center", "site"} {
		x.campsMarkedBy(marker, add)
	}
	return x.camps
}

// campsMarkedBy calls add with the word before each occurrence of marker
// ("camp", "reception centre") that may name a camp, and its start.
func (x *extractor) campsMarkedBy(marker string, add func(w string, start int)) {
	b := x.body
	for from := 0; ; {
		i := strings.Index(b[from:], marker)
		if i < 0 {
			break
		}
		i += from
		from = i + len(marker)
		if from < len(b) && b[from] == 's' {
			from++
		}
		if !atWordStart(b, i) || from < len(b) && isLetter(b[from]) {
			continue
		}
		w, at := wordBack(b, i)
		if lw := strings.ToLower(w); lw == "former" || lw == "makeshift" || lw == "new" || lw == "large" || lw == "sprawling" {
			w, at = wordBack(b, at) // "Bardarash, a former camp for Iraqis"
		}
		adjectives := false
		for n := 0; n < 2 && w != "" && isLower(w[0]) && w != "a" && w != "the"; n++ {
			// "Domiz, the oldest camp near Duhok": adjectives, then the
			// article after the name's comma
			if p, pat := wordBack(b, at); p == "a" || p == "the" || p == "an" {
				if j := skipSpaceBack(b, pat); j > 0 && b[j-1] == ',' {
					w, at, adjectives = p, pat, true
				}
				break
			} else if p == "" || !isLower(p[0]) {
				break
			} else {
				w, at = p, pat
			}
		}
		switch lw := strings.ToLower(w); {
		case lw == "a" || lw == "the":
			// "Bardarash, a camp 60km north-east of Mosul"
			if j := skipSpaceBack(b, at); j > 0 && b[j-1] == ',' {
				n, nat := wordBack(b, j-1)
				if (adjectives || marker == "site") && (strings.Contains(b, "on "+n) || strings.Contains(b, "island of "+n)) {
					// "Lesbos, the largest camp", "the Moria camp on Lesbos, a
					// site built for 3,000": of an island the story puts
					// people on
					if o, oat := wordBack(b, nat); marker == "site" && o == "on" {
						add(wordBack(b, oat)) // "Moria on Lesbos, a site built for 3,000"
					}
					break
				}
				add(n, nat)
			}
		case w != "":
			add(w, at)
			// "the Gawilan and Domiz camps"
			if c, cat := wordBack(b, at); c == "and" {
				n, nat := wordBack(b, cat)
				add(n, nat)
			}
		}
	}
}

// wordBack returns the word that ends at i, spaces before i skipped, and
// its start; "" when punctuation comes first.
func wordBack(b string, i int) (string, int) {
	j := skipSpaceBack(b, i)
	k := j
	for k > 0 && (isLetter(b[k-1]) || b[k-1] == '-' || b[k-1] >= 0x80) {
		k--
	}
	return b[k:j], k
}

// answerOpenings end the words before an answer's figure when they say
// nothing of what it counts: "When I arrived there were", "The UN says".
var answerOpenings = []string{" there were", " there are", " says", " said", " the number at", " the figure at", " count,"} // "By our council's count, around 42,000."

// ellipticalAnswer reports an answer that gives figure g with no verb
// of its own to say what it counts: "Our best estimate is about 41,700
// people", "About 40,000 people, we think.", "The UN says about 42,000
// people.", "When I arrived there were around 12,000.", "The UN says
// about 41,700 people, and most of them are children" (not "about 1,400
// families have taken down the walls", which says it).
func ellipticalAnswer(b string, s span, g *fig) bool {
	if numberIs(b[s.start:g.start]) {
		return true
	}
	from := s.start
	if l := interviewLabel(b[s.start:s.end]); l != "" {
		from += strings.Index(b[s.start:s.end], ":") + 1
	}
	before := " " + strings.ToLower(strings.TrimSpace(b[from:g.start]))
	if before != " " && before != " somewhere" && !slices.ContainsFunc(answerOpenings, func(o string) bool { return strings.HasSuffix(before, o) }) {
		return false
	}
	rest := strings.TrimSpace(b[g.end:s.end])
	for _, tail := range []string{", we ", ", i ", ", most of them women", ", most of them children", ", mostly women", ", mostly children", ", according to", ", and ", ", but "} {
		if strings.HasPrefix(strings.ToLower(rest), tail) {
			return true
		}
	}
	return rest == "" || rest == "."
}

// lowerWordIn reports whether the body writes lw in lower case as a word.
func lowerWordIn(b, lw string) bool {
	for from := 0; ; {
		i := strings.Index(b[from:], lw)
		if i < 0 {
			return false
		}
		i += from
		from = i + len(lw)
		if atWordStart(b, i) && (from == len(b) || !isLetter(b[from])) {
			return true
		}
	}
}

// sententialVerbs follow a "which" that stands for a whole clause.
var sententialVerbs = wordSet(`means meant mean leaves left makes made brings brought puts put`)

// sentential reports a "which" at i followed by one of sententialVerbs.
func sentential(b string, i int) bool {
	k := skipSpaceInline(b, i+len("which"))
	return hasLower(sententialVerbs, letterRun(b, k))
}

// structureLead returns the words that the layout around a figure's
// sentence says it counts: the label before a colon right in front of it
// ("Bardarash camp: 7,640 people"), the header row of the table the
// sentence is a row of ("Country | Refugees"), and the line that
// introduces a list or table ("Key figures from the camps:").
func (x *extractor) structureLead(s span, g *fig) []string {
	b := x.body
	var lead, label []string // the label goes last, next to the figure
	if g.start == s.start && figureFirstItem(b[s.start:s.end]) {
		// "12,900 — Syrians who have crossed since Oct. 14": what the
		// figure counts follows the dash.
		k := skipSpaceInline(b, g.f.end)
		_, n := utf8.DecodeRuneInString(b[k:])
		end := s.end
		if c := strings.Index(b[k+n:end], ", "); c >= 0 {
			// "19,000 — people living in and around the Moria camp on
			// Lesbos, a site built for 2,840": the aside after the comma
			// is about the camp, not what the figure counts.
			end = k + n + c
		}
		label = clauseWords(b[k+n : end])
	} else if c := strings.LastIndexByte(b[s.start:g.start], ':'); c >= 0 && wordCount(b[s.start+c+1:g.start]) <= 3 {
		label = clauseWords(b[s.start : s.start+c])
		if len(label) >= 2 && label[1] == "camp" && x.campNames()[label[0]] && !tellsCategory(label) {
			// "- Bardarash camp, north of Mosul: 6,458 people": an item
			// labelled with a camp's name counts the people in it.
			label = append(label[:len(label):len(label)], "in", "camp")
		}
		if i := slices.Index(label, "them"); i > 0 && label[i-1] == "in" && namesShelter(clauseWords(previousParagraph(b, s.start))) {
			// "- Collective shelters open: 53" / "- People staying in
			// them: 8 380": the shelters of the item before.
			label = slices.Clone(label)
			label[i] = "shelter"
		}
	} else if g.start > s.start+1 && b[g.start-1] == '(' {
		// "Most came ashore on Lesbos (1,062), followed by Chios (392)":
		// a count in brackets after a name is told by the sentence so far.
		if w, _ := wordBack(b, g.start-1); w != "" && isUpper(w[0]) {
			label = clauseWords(b[s.start : g.start-1])
		}
	} else if cell := cellAfterFirst(b[s.start:s.end], g.start-s.start, g.end-s.start); cell != "" {
		// "about 60,000 | people gathered near the Nassib crossing |
		// OCHA": a row whose first cell is the figure says in the next
		// what it counts.
		label = clauseWords(cell)
	}
	var otherColumns []string // the words of the header's other cells
	if header, column, ok := columnHeader(b, s, g); ok {
		whole := clauseWords(strings.ToLower(header))
		own := clauseWords(strings.ToLower(column))
		lead = append(lead, own...) // "Country | Refugees" is no name
		first := strings.ToLower(firstHeaderCell(header))
		if first == "destination" || first == "destinations" {
			// "Destination   People": rows of people who went there
			lead = append(lead, first)
		}
		if shelterNouns[first] && !strings.EqualFold(strings.TrimSpace(column), first) &&
			!hasLower(notShelterRows, rowFirstWord(b, s)) {
			// "Camp   Governorate   Refugees": rows of people in camps (a
			// header cell of shelterNouns)
			lead = append(lead, "in", "camp")
		}
		if cw := strings.Fields(column); (first == "country" || first == "host country") && len(cw) > 0 && isForeignUnit(cw[len(cw)-1]) &&
			!hasLower(notShelterRows, rowFirstWord(b, s)) {
			// "Country    Syrian Armenians": foreigners each country hosts
			lead = append(lead, "hosted")
		}
		for _, w := range whole {
			if !slices.Contains(own, w) {
				otherColumns = append(otherColumns, w)
			}
		}
	}
	inBrackets := g.start > s.start && b[g.start-1] == '('
	if intro, ok := x.introOf(s); ok && (!tellsCategory(label) || inBrackets && bracketsSpoken(b[intro.start:intro.end])) && !tellsCategory(lead) && !fullSentenceItem(b[s.start:s.end]) {
		// An item with a label of its own ("Staying with host families:
		// 900") or a row under a column header that says what it counts
		// ("People arrived") is told by them, not by the intro.
		// The intro's words that name another column ("... against a
		// combined capacity of 5 330") are that column's, not this one's.
		// A count in brackets the intro speaks of ("with its capacity in
		// brackets") is told by the intro whatever the label says.
		text := bracketedClause(b[intro.start:intro.end], inBrackets)
		words := slices.DeleteFunc(clauseWords(text), func(w string) bool { return slices.Contains(otherColumns, w) })
		return append(append(words, lead...), label...)
	}
	return append(lead, label...)
}

// cellAfterFirst returns the second cell of a table row whose first cell
// is the figure from start to end (offsets in row), or "".
func cellAfterFirst(row string, start, end int) string {
	if strings.TrimSpace(row[:start]) != "" {
		return "" // a cell (or any word) before the figure
	}
	bar := strings.IndexByte(row[end:], '|')
	if bar < 0 || strings.TrimSpace(row[end:end+bar]) != "" {
		return ""
	}
	rest := row[end+bar+1:]
	if next := strings.IndexByte(rest, '|'); next >= 0 {
		rest = rest[:next]
	}
	return strings.TrimSpace(rest)
}

// fullSentenceItem reports a list item written as a whole sentence with
// its own source, "More than 7,000 have crossed into Iraq's Kurdistan
// Region since October 9, the UN refugee agency (UNHCR) says.", "The SDF
// say they hold some 12,000 suspected Islamic State fighters": it tells
// its own category, whatever the list's intro ("The toll so far:") says.
func fullSentenceItem(item string) bool {
	item = strings.TrimSpace(item)
	if wordCount(item) < 10 || !strings.HasSuffix(item, ".") {
		return false
	}
	for _, v := range []string{" says", " said", " say "} {
		if strings.Contains(item, v) {
			return true
		}
	}
	return false
}

// bracketsAt returns where a lower-case intro speaks of brackets ("in
// brackets", "bracketed"), or -1.
func bracketsAt(lower string) int {
	for _, w := range []string{"in brackets", "in parentheses", "in parenthesis", "in round brackets", "bracketed"} {
		if j := strings.Index(lower, w); j >= 0 {
			return j
		}
	}
	return -1
}

// bracketsSpoken reports an intro that speaks of brackets.
func bracketsSpoken(intro string) bool {
	return bracketsAt(strings.ToLower(intro)) >= 0
}

// bracketedClause returns the part of a list's intro that speaks of the
// figure: "the number of people in each camp, with its capacity in
// brackets:" gives the count outside brackets the words before the
// comma and the count in brackets the words after it. An intro that
// speaks of no brackets is returned whole.
func bracketedClause(intro string, inBrackets bool) string {
	lower := strings.ToLower(intro)
	i := bracketsAt(lower)
	if i < 0 {
		return intro
	}
	cut := max(strings.LastIndex(lower[:i], ","), strings.LastIndex(lower[:i], ";"), strings.LastIndex(lower[:i], " with "), strings.LastIndex(lower[:i], " and "))
	if cut <= 0 {
		return intro
	}
	if inBrackets {
		return intro[cut:]
	}
	return intro[:cut]
}

// previousParagraph returns the paragraph before the one at i, or "".
func previousParagraph(b string, i int) string {
	end := strings.LastIndex(b[:i], "\n\n")
	if end < 0 {
		return ""
	}
	start := strings.LastIndex(b[:end], "\n\n")
	if start < 0 {
		return b[:end]
	}
	return b[start+2 : end]
}

// notShelterRows open the rows of a table of camps that are no camp:
// "Total", "Host communities", "Outside camps".
var notShelterRows = wordSet(`total totals host hosts outside other others urban all elsewhere`)

// rowFirstWord returns the first word of a table row, after the pipe
// that opens it ("| Host families in Duhok | 377 |"): "Host".
func rowFirstWord(b string, s span) string {
	k := s.start
	for k < s.end && (b[k] == '|' || b[k] == ' ' || b[k] == '\t') {
		k++
	}
	return letterRun(b, k)
}

// firstHeaderCell returns the first cell of a table's header row, whether
// pipes, tabs or runs of spaces part its cells.
func firstHeaderCell(header string) string {
	header = strings.TrimLeft(header, "| ") // "| Camp | People | Notes |"
	for _, sep := range []string{"|", "\t", "  "} {
		if i := strings.Index(header, sep); i >= 0 {
			return strings.TrimSpace(header[:i])
		}
	}
	return strings.TrimSpace(header)
}

// columnHeader returns the header row of the table whose row is sentence
// s, and the header of the column figure g stands in (the whole header
// when no column can be told), or ok false.
func columnHeader(b string, s span, g *fig) (header, column string, ok bool) {
	_, header, ok = tableRow(b, s)
	if !ok || header == "" {
		return "", "", false
	}
	column = header
	if col := strings.Count(b[s.start:g.start], "|"); col > 0 && strings.Count(header, "|") >= col {
		// "Governorate | Refugees | Share in tents": the words of
		// the figure's own column.
		column = strings.Split(header, "|")[col]
	} else if heads := cells(header, "\t"); len(heads) > 1 && strings.ContainsRune(b[s.start:g.start], '\t') {
		// "Island<TAB>Residents<TAB>Capacity": the column the row's
		// tabs put the figure in.
		if col := len(cells(b[s.start:g.start], "\t")); col < len(heads) {
			column = heads[col]
		}
	} else if h, ok := alignedHeader(header, b[s.start:g.start], b[g.start:g.end]); ok {
		column = h // "Area      Displaced     In shelters"
	}
	return header, column, true
}

// columnParticiples are irregular participles that say what happened to
// the things a column counts: "Settlements hit", "Tents torn".
var columnParticiples = wordSet(`hit cut shut built lost left torn burnt burned broken struck swept blown`)

// columnUnit returns the thing a table's column counts when its header
// is one plural noun that counts no people, "Shelters" or "Tents", or "".
func columnUnit(b string, s span, g *fig) string {
	header, column, ok := columnHeader(b, s, g)
	if !ok {
		return ""
	}
	w := strings.ToLower(strings.TrimSpace(column))
	if lettersOnly(w) && (strings.HasSuffix(w, "ed") || columnParticiples[w]) && column != header {
		// "Structures | Demolished": what happened to the things the
		// column before counts.
		if at := strings.Index(header, column); at > 0 {
			before := strings.Fields(strings.ToLower(header[:at]))
			for k := len(before) - 1; k >= 0; k-- {
				if c := strings.Trim(before[k], "|"); c != "" {
					w = c
					break
				}
			}
		}
	}
	if ws := strings.Fields(w); len(ws) == 2 {
		// "Settlements affected", "Damaged tents": the noun beside a
		// participle.
		switch {
		case strings.HasSuffix(ws[1], "ed") || columnParticiples[ws[1]]:
			w = ws[0]
		case strings.HasSuffix(ws[0], "ed") || columnParticiples[ws[0]]:
			w = ws[1]
		case lettersOnly(ws[0]) && lettersOnly(ws[1]) && !prepositions[ws[0]] && !npStop[ws[0]]:
			w = ws[1] // "Collective shelters": the noun an adjective qualifies
		}
	}
	if !lettersOnly(w) || len(w) < 4 || !strings.HasSuffix(w, "s") || isPersonUnit(w) || demonymCountry[strings.TrimSuffix(w, "s")] != "" {
		return "" // not "Families", "Syrians"
	}
	return w
}

// tellsCategory reports words that a category rule reads as more than a
// plain count.
func tellsCategory(words []string) bool {
	if len(words) == 0 {
		return false
	}
	r, ok := matchRule(append(words[:len(words):len(words)], figureMark), "people")
	return ok && r.category != Other
}

// introOf returns the paragraph that introduces sentence s when s is a
// list item or a table row. The category, source and period of each of
// a sentence's figures ask; the answer is kept for the sentence.
func (x *extractor) introOf(s span) (span, bool) {
	if c := &x.intro; !c.set || c.s != s {
		para, _, row := tableRow(x.body, s)
		c.intro, c.ok = x.itemIntro(s, para, row)
		c.s, c.set = s, true
	}
	return x.intro.intro, x.intro.ok
}

// itemIntro returns the paragraph that introduces sentence s, which
// starts paragraph para or, for a table row, is a line of it. A sentence
// of prose is no item unless the page bulleted it: "Hevin Ali, 31,
// arrived at Sahela ..." under a table is the story again.
func (x *extractor) itemIntro(s span, para int, row bool) (span, bool) {
	b := x.body
	if para != 0 && (para < 2 || b[para-2:para] != "\n\n") || s.end-para > 160 && !row {
		return span{}, false // inside a paragraph of prose
	}
	if !row && !slices.Contains(x.a.items, para) {
		end := strings.Index(b[para:], "\n\n")
		if end < 0 {
			end = len(b) - para
		}
		if line := b[para : para+end]; proseLine(line) && !labelledItem(line) && itemSource(line) == "" {
			return span{}, false // not an item ending in its source, "... since 1 January (WHO)"
		}
	}
	if row {
		if c := tableCaption(b, para, s.start); c != "" {
			return span{para, para + len(c)}, true // the caption over the header
		}
		if e := strings.IndexByte(b[para:], '\n'); e > 0 && para+e < s.start && strings.HasSuffix(b[para:para+e], ":") && !strings.Contains(b[para:para+e], "|") {
			// "Displaced by the offensive since June 19 (UN figures, July
			// 3):" over rows with no header: the caption ends in a colon
			return span{para, para + e}, true
		}
	}
	return listIntro(b, para, row, x.a.items)
}

// tableRow reports a sentence that is a row of a table, whose paragraph
// keeps its line breaks, and returns the paragraph's start and its header
// line: the first line, when it has no digits ("Area   Displaced").
func tableRow(b string, s span) (para int, header string, ok bool) {
	if s.start == 0 || b[s.start-1] != '\n' || s.start >= 2 && b[s.start-2] == '\n' {
		return s.start, "", false
	}
	para = strings.LastIndex(b[:s.start-1], "\n\n") + 2
	if para < 2 {
		para = 0
	}
	h := para
	for h < s.start && tableBorder(b[h:h+max(0, strings.IndexByte(b[h:], '\n'))]) {
		h += strings.IndexByte(b[h:], '\n') + 1 // "+-----+-----+" above the header
	}
	if c := tableCaption(b, para, s.start); c != "" && h == para {
		// "Arrivals since Oct. 14 (KRG figures)" over "Camp   Refugees":
		// the header is the line under the caption.
		h2 := para + len(c) + 1
		header = b[h2 : h2+strings.IndexByte(b[h2:], '\n')]
	} else if e := strings.IndexByte(b[h:], '\n'); e > 0 && h < s.start && !hasDigit(b[h:h+e]) {
		header = b[h : h+e]
	}
	return para, header, true
}

// tableCaption returns the first line of the table paragraph at para when
// it is a caption over a header row with no digit, both above the row at
// rowStart: "Syrian arrivals in camps since Oct. 14 (KRG figures)"; or "".
func tableCaption(b string, para, rowStart int) string {
	e := strings.IndexByte(b[para:], '\n')
	if e <= 0 || para+e+1 >= rowStart {
		return ""
	}
	first := b[para : para+e]
	h2 := para + e + 1
	e2 := strings.IndexByte(b[h2:], '\n')
	if e2 <= 0 || h2+e2 >= rowStart || hasDigit(b[h2:h2+e2]) || strings.HasSuffix(first, ".") || wordCount(first) > 20 {
		return ""
	}
	cellsLine := func(l string) bool { return columnGap(l) || strings.ContainsAny(l, "|\t") }
	if cellsLine(first) || tableBorder(first) || !cellsLine(b[h2:h2+e2]) || tableBorder(b[h2:h2+e2]) {
		return "" // a header row itself, or no header row under it
	}
	return first
}

// tableBorder reports a line drawn only of a text table's border marks:
// "+------+-----+", "|------|-----|", "======".
func tableBorder(l string) bool {
	l = strings.TrimSpace(l)
	return l != "" && strings.Trim(l, "+-=|: ") == ""
}

// sourceColumns are the headers of a table column that names who gives
// each row's figure.
var sourceColumns = map[string]bool{
	"source": true, "sources": true, "according to": true, "reported by": true, "figures from": true,
	"data source": true, "given by": true, "who says": true,
}

// rowSource returns the cell of a table row under a column headed
// "Source" ("What | Figure | Source" over "Displaced | 160,000 | UNICEF"),
// or "". A cell that gives an acronym in brackets, "UN (OCHA)", gives
// the acronym.
func rowSource(b string, s span) string {
	_, header, ok := tableRow(b, s)
	if !ok || header == "" {
		return ""
	}
	row := b[s.start:]
	if e := strings.IndexByte(row, '\n'); e >= 0 {
		row = row[:e]
	}
	for _, sep := range []string{"|", "\t", "  "} {
		heads, vals := cells(header, sep), cells(row, sep)
		if len(heads) < 2 {
			continue
		}
		if len(heads) != len(vals) {
			return ""
		}
		for i, h := range heads {
			if sourceColumns[strings.ToLower(strings.Trim(h, ":*_ "))] {
				return sourceCell(vals[i])
			}
		}
		return ""
	}
	return ""
}

// sourceCell reads who a table's source cell names: "UN (OCHA)" gives
// OCHA; a dash or "n/a" nobody.
func sourceCell(c string) string {
	c = strings.Trim(c, "*_ ")
	if open := strings.LastIndexByte(c, '('); open > 0 && strings.HasSuffix(c, ")") {
		if a := c[open+1 : len(c)-1]; isAcronym(a) && len(a) >= 2 {
			return a
		}
		if w := strings.ToLower(letterRun(c, open+1)); monthNames[w] != 0 || open+1 < len(c) && isDigit(c[open+1]) {
			c = strings.TrimSpace(c[:open]) // "UNHCR (May 31)", "OCHA (18 February)": the date of the figure
		}
	}
	if c == "" || !strings.ContainsFunc(c, unicode.IsLetter) || strings.EqualFold(c, "n/a") {
		return ""
	}
	return c
}

// placeColumns are the header words of a table's first column that say
// its rows are places.
var placeColumns = map[string]bool{
	"area": true, "district": true, "subdistrict": true, "sub-district": true, "town": true, "city": true,
	"village": true, "governorate": true, "province": true, "region": true, "country": true, "camp": true,
	"site": true, "location": true, "place": true, "municipality": true, "island": true, "county": true,
	"state": true, "crossing": true, "border crossing": true, "crossing point": true, "entry point": true,
	"host country": true, "neighbourhood": true,
}

// rowPlace returns the first cell of a table row whose header says the
// rows are places ("District   Displaced" over "Til Temir   24,000").
func rowPlace(b string, s span) string {
	if totalRow(b, s) {
		return ""
	}
	_, header, ok := tableRow(b, s)
	if !ok || header == "" {
		return ""
	}
	first := func(line string) string {
		line = strings.TrimLeft(line, "| ")
		end := len(line)
		if i := strings.IndexByte(line, '|'); i >= 0 {
			end = i
		}
		if i := strings.Index(line, "  "); i >= 0 && i < end {
			end = i
		}
		if i := strings.IndexByte(line, '\t'); i >= 0 && i < end {
			end = i
		}
		return strings.TrimSpace(line[:end])
	}
	if !hasLower(placeColumns, first(header)) {
		return ""
	}
	cell := first(b[s.start:s.end])
	if cell == "" || hasDigit(cell) || !isUpper(cell[0]) && cell[0] < utf8.RuneSelf {
		return ""
	}
	return cell
}

// totalWords open a table's row of totals.
var totalWords = wordSet(`total totals overall all sum`)

// totalRow reports a table row or list item that gives a total: its
// first cell or label is "Total", "Overall", "All".
func totalRow(b string, s span) bool {
	line := strings.TrimLeft(b[s.start:s.end], "|-•* ")
	w := strings.ToLower(letterRun(line, 0))
	if !totalWords[w] {
		return false
	}
	rest := strings.TrimLeft(line[len(w):], " ")
	return rest != "" && (rest[0] == '|' || rest[0] == ':' || rest[0] == '\t' || strings.HasPrefix(w, "total") && isDigit(rest[0]) || strings.HasPrefix(rest, "  "))
}

// listIntro returns the paragraph that introduces the list item or table
// row starting at para: the nearest paragraph before it, past at most
// eight other items, that ends in a colon ("Key figures from the
// camps:"), or for a table the short caption line right above it. items
// are the starts of the paragraphs the page bulleted.
func listIntro(b string, para int, row bool, items []int) (span, bool) {
	end := para - 2
	overProse := false // passed a bulleted sentence on the way up
	for n := 0; n < 8 && end > 0; n++ {
		start := strings.LastIndex(b[:end], "\n\n") + 2
		if start < 2 {
			start = 0
		}
		prev := b[start:end]
		if strings.HasSuffix(prev, ":") || row && n == 0 && !endsSentence(prev) && wordCount(prev) <= 20 {
			return span{start, end}, true
		}
		if figuresHeading(prev) {
			// "Idlib in figures (source: OCHA, 18 February)": a heading
			// that credits the list under it
			return span{start, end}, true
		}
		bulleted := slices.Contains(items, start)
		if len(prev) > 160 || endsSentence(prev) && !labelledItem(prev) && itemSource(prev) == "" && !bulleted {
			break // prose, not an item such as "900 killed since May (SNHR)" or one the page bulleted
		}
		if !bulleted && (!hasDigit(prev) || overProse) {
			break // a heading ("THE MILITARY") or another list or table above a list of sentences
		}
		overProse = overProse || bulleted && endsSentence(prev)
		end = start - 2
	}
	return span{}, false
}

// figuresHeading reports a one-line heading of a list of figures that
// credits its source in brackets: "Idlib in figures (source: OCHA, 18
// February)", "SOUTHWEST SYRIA IN FIGURES (source: OCHA, 2 July)".
func figuresHeading(p string) bool {
	if strings.Contains(p, "\n") || wordCount(p) > 10 || !strings.HasSuffix(strings.TrimSpace(p), ")") {
		return false
	}
	low := strings.ToLower(p)
	i := strings.LastIndex(low, "(")
	if i <= 0 || !strings.HasPrefix(low[i:], "(source:") && !strings.Contains(low[i:], "figures") {
		return false // "AT A GLANCE: Syrian refugees in Jordan (UNHCR figures)" also
	}
	return strings.Contains(low[:i], "figures") || strings.Contains(low[:i], "numbers") || strings.Contains(low[:i], "at a glance") || strings.Contains(low[i:], "figures")
}

// labelledItem reports a short paragraph shaped like a labelled list
// item, which may end in its source in brackets: "Displaced: about
// 300,000 people (Kurdish-led administration)".
func labelledItem(p string) bool {
	c := strings.Index(p, ": ")
	return c > 0 && c < 80 && !strings.ContainsAny(p[:c], ".\"“”") && !endsSentence(p[:c+1][:c])
}

// alignedHeader returns the cell of a space-aligned table's header line
// that stands over a figure, given the row's text before the figure and
// the figure itself: the header cell (cells are parted by two spaces or
// more) whose columns overlap the figure's most, else the nearest one.
// It reports false when the header has only one cell.
func alignedHeader(header, before, figure string) (string, bool) {
	if strings.ContainsRune(before, '\t') || strings.ContainsRune(header, '\t') {
		return "", false // tab stops do not say where a column starts
	}
	from := utf8.RuneCountInString(before)
	to := from + utf8.RuneCountInString(figure)
	best, bestScore, cells := "", math.MinInt, 0
	col, i := 0, 0
	for i < len(header) {
		if header[i] == ' ' {
			i++
			col++
			continue
		}
		// A cell runs until two spaces in a row.
		j, width := i, 0
		for j < len(header) && !(header[j] == ' ' && (j+1 == len(header) || header[j+1] == ' ')) {
			_, n := utf8.DecodeRuneInString(header[j:])
			j += n
			width++
		}
		cells++
		start, end := col, col+width
		score := min(end, to) - max(start, from) // overlap, or minus the gap
		if score > bestScore {
			best, bestScore = header[i:j], score
		}
		i, col = j, end
	}
	return best, cells > 1
}

// coordinated reports clause words that open with a coordinator: the
// figure after them is listed with the one before, not in apposition to
// the noun before the comma ("..., most of them in camps, as well as a
// million Iraqis").
func coordinated(pre []string) bool {
	if len(pre) == 0 {
		return false
	}
	switch pre[0] {
	case "and", "or", "plus", "but":
		return true
	case "as":
		return len(pre) >= 3 && pre[1] == "well" && pre[2] == "as"
	case "along":
		return len(pre) >= 2 && pre[1] == "with"
	}
	return false
}

// asideHedges are the hedges a count added after its clause may take
// (not "including": "nine people, including seven children, had died" is
// a part set off inside the clause).
var asideHedges = wordSet(`maybe perhaps about around some roughly nearly almost`)

// withoutTrailingHedges returns clause words without the hedges that end
// them: "home to" for "home to roughly", "a town of" for "a town of about".
func withoutTrailingHedges(ws []string) []string {
	for len(ws) > 0 && asideHedges[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// hedgeOnly reports two or three clause words that only hedge the figure
// after them: "more than", "at least", "close to", perhaps after the
// speaker's "I would say".
func hedgeOnly(pre []string) bool {
	for _, said := range [][]string{{"i", "would", "say"}, {"i'd", "say"}, {"i", "think"}, {"i", "guess"}, {"we", "think"}} {
		if len(pre) >= len(said) && slices.Equal(pre[:len(said)], said) {
			// "I would say 300 to 400 of them": the speaker's hedge
			rest := pre[len(said):]
			return len(rest) == 0 || len(rest) == 1 && asideHedges[rest[0]] || hedgeOnly(rest)
		}
	}
	if len(pre) < 2 || len(pre) > 3 {
		return false
	}
	if pre[0] == "at" && pre[1] != "least" {
		return false // ", at about 95,000": the number a clause put, not a hedge
	}
	for _, w := range pre {
		if !asideHedges[w] && !hedgeBeforeFor[w] && w != "more" && w != "at" && w != "close" && w != "fewer" && w != "less" {
			return false
		}
	}
	return true
}

// trailingAside reports the end of a figure's noun phrase at end followed
// by nothing but the end of its clause: a comma, a full stop or a closing
// quotation mark, after "of us" or "of them" perhaps.
func trailingAside(b string, end, send int) bool {
	k := skipSpaceInline(b, end)
	for _, w := range []string{"of us", "of them"} {
		if hasPrefixFold(b[k:], w) {
			k = skipSpaceInline(b, k+len(w))
			if next := strings.ToLower(letterRun(b, k)); next == "from" || next == "in" || next == "on" || next == "inside" {
				// "15 of us from three families,", "14 of us in a small
				// boat,": where they come from or travel
				if c := strings.IndexAny(b[k:send], ",.;"); c > 0 && wordCount(b[k:k+c]) <= 5 {
					k += c
				}
			}
		}
	}
	if k >= send {
		return true
	}
	switch b[k] {
	case ',', '.', '"', ';':
		return true
	}
	return strings.HasPrefix(b[k:], "”") || strings.HasPrefix(b[k:], "’")
}
