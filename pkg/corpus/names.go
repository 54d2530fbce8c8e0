package corpus

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// Turning a subject noun phrase into the source column: titles stripped,
// the acronym of an organisation preferred, pronouns, bare surnames and
// "the agency" resolved from earlier in the article.

// titleWords are stripped from the front of a name: "Turkish President
// Tayyip Erdogan" -> "Tayyip Erdogan".
var titleWords = wordSet(`president vice prime minister foreign defence defense interior
	secretary secretary-general general gen gen. lt lt. col col. maj maj. brig brig. capt capt.
	sgt sgt. mr mr. mrs mrs. ms ms. dr dr. prof prof. king queen prince princess sheikh emir
	ambassador spokesman spokeswoman spokesperson chancellor commissioner high senator sen sen. presidents ministers
	rep rep. governor gov gov. mayor chief deputy director head chairman chairwoman commander inf inf.
	colonel captain major sergeant lieutenant pope patriarch speaker premier envoy special
	representative coordinator regional humanitarian press leader lawmaker minister-president
	foreign-minister first lady sir dame lord datuk dato datin tun manager coordinator official officer administrator
	supervisor organiser organizer founder owner activist researcher analyst lawyer journalist
	correspondent resident volunteer worker teacher nurse doctor camp shelter field country
	programme program project operations media communications father bishop archbishop priest
	reverend rev rev. pastor imam mufti rabbi brother sister mother
	alhaji alhaja hajia haji hajiya mallam`) // West African honorifics: "Alhaji Yakubu Mohammed"

// descriptorNouns stand for an organisation or person named before: "the
// agency said", "the ministry added", "the official said".
var descriptorNouns = wordSet(`agency ministry office official spokesman spokeswoman spokesperson daily newspaper paper broadcaster mayor foundation charity board society
	organisation organization group administration council government army military municipality
	committee commission monitor observatory department authority authorities report statement
	mission force forces coalition alliance body service survey study center centre archdiocese diocese patriarchate directorate volunteer`)

// orgWords mark a name as an organisation rather than a person.
var orgWords = wordSet(`agency ministry office organisation organization group administration
	council government army military committee commission observatory department authority
	nations union alliance front forces force crescent cross programme program fund
	university conference network service services press times news observatory coalition
	children unhcr unicef ocha coastguard guard police navy gendarmerie directorate staff church`)

// demonyms and countries, a small list of the well known ones, used to
// strip "Turkish" before a title and to keep country names from being
// mistaken for surnames.
var demonymCountry = map[string]string{
	"hellenic": "Greece",
	"syrian":   "Syria", "turkish": "Turkey", "russian": "Russia", "iranian": "Iran",
	"iraqi": "Iraq", "lebanese": "Lebanon", "jordanian": "Jordan", "greek": "Greece",
	"israeli": "Israel", "egyptian": "Egypt", "saudi": "Saudi Arabia", "american": "United States",
	"british": "United Kingdom", "french": "France", "german": "Germany", "kurdish": "Kurdistan",
	"afghan": "Afghanistan", "palestinian": "Palestine", "european": "Europe", "italian": "Italy",
	"spanish": "Spain", "chinese": "China", "qatari": "Qatar", "emirati": "United Arab Emirates",
	"yemeni": "Yemen", "libyan": "Libya", "sudanese": "Sudan", "bulgarian": "Bulgaria",
	"cypriot": "Cyprus", "armenian": "Armenia", "azerbaijani": "Azerbaijan", "georgian": "Georgia",
	"ukrainian": "Ukraine", "pakistani": "Pakistan", "indian": "India", "u.s.": "United States",
}

var countryNames = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range demonymCountry {
		m[strings.ToLower(c)] = true
	}
	for _, c := range []string{"u.s.", "us", "usa", "uk", "u.k.", "britain", "america", "kurdistan", "europe",
		"netherlands", "canada", "sweden", "norway", "denmark", "finland", "belgium", "austria", "switzerland",
		"portugal", "ireland", "luxembourg", "australia", "hungary", "poland", "croatia", "serbia", "malta"} {
		m[c] = true
	}
	for _, c := range strings.Split(worldCountries, "\n") {
		if c = strings.TrimSpace(c); c != "" {
			m[strings.ToLower(c)] = true
		}
	}
	return m
}()

// worldCountries are the common English names of the world's states, so
// that a count given for any of them reads as a country's ("..., Uganda
// some 60,000"), whatever crisis the articles cover.
const worldCountries = `
Afghanistan
Albania
Algeria
Andorra
Angola
Antigua and Barbuda
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas
Bahrain
Bangladesh
Barbados
Belarus
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina
Bosnia
Botswana
Brazil
Brunei
Bulgaria
Burkina Faso
Burundi
Cambodia
Cameroon
Canada
Cape Verde
Central African Republic
Chad
Chile
China
Colombia
Comoros
Congo
Costa Rica
Croatia
Cuba
Cyprus
Czech Republic
Czechia
Denmark
Djibouti
Dominica
Dominican Republic
DR Congo
DRC
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini
Ethiopia
Fiji
Finland
France
Gabon
Gambia
Georgia
Germany
Ghana
Greece
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran
Iraq
Ireland
Israel
Italy
Ivory Coast
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Mauritania
Mauritius
Mexico
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar
Namibia
Nepal
Netherlands
New Zealand
Nicaragua
Niger
Nigeria
North Korea
North Macedonia
Norway
Oman
Pakistan
Palestine
Panama
Papua New Guinea
Paraguay
Peru
Philippines
Poland
Portugal
Qatar
Romania
Russia
Rwanda
Saudi Arabia
Senegal
Serbia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
Somalia
South Africa
South Korea
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
Togo
Tunisia
Turkey
Turkmenistan
Uganda
Ukraine
United Arab Emirates
United Kingdom
United States
Uruguay
Uzbekistan
Venezuela
Vietnam
Yemen
Zambia
Zimbabwe
`

// resolver names sources within one article body.
type resolver struct {
	body  string
	attrs map[span][]attribution // by sentence
	toks  map[span][]token       // by sentence
	buf   *tokenBuffers          // storage of toks and of passing windows
}

// tokenBuffers hold the tokens of one article's resolver: arena holds the
// sentences' tokens one after another, scratch a window that is looked at
// and forgotten. They are reused from article to article.
type tokenBuffers struct {
	arena, scratch []token
}

var tokenBufferPool = sync.Pool{New: func() any { return new(tokenBuffers) }}

func newResolver(body string) *resolver {
	return &resolver{body: body, attrs: map[span][]attribution{}, toks: map[span][]token{},
		buf: tokenBufferPool.Get().(*tokenBuffers)}
}

// release hands the resolver's token storage to the next article. No
// token, and no slice of tokens, may be used after it.
func (r *resolver) release() {
	b := r.buf
	r.buf, r.toks, r.attrs = nil, nil, nil
	clear(b.arena) // drop the references to the body
	clear(b.scratch)
	b.arena, b.scratch = b.arena[:0], b.scratch[:0]
	tokenBufferPool.Put(b)
}

// tokens caches the tokens of a sentence.
func (r *resolver) tokens(s span) []token {
	if t, ok := r.toks[s]; ok {
		return t
	}
	from := len(r.buf.arena)
	r.buf.arena = appendTokens(r.buf.arena, r.body, s.start, s.end)
	// Capped, so that appending to the sentence's tokens copies them
	// rather than writing over the next sentence's.
	t := r.buf.arena[from:len(r.buf.arena):len(r.buf.arena)]
	r.toks[s] = t
	return t
}

// window tokenizes body[from:to] into the scratch buffer, valid until
// the next call.
func (r *resolver) window(from, to int) []token {
	r.buf.scratch = appendTokens(r.buf.scratch[:0], r.body, from, to)
	return r.buf.scratch
}

// sentenceAttributions caches attributions per sentence.
func (r *resolver) sentenceAttributions(s span) []attribution {
	if a, ok := r.attrs[s]; ok {
		return a
	}
	a := attributionsOf(r.body, s, r.tokens(s))
	r.attrs[s] = a
	return a
}

// tokIndex returns the index of the first token of toks (sorted by
// offset) that starts at or after offset at.
func tokIndex(toks []token, at int) int {
	return sort.Search(len(toks), func(k int) bool { return toks[k].start >= at })
}

