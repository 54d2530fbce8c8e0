package corpus

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Locations: the place a figure concerns, read from capitalised names after
// place prepositions ("in Idlib", "from Afrin", "near the Turkish border")
// without a gazetteer. Places where people are or were win over places
// they head to.

// placePrepositions rank where a name after them says a figure happened.
var placePrepositions = map[string]int{
	"in": 1, "inside": 1, "near": 1, "around": 1, "at": 1, "across": 1, "throughout": 1,
	"outside": 1, "within": 1, "of": 2, "from": 2, "along": 2, "off": 2, "on": 3,
	"to": 4, "towards": 4, "toward": 4, "into": 4,
}

// notPlaces are capitalised words that follow place prepositions but are
// not places.
var notPlaces = wordSet(`january february march april may june july august september october
	november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
	thursday friday saturday sunday i we he she they it the a an this that our my your their his her
	each every another some any all both many most several no
	sunni shia shiite shi'ite shi’ite alawite druze christian yazidi muslim maronite`) // "a largely Sunni town": a faith, no place

// placeNouns before "of" introduce a place: "the Syrian town of Afrin".
var placeNouns = wordSet(`town city village province district region island governorate area port harbour harbor
	areas countryside outskirts suburb suburbs capital state county neighbourhood neighborhood
	schools mosques camps shelters streets`)

// adminNouns after a name make it a place: "Gaziantep province".
var adminNouns = wordSet(`province governorate district city town village municipality region`)

// placePrepositionWord reports whether w is a place preposition.
func placePrepositionWord(w string) bool {
	_, ok := placePrepositions[w]
	return ok
}

// directions may precede a place name: "northeast Syria".
var directions = wordSet(`north south east west northeast northwest southeast southwest northern
	southern eastern western northeastern northwestern southeastern southwestern central
	north-east north-west south-east south-west north-eastern north-western south-eastern south-western`)

// place is a candidate location with its rank and offset.
type place struct {
	name    string
	rank    int
	at      int
	arrival bool // named after a reach verb: where people got to
}

// homeWords say that a sentence counts people at the home they left:
// "Six of our neighbours were killed", "There were 200 families in our
// street", "Maybe ten stayed behind".
var homeWords = []string{"neighbour", "neighbor", " street", " village", "stayed behind", "still there", "our house", "our town"}

// homeSentence reports a sentence that speaks of the home its people
// left, whose figures are where they came from, not where they reached.
func homeSentence(sentence string) bool {
	low := strings.ToLower(sentence)
	return slices.ContainsFunc(homeWords, func(w string) bool { return strings.Contains(low, w) })
}

// withoutArrivals drops the places people reached from ps.
func withoutArrivals(ps []place) []place {
	return slices.DeleteFunc(ps, func(p place) bool { return p.arrival })
}

// placeAfter returns the place named after the place preposition that
// starts b[from:to] ("in Idlib province" -> "Idlib"), or "".
func placeAfter(b string, from, to int) string {
	buf := scratchTokens.Get().(*[]token)
	toks := appendTokens((*buf)[:0], b, from, to)
	name := ""
	if len(toks) > 0 && toks[0].start == from {
		p, _ := prepPlace(toks, 0) // holds a string of b, not the tokens
		name = p.name
	}
	clear(toks) // drop the references to b before pooling
	*buf = toks
	scratchTokens.Put(buf)
	return name
}

// scratchTokens are token buffers reused by placeAfter, which tokenizes
// many short windows and keeps none of their tokens.
var scratchTokens = sync.Pool{New: func() any { return new([]token) }}

