package corpus

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// extractor holds the state of one article's extraction.
type extractor struct {
	a        *Article
	body     string
	res      *resolver
	quotes   []*quoteSpan
	facts    []Fact
	events   map[string]time.Time // start dates of events by kind
	para     int                  // paragraph number at paraPos
	paraPos  int
	consumed int // offsets below this belong to a figure already read

	mainPlace   *string                                    // the place the article names most, once looked up
	placeNames  map[string]string                          // the places the article names after prepositions, by lower-case name
	mainCountry string                                     // the country the article names most
	hostCountry string                                     // the same, leaving out the one whose people fled
	warPlace    *string                                    // the country whose war the article is about, once looked up
	named       map[string]*namedMatches                   // places of each kind the body names, once looked up
	camps       map[string]bool                            // one-word camp names, once looked up; see campNames
	trace       func(f *Fact, words []string, unit string) // see extractTraced; nil in use
	intro       struct {                                   // introOf's answer for the last sentence asked
		s, intro span
		ok, set  bool
	}
	turns     []speakerTurn // a transcript's labelled paragraphs, once looked up
	turnsDone bool

	acronyms     []acronymGloss // descriptions the body gives acronyms to, once looked up
	acronymsDone bool
}

// fig is a figure being turned into a fact.
type fig struct {
	f           figure
	qual        Qualifier
	start, end  int // the phrase: hedge, figure, unit noun phrase
	unit        string
	link        string // "part", "coordination", "restatement" or ""
	ownSentence bool   // the link holds only to a figure before it in its own sentence
	parent      int    // index in x.facts of the figure a link refers to; -1
	preStart    int    // clause context around the figure
	postEnd     int
	preWord     string // the clause break word the context starts with
	elided      bool   // the noun is the previous figure's ("12 of them")
	bare        bool   // no noun at all: may elide the noun of a figure just before
	more        bool   // bare and followed by "more": elides only in its sentence
	baseline    bool   // bare after "up from", "down from": the parent's count at another time
	putIt       bool   // after "put it": restates a count of its own size
	subRow      bool   // a table's sub-row, "of them children": a part of the row above
	gapPlace    string // the country of a count whose verb is left out ("..., Lebanon about 915,000")
}

// extract finds the facts and quotations of an article and counts its
// words. It sets a.Words.
func extract(a *Article) ([]Fact, []Quote) {
	return extractTraced(a, nil)
}

// extractTraced is extract that also tells trace, when not nil, the words
// and unit each fact's category was chosen from (to train the category
// model on annotated articles).
func extractTraced(a *Article, trace func(f *Fact, words []string, unit string)) ([]Fact, []Quote) {
	body := a.Body
	words, cands, marks := scan(body, nil, nil)
	a.Words = words
	x := &extractor{a: a, body: body, res: newResolver(body), events: map[string]time.Time{}, para: 1, trace: trace}
	// News prose gives a figure every 500-1,000 bytes: room for them
	// at once, not by doubling.
	x.facts = make([]Fact, 0, len(body)/512+1)
	if len(marks) > 0 {
		x.quotes = findQuotes(body, marks)
	}
	nums := body // the text figures are parsed from
	if europeanNumbers(body) {
		nums = swapNumberMarks(body)
	}
	switch {
	case spacedThousands(nums) || spacedCount(nums):
		nums = joinSpacedGroups(nums)
	default:
		nums = joinRoundThousands(nums)
	}
	for ci := 0; ci < len(cands); {
		if cands[ci] < x.consumed {
			ci++
			continue
		}
		s := sentenceAt(body, cands[ci])
		var figs []*fig
		for ci < len(cands) && cands[ci] < s.end {
			p := cands[ci]
			ci++
			if p < x.consumed {
				continue
			}
			f, ok := parseFigure(nums, p)
			if !ok {
				continue
			}
			x.consumed = f.end
			switch excluded(body, f) {
			case "":
			case "phone":
				x.consumed = skipPhone(body, f.end)
				continue
			default:
				continue
			}
			if inOutletName(body, f, a.Publisher) {
				continue // "gave Deir Ezzor 24 the following figures", "on Dubai Eye 103.8"
			}
			g := x.newFig(f, s)
			if n := len(figs); n > 0 && g.start < figs[n-1].end {
				// The words before this figure ("some") already end the
				// phrase of the one before: phrases do not overlap.
				g.start = skipSpaceInline(body, figs[n-1].end)
			}
			x.consumed = max(x.consumed, g.end)
			figs = append(figs, g)
		}
		if len(figs) > 0 {
			x.sentence(s, figs)
		} else if p := findPeriod(body[s.start:s.end], a.Published, true); p.ok && p.event != "" {
			// "since the offensive began in late April 2019" in a sentence
			// whose only numbers are dates: later "since the offensive
			// began" counts from there.
			x.events[p.event] = p.t
		}
	}
	if (a.release || speaksToday(x.body, a.Publisher)) && a.Publisher != "" || a.author != "" {
		// In an organisation's own release its voice is the organisation's,
		// by the acronym the release gives it ("Médecins Sans Frontières
		// (MSF)"); so is the voice of a report a site reposts.
		voice := a.author
		if voice == "" {
			voice = publisherAcronym(x.body, a.Publisher)
		}
		for i := range x.facts {
			if x.facts[i].Source == "reporter" || x.facts[i].Source == a.Publisher {
				x.facts[i].Source = voice
			}
		}
	}
	for i := range x.facts {
		x.facts[i].Unit = keptModifier(x.facts[i].Unit, x.facts[i].Phrase)
	}
	var quotes []Quote
	if len(x.quotes) > 0 {
		quotes = x.res.quoteList(a.Name, x.quotes)
	}
	x.res.release()
	return x.facts, quotes
}

// keptModifiers are the units that keep the word before them, once the
// category is chosen from the head noun: a border guard is not any guard,
// and annotators write "border guards" and "riot police".
var keptModifiers = map[string]string{"guards": "border", "police": "riot"}

// keptModifier returns unit with the modifier the phrase gives it when
// that is one of keptModifiers: "border guards" for "100 border guards".
func keptModifier(unit, phrase string) string {
	mod, ok := keptModifiers[unit]
	if !ok || !strings.HasSuffix(strings.ToLower(phrase), mod+" "+unit) {
		return unit
	}
	return mod + " " + unit
}

// inOutletName reports a figure that is part of the publisher's name
// where the story names it: "Deir Ezzor 24", "Dubai Eye 103.8".
func inOutletName(body string, f figure, publisher string) bool {
	if publisher == "" {
		return false // (a name of words may hold a spelled number: "Nine O'Clock")
	}
	for from := max(0, f.start-len(publisher)); from <= f.start; from++ {
		if strings.HasPrefix(body[from:], publisher) && from+len(publisher) >= f.end {
			return true
		}
	}
	// "told 964", "Follow 964 on Telegram" for "964 Media": a name that
	// opens with a number, shortened to it
	first, _, _ := strings.Cut(publisher, " ")
	return len(first) >= 2 && allDigits(first) && body[f.start:f.end] == first
}

// speaksToday reports a story whose opening quotes its own publisher
// with the release idiom "Human Rights Watch said today": the
// organisation's own release, even when no line calls it one.
func speaksToday(body, publisher string) bool {
	if publisher == "" {
		return false
	}
	head := body[:min(len(body), 1500)]
	return strings.Contains(head, publisher+" said today") || strings.Contains(head, publisher+" says today")
}

// publisherAcronym returns the acronym body gives in parentheses right
// after the publisher's name, or the name itself.
func publisherAcronym(body, name string) string {
	i := strings.Index(body, name+" (")
	if i < 0 {
		return name
	}
	rest := body[i+len(name)+2:]
	j := strings.IndexByte(rest, ')')
	if j <= 0 || j > 12 || !isAcronym(rest[:j]) {
		return name
	}
	return rest[:j]
}

// skipPhone returns the end of a phone number whose first group ends at i.
func skipPhone(b string, i int) int {
	for {
		j := i
		for j < len(b) && (b[j] == ' ' || b[j] == '-' || b[j] == '.') && j-i < 2 {
			j++
		}
		k := j
		for k < len(b) && isDigit(b[k]) {
			k++
		}
		if k == j || j == i {
			return i
		}
		i = k
	}
}

// newFig reads the hedge before a figure and the noun after it.
func (x *extractor) newFig(f figure, s span) *fig {
	b := x.body
	g := &fig{f: f, parent: -1}
	q, qs := qualifierBefore(b, f.start)
	if q == "" {
		q = Exact
	}
	g.qual = f.qualify(b, q)
	g.start = qs
	g.unit, g.end = unitAfter(b, f)
	for _, q := range nounQuotes {
		if o := strings.LastIndex(b[f.end:g.end], q[0]); o >= 0 && !strings.Contains(b[f.end+o+len(q[0]):g.end], q[1]) && strings.HasPrefix(b[g.end:], q[1]) {
			g.end += len(q[1]) // "637 “terrorists”": the phrase closes the quotation it opens
			break
		}
	}
	if f.vague && hasPrefixFold(trimSpaceLeft(b[f.end:min(len(b), f.end+9)]), "without ") {
		g.unit, g.end = "", f.end // "leaving thousands without shelter": people, not shelters
	}
	if g.unit == "us" {
		g.unit = "people" // "thousands of us": the speaker's own people
	}
	if lu := strings.ToLower(g.unit); prepositions[lu] || lu == "along" || lu == "towards" || lu == "toward" {
		// "thousands more gathered along the border": no noun follows
		g.unit, g.end = "", f.end
	}
	if g.end < f.end {
		g.end = f.end
	}
	// "They include between 200 and 300 children": the words before a
	// range are read from before its "between".
	ws := qs
	if w := wordsBefore(b, qs, 1); len(w) == 1 && w[0] == "between" {
		ws = wordsBack(b, qs, 1, 0)
	}
	before := wordsBefore(b, ws, 3)
	var joined [4]string // last(n), joined once: the cases below ask often
	last := func(n int) string {
		if len(before) < n {
			return ""
		}
		if joined[n] == "" {
			joined[n] = strings.Join(before[len(before)-n:], " ")
		}
		return joined[n]
	}
	after := strings.ToLower(trimSpaceLeft(b[f.end:min(len(b), f.end+24)]))
	noNoun := f.unit == "" && (g.unit == "" || strings.HasPrefix(after, "of "))
	part := "" // "and some 500,000 are children": the people a bare figure's predicate names
	if noNoun && g.unit == "" {
		part = partPredicate(after)
	}
	dashed := "" // "Turkish troops — an estimated 7,000 of them —"
	// "put the figure closer to 270,000": a hedge that compares the
	// figure with the count before
	nearer := hasPrefixFold(b[qs:f.start], "closer to") || hasPrefixFold(b[qs:f.start], "nearer")
	if noNoun && hasWordFold(after, "of them") {
		dashed = dashedNoun(b, qs)
	}
	rowUnit, subRow := subRowPart(b[s.start:qs])
	gap := gappedPlace(b, s, qs, g.end, x.campNames())
	switch {
	case last(1) == "including" || last(2) == "among them" || last(2) == "among whom" || partAmongAfter(b, g.end):
		g.link = "part"
		if (last(2) == "among them" || last(2) == "among whom") && g.unit == "" && f.unit == "" && relativeWords[strings.ToLower(letterRun(b, skipSpaceInline(b, g.end)))] {
			g.elided = true // "killed 27 civilians, among them 18 who died near the hospital": civilians too
		}
	case last(2) == "that includes" || last(2) == "which includes" || last(2) == "that included" || last(2) == "which included":
		// "72 civilians have been killed, a figure that includes 21
		// children"
		g.link = "part"
	case (last(2) == "they include" || last(2) == "they included") && opensSentence(b, wordsBack(b, ws, 2, 0)):
		// "Nearly 900,000 people have fled ... They include more than
		// 500,000 children": a part of the count before
		g.link = "part"
	case (last(1) == "includes" || last(1) == "included") && tallyBefore(b, qs):
		// "killed more than 400 civilians since December, a toll it says
		// includes 110 children"
		g.link = "part"
	case dashed != "":
		// "Turkish troops — an estimated 7,000 of them — have poured
		// in": the aside counts the people named before the dash.
		g.unit = dashed
		k := skipSpaceInline(b, f.end)
		g.end = max(g.end, k+len("of them"))
	case noNoun && (hasWordFold(after, "of them") || hasWordFold(after, "of whom") ||
		hasWordFold(after, "of those") || hasWordFold(after, "of these") || partOfThe(after)):
		// "12 of them", "close to a million of whom", "41 of those
		// civilians", "70,000 of the displaced"
		g.link, g.elided, g.unit = "part", true, ""
		k := skipSpaceInline(b, skipSpaceInline(b, f.end)+2)
		w := nounToken(b, k)
		g.end = max(g.end, k+len(w))
		if lw := strings.ToLower(w); lw == "those" || lw == "these" || lw == "the" {
			n := skipSpaceInline(b, k+len(w))
			if u := nounToken(b, n); strings.HasSuffix(u, "ly") && hasLower(partWholeWords, nounToken(b, skipSpaceInline(b, n+len(u)))) {
				n = skipSpaceInline(b, n+len(u)) // "of the newly displaced"
			}
			if u := nounToken(b, n); u != "" && !hasLower(npStop, u) && !hasLower(npVerbs, u) {
				g.end = n + len(u)
				if lu := strings.ToLower(u); !partWholeWords[lu] {
					g.unit, g.elided = lu, false
					if isUpper(u[0]) && isForeignUnit(u) {
						g.unit = u // "660,000 of those Syrians": a people's name keeps its capital
					}
				}
			}
		}
		// "500 of them children", "70,000 of the displaced were children":
		// the part is named after the whole.
		n := skipSpaceInline(b, g.end)
		p := strings.ToLower(letterRun(b, n))
		if p == "who" || p == "that" || partPostmodifiers[p] {
			// "more than half a million of those who have fled since
			// December are children", "about 500,000 of those on the move
			// are children", "half a million of those displaced since
			// December are children": the predicate after the clause or
			// phrase
			if at := predicateAfterClause(b[n:s.end]); at > 0 {
				n = n + at
				p = strings.ToLower(letterRun(b, n))
			}
		}
		if p == "were" || p == "are" || p == "was" || p == "is" {
			n = skipSpaceInline(b, n+len(p))
			p = strings.ToLower(letterRun(b, n))
			if strings.HasSuffix(p, "ed") && !personNoun(p) {
				// "of whom 650,000 are registered refugees"
				n = skipSpaceInline(b, n+len(p))
				p = strings.ToLower(letterRun(b, n))
			}
		}
		if personNoun(p) && !partWholeWords[p] && p != "them" && p != "others" {
			g.unit, g.elided = p, false
			if n == skipSpaceInline(b, g.end) {
				g.end = n + len(p)
			}
		}
	case noNoun && g.unit == "" && thingNouns[partWholeNoun(b, f.end)]:
		// "In three of the camps I visited": a count of the camps
		g.unit = partWholeNoun(b, f.end)
		if i := strings.Index(strings.ToLower(b[f.end:min(len(b), f.end+40)]), g.unit); i >= 0 {
			g.end = max(g.end, f.end+i+len(g.unit))
		}
	case part != "":
		// "More than 80 percent of them are women and children, and some
		// 500,000 are children": the part of the people counted before
		// that the predicate names.
		g.link, g.unit = "part", part
	case noNoun && subRow:
		// "  - of them children      about 80,000    OCHA", "of whom near
		// the Jordanian border | about 60,000": a table's sub-row, a part
		// of the row above
		g.link, g.unit, g.subRow, g.elided = "part", rowUnit, true, rowUnit == ""
	case noNoun && partOpening(b[s.start:qs]):
		// "Of those, some 500,000 are children": a part of the count
		// before.
		g.link, g.elided, g.unit = "part", true, ""
	case noNoun && g.unit == "" && (last(2) == "of whom" || last(2) == "of which"):
		// "hosts 1.5 million Syrians, of whom roughly 930,000 are
		// registered": a part of the count before, its noun left out
		g.link, g.elided = "part", true
	case amongThemOpening(b[s.start:qs]):
		// "Among them were 102 children": a part of the count before,
		// which names its own people.
		g.link = "part"
	case last(2) == "down from" || last(2) == "up from":
		// "40 teams are now working in the camps, up from 25": the same
		// count at another time.
		g.link = "coordination"
		g.baseline = g.unit == "" && f.unit == ""
	case last(2) == "along with" || last(3) == "as well as" || last(1) == "alongside" || last(1) == "plus":
		g.link = "coordination"
	case (last(3) == "on top of" || last(3) == "top of the") && g.unit == "" && f.unit == "" && !ownVerbAfter(after):
		// "an extra 400 soldiers ... on top of the roughly 1,500 already
		// deployed there": more of the same, its noun left out
		g.link, g.elided = "coordination", true
	case (last(1) == "and" || last(1) == "but" || last(2) == "but only") && trailingCount(b, g.end, s.end) && !kinBefore(before):
		// "the toll has reached 104 fighters of the SDF and 52 civilians.":
		// a last count with no verb of its own shares the one before.
		g.link, g.ownSentence = "coordination", true
		g.elided = g.unit == "" // "72 civilians ... and 20 in Turkey": civilians too
	case gap != "":
		// "Turkey hosts 3.6 million Syrian refugees, Lebanon about
		// 915,000 and Jordan some 655 000", "Zaatari has around 78,000
		// people and Azraq about 40,000": the verb is left out.
		g.link, g.gapPlace = "coordination", gap
		g.elided = g.unit == "" && f.unit == ""
	case last(1) == "and" && strings.HasSuffix(strings.TrimRight(b[s.start:qs], " "), "(and"):
		// "hosts 3.6 million Syrian refugees (and hundreds of thousands of
		// Afghans)": the same kind of count, aside in brackets.
		g.link = "coordination"
	case comparedBefore(b, qs, last):
		// "1,264 landed in February, against 3,051 in October": the same
		// count at another time, with the noun of the figure before.
		g.link = "coordination"
		if g.unit == "" && f.unit == "" {
			g.elided = true
		}
	case last(1) == "to" && bringsTotal(b[s.start:qs]) && !isMilitaryUnit(g.unit):
		// "..., bringing the total since Monday to 3,416": the running
		// count of the figure before.
		g.link = "restatement"
	case last(1) == "it" && len(before) >= 2 && putVerbs[before[len(before)-2]] ||
		last(2) == "it at" && len(before) >= 3 && putVerbs[before[len(before)-3]]:
		// "Human Rights Watch ... put it closer to 3,600": the count
		// before, as another source puts it.
		g.link, g.putIt = "restatement", true
	case (last(1) == "at" || last(2) == "at between") && restates(b[s.start:qs]):
		g.link = "restatement"
	case len(before) >= 3 && putVerbs[before[len(before)-3]] && before[len(before)-2] == "the" && restatedCount(before[len(before)-1]) &&
		restates(b[s.start:qs]) && overUnder(b[qs:g.f.start]):
		// "Local monitoring groups put the figure above one million":
		// the count before, as another source puts it
		g.link = "restatement"
	case nearer && (last(2) == "it is" || last(2) == "it was" || last(2) == "it s"):
		// "The Kurdish Red Crescent thinks it is closer to 200,000": the
		// count before, as another source puts it
		g.link = "restatement"
	case nearer && countWas(clauseWords(b[s.start:qs])):
		// "Kurdish officials said the real figure was already closer to
		// 200,000": the count before, as another source puts it
		g.link = "restatement"
	case nearer && restates(withoutGenericCount(b[s.start:qs])):
		// "Jordanian officials put the figure closer to 270,000", "SARC
		// put the number of residents closer to 45,000": nearer to what
		// than the count before.
		g.link = "restatement"
	case last(1) == "of" && otherFigureOf(wordsBefore(b, qs, 3)) && restates(b[s.start:qs]) && g.unit == "" && f.unit == "":
		// "OCHA gave a lower figure of at least 104,000": the count
		// before, as another source gives it.
		g.link = "restatement"
	case countApposition(b[s.start:qs]) && restates(b[s.start:qs]):
		// "OCHA gives a lower figure, around 160 000, saying ...": the
		// count before, as another source gives it.
		g.link = "restatement"
	case qs-1 > s.start && b[qs-1] == '(' && closesBracket(b, g.end) && hasDigit(b[s.start:qs-1]):
		// "Another 1,250 crossed on Thursday (roughly 300 families)": the
		// count before, in another unit.
		g.link = "restatement"
	case numberIs(b[s.start:qs]) && len(x.howManyAsked(s)) == 0:
		// (not "Q: How many people are living in Rukban today? / A: Our
		// best estimate is about 41,700 people": the answer to a question)
		g.link = "restatement"
	case last(1) == "to" && g.unit == "" && f.unit == "" && countRoseTo(wordsBefore(b, ws, 7)):
		// "had counted 13,000 people at the crossing, and that the number
		// had since risen to well over 15,000": the count before, later.
		g.link = "restatement"
	case (last(2) == "speak of" || last(2) == "speaks of" || last(2) == "spoke of") && (g.unit == "" && f.unit == "" || displacedNoun(b[f.end:g.end])) && !f.vague:
		// "The Kurdish-led authorities speak of 300,000": the count before,
		// as another source gives it.
		g.link = "restatement"
	}
	if g.unit == "" && (last(1) == "another" || last(2) == "a further") {
		g.elided = true // "another 1,500": the noun of the figure before
		if g.link == "" && (last(2) == "and another" || last(3) == "and a further") {
			g.link = "coordination" // "... and another 500 near the coast": the same kind of count
		}
	}
	if g.unit == "" && f.unit == "" && !g.elided {
		before := last(1)
		if nearer {
			before = "to" // "put the number of residents closer to 45,000"
		}
		x.unitFromContext(g, s, qs, before)
	}
	if g.unit == "" && qs > s.start {
		if u := labelThing(b[s.start:qs]); u != "" {
			if _, ok := x.introOf(s); ok || slices.Contains(x.a.items, s.start) && strings.Contains(b[s.start:qs], ":") {
				// "Tents ready: 1,800", "Shelters with hard walls   5 600",
				// "• Camps and informal sites along the Turkish border:
				// some 1,150"
				g.unit = u
			}
		}
	}
	return g
}

// thingNouns are things a list item or table row may count by its label.
var thingNouns = wordSet(`tents shelters caravans containers settlements camps sites schools classrooms teams
	trucks lorries convoys vehicles houses homes buildings villages towns clinics hospitals posts
	facilities wells latrines toilets beds blankets kits meals rations parcels packages baskets
	shops businesses stores markets bakeries mosques`)

// labelThing returns the noun a label opens with when it counts things,
// not people: "Tents ready:" gives tents, "Medical teams on site:" teams;
// else "".
func labelThing(label string) string {
	words := strings.Fields(strings.ToLower(label))
	for k, w := range words {
		if k > 1 || prepositions[w] {
			break // not "In schools and mosques:", where people shelter
		}
		if w = strings.Trim(w, ":,"); thingNouns[w] {
			return w
		}
	}
	return ""
}

// comparedBefore reports a figure introduced as the same count at another
// time or place: ", against 3,051", ", compared with 900", "as against".
func comparedBefore(b string, qs int, last func(int) string) bool {
	switch {
	case last(2) == "compared with" || last(2) == "compared to" || last(2) == "as against":
		return true
	case last(1) == "against" || last(1) == "after":
		// "1,264 landed in February, against 3,051 in October", "977
		// people had landed on Monday, after more than 1,000 on Sunday"
		w := last(1)
		j := skipSpaceBack(b, qs)
		j = skipSpaceBack(b, j-len(w))
		return j > 0 && b[j-1] == ',' && (w == "against" || dayAfter(b, qs))
	}
	return false
}

// dayAfter reports a figure at qs followed by "on" and a weekday or by
// "the day before", the time of the count it is compared with.
func dayAfter(b string, qs int) bool {
	rest := strings.ToLower(b[qs:min(len(b), qs+60)])
	ws := strings.Fields(rest)
	for k := 0; k+1 < len(ws); k++ {
		if _, day := weekdayNames[strings.Trim(ws[k+1], ".,;")]; ws[k] == "on" && day {
			return true
		}
	}
	return strings.Contains(rest, " the day before") || strings.Contains(rest, " a day earlier") || strings.Contains(rest, " the previous day")
}

// unitFromContext finds the noun of a figure that has none after it: the
// noun of "the number of X" around it ("the number of soldiers killed has
// risen to 59", "brings to three the number of refugees who have died"),
// or, for a bare figure ("designed for up to 10,000.", "4,000 more could
// arrive"), possibly the noun of a figure just before (see sentence).
func (x *extractor) unitFromContext(g *fig, s span, qs int, before string) {
	b := x.body
	k := skipSpaceInline(b, g.end)
	if before == "between" {
		// "put the number of Turkish soldiers inside Idlib at between 6,000 and 8,000"
		if w, at := wordBack(b, g.start); strings.EqualFold(w, "between") {
			if w2, _ := wordBack(b, at); strings.EqualFold(w2, "at") || strings.EqualFold(w2, "to") {
				before = w2
			}
		}
	}
	if before == "to" || before == "at" {
		// "brings to three the number of Syrian refugees who ..."
		for _, p := range []string{"the number of ", "the total number of ", "the toll of "} {
			if hasPrefixFold(b[k:], p) {
				if u, end := unitAfter(b, figure{end: k + len(p) - 1}); u != "" {
					g.unit, g.end = u, end
					return
				}
			}
		}
		// "the number of Turkish soldiers killed ... had risen to 59"
		if i := strings.LastIndex(strings.ToLower(b[s.start:qs]), "number of "); i >= 0 {
			if u, _ := unitAfter(b, figure{end: s.start + i + len("number of")}); u != "" {
				g.unit = u
				return
			}
		}
	}
	if w := strings.ToLower(letterRun(b, k)); w == "more" || w == "additional" {
		g.bare, g.more = true, true
		return
	}
	if k >= len(b) || strings.IndexByte(",.;:)\"", b[k]) >= 0 || strings.HasPrefix(b[k:], "”") {
		g.bare = true
	}
}

// growthVerbs say a count grew: "the number had risen to".
var growthVerbs = wordSet(`risen rose climbed grown grew increased jumped swelled swollen`)

// countRoseTo reports words ending in a count that grew to a figure:
// "the number had since risen to", "the total climbed to".
func countRoseTo(ws []string) bool {
	n := len(ws)
	if n < 3 || ws[n-1] != "to" || !growthVerbs[ws[n-2]] {
		return false
	}
	for _, w := range ws[max(0, n-6) : n-2] {
		if countWords[w] {
			return true
		}
	}
	return false
}

// partWholeWords name a whole by what happened to it: "70,000 of the
// displaced", "12 of the dead". The part counts the whole's unit.
var partWholeWords = wordSet(`displaced dead killed wounded injured missing evacuated uprooted`)

// partWholeNoun returns the noun or participle that names the whole of a
// part after the figure ending at end: "displaced" in "of the newly
// displaced", "civilians" in "of those civilians"; or "".
func partWholeNoun(b string, end int) string {
	ws := strings.Fields(strings.ToLower(b[end:min(len(b), end+40)]))
	if len(ws) < 3 || ws[0] != "of" || ws[1] != "the" && ws[1] != "those" && ws[1] != "these" {
		return ""
	}
	w := strings.Trim(ws[2], ",.;:")
	if strings.HasSuffix(w, "ly") && len(ws) > 3 {
		w = strings.Trim(ws[3], ",.;:") // "of the newly displaced"
	}
	return w
}

// predicateAfterClause returns where "are" or "were" stands in a
// relative clause's text, after the clause's own verb and before any
// comma ("who have fled since December are children"), or 0.
func predicateAfterClause(text string) int {
	if c := strings.IndexAny(text, ",;"); c >= 0 {
		text = text[:c]
	}
	best := 0
	for _, v := range []string{" are ", " were "} {
		i := strings.Index(text, v)
		if i < 0 || wordCount(text[:i]) < 2 || best > 0 && i > best {
			continue
		}
		if personNoun(strings.ToLower(letterRun(text, i+len(v)))) {
			best = i + 1
		}
	}
	return best
}

// partPostmodifiers open a phrase that may follow a part's whole before
// its predicate: "of those on the move are children".
var partPostmodifiers = wordSet(`on in since from at inside across along near over during`)

// partOfThe reports "of the displaced", "of the victims": a part of a
// group of people named by a noun or a participle.
func partOfThe(after string) bool {
	if !hasWordFold(after, "of the") {
		return false
	}
	k := skipSpaceInline(after, len("of the"))
	w := strings.ToLower(letterRun(after, k))
	if strings.HasSuffix(w, "ly") {
		// "of the newly displaced": an adverb before the participle.
		w = strings.ToLower(letterRun(after, skipSpaceInline(after, k+len(w))))
	}
	return partWholeWords[w] || personNoun(w) && w != "them" && w != "others"
}

// restates reports a clause that gives another figure for a count already
// reported: "UOSSM put the number at", "Kurdish officials put the figure
// at", "the government puts the total number of Syrians in the kingdom at".
func restates(before string) bool {
	ws := clauseWords(before)
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-14; i-- {
		if putVerbs[ws[i]] || ws[i] == "estimated" || ws[i] == "estimates" || ws[i] == "gave" || ws[i] == "gives" {
			if i == len(ws)-2 && ws[i+1] == "at" && countBeforePut(ws[:i]) {
				// "..., a figure the United Nations puts at about 176,000":
				// the count before, as another source puts it
				return true
			}
			for k, w := range ws[i+1:] {
				if restatedCount(w) {
					// "puts the number of asylum seekers on the islands at":
					// the clause names what it counts, it restates nothing.
					rest := ws[i+1+k+1:]
					if len(rest) >= 2 && (rest[0] == "who" || rest[0] == "that" || rest[0] == "still") && !slices.ContainsFunc(rest, func(w string) bool { return comparatives[w] }) {
						// (not "put the number still living there higher, at":
						// higher than the count before)
						return false // "puts the number who remain inside the town at": a count of its own
					}
					return len(rest) < 2 || rest[0] != "of" || rest[1] == "them" || rest[1] == "those" || rest[1] == "these" ||
						len(rest) >= 3 && rest[1] == "displaced" || len(rest) >= 4 && rest[1] == "the" && rest[2] == "displaced" // "put the number of displaced at", "... even higher, at": the count of the displaced told before
				}
			}
		}
	}
	return false
}

// countBeforePut reports clause words that end in "a figure", "a figure
// the" or "which number", the count a put verb after them restates
// ("a figure the United Nations puts at"; the source's name is no word
// of the clause's).
func countBeforePut(ws []string) bool {
	if n := len(ws); n > 0 && ws[n-1] == "the" {
		ws = ws[:n-1]
	}
	n := len(ws)
	return n >= 2 && (ws[n-2] == "a" || ws[n-2] == "which") && restatedCount(ws[n-1])
}

// withoutGenericCount returns text with "of residents" (people,
// inhabitants) taken out of "the number of residents": a noun that says
// no more than the count it restates did.
func withoutGenericCount(text string) string {
	for _, n := range []string{" of residents", " of people", " of inhabitants"} {
		if i := strings.LastIndex(strings.ToLower(text), n); i >= 0 {
			return text[:i] + text[i+len(n):]
		}
	}
	return text
}

// overUnder reports a qualifier that compares a figure with another:
// "above", "over", "below", "under", "higher than".
func overUnder(q string) bool {
	w, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(q)), " ")
	return w == "above" || w == "over" || w == "below" || w == "under" || w == "higher" || w == "lower"
}

// otherFigureOf reports the three words before a figure "lower figure
// of", a count compared with the one before.
func otherFigureOf(ws []string) bool {
	return len(ws) == 3 && ws[2] == "of" && comparatives[ws[0]] && restatedCount(ws[1])
}

// countApposition reports text before a figure that ends in a count noun
// and a comma: "gives a lower figure,", "gave a lower figure, of".
func countApposition(before string) bool {
	t := strings.TrimRight(before, " \u00a0")
	if u, ok := strings.CutSuffix(t, ", of"); ok {
		t = u + "," // "gave a lower figure, of about 104,000"
	}
	t, ok := strings.CutSuffix(t, ",")
	if !ok {
		return false
	}
	w, _ := wordBack(t, len(t))
	return countWords[strings.ToLower(w)]
}

// ofTheWhole reports the words between a part and its whole: "of the",
// "of the roughly", "of the estimated", "of the more than".
func ofTheWhole(between string) bool {
	ws := strings.Fields(strings.ToLower(between))
	return len(ws) >= 2 && ws[0] == "of" && ws[1] == "the" && (len(ws) == 2 || hedgePhrase(ws[2:]))
}

// numberIsWords may come between "the true number" and the figure it is
// said to be: "is closer to", "could be as high as".
var numberIsWords = wordSet(`is was could may might be likely probably actually closer close nearer
	to as high even well over above beyond lower higher smaller larger now perhaps maybe far much
	fewer less than no more a fraction of that`) // "the real number is lower now, perhaps 36,000"

// numberIs reports a clause that ends by saying what a count really is:
// "officials believe the true number is closer to", "the real figure may
// be". The figure after it restates the count given before.
func numberIs(before string) bool {
	ws := clauseWords(before)
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-6; i-- {
		if countWords[ws[i]] {
			return i+1 < len(ws) && (ws[i+1] == "is" || ws[i+1] == "was" || ws[i+1] == "could" || ws[i+1] == "may" || ws[i+1] == "might")
		}
		if !numberIsWords[ws[i]] {
			return false
		}
	}
	return false
}

