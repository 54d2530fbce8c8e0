package corpus

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// placeNamedIn returns the first place the sentence toks names without a
// place preposition ("Lebanon says ...", "Moria, a site built for ...",
// "attempts to cross the Evros river"): a name the article uses as a
// place elsewhere, after "in", "near", "from" or "at", or a country. A
// possessor gives way to the place it owns ("Iraq's Kurdistan region").
// Names that are not where the figure is are passed over: an origin
// ("most of them from Afghanistan"), a partner ("a deal with Russia"),
// an example ("cities such as Amman"), a name that opens a longer one
// ("the Syria Response Coordinators", "Lebanon Crisis Response Plan") or
// names an event ("the Idlib offensive"), a crossing in a "since"
// clause, a capital that stands for its government ("Ankara says"). For
// troops, a country is the one that sends them, not where they are. It
// returns "" when the sentence names no such place.
func (x *extractor) placeNamedIn(toks []token, unit string) string {
	x.mainPlaceOf() // fills x.placeNames
	owner := ""     // a possessor named before, used when nothing follows it
	skipped := -1   // the end of the last name passed over
	for i := 0; i < len(toks); i++ {
		name, n, country := x.knownPlaceAt(toks, i)
		if n == 0 {
			continue
		}
		last := toks[i+n-1].lower()
		if strings.HasSuffix(last, "'s") {
			if owner == "" {
				owner = name
			}
			i += n - 1
			continue
		}
		if notWherePlace(toks, i, n) || country && isMilitaryUnit(unit) && !ownGround(toks, i) ||
			listedAfter(toks, skipped, i) {
			// "most of them from Afghanistan, Pakistan and Morocco": the
			// names listed after one passed over go with it.
			skipped = i + n
			i += n - 1
			continue
		}
		return name
	}
	return owner
}

// listedAfter reports whether toks[i] continues a list of names that
// ended at toks[end-1]: only commas, "and" and "or" lie between.
func listedAfter(toks []token, end, i int) bool {
	if end < 0 || end >= i {
		return false
	}
	for _, t := range toks[end:i] {
		if lw := t.lower(); lw != "," && lw != "and" && lw != "or" {
			return false
		}
	}
	return true
}

// notWherePlace reports whether the name toks[i:i+n] is not where a
// figure is, by the words around it.
func notWherePlace(toks []token, i, n int) bool {
	p := i - 1 // the word before the name, past "the"
	if p >= 0 && toks[p].lower() == "the" {
		p--
	}
	if p >= 0 {
		switch toks[p].lower() {
		case "with", "against", "than", "as", "like", "via":
			return true // "a deal with Russia", "such as Amman"
		case "since", "until", "till":
			return true // "since the Nassib crossing reopened": a time
		case "from":
			return p > 0 && originBefore[toks[p-1].lower()] // "most of them from Afghanistan"
		case "to":
			return p > 0 && toks[p-1].lower() == "according"
		case "in", "at":
			if speakersPlace(toks, p) {
				return true // "a monitoring group based in Britain", "told reporters in Geneva"
			}
		}
	}
	if n == 1 && capitalCities[toks[i].lower()] {
		return true // "Ankara says", "Athens has blocked": a government
	}
	if i+n < len(toks) {
		next := toks[i+n]
		if !next.punct && next.capitalised() && !titleWords[next.lower()] {
			return true // "Syria Response Coordinators", not "Kurdistan Region Interior Minister"
		}
		if placeEventNouns[next.lower()] {
			return true // "the Afrin operation", "the Idlib offensive"
		}
	}
	return false
}

// placeEventNouns after a place name make it a qualifier of an event, not
// where a figure is: "the Syria crisis", "the Idlib offensive".
var placeEventNouns = wordSet(`conflict war offensive operation campaign deal agreement talks file
	question issue policy`)

// ownGround reports whether troops counted in the sentence are on the
// ground of the country at toks[i] ("to its border with Turkey", "to help
// Greece"). Otherwise a country named with troops is the one that sends
// them ("Turkey has sent 5,000 troops into the province"), not where they
// are.
func ownGround(toks []token, i int) bool {
	if i > 0 {
		switch toks[i-1].lower() {
		case "help", "support", "assist", "protect", "for", "send", "promised":
			return true
		}
	}
	for k := 0; k+2 < len(toks); k++ {
		lw, next := toks[k].lower(), toks[k+1].lower()
		if lw == "the" && next == "border" && toks[k+2].lower() == "with" {
			return true
		}
		if lw == "its" || lw == "own" {
			switch next {
			case "border", "borders", "frontier", "soil", "territory", "coast":
				return true
			}
		}
	}
	return false
}