// placesOf finds place names in a run of tokens.
func placesOf(toks []token) []place {
	var out []place
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		lw := t.lower()
		if p, prep := prepPlace(toks, i); prep {
			if p.name != "" {
				out = append(out, p)
			}
			continue
		}
		// "the Qah camp", "Bardarash camp", "the Moria reception centre":
		// the camp is a place.
		if t.capitalised() && !notPlaces[lw] && i+1 < len(toks) && (toks[i+1].lower() == "camp" || toks[i+1].lower() == "camps" || receptionCentre(toks, i+1)) &&
			(i+2 >= len(toks) || toks[i+2].lower() != "officials" && toks[i+2].lower() != "manager") {
			k := i
			for k > 0 && i-k < 2 && toks[k-1].capitalised() && !notPlaces[toks[k-1].lower()] && !placePrepositionWord(toks[k-1].lower()) {
				k--
			}
			if k == i && k > 1 && arabicArticles[toks[k-1].text] && toks[k-2].capitalised() && !notPlaces[toks[k-2].lower()] {
				k -= 2 // "the Dar es Salam camp"
			}
			if p := placeRun(toks, k); p != "" && strings.HasSuffix(p, t.text) && demonymCountry[lw] == "" && !strings.Contains(t.text, "-") {
				// A camp is where its people are, before the places around
				// it; "the Zaatari and Azraq camps" name two.
				rank := 0
				if toks[i+1].lower() == "camps" {
					rank = 1
				}
				out = append(out, place{name: p, rank: rank, at: toks[k].start})
			}
		}
		// "Gaziantep province hosts ...", "Hasakah city officials": a name
		// before an administrative noun is a place without a preposition.
		if t.capitalised() && i+1 < len(toks) && adminNouns[toks[i+1].lower()] && !toks[i+1].capitalised() &&
			demonymCountry[lw] == "" && !notPlaces[lw] {
			k := i
			for k > 0 && i-k < 2 && toks[k-1].capitalised() && !notPlaces[toks[k-1].lower()] && !placePrepositionWord(toks[k-1].lower()) {
				k--
			}
			// "15 km east of Idlib city": a reference point, not a place
			// the figure concerns.
			ref := k > 0 && toks[k-1].lower() == "of"
			if p := placeRun(toks, k); p != "" && !ref && strings.HasSuffix(strings.TrimSuffix(p, " "+toks[i+1].text), t.text) {
				out = append(out, place{name: p, rank: 1, at: toks[k].start})
			}
		}
		// "the Turkish border", "the Syrian-Turkish border" (not "the Syrian
		// side", which annotators never give as a place: the place the
		// story is about, on that side, is)
		if t.capitalised() && i+1 < len(toks) {
			next := toks[i+1].lower()
			if next == "border" && (demonymCountry[lw] != "" || strings.Contains(lw, "-")) &&
				(i+2 >= len(toks) || !borderBodies[toks[i+2].lower()]) { // not "the European border agency"
				out = append(out, place{name: t.text + " " + toks[i+1].text, rank: 2, at: t.start})
			}
		}
	}
	demoteContainers(toks, out)
	return out
}

// containerNouns name the areas a place is said to lie in.
var containerNouns = wordSet(`district province region county governorate`)

// demoteContainers ranks below the rest a district named only to locate
// the place before it: "In Kyangwali settlement in Kikuube district, ...
// about 125,000 refugees now live": Kyangwali, not Kikuube.
func demoteContainers(toks []token, ps []place) {
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].lower() != "in" || !toks[i+1].capitalised() {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i <= 3 && toks[j].capitalised() {
			j++
		}
		if j >= len(toks) || !containerNouns[toks[j].lower()] {
			continue
		}
		prev := toks[i-1]
		if !prev.capitalised() && !placeKindNouns[prev.lower()] {
			continue // "in the camps in Idlib province": no place before
		}
		if !slices.ContainsFunc(ps, func(p place) bool { return p.at < toks[i].start && p.at >= toks[max(0, i-4)].start }) {
			continue // no place named just before
		}
		for k := range ps {
			if ps[k].at == toks[i].start || ps[k].at == toks[i+1].start {
				ps[k].rank++
			}
		}
	}
}

// placeKindNouns may follow a place's name before "in" and its district:
// "Kyangwali settlement in Kikuube district".
var placeKindNouns = wordSet(`settlement camp town village city`)

// borderBodies after "border" make it a body's name, not a place: "the
// European border agency", "Greek border police".
var borderBodies = wordSet(`agency guard guards police force forces officials patrol patrols authority authorities service`)

// receptionCentre reports "reception centre" (or "center") at toks[k]:
// a camp by its official name.
func receptionCentre(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].lower() == "reception" && (toks[k+1].lower() == "centre" || toks[k+1].lower() == "center")
}