// sentence turns the figures of one sentence into facts.
func (x *extractor) sentence(s span, figs []*fig) {
	b := x.body
	x.contexts(s, figs)
	text := normalizeSpace(b[s.start:s.end])
	first := len(x.facts)
	for k, g := range figs {
		fact := Fact{
			Article:   x.a.Name,
			Published: x.a.Published,
			Value:     g.f.value,
			Qualifier: g.qual,
			Unit:      g.unit,
			Sentence:  text,
			Phrase:    b[g.start:g.end],
			Start:     g.start,
			End:       g.end,
			Paragraph: x.paragraph(g.start),
		}
		if g.f.isRange {
			fact.ValueHigh = g.f.high
		}
		if k > 0 && g.link == "" && isPersonUnit(g.unit) && isPersonUnit(figs[k-1].unit) && strings.TrimSpace(b[figs[k-1].end:g.start]) == "and" {
			// "6,400 soldiers and an estimated 25,000 fighters": one list.
			g.link = "coordination"
		}
		if k > 0 && g.link == "" && g.unit != "" && isPersonUnit(g.unit) && isPersonUnit(figs[k-1].unit) &&
			strings.HasSuffix(b[figs[k-1].end:g.start], ", and ") && verbless(b[g.end:s.end]) {
			// "69 civilians have been killed since Wednesday, and 135
			// fighters of the SDF.": the second count shares the verb.
			g.link = "coordination"
		}
		if k > 0 && g.link == "" && g.unit == "" && g.f.unit == "" && isPersonUnit(figs[k-1].unit) &&
			strings.EqualFold(wordBefore(b, g.start), "and") && !strings.ContainsAny(b[figs[k-1].end:g.start], ",;") &&
			hasLower(placePreps, letterRun(b, skipSpaceInline(b, g.f.end))) {
			// "72 civilians in northeast Syria and 20 in Turkey": the
			// same count elsewhere, with the noun of the figure before.
			g.link, g.elided, g.unit = "coordination", true, figs[k-1].unit
		}
		if k == 0 && g.link == "" && g.unit == "" && g.f.unit == "" && !g.f.vague && opensSentence(b, g.start) && len(x.facts) > 0 {
			// "Washington, which had about 1,000 troops in northeast Syria,
			// is pulling most of them out. About 200 will stay": a bare
			// count opening the next sentence counts the soldiers too.
			if p := x.facts[len(x.facts)-1]; p.Category == Troops && !strings.Contains(b[p.End:g.start], "\n") {
				g.link, g.elided, g.unit = "coordination", true, p.Unit
			}
		}
		if k > 0 && g.link == "" && g.unit == "" && g.f.unit == "" && moreOrOthers(b[g.f.end:min(len(b), g.f.end+10)]) {
			// "holds 2,000 tents, but we will need at least 3,000 more",
			// "demolished at least 20 shelters ... and dismantled some 1,400
			// others", "expect thousands more to come down": more of the
			// things counted before.
			if u := figs[k-1].unit; u != "" && !isPersonUnit(u) && !measureUnits[u] {
				g.unit, fact.Unit = u, u
			} else if isPersonUnit(u) && u != "people" && !kinNouns[pluralNounOf(u)] && !personsByAge[u] && hasPrefixFold(b[skipSpaceInline(b, g.f.end):], "others") {
				// "one migrant was killed and five others were wounded":
				// migrants too
				g.unit, fact.Unit = pluralNounOf(u), pluralNounOf(u)
			}
		}
		if k == 0 && g.link == "" && g.unit == "" && g.f.unit == "" && hasPrefixFold(b[skipSpaceInline(b, g.f.end):], "others") {
			if u := onePersonBefore(strings.Fields(strings.ToLower(b[s.start:g.start]))); u != "" {
				// "A Turkish soldier has been killed and three others
				// wounded": soldiers too
				g.unit, fact.Unit = u, u
			} else if n := len(x.facts); n > 0 && x.facts[n-1].Paragraph == x.paragraph(g.start) && x.facts[n-1].End <= s.start {
				// "... said 33 Turkish soldiers were killed. He said 32
				// others were being treated": the people the sentence
				// before counted
				if u := x.facts[n-1].Unit; isPersonUnit(u) && u != "people" && !kinNouns[pluralNounOf(u)] && !personsByAge[u] {
					g.unit, fact.Unit = u, u
				}
			}
		}
		if k+1 < len(figs) && g.unit == "" && g.f.unit == "" && ofTheWhole(b[g.f.end:figs[k+1].start]) {
			// "up to 2 million of the 3.6 million Syrian refugees it
			// hosts": a part of the whole counts what the whole counts.
			if u := figs[k+1].unit; u != "" && !measureUnits[u] && u != "percent" {
				g.unit, fact.Unit = u, u
			}
		}
		if g.link == "" && g.unit == "" && g.f.unit == "" && !g.f.vague && restOf(b, g.start) {
			// "some American troops would stay near the oil fields, while
			// the rest of the roughly 1,000 ... would move": the rest of
			// the people the sentence named before.
			if u := lastPluralPersonNoun(b[s.start:g.start]); u != "" {
				g.unit, fact.Unit = u, u
			}
		}
		if k > 0 && g.link == "" && g.unit == "" && g.f.unit == "" && !g.f.vague && isMilitaryUnit(figs[k-1].unit) &&
			!hasPrefixFold(b[skipSpaceInline(b, g.f.end):], "of which") {
			// "pulling most of its roughly 1,000 troops out ... officials
			// say about 200 may stay": a bare count after soldiers counts
			// soldiers too (not "sent troops to reinforce its posts, 12 of
			// which ring the zone": things, not people).
			g.link, g.elided, g.unit = "coordination", true, figs[k-1].unit
		}
		switch g.link {
		case "part", "coordination":
			if k == 0 && g.ownSentence {
				g.link = "" // "with his wife and seven children" after an age: no count before it here
			} else if k > 0 {
				g.parent = first + k - 1
				if g.link == "part" && g.unit != "" && isPersonUnit(g.unit) && !isPersonUnit(x.facts[g.parent].Unit) {
					// "picked up 45 people from two dinghies ..., including
					// 17 children": a part of the people, not the boats
					for p := g.parent - 1; p >= first; p-- {
						if isPersonUnit(x.facts[p].Unit) {
							g.parent = p
							break
						}
					}
				}
				if g.elided && peopleVerbAfter(b, g.end, s.end) {
					// "About 5,000 people are living in two camps, and
					// another 1,800 are sleeping in the open": the people,
					// not the camps.
					for p := g.parent; p >= first; p-- {
						if isPersonUnit(x.facts[p].Unit) {
							g.parent = p
							break
						}
					}
				}
			} else if c := prevNonSpace(b, g.start); g.link == "part" && g.elided && hasPrefixFold(b[skipSpaceInline(b, g.f.end):], "of them") &&
				c > s.start && b[c] == ',' && slices.ContainsFunc(clauseWords(b[s.start:c]), personNoun) {
				// "Uganda also hosts refugees, more than a million of
				// them": a part of the people the clause before names, not
				// of a count in the sentence before.
				g.link, g.elided = "", false
			} else if len(x.facts) > 0 {
				g.parent = len(x.facts) - 1
				if p := x.facts[g.parent].Unit; g.link == "part" && (isWorkerUnit(g.unit) || isMilitaryUnit(g.unit)) && !isWorkerUnit(p) && !isMilitaryUnit(p) {
					// "... landed on Lesbos on Monday. Frontex will send a
					// team, including at least 100 extra officers": staff
					// are no part of the people counted before.
					g.link, g.parent = "", -1
				} else if w := partWholeNoun(b, g.f.end); w != "" && !militaryNouns[w] && isMilitaryUnit(x.facts[g.parent].Unit) {
					// "... sent thousands of troops. The UN says about
					// 170,000 of the newly displaced are sleeping in the
					// open": the part's whole is named, and is no troops.
					g.link, g.parent, g.elided, g.unit = "", -1, false, w
					fact.Unit = w
				} else if w := partWholeNoun(b, g.f.end); (w == "displaced" || w == "uprooted") && x.facts[g.parent].Category == Killed {
					// "... including 89 children. Some 82,000 of the
					// displaced are living under trees": the displaced are
					// no part of the dead.
					if g.elided {
						g.unit, fact.Unit = "people", "people" // not "70,000 of those displaced are children"
					}
					g.link, g.parent, g.elided = "", -1, false
				} else if w == "displaced" || w == "uprooted" {
					if g.elided && x.facts[g.parent].Unit != "people" {
						// "... 1,200 newcomers a day. Roughly 82,000 of the
						// newly displaced are sleeping in fields": people, as
						// "the displaced" are
						g.unit, fact.Unit, g.elided = "people", "people", false
					}
				}
			}
		case "restatement":
			g.parent = len(x.facts) - 1
			// "put the number at 1,031,000 people" after "80 percent of
			// those displaced": a count restates a count, not a share.
			for g.parent > 0 && g.parent > len(x.facts)-4 && measureUnits[x.facts[g.parent].Unit] && !measureUnits[g.unit] {
				g.parent--
			}
			// "... in Lebanon, a country of about 6 million people. The
			// government says the real number is closer to 1.5 million":
			// a place's population glosses the place; the count restated
			// comes before it.
			// Nor is a site's size: "... around the Moria reception centre,
			// a site built for fewer than 3,000. Aid groups put the number
			// higher, at about 21,000."
			// (The bracket of "can hold up to 11,000 people (about 2,000
			// families)" restates the size, in the same sentence.)
			// Nor is a projection told after the count: "More than 130,000
			// people have fled ..., adding that up to 400,000 could be
			// displaced. The administration put the figure at 191,069."
			// Nor is a part told after its whole: "about 176,000 people
			// have fled ..., and nearly 80,000 of them are children. The
			// administration says the real number is closer to 300,000."
			for g.parent > 0 && g.parent > len(x.facts)-3 && x.facts[g.parent].Start < s.start && isPart(x.facts[g.parent]) &&
				x.facts[g.parent-1].Value > x.facts[g.parent].Value && strings.Contains(x.facts[g.parent].Sentence, normalizeSpace(x.facts[g.parent-1].Phrase)) {
				g.parent--
			}
			for g.parent > 0 && g.parent > len(x.facts)-4 && (x.facts[g.parent].Rule == "population" ||
				(x.facts[g.parent].Rule == "capacity" || x.facts[g.parent].Rule == "projection" && !g.putIt) && x.facts[g.parent].Start < s.start) {
				g.parent--
			}
			// "The real number is closer to 1.3 million" after "killed
			// seven soldiers": a restatement is of a count of its own
			// size, not of the smaller one told in passing.
			if g.parent > 0 && g.putIt && !closeInSize(x.facts[g.parent].Value, g.f.value) {
				// "Is the UN figure right? ... It may be low. Local councils
				// put it closer to 320,000": the count of its size told
				// before, not the last figure.
				for p := g.parent - 1; p >= 0 && p > len(x.facts)-20; p-- {
					if q := x.facts[p]; !measureUnits[q.Unit] && closeInSize(q.Value, g.f.value) {
						g.parent = p
						break
					}
				}
			} else if g.parent >= 0 && farApart(x.facts[g.parent].Value, g.f.value) {
				near := -1
				for p := g.parent - 1; p >= 0 && p > len(x.facts)-4; p-- {
					if !farApart(x.facts[p].Value, g.f.value) && !measureUnits[x.facts[p].Unit] {
						near = p
						break
					}
				}
				// "Nearly 900,000 people have fled ... with her five children
				// ... Response Coordinators put the figure for the same
				// period higher, at more than 1 million": with no count near
				// its size among the last few, the one nearest its size told
				// further back (not "about half a million children" among
				// them).
				if near < 0 {
					for p := g.parent - 1; p >= 0 && p > len(x.facts)-20 && (near < 0 || p >= near-3); p-- {
						if q := x.facts[p]; !measureUnits[q.Unit] && closeInSize(q.Value, g.f.value) &&
							(near < 0 || sizeRatio(q.Value, g.f.value) < sizeRatio(x.facts[near].Value, g.f.value)) {
							near = p
						}
					}
				}
				if near >= 0 {
					g.parent = near
				}
			} else if g.parent > 0 && g.f.scale && x.facts[g.parent].Value*10 < g.f.value {
				// "900,000 people have fled ... Some 82,000 of them are
				// sleeping outdoors" then "IHH put the figure higher, at
				// more than a million": a count in millions restates the
				// count of its own size before the part.
				for p := g.parent - 1; p >= 0 && p > len(x.facts)-5; p-- {
					if q := x.facts[p]; measureUnits[q.Unit] {
						continue // "more than 80 percent of them"
					} else if q.Value*2 >= g.f.value && q.Value <= g.f.value*2 {
						g.parent = p
					}
					break
				}
			}
			if g.parent >= 0 && restatesTotal(b[s.start:g.start]) && !bringsTotal(b[s.start:g.start]) &&
				(isPart(x.facts[g.parent]) || partNouns[x.facts[g.parent].Unit] || x.facts[g.parent].Value*2 < g.f.value) {
				// "Nearly 900,000 people have fled ... around 170,000 of
				// the newly displaced are sleeping in the open. A local
				// network put the total at close to 950,000": the total
				// told before, not its part, nor a smaller count told after
				// it (but "135,844 migrants had left ... Athens put the
				// total closer to 10,000" disputes the count before; and
				// "taking the total there to some 12,000" adds to it).
				for p := g.parent - 1; p >= 0 && p > len(x.facts)-10; p-- {
					if q := x.facts[p]; !measureUnits[q.Unit] && !isPart(q) && !partNouns[q.Unit] && closeInSize(q.Value, g.f.value) {
						g.parent = p
						break
					}
				}
			}
			if dir := comparedTo(b[s.start:g.start]); dir != 0 && g.parent >= 0 && (x.facts[g.parent].Value-g.f.value)*float64(dir) >= 0 {
				// "at least 130,000 displaced ... as many as 400,000 could be
				// uprooted. The administration put the figure far higher, at
				// more than 190,000": higher than the count it restates.
				for p := g.parent - 1; p >= 0 && p > len(x.facts)-5; p-- {
					if q := x.facts[p]; !measureUnits[q.Unit] && (g.f.value-q.Value)*float64(dir) > 0 && !farApart(q.Value, g.f.value) {
						g.parent = p
						break
					}
				}
			}
			if c, ok := restatedCategory(b[s.start:g.start]); ok && g.parent >= 0 && x.facts[g.parent].Category != c {
				// "puts the figure for the displaced higher, at more than a
				// million": the count of the kind the sentence names.
				for p := len(x.facts) - 1; p >= 0 && p > len(x.facts)-20; p-- {
					if x.facts[p].Category == c && !measureUnits[x.facts[p].Unit] {
						g.parent = p
						break
					}
				}
			}
		}
		if g.link == "part" && (g.elided || isPersonUnit(g.unit)) {
			// "81 per cent of them ... Some 570,000 of the newly
			// displaced": a part of people is not a part of a share; nor,
			// when the part names its whole ("of the displaced"), of a
			// count of things ("1,227 trucks of UN aid").
			people := partOfThe(strings.ToLower(trimSpaceLeft(b[g.f.end:min(len(b), g.f.end+24)])))
			for g.parent > 0 && g.parent > len(x.facts)-4 &&
				(measureUnits[x.facts[g.parent].Unit] || people && !isPersonUnit(x.facts[g.parent].Unit)) {
				g.parent--
			}
		}
		if prev := len(x.facts) - 1; g.elided && prev >= 0 && (g.parent >= 0 || g.link != "" ||
			!isMilitaryUnit(x.facts[prev].Unit) || !x.inEarlierParagraph(x.facts[prev], s)) {
			// (Troops do not carry across a paragraph: "Turkey has poured
			// around 7,000 troops into Idlib. // Back in Hazano ...
			// 'another 500,000 could come,' he said" are people.)
			from := len(x.facts) - 1
			if g.parent >= 0 {
				from = g.parent
			}
			u := x.facts[from].Unit
			if g.link != "part" && x.facts[from].Start < s.start {
				// "Some 500,000 of those are children. A further 150,000
				// have fled": more of the whole, not of its part
				u = x.wholeUnit(from)
			}
			if g.parent < 0 && !isPersonUnit(u) && x.facts[len(x.facts)-1].Start < s.start && peopleVerbAfter(b, g.end, s.end) {
				// "At least 532 people landed in 13 boats. It said a further
				// 150 had reached Chios.": people, not boats ("2,400 tents
				// reached the camps, and another 1,000 were waiting" in one
				// sentence are tents).
				for p := len(x.facts) - 2; p >= 0 && p >= len(x.facts)-4; p-- {
					if isPersonUnit(x.facts[p].Unit) {
						u = x.facts[p].Unit
						break
					}
				}
			}
			if !measureUnits[u] || g.link == "part" {
				// "A third of the displaced are in tents, and another
				// 170,000 are sleeping in the open": a count after a share
				// counts people, not percent.
				g.unit = u
			}
			fact.Unit = g.unit
		}
		if g.bare && len(x.facts) > 0 && columnUnit(b, s, g) == "" {
			// (A table's column of shelters keeps its own noun.)
			from := x.previousSentenceStart(s)
			if g.more {
				from = s.start
			}
			pi := len(x.facts) - 1
			if g.link == "restatement" && g.parent >= 0 {
				// "176,000 people ..., almost 70,000 of them children. The
				// administration puts it closer to 300,000": the noun of
				// the count restated, not of its part.
				pi = g.parent
			}
			p := x.facts[pi]
			if p.Unit != "" && isPersonUnit(p.Unit) && p.Start >= from && !populationBetween(b, p.End, g.start) &&
				!(p.Start < s.start && isMilitaryUnit(p.Unit)) {
				// (not soldiers from the sentence before: "33 of its
				// soldiers were killed. Erdogan said "hundreds of
				// thousands" had left")
				g.unit = p.Unit
				if g.link != "part" && p.Start < s.start {
					g.unit = x.wholeUnit(pi) // "... of those are children. A further 80,000 have fled": people
				}
				fact.Unit = g.unit
			}
		}
		x.categorise(&fact, s, g)
		if fact.Unit == "" {
			fact.Unit = "people"
		}
		x.period(&fact, g, s, figs, k)
		fact.Source = tidySource(x.source(s, g))
		if acr := x.acronymForDescription(fact.Source, g.start); acr != "" {
			fact.Source = acr // "The UN refugee agency said" after "the UN refugee agency UNHCR"
		}
		if n := len(x.facts); fact.Source == "reporter" && n > 0 && restOfCount(wordsBefore(b, g.start, 2)) {
			// "A child died after a dinghy carrying 48 people capsized, the
			// coastguard said. The other 47 were pulled from the water":
			// the rest of a count told before, by whoever told it (as the
			// 9 such sentences with no attribution are annotated).
			fact.Source = x.facts[n-1].Source
		}
		if x.a.Publisher != "" && !x.a.release && strings.EqualFold(fact.Source, x.a.Publisher) {
			fact.Source = "reporter" // "Telegrafi adds: Kosovo ... brought home 110 of its citizens": the outlet's own word
		}
		if n := len(x.facts); fact.Source == "reporter" && n > 0 && (fact.Rule == "shared-verb" || g.link == "coordination" && g.parent == n-1 && x.facts[n-1].Rule == "shared-verb") {
			fact.Source = x.facts[n-1].Source // the list's verb and who told it
		}
		p := g.parent
		if g.link == "" && (hasPrefixFold(b[skipSpaceInline(b, g.f.end):], "of them") || hasPrefixFold(b[skipSpaceInline(b, g.end):], "of them")) {
			p = len(x.facts) - 1 // "nearly a third of them children": a share of the count before
		} else if g.link != "part" {
			p = -1
		}
		if fact.Source == "reporter" && p >= 0 && x.facts[p].Start >= s.start && x.facts[p].End < g.start && !x.insideSubject(s, g.start) {
			// "More than 1,700 people have landed ..., Boris Cheshirkov
			// told a news conference in Geneva, nearly a third of them
			// children": a part tacked on after the attribution is the
			// whole's speaker's (not "Jordan, which counts about 1.3
			// million Syrians on its soil, half of them registered refugees,
			// says", the reporter's gloss of the subject).
			fact.Source = x.facts[p].Source
		}
		fact.Location = x.location(s, g, fact.Category, fact.Unit)
		x.facts = append(x.facts, fact)
	}
	x.shareLaterVerb(first)
}

// shareLaterVerb gives the deaths a sentence's verb tells to the counts
// coordinated before the one it follows: "at least 218 civilians, 18 of
// them children, and more than 250 fighters ... have been killed" kills
// the civilians and their children too. Facts from first on are the
// sentence's.
func (x *extractor) shareLaterVerb(first int) {
	facts := x.facts[first:]
	for i, f := range facts {
		if f.Rule != "other" || !isPersonUnit(f.Unit) {
			continue
		}
		for j := i + 1; j < len(facts); j++ {
			q := facts[j]
			if q.Rule == "part" {
				continue
			}
			between := x.body[f.End:q.Start]
			if q.Category == Killed && (q.Rule == "killed" || q.Rule == "killed-direct") && strings.HasSuffix(strings.TrimRight(between, " "), "and") &&
				!strings.ContainsAny(between, ".;:") && !hasVerbWord(between) {
				for k := i; k < j; k++ {
					if k == i || facts[k].Rule == "part" {
						facts[k].Category, facts[k].Rule = Killed, "shared-verb"
						if facts[k].PeriodStart.IsZero() {
							facts[k].PeriodStart = q.PeriodStart
						}
					}
				}
			}
			break
		}
	}
}

// hasVerbWord reports text with a finite verb of its own: an auxiliary or
// a past tense.
func hasVerbWord(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ",()")
		if auxVerbs[w] || strings.HasSuffix(w, "ed") && len(w) > 4 {
			return true
		}
	}
	return false
}

// previousSentenceStart returns the start of the sentence before s in its
// paragraph, or the start of s when it opens the paragraph.
func (x *extractor) previousSentenceStart(s span) int {
	b := x.body
	if s.start == 0 || b[s.start-1] == '\n' {
		return s.start
	}
	return sentenceAt(b, prevNonSpace(b, s.start)).start
}

// paragraph returns the 1-based paragraph number of offset pos; offsets
// come in increasing order.
func (x *extractor) paragraph(pos int) int {
	for {
		i := strings.Index(x.body[x.paraPos:pos], "\n\n")
		if i < 0 {
			break
		}
		x.para++
		x.paraPos += i + 2
	}
	return x.para
}

// modalVerbs say what could be, not what is.
var modalVerbs = wordSet(`could would may might will can should must`)

// contexts sets each figure's clause: from the last clause break before
// it to the first after it. Between two figures the split is the last
// break between them; with none, both share the words between.
func (x *extractor) contexts(s span, figs []*fig) {
	b := x.body
	for k, g := range figs {
		// Before.
		from := s.start
		if k > 0 {
			from = figs[k-1].end
		}
		g.preStart, g.preWord = from, ""
		if brs := breaksIn(b, from, g.start, true); len(brs) > 0 {
			br := brs[len(brs)-1]
			g.preStart, g.preWord = br.at, br.word
		} else if k > 0 && figs[k-1].link != "" && g.link == "" {
			g.preStart = from
		}
		if g.link == "part" && k > 0 {
			// ", including five children": the part's own clause.
			if brs := breaksIn(b, from, g.start, true); len(brs) > 0 {
				g.preStart = brs[len(brs)-1].at
			}
		}
		if g.preWord == "where" {
			// "the Bardarash camp, where ...": the place is part of the
			// clause; not a modal before it ("more could arrive from
			// Idlib, where nearly a million have been uprooted"), which is
			// the main clause's.
			at := g.preStart
			g.preStart = wordsBack(b, g.preStart, 4, s.start)
			for i := g.preStart; i < at; i++ {
				if atWordStart(b, i) && isLetter(b[i]) {
					if w := letterRun(b, i); modalVerbs[strings.ToLower(w)] {
						g.preStart = skipSpaceInline(b, i+len(w))
					}
				}
			}
		}
		if c := prevNonSpace(b, g.preStart); g.preStart > s.start && b[c] == ',' && strings.HasPrefix(strings.ToLower(trimSpaceLeft(b[g.preStart:g.start])), "at ") {
			// "Jordanian officials put the number of people waiting at
			// the border higher, at around 95,000": the count the clause
			// before names.
			if from := strings.LastIndex(b[s.start:c], " the number of "); from >= 0 && restatesNamed(b[s.start:c]) {
				g.preStart = s.start + from + 1
			}
		}
		if o := strings.LastIndexByte(b[g.preStart:g.start], '('); o >= 0 && !strings.Contains(b[g.preStart+o:g.start], ")") && bracketClause(b, g.end, s.end) {
			// "... sleeping in the open (another 36,000 are living in
			// schools)": an aside in brackets with a verb of its own is a
			// clause of its own; "the most crowded (19 342)" is not.
			g.preStart += o + 1
		}
		// After.
		t := g.end
		if e := transparentAfter(b, t, s.end); e > 0 {
			t = e
		} else if e := appositiveSubject(b, s, g); e > 0 {
			t = e
		}
		next := -1
		for j := k + 1; j < len(figs); j++ {
			if figs[j].start >= t {
				next = j
				break
			}
		}
		if next >= 0 {
			brs := breaksIn(b, t, figs[next].start, true)
			if len(brs) > 0 {
				g.postEnd = brs[len(brs)-1].before
				if relativeWords[g.preWord] && b[brs[0].before] == ',' {
					// "Turkey, which hosts 3.6 million refugees, said it
					// would ...": the relative clause ends at its comma.
					g.postEnd = brs[0].before
				}
			} else {
				g.postEnd = figs[next].end
			}
		} else {
			g.postEnd = s.end
			asideEnd := -1 // the comma that closes a place's aside
			for _, br := range breaksIn(b, t, s.end, false) {
				if br.before == asideEnd {
					continue
				}
				if relativeWords[br.word] && (skipSpaceInline(b, t) == br.at || strings.EqualFold(strings.TrimSpace(b[t:br.at]), "or so")) {
					continue // "people who fled ... were sheltering", "the 1,700 or so who landed": one clause
				}
				if relativeWords[br.word] && strings.HasSuffix(strings.ToLower(strings.TrimSpace(b[t:br.at])), "among those") {
					continue // "70,000 children are among those who have fled"
				}
				if b[br.before] == ',' && nameListComma(b, br.before) {
					continue // "had reached Lesbos, Chios and Samos in the 24 hours to Wednesday": one list of places
				}
				if b[br.before] == ',' && (br.word == "" || pronouns[br.word]) && attributionAside(b[br.at:s.end]) && wordCount(b[g.end:br.before]) <= 1 {
					// "Thousands more, it said, are sleeping in the open": the
					// statement's verb set off between the figure and its own
					asideEnd = br.at + strings.IndexByte(b[br.at:], ',')
					continue
				}
				if b[br.before] == ',' && br.word == "" && directionAside(b[br.at:s.end]) {
					// "had reached the area around Azaz, north of Aleppo, in
					// the past week": a place's aside
					asideEnd = br.at + strings.IndexByte(b[br.at:], ',')
					continue
				}
				if w := strings.ToLower(letterRun(b, skipSpaceInline(b, br.at))); br.word == "" && b[br.before] == ',' &&
					(strings.HasSuffix(w, "ing") && w != "including" && w != "according" && !speechVerbs[w] || w == "without") {
					// "were still on the quay, sleeping on the concrete": a
					// participle goes on with the figure's own predicate, as
					// does ", without proper shelter".
					continue
				}
				g.postEnd = br.before
				break
			}
		}
		if a := secondClause(b[t:g.postEnd]); t < g.postEnd && a >= 0 {
			// "said that more than 1,700 people had reached the islands
			// and that none of them would be allowed to apply": "and
			// that" opens a second reported clause; "had taken in more
			// than 1.3 million Syrians since 2011 and would help the
			// displaced": "and" and a modal, a second predicate.
			g.postEnd = t + a
		}
		if c := skipSpaceInline(b, g.end); c < g.postEnd && b[c] == ',' && homeToAside(b, s.start, g.start) {
			// "Turkey, home to some 3.6 million Syrian refugees, said it
			// would no longer stop migrants": the aside ends at its comma.
			g.postEnd = c
		}
		if g.postEnd < g.end {
			g.postEnd = g.end
		}
	}
	// "300 tents and 40 latrines were destroyed": a figure joined to the
	// next by a bare "and" shares its predicate.
	for k := len(figs) - 2; k >= 0; k-- {
		if between := b[figs[k].end:figs[k+1].start]; conjoined(between) || amongNext(between) || modifiedConjoined(between) {
			figs[k].postEnd = max(figs[k].postEnd, figs[k+1].postEnd)
			if figs[k].unit == "" && figs[k].f.unit == "" && isMilitaryUnit(figs[k+1].unit) && strings.TrimSpace(strings.ToLower(between)) == "of the" {
				// "About 700 of the roughly 1,000 U.S. troops in northern
				// Syria": a part of the troops is troops
				figs[k].unit = figs[k+1].unit
			}
		} else if k+2 < len(figs) && bracketedPart(b, figs[k], figs[k+1]) && conjoined(b[figs[k+1].end:figs[k+2].start]) {
			// "69 civilians (including 9 children) and 135 fighters have
			// been killed": the part in brackets and the whole both.
			figs[k].postEnd = max(figs[k].postEnd, figs[k+2].postEnd)
			figs[k+1].postEnd = max(figs[k+1].postEnd, figs[k+2].postEnd)
		}
	}
	// "At least 218 civilians, 18 of them children, have been killed": a
	// part set off by commas between a subject and its verb; the whole's
	// clause goes on after the part's closing comma.
	// Brackets set a part off as commas do: "at least 50,000 of those who
	// fled (about a quarter of them children) were sheltering in schools".
	for k := 0; k+1 < len(figs); k++ {
		p := figs[k+1]
		closer := byte(',')
		switch between := strings.TrimSpace(b[figs[k].end:p.start]); {
		case between == ",":
		case shortModifier(strings.TrimSpace(strings.TrimSuffix(between, "including"))):
			// "about 176,000 people in northeast Syria, including nearly
			// 70,000 children, have been displaced": the whole's noun
			// ends with where they are before the part.
		case strings.HasSuffix(between, "(") && !strings.ContainsAny(between[:len(between)-1], ",;:()") && wordCount(between) <= 4:
			closer = ')' // also after "of those who fled ("
		default:
			continue
		}
		pend := p.end
		if rest := strings.ToLower(b[pend:min(s.end, pend+40)]); p.unit == "percent" && (strings.HasPrefix(rest, " of them ") || strings.HasPrefix(rest, " of whom ")) {
			// "about 15,000 people, more than half of them children,
			// without a roof": a share of the count, as an aside.
			if c := strings.IndexByte(rest, closer); c > 0 && wordCount(rest[:c]) <= 3 && !strings.Contains(rest[:c], " in ") && !strings.Contains(rest[:c], " at ") {
				pend += c // not "about 40 percent of them in camps,": that aside says where
			}
		} else if p.link != "part" {
			continue
		}
		c := skipSpaceInline(b, pend)
		if c >= s.end || b[c] != closer {
			continue
		}
		end := s.end
		if k+2 < len(figs) {
			end = figs[k+2].start
		}
		if brs := breaksIn(b, c+1, end, false); len(brs) > 0 {
			end = brs[0].before
		}
		figs[k].postEnd = max(figs[k].postEnd, end)
	}
}

// amongNext reports the text between two figures that makes the first a
// part of the second, which it shares the predicate of: "100 children
// were among the 299 civilians killed", "home to 360,000 of the 950,000
// refugees registered in the country".
func amongNext(between string) bool {
	ws := strings.Fields(strings.ToLower(between))
	return len(ws) == 3 && beWords[ws[0]] && ws[1] == "among" && ws[2] == "the" ||
		len(ws) == 2 && ws[0] == "of" && (ws[1] == "the" || possessives[ws[1]]) // "About 40 of our 900 residents have gone"
}

// conjoined reports the text between two figures that joins them as one
// subject: "and", "or", "and a few".
func conjoined(between string) bool {
	ws := strings.Fields(strings.ToLower(between))
	if len(ws) > 0 && ws[0] == ")" {
		ws = ws[1:] // "(including 9 children) and": after a bracketed part
	}
	if len(ws) == 0 || ws[0] != "and" && ws[0] != "or" {
		return false
	}
	for _, w := range ws[1:] {
		if w != "a" && w != "an" && w != "few" && w != "several" && w != "many" {
			return false
		}
	}
	return true
}

// modifierOpeners open a phrase that modifies the noun before it: "30
// children with links to Finland and 11 women".
var modifierOpeners = wordSet(`with from of in aged under without`)

// comparedTo returns 1 when a restating clause says its figure is
// higher than the count before ("put the figure far higher, at"), -1 when
// lower, else 0.
func comparedTo(before string) int {
	ws := clauseWords(before)
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-5; i-- {
		switch ws[i] {
		case "higher":
			return 1
		case "lower":
			return -1
		}
	}
	return 0
}

// restatesNamed reports a clause that puts a number it names before a
// comma: "put the number of people waiting at the border higher".
func restatesNamed(clause string) bool {
	ws := clauseWords(clause)
	for i, w := range ws {
		if putVerbs[w] && i+3 < len(ws) && ws[i+1] == "the" && ws[i+2] == "number" && ws[i+3] == "of" {
			return true
		}
	}
	return false
}