// tokRange returns the tokens of toks (sorted by offset) that lie in
// [from, to).
func tokRange(toks []token, from, to int) []token {
	i, j := tokIndex(toks, from), tokIndex(toks, to)
	for j > i && toks[j-1].end > to {
		j--
	}
	return toks[i:j]
}

// teamNouns are the people who work for a speaker: "her team", "his staff".
var teamNouns = wordSet(`team teams staff colleagues volunteers workers office`)

// possessivePronouns map a possessive to the pronoun that resolves it.
var possessivePronouns = map[string]string{"her": "she", "his": "he", "their": "they", "its": "it"}

// ownData reports words that name an organisation's own figures after a
// possessive pronoun: "latest figures", "own data", "new report".
func ownData(ws []token) bool {
	for k, t := range ws {
		switch lw := t.lower(); {
		case documentNouns[lw] && k == len(ws)-1:
			return true
		case lw == "latest" || lw == "own" || lw == "new" || lw == "most" || lw == "recent" || lw == "official" || lw == "monthly" || lw == "weekly" || lw == "daily":
		default:
			return false
		}
	}
	return true // "its latest", the data noun cut
}

// ageNoun reports a person named by their age alone: "38-year-old".
func ageNoun(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	return ok && n != "" && (allDigits(n) || smallWords[n] > 0)
}

// placedBody reports a subject whose head, before np[k], is a common
// noun for a body of people and whose words from np[k] place it: "in"
// or "at" and a capitalised place ("Kurdish officials in Dohuk
// province", "the governor's office in Edirne", "doctors at the Atmeh
// hospital"). The place tells that body apart, so it stays; a body
// with a name ("UNHCR spokeswoman in Beirut") needs none.
func placedBody(np []token, k int) bool {
	if lw := np[k].lower(); lw != "in" && lw != "at" || k+1 >= len(np) {
		return false
	}
	head := np[k-1]
	if head.capitalised() && k > 1 || !placedBodies[head.lower()] {
		return false
	}
	for i, t := range np[:k-1] {
		if strings.ContainsAny(t.text, ".'’") || len(t.text) >= 2 && strings.ToUpper(t.text) == t.text ||
			i > 0 && t.capitalised() && demonymCountry[t.lower()] == "" {
			return false // "UNHCR spokeswoman in Beirut", "Turkish Red Crescent official at ...": the body has a name
		}
		if demonymCountry[t.lower()] != "" && singlePersons[head.lower()] {
			return false // "A Kurdish official in Qamishli": one person, described
		}
	}
	rest := np[k+1:]
	if rest[0].lower() == "the" && len(rest) > 1 {
		rest = rest[1:]
	}
	return rest[0].capitalised() && !hasDigit(rest[0].text)
}

// affiliatedRole reports a role and the body it serves, joined by "with"
// at np[k]: "a volunteer with the local council", "a rescue worker with
// the White Helmets". Without the body, the role alone names nobody.
func affiliatedRole(np []token, k int) bool {
	if np[k].lower() != "with" || k == 0 || k+2 >= len(np) || k+6 < len(np) || np[k+1].lower() != "the" {
		return false
	}
	if head := np[k-1]; head.capitalised() || !affiliatedRoles[head.lower()] {
		return false
	}
	last := np[len(np)-1]
	return last.capitalised() && !last.punct || orgWords[last.lower()]
}

// roleWithBody reports a name that affiliatedRole kept whole: a person,
// "volunteer with the local council", though it ends on a body's noun.
func roleWithBody(name string) bool {
	role, _, ok := strings.Cut(name, " with the ")
	return ok && affiliatedRoles[strings.ToLower(role[strings.LastIndexByte(role, ' ')+1:])]
}

// affiliatedRoles are the roles people report in for a body they work
// with.
var affiliatedRoles = wordSet(`volunteer worker doctor nurse medic paramedic official coordinator spokesman spokeswoman member`)

// singlePersons are the placedBodies that name one person, whom a
// nationality describes well enough: "a Kurdish official".
var singlePersons = wordSet(`official doctor spokesman spokeswoman`)

// placedBodies are the common nouns for bodies of people that a place
// after them tells apart.
var placedBodies = wordSet(`official officials council councils office embassy consulate doctors doctor
	groups workers association community activists directorate volunteers sources spokesman spokeswoman police`)

// name turns a subject noun phrase at body offset pos into a source.
func (r *resolver) name(np []token, pos int) string {
	return r.nameDepth(np, pos, 0)
}