// prepPlace reads the place named after toks[i] when it is a place
// preposition (prep); p.name is "" when no place follows.
func prepPlace(toks []token, i int) (p place, prep bool) {
	t := toks[i]
	lw := t.lower()
	rank, ok := placePrepositions[lw]
	if ok && lw == "of" && (i == 0 || !placeNouns[toks[i-1].lower()] && toks[i-1].lower() != "out") {
		ok = false // "the town of Afrin", "out of Afrin", not "the Union of Medical Care"
	}
	if ok && lw == "of" && i >= 2 && toks[i-1].capitalised() && toks[i-2].capitalised() && !toks[i-2].punct {
		ok = false // "the Kurdistan Region of Iraq": the country a named region lies in
	}
	if ok && lw == "to" && i > 0 && toks[i-1].lower() == "according" {
		ok = false // "according to the United Nations": a source, not a destination
	}
	if ok && lw == "from" && i > 0 {
		// "most of them from Afghanistan", "who came from Syria": an
		// origin, not where the people are; "refugees from Syria" is
		// an origin unless nothing better is named.
		prev := toks[i-1].lower()
		if originBefore[prev] {
			ok = false
		} else if personNoun(prev) {
			rank = 5
		}
	}
	if ok && speakersPlace(toks, i) {
		return place{}, true
	}
	if ok && lw == "off" && distanceBefore(toks, i) {
		ok = false // "10 km (6 miles) off the Turkish coast": a reference point
	}
	arrival, crossed := false, false
	if crossVerbs[lw] && i+1 < len(toks) && toks[i+1].lower() == "the" {
		// "attempts to cross the Evros land border", "crossing the
		// Tigris": the frontier or river crossed
		rank, ok, crossed = placePrepositions["along"], true, true
	}
	if reachVerbs[lw] && !reachGoal(toks, i) {
		// "who reached Hasakah with her husband and four children": where
		// the people got to, and are (not "from Ras al-Ain", left behind)
		rank, ok, arrival = placePrepositions["in"], true, true
	}
	if lw == "for" && departedFor(toks, i) {
		rank, ok = placePrepositions["to"], true // "Many headed for Hasakah": where they went
	}
	if !ok {
		return place{}, false
	}
	j := i + 1
	if j < len(toks) && toks[j].lower() == "the" {
		j++
	}
	dir := ""
	if j < len(toks) && directions[toks[j].lower()] {
		dir = toks[j].text + " "
		j++
	}
	if name := placeRun(toks, j); name != "" && !languageNames[strings.ToLower(name)] {
		if arrival || crossed {
			m := j
			for m < len(toks) && toks[m].start < toks[j].start+len(name) {
				m++
			}
			if crossed && m < len(toks) && waterways[toks[m].lower()] {
				m++ // "crossed the Suchiate river into Mexico"
			}
			if m+1 < len(toks) && toks[m+1].capitalised() && (arrival && toks[m].lower() == "of" || crossed && (toks[m].lower() == "to" || toks[m].lower() == "into")) {
				// "reached the Greek islands of Lesbos, Chios and Samos":
				// the islands named next; "crossed the Aegean to Greece":
				// where the crossing led
				return place{}, false
			}
		}
		return place{name: dir + name, rank: rank, at: t.start, arrival: arrival}, true
	}
	return place{}, true // (not "in English", "in Arabic": a language)
}

// waterways and frontiers follow a crossed place's name: "the Suchiate
// river", "the Evros border".
var waterways = wordSet(`river border frontier sea strait`)

// crossVerbs name the frontier or river people cross after them.
var crossVerbs = wordSet(`cross crossed crossing crosses`)

// reachVerbs say that people got to the place named after them.
var reachVerbs = wordSet(`reached reaching reach reaches`)

// reachGoal reports a reach verb at toks[i] that names a goal, not an
// arrival: "trying to reach Europe", "in the hope of reaching Germany"
// (not "walked for two days to reach Atmeh", nor "if the fighting
// reaches Hasakah", where the people counted are).
func reachGoal(toks []token, i int) bool {
	if i > 0 && toks[i-1].lower() == "of" {
		return true
	}
	return i > 1 && toks[i-1].lower() == "to" && goalVerbs[toks[i-2].lower()]
}

// goalVerbs say that people mean to do what follows "to".
var goalVerbs = wordSet(`trying try tries tried hoping hope hopes hoped want wants wanted attempting attempt attempted
	seeking seek seeks sought aiming aim aims planning plan plans intend intends intending`)