// knownPlaceAt reads a place name of up to four capitalised words at
// toks[i], the longest the article or the list of countries knows or one
// a place noun follows ("the Evros river"), and returns it with the
// number of tokens it takes and whether it is a country; n is 0 when
// none.
func (x *extractor) knownPlaceAt(toks []token, i int) (name string, n int, country bool) {
	// The run of name words at i, read once: a name of n words is its
	// first n.
	var run [4]string
	words := 0
	for _, t := range toks[i:min(len(toks), i+len(run))] {
		if t.punct || !(t.capitalised() || strings.HasPrefix(t.lower(), "al-")) {
			break
		}
		run[words] = t.text
		words++
	}
	for n = words; n >= 1; n-- {
		parts := run[:n]
		written := strings.Join(parts, " ")
		lw := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(written, "'s"), "’s"))
		if i+n < len(toks) {
			next := toks[i+n].lower()
			if (nonPlaceWords[next] || orgWords[next]) && !authorityNouns[next] {
				return "", 0, false // "Jordan River Foundation", not "Evros police"
			}
		}
		isCountry := countryNames[lw] && !isAcronym(parts[0])
		if known, ok := x.placeNames[lw]; ok {
			return known, n, isCountry
		}
		if isCountry {
			return written[:len(lw)], n, true
		}
		first := strings.ToLower(parts[0])
		if i+n < len(toks) && nameNouns[toks[i+n].lower()] && !toks[i+n].capitalised() && lw == strings.ToLower(written) &&
			!notPlaces[first] && !demonymName(parts[0]) && !titleWords[first] && !isAcronym(parts[0]) {
			// "the Evros river", "the Nassib crossing"; the noun of "the
			// Bekaa valley" or "Daraa province" is part of the name.
			if noun := toks[i+n].text; placeSuffixNouns[strings.ToLower(noun)] {
				return written + " " + noun, n + 1, false
			}
			return written, n, false
		}
	}
	return "", 0, false
}

// nameNouns follow a place name as the kind of place it is: "the Evros
// river", "the Bekaa valley", "the Nassib crossing".
var nameNouns = wordSet(`river region valley camp islands island coast crossing province district
	area countryside frontier mountains governorate plain border`)

// capitalCities stand for their governments when a sentence names them
// without a place preposition ("Ankara says", "Athens has blocked"),
// which is the only way placeNamedIn reads them.
var capitalCities = wordSet(`ankara damascus moscow athens beirut amman baghdad tehran washington brussels berlin
	paris london rome madrid vienna budapest sofia belgrade skopje tirana zagreb ljubljana bucharest warsaw prague
	bratislava stockholm oslo copenhagen helsinki dublin lisbon bern valletta nicosia riyadh doha cairo tripoli
	tunis algiers rabat khartoum kabul islamabad baku yerevan tbilisi kyiv kiev minsk beijing tokyo ottawa canberra
	brasilia pretoria nairobi addis abuja kampala kigali lima bogota quito caracas santiago havana managua
	montevideo asuncion dhaka delhi kathmandu bangkok hanoi manila jakarta`)

// capitalCountry gives the country a capital speaks for when it says it
// hosts refugees: "Ankara says it already hosts 3.7 million".
var capitalCountry = map[string]string{
	"ankara": "Turkey", "amman": "Jordan", "beirut": "Lebanon", "baghdad": "Iraq", "athens": "Greece",
	"damascus": "Syria", "tehran": "Iran", "cairo": "Egypt", "nicosia": "Cyprus", "berlin": "Germany",
	"paris": "France", "london": "Britain", "rome": "Italy", "madrid": "Spain", "vienna": "Austria",
	"budapest": "Hungary", "sofia": "Bulgaria", "belgrade": "Serbia", "stockholm": "Sweden",
}

// countryMeant returns the country a sentence with no place of its own
// means: the one it calls "the country" ("across the country", "the
// country's refugees"), which is the one at war when the sentence tells
// of a war ("half of the country's pre-war population"), else a
// demonym's ("the Lebanese government says the country hosts ..."), the
// last one named in this sentence or the one before, or the one the
// article names most; and for refugees, whom a country hosts, the
// country the article names most after the one they fled, unless the
// sentence points at a town or camp ("in the town", "here"). It returns
// "" otherwise.
func (x *extractor) countryMeant(s span, g *fig, toks []token, cat Category) string {
	x.mainPlaceOf() // fills x.mainCountry
	country, war, local := false, false, false
	for i, t := range toks {
		switch lw := t.lower(); lw {
		case "country", "country's", "nationwide":
			country = country || lw == "nationwide" || i > 0 && (toks[i-1].lower() == "the" || toks[i-1].lower() == "this")
		case "war", "conflict", "pre-war", "prewar":
			war = true
		case "town", "town's", "city", "village", "camp", "camp's", "here", "settlement", "settlements", "province", "district", "region", "island", "area":
			local = true
		}
	}
	switch {
	case country && war:
		if c := x.warCountryOf(); c != "" {
			return c
		}
	case country:
		for _, t := range toks {
			if c := demonymCountry[t.lower()]; c != "" && t.capitalised() && t.lower() != "syrian" && t.lower() != "kurdish" && t.lower() != "european" {
				return c // "Greek police said ... attempts to enter the country"
			}
		}
		if c := x.countryBefore(s, g.start); c != "" {
			return c
		}
		return x.mainCountry
	}
	if cat == Refugees && !local && x.hostCountry != "" {
		return x.hostCountry // refugees are hosted away from the country they fled
	}
	return ""
}