// restatedCategory returns the kind of count a restating clause names
// ("puts the figure for the displaced higher", "the number of displaced").
func restatedCategory(before string) (Category, bool) {
	low := strings.ToLower(before)
	if strings.Contains(low, "camp's population") || strings.Contains(low, "camp’s population") || strings.Contains(low, "population of the camp") {
		return Sheltered, true // "Moscow puts the camp's population higher, at about 50,000"
	}
	for _, k := range []string{"figure for the displaced", "number of displaced", "number of the displaced", "figure for displaced", "count of the displaced"} {
		if strings.Contains(low, k) {
			return Displaced, true
		}
	}
	return "", false
}

// placePopulation reports a figure that counts who lives in a place:
// "home to" right before it, or "live in" and a name right after it.
func placePopulation(b string, s span, g *fig) bool {
	ws := wordsBefore(b, g.start, 2)
	if len(ws) == 2 && ws[0] == "which" && (ws[1] == "held" || ws[1] == "had") {
		// "Idlib city, which held about 1 million people before the
		// offensive": the named town's people
		return namesRegion(b[s.start:g.start])
	}
	if len(ws) == 2 && ws[0] == "home" && ws[1] == "to" {
		// "Idlib, the last rebel stronghold, was home to": the sentence
		// says the place is no camp ("Zaatari is home to" is one).
		return namesRegion(b[s.start:g.start]) && !namesDwelling(b[s.start:s.end])
	}
	k := skipSpaceInline(b, g.end)
	verb := letterRun(b, k)
	if verb == "are" || verb == "were" {
		// "are thought to remain in Afrin city"
		if w := letterRun(b, skipSpaceInline(b, k+len(verb))); w == "thought" || w == "believed" || w == "estimated" || w == "said" {
			k = skipSpaceInline(b, skipSpaceInline(b, k+len(verb))+len(w))
			if !hasWordFold(b[k:], "to") {
				return false
			}
			k = skipSpaceInline(b, k+2)
			verb = letterRun(b, k)
		}
	}
	if !residenceVerbs[verb] {
		return false
	}
	k = skipSpaceInline(b, k+len(verb))
	if !hasWordFold(b[k:], "in") {
		return false
	}
	k = skipSpaceInline(b, k+2)
	name := letterRun(b, k)
	if name == "" || !isUpper(name[0]) || !regionNouns[strings.ToLower(letterRun(b, skipSpaceInline(b, k+len(name))))] {
		return false // "3.6 million live in Turkey": a country's refugees
	}
	return !namesDwelling(b[s.start:s.end])
}

// namesDwelling reports a sentence that names tents, huts or other
// makeshift homes, whose people are sheltered.
func namesDwelling(sentence string) bool {
	return slices.ContainsFunc(clauseWords(sentence), func(w string) bool { return dwellingNouns[w] })
}

// residenceVerbs after a count of people say where they live.
var residenceVerbs = wordSet(`live lives lived living remain remains remained`)

// regionNouns after a name make it a place that is no camp: "Idlib
// province".
var regionNouns = wordSet(`province governorate region city town district`)

// namesRegion reports text that names a country, province, town or region
// ("Jordan", "Idlib province", "the last rebel stronghold", "Idlib and
// adjacent areas"), not only a place near one
// ("near the city of Mafraq").
func namesRegion(text string) bool {
	ws := strings.Fields(text)
	for k, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",;:()"))
		if lw == "stronghold" || lw == "enclave" || k > 0 && regionNouns[lw] && isUpper(ws[k-1][0]) || isUpper(w[0]) && countryNames[lw] ||
			lw == "areas" && k >= 2 && ws[k-2] == "and" && k == 3 && isUpper(ws[0][0]) && !determiners[strings.ToLower(ws[0])] {
			return true
		}
	}
	return false
}

// residentsAfterRefugees reports the text before a count of a nationality
// that counts a place's refugees first: "a hilltop town home to roughly
// 60,000 Syrian refugees and about".
func residentsAfterRefugees(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	ws = withoutTrailingHedges(ws)
	n := len(ws)
	return n >= 4 && ws[n-1] == "and" && strings.Trim(ws[n-2], ",") == "refugees" && strings.Contains(strings.Join(ws, " "), "home to ")
}

// populationFrame reports the words before a figure that say a place's
// people follow: "home to roughly", "a town of about" (not "hosts").
func populationFrame(ws []string) bool {
	ws = withoutTrailingHedges(ws)
	n := len(ws)
	return n >= 1 && ws[n-1] == "of" || n >= 2 && ws[n-2] == "home" && ws[n-1] == "to"
}

// residentsBeside reports the text after a count of a nationality that
// sets refugees beside it: " and some 60,000 Syrian refugees", " that
// also hosts some 60,000 Syrian refugees".
func residentsBeside(after string) bool {
	after = strings.TrimPrefix(strings.TrimSpace(after), ",")
	rest, ok := "", false
	for _, join := range []string{"and ", "that also hosts ", "which also hosts ", "also hosts ", "hosts ", "as well as ", "alongside "} {
		if rest, ok = strings.CutPrefix(strings.TrimSpace(after), join); ok {
			break
		}
	}
	if !ok {
		return false
	}
	ws := strings.Fields(rest)
	for k, w := range ws {
		if k == 6 {
			break
		}
		if lw := strings.Trim(strings.ToLower(w), ",.;"); lw == "refugees" || lw == "refugee" {
			return slices.ContainsFunc(ws[:k], func(w string) bool { return isDigit(w[0]) })
		}
	}
	return false
}

// dwellingNouns are the makeshift homes whose people are sheltered.
var dwellingNouns = wordSet(`tents tent structures huts shacks containers caravans shelters`)

// nameHas reports a sentence opening that is only a name, perhaps with an
// aside, and "has" or "holds" (the figure's hedge after it): "Azraq, out
// in the desert, has about". A country's name is no camp's.
func nameHas(text string) bool {
	if i := strings.Index(text, ","); i > 0 {
		if j := strings.Index(text[i+1:], ","); j >= 0 {
			text = text[:i] + text[i+1+j+1:]
		}
	}
	ws := strings.Fields(text)
	if len(ws) < 2 || len(ws) > 5 || !isUpper(ws[0][0]) || countryNames[strings.ToLower(ws[0])] || !lettersOnly(ws[0]) {
		return false
	}
	if v := strings.ToLower(ws[1]); v != "has" && v != "holds" {
		return false
	}
	for _, w := range ws[2:] {
		if !isLower(w[0]) || strings.ContainsAny(w, ",;:") {
			return false
		}
	}
	return true
}

// headerNamesDisplaced reports the header of a two-column table whose
// first cell is about the displaced: "Where the displaced are | UN
// estimate" (a wider table's columns may count other things).
func headerNamesDisplaced(header string) bool {
	first, _, two := strings.Cut(strings.ToLower(header), "|")
	return two && strings.Count(header, "|") == 1 && strings.Contains(first, "displaced")
}

// livesInCamp reports "live in" (or "live in and around") and the name of
// a camp of the article right after a figure's noun phrase ending at end,
// before limit (the end of its sentence).
func (x *extractor) livesInCamp(end, limit int) bool {
	ws := strings.Fields(x.body[end:min(limit, end+60)])
	if len(ws) < 3 || !residenceVerbs[strings.ToLower(ws[0])] || ws[1] != "in" {
		return false
	}
	name := ws[2]
	if len(ws) >= 5 && ws[2] == "and" && ws[3] == "around" {
		name = ws[4]
	}
	name = strings.Trim(name, ",.;:")
	return name != "" && isUpper(name[0]) && x.campNames()[strings.ToLower(name)]
}

// stillAtCamp reports a figure whose people live or remain at the camp
// the sentence opens with, named and set off by a comma: "At the Rukban
// settlement, on the Syrian side of the border, about 29,000 people
// remain".
func (x *extractor) stillAtCamp(s span, g *fig) bool {
	ws := strings.Fields(x.body[s.start:g.start])
	if len(ws) < 5 || ws[0] != "At" && ws[0] != "In" || ws[1] != "the" || !isUpper(ws[2][0]) ||
		ws[3] != "camp," && ws[3] != "settlement," {
		return false
	}
	after := strings.Fields(x.body[g.end:s.end])
	return len(after) > 0 && residenceVerbs[strings.TrimRight(after[0], ",;")]
}

// thereInCamp reports a sentence that opens "In <camp> there are" (or
// "In the <camp> camp there were") right before the figure phrase at i:
// the camp is a name the article gives a camp.
func (x *extractor) thereInCamp(s span, i int) bool {
	ws := strings.Fields(x.body[s.start:i])
	if len(ws) < 4 || ws[0] != "In" {
		return false
	}
	ws = ws[1:]
	if strings.EqualFold(ws[0], "the") {
		ws = ws[1:]
	}
	if len(ws) < 3 || !isUpper(ws[0][0]) || !x.campNames()[strings.ToLower(ws[0])] {
		return false
	}
	ws = ws[1:]
	if ws[0] == "camp" {
		ws = ws[1:]
	}
	// (not "there are schools for 300 children": the figure's phrase,
	// hedge and all, follows the verb)
	return len(ws) == 2 && ws[0] == "there" && beWords[ws[1]]
}

// campHomeTo reports a figure right after "home to" in a sentence that
// opens with the name of a camp the article names: "Zaatari opened in
// 2012 and is now home to roughly 78,000 Syrians", or with a camp and
// its name set off: "The best-known camp, Zaatari, opened in 2012 ...".
func (x *extractor) campHomeTo(s span, i int) bool {
	if ws := wordsBefore(x.body, i, 2); len(ws) != 2 || ws[0] != "home" || ws[1] != "to" {
		return false
	}
	ws := strings.Fields(x.body[s.start:i])
	if len(ws) > 0 && ws[0] == "The" {
		ws = ws[1:]
	}
	for k := 0; k < 3 && k+3 < len(ws); k++ {
		if ws[k] == "camp," {
			// "The best-known camp, Zaatari, opened in 2012 and is home
			// to ...": the camp's name set off between commas after it
			name := ws[k+1]
			return isUpper(name[0]) && strings.HasSuffix(name, ",") && len(name) > 2
		}
	}
	return len(ws) >= 3 && isUpper(ws[0][0]) && x.campNames()[strings.ToLower(ws[0])]
}

// asideJoin reports the words that open a part set off in the sentence
// of its whole, "including", "among them": the part has no verb of its
// own ("and 11 of them have been displaced" has; a comma before the part
// sets it off too, "10 protesters, two of them for head wounds").
func asideJoin(ws []string) bool {
	n := len(ws)
	return n >= 1 && ws[n-1] == "including" || n == 2 && ws[0] == "among" && (ws[1] == "them" || ws[1] == "whom")
}

// fromPeak reports the words before a figure that compare it with the
// count before: "down from", "up from", "down from a peak of".
func fromPeak(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i] == "down" || ws[i] == "up") && ws[i+1] == "from" {
			rest := ws[i+2:]
			// "up from the 900,000 it reported on Monday": the count told
			// before
			return len(rest) == 0 || len(rest) == 1 && rest[0] == "the" ||
				len(rest) == 3 && rest[0] == "a" && (rest[1] == "peak" || rest[1] == "high" || rest[1] == "low") && rest[2] == "of"
		}
	}
	return false
}

// wereRefugees reports a part whose own verb calls it refugees: "Of
// those, 25.9 million were refugees", or that is counted as refugees:
// "about 5.6 million of them as refugees in neighboring countries".
func wereRefugees(after string) bool {
	ws := strings.Fields(strings.ToLower(after))
	return len(ws) >= 2 && (ws[0] == "were" || ws[0] == "are" || ws[0] == "as") && strings.HasPrefix(ws[1], "refugees")
}

// withoutShelterAfter reports a relative clause, within a few words after
// a figure, that says its people have no shelter: "in Idlib who have no
// tent", "who sleep in the open".
func withoutShelterAfter(after string) bool {
	ws := strings.Fields(strings.ToLower(after))
	for i, w := range ws {
		if i > 3 {
			return false
		}
		if w != "who" && w != "that" {
			continue
		}
		rest := strings.Join(ws[i+1:min(len(ws), i+6)], " ")
		for _, p := range []string{"have no tent", "have no shelter", "have no roof", "has no tent", "had no tent", "had no shelter", "sleep in the open", "sleep rough", "are sleeping in the open", "sleep under trees"} {
			if strings.HasPrefix(rest, p) {
				return true
			}
		}
		return false
	}
	return false
}

// convoyVerbs say a convoy brought aid: "bringing food and medicine to".
var convoyVerbs = wordSet(`bringing brought delivering delivered handing handed distributing distributed carrying carried`)

// rationUnits are the portions aid is shared out in, one to a household.
var rationUnits = wordSet(`parcels packages kits baskets boxes vouchers packs`)

// aidGoods are what a convoy brings to people.
var aidGoods = wordSet(`food medicine medicines aid supplies assistance blankets vaccines rations`)

// aidToOneCamp reports a figure that aid goods were brought to, at i, in
// a sentence that names one camp: "reached the Rukban camp ..., bringing
// food and medicine to some 40,000 people". Those people are the camp's;
// "food parcels to 12,400 families in the camps" counts aid's reach.
func aidToOneCamp(b string, s span, i int) bool {
	ws := wordsBefore(b, i, 6)
	if len(ws) < 2 || ws[len(ws)-1] != "to" || !slices.ContainsFunc(ws, func(w string) bool { return aidGoods[w] }) {
		return false
	}
	if rationUnits[ws[len(ws)-2]] {
		return false // "handed out food parcels to more than 2,600 families": a share-out, counted by household
	}
	lead := clauseWords(b[s.start:i])
	if !slices.ContainsFunc(lead[max(0, len(lead)-12):], func(w string) bool { return convoyVerbs[w] }) {
		return false // "the blankets went to 600 families": aid's reach
	}
	camps := 0
	for _, w := range clauseWords(b[s.start:s.end]) {
		switch w {
		case "camp":
			camps++
		case "camps":
			return false
		}
	}
	return camps > 0
}

// homeToAside reports ", home to" right before the figure (its hedge
// included) at i: an apposition to the noun before the comma.
func homeToAside(b string, from, i int) bool {
	if ws := wordsBefore(b, i, 2); len(ws) < 2 || ws[0] != "home" || ws[1] != "to" {
		return false
	}
	k := strings.LastIndex(b[from:i], "home")
	return k > 0 && b[prevNonSpace(b, from+k)] == ','
}

// shortModifier reports a phrase of two to seven words that modifies the
// noun before it, has no verb of its own and ends at a comma: "in
// northeast Syria,".
func shortModifier(phrase string) bool {
	phrase, ok := strings.CutSuffix(phrase, ",")
	if !ok || strings.ContainsAny(phrase, ",;:()\"“”") {
		return false
	}
	ws := strings.Fields(strings.ToLower(phrase))
	if len(ws) < 2 || len(ws) > 7 || !modifierOpeners[ws[0]] {
		return false
	}
	return modifierWords(ws[1:])
}

// modifiedConjoined reports the text between two figures that ends the
// first one's noun with a short modifier and joins the next by "and":
// "with links to Finland and". No verb, no comma: the two share the
// predicate after the second.
func modifiedConjoined(between string) bool {
	if o := strings.IndexByte(between, '('); o >= 0 {
		// "74 fighters of the Kurdish-led Syrian Democratic Forces (SDF)
		// and 38 civilians": an acronym in brackets is part of the name
		if c := strings.IndexByte(between[o:], ')'); c > 1 && isAcronym(between[o+1:o+c]) {
			between = between[:o] + between[o+c+1:]
		}
	}
	if strings.ContainsAny(between, ",;:()") {
		return false
	}
	ws := strings.Fields(strings.ToLower(between))
	if len(ws) < 3 || len(ws) > 9 || !modifierOpeners[ws[0]] || ws[len(ws)-1] != "and" {
		return false
	}
	return modifierWords(ws[1 : len(ws)-1])
}

// modifierWords reports lower-case words with no auxiliary, form of "be"
// or participle among them: a modifier, not a clause. A hyphenated
// participle ("Kurdish-led", "Turkish-backed") is an adjective.
func modifierWords(ws []string) bool {
	for _, w := range ws {
		if auxVerbs[w] || beWords[w] || !strings.Contains(w, "-") && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			return false
		}
	}
	return true
}

// bracketClause reports an auxiliary verb between a figure ending at end
// and the bracket that closes it: "another 36,000 are living in schools)".
func bracketClause(b string, end, send int) bool {
	c := strings.IndexByte(b[end:send], ')')
	if c < 0 {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(b[end : end+c])) {
		if auxVerbs[w] {
			return true
		}
	}
	return false
}

// trailingCount reports a figure whose noun phrase, ending at end, ends
// its sentence (which ends at send): nothing but closing punctuation
// follows, or a phrase of place or time with no verb ("and 20 in Turkish
// border towns.", "but only 62 in fiscal 2018").
func trailingCount(b string, end, send int) bool {
	rest := strings.Trim(b[min(end, send):send], " .;!\"”’)")
	if rest == "" {
		return true
	}
	if c := strings.IndexByte(rest, ','); c >= 0 {
		rest = rest[:c] // "..., State Department figures show."
	}
	first := strings.ToLower(letterRun(rest, 0))
	switch first {
	case "in", "on", "at", "across", "near", "towards", "toward", "for", "from":
		// "... some 160,000 had fled towards Quneitra and about 60,000
		// towards the Nasib crossing", "and up to 60,000 for the Nassib
		// crossing", "... and 18 civilians in Turkish border towns such as
		// Akcakale and Nusaybin"
		return wordCount(rest) <= 9 && verbless(rest)
	}
	return false
}

// gappedPlace returns the country or camp (one of camps, lower case)
// before a count whose verb is left out, in a list that an earlier count
// of the sentence opened: ", Lebanon about 915,000 and Jordan some 655
// 000", "and Azraq about 40,000". The count (its hedge starts at qs, it
// ends at end) has no verb after it in its clause.
func gappedPlace(b string, s span, qs, end int, camps map[string]bool) string {
	pre := strings.TrimRight(b[s.start:qs], " \u00a0")
	k := len(pre)
	for n := 0; n < 3; n++ {
		w, at := wordBack(pre, k)
		if w == "" || !isUpper(w[0]) {
			break
		}
		k = at
	}
	if name := strings.TrimSpace(pre[k:]); k == len(pre) || !hasLower(countryNames, name) && !hasLower(camps, name) {
		return ""
	}
	sep := strings.TrimRight(pre[:k], " ")
	if !strings.HasSuffix(sep, ",") && !strings.HasSuffix(sep, " and") || !hasDigit(sep) {
		return ""
	}
	rest := b[min(end, s.end):s.end]
	if c := strings.IndexAny(rest, ",;"); c >= 0 {
		rest = rest[:c]
	}
	if !verbless(rest) {
		return ""
	}
	return strings.TrimSpace(pre[k:])
}

// bracketedPart reports a part of figure g in brackets right after it:
// "69 civilians (including 9 children)".
func bracketedPart(b string, g, part *fig) bool {
	return part.link == "part" && strings.HasPrefix(trimSpaceLeft(b[g.end:part.start]), "(") &&
		strings.HasPrefix(trimSpaceLeft(b[part.end:]), ")")
}

// wordsBack returns the offset n words before i, not before limit.
func wordsBack(b string, i, n, limit int) int {
	for ; n > 0 && i > limit; n-- {
		j := skipSpaceBack(b, i)
		for j > limit && b[j-1] == ',' {
			j = skipSpaceBack(b, j-1)
		}
		k := j
		for k > limit && !isSpace(b[k-1]) && b[k-1] != ',' {
			k--
		}
		i = k
	}
	return i
}

// populationUnits count everyone in a place, not one group of them.
var populationUnits = wordSet(`people residents inhabitants population civilians`)

// shareWordsBefore name a share of a whole: "a third of the".
var shareWordsBefore = wordSet(`half third thirds quarter quarters fifth fifths tenth tenths percent cent majority`)

// shareWhole reports text before a figure that ends in a share of it: "a
// third of the", "40 percent of the".
func shareWhole(before string) bool {
	w, pct := shareOfThe(before)
	return hasLower(shareWordsBefore, w) || pct
}

// shareOfThe returns the word before a closing "of the", "third" in "a
// third of the", and whether a percent sign stands there instead ("40%
// of the").
func shareOfThe(before string) (string, bool) {
	t := strings.TrimRight(before, " \u00a0")
	t, ok := strings.CutSuffix(t, " the")
	if !ok {
		return "", false
	}
	t, ok = strings.CutSuffix(t, " of")
	if !ok {
		return "", false
	}
	w, _ := wordBack(t, len(t))
	return w, strings.HasSuffix(t, "%")
}

// vagueShares are the vague parts of a whole counted after them: "Many of
// the 960,000 displaced".
var vagueShares = wordSet(`many most some thousands hundreds`)

// vagueShareOf reports words ending in a vague share of a whole, "Many of
// the", "most of the", before the whole's count.
func vagueShareOf(before string) bool {
	w, _ := shareOfThe(before)
	return hasLower(vagueShares, w)
}

// partOpeners open a list item that counts part of the item before.
var partOpeners = []string{"of which", "of whom", "of them", "of these", "of those", "among them", "among these", "including"}

// partItem returns the fact of the list item before s when s is an item
// that counts part of it ("Of which in the Bekaa valley: 241"), its
// figure right after the label's colon.
func (x *extractor) partItem(s span, g *fig) (Fact, bool) {
	b := x.body
	if len(x.facts) == 0 || g.unit != "" || g.f.unit != "" || x.facts[len(x.facts)-1].Start >= s.start {
		return Fact{}, false
	}
	line := strings.TrimLeft(b[s.start:g.start], "-•*· \t")
	c := strings.IndexByte(line, ':')
	if c < 0 || strings.TrimSpace(line[c+1:]) != "" || !slices.ContainsFunc(partOpeners, func(p string) bool { return hasWordFold(line, p) }) ||
		tellsCategory(clauseWords(line[:c])) {
		// "Of whom sheltering in camps: 408 000" says what it counts.
		return Fact{}, false
	}
	if _, ok := x.introOf(s); !ok && !hasPrefixFold(line, "of whom ") && !hasPrefixFold(line, "of which ") {
		// ("- Of whom in the Bekaa Valley: about 340,000" under an item
		// opens its own part, whatever introduces the list)
		return Fact{}, false
	}
	p := x.facts[len(x.facts)-1]
	if gap := b[p.End:s.start]; len(gap) > 200 || strings.ContainsAny(gap, ".!?") || strings.Count(gap, "\n") > 2 {
		return Fact{}, false
	}
	return p, true
}

// withStatus reports people named by their status after their noun:
// "the roughly 10,000 people with refugee status" are refugees, not a
// population.
func withStatus(after string) bool {
	low := strings.ToLower(trimSpaceLeft(after))
	return strings.HasPrefix(low, "with refugee status") || strings.HasPrefix(low, "with asylum") ||
		strings.HasPrefix(low, "with protection status") || strings.HasPrefix(low, "granted asylum")
}

// categorise applies the rule table to the figure's clause; a figure that
// is part of, next to or a restatement of another takes that one's
// category when its clause says nothing; military personnel are troops;
// everything else is other.
func (x *extractor) categorise(fact *Fact, s span, g *fig) {
	if g.baseline && g.parent >= 0 {
		p := x.facts[g.parent]
		fact.Category, fact.Rule, fact.Unit = p.Category, "baseline", p.Unit
		return
	}
	if p, ok := x.partItem(s, g); ok {
		// "- Settlements flooded: 362" then "- Of which in the Bekaa: 241":
		// the item counts part of the one before.
		fact.Category, fact.Rule, fact.Unit = p.Category, "part-item", p.Unit
		return
	}

	if g.subRow && g.parent >= 0 {
		// "of whom children | nearly 70,000 | UNICEF" under "Displaced ...
		// | 166,000 | OCHA": the row above's kind, whatever the caption
		// says
		fact.Category, fact.Rule = x.facts[g.parent].Category, "part"
		return
	}
	if vagueShareOf(x.body[s.start:g.start]) && displacedNoun(x.body[g.f.end:g.end]) {
		// "Many of the 960,000 displaced are living under trees": the
		// predicate is the part's; the whole is the displaced
		fact.Category, fact.Rule = Displaced, "share-whole"
		return
	}
	if shareWhole(x.body[s.start:g.start]) && populationUnits[strings.ToLower(g.unit)] && !withStatus(x.body[g.end:s.end]) {
		// "Roughly a third of the 3 million people in Idlib province are
		// now displaced": the whole the share is of is a population.
		fact.Category, fact.Rule = Other, "share-whole"
		return
	}

	if (isPersonUnit(g.unit) || g.unit == "") && tollPutAt(x.body[s.start:g.start]) {
		// "has put the civilian toll in Idlib ... since the offensive
		// began on April 30 last year at more than 1,500": the dead
		fact.Category, fact.Rule = Killed, "toll"
		return
	}
	if demonymCountry[strings.ToLower(g.unit)] != "" && (residentsBeside(x.body[g.end:s.end]) && populationFrame(wordsBefore(x.body, g.start, 3)) || residentsAfterRefugees(x.body[s.start:g.start])) {
		// "Arsal, home to roughly 15,000 Lebanese and some 60,000 Syrian
		// refugees": the town's own people, set beside the refugees it
		// hosts
		fact.Category, fact.Rule = Other, "residents-beside"
		return
	}
	if ws := wordsBefore(x.body, g.start, 2); strings.ToLower(g.unit) == "relatives" && len(ws) == 2 && ws[1] == "and" && (ws[0] == "he" || ws[0] == "she" || ws[0] == "i") {
		// "he and 14 relatives had been sleeping under a plastic sheet":
		// one man's household
		fact.Category, fact.Rule = Other, "family"
		return
	}
	if kinUnits[strings.ToLower(g.unit)] && kinBefore(wordsBefore(x.body, g.start, 3)) {
		// "with her husband and five children": the size of a family
		fact.Category, fact.Rule = Other, "family"
		return
	}
	if g.unit == "" && g.f.unit == "" {
		if u := ofMilitary(x.body[g.end:s.end]); u != "" {
			g.unit, fact.Unit = u, u // "some 700 of the U.S. troops leaving northern Syria"
		}
	}
	words := x.ruleWords(s, g)
	unit := g.unit
	if unit == "" && g.f.unit == "" {
		if u := columnUnit(x.body, s, g); u != "" {
			g.unit, fact.Unit = u, u // "Area | Shelters": a column of shelters
		} else if u := itemUnit(x.body, s, g); u != "" {
			g.unit, fact.Unit = u, u // "some 3,600 — shelters covered by the order"
		}
		unit = g.unit
	}
	if unit == "" && g.f.unit == "" {
		unit = "people" // "thousands more gathered": a count with no noun counts people
	}
	civilian := isPersonUnit(unit) && !isMilitaryUnit(unit)
	if x.trace != nil {
		defer x.trace(fact, words, unit)
	}
	// "Troops already pulled out of Kobani and Manbij: between 200 and
	// 300": a list item whose label counts troops, unless a rule reads
	// their deaths ("SDF fighters killed: 158").
	troopLabel := g.unit == "" && g.f.unit == "" && militaryLabel(x.body[s.start:g.start])
	if civilian && (countryTakesIn(x.body[s.start:g.start]) || quotaTakenIn(x.body, g)) {
		// "The Netherlands will take in 100 people from Moria":
		// people a country accepts are refugees there.
		fact.Category, fact.Rule = Refugees, "taken-in"
		if w := strings.ToLower(letterRun(x.body, skipSpaceInline(x.body, g.end))); w == "displaced" || w == "uprooted" {
			// "had itself taken in thousands of people displaced from
			// Aleppo": people displaced within the country
			fact.Category, fact.Rule = Displaced, "taken-in-displaced"
		}
		return
	}
	if civilian && shelterTakesIn(x.body[s.start:g.start]) {
		// "A school in the town opened its classrooms and took in about
		// 400 people": a building takes in whom it shelters.
		fact.Category, fact.Rule = Sheltered, "shelter-took-in"
		return
	}
	if header, _, ok := columnHeader(x.body, s, g); ok && civilian && headerNamesDisplaced(header) {
		// "Where the displaced are | People" over "Near the Nassib
		// crossing | 60,000": the table counts the displaced, wherever
		// each row puts them
		fact.Category, fact.Rule = Displaced, "displaced-table"
		return
	}
	if civilian && aidToOneCamp(x.body, s, g.start) {
		// (before the rules: "bringing food to 40,000 people stranded in
		// the desert" is the camp's people, not people at a border)
		fact.Category, fact.Rule = Sheltered, "aid-to-camp"
		return
	}
	if civilian && x.thereInCamp(s, g.start) {
		// "In Moria there are more than 1,000 unaccompanied children":
		// the people a camp the article names holds
		fact.Category, fact.Rule = Sheltered, "there-in-camp"
		return
	}
	if civilian && x.campHomeTo(s, g.start) {
		// "Zaatari ... is now home to roughly 78,000 Syrians": the people
		// of a camp the article names
		fact.Category, fact.Rule = Sheltered, "camp-home-to"
		return
	}
	if civilian && x.stillAtCamp(s, g) {
		// "At the Rukban settlement, ..., about 29,000 people remain"
		fact.Category, fact.Rule = Sheltered, "still-at-camp"
		return
	}
	if civilian && x.livesInCamp(g.end, s.end) {
		// "about 1,100 unaccompanied children live in and around Moria":
		// the people of a camp the article names
		fact.Category, fact.Rule = Sheltered, "lives-in-camp"
		return
	}
	if r, ok := matchRule(words, unit); ok {
		if g.ownSentence && g.link == "coordination" && g.parent >= 0 && (r.name == "border" || r.name == "at-border") {
			// "71 civilians have been killed ..., and 20 in Turkish border
			// towns": the count shares the verb before it; its place says
			// nothing of what befell them.
			fact.Category, fact.Rule = x.facts[g.parent].Category, g.link
			return
		}
		if r.name == "refugees" && g.link == "part" && g.parent >= 0 && x.facts[g.parent].Category != Other && x.facts[g.parent].Category != Killed && !wereRefugees(x.body[g.end:s.end]) &&
			!strings.Contains(strings.ToLower(g.unit), "refugee") {
			// "now holds more than 19,000, among them about 1,100
			// unaccompanied children": a part of the people counted
			// before, whatever its noun calls them (not "13 million
			// people, including 6.7 million refugees abroad": refugees by
			// name).
			fact.Category, fact.Rule = x.facts[g.parent].Category, g.link
			return
		}
		// a part of a whole told earlier in the same sentence, that no
		// death rule reads
		samePart := g.link == "part" && g.parent >= 0 && x.facts[g.parent].Start >= s.start && r.category != Killed && isPersonUnit(unit)
		if samePart && x.facts[g.parent].Rule == "other-verb" && (asideJoin(wordsBefore(x.body, g.start, 2)) || x.body[prevNonSpace(x.body, g.start)] == ',') {
			// "had seen 430 patients since Friday, including 160 children":
			// a part of patients, pupils or the arrested is one of them
			fact.Category, fact.Rule = Other, g.link
			return
		}
		if samePart && x.facts[g.parent].Category == Killed && (r.name == "border" || r.name == "at-border" || r.name == "near-border" || r.category == Sheltered) {
			// "At least 149 civilians killed since June 19, among them 30
			// children" under a caption that names the border, "at least
			// 15 people in makeshift camps ..., including 12 children, had
			// died": a part of the dead, wherever they died
			fact.Category, fact.Rule = Killed, g.link
			return
		}
		if samePart && x.facts[g.parent].Rule == "projection" {
			// "could leave at least 15,000 Syrian refugees, among them
			// about 7,500 children, without a proper roof": a part of a
			// count that has not happened has not happened either.
			fact.Category, fact.Rule = x.facts[g.parent].Category, g.link
			return
		}
		if troopLabel && r.category != Killed && r.name != "other-verb" {
			fact.Category, fact.Rule, fact.Unit = Troops, "military-label", "troops"
			return
		}
		fact.Category, fact.Rule = r.category, r.name
		if r.category == Unsheltered && sideOfBorder(x.body[s.start:s.end]) {
			// "At Pazarkule, on the Turkish side, thousands of people
			// spent a fifth night in the open": massed at a border, not
			// the displaced without a roof
			fact.Category, fact.Rule = AtRisk, "border-side"
			return
		}
		if r.name == "nationals" && homeToBefore(words) && campNearest(clauseWords(x.body[s.start:g.start])) {
			// "Zaatari, the kingdom's largest camp, lies about 12
			// kilometres from the border and is home to some 80,000
			// Syrians": a camp's people, named before a distance cut
			// the words short
			fact.Category, fact.Rule = Sheltered, "camp-home"
			return
		}
		if r.name == "arrived-from" && refusedIntake(words) {
			// "We cannot take in another million people from Idlib": an
			// intake refused or feared, not one that happened
			fact.Category, fact.Rule = AtRisk, "intake-refused"
			return
		}
		if r.name == "arrived-from" && fromCountryAfter(words) {
			// "Abkhazia had taken in some 500 ethnic Abkhaz from Syria":
			// people from another country, taken in as refugees (not
			// "Manbij has taken in 4,000 families from Idlib")
			fact.Category, fact.Rule = Refugees, "taken-in-abroad"
			return
		}
		if r.name == "border" && localUnits[strings.ToLower(unit)] {
			// "About 200 residents gathered at the small harbour": the
			// people who live where arrivals land, not people heading for a
			// border (annotated other 236 times, at risk 5)
			fact.Category, fact.Rule = Other, "locals"
			return
		}
		if r.name == "sheltered" && isForeignUnit(unit) && x.placeShelters(words) &&
			!namesShelter(slices.DeleteFunc(clauseWords(x.body[s.start:g.start]), func(w string) bool { return shelterVerbs[w] })) {
			// "Arsal, a town of about 35,000 Lebanese ..., also shelters
			// roughly 60,000 Syrian refugees": refugees a place hosts (a
			// camp that shelters them holds them, below, also when
			// another figure cuts the words short: "the Zaatari camp,
			// which opened in 2012 about 15 km from the Syrian border and
			// shelters around 80,000 Syrians")
			fact.Category, fact.Rule = Refugees, "place-shelters"
			return
		}
		if r.name == "registered-displaced" && (x.sentenceNamesShelter(s) || housedAfter(words)) && !strings.EqualFold(letterRun(x.body, skipSpaceInline(x.body, g.end)), "arriving") {
			// "\"We have registered 5,000 new arrivals,\" said Amal
			// Darwish, the camp's director", "we have registered about
			// 2,500 families in 40 schools": people at a shelter (not
			// "8,000 new families arriving in the camps", a flow)
			fact.Category, fact.Rule = Sheltered, "arrived-at-shelter"
			return
		}
		if r.category == Displaced && r.name != "arrival-rate" && x.arrivedAtShelter(s, g) {
			// (a flow, "60 to 70 families arrive every day", stays arrivals)
			fact.Category, fact.Rule = Sheltered, "arrived-at-shelter"
		}
		if (r.category == Displaced || (r.category == Sheltered || r.category == Unsheltered) && (modalBefore(x.body[s.start:g.start]) || modalNext(x.body[g.end:s.end]))) &&
			conditional(x.body[s.start:g.start], x.body[g.end:s.end]) {
			// "If the fighting reaches the city, another million people
			// will be on the move": a count that has not happened.
			fact.Category, fact.Rule = AtRisk, "conditional"
		}
		if (r.name == "hosted" || r.name == "nationals") && displacedNoun(x.body[g.f.end:g.end]) {
			// "areas already hosting 1.5 million displaced people": those
			// hosted are displaced within the country, not refugees.
			fact.Category, fact.Rule = Displaced, "hosted-displaced"
		}
		return
	}
	if g.parent >= 0 && (isPersonUnit(g.unit) || g.elided || g.link == "restatement" && g.unit == "") &&
		!(x.facts[g.parent].Category == Refugees && (strings.EqualFold(g.unit, "residents") || strings.EqualFold(g.unit, "inhabitants"))) && // not "60,000 Syrian refugees live alongside 35,000 Lebanese residents"
		!(g.link == "coordination" && !g.elided && isPersonUnit(g.unit) && x.facts[g.parent].Category == Other && !isPersonUnit(x.facts[g.parent].Unit) && x.facts[g.parent].Unit != "") { // nor "between 120 and 130 camps ... and roughly 36,000 Syrians": people are no kind of camp
		p := x.facts[g.parent]
		fact.Category, fact.Rule = p.Category, g.link
		if fact.Unit == "" && g.link == "restatement" {
			fact.Unit = p.Unit
			if p.Start < s.start {
				// "Half a million of those are children. ... puts the
				// figure higher, at more than one million": people
				fact.Unit = x.wholeUnit(g.parent)
			}
		}
		if c, ok := restatedCategory(x.body[s.start:g.start]); ok && g.link == "restatement" {
			fact.Category = c // "puts the camp's population higher, at about 50,000"
		}
		return
	}
	if u := strings.ToLower(g.unit); u == "deaths" || u == "fatalities" || u == "dead" {
		fact.Category, fact.Rule = Killed, "deaths"
		return // "323 cases and four deaths"
	}
	if n := len(x.facts); n > 0 && isPersonUnit(unit) && x.facts[n-1].Start >= s.start && x.facts[n-1].Category == Killed && x.facts[n-1].End < g.start {
		// "has killed at least 1,500 fighters of the YPG, about 400
		// fighters on the Turkish-backed side and 289 civilians": the next
		// object of the same verb, after a comma and no verb of its own
		if between := x.body[x.facts[n-1].End:g.start]; strings.Contains(between, ",") && !strings.ContainsAny(between, ".;:") && !hasVerbWord(between) &&
			!slices.ContainsFunc(clauseWords(between), func(w string) bool { return strings.HasSuffix(w, "ing") }) && // not "and wounding 74 others"
			!slices.ContainsFunc(clauseWords(x.body[g.end:g.postEnd]), func(w string) bool { return auxVerbs[w] || finiteVerbs[w] }) {
			fact.Category, fact.Rule = Killed, "shared-verb"
			return
		}
	}
	if isMilitaryUnit(g.unit) && !policing(x.body[g.f.end:g.end]) && !captiveCount(x.body, g.start) {
		fact.Category, fact.Rule = Troops, "military-unit"
		return
	}
	if troopLabel {
		fact.Category, fact.Rule, fact.Unit = Troops, "military-label", "troops"
		return
	}
	if g.unit == "" && armedForcesMembers(x.body[g.f.end:min(len(x.body), g.f.end+60)]) {
		fact.Category, fact.Rule = Troops, "military-unit" // "500 Canadian Armed Forces members"
		return
	}
	if noun := militaryAntecedent(x.body, s.start, g); noun != "" {
		fact.Category, fact.Rule, fact.Unit = Troops, "military-unit", noun // "sent soldiers into Idlib, thousands of them"
		return
	}
	if c, ok := x.restatedTotal(s); ok && isPersonUnit(unit) {
		// "More than 9,000 Syrians have crossed ... The JCC gave the
		// following breakdown:" and a table whose largest figure is
		// 9,053: the rows break down the count the story gave.
		fact.Category, fact.Rule = c, "breakdown"
		return
	}
	if (unit == "people" || unit == "residents" || unit == "inhabitants") && homeToAside(x.body, s.start, g.start) &&
		!x.namesShelter(clauseWords(x.body[wordsBack(x.body, g.start, 8, s.start):g.start])) {
		// "Idlib province, home to some three million people, ...": a
		// place's population, in an aside (a camp's is sheltered, and
		// "home to 60,000 Syrian refugees" counts refugees).
		fact.Category, fact.Rule = Other, "population"
		return
	}
	if (unit == "people" || unit == "residents" || unit == "inhabitants") && placePopulation(x.body, s, g) && !x.sentenceNamesShelter(s) {
		// "Idlib ... was already home to some 3 million people", "Some 3
		// million people live in Idlib province": a place's population
		// (a camp's is sheltered).
		fact.Category, fact.Rule = Other, "population"
		return
	}
	if g.end == g.f.end && g.f.unit == "" && !g.f.vague && nameHas(x.body[s.start:g.start]) {
		// "Zaatari is the big one, around 78,000 people. ... Azraq, out
		// in the desert, has about 40,000.": the next camp's people, told
		// as the camp before it.
		for p := len(x.facts) - 1; p >= 0 && p >= len(x.facts)-3; p-- {
			if q := x.facts[p]; q.Category == Sheltered && s.start-q.End < 300 {
				fact.Category, fact.Rule = Sheltered, "camp-has"
				return
			}
		}
	}
	if p := len(x.facts) - 1; p >= 0 && x.facts[p].Start >= s.start && fromPeak(wordsBefore(x.body, g.start, 5)) && (g.unit == "" || g.unit == x.facts[p].Unit) {
		// "more than 70,000 people remain displaced ..., down from a peak
		// of about 180,000 in October": the same count at another time
		fact.Category, fact.Rule = x.facts[p].Category, "down-from"
		return
	}
	if civilian && withoutShelterAfter(x.body[g.end:s.end]) {
		// "about 170,000 people in Idlib who have no tent and sleep under
		// trees": the relative clause says where they are
		fact.Category, fact.Rule = Unsheltered, "no-tent"
		return
	}
	if c, ok := fallbackCategory(words, unit); ok {
		// No rule said what these people are: the category the model
		// learnt from the annotated articles gives, when it is sure.
		fact.Category, fact.Rule = c, "model"
		return
	}
	fact.Category, fact.Rule = Other, "other"
}