// languageNames are the languages a page says it is written or spoken in:
// "our live coverage, in English", "he said in Arabic".
var languageNames = wordSet(`english arabic french german kurdish kurmanji sorani turkish persian farsi
	dari pashto urdu russian spanish portuguese italian greek hebrew armenian swahili`)

// speakersPlace reports an "in" or "at" at toks[i] that says where
// words were spoken or where a source sits, not where a figure is: "told
// a news briefing in Athens", "told members of his party in Ankara",
// "told reporters in Geneva", "a monitoring group based in Britain".
func speakersPlace(toks []token, i int) bool {
	lw := toks[i].lower()
	if i == 0 || lw != "in" && lw != "at" {
		return false
	}
	prev := toks[i-1].lower()
	return venueNouns[prev] || i > 1 && toks[i-2].lower() == "told" && toldNouns[prev] || lw == "in" && seatWords[prev]
}

// seatWords before "in" say where a body sits: "a monitoring group based
// in Britain".
var seatWords = wordSet(`based headquartered`)

// venueNouns are the gatherings where figures are announced: "a briefing
// in Athens".
var venueNouns = wordSet(`briefing briefings conference conferences party parliament summit talks speech
	rally ceremony forum lawmakers`)

// toldNouns after "told" are who heard the figure: "told reporters in
// Ankara" (not "reporters at Pazarkule", who saw it).
var toldNouns = wordSet(`reporters journalists`)

// distanceBefore reports a distance ending right before toks[i], its
// conversion in brackets included: "10 km (6 miles)".
func distanceBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := toks[k]
		switch {
		case distanceWords[t.lower()]:
			return true
		case t.text == "(" || t.text == ")" || isDigit(t.text[0]):
			continue
		default:
			return false
		}
	}
	return false
}

// distanceWords end a distance: "10 km", "160 kilometres".
var distanceWords = wordSet(`km kilometres kilometers kilometre kilometer miles mile metres meters`)

// departedFor reports "for" at toks[i] right after a verb of heading
// somewhere: "have headed for Nubl", "bound for north-west Syria". (Not
// "left Arsal for Qalamoun", which annotators place where the people
// left, nor "fled the battle for Mosul".)
func departedFor(toks []token, i int) bool {
	return i > 0 && departVerbs[toks[i-1].lower()]
}

// departVerbs head for a place.
var departVerbs = wordSet(`headed heading head heads bound`)

// originBefore are words before "from" that make it an origin: "most of
// them from Afghanistan", "who came from Syria".
var originBefore = wordSet(`them whom came come comes coming originally originate originating hail
	hailing hails mostly mainly largely chiefly`)

// nonPlaceWords in a capitalised name make it an event or an institution,
// not a place: "World Refugee Day", "Joint Crisis Coordination Centre".
var nonPlaceWords = wordSet(`day days week summit conference forum festival games cup award prize
	centre center directorate coordination committee council agency office ministry programme program
	fund foundation institute university hospital clinic company bank party movement front brigade
	union crescent cross organisation organization association society network group observatory
	coalition alliance court commission authority department service services initiative project
	appeal campaign charter convention treaty agreement declaration accord plan watch helmets defence defense`)

// placeRun reads a capitalised place name at toks[j]: "Idlib", "Ras
// al-Ain", "Bab al-Hawa", "Syria's Idlib province" (-> Idlib). A name
// with a word of an event or institution is none.
func placeRun(toks []token, j int) string {
	for k := j; k < len(toks) && k < j+6; k++ {
		t := toks[k]
		if t.punct || !t.capitalised() {
			break
		}
		if nonPlaceWords[t.lower()] {
			return ""
		}
	}
	var parts []string
	next := j // the token after the name
	for k := j; k < len(toks) && len(parts) < 4; k++ {
		t := toks[k]
		lw := strings.TrimSuffix(t.lower(), ".")
		if arabicArticles[t.text] && len(parts) > 0 && k+1 < len(toks) && toks[k+1].capitalised() && !toks[k+1].punct {
			parts = append(parts, t.text) // "Ras al Ain", the article written apart
			continue
		}
		if t.punct || !(t.capitalised() || strings.HasPrefix(lw, "al-") || strings.HasPrefix(lw, "ez-") || strings.HasPrefix(lw, "el-")) {
			break
		}
		if orgWords[lw] && len(parts) > 0 {
			return "" // "the United Nations", "Doctors Without Borders": an organisation's name
		}
		if notPlaces[lw] || orgWords[lw] || titleWords[lw] || isAcronym(t.text) && !countryNames[lw] || adjectiveHyphen(t.text) ||
			len(parts) == 0 && peopleOfPlace(t.text) {
			if len(parts) > 0 {
				break
			}
			return ""
		}
		text := t.text
		if strings.HasSuffix(lw, "'s") {
			// "Syria's Idlib": the possessor is context, the place follows.
			parts = nil
			continue
		}
		parts = append(parts, text)
		next = k + 1
	}
	if len(parts) == 0 {
		return ""
	}
	name := strings.Join(parts, " ")
	if s := placeSuffix(toks, next, name); s != "" {
		// "the Bekaa valley", "the Greek islands", "the Greek-Turkish land
		// border": the noun is part of the place.
		return name + " " + s
	}
	if demonymCountry[strings.ToLower(name)] != "" {
		return "" // "in Syrian ..." is an adjective
	}
	if platformNames[strings.ToLower(name)] || agencyIn(name) == name {
		return "" // "wrote on Twitter", "live coverage from Reuters": no places
	}
	return name
}

