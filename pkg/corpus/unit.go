package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// personNouns count people. A capitalised plural (Syrians, Kurds, Afghans)
// counts people too; see isPersonUnit.
var personNouns = wordSet(`people persons person civilians civilian children child kids women men
	refugees refugee residents resident families family households individuals migrants migrant
	seekers asylum idps displaced inhabitants villagers patients students pupils workers victims
	survivors orphans babies infants boys girls minors teenagers newcomers arrivals returnees guests
	detainees prisoners soldiers soldier troops personnel servicemen fighters militants rebels
	insurgents jihadists terrorists police policemen officers members staff volunteers doctors nurses
	journalists protesters demonstrators marines commandos paratroopers gendarmes reinforcements
	whom them others adults elderly dead wounded casualties crew sailors pilots guards mercenaries
	militiamen combatants recruits conscripts reservists peacekeepers observers monitors
	guard officer fighter militant rebel worker doctor nurse journalist man woman boy girl baby
	infant student teacher farmer volunteer policeman detainee prisoner migrant relative relatives
	mother father son daughter neighbours neighbors suspects passengers nationals citizens locals
	evacuees deportees pilot pilots medic medics paramedics rescuers driver drivers employees staffers foreigners
	travellers travelers motorists commuters farmers shepherds herders traders fishermen
	contractors traders shepherds herders smugglers traffickers inmates captives hostages abductees
	widows elders engineers teachers farmers bodies corpses
	brothers sisters sons daughters cousins uncles aunts nephews nieces grandchildren grandsons
	granddaughters parents siblings husbands wives mothers fathers newborns newborn toddlers
	parishioners worshippers congregants priests clergy monks nuns`)

// militaryNouns count military personnel.
var militaryNouns = wordSet(`soldiers soldier troops personnel servicemen fighters rebels police sailors
	policemen marines commandos paratroopers gendarmes reinforcements militiamen combatants
	peacekeepers mercenaries conscripts reservists recruits guards peshmerga deminers sappers
	battalions battalion brigades`)