func (r *resolver) nameDepth(np []token, pos, depth int) string {
	for len(np) > 1 && (np[0].lower() == "the" || np[0].lower() == "a" || np[0].lower() == "an") {
		np = np[1:] // "On Monday the Jordanian army said"
	}
	if len(nameWithCommas(np, 0)) == len(np) && len(np) > 0 {
		return joinTokens(np) // "Immigration, Refugees and Citizenship Canada"
	}
	if len(np) == 2 && np[0].lower() == "its" && stateForces[np[1].lower()] {
		if d := r.lastCountryDemonym(pos); d != "" {
			return d + " " + np[1].lower() // "Turkey denies targeting civilians. Its military says": the Turkish military
		}
	}
	if len(np) == 1 && np[0].lower() == "kingdom" {
		if c := kingdomNamedBefore(r.body, pos); c != "" {
			return c // "Jordan ... The kingdom says": the kingdom named before
		}
	}
	if len(np) == 3 && np[0].lower() == "its" && !np[1].capitalised() && np[2].lower() == "ministry" {
		if d := r.lastCountryDemonym(pos); d != "" {
			return d + " " + np[1].lower() + " ministry" // "Turkey launched the offensive ... Its defence ministry said"
		}
	}
	if len(np) > 1 && (np[0].lower() == "its" || np[0].lower() == "their") && np[1].capitalised() {
		np = np[1:] // "Its Zaatari camp": the camp by its name
	}
	if len(np) > 1 && !np[0].capitalised() && (strings.HasSuffix(np[0].text, "'s") || strings.HasSuffix(np[0].text, "’s")) && np[1].capitalised() {
		np = np[1:] // "The region's Kurdish-led administration gives higher numbers"
	}
	for n := len(np); n > 1 && (np[n-1].lower() == "here" || np[n-1].lower() == "there"); n = len(np) {
		np = np[:n-1] // "Police here say"
	}
	if len(np) == 0 {
		return ""
	}
	if pron := possessivePronouns[np[0].lower()]; pron != "" && depth <= 2 && (len(np) == 1 || ownData(np[1:])) {
		// "according to its latest figures" (or "its" alone, the rest
		// cut): the organisation "it" is.
		if pron == "it" {
			// "registered with the UN refugee agency (UNHCR), according to
			// its latest figures": the organisation just named.
			s := sentenceAt(r.body, pos)
			toks := tokRange(r.tokens(s), s.start, pos)
			for k := len(toks) - 1; k >= 0; k-- {
				t := toks[k].text
				if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && isAcronym(strings.Trim(t, "()")) {
					return strings.Trim(t, "()")
				}
				if k > 0 && k+1 < len(toks) && toks[k-1].text == "(" && toks[k+1].text == ")" && len(t) >= 2 && isAcronym(t) {
					return t
				}
			}
		}
		if name := r.lastSpeaker(pos, pron, depth); name != "" && name != "reporter" {
			return name
		}
	}
	if len(np) == 1 && ageNoun(np[0].lower()) && depth <= 2 {
		return r.lastSpeaker(pos, "he", depth) // "the 38-year-old told": the person the paragraph is about
	}
	if len(np) == 1 && pronouns[np[0].lower()] {
		if depth > 2 {
			return ""
		}
		return r.lastSpeaker(pos, np[0].lower(), depth)
	}
	if len(np) == 2 && teamNouns[np[1].lower()] && depth <= 2 {
		// "she said her team had registered 1,842": the speaker's own.
		if pron := possessivePronouns[np[0].lower()]; pron != "" {
			if name := r.lastSpeaker(pos, pron, depth); name != "" && name != "reporter" {
				return name
			} // else "Its teams", as written, with nobody named before
		}
	}
	for _, t := range np {
		if strings.HasPrefix(t.text, "(") && strings.HasSuffix(t.text, ")") {
			return strings.Trim(t.text, "()")
		}
	}
	if last := np[len(np)-1]; !last.capitalised() && (descriptorNouns[last.lower()] || orgWords[last.lower()]) {
		if acr := r.appositiveAcronym(last.end); acr != "" {
			return acr // "the U.N. refugee agency, UNHCR,", "The U.N. humanitarian office, known as OCHA,"
		}
		if name := appositiveName(r.body[last.end:min(len(r.body), last.end+90)]); name != "" {
			return name // "A monitoring group, the Syrian Observatory for Human Rights, says"
		}
	}
	// "Ahmad Yassin of the Syrian aid organisation Violet": the person
	// named first, not the organisation after "of".
	for k := 2; k <= 3 && k+2 < len(np); k++ {
		if np[k].lower() == "of" && np[k+1].lower() == "the" {
			if person := personName(np[:k]); person != "" && strings.Contains(person, " ") {
				return person
			}
			break
		}
	}
	// Cut a trailing place: "A UNHCR spokeswoman in Amman", "a Kurdish
	// official from Afrin". A bare common noun keeps it, as it says
	// nothing alone: "officials in Reyhanli", "a teacher from Kafr Nabl";
	// so does a body of people placed "in" or "at" (see placedBody).
	bare := len(np) >= 3 && !np[0].capitalised() && np[2].capitalised() &&
		(np[1].lower() == "in" || np[1].lower() == "from" || np[1].lower() == "at" || np[1].lower() == "near")
	for k := 1; k < len(np) && !(bare && k == 1); k++ {
		if person := titledPlaceName(np, k); person != nil {
			np = person // "UNHCR spokesman in Amman Mohammad Hawari": the person
			break
		}
		switch np[k].lower() {
		case "around", "outside", "across", "along":
			if !np[k].capitalised() {
				np = np[:k] // "Camp doctors around Atmeh" (not "Hope Across Borders", a name)
			}
		case "in", "at", "from", "on", "near", "inside", "with", "by", "based", "seen", "obtained", "reviewed", "working", "operating", "active":
			if placedBody(np, k) || affiliatedRole(np, k) {
				return joinTokens(np) // "Kurdish officials in Dohuk province", "the governor's office in Edirne"
			}
			np = np[:k] // also "a JCC document seen by the paper"
			if n := len(np); n > 1 && !np[n-1].capitalised() && strings.HasSuffix(np[n-1].lower(), "ed") && personNoun(np[n-2].lower()) {
				np = np[:n-1] // "Residents reached by phone", "a mother camped near Nassib": the people
			}
		case "of", "dated":
			if k+1 < len(np) && (hasDigit(np[k+1].text) || monthNames[np[k+1].lower()] != 0) {
				np = np[:k] // "OCHA's update of 16 February": a date is no name
			}
		}
		if k >= len(np) {
			break
		}
	}
	if n := len(np); n >= 2 && (np[n-1].lower() == "latest" || np[n-1].lower() == "own" || np[n-1].lower() == "new") {
		np = np[:n-1] // "according to the agency's latest figures", cut before its noun
	}
	if n := len(np); n >= 1 && (strings.HasSuffix(np[n-1].lower(), "'s") || n >= 2 && documentNouns[np[n-1].lower()]) {
		// "the Valley Relief Council's update", "OCHA's latest update":
		// the owner of the document.
		from := n - 2
		if strings.HasSuffix(np[n-1].lower(), "'s") {
			from = n - 1 // "the agency's [latest figures]"
		}
		for k := from; k >= 0 && k >= n-4; k-- { // "OCHA's daily flash update"
			if owner, ok := strings.CutSuffix(np[k].lower(), "'s"); ok && owner != "" {
				t := np[k]
				cut := len(t.text) - len(strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s"))
				t.text, t.low, t.end = t.text[:len(t.text)-cut], owner, t.end-cut
				np = append(np[:k:k], t)
				break
			}
		}
	}
	if bare && (!descriptorNouns[np[0].lower()] || np[0].lower() == "authorities" || np[0].lower() == "government") { // "the authorities in Beirut", "the government in Amman", not "Beirut"
		return joinTokens(np) // not the place's name alone
	}
	if len(np) == 2 && np[0].lower() == "world" && np[1].lower() == "body" {
		return r.unAsNamed(pos) // "the world body said": the United Nations
	}
	if len(np) == 1 && documentNouns[np[0].lower()] && !descriptorNouns[np[0].lower()] {
		if owner := r.documentOwner(np[0].lower(), pos); owner != "" {
			return owner // "The update says" after "OCHA's latest flash update"
		}
	}
	if len(np) == 2 && np[0].lower() == "monitoring" && np[1].lower() == "group" && depth <= 2 {
		// "The monitoring group also counted": the monitor named before.
		if name := r.descriptor("monitor", pos, depth); name != "monitor" {
			return name
		}
	}
	if len(np) == 2 && np[0].lower() == "war" && np[1].lower() == "monitor" && depth <= 2 {
		// "The war monitor says": the monitor named before.
		if name := r.descriptor("monitor", pos, depth); name != "monitor" {
			return name
		}
	}
	if len(np) == 1 && descriptorNouns[np[0].lower()] && depth <= 2 {
		return r.descriptor(np[0].lower(), pos, depth)
	}
	if noun := np[len(np)-1].lower(); describedOrg(np) && depth <= 2 {
		// "the Britain-based monitor", "the Britain-based war monitor":
		// the organisation named before, else the description as written.
		if name := r.descriptor(noun, pos, depth); name != noun {
			return name
		}
	}
	last := np[len(np)-1]
	if isNameToken(last) && !strings.HasSuffix(last.lower(), "'s") {
		run := nameRun(np)
		if k := len(np) - len(run); k >= 2 && np[k-1].lower() == "of" && !np[k-2].capitalised() &&
			!orgWords[last.lower()] && len(run) <= 2 {
			// "the governor of Hatay": a role of a place.
			i := k - 2
			for i > 0 && !np[i-1].capitalised() && !np[i-1].punct && np[i-1].lower() != "the" && np[i-1].lower() != "a" {
				i--
			}
			return joinTokens(np[i:])
		}
		if len(run) > 0 && !orgWords[run[len(run)-1].lower()] {
			run = stripTitles(run) // not "Turkish Defence Ministry"
		}
		if len(run) == 0 {
			return joinTokens(np)
		}
		// "David Swanson of OCHA": the person, not the organisation.
		for k := 2; k < len(run)-1 && k <= 3; k++ {
			if lw := run[k].lower(); lw == "of" || lw == "from" || lw == "at" {
				org := run[k+1:]
				if person := personName(run[:k]); person != "" && strings.Contains(person, " ") &&
					(isAcronym(strings.Trim(org[0].text, "()")) || orgWords[org[len(org)-1].lower()] || len(org) >= 3) {
					// "Hana Lindqvist of Médecins du Monde" too
					return person
				}
				break
			}
		}
		if len(run) == 1 && !isAcronym(strings.ReplaceAll(run[0].text, ".", "")) && !countryNames[run[0].lower()] && depth <= 2 {
			return r.fullest(run[0].text, pos)
		}
		if len(run) >= 2 && depth <= 2 {
			return r.fullerName(joinTokens(run), pos)
		}
		return joinTokens(run)
	}
	return joinTokens(np)
}

// stateForces are a state's own bodies that "its" may own: "Its military
// says".
var stateForces = wordSet(`military army government navy coastguard police`)

// countryDemonym maps a country to its demonym: "Turkey" to "Turkish".
var countryDemonym = func() map[string]string {
	m := map[string]string{}
	for d, c := range demonymCountry {
		if old, ok := m[c]; !ok || len(d) < len(old) || len(d) == len(old) && d < old {
			m[c] = d
		}
	}
	return m
}()

// lastCountryDemonym returns the demonym, capitalised, of the last country
// named in the 300 bytes before pos, or "".
func (r *resolver) lastCountryDemonym(pos int) string {
	if d := countryDemonym[r.lastCountry(pos)]; d != "" {
		return strings.ToUpper(d[:1]) + d[1:]
	}
	return ""
}

// lastCountry returns the last country named in the 300 bytes before
// pos ("Jordan, which hosts some 670,000 ...") or "".
func (r *resolver) lastCountry(pos int) string {
	toks := r.window(max(0, pos-300), pos)
	for k := len(toks) - 1; k >= 0; k-- {
		if _, ok := countryDemonym[toks[k].text]; ok && toks[k].capitalised() {
			return toks[k].text
		}
	}
	return ""
}

// kingdoms are the monarchies a story may call "the kingdom".
var kingdoms = wordSet(`jordan morocco bahrain kuwait oman qatar spain belgium netherlands sweden norway denmark
	thailand cambodia bhutan lesotho eswatini swaziland tonga`)

// kingdomNamedBefore returns the kingdom body names last before pos, by
// name or demonym ("Jordanian government spokeswoman ... the kingdom"),
// or "": not the nearest country, as "Jordan ... fled Syria ... the
// kingdom, which hosts" means Jordan.
func kingdomNamedBefore(body string, pos int) string {
	b := body[:pos]
	for i := len(b) - 1; i >= 0; i-- {
		if !isUpper(b[i]) || i > 0 && isAlpha[b[i-1]] {
			continue
		}
		w := letterRun(b, i)
		if kingdoms[strings.ToLower(w)] {
			return w
		}
		if c := demonymCountry[strings.ToLower(w)]; c != "" && kingdoms[strings.ToLower(c)] {
			return c // "Jordanian"
		}
	}
	return ""
}

// titledPlaceName returns the person's name that ends np after a title
// and the place it is held in, "spokesman in Amman Mohammad Hawari",
// "representative in Lebanon Ayaki Ito", when np[k] is that "in" or "at";
// else nil. The place is one word, the name two or three.
func titledPlaceName(np []token, k int) []token {
	if lw := np[k].lower(); lw != "in" && lw != "at" || !titleWords[np[k-1].lower()] {
		return nil
	}
	tail := np[k+1:]
	if len(tail) < 3 || len(tail) > 4 {
		return nil
	}
	for _, t := range tail {
		if !isNameToken(t) || orgWords[t.lower()] || titleWords[t.lower()] {
			return nil
		}
	}
	return tail[1:]
}

// unAsNamed returns the United Nations as the text last named it before
// pos: "UN", "U.N." or "United Nations".
func (r *resolver) unAsNamed(pos int) string {
	best, at := "UN", -1
	for _, name := range []string{"United Nations", "U.N.", "UN"} {
		if i := lastWordIndex(r.body[:pos], name); i > at {
			best, at = name, i
		}
	}
	return best
}

// documentOwner returns whose document noun was, by the last mention of
// it before pos that names the owner: "OCHA's latest flash update", "an
// update from UNHCR"; or "".
func (r *resolver) documentOwner(noun string, pos int) string {
	title := strings.ToUpper(noun[:1]) + noun[1:] // "The update says"
	for end := pos; ; {
		from := max(0, end-2000)
		i := max(lastWordIndex(r.body[from:end], noun), lastWordIndex(r.body[from:end], title))
		if i < 0 {
			return ""
		}
		i += from
		end = i
		toks := r.window(max(0, i-60), min(len(r.body), i+len(noun)+40))
		k := -1
		for j, t := range toks {
			if t.start == i {
				k = j
			}
		}
		if k < 0 {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			t := toks[j]
			if owner := strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s"); owner != t.text && t.capitalised() {
				return owner // "OCHA's", "OCHA’s"
			}
			if t.punct || t.capitalised() || determiners[t.lower()] {
				break
			}
		}
		if k+2 < len(toks) && (toks[k+1].lower() == "from" || toks[k+1].lower() == "by") && isAcronym(toks[k+2].text) {
			return toks[k+2].text
		}
	}
}