// arabicArticles join the words of an Arabic place name when written
// apart from them: "Ras al Ain", "Deir ez Zor".
var arabicArticles = wordSet(`al el ez ash es`)

// platformNames are the sites people post on, which "on" and "from" put
// before them as they would a place.
var platformNames = wordSet(`twitter facebook instagram telegram whatsapp youtube tiktok x`)

// bestPlace picks the best ranked place, nearest first among equals.
func bestPlace(ps []place, pos int) string {
	best := -1
	for i, p := range ps {
		if best < 0 || p.rank < ps[best].rank || p.rank == ps[best].rank && abs(p.at-pos) < abs(ps[best].at-pos) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return ps[best].name
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// warWords name a war: a figure of its length or of its toll concerns the
// country at war, not the places the sentence names.
var warWords = wordSet(`war wars conflict`)

// warFigure reports whether the figure at b[start:end] of the sentence
// b[sStart:sEnd] is a war's length ("a seven-year-old war", "nine years
// into the war", "the nine-year war") or its toll, told in a relative
// clause on the war ("a war which has killed half a million people and
// forced 11 million to flee").
func warFigure(b string, sStart, sEnd, start, end int, unit string) bool {
	if strings.HasPrefix(unit, "year") {
		ws := clauseWords(b[start:min(sEnd, end+40)])
		for i, w := range ws {
			if i > 5 {
				break
			}
			if warWords[w] {
				return true
			}
		}
	}
	pre := b[sStart:start]
	if !containsFoldASCII(pre, "war") && !containsFoldASCII(pre, "conflict") {
		return false // what warRelative needs is not there
	}
	return warRelative.MatchString(pre) || warTollSubject.MatchString(pre)
}

// warTollSubject is a sentence whose subject is the war and whose verb tells
// its toll: "The war, now in its ninth year, has killed more than".
var warTollSubject = regexp.MustCompile(`^(?:The|the|This|this) (?:[\w-]+ )?(?:war|conflict)(?:, [^,]{0,60},)? (?:has|had) (?:killed|claimed)\b[^.;:!?]*$`)

// isRegexpWordByte reports the bytes regexp's \b counts as word
// characters (ASCII letters, digits and the underscore).
func isRegexpWordByte(c byte) bool { return isLetter(c) || isDigit(c) || c == '_' }

// containsFoldASCII reports whether s contains the lower-case ASCII word
// part w in any case.
func containsFoldASCII(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if hasPrefixFold(s[i:], w) {
			return true
		}
	}
	return false
}

// warRelative is a relative clause on a war that the figure sits in.
var warRelative = regexp.MustCompile(`(?i)\b(?:war|conflict),? (?:which|that)\b[^.;:!?]*$`)

// warCountry names the country whose war an article is about: the one
// most often written as "Syria's war", "the Syrian conflict" or "the war
// in Syria"; "" when the article names none.
func warCountry(b string) string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, m := range warOwnerMatches(b) {
		name := ""
		for _, g := range m[1:] {
			if g == "" {
				continue
			}
			lw := strings.ToLower(g)
			if c := demonymCountry[lw]; c != "" {
				name = c
			} else if countryNames[lw] {
				name = g
			}
		}
		if name == "" {
			continue
		}
		count[name]++
		if n := count[name]; n > bestN || n == bestN && name < best {
			best, bestN = name, n
		}
	}
	return best
}