// restatedTotal returns the category of the figure of people the story
// gave before a table or list that s is a row or item of, when its
// caption calls it a breakdown and its largest figure is that figure
// within a tenth. ok is false for a sentence of prose or when no figure matches.
func (x *extractor) restatedTotal(s span) (Category, bool) {
	intro, ok := x.introOf(s)
	if !ok || !strings.Contains(strings.ToLower(x.body[intro.start:intro.end]), "breakdown") {
		return "", false // "gave the following breakdown": of a count given before
	}
	b := x.body
	from := intro.end
	for from < len(b) && isSpace(b[from]) {
		from++
	}
	end := strings.Index(b[from:], "\n\n")
	if end < 0 {
		end = len(b) - from
	}
	largest := 0.0
	for i := from; i < from+end; i++ {
		if isDigit(b[i]) && (i == 0 || !isDigit(b[i-1]) && b[i-1] != ',' && b[i-1] != '.') {
			if f, ok := parseSingle(b, i); ok {
				largest = max(largest, f.value)
				i = f.end
			}
		}
	}
	if largest < 100 {
		return "", false
	}
	for _, f := range x.facts {
		if f.Start >= intro.start {
			break
		}
		if isPersonUnit(f.Unit) && f.Value >= largest*0.9 && f.Value <= largest*1.1 && f.Category != Other {
			return f.Category, true
		}
	}
	return "", false
}

// subjectVerbs are the verbs a count in apposition to the subject goes on
// with: "The rest, roughly 126,000 people, live in camps."
var subjectVerbs = wordSet(`live lives lived are were is was have has had remain remains remained stay
	stays stayed sleep sleeps slept fled left arrived crossed returned died need needs depend depends`)

// appositiveSubject returns where the clause of figure g goes on when g
// stands between commas in apposition to the subject and its verb
// follows ("The rest, roughly 126,000 people, live in camps"), or -1.
func appositiveSubject(b string, s span, g *fig) int {
	i := skipSpaceBack(b, g.start)
	k := skipSpaceInline(b, g.end)
	if i <= s.start || k >= s.end {
		return -1
	}
	var closing int
	switch {
	case b[i-1] == ',' && b[k] == ',':
		closing = k + 1
	case dashBefore(b[s.start:i]) && (strings.HasPrefix(b[k:], "—") || strings.HasPrefix(b[k:], "–")):
		// "a third of the displaced — some 300,000 people — are living in tents"
		closing = k + len("—")
	default:
		return -1
	}
	if !subjectVerbs[letterRun(b, skipSpaceInline(b, closing))] {
		return -1
	}
	return closing
}

// dashBefore reports text that ends with an em or en dash.
func dashBefore(text string) bool {
	return strings.HasSuffix(text, "—") || strings.HasSuffix(text, "–")
}

// closesBracket reports a closing bracket right after i, spaces aside.
func closesBracket(b string, i int) bool {
	k := skipSpaceInline(b, i)
	return k < len(b) && b[k] == ')'
}

// placePreps open the place a bare count is in: "and 20 in Turkey".
var placePreps = wordSet(`in at on inside outside near across`)

// armedForcesMembers reports a name of armed forces and the word for
// their members right after a figure: "Canadian Armed Forces members",
// "Army personnel".
func armedForcesMembers(after string) bool {
	low := strings.ToLower(after)
	if i := strings.IndexAny(low, ".,;"); i >= 0 {
		low = low[:i]
	}
	for _, force := range []string{"forces ", "force ", "army ", "navy ", "military "} { // "New Zealand Defence Force personnel"
		if i := strings.Index(low, force); i >= 0 {
			rest := low[i+len(force):]
			if strings.HasPrefix(rest, "members") || strings.HasPrefix(rest, "personnel") {
				return true
			}
		}
	}
	return false
}

// displacedNoun reports a figure's noun phrase that calls its people
// displaced: "displaced people", "internally displaced", "IDPs".
func displacedNoun(np string) bool {
	if len(np) > 60 {
		np = np[:60]
	}
	return strings.Contains(np, "displaced") || strings.Contains(np, "IDPs") || strings.Contains(np, "idps")
}

// arrivedAtShelter reports a figure that is the subject of "arrived" in a
// sentence that named a camp or shelter before it: "who runs the camps
// ... said 900 new families had arrived" arrived in those camps.
func (x *extractor) arrivedAtShelter(s span, g *fig) bool {
	b := x.body
	k := skipSpaceInline(b, g.end)
	for n := 0; n < 2; n++ {
		w := strings.ToLower(letterRun(b, k))
		if w == "arrived" || w == "arrive" || w == "registered" {
			// "said 840 families had registered there", after "who
			// manages the camp": signed on at the shelter
			return x.namesShelter(withoutShelterStaff(clauseWords(withoutAsides(b[s.start:g.start]))))
		}
		if w != "have" && w != "has" && w != "had" && w != "just" {
			return false
		}
		k = skipSpaceInline(b, k+len(w))
	}
	return false
}

// shelterStaff are the people a shelter noun may describe: "camp
// managers", "camp officials".
var shelterStaff = wordSet(`managers manager officials official staff administrators administrator
	coordinators coordinator director directors authorities committee workers`)

// withoutShelterStaff drops the shelter noun of a clause's opening
// subject that only describes staff: in "Camp managers in Atmeh said 300
// families had arrived" no camp is where they arrived (but in "It can
// hold 11,000, camp managers said, and 1,100 had arrived" it is).
func withoutShelterStaff(ws []string) []string {
	if len(ws) > 1 && shelterStaff[ws[1]] {
		switch ws[0] {
		case "camp", "shelter", "site", "centre", "center":
			return ws[1:]
		}
	}
	return ws
}

// takeInVerbs are the forms of "take in", "receive", "accept" and the
// past of "resettle" before a figure.
var takeInVerbs = []string{"take in ", "takes in ", "took in ", "taken in ", "taking in ",
	"receive ", "receives ", "received ", "accept ", "accepts ", "accepted ", "resettled "}

// countryTakesIn reports the words before a figure ending in a country
// taking people in: "The Netherlands will take in", "Germany, which has
// agreed to take in", "Iraq has taken in about", "Ireland had resettled",
// "Saudi Arabia has received about"; not "the camp took in".
func countryTakesIn(pre string) bool {
	// The verb ends at most 24 bytes before the figure: only the tail of
	// the sentence is lowered and searched, as this runs for every count
	// of people.
	from := max(0, len(pre)-48)
	for from > 0 && pre[from]&0xc0 == 0x80 {
		from-- // not inside a character
	}
	low := strings.ToLower(pre[from:])
	at, verb := -1, ""
	for _, v := range takeInVerbs {
		if i := strings.LastIndex(low, v); i > at && len(low)-(i+len(v)) <= 24 {
			at, verb = i, v
		}
	}
	if at < 0 {
		return false
	}
	at += from
	if at > len(pre) || strings.ContainsAny(pre[at:], ",;") { // lowering may change a length
		return false
	}
	words := strings.Fields(pre[:at])
	for k := len(words) - 1; k >= 0 && k >= len(words)-8; k-- {
		w := strings.TrimSuffix(strings.TrimSuffix(strings.Trim(words[k], ",;:"), "'s"), "’s")
		if lw := strings.ToLower(w); w != "" && isUpper(w[0]) && countryNames[lw] && !regionNames[lw] {
			return true
		}
		if lw := strings.ToLower(w); (lw == "government" || lw == "authorities") && k > 0 && isUpper(words[k-1][0]) && strings.Contains(verb, " in") {
			return true // "the Catalan government has offered to take in"
		}
	}
	return false
}

// quotaTakenIn reports quota refugees a town or country has already
// taken in: "The city has settled 64 quota refugees since 2015",
// "Savonlinna has received about 120" (not "would resettle 3,000 quota
// refugees", a plan).
func quotaTakenIn(b string, g *fig) bool {
	if !strings.Contains(strings.ToLower(b[g.f.end:g.end]), "quota") {
		return false
	}
	ws := wordsBefore(b, g.start, 3)
	if n := len(ws); n > 0 && ws[n-1] == "in" {
		ws = ws[:n-1] // "has taken in"
	}
	n := len(ws)
	return n >= 2 && (ws[n-2] == "has" || ws[n-2] == "have" || ws[n-2] == "had") && quotaTakeVerbs[ws[n-1]]
}

// quotaTakeVerbs say a place took refugees in.
var quotaTakeVerbs = wordSet(`settled resettled received taken welcomed accepted admitted`)

// peopleVerbs say what people do, so that a count they follow counts
// people: "another 1,800 are sleeping in the open".
var peopleVerbs = wordSet(`sleep sleeps sleeping slept live lives living lived stay stays staying stayed
	fled flee flees fleeing died killed camped sheltering waiting crossed arrived reached landed`)

// peopleVerbAfter reports one of peopleVerbs among the three words after
// a figure ending at i, before end.
func peopleVerbAfter(b string, i, end int) bool {
	for n := 0; n < 3 && i < end; n++ {
		k := skipSpaceInline(b, i)
		w := letterRun(b, k)
		if w == "" {
			return false
		}
		if hasLower(peopleVerbs, w) {
			return true
		}
		i = k + len(w)
	}
	return false
}

// bringsTotal reports words before a figure that bring a count to it:
// "bringing the total since Monday to", "brings the number of arrivals
// to".
func bringsTotal(pre string) bool {
	low := strings.ToLower(pre)
	for _, v := range []string{"bringing the ", "brings the ", "brought the ", "taking the ", "takes the "} {
		i := strings.LastIndex(low, v)
		if i < 0 {
			continue
		}
		rest := low[i+len(v):]
		noun := letterRun(rest, 0)
		return (noun == "total" || noun == "number" || noun == "tally" || noun == "toll" || noun == "count") &&
			!strings.ContainsAny(rest, ",;") && len(strings.Fields(rest)) <= 8
	}
	return false
}

// moreOrOthers reports the text right after a bare figure that makes it
// more of something named before: "more", "others".
func moreOrOthers(after string) bool {
	w := strings.ToLower(letterRun(after, skipSpaceInline(after, 0)))
	return w == "more" || w == "others"
}

// partPredicate returns the people a bare figure's predicate names as a
// part of a count told before: "are children" gives "children"; or "".
func partPredicate(after string) string {
	for _, be := range []string{"are ", "were "} {
		if rest, ok := strings.CutPrefix(after, be); ok {
			w := letterRun(rest, 0)
			if partNouns[w] && (len(rest) == len(w) || strings.ContainsRune(",.;", rune(rest[len(w)]))) {
				return w
			}
		}
	}
	return ""
}

// partNouns are the people a part of a count is named as.
var partNouns = wordSet(`children women minors girls boys men elderly`)

// partOpening reports the words before a sentence's figure that make it
// a part of the count before: "Of those, some", "Of them,".
// subRowPart reports a table row whose label opens with "of whom", "of
// them", "of which" or "among them": a part of the row above, by its
// people ("  - of them children   " gives children) or by where they are
// ("of whom near the Jordanian border | " gives no noun).
func subRowPart(pre string) (unit string, ok bool) {
	if !strings.HasSuffix(pre, "  ") && !strings.HasSuffix(strings.TrimRight(pre, " "), "|") {
		return "", false // a row's label ends in a column gap or a pipe
	}
	low := strings.ToLower(strings.TrimRight(strings.TrimLeft(pre, " \t-–•*|"), " |")) + " "
	for _, o := range []string{"of them ", "of whom ", "of which ", "among them "} {
		if rest, ok := strings.CutPrefix(low, o); ok {
			if w := strings.Fields(rest); len(w) == 1 && personNoun(w[0]) {
				return w[0], true
			}
			return "", true
		}
	}
	return "", false
}

func partOpening(pre string) bool {
	low := strings.ToLower(strings.TrimLeft(strings.TrimSpace(pre), "\"“‘'"))
	for _, o := range []string{"of those,", "of them,", "of these,"} {
		if rest, ok := strings.CutPrefix(low, o); ok {
			return len(strings.Fields(rest)) <= 2
		}
	}
	// "Of those displaced, about 500,000 are children": the people named
	// by a participle or noun after "those".
	for _, o := range []string{"of those ", "of the "} {
		if rest, ok := strings.CutPrefix(low, o); ok {
			if c := strings.IndexByte(rest, ','); c > 0 && wordCount(rest[:c]) == 1 && (strings.HasSuffix(rest[:c], "ed") || personNoun(rest[:c])) {
				return wordCount(rest[c+1:]) <= 2
			}
			// "Of the 40 tents in our camp, 27 are under water": the
			// whole counted first, in the same sentence
			if c := strings.IndexByte(rest, ','); o == "of the " && c > 0 && isDigit(rest[0]) && wordCount(rest[:c]) <= 6 {
				return wordCount(rest[c+1:]) <= 2
			}
		}
	}
	return false
}

// amongThemOpening reports a sentence that opens on the part of the
// count before it: "Among them were", "Among the dead are".
func amongThemOpening(pre string) bool {
	low := strings.ToLower(strings.TrimSpace(pre))
	for _, o := range []string{"among them ", "among the dead ", "among those killed ", "among the victims "} {
		if rest, ok := strings.CutPrefix(low, o); ok {
			switch strings.TrimSpace(rest) {
			case "were", "are", "was", "is", "were at least", "are at least":
				return true
			}
		}
	}
	return false
}