// appositiveAcronym returns the acronym set off by commas right after a
// description ending at end: ", UNHCR," or ", known as OCHA,"; or "".
func (r *resolver) appositiveAcronym(end int) string {
	rest, ok := strings.CutPrefix(r.body[end:min(len(r.body), end+40)], ", ")
	if !ok {
		return ""
	}
	rest = strings.TrimPrefix(rest, "known as ")
	w := letterRun(rest, 0)
	if len(w) < 3 || len(w) >= len(rest) || !isAcronym(w) || rest[len(w)] != ',' && rest[len(w)] != '.' {
		return ""
	}
	return w
}

// appositiveName returns the proper name that rest, the text after a
// description, gives it between commas: ", the Syrian Observatory for Human
// Rights, says" gives "Syrian Observatory for Human Rights"; or "" when
// the words between are not a name of capitalised words and joiners, or
// are a country's ("a group, Lebanon, ...").
func appositiveName(rest string) string {
	rest, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return ""
	}
	rest = strings.TrimPrefix(rest, "the ")
	name, _, ok := strings.Cut(rest, ",")
	ws := strings.Fields(name)
	acronym := ""
	if n := len(ws); n >= 2 && strings.HasPrefix(ws[n-1], "(") && strings.HasSuffix(ws[n-1], ")") && isAcronym(strings.Trim(ws[n-1], "()")) {
		// ", the International Organization for Migration (IOM), said":
		// the acronym the name is given, which names it best
		acronym, ws = strings.Trim(ws[n-1], "()"), ws[:n-1]
		name = strings.Join(ws, " ")
	}
	if !ok || len(ws) == 0 || len(ws) > 8 || !isUpper(ws[0][0]) || !isUpper(ws[len(ws)-1][0]) || countryNames[strings.ToLower(name)] {
		return ""
	}
	for _, w := range ws {
		if !isUpper(w[0]) && !nameJoiners[w] {
			return ""
		}
	}
	if acronym != "" {
		return acronym
	}
	return name
}

// describedOrg reports a description of an organisation that opens with a
// hyphenated adjective and ends on a descriptor noun, with at most one
// lower-case word between: "Britain-based monitor", "UN-backed
// transitional government", "Geneva-based aid agency".
func describedOrg(np []token) bool {
	if len(np) < 2 || len(np) > 3 || !adjectiveHyphen(np[0].text) || !descriptorNouns[np[len(np)-1].lower()] {
		return false
	}
	return len(np) == 2 || !np[1].capitalised() && !np[1].punct
}

// nameRun returns the proper name at the end of np: capitalised words,
// joined by "of", "for", "the", "and", "al-" ("Syrian Observatory for
// Human Rights", "Save the Children"). A hyphenated adjective
// ("Britain-based") ends it.
func nameRun(np []token) []token {
	i := len(np) - 1
	for i >= 0 {
		t := np[i]
		lw := t.lower()
		switch {
		case isNameToken(t) && !adjectiveHyphen(t.text):
		case nameSlash(np, i, len(np)):
		case nameParticles[t.text] && i > 0 && nameParticles[np[i-1].text] && i > 1 && np[i-2].capitalised() && i+1 < len(np):
			// "Ursula von der Leyen": two particles in a row
		case (lw == "of" || lw == "for" || lw == "the" || lw == "and" || lw == "sans" || lw == "des" || nameParticles[t.text]) && i > 0 && np[i-1].capitalised() && i+1 < len(np):
			// "Médecins du Monde", "Médecins Sans Frontières"
		case lw == "the" && i > 1 && (np[i-1].lower() == "for" || np[i-1].lower() == "of") && np[i-2].capitalised() && i+1 < len(np):
			// "Institute for the Study of War"
		default:
			return np[i+1:]
		}
		i--
	}
	return np
}

// isNameToken reports a word of a person's or an organisation's name:
// capitalised, or an Arabic article glued to a capitalised name
// ("al-Khatib", "el-Sisi", "ad-Darwish").
func isNameToken(t token) bool {
	if t.capitalised() {
		return true
	}
	i := strings.IndexByte(t.text, '-')
	if i < 1 || i > 3 || i+1 >= len(t.text) || !isUpper(t.text[i+1]) {
		return false
	}
	switch t.text[:i] {
	case "al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "ez", "er", "bin", "ibn":
		return true
	}
	return false
}

// titledBodies name an institution after a title word: "General
// Security", "General Command", "High Commission".
var titledBodies = wordSet(`security command directorate staff assembly secretariat intelligence`)

// adjectiveHyphen reports "Britain-based", "Kurdish-led", "U.S.-brokered".
func adjectiveHyphen(s string) bool {
	k := strings.LastIndexByte(s, '-')
	return k > 0 && k+1 < len(s) && isLower(s[k+1])
}