// warOwnerMatches returns warOwner's submatches in b, in order. The
// expression runs only on a window around each "war" and "conflict" (a
// match holds one, with at most four words before or two after it), so a
// long body costs a few string searches rather than a regular expression
// tried at every capital letter.
func warOwnerMatches(b string) [][]string {
	var out [][]string
	done := 0 // matches end here or before; a later one starts after
	// The next "war" and "conflict" at or after at; -1 when there is none.
	next := func(kw string, at int) int {
		if k := strings.Index(b[at:], kw); k >= 0 {
			return at + k
		}
		return -1
	}
	w, c := next("war", 0), next("conflict", 0)
	for at := 0; at < len(b); {
		if w >= 0 && w < at {
			w = next("war", at)
		}
		if c >= 0 && c < at {
			c = next("conflict", at)
		}
		p, kw := w, "war"
		if p < 0 || c >= 0 && c < p {
			p, kw = c, "conflict"
		}
		if p < 0 {
			break
		}
		at = p + len(kw)
		if p > 0 && isRegexpWordByte(b[p-1]) || at < len(b) && isRegexpWordByte(b[at]) {
			continue // "warned", "toward": every match holds the whole word
		}
		from := max(done, p-120)
		for from > done && from < p && isRegexpWordByte(b[from-1]) {
			from++ // start where \b holds, as it does for the whole text
		}
		to := min(len(b), p+len(kw)+60)
		for to < len(b) && isRegexpWordByte(b[to]) {
			to++ // end at the end of a word
		}
		for _, m := range warOwner.FindAllStringSubmatchIndex(b[from:to], -1) {
			if from+m[0] < done {
				continue
			}
			sub := make([]string, len(m)/2)
			for k := range sub {
				if m[2*k] >= 0 {
					sub[k] = b[from+m[2*k] : from+m[2*k+1]]
				}
			}
			out = append(out, sub)
			done = from + m[1]
		}
		at = max(at, done)
	}
	return out
}

// warOwner matches a country or its demonym owning a war, with up to two
// words between ("Syria's long civil war").
var warOwner = regexp.MustCompile(`\b([A-Z][a-z]+)(?:'s|’s)? (?:[a-z-]+ ){0,2}(?:war|conflict)\b|\b(?:war|conflict) in ([A-Z][a-z]+)\b`)

// placeSuffixNouns follow a name as part of the place it names: "Bekaa
// valley", "Greek islands", "Turkish coast", and "Idlib province" and
// "Idlib city", which are two places where the name alone is either.
// Other kinds ("region", "district", "camp", "crossing") are not: the
// place is the name alone, as annotators mostly write it.
var placeSuffixNouns = wordSet(`valley islands coast province city`)

// placeSuffix returns the lower-case place noun at toks[k] after the name
// ("islands", "land border"), as written, or "". A border is part of the
// place only after a demonym or a hyphenated pair of them ("the Turkish
// border", "the Greek-Turkish land border"); after a town it is where the
// town is ("at the Pazarkule border" -> Pazarkule).
func placeSuffix(toks []token, k int, name string) string {
	if k >= len(toks) || toks[k].punct || toks[k].capitalised() {
		return ""
	}
	lw := toks[k].lower()
	if placeSuffixNouns[lw] && !(adminNouns[lw] && demonymName(name[strings.LastIndexByte(name, ' ')+1:])) {
		return toks[k].text // not "the Syrian city of Hasakah"
	}
	if !demonymName(name) {
		return ""
	}
	if lw == "border" {
		return toks[k].text
	}
	if lw == "land" && k+1 < len(toks) && toks[k+1].lower() == "border" {
		return toks[k].text + " " + toks[k+1].text
	}
	return ""
}

// demonymName reports whether name is a demonym or demonyms joined by
// hyphens: "Turkish", "Greek-Turkish".
func demonymName(name string) bool {
	for _, part := range strings.Split(strings.ToLower(name), "-") {
		if demonymCountry[part] == "" {
			return false
		}
	}
	return true
}