// militaryLabel reports the label of a labelled item, the words before
// its colon, when it opens with a noun for military personnel:
// "Additional troops ordered to Saudi Arabia on Friday: about 1,800".
func militaryLabel(pre string) bool {
	c := strings.LastIndexByte(pre, ':')
	if c < 0 || strings.TrimSpace(pre[c+1:]) != "" && wordCount(pre[c+1:]) > 3 {
		return false
	}
	for k, w := range strings.Fields(pre[:c]) {
		if k > 1 {
			break // "Troops ...", "Additional troops ..."
		}
		if isMilitaryUnit(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// regionNames are in countryNames but take people in as regions, whose
// arrivals stay displaced: "The Kurdistan Regional Government has
// received 12,744 refugees from northeast Syria".
var regionNames = wordSet(`kurdistan europe america`)

// withoutAsides drops the relative clauses set off by commas from the
// words before a figure: "On Lesbos, where the camp has spilled into the
// groves, a further 1,100 people have arrived" says nothing of where they
// arrived.
func withoutAsides(pre string) string {
	for _, rel := range []string{", where ", ", which ", ", whose "} {
		for {
			i := strings.Index(pre, rel)
			if i < 0 {
				break
			}
			j := strings.IndexByte(pre[i+len(rel):], ',')
			if j < 0 {
				break
			}
			pre = pre[:i] + pre[i+len(rel)+j:]
		}
	}
	return pre
}

// period sets PeriodStart: from the figure's clause; from the figure it is
// part of or restates, when in the same category; or from a "since" in the
// main clause of the sentence.
func (x *extractor) period(fact *Fact, g *fig, s span, figs []*fig, k int) {
	pub := x.a.Published
	if strings.EqualFold(wordBefore(x.body, g.start), "since") {
		// "since 34 soldiers were killed on Feb. 27": the figure's event
		// dates another count; the figure itself counts from no start.
		return
	}
	if insideSinceClause(x.body[s.start:g.start]) {
		// "has kept the border closed since a car bomb killed seven
		// Jordanian soldiers": the figure tells the event a start is
		// dated by; it counts from no start itself.
		return
	}
	if ws := wordsBefore(x.body, g.start, 2); len(ws) > 0 && (ws[len(ws)-1] == "another" || ws[len(ws)-1] == "further") && moreAfterSince(x.body[s.start:g.start]) {
		if own := findPeriod(x.body[g.preStart:g.postEnd], pub, false); !own.ok && !own.same && !own.needEvent {
			// "640 tents had been put up since Sunday and another 1,500
			// would be needed": more to come, from no start of their own
			// (not "Since Monday alone, another 48,000 have fled").
			return
		}
	}
	if runningTotal(wordsBefore(x.body, g.start, 5)) {
		// "sent 5,000 soldiers since February 1, bringing its total
		// there to about 9,000": the total counts them all.
		return
	}
	p := findPeriod(x.body[g.preStart:g.postEnd], pub, false)
	if !p.ok && !p.needEvent && !p.same && (fact.Category == Displaced || fact.Category == Killed) &&
		g.preWord == "" && g.preStart > s.start && strings.HasSuffix(strings.ToLower(letterRun(x.body, skipSpaceInline(x.body, g.preStart))), "ing") {
		// "strikes over the past week sent families north, displacing
		// 75,000": a participle clause of the event shares its time.
		from := s.start
		if brs := breaksIn(x.body, s.start, g.preStart-1, true); len(brs) > 0 {
			from = brs[len(brs)-1].at
		}
		p = findPeriod(x.body[from:g.preStart], pub, false)
	}
	relative := relativeWords[g.preWord] || relativeClauseBefore(x.body[g.preStart:g.start])
	if !p.ok && !p.needEvent && !p.same && !measureUnits[fact.Unit] && !relative &&
		(k == 0 || len(x.facts) == 0 || x.facts[len(x.facts)-1].Category == fact.Category) {
		// "Over the past 48 hours, 20,000 people have fled": an
		// introductory phrase sets the time of the main clause (not of
		// "... have knocked down hundreds of shelters in Arsal, a town
		// that hosts about 60,000 Syrians": a clause of its own).
		if brs := breaksIn(x.body, s.start, g.start, false); len(brs) > 0 && x.body[brs[0].before] == ',' &&
			periodIntro(strings.ToLower(letterRun(x.body, skipSpaceInline(x.body, x.reportedClauseStart(s.start, brs[0].before))))) &&
			g.preStart >= brs[0].at && (len(figs) == 0 || figs[0].start >= brs[0].at) {
			inMain := true
			for _, br := range brs[1:] {
				if relativeWords[br.word] || br.word == "when" {
					inMain = false // "..., which said 63 schools": not the main clause
				}
			}
			if singleEvent(x.body[brs[0].at:g.start]) {
				inMain = false // "In January, storm Norma flooded ...": the month of one event
			}
			if ip := findPeriod(x.body[s.start:brs[0].before], pub, false); (ip.ok || ip.same) && inMain {
				p = ip
			}
		}
	}
	if !p.ok && !p.needEvent && !p.same && !relative && !measureUnits[fact.Unit] {
		// A "since" elsewhere in the main clause of the sentence, when the
		// figure it comes with (if any) counts the same kind of thing.
		var carrier *Fact
		p, carrier = x.mainClausePeriod(s, pub, figs, k)
		if carrier != nil && carrier.Category != fact.Category {
			p = periodInfo{}
		}
	}
	if !p.ok && !p.needEvent && !p.same && fact.Category == Displaced {
		// "The army's offensive on Daraa, launched on 19 June, has driven
		// more than 270,000 people from their homes": the dated event
		// the sentence opens with
		if t, ok := subjectEventDate(x.body[:g.start], s.start, tokRange(x.res.tokens(s), s.start, g.start), pub); ok {
			p = periodInfo{t: t, ok: true}
		}
	}
	if !p.ok && !p.needEvent && !p.same && samePeriod(x.body[g.end:s.end]) {
		p.same = true // "He said 45 people were arrested during the same hours": the time of the figure before
	}
	if !p.ok && !p.needEvent && !p.same && amongTheDisplaced(x.body[g.end:min(len(x.body), g.end+40)]) {
		// "About 550,000 children are among those uprooted": a part of
		// the count of the displaced told before, and of its period.
		for i := len(x.facts) - 1; i >= 0 && i > len(x.facts)-8; i-- {
			if q := x.facts[i]; q.Category == fact.Category && !q.PeriodStart.IsZero() {
				p = periodInfo{t: q.PeriodStart, ok: true}
				break
			}
		}
	}
	if p.ok && p.event != "" {
		x.events[p.event] = p.t
	}
	switch {
	case p.ok:
		fact.PeriodStart = p.t
	case p.needEvent && p.event == "then":
		fact.PeriodStart = x.lastDateBefore(s)
	case p.needEvent:
		fact.PeriodStart = x.eventStart(p.event)
	case p.same:
		for i := len(x.facts) - 1; i >= 0; i-- {
			if !x.facts[i].PeriodStart.IsZero() {
				fact.PeriodStart = x.facts[i].PeriodStart
				break
			}
		}
	}
	if fact.Unit == "percent" || fact.Unit == "km" || fact.Unit == "miles" || fact.Unit == "years" || fact.Rule == "family" {
		// Shares and lengths count from no start: not "Syria's seven-year
		// conflict closed the crossing to trade in 2015"; nor does a
		// family ("fled with his wife and five children in late January").
		fact.PeriodStart = time.Time{}
		return
	}
	if fact.PeriodStart.IsZero() && k > 0 && sharedPredicate(x.body[figs[k-1].end:g.start]) {
		// "had killed 300 fighters since then, and had destroyed 40
		// tanks": a second predicate of the same subject shares its time.
		if prev := x.facts[len(x.facts)-1]; prev.Category == fact.Category {
			fact.PeriodStart = prev.PeriodStart
		}
	}
	if k > 0 && len(x.facts) > 0 && !fact.PeriodStart.IsZero() && !strings.Contains(x.body[figs[k-1].end:g.start], ",") && sharedPredicate(x.body[figs[k-1].end:g.start]) {
		// "foiled 5,183 attempts to cross the Evros and arrested 45 people
		// in the 24 hours to 6 a.m. on Monday": the time that closes the
		// second predicate holds for the first (not "a town that was home
		// to about 30,000 people before the war, and have seized 25 towns
		// over the past week": another clause's).
		prev := &x.facts[len(x.facts)-1]
		if prev.Start == figs[k-1].start && prev.Category == fact.Category && prev.PeriodStart.IsZero() && !measureUnits[prev.Unit] && prev.Unit != "percent" {
			if p := findPeriod(x.body[g.end:s.end], pub, false); p.ok && p.t.Equal(fact.PeriodStart) {
				prev.PeriodStart = fact.PeriodStart
			}
		}
	}
	if fact.PeriodStart.IsZero() && k > 0 && len(x.facts) > 0 && (periodThenPredicate(x.body[figs[k-1].end:g.start], pub) ||
		periodThenPassive(x.body[figs[k-1].end:g.start], x.body[g.end:s.end], pub)) {
		// "had blocked 4,000 attempts in the past 24 hours and arrested
		// 66 people": the time that closes the first predicate holds for
		// the second.
		if prev := x.facts[len(x.facts)-1]; prev.Category == fact.Category {
			fact.PeriodStart = prev.PeriodStart
		}
	}
	if fact.PeriodStart.IsZero() && k > 0 && len(x.facts) > 0 && relativeAfter(x.body[figs[k-1].end:g.start]) {
		// "12 attacks between May 5 and August 9 that killed 127
		// civilians": what the events in a relative clause did runs from
		// the events' start.
		fact.PeriodStart = x.facts[len(x.facts)-1].PeriodStart
	}
	if c := strings.LastIndexByte(x.body[s.start:g.start], ':'); fact.PeriodStart.IsZero() && c >= 0 && (fact.Category == Displaced || fact.Category == Killed || x.labelledItem(s, c)) {
		// "People displaced since Dec 1: 900,000", "• Registered at
		// Bardarash camp since 14 October: 7,100 refugees (UNHCR)": the
		// label sets the start.
		// A label that only dates its things ("Trucks in the last aid
		// convoy, in February: 133") sets no start: other counts need a
		// "since".
		sinceOnly := fact.Category != Displaced && fact.Category != Killed
		if p := findPeriod(x.body[s.start:s.start+c], pub, sinceOnly); p.ok {
			fact.PeriodStart = p.t
		} else if p.needEvent && p.event != "" && p.event != "then" {
			fact.PeriodStart = x.eventStart(p.event) // "Returned home since the pause began: 65,000"
		}
	}
	if fact.PeriodStart.IsZero() && (fact.Category == Displaced || fact.Category == Killed) {
		// The items of a list "Key figures since the offensive began on
		// Oct. 9:": the list's introduction sets the start.
		b := x.body
		if strings.LastIndexByte(b[s.start:g.start], ':') >= 0 {
		} else if g.start == s.start && figureFirstItem(b[s.start:s.end]) {
			// "9,000: people who have fled since May 4"
			if p := findPeriod(b[g.end:s.end], pub, false); p.ok {
				fact.PeriodStart = p.t
			}
		}
	}
	if intro, ok := x.introOf(s); ok && fact.PeriodStart.IsZero() && !measureUnits[fact.Unit] && (fact.Category == Displaced || fact.Category == Killed || x.isTableRow(s)) {
		// The items of a list of displaced or dead, and the rows of a
		// table under "... the tents damaged or destroyed since Sunday:",
		// count from then. (A labelled item "Wounded treated: 38" under
		// "arrivals since October 9" says what it counts itself.)
		if p := findPeriod(x.body[intro.start:intro.end], pub, false); p.ok {
			fact.PeriodStart = p.t
		}
	}
	if n := len(x.facts); fact.PeriodStart.IsZero() && fact.Category == Displaced && n > 0 && g.parent < 0 && x.facts[n-1].Category == Displaced &&
		!x.facts[n-1].PeriodStart.IsZero() && x.facts[n-1].Paragraph == fact.Paragraph && x.facts[n-1].End <= s.start &&
		perfectFled(x.body[g.end:s.end]) && fledSentence(x.facts[n-1].Sentence) && !x.countsOwnTime(s, g) {
		// "At least 160,000 people have been displaced since ... October 9,
		// the United Nations said. The region’s Kurdish administration says
		// more than 275,000 have fled": another count of the same flight.
		fact.PeriodStart = x.facts[n-1].PeriodStart
	}
	if fact.PeriodStart.IsZero() && g.parent >= 0 {
		if parent := x.facts[g.parent]; parent.Category == fact.Category {
			fact.PeriodStart = parent.PeriodStart
		} else if g.link == "part" {
			// "70,000 of the displaced": the whole is the last figure of the
			// part's category, a few figures back.
			for i := g.parent - 1; i >= 0 && i >= g.parent-4; i-- {
				if w := x.facts[i]; w.Category == fact.Category && fact.Paragraph-w.Paragraph <= 1 {
					fact.PeriodStart = w.PeriodStart
					break
				}
			}
		}
	}
}

// samePeriod reports the words after a figure that give it the time of
// the figure before: "during the same hours", "over the same period".
func samePeriod(after string) bool {
	low := strings.ToLower(after)
	if i := strings.Index(low, ", and "); i >= 0 {
		low = low[:i] // "..., and the Turkish army claims ... in the same period": another clause's
	}
	for _, lead := range []string{"during the same ", "in the same ", "over the same ", "within the same "} {
		if i := strings.Index(low, lead); i >= 0 {
			w := letterRun(low, i+len(lead))
			next := letterRun(low, skipSpaceInline(low, i+len(lead)+len(w)))
			switch w {
			case "period", "hours", "days", "weeks", "time":
				return !strings.ContainsAny(low[:i], ".;") && next != "of" && next != "last" // not "the same period of 2018"
			}
		}
	}
	return false
}

// perfectFled reports the words right after a figure that say its
// people have fled, in the perfect: "have fled", "have been displaced".
func perfectFled(after string) bool {
	after = strings.ToLower(strings.TrimLeft(after, " "))
	for _, p := range []string{"have fled", "had fled", "have been displaced", "had been displaced", "have left their homes", "have been uprooted"} {
		if rest, ok := strings.CutPrefix(after, p); ok && (rest == "" || !isLetter(rest[0])) {
			switch strings.ToLower(letterRun(rest, skipSpaceInline(rest, 0))) {
			case "to", "into", "across", "towards", "toward", "from":
				return false // "have fled to the area around the Nassib crossing": a part of the flight, and where to
			}
			return true
		}
	}
	return false
}

// fledSentence reports a sentence that tells of flight: "have been
// displaced since ...", "fled", not "have crossed into Iraq".
func fledSentence(sentence string) bool {
	low := strings.ToLower(sentence)
	return strings.Contains(low, "displaced") || strings.Contains(low, "fled") || strings.Contains(low, "uprooted") ||
		strings.Contains(low, "left their homes")
}

// countsOwnTime reports a sentence that dates its figure g itself after
// it: a date or a period of its own.
func (x *extractor) countsOwnTime(s span, g *fig) bool {
	_, _, _, ok := findDate(x.body[g.end:s.end])
	return ok || findPeriod(x.body[g.end:s.end], x.a.Published, false).ok
}

// labelledItem reports a sentence that is a list item or a line of its
// own whose label ends at the colon c bytes in: "• Registered at Bardarash
// camp since 14 October: 7,100 refugees (UNHCR)".
func (x *extractor) labelledItem(s span, c int) bool {
	b := x.body
	lineStart := s.start == 0 || b[s.start-1] == '\n'
	return lineStart && c < 90 && !strings.ContainsAny(b[s.start:s.start+c], ".\"“”")
}

// isTableRow reports a sentence that is a row of a table.
func (x *extractor) isTableRow(s span) bool {
	_, _, row := tableRow(x.body, s)
	return row
}

// eventStart returns the date an event of kind started: the one a figure's
// period gave before, else the first sentence of the article that says
// when it was launched, began or started ("almost two months after Ankara
// launched 'Operation Olive Branch' ... on January 20"), or zero.
func (x *extractor) eventStart(kind string) time.Time {
	if t, ok := x.events[kind]; ok {
		return t
	}
	if kind == "deadline" {
		t := deadlineDay(x.body, x.a.Published)
		x.events[kind] = t
		return t
	}
	var found time.Time
	b := x.body
search:
	for _, v := range []string{"launched ", "began ", "started ", "begun ", "opened "} {
		for from := 0; ; {
			i := strings.Index(b[from:], v)
			if i < 0 {
				break
			}
			i += from
			from = i + len(v)
			if !atWordStart(b, i) {
				continue
			}
			p := sinceDate(b, i, x.a.Published)
			if !p.ok {
				if t, k, ok := frontedLaunch(b, i, x.a.Published); ok && k == kind {
					found = t // "On October 9, Turkey launched its offensive"
					break search
				}
				continue
			}
			k := p.event
			if k == "" {
				s := sentenceAt(b, i)
				k = lastEventBefore(b[s.start:i], i-s.start) // "the offensive began on Oct. 9"
			}
			if k == kind {
				found = p.t
				break search
			}
		}
	}
	for from := 0; found.IsZero(); {
		// "since the start of December, when government forces stepped up
		// their offensive": a since-date a "when" clause ties to the event
		i := strings.Index(b[from:], "since ")
		if i < 0 {
			break
		}
		i += from
		from = i + len("since ")
		if p := sinceDate(b, from, x.a.Published); p.ok && p.event == kind && atWordStart(b, i) {
			found = p.t
		} else if p.ok && p.event == "" && atWordStart(b, i) && whenStarted(b[from:min(len(b), from+100)]) == kind {
			// "since Wednesday, when Ankara launched its assault": the
			// day the "when" clause says the event began
			found = p.t
		} else if p.ok && p.event == "" && atWordStart(b, i) && crossedOnDay(b[from:min(len(b), from+80)]) {
			// "The offensive has displaced about 176,000 people ... since
			// Turkish troops crossed the border on 9 October": the event
			// the sentence opens with began that day
			if s := sentenceAt(b, i); lastEventBefore(b[s.start:i], i-s.start) == kind {
				found = p.t
			}
		}
	}
	if found.IsZero() && kind == "offensive" {
		found = x.invasionDay()
	}
	x.events[kind] = found
	return found
}

// localUnits count the people who live where a story happens.
var localUnits = wordSet(`residents islanders locals villagers inhabitants townspeople`)

// restOfCount reports the two words before a figure that make it the
// rest of a count told before: "the other 47", "the remaining 12" (not
// "Another 700 soldiers", often a count of the reporter's own).
func restOfCount(ws []string) bool {
	return len(ws) == 2 && strings.EqualFold(ws[0], "the") && (ws[1] == "other" || ws[1] == "remaining")
}

// frontedLaunch reads a sentence whose event verb at b[i] ("launched",
// "began") follows a date put first, before a short subject: "On October
// 9, Turkey launched its offensive", "One week ago, on October 9, Turkey
// launched what it calls Operation Peace Spring". It returns the date and
// the kind of event the verb's object names (eventNouns).
func frontedLaunch(b string, i int, pub time.Time) (time.Time, string, bool) {
	s := sentenceAt(b, i)
	head := b[s.start:i]
	on := -1
	if hasPrefixFold(head, "on ") {
		on = 0
	} else if k := strings.LastIndex(head, ", on "); k >= 0 && !strings.Contains(head[:k], ",") {
		on = k + 2 // "One week ago, on October 9, ..."
	}
	if on < 0 {
		return time.Time{}, "", false
	}
	comma := strings.IndexByte(head[on:], ',')
	if comma < 0 {
		return time.Time{}, "", false
	}
	comma += on
	if subject := head[comma+1:]; strings.ContainsAny(subject, ",;:") || wordCount(subject) == 0 || wordCount(subject) > 5 {
		return time.Time{}, "", false // the verb is not the main clause's, right after its subject
	}
	p := sinceDate(head[:comma], on+len("on "), pub)
	if !p.ok {
		return time.Time{}, "", false
	}
	obj := b[i:s.end]
	if k := strings.IndexAny(obj, ",;."); k >= 0 {
		obj = obj[:k]
	}
	for n, w := range strings.Fields(obj) {
		if n > 6 {
			break
		}
		if kind, ok := eventNouns[strings.ToLower(strings.Trim(w, "\"“”'’"))]; ok {
			return p.t, kind, true
		}
	}
	return time.Time{}, "", false
}

// lastSince returns where the last "since" in text starts, or -1.
func lastSince(text string) int {
	k := -1
	for i := 0; i+len("since ") <= len(text); i++ {
		if atWordStart(text, i) && hasPrefixFold(text[i:], "since ") {
			k = i
		}
	}
	return k
}

// moreAfterSince reports text before a figure, from its sentence's start,
// in which a "since" is followed by "and": "had been put up since Sunday
// and that another": the figure is in a second clause.
func moreAfterSince(before string) bool {
	k := lastSince(before)
	return k >= 0 && strings.Contains(before[k:], " and ")
}

// insideSinceClause reports text before a figure, from its sentence's
// start, that ends inside a clause "since" opens with an article, its
// verb before the figure: "since a car bomb killed" (not "since Wednesday
// 38 civilians had been killed and", nor "since January more than").
func insideSinceClause(before string) bool {
	k := lastSince(before)
	if k < 0 || strings.ContainsAny(before[k:], ",;:—–()") {
		return false
	}
	ws := strings.Fields(before[k+len("since "):])
	if len(ws) < 2 {
		return false
	}
	if lw := strings.ToLower(ws[0]); lw != "a" && lw != "an" && lw != "the" {
		return false
	}
	for _, w := range ws[1:] {
		if lw := strings.ToLower(w); pastEventVerbs[lw] {
			return true
		}
	}
	return false
}

// pastEventVerbs tell, in the past, an event that a "since" dates a
// start by: "since a car bomb killed seven soldiers".
var pastEventVerbs = wordSet(`killed wounded injured struck hit attacked bombed shelled kidnapped abducted seized
	captured destroyed displaced drowned died`)

// subjectEventDate reads a sentence's tokens before a figure, from the
// sentence's start at from in b, that open with an offensive dated in a
// participle or relative clause and go on to the main verb: "The army's
// offensive on Daraa, launched on 19 June, has driven", "The operation
// that began on Wednesday has displaced".
func subjectEventDate(b string, from int, toks []token, pub time.Time) (time.Time, bool) {
	noun := slices.IndexFunc(toks, func(t token) bool { return eventNouns[t.lower()] == "offensive" }) // (not "Syria's war, which began in 2011, has driven millions", a war's toll)
	if noun < 0 || noun > 9 {
		return time.Time{}, false
	}
	for k := noun + 1; k < len(toks) && k <= noun+9; k++ {
		if !eventVerbs[toks[k].lower()] {
			continue
		}
		if prev := toks[k-1].lower(); k != noun+1 && prev != "," && prev != "that" && prev != "which" {
			return time.Time{}, false // "The offensive has driven ... since government forces launched it": a clause of its own
		}
		p := sinceDate(b[from:], toks[k].start-from, pub)
		if !p.ok || !slices.ContainsFunc(toks[k+1:], func(t token) bool { return auxHave[t.lower()] }) {
			return time.Time{}, false
		}
		return p.t, true
	}
	return time.Time{}, false
}

// auxHave are the forms of "have" a perfect main verb opens with.
var auxHave = wordSet(`has have had`)

// deadlineDay returns the day a deadline the text sets fell on: "the
// deadline passed on July 1", "the deadline was 1 July", "gave refugees
// until July 1 to tear down", "a July 1 deadline". It is zero when the
// text gives none.
func deadlineDay(b string, pub time.Time) time.Time {
	low := strings.ToLower(b)
	for from := 0; ; {
		i := strings.Index(low[from:], "deadline")
		if i < 0 {
			break
		}
		i += from
		from = i + len("deadline")
		// "a July 1 deadline", "the 1 July deadline"
		for k, n := i, 0; n < 3 && k > 0; n++ {
			for k > 0 && b[k-1] == ' ' {
				k--
			}
			for k > 0 && b[k-1] != ' ' && b[k-1] != '\n' {
				k--
			}
			if t, ok := dayDateAt(b, k, pub); ok {
				return t
			}
		}
		// "the deadline passed on July 1", "the deadline was 1 July"
		j := from
		for n := 0; n < 4 && j < len(b); n++ {
			j = skipSpaceInline(b, j)
			if t, ok := dayDateAt(b, j, pub); ok {
				return t
			}
			w := strings.ToLower(letterRun(b, j))
			if w == "" || !deadlineVerbs[w] {
				break
			}
			j += len(w)
		}
	}
	for from := 0; ; {
		// "gave refugees until July 1 to tear down": a deadline by its day
		i := strings.Index(low[from:], "until ")
		if i < 0 {
			break
		}
		i += from
		from = i + len("until ")
		if !atWordStart(b, i) {
			continue
		}
		if ws := wordsBefore(b, i, 6); !slices.ContainsFunc(ws, func(w string) bool { return w == "gave" || w == "given" || w == "give" }) {
			continue
		}
		if t, ok := dayDateAt(b, from, pub); ok {
			return t
		}
	}
	return time.Time{}
}

// deadlineVerbs come between "deadline" and its day: "passed on", "expired
// on", "was", "of".
var deadlineVerbs = wordSet(`passed expired ran out fell was is of on for set`)

// dayDateAt reads a date with its day at b[j] ("July 1", "1 July", "July
// 1, 2019"), not a month or a year alone.
func dayDateAt(b string, j int, pub time.Time) (time.Time, bool) {
	if j < 0 || j >= len(b) {
		return time.Time{}, false
	}
	if isDigit(b[j]) {
		if _, _, ok := dayAt(b, j); !ok {
			return time.Time{}, false
		}
	} else if _, e, ok := monthAt(b, j); !ok || !isDigit(b[skipSpaceInline(b, e)]) {
		return time.Time{}, false
	}
	return monthOrYearAt(b, j, pub)
}

// whenStarted returns the kind of event a "when" clause right after a
// since-date says began: "Wednesday, when Ankara launched its assault on"
// gives "offensive". It returns "" when there is none.
func whenStarted(clause string) string {
	low := strings.ToLower(clause)
	w := strings.Index(low, ", when ")
	if w < 0 || w > 30 || strings.ContainsAny(low[:w], ".;") {
		return ""
	}
	ws := strings.Fields(low[w+len(", when "):])
	for k := 0; k+2 < len(ws) && k < 5; k++ {
		if !eventVerbs[ws[k]] || !(ws[k+1] == "its" || ws[k+1] == "their" || ws[k+1] == "the" || ws[k+1] == "a" || ws[k+1] == "an") {
			continue
		}
		if kind, ok := eventNouns[strings.Trim(ws[k+2], ",.;")]; ok {
			return kind
		}
	}
	return ""
}

// crossedOnDay reports a "since" clause that dates an offensive's first
// move to a day: "Turkish troops crossed the border on 9 October",
// "forces moved in on Oct. 9".
func crossedOnDay(clause string) bool {
	low := strings.ToLower(clause)
	for _, v := range []string{" crossed ", " moved in", " launched ", " entered ", " attacked "} {
		if i := strings.Index(low, v); i >= 0 && strings.Contains(low[i:], " on ") {
			return true
		}
	}
	return false
}

// invasionDay returns the day of the first "since" or "when" clause in
// which troops, forces or a country cross a border ("they have barely
// slept since Turkish troops and allied Syrian fighters crossed the
// border on October 9", "the families who fled when Turkey and its
// Syrian allies crossed the border on October 9"): the day an offensive
// no clause names began. Zero when there is none.
func (x *extractor) invasionDay() time.Time {
	b := x.body
	for _, marker := range []string{"since ", " when ", " after "} {
		for from := 0; ; {
			i := strings.Index(b[from:], marker)
			if i < 0 {
				break
			}
			from += i + len(marker)
			if marker == "since " && !atWordStart(b, from-len(marker)) {
				continue
			}
			if marker == " after " && !timeAfter(b[:from-len(marker)]) {
				continue // "Eight days after Turkish troops ... crossed into northeast Syria on October 9" (not "after talks")
			}
			if p := sinceDate(b, from, x.a.Published); p.ok && invasionClause(b[from:min(len(b), from+80)]) {
				return p.t
			}
		}
	}
	// "Turkey sent troops into northeast Syria on Oct. 9.": a sentence of
	// its own that says so
	for _, marker := range []string{" sent troops into ", " sent its troops into ", " sent forces into ", " sent its forces into "} {
		for from := 0; ; {
			i := strings.Index(b[from:], marker)
			if i < 0 {
				break
			}
			from += i + len(marker)
			s := sentenceAt(b, from-len(marker))
			subject := strings.Fields(strings.ToLower(b[s.start : from-len(marker)]))
			if len(subject) == 0 || len(subject) > 3 || !slices.ContainsFunc(subject, func(w string) bool { return countryNames[w] || militaryNouns[w] }) {
				continue // "Turkey", "Turkish forces", not "the officials who said Turkey"
			}
			if p := sinceDate(b, from, x.a.Published); p.ok {
				return p.t
			}
		}
	}
	return time.Time{}
}

// timeAfter reports text that ends with a span of time, the "after"
// that follows it dating what the sentence tells: "Eight days", "two
// weeks", "Hours".
func timeAfter(before string) bool {
	ws := wordsBefore(before, len(before), 1)
	if len(ws) == 0 {
		return false
	}
	switch strings.TrimSuffix(ws[0], "s") {
	case "day", "week", "month", "hour":
		return true
	}
	return false
}

// invasionClause reports a "since" or "when" clause in which troops,
// forces or a country cross a border on a day: "Turkish troops and allied Syrian
// fighters crossed the border on October 9", "Turkey and its Syrian
// allies crossed the border on October 9".
func invasionClause(clause string) bool {
	low := strings.ToLower(clause)
	i := strings.Index(low, " crossed ")
	return i >= 0 && (strings.Contains(low[i:], " border") || strings.HasPrefix(low[i:], " crossed into ")) && strings.Contains(low[i:], " on ") &&
		slices.ContainsFunc(strings.Fields(low[:i]), func(w string) bool { return militaryNouns[w] || w == "allies" || countryNames[w] })
}

// tallyBefore reports a count's noun among the five words before
// "includes" that ends at i: "a toll it says includes".
func tallyBefore(b string, i int) bool {
	for _, w := range wordsBefore(b, i, 6) {
		if w == "toll" || w == "tally" || w == "figure" || w == "total" || w == "count" {
			return true
		}
	}
	return false
}

// attributionAside reports text that opens with a short statement set
// off by commas, "it said, are sleeping": up to four words ending in a
// statement verb, and the figure's own verb after its comma.
func attributionAside(text string) bool {
	aside, rest, ok := strings.Cut(text, ",")
	ws := strings.Fields(aside)
	next := strings.ToLower(letterRun(rest, skipSpaceInline(rest, 0)))
	if !ok || len(ws) < 2 || !auxVerbs[next] && !beWords[next] { // not ", UNICEF said, as the exodus grew"
		return false
	}
	if len(ws) <= 4 && speechVerbs[strings.ToLower(ws[len(ws)-1])] {
		return true
	}
	// "Some 143,000 people, OCHA spokesman Jens Laerke told reporters in
	// Geneva, had fled": a speaker told whom, and where.
	v := slices.IndexFunc(ws, func(w string) bool { return w == "told" })
	if v < 1 || len(ws) > 11 || v+1 >= len(ws) || !toldAudience[strings.ToLower(ws[v+1])] {
		return false
	}
	for i, w := range ws[v+2:] {
		if prep := w == "in" || w == "on" || w == "at"; i == 0 && !prep || !prep && !isUpper(w[0]) {
			return false // "in Geneva", "in New York on Friday"
		}
	}
	return true
}

// toldAudience are the hearers a speaker "told" in an aside.
var toldAudience = wordSet(`reporters journalists correspondents`)

// directionAside reports text that opens with a short aside placing the
// place before it and closed by a comma: "north of Aleppo, in the past
// week".
func directionAside(text string) bool {
	aside, _, ok := strings.Cut(text, ",")
	ws := strings.Fields(strings.ToLower(aside))
	if !ok || len(ws) < 3 || len(ws) > 5 || ws[1] != "of" {
		return false
	}
	switch ws[0] {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west":
		return placeAsideBefore("," + aside + ",")
	}
	return false
}

// placeAsideBefore reports text between a figure and a "since" whose
// only break is a short aside without a verb set off by commas: "have
// moved into northern Idlib, close to the Turkish border, ".
func placeAsideBefore(between string) bool {
	parts := strings.Split(between, ",")
	if len(parts) != 3 || strings.TrimSpace(parts[2]) != "" || strings.ContainsAny(between, ";:()\"“”") {
		return false
	}
	ws := strings.Fields(strings.ToLower(parts[1]))
	if len(ws) == 0 || len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		if auxVerbs[w] || beWords[w] || strings.HasSuffix(w, "ed") || relativeWords[w] {
			return false
		}
	}
	return true
}

// nameLabelEnd returns the end of a speaker's name label opening s, one
// to four capitalised words and a colon ("Rania Haddad:"), or 0.
func nameLabelEnd(s string) int {
	c := strings.Index(s[:min(len(s), 48)], ": ")
	if c <= 0 {
		return 0
	}
	ws := strings.Fields(s[:c])
	if len(ws) > 4 {
		return 0
	}
	for _, w := range ws {
		if !isUpper(w[0]) || strings.ContainsAny(w, ",;.\"") {
			return 0
		}
	}
	return c + 1
}

// relativeAfter reports the text between two figures that opens a
// relative clause about the first: " between May 5 and August 9 that
// killed", " which left".
func relativeAfter(between string) bool {
	if strings.ContainsAny(between, ",;:()\"") || wordCount(between) > 12 {
		return false
	}
	ws := strings.Fields(strings.ToLower(between))
	for i, w := range ws {
		if (w == "that" || w == "which") && i+1 < len(ws) {
			return true
		}
	}
	return false
}

// reportedClauseStart returns where the clause a speaker reports opens
// in b[from:to]: after "said that" ("Petsas said that in the 24 hours to
// 6 a.m. on Monday, security forces had prevented ..."), or from itself.
func (x *extractor) reportedClauseStart(from, to int) int {
	b := x.body
	for i := from; i < to; i++ {
		if !atWordStart(b, i) || !strings.EqualFold(letterRun(b, i), "that") {
			continue
		}
		if ws := wordsBefore(b, i, 1); len(ws) == 1 && reportingVerbs[ws[0]] {
			return i + len("that")
		}
	}
	return from
}

// sharedPredicate reports the text between two figures that opens a
// second predicate with no subject of its own: ", and had destroyed",
// "and were moved to".
func sharedPredicate(between string) bool {
	ws := strings.Fields(strings.ToLower(between))
	i := 0
	for i < len(ws) && ws[i] != "and" {
		i++
	}
	if i+1 >= len(ws) {
		return false
	}
	w := strings.Trim(ws[i+1], ",")
	if i+2 == len(ws) && strings.HasSuffix(w, "ed") && len(w) > 4 {
		// "had prevented 7,600 attempts in the 24 hours to Wednesday and
		// detained 37 people": the same subject's second verb, right
		// before its figure
		return true
	}
	if strings.Trim(strings.Join(ws[:i], " "), ",") != "" && !strings.HasSuffix(ws[i-1], ",") {
		return false
	}
	return w == "had" || w == "has" || w == "have" || w == "was" || w == "were"
}

// runningTotal reports words before a figure that make it a running
// total: "bringing its total there to" (not "a total of", which may count
// from a start).
func runningTotal(before []string) bool {
	return slices.Contains(before, "total") && slices.ContainsFunc(before, func(w string) bool {
		return w == "bringing" || w == "brings" || w == "brought" || w == "taking" || w == "takes"
	})
}

// kinBefore reports words before a figure that end in a relative and
// "and": "with his wife and six children" counts a family, not more of the
// count before; so does "his wife and their seven children".
func kinBefore(before []string) bool {
	n := len(before)
	return n >= 3 && before[n-1] == "and" && possessives[before[n-3]] && relativeNouns[before[n-2]] ||
		n >= 3 && possessives[before[n-1]] && before[n-2] == "and" && relativeNouns[before[n-3]]
}

// shelterBuildings are buildings that take people in.
var shelterBuildings = wordSet(`school schools mosque mosques church churches hall halls building buildings classroom classrooms stadium gym`)

// shelterTakesIn reports a sentence, up to a figure, whose subject is a
// building that "took in" the figure: "A school in the town opened its
// classrooms and took in about 400 people".
func shelterTakesIn(before string) bool {
	if !strings.Contains(before, " in ") || !strings.Contains(before, "took") && !strings.Contains(before, "tak") {
		return false // no "took in", "taken in", "takes in": most sentences, without lowering them
	}
	low := strings.ToLower(before)
	at := -1
	for _, v := range []string{" took in ", " taken in ", " takes in ", " take in "} {
		if i := strings.LastIndex(low, v); i > at && len(strings.Fields(low[i+len(v):])) <= 3 {
			at = i
		}
	}
	if at < 0 {
		return false
	}
	words := strings.Fields(low[:at])
	for k, w := range words {
		if k == 4 {
			break
		}
		if shelterBuildings[strings.Trim(w, ",")] {
			return true
		}
	}
	return false
}

// kinUnits are the nouns of a family's count after a relative: "her
// husband and five children".
var kinUnits = wordSet(`children kids sons daughters`)

// relativeNouns are the relatives a family count is given with.
var relativeNouns = wordSet(`wife husband mother father parents sister brother son daughter grandmother grandfather`)

// periodThenPredicate reports the words between two figures that close
// the first predicate with its time and open a second in the past tense:
// "attempts to enter the country in the past 24 hours and arrested".
func periodThenPredicate(between string, pub time.Time) bool {
	i := strings.LastIndex(between, " and ")
	if i < 0 || strings.ContainsAny(clockDots.Replace(between[i:]), ".;:") {
		return false
	}
	verb := strings.TrimSpace(between[i+len(" and "):])
	for _, aux := range []string{"had ", "has ", "have "} {
		verb = strings.TrimPrefix(verb, aux) // "and had arrested 45 people"
	}
	if strings.Contains(verb, " ") || !strings.HasSuffix(verb, "ed") && !irregularParticiples[verb] || !lettersOnly(verb) {
		return false // (but "and made 45 arrests" goes on in the past too)
	}
	if irregularParticiples[verb] && strings.HasSuffix(between[:i], ",") {
		return false // not "since Sunday, and had sent 60 trucks": a clause of its own
	}
	return periodClosesClause(between[:i], pub)
}

// periodClosesClause reports a first clause, before the "and" that joins
// a second, that gives a period and ends no sentence (a clock's "6 a.m."
// ends none): "stopped 9,972 attempts ... in the 24 hours to 6 a.m.
// Sunday".
func periodClosesClause(clause string, pub time.Time) bool {
	return !strings.ContainsAny(clockDots.Replace(clause), ".;:") && findPeriod(clause, pub, false).ok
}

// periodThenPassive reports a first clause that closes with a period and
// a second joined by "and" whose figure is in the passive: "5,183
// attempts ... had been prevented in the last 24 hours, and 45 people
// had been arrested": the time holds for both.
func periodThenPassive(between, after string, pub time.Time) bool {
	before, ok := strings.CutSuffix(strings.TrimRight(between, " "), " and")
	if !ok {
		return false
	}
	after = strings.ToLower(strings.TrimLeft(after, " "))
	for _, aux := range []string{"had been ", "have been ", "has been ", "were ", "was "} {
		if rest, ok := strings.CutPrefix(after, aux); ok && strings.HasSuffix(letterRun(rest, 0), "ed") {
			return periodClosesClause(before, pub)
		}
	}
	return false
}

// clockDots drops the dots of a clock's "a.m." and "p.m.".
var clockDots = strings.NewReplacer("a.m.", "am", "p.m.", "pm")

// lastDateBefore returns the last date named in the sentence before s or
// in s before its first "since then" (or "since that date"): the time
// "since then" refers to.
func (x *extractor) lastDateBefore(s span) time.Time {
	b := x.body
	end := s.end
	low := strings.ToLower(b[s.start:s.end])
	if i := strings.Index(low, "since then"); i >= 0 {
		end = s.start + i
	} else if i := strings.Index(low, "since that "); i >= 0 {
		end = s.start + i // "since that date"
	}
	from := x.previousSentenceStart(s)
	var last time.Time
	for i := from; i < end; i++ {
		if !atWordStart(b, i) || !isUpper(b[i]) && !isDigit(b[i]) {
			continue
		}
		if wd, ok := weekdayNames[strings.ToLower(letterRun(b, i))]; ok && !x.a.Published.IsZero() && strings.EqualFold(wordBefore(b, i), "on") {
			// "The decree took effect on Sunday. Since then, ...": the
			// last such weekday up to publication.
			pub := x.a.Published
			last = pub.AddDate(0, 0, -((int(pub.Weekday()) - int(wd) + 7) % 7))
			continue
		}
		if _, _, ok := monthAt(b, i); !ok {
			if _, _, ok := dayAt(b, i); !ok {
				continue
			}
		}
		if d, e, ok := dayAt(b, i); ok && !x.a.Published.IsZero() {
			if m, me, ok := monthAt(b, skipSpaceInline(b, e)); ok && skipSpaceInline(b, e) > e {
				// "on 20 January": the day before its month, in the last
				// year up to publication
				last = lastOnOrBefore(x.a.Published, m, d)
				i = me - 1 // (not the month again, alone)
				continue
			}
		}
		if t, ok := monthOrYearAt(b[:end], i, x.a.Published); ok {
			last = t
		}
	}
	return last
}

// measureUnits are units of figures that never count from a start.
var measureUnits = wordSet(`percent km miles years days weeks months hours`)

// mainClausePeriod finds a "since" expression that governs figure k of the
// sentence from outside its clause: an introductory "Since January, ...",
// or one in the same stretch of the sentence with no punctuation or
// subordinating word between ("stopped 900 attempts since Saturday and
// detained 40 people"). A "since" across a comma belongs to another clause
// ("closed since 2016, when a car bomb killed six"). It also returns the
// fact of the figure in the clause of that expression, if one was
// extracted before figure k.
func (x *extractor) mainClausePeriod(s span, pub time.Time, figs []*fig, k int) (periodInfo, *Fact) {
	b := x.body
	if !strings.Contains(b[s.start:s.end], "ince") {
		return periodInfo{}, nil // no "since"
	}
	brs := breaksIn(b, s.start, s.end, false)
	first := skipSpaceInline(b, s.start)
	if c := nameLabelEnd(b[first:s.end]); c > 0 {
		first = skipSpaceInline(b, first+c) // "Rania Haddad: Since July 1, ...": the answer's first word
	}
	for first < s.end && !isLetter(b[first]) && !isDigit(b[first]) {
		first++ // an opening quotation mark
	}
	for i := s.start; i < s.end; i++ {
		if !atWordStart(b, i) || !hasWordFold(b[i:], "since") {
			continue
		}
		if lo, hi := min(i, figs[k].start), max(i, figs[k].start); i != first && !(i > figs[k].end && placeAsideBefore(b[figs[k].end:i])) && slices.ContainsFunc(breaksIn(b, lo, hi, false), func(br clauseBreak) bool {
			return !listComma(b, br, hi) // "into schools, mosques or homes since Sunday": one clause
		}) {
			continue
		}
		word := ""
		clauseStart, clauseEnd := s.start, s.end
		for _, br := range brs {
			if br.at <= i {
				word, clauseStart = br.word, br.at
			} else if br.before > i {
				clauseEnd = br.before
				break
			}
		}
		if relativeWords[word] {
			continue
		}
		p := sinceDate(b[:s.end], i+len("since"), pub)
		if !p.ok && !p.needEvent {
			continue
		}
		var carrier *Fact
		first := len(x.facts) - k
		for j := 0; j < k; j++ {
			if figs[j].start >= clauseStart && figs[j].start < clauseEnd {
				carrier = &x.facts[first+j]
			}
		}
		return p, carrier
	}
	return periodInfo{}, nil
}

// listComma reports a break that is a comma between the items of a list
// ending before limit: the item after it is one or two words, then "and",
// "or" or another comma.
func listComma(b string, br clauseBreak, limit int) bool {
	if br.word != "" || b[br.before] != ',' {
		return false
	}
	ws := strings.Fields(b[br.at:min(limit, br.at+40)])
	for n := 1; n <= 2 && n < len(ws); n++ {
		if strings.HasSuffix(ws[n-1], ",") {
			return true
		}
		if ws[n] == "and" || ws[n] == "or" {
			return true
		}
	}
	return false
}

// source names who the text credits the figure to: the reporter for a
// place's apposition; the speaker of a quotation; the nearest statement
// verb whose reported content holds the figure; a closing attribution
// ("..., the U.N. said") or "according to"; else the reporter.
func (x *extractor) source(s span, g *fig) string {
	b := x.body
	if src := rowSource(b, s); src != "" {
		return src // the table's own "Source" column
	}
	if _, _, row := tableRow(b, s); row {
		if src := tableFootSource(b, s.end); src != "" {
			return src // "Source: UN Office for the Coordination of Humanitarian Affairs (OCHA)" under the table
		}
	}
	if inApposition(b, s, g.start) || distanceGloss(b, s, g) || speakerDescription(b, s, g.start) || x.capacityGlossed(s, g) {
		return "reporter"
	}
	if q := quoteAt(x.quotes, g.start); q != nil {
		for k := range x.quotes {
			if x.quotes[k] == q {
				if sp := x.res.quoteSpeaker(x.quotes, k); sp != "" {
					return sp
				}
			}
		}
	}
	as := x.res.sentenceAttributions(s)
	best := -1
	for i, a := range as {
		if a.pre && !a.according && a.verbEnd <= g.start && g.start < a.scopeEnd && !timeAfterClause(b[a.verbEnd:g.start]) {
			if best < 0 || a.verbEnd > as[best].verbEnd && !countryCounts(b, as[best], a) {
				best = i
			}
		}
	}
	if best >= 0 && strings.Contains(b[as[best].verbEnd:g.start], ", ") {
		// "Jordan said on Monday it would keep its border closed, even
		// as the number ... rose to as many as 270,000, according to UN
		// figures": the figure a clause after the statement gives has its
		// own source.
		for i, a := range as {
			if a.according && a.verbStart > g.start && !strings.ContainsAny(b[g.end:a.verbStart], ".;") {
				best = i
				break
			}
		}
	}
	if best >= 0 && countParticiples[strings.ToLower(b[as[best].verbStart:as[best].verbEnd])] {
		// "Morocco has registered roughly 3,800 Syrian refugees, according
		// to UNHCR": the source named for the count, not who keeps it.
		for i, a := range as {
			if a.according && a.verbStart > g.start {
				best = i
				break
			}
		}
	}
	if best < 0 {
		for i, a := range as {
			// "..., X said" covers what comes before it, not a clause after
			// it ("X said on Wednesday, as thousands massed ...").
			if n := len(a.subject); !a.according && n > 0 && a.subject[0].start <= g.start && g.start < a.verbStart &&
				(g.start < a.subject[n-1].end || strings.Contains(b[a.subject[n-1].end:g.start], ",")) {
				// "Erdogan, whose country hosts 3.6 million Syrian refugees,
				// said ... and told Greece": a figure inside the subject's
				// own description, no figure the verb reports; "only nine
				// percent told us": the subject itself (not "UNHCR has about
				// 900,000 Syrians registered", a count its verb reports)
				continue
			}
			if n := len(a.subject); !a.according && n > 0 && a.verbEnd <= g.start && asSubject(wordsBefore(b, a.subject[0].start, 2)) {
				// "If the snow comes back next week, as the forecast says,
				// as many as 5,000 ...": "as X says" vouches for the clause
				// it closes only.
				continue
			}
			if !a.pre && !a.according && a.verbEnd <= g.start && joinedClauseCredited(b, a.verbEnd, g, as) {
				continue
			}
			if a.according || !a.pre && (a.verbStart > g.start || !clauseFollows(b, a.verbEnd, g.start)) {
				// (an "according to X" after the figure before a statement
				// it follows: "..., SARC said, while 2,000 people are
				// sleeping in the open, according to the Kurdish Red
				// Crescent")
				after := func(a attribution) bool { return a.according && a.verbStart > g.start }
				before := func(a attribution) bool { return a.verbEnd <= g.start }
				if best < 0 || after(a) && before(as[best]) || !(after(as[best]) && before(a)) && abs(a.verbStart-g.start) < abs(as[best].verbStart-g.start) {
					best = i
				}
			}
		}
	}
	if best >= 0 {
		if subj := as[best].subject; len(subj) == 1 && firstPerson(subj[0].lower()) {
			// "LH: In October we recorded 312 families": in a speaker's
			// turn, "we" is the speaker, not whoever spoke before.
			if sp := x.turnSpeaker(g.start); sp != "" {
				return sp
			}
		}
		if name := x.res.name(as[best].subject, as[best].verbStart); name != "" {
			if !strings.ContainsFunc(name, unicode.IsUpper) && wordCount(name) <= 3 && name != "reporter" {
				name = x.res.qualifiedNoun(name, as[best].verbStart)
			}
			name = dropMediaNoun(name)
			if firstPerson(name) {
				// "our teams registered 41,000": the speaker's own.
				if sp := x.turnSpeaker(g.start); sp != "" {
					return sp
				}
				if ownCorrespondent(name) {
					return "reporter" // "our correspondent saw ...": the outlet's own
				}
			}
			return name
		}
	}
	if sp := x.turnSpeaker(g.start); sp != "" {
		if name := x.figureOwner(b[s.start:g.start], g.start); name != "" && !hasDigit(b[s.start:g.start]) {
			// "Normatov: ... By UNHCR’s count, more than 7 600 people have
			// crossed": the count's owner, not the speaker (not "The
			// government’s estimate is about 1.5m, so perhaps 600,000 ...",
			// the speaker's own figure after the owner's)
			return name
		}
		return sp // "NAME: We are 14 people in one tent."
	}
	if line := b[s.start:s.end]; wholeLine(b, s) && !strings.HasSuffix(strings.TrimSpace(line), ".") {
		if name := itemSource(line); name != "" {
			return name // "• 176,000 people displaced ... (OCHA)" under a heading
		}
	}
	if intro, ok := x.introOf(s); ok {
		if name := itemSource(b[s.start:s.end]); name != "" {
			return name // "Displaced: more than 160,000 (OCHA)"
		}
		// A list item or table row says nothing of who counted: the
		// line that introduces the list does ("The campaign has reached
		// 250,000 people, QC said, with the following:").
		for i := len(x.facts) - 1; i >= 0 && x.facts[i].Start >= intro.start; i-- {
			if x.facts[i].Start < intro.end && x.facts[i].Source != "reporter" {
				return x.facts[i].Source
			}
		}
		if name := x.introSpeaker(intro); name != "" {
			return name // "OCHA's update on Wednesday gave the following figures:"
		}
	}
	if name := x.figuresFromNext(s); name != "" {
		return name // "... and 135 fighters. Those figures come from the Observatory."
	}
	if name := x.figureOwner(b[s.start:g.start], g.start); name != "" {
		return name
	}
	if rest, ok := strings.CutPrefix(b[g.end:s.end], ", by "); ok {
		// "Syrian refugees – around 60,000 of them, by UNHCR’s count –
		// outnumber the Lebanese": the owner the aside names after it
		if name := x.figureOwner("by "+rest[:min(len(rest), 60)], g.start); name != "" {
			return name
		}
	}
	return "reporter"
}

// figureOwner returns who a sentence's words before a figure, at, say
// the figure is of, or "": "By the government's count" for "Lebanese
// government", "The UN's figure is lower:", "By the Observatory’s count".
func (x *extractor) figureOwner(before string, at int) string {
	name := ownersFigure(before)
	switch {
	case name == "":
		return ""
	case !isUpper(name[0]):
		return x.res.qualifiedNoun(name, at)
	}
	return x.res.fullerName(name, at)
}

// countryCounts reports an attribution inner, inside the scope of outer,
// whose subject is a country and whose verb counts: "UNHCR says Jordan
// has registered about 660,000 Syrian refugees" is UNHCR's figure of
// Jordan's register, told by UNHCR.
func countryCounts(b string, outer, inner attribution) bool {
	return !countParticiples[strings.ToLower(b[outer.verbStart:outer.verbEnd])] && inner.verbStart < outer.scopeEnd &&
		len(inner.subject) == 1 && countryNames[strings.ToLower(inner.subject[0].text)] && countParticiples[strings.ToLower(b[inner.verbStart:inner.verbEnd])]
}

// joinedClauseCredited reports a figure in a clause that "and" or "but"
// joins to a statement its speaker closed at from, where a later "X
// said" credits the figure's own clause: "..., aid groups say, and up to
// 15,000 children could be left without a roof, Save the Children warned".
func joinedClauseCredited(b string, from int, g *fig, as []attribution) bool {
	between := b[from:g.start]
	if !strings.HasPrefix(between, ", and ") && !strings.HasPrefix(between, ", but ") {
		return false
	}
	return slices.ContainsFunc(as, func(c attribution) bool {
		return !c.pre && !c.according && len(c.subject) > 0 && c.verbStart > g.end && !strings.ContainsAny(b[g.end:c.verbStart], ".;")
	})
}

// timeAfterClause reports text between a speaker's verb and a figure
// that sets the figure in a clause dating the statement by an event
// ("Turkey said it would no longer stop migrants, hours after at least
// 33 Turkish soldiers were killed"): the event is the writer's
// narration, not what was said.
func timeAfterClause(between string) bool {
	c := strings.LastIndex(between, ", ")
	if c < 0 || strings.ContainsAny(between[c:], ";:\"“”") {
		return false
	}
	ws := strings.Fields(strings.ToLower(between[c+2:]))
	for len(ws) > 0 && (ws[0] == "just" || ws[0] == "only" || ws[0] == "barely" || ws[0] == "mere" || ws[0] == "a" || ws[0] == "one" ||
		ws[0] == "two" || ws[0] == "three" || ws[0] == "few" || ws[0] == "several") {
		ws = ws[1:]
	}
	return len(ws) >= 2 && ws[1] == "after" && (ws[0] == "hours" || ws[0] == "days" || ws[0] == "day" || ws[0] == "weeks" ||
		ws[0] == "week" || ws[0] == "shortly" || ws[0] == "soon" || ws[0] == "moments" || ws[0] == "minutes")
}

// tollPut matches a source putting a death toll at a figure.
var tollPut = regexp.MustCompile(`(?i)\b(put|puts|putting|placed|places) (the|its|their) (\w+ )?(death |casualty )?toll\b`)

// tollPutAt reports text before a figure that puts a toll "at" it ("has
// put the civilian toll in Idlib ... at") or has it rise to the figure.
func tollPutAt(before string) bool {
	t := strings.TrimRight(before, " ")
	if !strings.Contains(strings.ToLower(t), "toll") {
		return false // most figures: no toll named, no expressions to run
	}
	return strings.HasSuffix(strings.ToLower(t), " at") && tollPut.MatchString(t) || tollRose.MatchString(t)
}

// tollRose matches a death toll that has risen to a figure: "The death
// toll from mortar fire ... has risen to".
var tollRose = regexp.MustCompile(`(?i)\b(death|casualty|civilian) toll\b[^.;:]*\b(has|had|have)? ?(risen|rose|climbed|jumped|reached|increased|grown)( to)?$`)

// militaryAntecedent returns the military noun a figure "of them" set off
// by a comma counts, named in the clause just before it ("it has sent
// soldiers into Idlib, thousands of them,"), or "".
func militaryAntecedent(b string, from int, g *fig) string {
	if !hasPrefixFold(b[g.f.end:], " of them") {
		return ""
	}
	pre := strings.TrimRight(b[from:g.start], " ")
	if !strings.HasSuffix(pre, ",") {
		return ""
	}
	pre = pre[:len(pre)-1]
	if k := strings.LastIndexAny(pre, ",;:()"); k >= 0 {
		pre = pre[k+1:]
	}
	ws := clauseWords(pre)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-5; k-- {
		if militaryNouns[ws[k]] && plural(ws[k]) {
			return ws[k]
		}
	}
	return ""
}

// ownersFigure returns the owner a clause opening "The UN's figure is
// lower:" gives a figure after it, or "": a capitalised possessive
// before a count word.
func ownersFigure(pre string) string {
	for _, sep := range []string{"’s ", "'s "} {
		i := strings.Index(pre, sep)
		if i <= 0 || i > 40 {
			continue
		}
		if w := strings.ToLower(letterRun(pre, i+len(sep))); !countWords[w] && w != "estimates" && w != "figures" {
			continue
		}
		owner := strings.TrimSpace(pre[:i])
		owner = strings.TrimPrefix(strings.TrimPrefix(owner, "By "), "by ") // "By the Observatory’s count, ..."
		owner = strings.TrimPrefix(strings.TrimPrefix(owner, "The "), "the ")
		if owner == "" || !isUpper(owner[0]) && !descriptorNouns[owner] || wordCount(owner) > 4 || strings.ContainsAny(owner, ",.;:") {
			continue // (but "By the government's count": the government named before)
		}
		return owner
	}
	return ""
}

// figureOrigins open a sentence that says where the figures of the one
// before come from: "Those figures come from the Syrian Observatory".
var figureOrigins = []string{"those figures ", "these figures ", "the figures ", "that figure ", "the figure ",
	"this figure ", "those numbers ", "these numbers ", "the numbers ", "that number ", "the number "}

// figuresFromNext returns the source that the next sentence of the same
// paragraph credits the figures of sentence s to, or "".
func (x *extractor) figuresFromNext(s span) string {
	b := x.body
	next := skipSpaceInline(b, s.end)
	if next >= len(b) || b[next] == '\n' {
		return "" // the paragraph ends with s
	}
	end := min(len(b), next+60)
	low := lowerASCII(b[next:end]) // offsets into low hold in b
	if name := x.countKeeper(next, low); name != "" {
		return name // "... 655 000 registered refugees. That is the count kept by UNHCR"
	}
	for _, o := range figureOrigins {
		rest, ok := strings.CutPrefix(low, o)
		if !ok {
			continue
		}
		for _, v := range []string{"come from ", "comes from ", "came from ", "are from ", "were from ", "is from ", "was from "} {
			if strings.HasPrefix(rest, v) {
				ns := sentenceAt(b, next)
				toks := x.res.tokens(ns)
				from := next + len(o) + len(v)
				for i, t := range toks {
					if t.start >= from {
						return x.res.name(npAfterNoun(toks, i), t.start)
					}
				}
			}
		}
		return ""
	}
	return ""
}

// countKeeper returns who the sentence at b[next] (low, lowered) says
// keeps the count the sentence before gave: "That is the count kept by
// UNHCR", "This is the figure given by the ministry", or "".
func (x *extractor) countKeeper(next int, low string) string {
	if from, ok := keeperAfter(low); ok {
		// "That's according to the Syrian Observatory ...", "That toll
		// comes from the U.N. human rights office"
		return x.nameFrom(next, next+from)
	}
	rest, ok := "", false
	for _, o := range []string{"that is the ", "this is the ", "that's the ", "that’s the "} {
		if rest, ok = strings.CutPrefix(low, o); ok {
			break
		}
	}
	if !ok {
		return ""
	}
	noun := letterRun(rest, 0)
	if noun == "latest" || noun == "official" || noun == "new" {
		rest = strings.TrimLeft(rest[len(noun):], " ") // "That is the latest estimate of"
		noun = letterRun(rest, 0)
	}
	if !countWords[noun] && !dataNouns[noun] {
		return ""
	}
	rest = strings.TrimLeft(rest[len(noun):], " ")
	verb := letterRun(rest, 0)
	var from int
	switch {
	case verb == "of":
		from = next + (len(low) - len(rest)) + len("of ") // "the latest estimate of the UN Office ..."
	case (recordVerbs[verb] || verb == "kept" || verb == "given" || verb == "used") && strings.HasPrefix(rest[len(verb):], " by "):
		from = next + (len(low) - len(rest)) + len(verb) + len(" by ")
	default:
		return ""
	}
	return x.nameFrom(next, from)
}

// keeperAfter returns where the source starts in a sentence (low, lowered)
// that only says where the figures before it come from: "that's
// according to ...", "that toll comes from ...", "the tally was given by
// ...".
func keeperAfter(low string) (int, bool) {
	if !strings.HasPrefix(low, "th") {
		return 0, false // most sentences: no split into words
	}
	for _, o := range []string{"that's according to ", "that’s according to ", "that is according to "} {
		if strings.HasPrefix(low, o) {
			return len(o), true
		}
	}
	w := strings.Fields(low)
	if len(w) >= 4 && (w[0] == "that" || w[0] == "this" || w[0] == "those" || w[0] == "these") &&
		(countWords[w[1]] || dataNouns[w[1]] || w[1] == "toll" || w[1] == "tolls") &&
		(w[2] == "comes" || w[2] == "come" || w[2] == "came") && w[3] == "from" {
		return strings.Index(low, " from ") + len(" from "), true
	}
	if len(w) >= 6 && (w[0] == "the" || w[0] == "that" || w[0] == "this") && (countWords[w[1]] || dataNouns[w[1]] || w[1] == "toll") &&
		(w[2] == "was" || w[2] == "is" || w[2] == "were" || w[2] == "are") && (recordVerbs[w[3]] || w[3] == "given" || w[3] == "issued") && w[4] == "by" {
		// "The tally was given by the Greek coastguard"
		return strings.Index(low, " by ") + len(" by "), true
	}
	return 0, false
}

// nameFrom returns the name that starts at or after from in the sentence
// at next.
func (x *extractor) nameFrom(next, from int) string {
	toks := x.res.tokens(sentenceAt(x.body, next))
	for i, t := range toks {
		if t.start >= from {
			return x.res.name(npAfterNoun(toks, i), t.start)
		}
	}
	return ""
}

// possessiveOwner returns the owner a list's caption names with a
// possessive: the capitalised name before "'s" when the caption opens
// with it ("UNHCR's registered refugee population, by governorate:") or
// when a document noun follows ("the Valley Relief Council's update",
// "The migration ministry's latest figures"), or "".
func possessiveOwner(text string) string {
	for _, sep := range []string{"’s ", "'s "} {
		i := strings.Index(text, sep)
		if i <= 0 {
			continue
		}
		from := i // its capitalised name
		for {
			w, at := wordBack(text, from)
			if w == "" || !isUpper(w[0]) || at == 0 && len(w) > 1 && w == "The" {
				break
			}
			from = at
		}
		opening := from < i && i <= 60 && wordCount(text[from:i]) <= 4 &&
			(from == 0 || strings.TrimSpace(text[:from]) == "The")
		if opening {
			return strings.TrimSpace(text[from:i])
		}
		w1 := letterRun(text, i+len(sep))
		w2 := letterRun(text, skipSpaceInline(text, i+len(sep)+len(w1)))
		if !hasLower(documentNouns, w1) && !hasLower(documentNouns, w2) {
			continue // not "the agency's district figures" unless it says "figures"
		}
		if from < i {
			return strings.TrimSpace(text[from:i])
		}
		// "The migration ministry's latest figures": a body named in lower
		// case after "the".
		for k, at := 0, i; k < 4; k++ {
			w, prev := wordBack(text, at)
			if w == "" {
				break
			}
			if strings.EqualFold(w, "the") {
				if k > 0 {
					return strings.TrimSpace(text[at:i])
				}
				break
			}
			at = prev
		}
	}
	return ""
}

// namedDocument returns the acronym right before a document noun in a
// list's caption, "The latest UNHCR figures for Jordan" gives UNHCR, or "".
func namedDocument(text string) string {
	words := strings.Fields(text)
	for k := 1; k < len(words); k++ {
		if hasLower(documentNouns, strings.Trim(words[k], ",:;()")) {
			if w := words[k-1]; len(w) >= 2 && isAcronym(w) {
				return w
			}
		}
	}
	return ""
}

// dataFrom returns the name after "figures from", "data from" in a list's
// caption, "Key figures from OCHA for northwest Syria" gives OCHA, or "":
// capitalised words, joined by "of", "for", "the" or "and" ("the Ministry
// of Health"), or the acronym in brackets that follows them.
func dataFrom(text string) string {
	words := strings.Fields(text)
	for k := 0; k+2 < len(words); k++ {
		if !hasLower(givenData, strings.TrimRight(words[k], ",:;")) {
			continue
		}
		var rest []string
		topic := fromAfterTopic(words[k+1:])
		switch {
		case strings.ToLower(words[k+1]) == "from":
			rest = words[k+2:]
		case topic > 0:
			// "the latest figures for northwest Syria from the UN
			// humanitarian office (OCHA)"
			rest = words[k+1+topic:]
		case k+4 < len(words) && beWords[strings.ToLower(words[k+1])] && givenBy[strings.ToLower(words[k+2])] && words[k+3] == "by":
			// "The figures were given by the Kurdistan Region's Joint
			// Crisis Coordination Centre (JCC) on Wednesday evening:"
			rest = words[k+4:]
		default:
			continue
		}
		for m, w := range rest[:min(len(rest), 12)] {
			// "from the Duhok governorate's Board of Relief and
			// Humanitarian Affairs (BRHA)": the acronym names it.
			if bare := strings.TrimRight(w, ",:;"); m > 0 && strings.HasPrefix(bare, "(") && strings.HasSuffix(bare, ")") {
				if isAcronym(bare[1 : len(bare)-1]) {
					return bare[1 : len(bare)-1]
				}
				break
			}
		}
		if rest[0] == "the" {
			rest = rest[1:]
		}
		var name []string
		for m, w := range rest {
			bare := strings.TrimRight(w, ",:;")
			if strings.HasPrefix(bare, "(") && strings.HasSuffix(bare, ")") && len(name) > 0 && isAcronym(bare[1:len(bare)-1]) {
				return bare[1 : len(bare)-1] // "the U.N. Office for ... (OCHA)"
			}
			joins := false
			if nameJoiners[bare] && len(name) > 0 {
				// "of", "for the": a name goes on after them.
				n := m + 1
				for n < len(rest) && nameJoiners[rest[n]] {
					n++
				}
				joins = n < len(rest) && isUpper(rest[n][0])
			}
			if bare == "" || !isUpper(bare[0]) && !joins || len(name) == 8 {
				break
			}
			name = append(name, bare)
			if bare != w {
				break // the name ends at its comma or colon
			}
		}
		if n := len(name); n >= 4 && name[n-3] == "for" && name[n-2] == "the" {
			name = name[:n-3] // "the Lebanese Red Cross for the Bekaa": its branch's region
		}
		if n := len(name); n > 0 && n < len(rest) && rest[n-1] == name[n-1] {
			// "from the Greek citizen protection ministry for January 26":
			// a body named in lower case after its capitalised adjective
			name = append(name, lowerBodyAfter(rest[n:])...)
		}
		if len(name) > 0 && name[0] != "The" {
			return strings.Join(name, " ")
		}
		// "Figures from aid agencies, as of Monday evening:": a group
		// named in lower case, up to its comma or colon
		for m, w := range rest[:min(len(rest), 3)] {
			bare := strings.TrimRight(w, ",:;")
			if bare != w || m == len(rest)-1 {
				if m > 0 && groupSources[strings.ToLower(bare)] {
					return strings.Join(append(rest[:m:m], bare), " ")
				}
				break
			}
		}
	}
	return ""
}

// listVerbs introduce a list by who drew it up: "The UN listed what the
// convoy brought:".
var listVerbs = []string{" listed ", " lists ", " itemised ", " itemized ", " itemises ", " itemizes "}

// listedBy returns the capitalised subject of a list verb in a list's
// intro, or "".
func listedBy(text string) string {
	for _, v := range listVerbs {
		i := strings.Index(text, v)
		if i <= 0 {
			continue
		}
		subj := strings.TrimPrefix(strings.TrimSpace(text[:i]), "The ")
		if subj == "" || !isUpper(subj[0]) || wordCount(subj) > 5 || strings.ContainsAny(subj, ",.;:") {
			continue
		}
		return subj
	}
	return ""
}

// howManyAsked returns the words of the question that sentence s, opening
// an answer, answers: "How many people are living in Rukban today?" over
// "Our best estimate is about 41,700 people". Nil when the paragraph
// before is no "how many" question or s does not open its paragraph (or,
// in a turn of its own, follow the question in the same paragraph).
func (x *extractor) howManyAsked(s span) []string {
	b := x.body
	p := strings.LastIndex(b[:s.start], "\n\n") + 2
	if p < 2 {
		return nil
	}
	var q string
	switch {
	case s.start-p <= 40: // the answer's first sentence (a label may open it)
		q = strings.TrimSpace(previousParagraph(b, p))
	case interviewLabel(b[s.start:s.end]) != "":
		// "High North News: How many people are living in the camp?
		// Haugland: The UN says about 41,700 people.": a question and its
		// answer's turn in one paragraph
		q = strings.TrimSpace(b[p:s.start])
	default:
		return nil
	}
	if !strings.HasSuffix(q, "?") {
		return nil
	}
	if label := interviewLabel(q); label != "" {
		q = strings.TrimSpace(q[strings.Index(q, ":")+1:]) // "Madar Al-Saa: How many ..."
	}
	i := strings.LastIndex(strings.ToLower(q), "how many")
	if i < 0 {
		return nil
	}
	return clauseWords(q[i+len("how many"):])
}

// lowerBodyAfter returns the words, up to three in lower case, that end
// a body's name after its capitalised ones ("citizen protection ministry"
// after "Greek"), through the organisation's word, or nil.
func lowerBodyAfter(words []string) []string {
	for m := 0; m < min(len(words), 3); m++ {
		bare := strings.TrimRight(words[m], ",:;.")
		if bare == "" || !isLetter(bare[0]) || isUpper(bare[0]) {
			return nil
		}
		if orgWords[bare] {
			return append(words[:m:m], bare)
		}
		if bare != words[m] {
			return nil
		}
	}
	return nil
}

// fromAfterTopic returns how many of words open "for northwest Syria
// from" (what figures are about, then who gives them), through "from";
// 0 when they do not.
func fromAfterTopic(words []string) int {
	if len(words) < 3 || words[0] != "for" && words[0] != "on" && words[0] != "in" {
		return 0
	}
	for m := 1; m < min(len(words)-1, 5); m++ {
		if words[m] == "from" {
			return m + 1
		}
		if strings.TrimRight(words[m], ",:;") != words[m] {
			return 0
		}
	}
	return 0
}

// capitalsHeading returns the length of a heading in capitals, two words
// or more, that opens a list's introduction before a sentence ("KEY
// FIGURES According to ..."), or 0.
func capitalsHeading(text string) int {
	n, end := 0, 0
	for i := 0; i < len(text); {
		j := skipSpaceInline(text, i)
		w := letterRun(text, j)
		if len(w) < 2 || strings.ToUpper(w) != w {
			if n >= 2 && len(w) >= 2 && isUpper(w[0]) && strings.ToUpper(w) != w {
				return end
			}
			return 0
		}
		n, end, i = n+1, j+len(w), j+len(w)
	}
	return 0
}

// breakdownBy returns the acronym that names who gives a list "as
// follows": the last acronym before the verb of "OCHA breaks the
// displacement down as follows", or "".
func breakdownBy(caption string) string {
	if !strings.Contains(caption, "as follows") {
		return ""
	}
	last := ""
	for _, w := range strings.Fields(caption) {
		w = strings.Trim(w, ",:;()")
		if breakdownVerbs[w] {
			return last
		}
		if len(w) >= 3 && isAcronym(w) {
			last = w
		}
	}
	return ""
}

// breakdownVerbs give a list "as follows".
var breakdownVerbs = wordSet(`breaks broke gives gave lists listed puts put sets set splits split`)

// givenBy are the participles of a caption's passive credit: "The
// figures were given by".
var givenBy = wordSet(`given provided supplied compiled released published issued`)

// groupSources end the lower-case names of groups a caption credits:
// "aid agencies", "local officials".
var groupSources = wordSet(`agencies groups officials authorities organisations organizations workers monitors activists`)

// bracketCredit returns the source a list's caption credits in brackets
// at its end, before any date: "The crisis in numbers (UNHCR, June
// 2020):" gives UNHCR, or "": an acronym or up to four capitalised words.
func bracketCredit(caption string) string {
	c := strings.TrimRight(caption, ": ")
	if !strings.HasSuffix(c, ")") {
		return ""
	}
	open := strings.LastIndexByte(c, '(')
	if open < 0 {
		return ""
	}
	name, rest, _ := strings.Cut(c[open+1:len(c)-1], ",")
	name = strings.TrimSpace(name)
	if r, _, _ := strings.Cut(rest, ","); isAcronym(strings.TrimSpace(r)) && wordCount(name) > 3 {
		// "(source: UN Office for the Coordination of Humanitarian
		// Affairs, OCHA)": the body by the acronym the caption gives it
		return strings.TrimSpace(r)
	}
	for _, lead := range []string{"figures from ", "data from ", "source: ", "figures: ", "according to "} {
		if hasPrefixFold(name, lead) {
			// "(figures from the Greek government, as of March 4)"
			name = strings.TrimSpace(name[len(lead):])
			if hasPrefixFold(name, "the ") {
				name = name[len("the "):]
			}
			if lead == "source: " && name != "" && isUpper(name[0]) && !hasDigit(name) && wordCount(name) <= 6 {
				return name // "(source: Greek coastguard)": whoever the label names
			}
			break
		}
	}
	if ws := strings.Fields(name); len(ws) >= 2 && documentNouns[ws[len(ws)-1]] {
		name = strings.Join(ws[:len(ws)-1], " ") // "(KRG figures)"
	} else if len(ws) >= 3 && isAcronym(ws[0]) && documentNouns[ws[1]] {
		return ws[0] // "(UNHCR figures before the fire)"
	}
	if ws := strings.Fields(name); len(ws) >= 2 && len(ws) <= 5 && isUpper(ws[0][0]) && descriptorNouns[ws[len(ws)-1]] && !hasDigit(name) {
		return name // "(figures from the Greek citizen protection ministry, Jan. 19)": a body its adjectives name
	}
	if name == "" || hasDigit(name) || wordCount(name) > 4 {
		return ""
	}
	ws := strings.Fields(name)
	for k, w := range ws {
		if !isUpper(w[0]) && !nameJoiners[w] && !(k == len(ws)-1 && k > 0 && descriptorNouns[w]) {
			return "" // ("Greek government": a body its adjective names)
		}
	}
	return name
}

// figuresGivenBy returns who a caption says gave its figures in a
// relative clause, "the figures the Greek migration ministry gave", or
// "": up to five words between the data noun and a giveVerbs verb.
func figuresGivenBy(caption string) string {
	words := strings.Fields(caption)
	for k, w := range words {
		if !hasLower(givenData, w) {
			continue
		}
		for m := k + 2; m < len(words) && m <= k+6; m++ {
			if !hasLower(giveVerbs, strings.TrimRight(words[m], ",:")) {
				continue
			}
			name := words[k+1 : m]
			for len(name) > 0 && (name[0] == "the" || name[0] == "that" || name[0] == "which") {
				name = name[1:]
			}
			if len(name) == 0 || strings.ContainsAny(strings.Join(name, " "), ",.:;0123456789") ||
				!isUpper(name[0][0]) && !hasLower(orgWords, name[len(name)-1]) {
				return "" // a name, or a body named in lower case: "the regional health office"
			}
			return strings.Join(name, " ")
		}
	}
	return ""
}

// itemSource returns the name a list item ends with in brackets, which
// says who gave its figure: "Civilians killed: 72 (Syrian Observatory
// for Human Rights)".
func itemSource(item string) string {
	if cell := strings.TrimSpace(labelCell(item)); strings.HasSuffix(cell, ")") {
		// "Civilians killed (SOHR)     72": a table row's label cell
		// credits an agency by its acronym
		if i := strings.LastIndexByte(cell, '('); i >= 0 && isAcronym(cell[i+1:len(cell)-1]) {
			return cell[i+1 : len(cell)-1]
		}
	}
	item = strings.TrimRight(item, " .;")
	if !strings.HasSuffix(item, ")") {
		return ""
	}
	i := strings.LastIndexByte(item, '(')
	if i < 0 {
		return ""
	}
	name := withoutDateTail(item[i+1 : len(item)-1])
	if name == "" || !isUpper(name[0]) || hasDigit(name) || wordCount(name) > 7 {
		return ""
	}
	if ws := strings.Fields(name); len(ws) == 2 && isAcronym(ws[0]) && documentNouns[ws[1]] {
		return ws[0] // "(UN survey)", "(KRG figures)"
	}
	return name
}

// withoutDateTail drops what follows a credit's comma when it is no
// second name: "UNHCR, end of May", "OCHA, 18 February", "UNHCR,
// end-December 2019" give the agency.
func withoutDateTail(name string) string {
	if c := strings.IndexByte(name, ','); c > 0 {
		if rest := strings.TrimSpace(name[c+1:]); rest == "" || !isUpper(rest[0]) || hasDigit(rest) {
			return name[:c]
		}
	}
	return name
}

// tableFootSource returns who the line under a table, in the same
// paragraph as its row ending at end, names as the table's source:
// "Source: UN Office for the Coordination of Humanitarian Affairs (OCHA)"
// gives OCHA; or "".
func tableFootSource(b string, end int) string {
	para := b[end:]
	if e := strings.Index(para, "\n\n"); e >= 0 {
		para = para[:e]
	}
	for _, line := range strings.Split(para, "\n") {
		line = strings.TrimSpace(line)
		for _, lead := range []string{"source:", "sources:", "source :"} {
			if hasPrefixFold(line, lead) {
				return sourceCell(withoutDateTail(strings.TrimRight(strings.TrimSpace(line[len(lead):]), ".")))
			}
		}
	}
	return ""
}

// wholeLine reports a sentence that is a line of its own, as a list's
// items are: "176,000 people displaced since October 9 (OCHA)" (an item
// has no full stop; a one-line paragraph ending "(YPG)." names a party).
func wholeLine(b string, s span) bool {
	end := s.end
	for end < len(b) && b[end] == ' ' {
		end++
	}
	return (s.start == 0 || b[s.start-1] == '\n') && (end == len(b) || b[end] == '\n')
}

// labelCell returns the first cell of a table row scraped as text, cells
// split by a tab or a run of three spaces, when it holds no digit; or "".
func labelCell(row string) string {
	i := strings.IndexByte(row, '\t')
	if j := strings.Index(row, "   "); j > 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 || hasDigit(row[:i]) {
		return ""
	}
	return row[:i]
}

// introSpeaker returns who the line introducing a list says gives it:
// its attribution ("as compiled by KUNA", "UNHCR said:") or the owner of
// the document it names ("OCHA's update gave the following figures").
func (x *extractor) introSpeaker(intro span) string {
	b := x.body
	intro.start += capitalsHeading(b[intro.start:intro.end]) // "KEY FIGURES According to the U.N. humanitarian office (OCHA), as of Monday:"
	if figuresHeading(b[intro.start:intro.end]) {
		return bracketCredit(b[intro.start:intro.end]) // "Idlib in figures (source: OCHA, 18 February)"
	}
	if name := agentAfter(b[intro.start:intro.end]); name != "" {
		return name // "Arrivals registered by the Joint Crisis Coordination Centre (JCC):"
	}
	for _, a := range x.res.sentenceAttributions(intro) {
		if name := x.res.name(a.subject, a.verbStart); name != "" && name != "reporter" {
			return dropMediaNoun(name)
		}
	}
	text := b[intro.start:intro.end]
	if owner := possessiveOwner(text); owner != "" && !countryTopic(text, owner) {
		if descriptorNouns[owner] {
			// "The ministry's figures for Samos:" after "the Ministry of
			// Migration and Asylum"
			return x.res.descriptor(owner, intro.start, 0)
		}
		return owner
	}
	if owner := namedDocument(text); owner != "" {
		return owner // "The latest UNHCR figures for Jordan:"
	}
	if owner := dataFrom(text); owner != "" {
		return owner // "Key figures from OCHA for northwest Syria:"
	}
	if owner := bracketCredit(text); owner != "" {
		return owner // "The Syrian crisis in numbers (UNHCR, June 2020):"
	}
	if owner := figuresPublisher(text); owner != "" {
		return owner // "The UN humanitarian office (OCHA) has published its latest figures:"
	}
	if owner := figuresGivenBy(text); owner != "" {
		return owner // "These are the figures the Greek migration ministry gave on Monday:"
	}
	if owner := breakdownBy(text); owner != "" {
		return owner // "The UN humanitarian office OCHA breaks the displacement down as follows:"
	}
	if owner := listedBy(text); owner != "" {
		return owner // "The UN listed what the convoy brought:"
	}
	if w, rest, ok := strings.Cut(text, " "); ok && (w == "Its" || w == "Their") && hasLower(documentNouns, letterRun(rest, 0)) {
		// "Its breakdown of where the displaced are now staying:": the
		// organisation the sentence before named.
		if name := x.res.lastSpeaker(intro.start, strings.ToLower(w[:len(w)-1]), 0); name != "" {
			return name
		}
	}
	return ""
}

// countryTopic reports a caption whose possessive owner is a country and
// whose next word is not a document's: "Lebanon's refugees in figures:"
// is about Lebanon, not by it ("Turkey's figures" still are).
func countryTopic(text, owner string) bool {
	if !countryNames[strings.ToLower(owner)] {
		return false
	}
	_, rest, _ := strings.Cut(text, owner)
	rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(rest, "'s"), "’s"), " ")
	return !hasLower(documentNouns, letterRun(rest, 0))
}