// stripTitles removes titles, roles and a demonym before them from the
// front: "Turkish President Tayyip Erdogan", "Brig. Gen. Hassan Qudah",
// "Russia's President Vladimir Putin", "Spokesman Jens Lindqvist".
func stripTitles(np []token) []token {
	for len(np) > 1 {
		if nameSlash(np, 1, len(np)) {
			return np // "Shelter/NFI Cluster": the first word is part of the name
		}
		lw := np[0].lower()
		next := np[1].lower()
		switch {
		case titleWords[lw] && len(np) == 2 && np[1].capitalised() && (titledBodies[next] || orgWords[next]):
			return np // "General Security", "General Assembly": an institution
		case lw == "general" && len(np) > 3 && np[1].capitalised() && (strings.HasSuffix(next, "orate") || strings.HasSuffix(next, "ariat")) &&
			(np[2].lower() == "for" || np[2].lower() == "of"):
			return np // "General Inspectorate for Immigration", "General Directorate of ...": an office
		case len(np) > 2 && titleWords[next] && np[2].lower() == "of" && (strings.HasSuffix(lw, "ate") || strings.HasSuffix(lw, "ariat")):
			return np // "Directorate General of Migration Management": an office, not a general
		case titleWords[lw] || titleWords[strings.TrimSuffix(lw, ".")]:
			np = np[1:]
		case (demonymCountry[lw] != "" || strings.HasSuffix(lw, "'s") || np[0].capitalised() && len(np) > 3) && (titleWords[next] || titleWords[strings.TrimSuffix(next, ".")]):
			// "Turkish President ...", "Russia's President ...", "Kilis Governor ..."
			np = np[1:]
		case affairsAt(np) > 0:
			// "(Minister of State for) Refugee Affairs Saleh al-Gharib": a
			// portfolio that ends in "Affairs", then the person
			np = np[affairsAt(np)+1:]
		case (portfolioWords[lw] || lw == "for" && portfolioWords[next]) && len(np) >= 3 &&
			!slices.ContainsFunc(np, institutionWord): // not "Asylum Seeker Resource Centre", an institution
			// "(Minister) for Development Cooperation Ville Skinnari": the
			// portfolio of a title cut off before or after "for".
			k := 0
			if lw == "for" {
				k = 1
			}
			for k < len(np)-2 && (portfolioWords[np[k].lower()] || np[k].lower() == "and") {
				k++
			}
			if k == 0 || !portfolioWords[np[k-1].lower()] {
				return personAfterTitle(np)
			}
			np = np[k:]
		default:
			return personAfterTitle(np)
		}
	}
	return np
}

// institutionWord reports a word that names an institution, not a
// person: "Centre", "Organization".
func institutionWord(t token) bool {
	return orgWords[t.lower()] || descriptorNouns[t.lower()]
}

// portfolioWords name a minister's portfolio: "Development Cooperation",
// "Foreign Affairs", "Migration and Asylum".
var portfolioWords = wordSet(`development cooperation foreign affairs interior trade health defence defense
	migration asylum justice finance education energy environment economy economic labour labor social
	home humanitarian integration transport agriculture culture citizen protection public order
	planning international`)

// affairsAt returns the index of "Affairs" closing a portfolio among the
// first five tokens of np when a name of two tokens or more follows it,
// or 0.
func affairsAt(np []token) int {
	for k := 1; k < len(np)-2 && k <= 5; k++ {
		if np[k].text == "Affairs" {
			return k
		}
	}
	return 0
}

// personAfterTitle returns the person's name of two or three capitalised
// words that ends a longer title, "Greek Citizen Protection Minister
// Michalis Chrysochoidis", "Pirate Party leader Ivan Bartos", or np.
func personAfterTitle(np []token) []token {
	for k := len(np) - 3; k >= 1; k-- {
		if !titleWords[np[k].lower()] {
			continue
		}
		name := np[k+1:]
		particles := 0 // "Ursula von der Leyen"
		for i, t := range name {
			if i > 0 && i < len(name)-1 && nameParticles[t.text] {
				particles++
				continue
			}
			if !t.capitalised() || orgWords[t.lower()] || titleWords[t.lower()] {
				return np
			}
		}
		if len(name)-particles > 3 {
			return np
		}
		for _, t := range np[:k] {
			if lw := t.lower(); !t.capitalised() && lw != "and" && lw != "of" && lw != "for" && lw != "&" {
				return np // "Migration and Asylum Minister ..." is still a title
			}
		}
		return name
	}
	return np
}