// countNouns are common things counted that are not people; "one" before
// them is a figure ("one child", "one camp").
var countNouns = wordSet(`camp camps tent tents school schools post posts village villages
	town towns hospital hospitals km kilometre kilometer mile miles year years day days week
	weeks month months percent shelter shelters convoy convoys truck trucks home homes house
	houses family child person soldier civilian refugee man woman boy girl baby`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// personNoun reports a lower-case noun that counts people.
func personNoun(w string) bool { return personNouns[w] }

// isPersonUnit reports a unit that counts people. The empty unit (a figure
// with no noun, "forced 11 million to flee") counts people.
func isPersonUnit(u string) bool {
	if u == "" {
		return true
	}
	if personNouns[headNoun(u)] {
		return true
	}
	// Demonym plurals: "Syrians", "Kurds", "Iraqis".
	return isUpper(u[0]) && strings.HasSuffix(u, "s") && !strings.Contains(u, " ") || invariantDemonym(u)
}

// invariantDemonym reports a demonym whose plural is its singular, so a
// count of people may end with it: "around 40,000 Lebanese", "10,000
// Congolese", "Swiss".
func invariantDemonym(w string) bool {
	return len(w) > 5 && isUpper(w[0]) && strings.HasSuffix(w, "ese") && !strings.Contains(w, " ") || w == "Swiss"
}

// foreignNouns count people living outside their country.
var foreignNouns = wordSet(`refugees refugee migrants migrant seekers nationals expatriates exiles`)

// isForeignUnit reports a unit that counts people outside their country:
// refugees, migrants, asylum seekers, or nationals named by a demonym
// ("Syrians", "Iraqis").
func isForeignUnit(u string) bool {
	if u == "" {
		return false
	}
	low := strings.ToLower(u)
	if foreignNouns[low[strings.LastIndexAny(low, " -")+1:]] {
		return true // and "asylum-seekers"
	}
	return isUpper(u[0]) && strings.HasSuffix(u, "s") && !strings.Contains(u, " ") || invariantDemonym(u)
}

// isMilitaryUnit reports a unit that counts military personnel.
func isMilitaryUnit(u string) bool {
	low := strings.ToLower(u)
	if strings.HasPrefix(low, "border ") || strings.HasPrefix(low, "coast ") {
		return false // border and coast guards police a frontier, they are no army
	}
	last := low[strings.LastIndexByte(low, ' ')+1:]
	return militaryNouns[last]
}

// workerNouns count people at work among the displaced (doctors,
// volunteers, staff): where they go or are sent is no displacement.
var workerNouns = wordSet(`volunteers volunteer doctors doctor nurses nurse medics paramedics staff
	staffers employees rescuers journalists officers workers reporters`) // "at least 15 aid workers had left Lesbos"

// isWorkerUnit reports a unit that counts people at work: "volunteers",
// "MERCY Malaysia volunteers", "doctors".
func isWorkerUnit(u string) bool {
	return workerNouns[headNoun(u)]
}

// headNoun returns the last word of a unit in lower case, the noun that
// says what it counts: "seekers" for "asylum seekers" and
// "asylum-seekers", "volunteers" for "MERCY Malaysia volunteers".
func headNoun(u string) string {
	low := strings.ToLower(u)
	return low[strings.LastIndexAny(low, " -")+1:]
}

// unitNames normalises spelled-out units.
var unitNames = map[string]string{
	"kilometers": "km", "kilometres": "km", "kilometer": "km", "kilometre": "km", "km": "km",
	"kms": "km", "percent": "percent", "%": "percent", "pc": "percent", "per": "percent",
	"miles": "miles", "mile": "miles",
}

// npStop ends the noun phrase after a figure.
var npStop = wordSet(`the a an of to in from on at by for with and or but as than that which who
	whom whose where when while had have has were was are is be been being could would will may
	might must should can did do does said says say told it they he she we you i its their his her
	our this these those there here more than including into onto near around across since after
	before during under over between among against towards toward through per each every not no
	also already still now only just then so such if because whether out up down off about alongside beside besides
	last next yesterday today tonight far even much higher lower once unless until`) // "4,500 last month": a time, not a noun; "the number of displaced far higher", "... even higher"

// adverbAt reports an adverb at b[i] that tells when or where, not a
// noun's modifier: "wounded five more early on Wednesday" (not "early
// arrivals"), "a town of about 40,000 Lebanese high in the mountains"
// (not "high school pupils").
func adverbAt(b string, i int) bool {
	w := strings.ToLower(letterRun(b, i))
	next := strings.ToLower(letterRun(b, skipSpaceInline(b, i+len(w))))
	switch w {
	case "early", "late":
		return next == "on" || next == "in" || next == "this" || next == "that" || next == "last" || next == "yesterday" || next == "today"
	case "high", "deep", "low":
		return next == "in" || next == "on" || next == "up" || next == "inside" || next == "above"
	}
	return false
}

// npVerbs are common verbs that end the noun phrase after a figure.
var npVerbs = wordSet(`remain remains remained live lives lived make makes made flee fled go went
	come came arrive arrived spend spent sleep slept stay stayed face faced need needs needed rely
	relies share shared attend attended get got receive received take took cross crossed reach
	reached return returned die died left leave were was are is be have has had walk walked
	run runs ran operated set sets headed froze spread scattered later earlier`) // "15 Syrians froze to death", "60,000 Syrians spread over 126 settlements", "could reach 25,000 to 30,000 later in the day"

// unitAfter reads the thing counted after a figure ending at end: "people",
// "Syrian refugees" (-> refugees), "observation posts" (-> posts), "km".
// It skips "of" after vague plurals and scale words ("thousands of
// civilians"), and a parenthetical conversion ("15 km (9 miles)"). It
// returns the unit (lower case, demonyms capitalised) and the end of the
// noun phrase; the unit is "" when no noun follows.
func unitAfter(b string, f figure) (unit string, end int) {
	end = f.end
	if f.unit != "" {
		return f.unit, skipConversion(b, end)
	}
	for _, more := range []string{"-plus ", "-odd "} {
		if hasPrefixFold(b[end:], more) {
			end += len(more) - 1 // "5,000-plus informal settlements": the noun follows
		}
	}
	k := skipSpaceInline(b, end)
	if columnGap(b[end:k]) {
		return "", end // "12 300        n/a": the next cell of a table row
	}
	k = skipQuotedNounOpen(b, k)
	// "40 per cent", "40 percent", "40 %"
	if k < len(b) && b[k] == '%' {
		return "percent", k + 1
	}
	w := letterRun(b, k)
	lw := strings.ToLower(w)
	if lw == "per" {
		k2 := skipSpaceInline(b, k+3)
		if strings.ToLower(letterRun(b, k2)) == "cent" {
			return "percent", k2 + 4
		}
	}
	if u, ok := unitNames[lw]; ok && lw != "per" {
		return u, skipConversion(b, k+len(w))
	}
	// "seven-year-old war", "a 10-day truce"
	if end == f.end && f.end < len(b) && b[f.end] == '-' {
		w := strings.ToLower(letterRun(b, f.end+1))
		switch w {
		case "year", "day", "week", "month", "hour", "km", "kilometre", "kilometer", "mile":
			u := w + "s"
			if w == "km" || strings.HasPrefix(w, "kilomet") {
				u = "km"
			}
			e := f.end + 1 + len(w)
			if strings.HasPrefix(strings.ToLower(b[e:]), "-old") {
				e += 4
			} else if strings.HasPrefix(strings.ToLower(b[e:]), "-long") {
				e += 5
			}
			return u, skipConversion(b, e) // "a 60-kilometre (37-mile) drive"
		case "strong":
			return "", f.end + 7
		}
		return "", end
	}
	// "thousands of people", "3.6 million of them"
	if lw == "of" && (f.vague || f.scale) {
		k2 := skipSpaceInline(b, k+2)
		if nw := strings.ToLower(letterRun(b, k2)); !npStop[nw] || nw == "them" || nw == "whom" {
			k = k2
		}
	}
	// "17 of his relatives", "dozens of its soldiers", "about 700 of the
	// American troops" (a part of a body of troops counts troops)
	if lw == "of" {
		k2 := skipSpaceInline(b, k+2)
		if d := strings.ToLower(letterRun(b, k2)); d == "the" || d == "these" || d == "those" {
			k3 := skipSpaceInline(b, k2+len(d))
			for n, j := 0, k3; n < 3; n++ {
				w := strings.ToLower(letterRun(b, j))
				if w == "" {
					break
				}
				if militaryNouns[w] || n == 0 && dwellingNouns[w] {
					// "more than 2,000 of the shelters": a part of the
					// shelters counts shelters
					k = k3
					break
				}
				j = skipSpaceInline(b, j+len(w))
			}
		}
		if hasLower(possessives, letterRun(b, k2)) {
			k3 := skipSpaceInline(b, k2+len(letterRun(b, k2)))
			if nw := strings.ToLower(letterRun(b, k3)); nw != "" && !npStop[nw] && !npVerbs[nw] {
				k = k3
			}
		}
	}
	// "the town's 120 or so informal camps"
	if lw == "or" && strings.HasPrefix(strings.ToLower(b[k:]), "or so ") {
		k = skipSpaceInline(b, k+len("or so"))
	}
	// "some 5,000 such structures": the noun after "such"
	if strings.ToLower(letterRun(b, k)) == "such" {
		if k2 := skipSpaceInline(b, k+4); letterRun(b, k2) != "" && !hasLower(npStop, letterRun(b, k2)) {
			k = k2
		}
	}
	// "Millions more", "200,000 more"
	if strings.ToLower(letterRun(b, k)) == "more" || strings.ToLower(letterRun(b, k)) == "additional" {
		k2 := skipSpaceInline(b, k+4)
		if nw := letterRun(b, k2); nw != "" && !hasLower(npStop, nw) && !adverbAt(b, k2) {
			k = k2
		} else {
			return "", end
		}
	}
	var words []string
	last := end
	for n := 0; n < 4; n++ {
		j := skipSpaceInline(b, k)
		if j >= len(b) || j == k && n > 0 {
			break
		}
		w := nounToken(b, j)
		if w == "" {
			break
		}
		lw := strings.ToLower(w)
		// ("12,000 suspected IS fighters": a group's name in capitals
		// before the noun, not the verb)
		acronym := len(w) >= 2 && w == strings.ToUpper(w) && nounFollows(b, j+len(w))
		if npStop[lw] && !acronym && !(n == 0 && (lw == "them" || lw == "whom")) || adverbAt(b, j) {
			break
		}
		if (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") || irregularParticiples[lw]) && !personNouns[lw] && !countNouns[lw] &&
			(n > 0 && !nounFollows(b, j+len(w)) || n == 0 && !wordFollows(b, j+len(w))) {
			break // "people displaced by", "families sharing"; not "tented settlements"
		}
		if n == 0 && strings.HasSuffix(lw, "ing") && !personNouns[lw] && !countNouns[lw] {
			next := strings.ToLower(letterRun(b, skipSpaceInline(b, j+len(w))))
			if adverbialWords[next] || prepositions[next] || next == "overnight" || next == "close" {
				break // "a further 1,100 arriving overnight": a verb, not the noun
			}
		}
		if isDigit(w[0]) {
			break
		}
		if _, spelled := smallWords[lw]; spelled && n > 0 && lw != "one" {
			// "a team of 14 running two mobile clinics": the next figure;
			// the participle before it is a verb, not the noun
			if n == 1 && strings.HasSuffix(strings.ToLower(words[0]), "ing") {
				words, last = nil, end
			}
			break
		}
		if n == 0 && strings.HasSuffix(lw, "ly") && len(lw) > 4 {
			// "6,500 newly arrived families": an adverb of the participle
			// before the noun
			if at := skipSpaceInline(b, j+len(w)); strings.HasSuffix(strings.ToLower(nounToken(b, at)), "ed") && nounFollows(b, at+len(nounToken(b, at))) {
				k = at + len(nounToken(b, at))
				continue
			}
		}
		if npVerbs[lw] && !acronym || npAdverbs[lw] && !(n == 0 && isPlural(nounToken(b, skipSpaceInline(b, j+len(w))))) {
			break // not "1,400 home businesses", where the adverb is a noun's modifier
		}
		words = append(words, w)
		k = j + len(w)
		last = k
		if woundAdjectives[lw] {
			if at := woundedNoun(b, k); at > 0 {
				k = at - 1 // "48 wounded people": the people the adjective describes, after the space before them
				continue
			}
		}
		if personNouns[lw] && lw != "displaced" && lw != "asylum" && !personModifier(b, k, lw) || lw == "them" || lw == "whom" ||
			n > 0 && isUpper(w[0]) && strings.HasSuffix(w, "s") ||
			isUpper(w[0]) && strings.HasSuffix(w, "s") && demonymCountry[strings.TrimSuffix(lw, "s")] != "" && !nounFollows(b, k) {
			// ("close to 400 Syrians settle in Kingston": the people, not
			// the verb after them)
			break // the head noun: stop before "people who"
		}
		if isPlural(w) && !nounFollows(b, k) {
			break // "blankets ahead", "metres apart", "tents outside"
		}
	}
	if len(words) == 0 {
		return "", skipConversion(b, end) // "1.5 million (15 lakh)": the same count
	}
	if n := len(words); strings.EqualFold(words[n-1], "displaced") {
		if n == 1 || !strings.HasSuffix(words[n-2], "s") {
			return "people", last // "more than 270,000 (newly) displaced": people, as "the displaced" are
		}
		words = words[:n-1] // "one million Iraqis displaced": the Iraqis
	}
	head := words[len(words)-1]
	lh := strings.ToLower(head)
	if lh == "them" || lh == "whom" || lh == "others" {
		return "", last
	}
	if len(words) >= 2 && strings.ToLower(words[len(words)-2]) == "asylum" {
		head = "asylum " + lh
	} else if c := strings.ToLower(words[max(0, len(words)-2)]) + " " + lh; len(words) >= 2 && compoundUnits[c] {
		head = c // "hundreds of air strikes", "2,000 sleeping bags"
	} else if !(isUpper(head[0]) && strings.HasSuffix(head, "s") && len(words) == 1) && !isUpper(head[0]) || strings.Contains(head, ".") {
		head = lh
	}
	if militaryNouns[lh] {
		head = lh // "300 Peshmerga": a force's name that counts its fighters
	}
	if strings.Contains(head, ".") || isUpper(head[0]) && !strings.HasSuffix(head, "s") && !invariantDemonym(head) {
		// "U.S." alone, or a name: no unit noun.
		return "", end
	}
	if u, ok := unitNames[strings.ToLower(head)]; ok {
		head = u
	}
	return head, skipConversion(b, last)
}

// compoundUnits are the nouns counted with the word before them, as
// the annotators write them ("air strikes", not "strikes").
var compoundUnits = map[string]bool{"air strikes": true, "sleeping bags": true, "military police": true}

// woundAdjectives describe people hurt, before the noun that names them:
// "48 wounded people".
var woundAdjectives = wordSet(`wounded injured sick`)

// nounQuotes are the quotation marks, opening and closing, a figure's
// noun may stand in: "637 “terrorists”".
var nounQuotes = [][2]string{{"“", "”"}, {"\"", "\""}, {"‘", "’"}, {"«", "»"}}

// skipQuotedNounOpen returns the position after the opening quotation
// mark of one word in quotation marks at b[k] ("637 “terrorists” had
// been neutralised": the noun the count takes, in the speaker's words),
// or k.
func skipQuotedNounOpen(b string, k int) int {
	for _, q := range nounQuotes {
		if !strings.HasPrefix(b[k:], q[0]) {
			continue
		}
		w := letterRun(b, k+len(q[0]))
		if w != "" && strings.HasPrefix(b[k+len(q[0])+len(w):], q[1]) {
			return k + len(q[0])
		}
	}
	return k
}

// woundedNoun returns where the plural person noun starts that follows a
// wound adjective ending at i, "48 wounded people", "46 wounded and sick
// Syrians", or 0 when none does ("34 wounded in a single afternoon").
func woundedNoun(b string, i int) int {
	at := skipSpaceInline(b, i)
	if strings.ToLower(letterRun(b, at)) == "and" {
		a := skipSpaceInline(b, at+3)
		aw := strings.ToLower(letterRun(b, a))
		if !woundAdjectives[aw] {
			return 0
		}
		at = skipSpaceInline(b, a+len(aw))
	}
	nw := nounToken(b, at)
	lw := strings.ToLower(nw)
	if nw == "" {
		return 0
	}
	demonyms := isUpper(nw[0]) && strings.HasSuffix(nw, "s") && demonymLike(strings.TrimSuffix(nw, "s")) // "25 wounded Syrians"
	if !personNouns[lw] && !demonyms || woundAdjectives[lw] || !isPlural(nw) && !demonyms && lw != "people" && lw != "children" && lw != "men" && lw != "women" {
		return 0
	}
	return at
}

// personModifier reports a singular person noun that modifies a plural
// noun after it, "refugee settlements", "migrant boats": the later noun is
// the thing counted, a person noun too ("refugee families", "rebel
// fighters").
func personModifier(b string, i int, lw string) bool {
	if strings.HasSuffix(lw, "s") {
		return false
	}
	next := nounToken(b, skipSpaceInline(b, i))
	// "refugee families", "rebel fighters": the later noun is the head;
	// "police officers" stay police.
	return isPlural(next) && (!personNouns[next] || militaryNouns[next] && !militaryNouns[lw] && lw != "security" || next == "families" || next == "households")
}

// npAdverbs end the noun phrase after a figure: "rose to 61 overnight".
var npAdverbs = wordSet(`overnight today yesterday tonight alone too apart ahead away back home abroad
	daily weekly monthly annually again altogether combined respectively instead already currently
	north south east west northwards southwards eastwards westwards northward southward eastward westward inland further farther`)

// possessives may come between "of" and the noun a figure counts.
var possessives = wordSet(`his her their its our my your`)

// isPlural reports a lower-case word that reads as a plural noun:
// "blankets", "metres", not "across", "bus", "crisis", "this".
func isPlural(w string) bool {
	if len(w) < 4 || !isLower(w[0]) || !strings.HasSuffix(w, "s") {
		return false
	}
	return !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") &&
		!strings.HasSuffix(w, "selves") && !npStop[w] && !npVerbs[w] // not "the shelters themselves"
}

// nounFollows reports a noun at b[i:] after spaces that a noun phrase may
// continue with: a plural ("tented settlements"), or a noun that counts.
func nounFollows(b string, i int) bool {
	j := skipSpaceInline(b, i)
	if j == i {
		return false
	}
	w := nounToken(b, j)
	lw := strings.ToLower(w)
	if w == "" || npStop[lw] || npVerbs[lw] {
		return false
	}
	return isPlural(w) || personNouns[lw] || countNouns[lw] || strings.HasSuffix(lw, "s") && demonymCountry[lw[:len(lw)-1]] != "" // "newly arrived Syrians"
}

// wordFollows reports a word at b[i:] after spaces that may continue a
// noun phrase: not punctuation, a stop word or a verb ("two dozen killed,").
func wordFollows(b string, i int) bool {
	j := skipSpaceInline(b, i)
	if j == i {
		return false
	}
	w := nounToken(b, j)
	lw := strings.ToLower(w)
	if len(w) >= 2 && w == strings.ToUpper(w) && !isDigit(w[0]) && nounFollows(b, j+len(w)) {
		return true // "suspected IS fighters": a group's name in capitals
	}
	return w != "" && !isDigit(w[0]) && !npStop[lw] && !npVerbs[lw] && !npAdverbs[lw] // not "160,000 moved west"
}

// nounToken returns the word at s[i]: letters with inner hyphens,
// apostrophes and dots ("Kurdish-led", "U.S.", "camp’s").
func nounToken(s string, i int) string {
	j := i
	for j < len(s) {
		c := s[j]
		switch {
		case isLetter(c) || isDigit(c):
			j++
		case (c == '-' || c == '.' || c == '\'') && j > i && j+1 < len(s) && isLetter(s[j+1]):
			j++
		case c == '.' && j > i && j >= 2 && s[j-2] == '.':
			j++ // final dot of "U.S."
		case strings.HasPrefix(s[j:], "’") && j > i:
			j += len("’")
		case c >= utf8.RuneSelf && j > i:
			// "Vilagarcía", "Jankauskienė": a letter with an accent
			// goes on the word it is in
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				return s[i:j]
			}
			j += size
		default:
			return s[i:j]
		}
	}
	return s[i:j]
}

// skipConversion skips a parenthetical unit conversion right after a
// figure: "15 km (9 miles)".
func skipConversion(b string, end int) int {
	k := skipSpaceInline(b, end)
	if k >= len(b) || b[k] != '(' {
		return end
	}
	close := strings.IndexByte(b[k:], ')')
	if close < 0 || close > 30 {
		return end
	}
	inner := b[k+1 : k+close]
	if _, spelled := smallWords[strings.ToLower(letterRun(inner, 0))]; inner == "" || !isDigit(inner[0]) && !conversionHedge(inner) && !spelled {
		return end // (but "six kilometres (four miles)")
	}
	low := strings.ToLower(inner)
	for _, u := range []string{"mile", "km", "kilomet", "feet", "ft", "metre", "meter", "acre", "hectare", "sq", "lakh", "crore"} {
		if strings.Contains(low, u) {
			return k + close + 1
		}
	}
	return end
}

// conversionHedge reports a conversion that opens with a hedge, as
// qualifierBefore reads hedges: "(about 9 miles)", "(almost 4 miles)".
func conversionHedge(inner string) bool {
	d := strings.IndexFunc(inner, func(r rune) bool { return r >= '0' && r <= '9' })
	if d <= 0 {
		return false
	}
	q, start := qualifierBefore(inner, d)
	return q != "" && start == 0
}

// columnGap reports white space that parts the cells of a text table: a
// tab, or three spaces or more.
func columnGap(gap string) bool {
	return strings.Contains(gap, "\t") || strings.Contains(gap, "   ")
}