// figuresPublisher returns who a caption says put out its figures, the
// acronym its subject gives in brackets or a subject of capitalised
// words: "The UN humanitarian office (OCHA) has published its latest
// figures for northwest Syria:" gives OCHA, or "".
func figuresPublisher(text string) string {
	for _, verb := range []string{" published ", " released ", " issued ", " put out "} {
		i := strings.Index(text, verb)
		if i <= 0 {
			continue
		}
		after := strings.Fields(text[i+len(verb):])
		if !slices.ContainsFunc(after[:min(len(after), 3)], func(w string) bool { return hasLower(documentNouns, strings.TrimRight(w, ",:")) }) {
			continue
		}
		subj := strings.Fields(text[:i])
		for len(subj) > 0 && hasLower(auxiliaryVerbs, subj[len(subj)-1]) {
			subj = subj[:len(subj)-1]
		}
		if len(subj) == 0 || len(subj) > 6 {
			continue
		}
		if last := subj[len(subj)-1]; strings.HasPrefix(last, "(") && strings.HasSuffix(last, ")") && isAcronym(last[1:len(last)-1]) {
			return last[1 : len(last)-1]
		}
		if subj[0] == "The" {
			subj = subj[1:]
		}
		name := strings.Join(subj, " ")
		if name != "" && !slices.ContainsFunc(subj, func(w string) bool { return !isUpper(w[0]) && !nameJoiners[w] }) {
			return name
		}
	}
	return ""
}