func joinTokens(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && !t.punct && !(toks[i-1].text == "/" && toks[i-1].end == t.start) {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// lastSpeaker resolves a pronoun at pos to the last source named before it.
// "it" skips people's names, "he" and "she" skip organisations.
func (r *resolver) lastSpeaker(pos int, pronoun string, depth int) string {
	s := sentenceAt(r.body, pos)
	// A pronoun that opens its sentence ("It said around 1,200 people had
	// arrived") stands for the subject of the sentence before, when that
	// sentence opens with its speaker ("The UN refugee agency UNHCR said
	// Greece had no basis ..., a measure Athens announced on Sunday"),
	// not for a speaker inside a later clause.
	opens := wordCount(r.body[s.start:pos]) == 1
	for n := 0; n < 25; n++ {
		// The latest source or person named in this sentence before pos.
		best, bestAt := "", -1
		as := r.sentenceAttributions(s)
		if n == 1 && opens && pronoun == "it" && len(as) > 1 {
			if a := as[0]; len(a.subject) > 0 && subjectOpens(r.body, s.start, a.subject[0].start) && !(len(a.subject) == 1 && pronouns[a.subject[0].lower()]) {
				if name := r.nameDepth(a.subject, a.verbStart, depth+1); looksLikeOrg(name) {
					return name
				}
			}
		}
		for k := len(as) - 1; k >= 0; k-- {
			a := as[k]
			if a.verbStart >= pos || a.verbStart <= bestAt {
				continue
			}
			if len(a.subject) == 1 && pronouns[a.subject[0].lower()] {
				continue
			}
			name := r.nameDepth(a.subject, a.verbStart, depth+1)
			if name == "" || firstPerson(name) {
				continue // not "“This morning I counted 40 canisters,” he told us": I is he
			}
			org := looksLikeOrg(name)
			if pronoun == "it" && !org && strings.Contains(name, " ") && isUpper(name[0]) {
				continue
			}
			if (pronoun == "he" || pronoun == "she") && (org && !endsWithRole(name) && !roleWithBody(name) || pluralNoun(name)) {
				continue // not "Many families told us ..., she said"
			}
			best, bestAt = name, a.subject[0].start
		}
		if pronoun == "he" || pronoun == "she" {
			// A person the sentence is about: "Among those who fled was
			// Hevin Ahmad, 34, who walked ...", "Aid official Sara Lind arrived."
			if name, at := r.sentencePerson(s, pos); name != "" && at > bestAt {
				if !strings.Contains(name, " ") {
					name = r.fullest(name, at) // "Haldane, 61, ... spent" after "Dr. Ruth Haldane came home"
				}
				best, bestAt = name, at
			}
		}
		if best != "" {
			return best
		}
		if s.start == 0 {
			break
		}
		s = sentenceAt(r.body, prevNonSpace(r.body, s.start))
	}
	return ""
}

// endsWithRole reports a source that ends on a person's role in lower
// case, "local police officer", "army spokesman": one person, whom "he"
// or "she" stands for, though an organisation word comes before it.
func endsWithRole(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return strings.Contains(name, " ") && isLower(last[0]) && titleWords[last]
}

// subjectOpens reports whether a subject at body offset at opens the
// sentence that starts at start, an article before it allowed.
func subjectOpens(body string, start, at int) bool {
	switch strings.TrimSpace(body[start:at]) {
	case "", "The", "A", "An":
		return true
	}
	return false
}

// pluralNoun reports a source that ends on a plural common noun, "Many
// families", "officials": no "he" or "she" stands for it.
func pluralNoun(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return len(last) > 3 && isLower(last[0]) && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// roleWords describe a person before their name: "aid official Sara Lind".
var roleWords = wordSet(`official officials aid worker activist doctor nurse teacher farmer
	resident spokesman spokeswoman envoy monitor researcher analyst lawyer journalist volunteer
	council camp local regional senior military army police security rights government ministry
	foreign interior defence defense health press media information`)

// sentencePerson returns a person named in a sentence before pos, and
// where: the name a sentence opens with ("Aid official Sara Lind
// arrived"), or a name followed by an age ("Hevin Ahmad, 34,").
func (r *resolver) sentencePerson(s span, pos int) (string, int) {
	toks := tokRange(r.tokens(s), s.start, min(s.end, pos))
	best, bestAt := "", -1
	// A name with an age.
	for j := 0; j+3 < len(toks); j++ {
		aged := isDigit(toks[j+2].text[0]) && toks[j+3].text == "," ||
			(toks[j+2].lower() == "a" || toks[j+2].lower() == "an") && strings.HasSuffix(toks[j+3].lower(), "-year-old") // "Dilan, a 29-year-old nursing student"
		if toks[j+1].text != "," || !aged || !toks[j].capitalised() {
			continue
		}
		k := j
		for k > 0 && (toks[k-1].capitalised() && !toks[k-1].punct && !npStop[toks[k-1].lower()] ||
			k > 1 && nameParticles[toks[k-1].text] && (toks[k-2].capitalised() || nameParticles[toks[k-2].text])) {
			k-- // "Marieke de Vos, 29,": the particle with the name
		}
		if name := personName(toks[k : j+1]); name != "" {
			best, bestAt = name, toks[k].start
		}
	}
	// A name in apposition to a common noun, a verb or "who" after it:
	// "One of the organisers, Rami Khalil, came to the city in 2016".
	for j := 2; j+2 < len(toks); j++ {
		if toks[j-1].text != "," || toks[j-2].punct || !isLower(toks[j-2].text[0]) {
			continue
		}
		m := j
		for m < len(toks) && toks[m].capitalised() && !toks[m].punct {
			m++
		}
		if m-j < 2 || m+1 >= len(toks) || toks[m].text != "," {
			continue
		}
		if w := toks[m+1].lower(); toks[m+1].punct || !pastVerb(w) && w != "who" {
			continue // not "Aid reached the district, Jabal Akrad, overnight" ("a neighbour, Abu Fadi, who ..." is a person)
		}
		if name := personName(toks[j:m]); name != "" {
			best, bestAt = name, toks[j].start
		}
	}
	if best != "" {
		return best, bestAt
	}
	// A sentence that opens with a name, maybe after a place or a time set
	// off by a comma ("At Orestiada, European Commission President Ursula
	// von der Leyen called ...").
	start := 0
	if len(toks) > 0 && openingAdverbials[toks[0].lower()] {
		for c := 1; c < min(len(toks), 6); c++ {
			if toks[c].text == "," {
				start = c + 1
				break
			}
		}
	}
	j := start
	for j < len(toks) && (toks[j].capitalised() || titleWords[toks[j].lower()] || roleWords[toks[j].lower()] ||
		j > 0 && j+1 < len(toks) && nameParticles[toks[j].text] && (toks[j+1].capitalised() || nameParticles[toks[j+1].text])) && !toks[j].punct {
		j++ // "Ursula von der Leyen, the president of ..."
	}
	if j >= len(toks) || toks[j].capitalised() {
		return "", -1
	}
	k := j
	for k > start && (toks[k-1].capitalised() || k > 1 && nameParticles[toks[k-1].text]) {
		k--
	}
	if name := personName(toks[k:j]); name != "" && strings.Contains(name, " ") {
		return name, toks[k].start
	}
	for m := k + 1; m+1 < j; m++ {
		if titleWords[toks[m-1].lower()] {
			// "European Commission President Ursula von der Leyen": the
			// name after the title, past the body the title is of
			if name := personName(toks[m:j]); name != "" && strings.Contains(name, " ") {
				return name, toks[m].start
			}
		}
	}
	return "", -1
}

// pastVerb reports a word that reads as a verb in the past: "moved",
// "came", "had".
func pastVerb(w string) bool {
	return strings.HasSuffix(w, "ed") || irregularParticiples[w] || irregularPasts[w]
}

// irregularPasts are verbs in the past that do not end in "-ed" and are
// no participles of irregularParticiples.
var irregularPasts = wordSet(`came went spoke wrote took gave became grew met saw had has was`)

// openingAdverbials open a sentence's place or time before its subject:
// "At Orestiada, ...", "On Tuesday, ...".
var openingAdverbials = wordSet(`at in on from later earlier meanwhile elsewhere after`)

// personName returns toks as a person's name, titles stripped, or "" when
// they name an organisation or a place.
func personName(toks []token) string {
	name := stripTitles(toks)
	if len(name) < 1 || len(name) > 4 {
		return ""
	}
	for _, t := range name {
		if orgWords[t.lower()] || isAcronym(t.text) || demonymCountry[t.lower()] != "" || npStop[t.lower()] || countryNames[t.lower()] {
			return ""
		}
	}
	return joinTokens(name)
}

// prevNonSpace returns the offset of the last non-space byte before i.
func prevNonSpace(b string, i int) int {
	i--
	for i > 0 && isSpace(b[i]) {
		i--
	}
	if i < 0 {
		return 0
	}
	return i
}

// looksLikeOrg reports a source that names an organisation: an acronym or
// a name with an organisation word.
func looksLikeOrg(name string) bool {
	if isAcronym(strings.ReplaceAll(strings.ReplaceAll(name, ".", ""), " ", "")) {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if orgWords[strings.Trim(w, ".,")] || isAcronym(strings.ToUpper(w)) && len(w) >= 3 && strings.ToUpper(w) == w {
			return true
		}
	}
	if !strings.Contains(name, " ") && isAcronym(name) {
		return true
	}
	// A single capitalised word that is a country, Turkey, Greece, or a
	// capital standing for its government, "when Ankara said".
	return hasLower(countryNames, name) || hasLower(governmentSeats, name)
}

// governmentSeats are capitals the reporting names for their governments:
// "Ankara said it would no longer stop people", "Athens called the figure
// fake news".
var governmentSeats = wordSet(`ankara athens damascus beirut amman baghdad tehran moscow washington
	brussels berlin paris london rome madrid vienna budapest warsaw riyadh doha cairo tripoli
	kabul islamabad beijing erbil sofia nicosia valletta`)

// descriptor resolves "the agency", "the office", "the official" to the
// fullest earlier mention of that noun ("the U.N. refugee agency UNHCR",
// "The U.N. human rights office", "A Turkish security official").
func (r *resolver) descriptor(noun string, pos, depth int) string {
	if orgDescriptors[noun] {
		if acr := r.lastAcronym(pos, 1); acr != "" {
			// "refugees registered with UNHCR, according to the agency's
			// latest figures": the organisation its own sentence names,
			// before any agency named further back
			return acr
		}
	}
	low := strings.ToLower(r.body[:pos])
	for end := len(low); ; {
		i := lastWordIndex(low[:end], noun)
		if i < 0 {
			break
		}
		end = i
		s := sentenceAt(r.body, i)
		toks := r.tokens(s)
		k := -1
		for j, t := range toks {
			if t.start == i {
				k = j
				break
			}
		}
		if k < 0 {
			continue
		}
		// The noun phrase around the mention.
		a := k
		for a > 0 && !toks[a-1].punct && !npStopBack[toks[a-1].lower()] && !speechVerbs[toks[a-1].lower()] &&
			!prepositions[toks[a-1].lower()] && toks[a-1].lower() != "a" && toks[a-1].lower() != "an" && toks[a-1].lower() != "the" &&
			toks[a-1].lower() != "same" { // "the same monitor": the one named before
			a--
		}
		e := k + 1
		for e < len(toks) && e-k <= 8 {
			if toks[e].capitalised() && !toks[e].punct {
				e++
				continue
			}
			// "the Ministry of National Defence": a name joined by "of".
			if lw := toks[e].lower(); (lw == "of" || lw == "for" || lw == "and" && e > k+1) && toks[k].capitalised() && e+1 < len(toks) && toks[e+1].capitalised() && !toks[e+1].punct {
				e += 2 // "and" inside it: "Administration of North and East Syria"
				continue
			}
			// "the Office for the Coordination of Humanitarian Affairs"
			if lw := toks[e].lower(); (lw == "of" || lw == "for") && toks[k].capitalised() && e+2 < len(toks) && toks[e+1].lower() == "the" && toks[e+2].capitalised() && !toks[e+2].punct {
				e += 3
				continue
			}
			break
		}
		if e < len(toks) && e-k > 1 && strings.HasPrefix(toks[e].text, "(") && strings.HasSuffix(toks[e].text, ")") {
			e++ // the name's acronym in parentheses, which names it best
		}
		if e == k+1 && e+1 < len(toks) && placedBodies[noun] && (toks[e].lower() == "in" || toks[e].lower() == "at") && toks[e+1].capitalised() && !toks[e+1].punct {
			// "the provincial migration directorate in Bartın": the place
			// tells the body apart, as it did where it was named
			for e += 2; e < len(toks) && toks[e].capitalised() && !toks[e].punct; e++ {
			}
		}
		if e == k+1 && affiliatedRoles[noun] && e+2 < len(toks) && toks[e].lower() == "with" && toks[e+1].lower() == "the" {
			// "a volunteer with the local council": the body it serves
			// tells the role apart
			f := e + 2
			for f < len(toks) && f < e+6 && !toks[f].punct && !speechVerbs[toks[f].lower()] {
				f++
			}
			if affiliatedRole(toks[a:f], e-a) {
				e = f
			}
		}
		np := toks[a:e]
		if len(np) == 1 {
			continue // another bare "the agency"
		}
		if name := r.nameDepth(np, i, depth+1); name != "" && !strings.EqualFold(name, noun) {
			if noun == "monitor" && depth <= 2 && !strings.ContainsFunc(name, unicode.IsUpper) && lastWordIndex(low, "observatory") > i {
				// "..., a war monitor said, ... according to the Syrian
				// Observatory for Human Rights. The Britain-based monitor
				// said": the monitor named by its name since
				if named := r.descriptor("observatory", pos, depth+1); named != "observatory" {
					return named
				}
			}
			return name
		}
	}
	switch noun {
	case "monitor":
		// A war monitor named before by its own name: "the Syrian
		// Observatory for Human Rights".
		if depth <= 2 {
			if name := r.descriptor("observatory", pos, depth+1); name != "observatory" {
				return name
			}
		}
	case "agency", "organisation", "organization", "group", "foundation", "charity":
		if name := r.sentenceSubjectName(pos); name != "" {
			return name
		}
		if acr := r.lastAcronym(pos, 25); acr != "" {
			return acr
		}
	}
	return noun
}

// sentenceSubjectName returns the name that opens the sentence at pos as
// its subject, when it names an organisation: "The Turkish Red Crescent
// (Kizilay) has begun building ..., the organization said" -> "Turkish Red
// Crescent"; an acronym given in parentheses after it wins. Countries and
// one-word names are not organisations.
func (r *resolver) sentenceSubjectName(pos int) string {
	s := sentenceAt(r.body, pos)
	toks := r.tokens(s)
	k := 0
	if k < len(toks) && toks[k].lower() == "the" {
		k++
	}
	e := k
	for e < len(toks) && isNameToken(toks[e]) && !strings.HasPrefix(toks[e].text, "(") {
		e++
	}
	if e-k < 2 || e >= len(toks) || toks[e].start >= pos || hasLower(countryNames, joinTokens(toks[k:e])) {
		return ""
	}
	if t := toks[e].text; strings.HasPrefix(t, "(") && isAcronym(strings.Trim(t, "()")) {
		return strings.Trim(t, "()")
	}
	v := e
	if toks[v].text == "(" {
		// "(Kizilay)": another name for it, not an acronym.
		for v < len(toks) && toks[v].text != ")" {
			v++
		}
		v++
	}
	if v >= len(toks) {
		return ""
	}
	if t := toks[v]; t.punct || !auxVerbs[t.lower()] && !strings.HasSuffix(t.lower(), "ed") && !strings.HasSuffix(t.lower(), "s") {
		return "" // not a subject followed by its verb
	}
	return joinTokens(toks[k:e])
}

// lastWordIndex returns the index of the last whole-word occurrence of w
// in s, or -1.
func lastWordIndex(s, w string) int {
	for end := len(s); ; {
		i := strings.LastIndex(s[:end], w)
		if i < 0 {
			return -1
		}
		if (i == 0 || !isLetter(s[i-1])) && (i+len(w) == len(s) || !isLetter(s[i+len(w)])) {
			return i
		}
		end = i
	}
}

// orgDescriptors are the nouns that stand for an organisation: "the
// agency", "the organisation".
var orgDescriptors = wordSet(`agency organisation organization`)

// lastAcronym returns the last organisation acronym before pos ("UNHCR",
// "UNICEF") in the sentences up to it, at most that many, skipping
// countries ("U.S.").
func (r *resolver) lastAcronym(pos, sentences int) string {
	s := sentenceAt(r.body, pos)
	for n := 0; n < sentences; n++ {
		toks := tokRange(r.tokens(s), s.start, min(s.end, pos))
		for k := len(toks) - 1; k >= 0; k-- {
			t := strings.Trim(toks[k].text, "()")
			if len(t) >= 3 && isAcronym(t) && !strings.Contains(t, ".") && !hasLower(countryNames, t) {
				return t
			}
		}
		if s.start == 0 {
			break
		}
		s = sentenceAt(r.body, prevNonSpace(r.body, s.start))
	}
	return ""
}

// fullest returns the fullest form of a bare surname used in the article:
// "Peskov" -> "Dmitry Peskov", "Oktaý" -> "Fuat Oktay".
func (r *resolver) fullest(name string, pos int) string {
	if given := r.givenNameAfter(name); given != "" {
		return name + " " + given // "Chen" for "Chen Chi-wei (陳己偉)"
	}
	best := name
	bestLen := 1
	for _, q := range []string{name, foldAccents(name)} {
		forEachWord(r.body, q, len(r.body), func(i int) {
			// Capitalised words right before, joined by single spaces.
			toks := r.window(max(0, i-80), i+len(q))
			j := len(toks) - 1
			for j > 0 && continuesName(toks, j) {
				j--
			}
			run := stripTitles(toks[j:])
			if len(run) == 1 {
				// "Datuk Dr Norazlin Hashim" for "Norazlin": the family
				// name after the given name.
				if family := familyNameAt(r.body, i+len(q)); family != "" {
					run = append(run[:1:1], token{text: family, low: strings.ToLower(family)})
				}
			}
			if len(run) > bestLen && len(run) <= 4 {
				ok := true
				for _, t := range run {
					if orgWords[t.lower()] || isAcronym(t.text) || demonymCountry[t.lower()] != "" {
						ok = false
					}
				}
				if ok {
					best, bestLen = joinTokens(run), len(run)
				}
			}
		})
	}
	return best
}

// familyNameAt returns the capitalised word that follows b[:i] after one
// space when it can be a family name (not a month, a weekday, a country,
// an organisation word or a demonym), or "".
func familyNameAt(b string, i int) string {
	if i+1 >= len(b) || b[i] != ' ' || !isUpper(b[i+1]) {
		return ""
	}
	w := letterRun(b, i+1)
	if len(w) < 2 || i+1+len(w) < len(b) && (b[i+1+len(w)] == '-' || b[i+1+len(w)] == '.' && len(w) <= 3) || isAcronym(w) {
		return ""
	}
	lw := strings.ToLower(w)
	if _, ok := monthNames[lw]; ok {
		return ""
	}
	if _, ok := weekdayNames[lw]; ok {
		return ""
	}
	if countryNames[lw] || orgWords[lw] || titleWords[lw] || demonymLike(w) || npStop[lw] {
		return ""
	}
	return w
}

// givenNameAfter returns the hyphenated given name that follows a family
// name written first where the body introduces the person, "Chen Chi-wei"
// for "Chen", or "".
func (r *resolver) givenNameAfter(family string) string {
	given := ""
	forEachWord(r.body, family, len(r.body), func(i int) {
		if given != "" {
			return
		}
		k := i + len(family)
		if k >= len(r.body) || r.body[k] != ' ' {
			return
		}
		w := nounToken(r.body, k+1)
		if h := strings.IndexByte(w, '-'); h > 0 && isUpper(w[0]) && h+1 < len(w) && isLower(w[h+1]) && lettersOnly(w) {
			given = w // "Chi-wei", "Jae-in"
		}
	})
	return given
}

// qualifiedNoun returns the fuller form of a source named by a common
// noun, as the article gave it before: "coast guard" -> "Greek coast guard"
// ("the Greek coast guard said ... according to the coast guard"); or the
// noun itself.
//
// A name the article wrote with capitals counts too: "coast guard" ->
// "Hellenic Coast Guard" ("the Hellenic Coast Guard said ... the coast
// guard said"). The latest mention before pos wins.
func (r *resolver) qualifiedNoun(noun string, pos int) string {
	best, bestAt := noun, -1
	forEachWord(r.body, noun, pos, func(i int) {
		w, k := wordBack(r.body, i)
		if w == "" || k+len(w)+1 != i || !isUpper(w[0]) || sentenceOpener(r.body, k) || !demonymLike(w) {
			return
		}
		best, bestAt = w+" "+noun, i
	})
	if !strings.Contains(noun, " ") {
		if bestAt < 0 {
			if name := r.nameOpenedBy(noun, pos); name != "" {
				return name // "the directorate's figures" after "the Directorate General of Migration Management"
			}
		}
		return best // "the Ministry" alone is no name
	}
	named := titleCase(noun)
	forEachWord(r.body, named, pos, func(i int) {
		if i < bestAt || i > 0 && isLetter(r.body[i-1]) {
			return
		}
		// Capitalised words right before it belong to the name.
		toks, _, k := r.wordsBeforeName(i, len(named))
		best, bestAt = joinTokens(toks[k:]), i
	})
	return best
}

// nameOpenedBy returns the last name before pos that the noun, written
// with a capital, heads with "of" or "for" after it, "Directorate General
// of Migration Management" for "directorate", "Armenian Prelacy of
// Aleppo" for "prelacy", or "" (not a title before a person's name,
// "Minister Süleyman Soylu").
func (r *resolver) nameOpenedBy(noun string, pos int) string {
	named := strings.ToUpper(noun[:1]) + noun[1:]
	last := ""
	forEachWord(r.body, named, pos, func(i int) {
		if i > 0 && isLetter(r.body[i-1]) {
			return
		}
		toks := r.window(i, min(len(r.body), i+100))
		n, joined := 1, false // the name's words from the noun on
		for k := 1; k < len(toks) && toks[k].start-toks[k-1].end == 1; k++ {
			t := toks[k]
			if t.capitalised() && !t.punct {
				n = k + 1
				continue
			}
			lw := t.lower()
			if (lw == "of" || lw == "for" || lw == "and" && joined) && k+1 < len(toks) && toks[k+1].capitalised() {
				joined = joined || lw != "and"
				continue
			}
			break
		}
		if !joined || n < 3 {
			return
		}
		name := joinTokens(toks[:n]) // (before the next window reuses the tokens' buffer)
		before, j, k := r.wordsBeforeName(i, len(named))
		for k < j && (strings.HasSuffix(before[k].text, "'s") || strings.HasSuffix(before[k].text, "’s")) {
			k++ // "Serbia's Commissariat for Refugees": the owner is no part of the name
		}
		if k < j {
			name = joinTokens(before[k:j]) + " " + name // "Armenian Prelacy of Aleppo"
		}
		last = name
	})
	return last
}

// wordsBeforeName returns the tokens of a name of n bytes at body[i] and
// of the 40 bytes before it, the index j of the name's first token, and
// the index k of the first of up to two capitalised words right before it
// that may belong to the same name (k == j when there are none).
func (r *resolver) wordsBeforeName(i, n int) (toks []token, j, k int) {
	toks = r.window(max(0, i-40), i+n)
	j = len(toks) - 1
	for j > 0 && toks[j].start > i {
		j--
	}
	k = j
	for k > 0 && j-k < 2 && continuesName(toks, k) && !sentenceOpener(r.body, toks[k-1].start) {
		k--
	}
	return toks, j, k
}

// demonymLike reports a capitalised word that qualifies a noun as a
// nationality or place does: "Greek", "Turkish", "Lebanese", "Kurdish".
func demonymLike(w string) bool {
	lw := strings.ToLower(w)
	if demonymCountry[lw] != "" {
		return true
	}
	for _, suf := range []string{"ish", "ian", "ese", "ek", "an", "i"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// fullerName returns the fuller form of a name of several words used
// earlier in the article: "Red Cross" -> "Lebanese Red Cross" when the
// article named it so before. Titles are no part of a name.
func (r *resolver) fullerName(name string, pos int) string {
	if first, rest, ok := strings.Cut(name, " "); ok && lowerParticles[first] {
		// "Von der Leyen said" opening a sentence: "Ursula von der Leyen"
		// named before writes the particle in lower case
		if full := r.fullerName(strings.ToLower(first)+" "+rest, pos); full != strings.ToLower(first)+" "+rest {
			return full
		}
	}
	best := name
	forEachWord(r.body, name, pos, func(i int) {
		toks, j, k := r.wordsBeforeName(i, len(name))
		if k < j && k > 0 && (toks[k-1].lower() == "in" || toks[k-1].lower() == "at") && !orgWords[toks[len(toks)-1].lower()] {
			k = j // "spokesman in Amman Mohammad Hawari": the place is no part of the name
		}
		here := name
		if run := stripTitles(toks[k:]); k < j && len(run) > len(toks[j:]) {
			here = joinTokens(run)
		}
		// "Syrian Observatory" named before as "Syrian Observatory for
		// Human Rights"; "Observatory" as both.
		if tail := orgTail(r.body[i+len(name):]); tail != "" {
			here += tail
		}
		if len(here) > len(best) {
			best = here
		}
	})
	return best
}

// lowerParticles are the particles of names written in lower case inside
// a sentence, capitalised when they open it.
var lowerParticles = map[string]bool{"Von": true, "Van": true, "De": true, "Del": true, "Di": true, "Da": true, "Der": true}

// orgTail returns " for Human Rights" when rest opens with "for" or "of"
// and capitalised words (up to four), else "".
func orgTail(rest string) string {
	for _, j := range []string{" for ", " of "} {
		if !strings.HasPrefix(rest, j) {
			continue
		}
		k := len(j)
		words := 0
		for words < 4 && k < len(rest) && isUpper(rest[k]) {
			w := letterRun(rest, k)
			if w == "" {
				break
			}
			k += len(w)
			words++
			if k < len(rest) && rest[k] == ' ' && k+1 < len(rest) && isUpper(rest[k+1]) {
				k++
				continue
			}
			break
		}
		if words > 0 {
			return strings.TrimRight(rest[:k], " ")
		}
	}
	return ""
}

// forEachWord calls f with the offset of every occurrence of q that starts
// in b[:limit] and ends there too, and is not followed by a letter.
func forEachWord(b, q string, limit int, f func(i int)) {
	for from := 0; from < limit; {
		i := strings.Index(b[from:limit], q)
		if i < 0 {
			return
		}
		i += from
		from = i + len(q)
		if i+len(q) < len(b) && isLetter(b[i+len(q)]) {
			continue
		}
		f(i)
	}
}

// continuesName reports whether toks[k-1] is a capitalised word, one space
// before toks[k], that can belong to the same name.
func continuesName(toks []token, k int) bool {
	p := toks[k-1]
	return p.capitalised() && !p.punct && toks[k].start-p.end == 1 &&
		!adjectiveHyphen(p.text) && !npStop[p.lower()] && !npStopBack[p.lower()] && !endsAnswer(p.text)
}

// endsAnswer reports a word with a full stop that ends a sentence
// however it is abbreviated elsewhere: the answer "No." ("Khagur: No.
// Amman says ..."), not "No. 5" (whose number is no name anyway) nor
// "Dr." or "U.N.".
func endsAnswer(w string) bool {
	return w == "No." || w == "Nos."
}

// sentenceOpener reports a word at i that opens a sentence, whose capital
// says nothing about a name.
func sentenceOpener(b string, i int) bool {
	j := skipSpaceBack(b, i)
	if j > 0 && b[j-1] == '.' {
		if w, _ := wordBack(b, j-1); titleWords[strings.ToLower(w)] {
			return false // "Dr. Ruth Haldane": a title's full stop ends no sentence
		}
	}
	return j == 0 || b[j-1] == '.' || b[j-1] == '\n' || b[j-1] == '"' || b[j-1] == '!' || b[j-1] == '?'
}