// namedCountries returns the country the body names most, by its
// one-word name or its people's ("Lebanon", "the Lebanese government"),
// and the one it
// names most after leaving out the country people fled: the one whose
// people the body most often calls refugees or displaced ("Syrian
// refugees"), or whose war it tells of (war, which counts as two such
// mentions).
func namedCountries(b, war string) (main, host string) {
	count := map[string]int{}
	fled := map[string]int{}
	words := strings.FieldsFunc(b, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' })
	for i, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			continue
		}
		lw := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "'s"), "’s")
		c := ""
		if countryNames[lw] && !isAcronym(w) {
			c = titleCase(lw)
		} else if d := demonymCountry[lw]; d != "" && lw != "kurdish" && lw != "european" {
			c = d
			if i+1 < len(words) {
				switch strings.ToLower(words[i+1]) {
				case "refugee", "refugees", "asylum", "families", "displaced", "nationals", "returnees":
					fled[c]++
				}
			}
		}
		if c != "" {
			count[c]++
		}
	}
	if war != "" {
		fled[war] += 2
	}
	origin, most := "", 0
	for c, n := range fled {
		if n > most || n == most && c < origin {
			origin, most = c, n
		}
	}
	bestMain, bestHost := 0, 0
	for c, n := range count {
		if n > bestMain || n == bestMain && c < main {
			main, bestMain = c, n
		}
		if c != origin && (n > bestHost || n == bestHost && c < host) {
			host, bestHost = c, n
		}
	}
	return main, host
}

// subjectHoldVerbs say that a place, their subject, holds people:
// "Zaatari holds roughly 80,000 people", "Bardarash ... now houses 4,120
// people".
var subjectHoldVerbs = wordSet(`holds houses shelters hosts accommodates held housed sheltered hosted`)

// holdAdverbs may stand between a place and its hold verb.
var holdAdverbs = wordSet(`now currently still already alone today also`)

// heldBy returns the place that opens the sentence toks as the subject of
// a verb of holding people, with the figure right after the verb and its
// hedge: "Zaatari holds roughly 80,000 people", "Bardarash, home to about
// 1,500 families from Mosul until 2017, now houses 4,120 people",
// "Atmeh, a border town ..., now has more than 100,000 people". A
// transcript's speaker label before it ("HAMADOU: Zaatari holds ...") is
// passed over. The name must be one the article uses as a place; ""
// when the sentence is not so built.
func (x *extractor) heldBy(toks []token) string {
	x.mainPlaceOf() // fills x.placeNames
	i := 0
	if k := slices.IndexFunc(toks[:min(len(toks), 5)], func(t token) bool { return t.text == ":" }); k > 0 &&
		!slices.ContainsFunc(toks[:k], func(t token) bool { return !t.capitalised() }) {
		i = k + 1 // "MOUSSA HAMADOU:"
	}
	if i >= len(toks) {
		return ""
	}
	name, n, country := x.knownPlaceAt(toks, i)
	known := n > 0
	if !known {
		// A name the article uses nowhere else: a place still, when it
		// holds people ("Zaatari holds roughly 80,000 people"), read below
		if name = placeRun(toks, i); name == "" || demonymName(name) {
			return ""
		}
		if first := toks[i].lower(); npStop[first] || definiteWords[first] || personNouns[first] || notPlaces[first] {
			return "" // "Those shelters are home to", "People already housed in"
		}
		n = len(strings.Fields(name))
		if i+n > len(toks) || toks[i+n-1].text != name[strings.LastIndexByte(name, ' ')+1:] {
			return "" // the run and the tokens disagree: "Syria's Idlib province"
		}
	}
	if strings.HasSuffix(toks[i+n-1].lower(), "'s") {
		return ""
	}
	j := i + n
	if j < len(toks) && toks[j].text == "," {
		// "Bardarash, home to about 1,500 families from Mosul until
		// 2017, now houses": one apposition, closed by its comma
		k := j + 1
		for k < len(toks) && k-j <= 16 && toks[k].text != "," {
			k++
		}
		if k >= len(toks) || toks[k].text != "," {
			return ""
		}
		j = k + 1
	}
	for j < len(toks) && holdAdverbs[toks[j].lower()] {
		j++
	}
	if j >= len(toks) {
		return ""
	}
	verb := toks[j].lower()
	if !subjectHoldVerbs[verb] && !(verb == "has" && j > 0 && toks[j-1].lower() == "now" && !country && known) {
		return "" // (not "Turkey ... now has some 7,000 troops in the province")
	}
	if len(toks)-(j+1) > 3 {
		return "" // the figure follows the verb, behind a hedge at most
	}
	return name
}