// auxiliaryVerbs come between a subject and its participle: "has
// published".
var auxiliaryVerbs = wordSet(`has have had was were is are`)

// recordVerbs are the participles after which "by" names who counted.
var recordVerbs = wordSet(`registered recorded compiled collected counted provided supplied gathered
	reported verified documented released published`)

// agentAfter returns who a passive record verb names ("as compiled by
// KUNA", "registered by the Kurdistan Region's Joint Crisis Coordination
// Centre (JCC)"): its acronym in brackets when it gives one, else its
// capitalised name.
func agentAfter(text string) string {
	for from := 0; ; {
		i := strings.Index(text[from:], " by ")
		if i < 0 {
			return ""
		}
		i += from
		from = i + 4
		w, at := wordBack(text, i)
		if p, _ := wordBack(text, at); timeWord(strings.ToLower(w)) && (p == "on" || p == "last" || p == "this") {
			// "Figures published on Monday by the Greek citizen
			// protection ministry": the verb before the day
			_, at = wordBack(text, at)
			w, _ = wordBack(text, at)
		}
		if !hasLower(recordVerbs, w) && w != "given" && w != "issued" {
			continue // (and "The latest figures for Idlib given by OCHA:")
		}
		rest := text[i+4:]
		rest = strings.TrimPrefix(rest, "the ")
		end := 0
		if w := nounToken(rest, 0); w != "" && (descriptorNouns[w] || orgWords[w]) {
			// "compiled by the municipality of Arsal": a body of a place
			if of := skipSpaceInline(rest, len(w)); strings.HasPrefix(rest[of:], "of ") && of+3 < len(rest) && isUpper(rest[of+3]) {
				end = of + 3
			}
		}
		for end < len(rest) {
			w := nounToken(rest, end)
			if w == "" || !isUpper(w[0]) && !nameJoiners[w] || end == 0 && !isUpper(w[0]) {
				break
			}
			end = skipSpaceInline(rest, end+len(w))
		}
		if end > 0 {
			// "released by the Greek migration ministry": a capitalised
			// word, then a body named in lower case
			if tail := lowerBodyAfter(strings.Fields(rest[end:])); tail != nil {
				last := tail[len(tail)-1]
				end += strings.Index(rest[end:], last) + len(last)
			}
		}
		name := strings.TrimSpace(rest[:end])
		for {
			w, at := wordBack(name, len(name))
			if w == "" || !nameJoiners[w] {
				break
			}
			name = strings.TrimSpace(name[:at])
		}
		if name == "" {
			continue
		}
		if j := strings.Index(rest[end:], ")"); strings.HasPrefix(rest[end:], "(") && j > 1 && isAcronym(rest[end+1:end+j]) {
			return rest[end+1 : end+j]
		}
		return name
	}
}

// documentNouns are the documents whose owner gives their figures.
var documentNouns = wordSet(`update report figures data count tally statement briefing survey
	estimate estimates assessment bulletin snapshot dashboard numbers breakdown list table totals`)

// clauseFollows reports a new clause between a closing attribution ending
// at from and a figure at pos: "UNHCR said on Monday, as 2,000 people".
func clauseFollows(b string, from, pos int) bool {
	for _, br := range breaksIn(b, from, pos, false) {
		w := br.word
		if w == "" {
			w = strings.ToLower(letterRun(b, skipSpaceInline(b, br.at)))
		}
		if w == "as" && asManyAs(b[skipSpaceInline(b, br.at):]) {
			continue // "Haddad said, as many as a million more people could be pushed": a hedge, no clause
		}
		if c := prevNonSpace(b, skipSpaceInline(b, br.at)); (w == "while" || w == "whereas") && c >= from && b[c] == ',' && wordCount(b[from:c]) <= 3 {
			// "Some 60,000 were camped near the crossing, the office said,
			// while about 160,000 had fled west": the statement's other half
			continue
		}
		if clauseOpeners[w] {
			return true
		}
	}
	return false
}

// populationBetween reports "population" between two figures, the
// second of which is then a place's people, whatever the first counts:
// "55,000 Syrian refugees, more than the town's own population, which is
// about 35,000".
func populationBetween(b string, from, to int) bool {
	return from >= 0 && from < to && strings.Contains(strings.ToLower(b[from:to]), "population")
}

// insideSubject reports pos inside the subject of a verb of attribution
// of sentence s, or between it and its verb: "Jordan, which counts about
// 1.3 million Syrians on its soil, half of them registered refugees,
// says".
func (x *extractor) insideSubject(s span, pos int) bool {
	return slices.ContainsFunc(x.res.sentenceAttributions(s), func(a attribution) bool {
		return len(a.subject) > 0 && a.subject[0].start <= pos && pos < a.verbStart
	})
}

// asSubject reports the words before a subject, nearest last, opening
// "as X says": "as", or "as" and a determiner.
func asSubject(ws []string) bool {
	n := len(ws)
	return n > 0 && ws[n-1] == "as" || n == 2 && ws[0] == "as" && determiners[ws[1]]
}

// asManyAs reports s opening with a hedged count: "as many as", "as few
// as", "as much as".
func asManyAs(s string) bool {
	for _, h := range []string{"as many as ", "as much as ", "as few as ", "as little as ", "as high as ", "as low as "} {
		if hasPrefixFold(s, h) {
			return true
		}
	}
	return false
}

// clauseOpeners start a clause of the reporter's after a closing
// attribution; "and" and a participle ("adding that") continue what was
// said.
var clauseOpeners = wordSet(`as while when whereas after before since although though because amid
	meanwhile which where`)

// lastWords returns the last n space-separated words of s.
func lastWords(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		i = strings.LastIndexByte(strings.TrimRight(s[:i], " "), ' ')
		if i < 0 {
			return s
		}
	}
	return s[i:]
}

// appositionStarts open a phrase that glosses a place: ", a town 15 km
// east", ", the last remaining stronghold".
var appositionStarts = wordSet(`a an the some about around nearly roughly`)

// introWords open an introductory phrase closed by a comma.
var introWords = wordSet(`according in on at across since after before during under with for from
	among despite following by as like throughout inside within near over`)

// periodIntro reports a word that opens an introductory phrase that may
// set the time of the main clause: "Over the past week,", "So far this
// year,", "Between December 1 and February 20,".
func periodIntro(w string) bool {
	return introWords[w] || w == "so" || w == "between" || w == "this" || w == "last"
}

// finiteVerbs show that a comma phrase is a clause, not an apposition.
var finiteVerbs = wordSet(`is are was were has have had will would could can may might said
	says say told added warned estimated`)

// speakerDescription reports a figure in the words that describe a
// speaker after the speech tag: "said Hevi Ahmed, 34, who reached
// Bardarash with her husband and four children", "said Abu Khaled, a
// farmer who fled with his wife and six children", after the quote or
// clause they said. The reporter tells who the speaker is; the quote is
// over.
func speakerDescription(b string, s span, pos int) bool {
	text := b[s.start:pos]
	at, tag := -1, -1
	for _, v := range []string{" said ", " says ", " added ", " explained "} {
		if i := strings.LastIndex(text, v); i >= 0 && i+len(v) > at {
			at, tag = i+len(v), i
		}
	}
	if at < 0 || !strings.HasSuffix(text[:tag], ",") && !strings.HasSuffix(text[:tag], ",”") && !strings.HasSuffix(text[:tag], ",\"") &&
		!strings.HasSuffix(text[:tag], "”") && !strings.HasSuffix(text[:tag], "\"") {
		return false // "He said Deir al-Ahmar, a town of ...": a clause said, no tag after a quote
	}
	// The name: capitalised words, particles ("al-", "bin") allowed.
	k, words := at, 0
	for {
		w := nounToken(text, k)
		if w == "" || !(isUpper(w[0]) || w[0] >= 0x80 || particleName(w) || w == "bin" || w == "abu") {
			break
		}
		k = skipSpaceInline(text, k+len(w))
		words++
	}
	if words == 0 || k >= len(text) || text[k] != ',' {
		return false
	}
	rest := text[k:]
	if strings.ContainsAny(rest, "\"“”") {
		return false
	}
	return strings.Contains(rest, " who ") || strings.HasPrefix(rest, ", a ") || strings.HasPrefix(rest, ", an ")
}

// refusedIntake reports rule words in which a negation stands in the six
// words before the figure: "we cannot take in another #n", "could not
// absorb" (not "would take in 400 unaccompanied minors", a pledge).
func refusedIntake(words []string) bool {
	n := slices.Index(words, figureMark)
	for k := max(0, n-6); k < n; k++ {
		switch words[k] {
		case "cannot", "can't", "can’t", "not", "won't", "won’t", "never":
			return true
		}
	}
	return false
}

// fromCountryAfter reports rule words in which "from" and a country's
// name follow the figure: "#n ethnic abkhaz from syria".
func fromCountryAfter(words []string) bool {
	n := slices.Index(words, figureMark)
	for k := n + 1; n >= 0 && k+1 < len(words) && k <= n+5; k++ {
		if words[k] == "from" {
			return countryNames[words[k+1]]
		}
	}
	return false
}

// itemLabelPlace returns the label of a list item "Chios: about 330
// people" when the label names a place: one the article names after a
// preposition, a country, or any name under an introduction that breaks
// a count down by place ("Its breakdown by island:"); else "".
func (x *extractor) itemLabelPlace(s span, g *fig) string {
	b := x.body
	line := strings.TrimLeft(b[s.start:g.start], "-•*·– ")
	label, rest, ok := strings.Cut(line, ":")
	if !ok || wordCount(rest) > 2 || strings.ContainsAny(rest, ",;") {
		return ""
	}
	label = strings.TrimSpace(label)
	if n := wordCount(label); n == 0 || n > 3 || !allCapitalised(label) || hasDigit(label) || demonymName(label) {
		return ""
	}
	x.mainPlaceOf() // fills x.placeNames
	lw := strings.ToLower(label)
	if _, ok := x.placeNames[lw]; ok || countryNames[lw] {
		return label
	}
	before := strings.ToLower(b[max(0, s.start-300):s.start])
	if k := strings.LastIndex(before, " by "); k >= 0 && strings.Contains(before[k:], ":") && placeNouns[strings.TrimSuffix(letterRun(before, k+4), "s")] {
		return label
	}
	return ""
}

// capacityGloss is a sentence up to a figure that ends in an apposition
// giving a site's capacity: "the Vathy camp, built for about 650 people,
// now holds more than 7,000, local officials said". The gloss is the
// reporter's, whoever speaks for the rest.
var capacityGloss = regexp.MustCompile(`, (?:(?:a|an) [a-z]+ )?(?:built|designed|meant|intended|planned) (?:for|to hold|to house|to shelter) $`)

// capacityGlossed reports a figure in a capacity gloss (capacityGloss)
// that the reporter adds: not inside a quote or a list item ("• Vathy,
// Samos: 7,300 residents, built for 648 people"). (Writers credit the
// gloss to the reporter even in a clause a speaker reports, "He said the
// camp, built for 1,000 people, now houses 3,200", about five times in
// six.)
func (x *extractor) capacityGlossed(s span, g *fig) bool {
	pre := x.body[s.start:g.start]
	if w := wordBefore(pre, len(pre)); w != "for" && w != "hold" && w != "house" && w != "shelter" {
		return false // most figures: no gloss to match
	}
	return capacityGloss.MatchString(pre) && quoteAt(x.quotes, g.start) == nil && !strings.Contains(pre, ":")
}

// inApposition reports a figure inside an apposition that glosses a name:
// "Saraqeb, a town 15 km (9 miles) east of Idlib city".
func inApposition(b string, s span, pos int) bool {
	i := strings.LastIndexByte(b[s.start:pos], ',')
	if i < 0 {
		return false
	}
	i += s.start
	// The word before the comma must be a name.
	j := skipSpaceBack(b, i)
	k := j
	for k > s.start && (isLetter(b[k-1]) || b[k-1] >= 0x80 || b[k-1] == '-') {
		k--
	}
	if k < j && placeNouns[b[k:j]] && k > s.start {
		// "Idlib city,", "Hasakah province,": a name and its kind.
		if w := wordBefore(b, k); w != "" && isUpper(w[0]) {
			k = skipSpaceBack(b, k) - len(w)
		}
	}
	// "Ras al-Ain,": an Arabic article glued to a name is a name too.
	if k == j || !isUpper(b[k]) && !isNameToken(token{text: b[k:j]}) {
		return false
	}
	if k == s.start && !closedBeforeVerb(b, pos, s.end) {
		// Any word opens a sentence in capitals: "Kilis, a province of
		// 140,000, hosts ..." is a name with an apposition only when the
		// apposition closes before the name's verb.
		return false
	}
	// Not the noun of a figure: "hosts 452,000 Syrians, around 22 percent".
	if strings.ContainsAny(lastWords(b[s.start:k], 3), "0123456789") {
		return false
	}
	fs := skipSpaceInline(b, i+1)
	first := strings.ToLower(letterRun(b, fs))
	homeTo := first == "home" && strings.EqualFold(letterRun(b, skipSpaceInline(b, fs+len(first))), "to")
	if !appositionStarts[first] && !homeTo {
		return false // ", home to 700,000 people" glosses the place too
	}
	// "According to the WHO, a convoy ...": the comma closes an
	// introductory phrase, and what follows is the main clause.
	segStart := s.start
	for _, br := range breaksIn(b, s.start, i, false) {
		if b[br.before] == ',' {
			segStart = br.at
		}
	}
	if segStart == s.start && hasLower(introWords, letterRun(b, skipSpaceInline(b, s.start))) &&
		!(strings.EqualFold(letterRun(b, skipSpaceInline(b, s.start)), "in") && (homeToGloss(b[i+1:pos], "that") || homeToGloss(b[i+1:pos], "which"))) {
		// (but "In Arsal, a hilltop town ... that is home to about 60,000
		// refugees, snow ...": the place opening the sentence, glossed)
		return false
	}
	if w := strings.ToLower(letterRun(b, skipSpaceInline(b, segStart))); segStart > s.start && (relativeWords[w] || w == "when") {
		// "In Hatay, where the gate faces Bab al-Hawa, the army sent":
		// the comma closes a relative clause; the main clause follows.
		return false
	}
	end := s.end
	for _, br := range breaksIn(b, pos, s.end, false) {
		if b[br.before] == ',' {
			end = br.before
			break
		}
	}
	for _, w := range clauseWords(b[i+1 : end]) {
		if finiteVerbs[w] {
			return false
		}
		if relativeWords[w] || w == "that" {
			break
		}
	}
	if strings.Contains(strings.ToLower(b[pos:end]), " according to ") {
		// "Turkey, home to 3,586,679 Syrians under temporary protection
		// according to the Directorate General of Migration Management,
		// has said": the gloss names who counted.
		return false
	}
	for _, w := range clauseWords(b[i+1 : pos]) {
		if w == "whose" {
			break // "Atmeh, a border village whose camps now hold well over 100,000 people,": the village's gloss
		}
		if (w == "that" || w == "which") && homeToGloss(b[i+1:pos], w) {
			break // "Arsal, a hilltop town near the Syrian border that is home to about 60,000 refugees,": the town's gloss
		}
		if finiteVerbs[w] || relativeWords[w] {
			return false
		}
	}
	return true
}

// homeToGloss reports a place's gloss whose relative clause, opened by
// rel, says who lives there: "a hilltop town that is home to", "a town
// which hosts".
func homeToGloss(gloss, rel string) bool {
	i := strings.Index(gloss, " "+rel+" ")
	if i < 0 {
		return false
	}
	rest := strings.ToLower(gloss[i+len(rel)+2:])
	for _, p := range []string{"is home to ", "was home to ", "is now home to ", "hosts ", "now hosts ", "houses ", "now houses "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// closedBeforeVerb reports an apposition containing pos that closes with a
// comma followed by a verb: ", hosts", ", is".
func closedBeforeVerb(b string, pos, end int) bool {
	for _, br := range breaksIn(b, pos, end, false) {
		if b[br.before] != ',' {
			if w := strings.ToLower(letterRun(b, skipSpaceInline(b, br.at))); w == "that" || relativeWords[w] {
				continue // "Saraqeb, a town of some 30,000 people before the war that sits where ..., was": the gloss's own clause
			}
			return false
		}
		ws := clauseWords(b[br.at:min(end, br.at+40)])
		if len(ws) > 1 && holdAdverbs[ws[0]] {
			ws = ws[1:] // ", also hosts", ", now holds"
		}
		return len(ws) > 0 && (predicateVerbs[ws[0]] || finiteVerbs[ws[0]])
	}
	return false
}

// location names the place the figure concerns: for refugees hosted by
// a country, the host; else from its clause, then its sentence, then the
// paragraph before it, then the place the article names most.
func (x *extractor) location(s span, g *fig, cat Category, unit string) string {
	b := x.body
	toks := x.res.tokens(s)
	if warFigure(b, s.start, s.end, g.start, g.end, unit) {
		// A war's length or toll: the country at war, not the venue.
		if c := x.warCountryOf(); c != "" {
			return c
		}
	}
	if p := glossedPlace(b[s.start:g.start]); p != "" {
		// "Kilis, a province of about 140,000 residents": the place the
		// apposition glosses.
		return p
	}
	if g.gapPlace != "" {
		return g.gapPlace
	}
	if p := x.heldBy(tokRange(toks, s.start, g.start)); p != "" {
		// "Zaatari holds roughly 80,000 people": the place that holds them
		return p
	}
	if cat == Refugees {
		if h := hostBefore(tokRange(toks, s.start, g.start)); h == "the kingdom" {
			if c := kingdomNamedBefore(x.body, g.start); c != "" {
				return c
			}
		} else if h != "" {
			if c := capitalCountry[strings.ToLower(h)]; c != "" {
				return c // "Ankara says it already hosts 3.7 million": the capital speaks for its country
			}
			return h
		}
		if c := whoseCountry(tokRange(toks, s.start, g.start)); c != "" {
			// "Turkish President Recep Tayyip Erdogan, whose country
			// hosts about 3.6 million Syrian refugees"
			return c
		}
		if x.hostIsPronoun(toks, s, g) {
			// "It already hosts 3.65 million Syrians", "the 3.7 million
			// Syrians it hosts": the country the sentence or the one before
			// is about.
			if c := x.countryBefore(s, g.start); c != "" {
				return c
			}
		}
	}
	if totalRow(b, s) {
		// "Total | 39 716": the sum of the places above, in the place the
		// article is about.
		return x.mainPlaceOf()
	}
	if p := bestPlace(placesOf(tokRange(toks, g.preStart, g.postEnd)), g.start); p != "" {
		return p
	}
	if w := worldScope(b[s.start:s.end]); w != "" {
		// "a record 70.8 million people were forcibly displaced
		// worldwide": the world, not the place the story is about
		return w
	}
	if p := rowPlace(b, s); p != "" {
		return p // "Til Temir      24,000"
	}
	if p := x.itemLabelPlace(s, g); p != "" {
		return p // "- Chios: about 330 people" under "Its breakdown by island:"
	}
	if g.link == "part" && g.parent >= 0 && x.facts[g.parent].Location != "" {
		return x.facts[g.parent].Location // "5,000 of them": where the whole is
	}
	home := homeSentence(b[s.start:s.end])
	if ps := placesOf(toks); home {
		if p := bestPlace(withoutArrivals(ps), g.start); p != "" {
			return p
		}
	} else if p := bestPlace(ps, g.start); p != "" {
		return p
	}
	if m := theNounIn(b[s.start:s.end]); m != nil {
		// "the camp now holds 9,800 people", "children in the province",
		// with no place in the sentence: the place of that kind named
		// before.
		if x.named == nil {
			x.named = map[string]*namedMatches{}
		}
		nm := x.named[m[1]]
		if nm == nil {
			nm = findNamed(b, m[1])
			x.named[m[1]] = nm
		}
		if c := nm.lastNamedBefore(b, s.start, m[1]); c != "" {
			return c
		}
	}
	if p := x.placeNamedIn(toks, unit); p != "" {
		return p
	}
	if c := x.countryMeant(s, g, toks, cat); c != "" {
		// "... live below the poverty line across the country", "Some
		// 930,000 are registered with the UN refugee agency": the country,
		// not the town the story is about.
		return c
	}
	// Earlier sentences of the paragraph, nearest first.
	for n, t := 0, s; n < 4 && t.start > 0 && b[t.start-1] != '\n'; n++ {
		t = sentenceAt(b, prevNonSpace(b, t.start))
		ps := placesOf(x.res.tokens(t))
		if home {
			ps = withoutArrivals(ps) // "Six of our neighbours were killed": at the home left, not where the speaker reached
		}
		if p := bestPlace(ps, t.end); p != "" {
			return p
		}
	}
	// No place named near: the country whose authorities speak or act
	// ("Greek police said they had stopped 9,972 attempts").
	for n, t := 0, s; n < 3; n++ {
		if c := authorityCountry(x.res.tokens(t)); c != "" {
			return c
		}
		if t.start == 0 || b[t.start-1] == '\n' {
			break
		}
		t = sentenceAt(b, prevNonSpace(b, t.start))
	}
	main := x.mainPlaceOf()
	if i := strings.Index(b, main); main != "" && i > s.end {
		// The place the story names most, but only further down ("People
		// in Međimurje remember" under paragraphs on north-eastern Syria):
		// not yet what the story is about here; the place named most up
		// to the figure is.
		if p, _ := mostNamedPlace(b[:s.end]); p != "" {
			return p
		}
	}
	return main
}

// worldScope returns "worldwide" or "world" when sentence counts across
// the world ("displaced worldwide", "70.8 million people around the
// world"), as it writes it; else "". ("One of the largest camps in the
// world" ranks a place, and counts nothing worldwide.)
func worldScope(sentence string) string {
	low := strings.ToLower(sentence)
	if containsWord(low, "worldwide") {
		return "worldwide"
	}
	for _, w := range []string{"around the world", "across the world"} {
		if i := strings.Index(low, w); i >= 0 && !strings.HasSuffix(low[:i], "from ") {
			return "world" // (not "foreigners from around the world": where they come from)
		}
	}
	return ""
}

// authorityNouns are the state bodies that act at home, at the border and
// on the coast, which a demonym before them places in their country (not
// armies, ministries and governments, which act and speak about places
// abroad).
var authorityNouns = wordSet(`police policemen coastguard coast gendarmerie gendarmes border`)

// authorityCountry returns the country of a demonym that qualifies a
// domestic state body in toks, "Greek police", "the Turkish coastguard",
// or "".
func authorityCountry(toks []token) string {
	for i, t := range toks {
		lw := t.lower()
		c := demonymCountry[lw]
		if c == "" || lw == "kurdish" || lw == "european" || lw == "palestinian" || !t.capitalised() {
			continue
		}
		if i+1 < len(toks) && authorityNouns[toks[i+1].lower()] {
			return c // not "Russian military police", who patrol abroad
		}
	}
	return ""
}

// warCountryOf returns the country whose war the article is about (see
// warCountry), found once.
func (x *extractor) warCountryOf() string {
	if x.warPlace == nil {
		c := warCountry(x.body)
		x.warPlace = &c
	}
	return *x.warPlace
}

// inEarlierParagraph reports whether fact f ends before sentence s, with a
// paragraph break between them.
func (x *extractor) inEarlierParagraph(f Fact, s span) bool {
	return f.End < s.start && strings.Contains(x.body[f.End:s.start], "\n")
}

// titleBonus is how many mentions a headline's naming a place is worth
// when choosing the place an article is about.
var titleBonus = 3

// titleMin is how often the body must name a place the headline names
// for the headline to count.
var titleMin = 1

// titleOnlyPlaces returns the capitalised words of a headline, past its
// first, that the body names after "of", "to" or "into" but never after
// the prepositions count holds: "Afrin" in "Thousands stream out of Afrin
// as Turkish forces close in" over a story that says "the city of Afrin".
func titleOnlyPlaces(title, body string, count map[string]int) []string {
	var out []string
	ws := strings.Fields(title)
	for i := 1; i < len(ws); i++ {
		// The run of name words at i: "Ras al-Ain", "Maarat al-Numan".
		j := i
		for j < len(ws) && (isUpper(ws[j][0]) || strings.HasPrefix(ws[j], "al-") || strings.HasPrefix(ws[j], "el-")) {
			j++
		}
		if j == i {
			continue
		}
		run := strings.Join(ws[i:j], " ")
		i = j
		if strings.ContainsAny(run, "'’:") {
			continue // "Turkey’s offensive", "Idlib:": not a bare name
		}
		name := strings.Trim(run, ".,;!?\"‘“”")
		lw := strings.ToLower(name)
		if len(name) < 3 || count[name] > 0 || strings.ToUpper(name) == name || demonymWord(name) || countryNames[lw] ||
			notPlaces[lw] || nonPlaceWords[lw] || orgWords[lw] || titleWords[lw] || localAngle(title, name) {
			continue
		}
		if containsWord(body, "of "+name) || containsWord(body, "to "+name) || containsWord(body, "into "+name) {
			out = append(out, name)
		}
	}
	return out
}

// titleDirectedPlace returns the place a headline names after "in" with
// a direction, "in northeast Syria", when the body names it too but
// never after a preposition count holds; else "".
func titleDirectedPlace(title, body string, count map[string]int) string {
	for i := 0; ; {
		k := strings.Index(title[i:], " in ")
		if k < 0 {
			return ""
		}
		i += k + 1
		if !directions[strings.ToLower(letterRun(title, i+3))] {
			continue
		}
		if name := placeAfter(title, i, len(title)); name != "" && count[name] == 0 && containsWord(body, name) {
			return name
		}
	}
}

// localAngle reports a headline that names a place only to say whose
// people the story is about: "Eugene volunteers race to help Syrian
// refugees", "Tuscaloosa native on Syria's southern exodus".
func localAngle(title, name string) bool {
	for i := 0; ; {
		k := strings.Index(title[i:], name)
		if k < 0 {
			return false
		}
		i += k + len(name)
		if w := strings.ToLower(letterRun(title, skipSpaceInline(title, i))); angleNouns[w] {
			return true
		}
	}
}

// angleNouns are the people a local paper's headline ties to its town:
// "Kano doctor", "Tuscaloosa native", "Eugene volunteers" (not "Arsal
// refugees" or "Rukban residents", the people the story is about).
var angleNouns = wordSet(`native natives doctor doctors nurse nurses teacher teachers man woman couple church charity
	mosque pastor student students surgeon medic medics mother father son daughter volunteer volunteers`)

// demonymWord reports a people's name read as a place: "Syrians",
// "Estonian".
func demonymWord(name string) bool {
	lw := strings.ToLower(name)
	return demonymName(name) || demonymName(strings.TrimSuffix(lw, "s")) ||
		!strings.Contains(lw, " ") && (strings.HasSuffix(lw, "ian") || strings.HasSuffix(lw, "ians") || strings.HasSuffix(lw, "ish") || strings.HasSuffix(lw, "ese"))
}

// mainPlaceOf returns the place the article names most, found once.
func (x *extractor) mainPlaceOf() string {
	if x.mainPlace == nil {
		p, count := mostNamedPlace(x.body)
		if x.a != nil && x.a.Title != "" {
			best := count[p]
			for _, name := range titleOnlyPlaces(x.a.Title, x.body, count) {
				// "Thousands stream out of Afrin ...": a headline's place
				// the story names only after "of" or "to" ("the city of
				// Afrin"), which mostNamedPlace does not count
				if v := titleBonus; v > best || v == best && name < p {
					p, best = name, v
				}
			}
			if name := titleDirectedPlace(x.a.Title, x.body, count); name != "" && (titleBonus > best || titleBonus == best && name < p) {
				// "LIVE – Turkish offensive in northeast Syria, day three"
				// over a live page that names "Kurdish-held northeast
				// Syria" after no preposition
				p, best = name, titleBonus
			}
			for name, n := range count {
				if v := n + titleBonus; (v > best || v == best && name < p) && n >= titleMin && !demonymWord(name) && containsWord(x.a.Title, name) && !hasLower(countryNames, name) &&
					!localAngle(x.a.Title, name) {
					p, best = name, v
				}
			}
		}
		x.mainPlace = &p
		x.placeNames = make(map[string]string, len(count))
		for name := range count {
			x.placeNames[strings.ToLower(name)] = name
		}
		x.mainCountry, x.hostCountry = namedCountries(x.body, x.warCountryOf())
	}
	return *x.mainPlace
}

// mostNamedPlace returns the place the body names most often after "in",
// "near" or "from": what an article is about when a paragraph does not say;
// count has every place so named, with how often.
func mostNamedPlace(b string) (best string, count map[string]int) {
	count = map[string]int{}
	// An article names its places again and again ("in Idlib"): the place
	// read after a preposition depends only on the bytes read.
	read := map[string]string{}
	bestN := 0
	first := map[string]int{} // where each place is first named
	// One pass over the spaces of the body: the ones that open a
	// preposition and a space.
	for at := 0; ; {
		k := strings.IndexByte(b[at:], ' ')
		if k < 0 {
			break
		}
		sp := at + k
		at = sp + 1
		prep := placePreposition(b[at:])
		if prep == "" {
			continue
		}
		i := at
		from := i + len(prep)
		if from >= len(b) || !isUpper(b[from]) && !hasLower(directions, letterRun(b, from)) &&
			!(strings.HasPrefix(b[from:], "the ") && from+4 < len(b) && isUpper(b[from+4])) {
			continue // "in northwest Syria", "in Idlib", not "in the region"
		}
		if prep == "from " && hasLower(originBefore, wordBefore(b, i-1)) {
			continue // "most of them from Afghanistan"
		}
		// Only the place after this preposition: tokens after it start
		// later.
		window := b[i:min(len(b), i+48)]
		name, ok := read[window]
		if !ok {
			name = placeAfter(b, i, min(len(b), i+48))
			read[window] = name
		}
		if name != "" {
			if count[name]++; count[name] == 1 {
				first[name] = i
			}
			// Named as often as another place, the one named first: the
			// lead says what the story is about ("in northeast Syria"
			// before "near Faysh Khabur" far down). A border or a people
			// ("near the Syrian border", "in Lithuanian") is no place a
			// story is about while a named one ties with it.
			if n := count[name]; n > bestN || n == bestN && (weakPlace(best) && !weakPlace(name) || weakPlace(best) == weakPlace(name) && first[name] < first[best]) {
				best, bestN = name, n
			}
		}
	}
	return best, count
}

// weakPlace reports a name that stands for a place only loosely: a
// border ("Syrian border") or a people's adjective ("Lithuanian").
func weakPlace(name string) bool {
	return strings.HasSuffix(name, " border") || demonymWord(name)
}

// placePreposition returns the preposition and space s starts with when it
// is one that introduces a place ("in ", "near ", "from ", "on ", "at ").
func placePreposition(s string) string {
	if len(s) < 3 {
		return ""
	}
	switch s[0] {
	case 'i':
		if s[1] == 'n' && s[2] == ' ' {
			return "in "
		}
	case 'o':
		if s[1] == 'n' && s[2] == ' ' {
			return "on "
		}
	case 'a':
		if s[1] == 't' && s[2] == ' ' {
			return "at "
		}
	case 'n':
		if strings.HasPrefix(s, "near ") {
			return "near "
		}
	case 'f':
		if strings.HasPrefix(s, "from ") {
			return "from "
		}
	}
	return ""
}

// hostIsPronoun reports a figure hosted by "it" or "they": "It hosts N",
// "the N Syrians it hosts".
func (x *extractor) hostIsPronoun(toks []token, s span, g *fig) bool {
	before := tokRange(toks, s.start, g.start)
	for i := len(before) - 1; i >= 0 && i >= len(before)-4; i-- {
		if hostVerbs[before[i].lower()] {
			return i > 0 && pronouns[before[i-1].lower()] || i > 1 && pronouns[before[i-2].lower()]
		}
	}
	after := tokRange(toks, g.end, s.end)
	return len(after) >= 2 && pronouns[after[0].lower()] && hostVerbs[after[1].lower()]
}

// countryBefore returns the last country named in sentence s before pos,
// or in the sentence before it.
func (x *extractor) countryBefore(s span, pos int) string {
	for n := 0; n < 2; n++ {
		toks := tokRange(x.res.tokens(s), s.start, min(pos, s.end))
		for i := len(toks) - 1; i >= 0; i-- {
			w := strings.TrimSuffix(toks[i].text, "'s")
			if toks[i].capitalised() && hasLower(countryNames, w) {
				return w
			}
		}
		if s.start == 0 {
			break
		}
		s = sentenceAt(x.body, prevNonSpace(x.body, s.start))
		pos = s.end
	}
	return ""
}

// whoseCountry returns the country of the demonym before "whose
// country" and a host verb in toks, "Turkish President Recep Tayyip
// Erdogan, whose country hosts", or "".
func whoseCountry(toks []token) string {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].lower() != "whose" || toks[i+1].lower() != "country" {
			continue
		}
		if j := i + 2; !hostVerbs[toks[j].lower()] && !(j+1 < len(toks) && hostVerbs[toks[j+1].lower()]) {
			return "" // "whose country hosts", "whose country already hosts"
		}
		for k := i - 1; k >= 0; k-- {
			if c := demonymCountry[toks[k].lower()]; c != "" && toks[k].capitalised() {
				return c
			}
		}
		return ""
	}
	return ""
}