// theNoun is a definite reference to a place named before by its kind:
// "the camp now holds", "the camp's residents", "children in the
// province", "off the island's coast".
var theNoun = regexp.MustCompile(`\b(?:[Tt]he|[Tt]his|[Tt]hat) (camp|province|region|island|town|district)(?:'s|’s)?\b`)

// theNounIn is theNoun.FindStringSubmatch, run only when s holds one of
// the nouns.
func theNounIn(s string) []string {
	for _, kind := range []string{"camp", "province", "region", "island", "town", "district"} {
		if strings.Contains(s, kind) {
			return theNoun.FindStringSubmatch(s)
		}
	}
	return nil
}

// namedKind matches, per kind of place, where a place of that kind is
// named: "Bardarash camp", "the Moria reception centre", "Bardarash, a
// camp", "the island of Lesbos", "Gaziantep province".
var namedKind = func() map[string]*regexp.Regexp {
	const name = `(?:^|[^\p{L}'’-])((?:al-|el-)?[A-Z][\p{L}'’-]*(?: (?:[a-z]{1,3}-)?[A-Z0-9][\p{L}0-9'-]*)?)`
	m := map[string]*regexp.Regexp{}
	for _, kind := range []string{"camp", "province", "region", "island", "town", "district"} {
		nouns := kind
		if kind == "camp" {
			nouns = `camp|refugee camp|reception cent(?:re|er)`
		}
		m[kind] = regexp.MustCompile(name + ` (?:` + nouns + `)\b|` + name + `, (?:a|the) (?:[a-z-]+ )?` + kind +
			`\b|\b` + kind + ` of` + name)
	}
	return m
}()

// lastNamed returns the place of the kind ("camp", "province") named last
// in b, or "".
func lastNamed(b, kind string) string {
	re := namedKind[kind]
	if re == nil {
		return ""
	}
	return lastNamedOf(re.FindAllStringSubmatch(b, -1), kind)
}

// lastNamedOf picks the last of namedKind's matches ms that names a place.
func lastNamedOf(ms [][]string, kind string) string {
	for i := len(ms) - 1; i >= 0; i-- {
		name := strings.Join(ms[i][1:], "")
		if k := strings.LastIndex(name, "'s "); k >= 0 {
			name = name[k+3:] // "Iraq's Kurdistan": the possessor is context
		} else if k := strings.LastIndex(name, "’s "); k >= 0 {
			name = name[k+len("’s "):]
		}
		first, rest, two := strings.Cut(name, " ")
		if two && placePrepositionWord(strings.ToLower(first)) {
			name, first = rest, rest // "In Atmeh, a town ...": the sentence's first word is no part of it
		}
		lw := strings.ToLower(first)
		if notPlaces[lw] || demonymName(first) || nonPlaceWords[lw] || titleWords[lw] || orgWords[lw] || adjectiveHyphen(name) {
			continue // (and "the Kurdish-held town": who holds it, no name)
		}
		if kind == "region" || kind == "island" {
			// "the Kurdistan region": the annotated name keeps the noun
			// only where the text writes it after the name.
			if strings.HasSuffix(ms[i][0], " "+kind) {
				return name + " " + kind
			}
		}
		return name
	}
	return ""
}

// namedMatches are namedKind's matches of one kind in a whole body, with
// their offsets, found once per article.
type namedMatches struct {
	subs         [][]string
	starts, ends []int
}

func findNamed(b, kind string) *namedMatches {
	nm := &namedMatches{}
	re := namedKind[kind]
	if re == nil {
		return nm
	}
	for _, m := range re.FindAllStringSubmatchIndex(b, -1) {
		sub := make([]string, len(m)/2)
		for k := range sub {
			if m[2*k] >= 0 {
				sub[k] = b[m[2*k]:m[2*k+1]]
			}
		}
		nm.subs = append(nm.subs, sub)
		nm.starts, nm.ends = append(nm.starts, m[0]), append(nm.ends, m[1])
	}
	return nm
}

// lastNamedBefore is lastNamed(b[:end], kind) from the matches in the
// whole body: the ones that end by end are the ones the text before end
// has. A match that runs across end may read differently in that text,
// which is then searched itself.
func (nm *namedMatches) lastNamedBefore(b string, end int, kind string) string {
	k := sort.SearchInts(nm.starts, end)
	if k > 0 && nm.ends[k-1] > end {
		return lastNamed(b[:end], kind)
	}
	return lastNamedOf(nm.subs[:k], kind)
}