// hostVerbs say that a country hosts refugees.
var hostVerbs = wordSet(`hosts host hosting hosted accepted accepts taken took`)

// hostBefore finds the country that hosts the figure at pos: the name
// before "hosts" ("Turkey, which already hosts", "Jordan hosts", "Iraq has
// taken in").
func hostBefore(toks []token) string {
	for i := len(toks) - 1; i >= 0; i-- {
		lw := toks[i].lower()
		if !hostVerbs[lw] && !(lw == "home" && i+1 < len(toks) && toks[i+1].lower() == "to") {
			continue // "hosts", "is home to"
		}
		skipped := false
		for j, n := i-1, 0; j >= 0 && n < 5; j, n = j-1, n+1 {
			t := toks[j]
			if t.capitalised() && !pronouns[t.lower()] && !relativeWords[t.lower()] && !notPlaces[t.lower()] {
				// The whole name: "the Bekaa Valley, home to", not "Valley";
				// a possessor before it is context ("Lebanon's Bekaa Valley").
				k := j
				for k > 0 && j-k < 3 && toks[k-1].capitalised() && !notPlaces[toks[k-1].lower()] && !placePrepositionWord(toks[k-1].lower()) &&
					!strings.HasSuffix(toks[k-1].text, "'s") && !strings.HasSuffix(toks[k-1].text, "’s") {
					k--
				}
				parts := make([]string, 0, j-k+2)
				for _, u := range toks[k : j+1] {
					parts = append(parts, u.text)
				}
				if j+1 < i && toks[j+1].text == "region" {
					parts = append(parts, "region") // "The Kurdistan region already hosts": the name as written
				}
				return strings.TrimSuffix(strings.TrimSuffix(strings.Join(parts, " "), "'s"), "’s")
			}
			if t.text == "," && !skipped && j > 0 && !toks[j-1].capitalised() {
				// "Turkey, a country of 83 million people, hosts", "Arsal, a
				// mountain town of about 35,000 people close to the Syrian
				// border, hosts": skip the apposition once. (Not "...,
				// Jumana Ghunaimat said, adding that the kingdom, which
				// already hosts": a clause that "that" opens holds the
				// host.)
				k := j - 1
				for k >= 0 && j-k < 16 && toks[k].text != "," {
					k--
				}
				if k >= 0 && toks[k].text == "," && j-k > 1 && !toks[k+1].capitalised() &&
					!slices.ContainsFunc(toks[k+1:j], func(t token) bool { return t.lower() == "that" }) {
					skipped = true
					j = k
					continue
				}
			}
			if t.lower() == "kingdom" && j > 0 && toks[j-1].lower() == "the" {
				return "the kingdom" // "the kingdom, which already hosts": the kingdom named before
			}
			if lw := t.lower(); !(t.text == "," || lw == "which" || lw == "that" || lw == "already" ||
				lw == "currently" || lw == "has" || lw == "have" || lw == "now" || lw == "says" || lw == "it" ||
				lw == "said" || lw == "is" || lw == "are" || lw == "was" || lw == "remains" || lw == "still" || t.text == "region") {
				break
			}
		}
		break
	}
	return ""
}

// distanceGloss reports a distance right after a comma, glossing the place
// named before it: "Bardarash camp, about 60 kilometres north-west of
// Mosul, ..."; "In Mafraq, about 80 kilometers (50 miles) to the east, ...".
// Like other glosses of a place it is the reporter's background.
func distanceGloss(b string, s span, g *fig) bool {
	if g.unit != "km" && g.unit != "miles" {
		return false
	}
	j := skipSpaceBack(b, g.start)
	return j > s.start && b[j-1] == ','
}

// amongTheDisplaced reports a predicate that makes a count part of the
// displaced told before: " are among the displaced", " were among those
// uprooted".
func amongTheDisplaced(after string) bool {
	low := strings.ToLower(strings.TrimSpace(after))
	for _, be := range []string{"are among ", "were among "} {
		if rest, ok := strings.CutPrefix(low, be); ok {
			for _, w := range []string{"the displaced", "those uprooted", "those displaced", "those who fled", "those who have fled", "the uprooted"} {
				if strings.HasPrefix(rest, w) {
					return true
				}
			}
		}
	}
	return false
}

// partAmongAfter reports a part named before "among them" closing its
// parenthetical: "nine civilians, four members of one family among them,".
func partAmongAfter(b string, end int) bool {
	rest := b[end:min(len(b), end+60)]
	k := strings.IndexAny(rest, ",.;")
	if k < 0 {
		return false
	}
	seg := strings.ToLower(strings.TrimSpace(rest[:k]))
	return strings.HasSuffix(seg, "among them") || strings.HasSuffix(seg, "among whom")
}

// conditional reports a figure in the main clause after an "if" clause
// that opens its sentence: the text from the sentence start to the figure.
func conditional(before, after string) bool {
	if i := strings.Index(before, ": "); i > 0 && i < 30 && wordCount(before[:i]) <= 3 {
		before = before[i+2:] // "Kabbani: If the fighting ...": a speaker's label
	}
	before = strings.TrimLeft(before, "\"“‘'")
	opens := strings.HasPrefix(before, "If ") || strings.HasPrefix(before, "Should ") || strings.HasPrefix(before, "Unless ")
	if i := strings.LastIndex(before, " that if "); i >= 0 && !opens {
		// "UNHCR has warned that if the standoff drags on, as many as ...":
		// the condition opens the reported clause.
		before, opens = before[i+len(" that "):], true
	}
	for _, conj := range []string{"But ", "And ", "Yet ", "Even "} {
		if rest, ok := strings.CutPrefix(before, conj); ok && (strings.HasPrefix(rest, "if ") || strings.HasPrefix(rest, "should ")) {
			opens = true // "But if Turkey pushes on, ..."
		}
	}
	if opens {
		return strings.IndexByte(before, ',') > 0
	}
	// "Greek islands could see up to 10,000 arrivals a week ... if Turkey
	// does not change course": a modal before the count, the condition
	// after it.
	low := strings.ToLower(after)
	return modalBefore(before) && (strings.Contains(low, " if ") || strings.Contains(low, " unless ") || strings.Contains(low, " should the "))
}

// modalNext reports a modal among the first five words after a figure,
// before a comma: "as many as 7,000 people could remain without
// shelter", "10,000 more families in tented settlements could see".
func modalNext(after string) bool {
	if c := strings.IndexAny(after, ",;"); c >= 0 {
		after = after[:c]
	}
	for i, w := range strings.Fields(after) {
		if i == 5 {
			break
		}
		if w = strings.ToLower(w); w == "could" || w == "would" || w == "might" || w == "may" || w == "will" {
			return true
		}
	}
	return false
}

// modalBefore reports a modal among the last four words before a figure:
// "could see up to", "could be holding as many as".
func modalBefore(before string) bool {
	ws := wordsBefore(before, len(before), 4)
	for _, w := range ws {
		if w == "could" || w == "would" || w == "might" || w == "may" {
			return true
		}
	}
	return false
}

// policing reports a figure's noun phrase that counts border or coast
// guards or police ("100 more border guards", "50 riot police officers"):
// they police a frontier or a crowd, they are no army ("military police"
// are).
func policing(np string) bool {
	np = strings.ToLower(np)
	return strings.Contains(np, "border guard") || strings.Contains(np, "coast guard") ||
		strings.Contains(np, "police") && !strings.Contains(np, "military police") // "riot police officers"
}

// verbless reports a stretch of a sentence with no finite verb in it: no
// auxiliary, no statement verb and no lower-case word in "-ed" that is not
// part of a hyphenated adjective ("the Kurdish-led SDF").
func verbless(s string) bool {
	prev := ""
	for i := 0; i < len(s); {
		if !isLetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && (isLetter(s[j]) || s[j] == '-') {
			j++
		}
		w := s[i:j]
		lw := strings.ToLower(w)
		if auxVerbs[lw] || speechVerbs[lw] || subjectVerbs[lw] {
			return false
		}
		// "were sent", "crossed into" but not "the armed groups".
		if isLower(w[0]) && !strings.Contains(w, "-") && strings.HasSuffix(w, "ed") && len(w) > 4 && !determiners[prev] {
			return false
		}
		prev, i = lw, j
	}
	return true
}

// determiners open a noun phrase, so that a word in "-ed" after them is an
// adjective: "the armed groups", "their detained relatives".
var determiners = wordSet(`the a an its their his her our these those this that of`)

// sourceTails are lower-case nouns that may follow an organisation's
// name without being part of it: "the White Helmets rescue group",
// "Lebanon's General Security agency".
var sourceTails = wordSet(`agency group organisation organization office rescue civil defense defence monitoring aid`)

// countryOwned reports a country's possessive before a ministry, army or
// staff of its state: "Turkey's Defense Ministry", "Turkey's General
// Staff", which annotators keep whole (not "Jordan’s Civil Defence
// Directorate").
func countryOwned(owner string, rest []string) bool {
	o := strings.TrimSuffix(strings.TrimSuffix(owner, "'s"), "’s")
	last := strings.ToLower(rest[len(rest)-1])
	return countryNames[strings.ToLower(o)] && (last == "ministry" || last == "staff" || last == "army" || last == "military")
}

// tidySource writes a source as analysts look it up: without a possessive
// ending ("UNHCR's"), without the place that owns it ("Jordan's Civil
// Defence Directorate", "Stormont's Department for Communities"), without
// a live entry's clock or count before it ("18h05 Greek police") and
// without a lower-case description after a name of two words or more
// ("White Helmets rescue group").
func tidySource(name string) string {
	name = dropPossessive(name)
	if i := strings.LastIndex(name, " on "); i > 0 {
		if _, day := weekdayNames[strings.ToLower(name[i+4:])]; day {
			name = name[:i] // "the Ministry of Citizen Protection on Monday"
		}
	}
	if i := strings.LastIndex(name, " for "); i > 0 && monthNames[strings.ToLower(name[i+5:])] != 0 {
		name = name[:i] // "the Ministry of Citizen Protection for March"
	}
	if i := strings.LastIndex(name, " of the "); i > 0 && placeNouns[name[i+len(" of the "):]] {
		name = name[:i] // "the Kurdish-led administration of the region"
	}
	for _, there := range []string{" there are ", " there is ", " there were ", " there was "} {
		if i := strings.Index(name, there); i > 0 {
			name = name[:i] // "according to the UN there are about 41,000 people"
		}
	}
	words := strings.Fields(name)
	if clauseSource(words) {
		return "reporter" // "movement showed no sign of easing": a clause read as a name
	}
	if len(words) > 1 && (words[0] == "The" || words[0] == "Neighbouring" || words[0] == "Neighboring") && isUpper(words[1][0]) {
		words = words[1:] // "The Migration Ministry" opening a sentence, "Neighbouring Bulgaria"
	}
	for len(words) > 1 && hasDigit(words[0]) {
		words = words[1:] // "18h05 Greek police", "45 Turkish officials" (the minutes of "16:45")
	}
	if len(words) >= 3 {
		for k := 0; k < len(words)-2 && k < 2; k++ {
			if w := words[k]; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				if rest := words[k+1:]; isUpper(rest[0][0]) && isUpper(rest[1][0]) && !(k == 0 && countryOwned(w, rest)) {
					words = rest // "Jordan’s Civil Defence Directorate"
				}
				break
			}
		}
	}
	if a := describedAcronym(words); a != "" {
		return a // "official SANA news agency"
	}
	caps := 0
	for caps < len(words) && words[caps] != "" && isUpper(words[caps][0]) {
		caps++
	}
	if caps >= 2 && caps < len(words) && len(words)-caps <= 3 {
		tail := true
		for _, w := range words[caps:] {
			if !sourceTails[w] {
				tail = false
			}
		}
		if tail {
			words = words[:caps] // "White Helmets rescue group", "General Security agency"
		}
	}
	if len(words) == 0 {
		return name
	}
	return strings.Join(words, " ")
}

// clauseSource reports a source of four words or more that holds a verb
// after its first word, a clause misread as a name: "water came up to her
// knees", "Greek police fired tear gas whenever people approached the
// fence" (not "Kurdish-led administration", "Syrian Observatory for
// Human Rights").
func clauseSource(words []string) bool {
	if len(words) < 4 {
		return false
	}
	for _, w := range words[1:] {
		lw := strings.ToLower(w)
		if w != lw || strings.Contains(w, "-") {
			continue
		}
		if auxVerbs[lw] || pastVerbs[lw] || clausePast[lw] || strings.HasSuffix(lw, "ed") && len(lw) > 4 && !participleNames[lw] {
			return true
		}
	}
	return false
}

// clausePast are irregular past tenses, besides pastVerbs, that a clause
// misread as a name holds.
var clausePast = wordSet(`flew showed met sent`)

// participleNames are past participles that name bodies: "the
// Kurdish-led", "the UN-backed", "United", "the so-called".
var participleNames = wordSet(`united based backed called displaced armed registered affected concerned`)

// agencyDescriptors describe a news agency before its name, agencyNouns
// after it.
var (
	agencyDescriptors = wordSet(`official state state-run semi-official government-run`)
	agencyNouns       = wordSet(`news agency wire`)
)

// describedAcronym returns the acronym of words that otherwise only
// describe it ("official SANA news agency", "state-run IRNA"), or "".
func describedAcronym(words []string) string {
	if len(words) < 2 {
		return ""
	}
	acronym := ""
	for _, w := range words {
		switch {
		case len(w) >= 3 && isAcronym(w) && acronym == "":
			acronym = w
		case acronym != "" && hasLower(agencyNouns, w):
		case acronym == "" && hasLower(agencyDescriptors, w):
		default:
			return "" // "JCC official" is a person of the JCC
		}
	}
	return acronym
}

// dropPossessive turns a source read off a possessive into its name:
// "UNHCR's" (of "UNHCR's registered refugee population:") is UNHCR.
func dropPossessive(name string) string {
	for _, p := range []string{"'s", "’s"} {
		if n, ok := strings.CutSuffix(name, p); ok && n != "" {
			return n
		}
	}
	return name
}

// firstPerson reports a source named in the first person: "our teams",
// "we", "my colleagues", "I'd" (of "I'd say seven in ten").
func firstPerson(name string) bool {
	low := strings.ToLower(name)
	if w, rest, _ := strings.Cut(low, " "); strings.ContainsAny(w, "'’") {
		// A contraction: "I’d", "we're", "I've".
		w, _, _ = strings.Cut(strings.ReplaceAll(w, "’", "'"), "'")
		low = strings.TrimSpace(w + " " + rest)
	}
	for _, p := range []string{"we", "i", "us", "our", "my"} {
		if low == p || strings.HasPrefix(low, p+" ") || strings.Contains(low, " "+p+" ") {
			return true
		}
	}
	return false
}

// ownCorrespondent reports the outlet's own reporter named as such: "our
// correspondent", "our reporters in Duhok".
func ownCorrespondent(name string) bool {
	w := strings.Fields(strings.ToLower(name))
	if len(w) < 2 || w[0] != "our" {
		return false
	}
	switch w[1] {
	case "correspondent", "correspondents", "reporter", "reporters", "team", "crew", "journalist", "journalists", "photographer":
		return true
	}
	return false
}

// dropMediaNoun drops the noun that says what a named outlet is: "the
// An-Nahar daily" -> "An-Nahar", "the Interfax news agency" -> "Interfax".
func dropMediaNoun(name string) string {
	if i := len(name) - len(" news agency"); i > 0 && strings.HasSuffix(name, " news agency") {
		if w, _ := wordBack(name, i); w != "" && isUpper(w[0]) {
			ws := strings.Fields(name[:i])
			k := slices.IndexFunc(ws, func(w string) bool { return isUpper(w[0]) })
			return strings.Join(ws[k:], " ") // "The Interfax news agency reported": Interfax; "the state-run Anadolu news agency": Anadolu
		}
	}
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 {
		return name
	}
	switch strings.ToLower(name[i+1:]) {
	case "daily", "newspaper", "paper", "website", "broadcaster", "channel", "weekly":
		if w, _ := wordBack(name, i); w != "" && isUpper(w[0]) {
			return name[:i]
		}
	}
	return name
}

// closeInSize reports two counts within a factor of two of each other.
func closeInSize(a, b float64) bool {
	return a > 0 && b > 0 && a <= 2*b && b <= 2*a
}

// sizeRatio is how many times the larger of two positive counts is the
// smaller.
func sizeRatio(a, b float64) float64 {
	return max(a, b) / min(a, b)
}

// farApart reports two counts too far apart in size, more than fifty
// times, for one to restate the other.
func farApart(a, b float64) bool {
	if a <= 0 || b <= 0 {
		return false
	}
	return a > 50*b || b > 50*a
}

// ownVerbAfter reports a figure followed by a clause of its own ("the four
// million it already hosts", "the 900 they sent in March"): what that
// clause says of the figure categorises it, not the count before.
func ownVerbAfter(after string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
	switch w {
	case "it", "they", "we", "which", "that", "who":
		return true
	}
	return false
}

// restOf reports a figure at b[i] (its hedge included) after "the rest
// of the", "the rest of its" or "the remainder of their".
func restOf(b string, i int) bool {
	w := wordsBefore(b, i, 3)
	if len(w) < 3 {
		return false
	}
	first := strings.ToLower(w[0])
	return (first == "rest" || first == "remainder") && strings.EqualFold(w[1], "of") && possessivesOrThe(w[2])
}

// possessivesOrThe reports "the" or a possessive determiner.
func possessivesOrThe(w string) bool {
	w = strings.ToLower(w)
	return w == "the" || possessives[w]
}

// lastPluralPersonNoun returns the last plural noun of people in text,
// lower case ("troops"), or "".
func lastPluralPersonNoun(text string) string {
	ws := strings.Fields(text)
	for i := len(ws) - 1; i >= 0; i-- {
		w := strings.ToLower(strings.Trim(ws[i], ",.;:()\"'’”“"))
		if strings.HasSuffix(w, "s") && personNoun(w) {
			return w
		}
	}
	return ""
}

// dashedNoun returns the plural noun of people right before a dash that
// opens an aside ending at b[i] ("Turkish troops — an estimated"), lower
// case, or "".
func dashedNoun(b string, i int) string {
	t := strings.TrimRight(b[:i], " \u00a0")
	// the hedge words between the dash and the figure
	for n := 0; n < 3; n++ {
		if strings.HasSuffix(t, "—") || strings.HasSuffix(t, "–") {
			break
		}
		w, at := wordBack(t, len(t))
		if w == "" || !hasLower(shareHedges, w) && !strings.EqualFold(w, "an") && !strings.EqualFold(w, "estimated") {
			return ""
		}
		t = strings.TrimRight(t[:at], " \u00a0")
	}
	if !strings.HasSuffix(t, "—") && !strings.HasSuffix(t, "–") {
		return ""
	}
	t = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(t, "—"), "–"), " \u00a0")
	w, _ := wordBack(t, len(t))
	if lw := strings.ToLower(w); strings.HasSuffix(lw, "s") && personNoun(lw) {
		return lw
	}
	return ""
}

// relativeClauseBefore reports text before a figure that ends in a
// relative clause about a noun: "a town that hosts about", "a camp which
// now holds" (not "officials said that", where the figure follows "that").
func relativeClauseBefore(text string) bool {
	ws := strings.Fields(text)
	for i := len(ws) - 2; i >= 1 && i >= len(ws)-4; i-- {
		switch strings.ToLower(ws[i]) {
		case "that", "which", "who":
			next := ws[i+1]
			return isLower(next[0]) && !hasDigit(next) && !hasLower(speechVerbs, ws[i-1])
		}
	}
	return false
}

// itemUnit returns the plural noun in lower case that opens what a
// figure-first item counts, after its dash or colon ("some 3,600 —
// shelters covered by the demolition order"), or "": a name ("3.6
// million: Syrian refugees") is read by the rules instead.
func itemUnit(b string, s span, g *fig) string {
	if g.start != s.start || !figureFirstItem(b[s.start:s.end]) {
		return ""
	}
	k := skipSpaceInline(b, g.f.end)
	if k >= s.end {
		return ""
	}
	_, n := utf8.DecodeRuneInString(b[k:])
	w := letterRun(b, skipSpaceInline(b, k+n))
	if w == "" || !isLower(w[0]) || !strings.HasSuffix(w, "s") {
		return ""
	}
	return w
}

// secondClause returns where " and that" opens a second clause in text,
// the words after a figure, or where " and" before a modal verb opens a
// second predicate of another subject: the figure is an object, nothing
// but a short adverbial between it and the "and" ("had taken in 1.3
// million Syrians since 2011 and would help"; not "15,000 children live
// in them and could be left homeless"). -1 when neither.
func secondClause(text string) int {
	for k := 0; ; {
		a := strings.Index(text[k:], " and ")
		if a < 0 {
			return -1
		}
		a += k
		w := strings.ToLower(letterRun(text, a+len(" and ")))
		if w == "that" {
			return a
		}
		if futureModals[w] || w == "can" || w == "must" || w == "should" {
			ws := strings.Fields(strings.ToLower(text[:a]))
			if len(ws) <= 3 && (len(ws) == 0 || adverbialOpeners[ws[0]]) {
				return a
			}
		}
		k = a + len(" and")
	}
}

// adverbialOpeners open a short adverbial of time or place after an
// object: "since 2011", "in Jordan", "last year".
var adverbialOpeners = wordSet(`since in from last this on at by over during`)

// shelterVerbs say that a place or a shelter gives people a roof ("houses"
// and "housing" are said of settlements and camps the words may not name).
var shelterVerbs = wordSet(`shelters sheltering`)

// placeShelters reports rule words in which one of shelterVerbs comes
// right before the figure (a hedge between) and no shelter is named
// before it: the subject is a place, "Arsal ... also shelters roughly
// 60,000 Syrian refugees", not "Gawilan, a camp that already shelters
// some 8,000 Syrians".
func (x *extractor) placeShelters(words []string) bool {
	n := slices.Index(words, figureMark)
	if n < 1 {
		return false
	}
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		if shelterVerbs[words[k]] {
			// Nor after it ("Botswana shelters about 2,500 refugees at
			// Dukwi camp"), nor "It now shelters 5,210 Syrians", whose
			// pronoun may stand for a camp.
			// The pronoun may stand for a country named before it:
			// "Lebanon, which says it shelters around 1.5 million Syrians".
			return !x.namesShelter(words[:k]) && !x.namesShelter(words[n+1:]) &&
				(!slices.Contains(words[:k], "it") || slices.ContainsFunc(words[:k], func(w string) bool { return countryNames[w] }))
		}
	}
	return false
}

// captiveVerbs take people prisoner.
var captiveVerbs = wordSet(`seized abducted kidnapped captured`)

// captiveCount reports a figure, its hedge included, right after one of
// captiveVerbs: "jihadists who seized some 30 soldiers and policemen"
// counts captives, not troops sent.
func captiveCount(b string, start int) bool {
	w := wordsBefore(b, start, 1)
	return len(w) == 1 && captiveVerbs[strings.ToLower(w[0])]
}

// sideOfBorder reports a sentence that places its people, in an aside set
// off by commas, ", on the Turkish side," (a capitalised demonym or
// country before "side"): at a border. Not "sleeping in the fields on the
// Turkish side near Kapitan Andreevo" nor "A Reuters witness on the
// Jordanian side saw", where the side goes with a place or a witness.
func sideOfBorder(sentence string) bool {
	for k := 0; ; {
		i := strings.Index(sentence[k:], ", on the ")
		if i < 0 {
			return false
		}
		i += k + len(", on the ")
		w := letterRun(sentence, i)
		rest, ok := strings.CutPrefix(sentence[i+len(w):], " side")
		for _, of := range []string{" of the crossing", " of the border", " of the frontier"} {
			rest = strings.TrimPrefix(rest, of) // ", on the Turkish side of the crossing,"
		}
		if ok && w != "" && isUpper(w[0]) && (strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ".")) {
			return true
		}
		k = i
	}
}

// housingNouns are buildings people are put up in for want of a camp.
var housingNouns = wordSet(`schools mosques halls tents classrooms`)

// housedAfter reports rule words that put the figure's people in
// buildings after it: "registered about 2,500 families in 40 schools".
func housedAfter(words []string) bool {
	n := slices.Index(words, figureMark)
	return n >= 0 && slices.ContainsFunc(words[n+1:], func(w string) bool { return housingNouns[w] })
}

// ofMilitary returns the military noun of "of the U.S. troops", "of its
// soldiers" at the start of text, after a bare figure: a part of a force
// counts its members. "" when the text says otherwise.
func ofMilitary(text string) string {
	ws := strings.Fields(text[:min(len(text), 48)])
	if len(ws) < 3 || ws[0] != "of" || ws[1] != "the" && ws[1] != "its" && ws[1] != "their" {
		return ""
	}
	for k := 2; k < len(ws) && k <= 4; k++ {
		w := strings.TrimRight(ws[k], ",.;")
		if militaryNouns[strings.ToLower(w)] {
			return strings.ToLower(w)
		}
		if strings.HasSuffix(ws[k], ",") || strings.HasSuffix(ws[k], ";") {
			return "" // the clause ends first ("U.S." ends in a dot and goes on)
		}
	}
	return ""
}

// countWas reports clause words that end in a count noun and "was" or
// "is", an adverb perhaps between: "the real figure was already".
func countWas(ws []string) bool {
	n := len(ws)
	if n >= 1 && (ws[n-1] == "already" || ws[n-1] == "now" || ws[n-1] == "actually" || ws[n-1] == "probably") {
		n--
	}
	return n >= 2 && (ws[n-1] == "was" || ws[n-1] == "is") && restatedCount(ws[n-2])
}

// homeToBefore reports rule words with "home to" right before the figure,
// a hedge perhaps between.
func homeToBefore(words []string) bool {
	n := slices.Index(words, figureMark)
	for k := n - 1; k >= 1 && k >= n-2; k-- {
		if words[k] == "to" && words[k-1] == "home" {
			return true
		}
	}
	return false
}

// campNearest reports clause words that name a camp after any town or
// other place: the camp is what "home to" glosses ("Zaatari, the
// kingdom's largest camp, ... is home to"; not "knocking down concrete
// shelters in Arsal, a mountain town ... that is home to").
func campNearest(ws []string) bool {
	camp, place := -1, -1
	for i, w := range ws {
		switch w {
		case "camp", "camps":
			camp = i
		case "town", "city", "village", "province", "country", "region", "district":
			place = i
		}
	}
	return camp > place
}

// personsByAge name people by age or sex, whom "others" after them does
// not repeat: "A boy was found dead and 46 others were rescued" counts
// people.
var personsByAge = wordSet(`boy girl child man woman baby infant teenager men women babies infants teenagers`)

// pluralNounOf returns the plural of a person noun a unit gives in the
// singular, "migrant" -> "migrants", "child" -> "children"; a plural or a
// demonym is kept.
// onePersonBefore returns, in the plural, the person a clause names
// with "a", "an" or "one" before "others": "soldiers" for "a Turkish
// soldier has been killed and"; else "".
func onePersonBefore(ws []string) string {
	for i := len(ws) - 2; i >= 0; i-- {
		if ws[i] != "a" && ws[i] != "an" && ws[i] != "one" {
			continue
		}
		for j := i + 1; j < min(len(ws), i+4); j++ {
			w := strings.Trim(ws[j], ",;:\"“”")
			if pl := pluralNounOf(w); pl != w && personNoun(pl) && !kinNouns[pl] {
				if j+1 < len(ws) && ws[j+1] == "and" || w != ws[j] {
					return "" // "a woman and her son ... two others": people
				}
				return pl
			}
		}
		return ""
	}
	return ""
}

func pluralNounOf(u string) string {
	switch {
	case u == "" || strings.HasSuffix(u, "s") || strings.HasSuffix(u, "men") || u == "people" || u == "children" || u == "police" || u == "staff" || u == "personnel" || isUpper(u[0]) || strings.Contains(u, " "):
		return u
	case u == "child":
		return "children"
	case u == "person":
		return "people"
	case strings.HasSuffix(u, "man"):
		return strings.TrimSuffix(u, "man") + "men"
	case strings.HasSuffix(u, "y") && len(u) > 1 && !strings.ContainsRune("aeiou", rune(u[len(u)-2])):
		return strings.TrimSuffix(u, "y") + "ies"
	}
	return u + "s"
}

// wholeUnit returns the unit of the fact at i, or, when that fact is a
// part of a whole told just before it ("Half a million of those are
// children" after "nearly 900,000 people have fled"), the whole's unit.
func (x *extractor) wholeUnit(i int) string {
	if !isPart(x.facts[i]) {
		return x.facts[i].Unit
	}
	for p := i - 1; p >= 0 && p >= i-4; p-- {
		if q := x.facts[p]; !isPart(q) && isPersonUnit(q.Unit) && q.Value > x.facts[i].Value {
			return q.Unit
		}
	}
	return x.facts[i].Unit
}

// isPart reports a fact that counts a part of a count: "around 170,000
// of the newly displaced", "80,000 of them".
func isPart(f Fact) bool {
	low := strings.ToLower(f.Phrase)
	return f.Rule == "part" || partPhrase(f.Phrase) || strings.Contains(low, " of the ") || strings.Contains(low, " of them ") || strings.Contains(low, " of those ")
}

// restatesTotal reports words before a restated count that name it a
// total: "put the total at", "gave the overall figure as".
func restatesTotal(before string) bool {
	ws := clauseWords(before)
	for i := 1; i < len(ws); i++ {
		if (ws[i] == "total" || ws[i] == "overall") && (ws[i-1] == "the" || ws[i-1] == "its" || ws[i-1] == "their") {
			return true
		}
	}
	return false
}

// partPhrase reports a figure's phrase that counts a part of a count
// before it: "nearly 80,000 of them", "12 of whom".
func partPhrase(phrase string) bool {
	low := strings.ToLower(phrase)
	return strings.HasSuffix(low, " of them") || strings.HasSuffix(low, " of whom") || strings.HasSuffix(low, " of those")
}