// placeGloss is an apposition glossing a place, open up to a figure:
// "Kilis, a province of about 140,000 residents", "Saraqeb, a town 15 km
// east of Idlib city", "the Bekaa Valley, home to roughly 360,000",
// "Maarat al-Numan, once home to about 60,000 people". A
// "site" is left out: "the reception centre on Samos, a site built for
// 650" glosses the centre, not the island.
var placeGloss = regexp.MustCompile(`(?:^|[^\p{L}'’-])((?:al-|el-)?[A-Z][\p{L}'’-]*(?: (?:[a-z]{1,3}-)?[A-Z][\p{L}'’-]*){0,3}), (?:(?:a|an|the) (?:[a-z-]+ ){0,2}(?:town|city|village|province|governorate|district|region|camp|country|island|area|settlement|valley|enclave|stronghold)\b|(?:once |now |still )?home to\b)[^,;:()]*$`)

// glossedSubject matches a sentence up to its figure that opens with a
// place, glossed as one in an apposition, as the subject of "is home to":
// "Gyumri, Armenia's second city, is home to".
var glossedSubject = regexp.MustCompile(`^(?:[^,]*[^\p{L}'’-])?((?:al-|el-)?[A-Z][\p{L}'’-]*(?: (?:[a-z]{1,3}-)?[A-Z][\p{L}'’-]*){0,3}), [^,]{0,60}\b(?:town|city|village|province|governorate|district|region|camp|country|island|area|settlement|valley|enclave)\b[^,]{0,40}, (?:is|was) home to\b[^,;:()]*$`)

// glossedPlace returns the place an apposition open before a figure
// glosses (pre is the sentence up to the figure), or "".
func glossedPlace(pre string) string {
	// placeGloss ends in ", a|an|the ... <noun>" or ", home to" with no
	// comma after it: the last comma of pre must open one.
	k := strings.LastIndexByte(pre, ',')
	var m []string
	switch {
	case k < 0:
		return ""
	case strings.HasPrefix(pre[k:], ", a ") || strings.HasPrefix(pre[k:], ", an ") ||
		strings.HasPrefix(pre[k:], ", the ") || strings.HasPrefix(pre[k:], ", home to") ||
		strings.HasPrefix(pre[k:], ", once home to") || strings.HasPrefix(pre[k:], ", now home to") || strings.HasPrefix(pre[k:], ", still home to"):
		// (and "Maarat al-Numan, once home to about 60,000 people")
		m = placeGloss.FindStringSubmatch(pre)
	case strings.HasPrefix(pre[k:], ", is home to") || strings.HasPrefix(pre[k:], ", was home to"):
		// "Gyumri, Armenia's second city, is home to about 600": the
		// place the apposition glosses is the subject
		if ix := glossedSubject.FindStringSubmatchIndex(pre); ix != nil && !placePrepositionWord(strings.ToLower(wordBefore(pre, ix[2]))) {
			m = []string{pre[ix[0]:ix[1]], pre[ix[2]:ix[3]]} // not "Domiz camp near Dohuk, the largest in the region, is home to"
		}
	}
	if m == nil {
		return ""
	}
	name := m[1]
	if k := strings.LastIndex(name, "'s "); k >= 0 {
		name = name[k+3:]
	} else if k := strings.LastIndex(name, "’s "); k >= 0 {
		name = name[k+len("’s "):]
	}
	ws := strings.Fields(name)
	for len(ws) > 1 && (placePrepositionWord(strings.ToLower(ws[0])) || hasLower(notPlaces, ws[0])) {
		ws = ws[1:] // "On Samos, a camp ...": the sentence's first word
	}
	name = strings.Join(ws, " ")
	for _, w := range ws {
		lw := strings.ToLower(w)
		if notPlaces[lw] || nonPlaceWords[lw] || titleWords[lw] || orgWords[lw] {
			return ""
		}
	}
	if demonymName(name) {
		return ""
	}
	return name
}

// peopleOfPlace reports a plural demonym, "Syrians", "Iraqis": a people,
// not a place ("has taken in Syrians fleeing the war").
func peopleOfPlace(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	return ok && len(stem) > 3 && demonymCountry[strings.ToLower(stem)] != ""
}
