package corpus

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// A notFact rule recognises a number that does not count anything: a year,
// a date, a clock time, an age, an identifier, a phone number, money, a
// relative date, a number that only points at things already named.
type notFact struct {
	name string
	test func(body string, f figure) bool
}

// notFacts are checked in order on every parsed figure; the first that
// matches drops it.
var notFacts = []notFact{
	{"glued", func(b string, f figure) bool {
		// "F-16", "Su-24", "COVID-19": digits after a hyphen glued to letters.
		return f.digits && f.start >= 2 && b[f.start-1] == '-' && isLetter(b[f.start-2])
	}},
	{"split year", func(b string, f figure) bool {
		// "in 2018-19": the second year of a span, after its first
		return f.digits && f.end-f.start == 2 && f.start >= 5 && b[f.start-1] == '-' && allDigits(b[f.start-5:f.start-1]) &&
			(b[f.start-5] == '1' || b[f.start-5] == '2')
	}},
	{"phone", isPhone},
	{"sms code", smsCode},
	{"clock hour in words", clockHourWord},
	{"one-off", func(b string, f figure) bool {
		// "a one-off humanitarian intake", "a one-time payment": not a count
		if !f.spelled || f.value != 1 || f.end >= len(b) || b[f.end] != '-' {
			return false
		}
		w := strings.ToLower(letterRun(b, f.end+1))
		return w == "off" || w == "time" || w == "way" || w == "sided" || w == "stop"
	}},
	{"po box", func(b string, f figure) bool {
		// "Svalbardposten AS, Postboks 503, 9171 Longyearbyen": a box number
		before := strings.ToLower(strings.TrimRight(b[max(0, f.start-16):f.start], " .:"))
		for _, w := range []string{"postboks", "postbox", "postfach", "p.o. box", "po box", "p.o box", "b.p", "apartado", "caixa postal", "boîte postale"} {
			if strings.HasSuffix(before, w) {
				return true
			}
		}
		return false
	}},
	{"prison term", func(b string, f figure) bool {
		// "sentenced 17 migrants ... to three and a half years in prison":
		// a sentence's length
		k := skipSpaceInline(b, f.end)
		unit := strings.ToLower(letterRun(b, k))
		if unit != "years" && unit != "year" && unit != "months" && unit != "month" {
			return false
		}
		rest := strings.ToLower(b[skipSpaceInline(b, k+len(unit)):min(len(b), k+len(unit)+12)])
		return strings.HasPrefix(rest, "in prison") || strings.HasPrefix(rest, "in jail") ||
			strings.Contains(strings.ToLower(b[max(0, f.start-80):f.start]), "sentenced")
	}},
	{"short code", func(b string, f figure) bool {
		// "SMS your name to 40100": a number to text, not a count.
		if !f.digits || f.unit != "" || f.end-f.start < 4 || !strings.EqualFold(wordBefore(b, f.start), "to") {
			return false
		}
		before := strings.ToLower(b[max(0, f.start-40):f.start])
		return strings.Contains(before, "sms ") || strings.Contains(before, "text ") || strings.Contains(before, "whatsapp ")
	}},
	{"hour", func(b string, f figure) bool {
		// "on Monday morning at seven": an hour named in words.
		if f.value < 1 || f.value > 12 || f.isRange || f.scale || f.unit != "" {
			return false
		}
		ws := wordsBefore(b, f.start, 2)
		if len(ws) < 2 || ws[1] != "at" {
			return false
		}
		next := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end)))
		return (dayParts[ws[0]] || openingVerbs[ws[0]]) && !personNoun(next) && !countNouns[next] && unitNames[next] == ""
	}},
	{"money", isMoney},
	{"what money buys", func(b string, f figure) bool {
		// "A donation of CZK 500 buys a shelter repair kit for one
		// family": the unit of a price, not a count.
		if f.value != 1 || !f.spelled || !strings.EqualFold(wordBefore(b, f.start), "for") {
			return false
		}
		k := skipSpaceInline(b, f.end)
		if n := letterRun(b, k); n != "" && hasLower(costVerbs, letterRun(b, skipSpaceInline(b, k+len(n)))) {
			return true // "A water filter for one family costs R350": the price after
		}
		from := max(0, f.start-100)
		if i := strings.LastIndexAny(b[from:f.start], ".!?\n"); i >= 0 {
			from += i + 1
		}
		return amountIn(b[from:f.start])
	}},
	{"frequency", func(b string, f figure) bool {
		// "shortwave 13800 kHz and 11.7 MHz", "Radio Nawa 99.3 FM", "live on
		// Nilesat 11353 V", "na 90,2 MHz" (a decimal comma the number
		// reader stops at)
		end := f.end
		if end+1 < len(b) && (b[end] == ',' || b[end] == '.') && isDigit(b[end+1]) {
			for end++; end < len(b) && isDigit(b[end]); end++ {
			}
		}
		if hasLower(frequencyUnits, letterRun(b, skipSpaceInline(b, end))) || hasLower(satellites, wordBefore(b, f.start)) {
			return true
		}
		// "weekdays from 6am on 2SER 107.3.": a station's name, then its
		// frequency with no band, closing the clause
		w := wordBefore(b, f.start)
		next := skipSpaceInline(b, end)
		if fmFrequency(b[f.start:end]) && (w == "FM" || w == "AM" || (w == "and" || w == "or") && fmFrequency(frequencyBefore(b, f.start))) {
			return true // "on Kairi FM 107.9 and 93.1 in the north": the band, then one frequency or two
		}
		if callSign(w) && amDial(b[f.start:end]) && (next >= len(b) || strings.IndexByte(".,;)\n", b[next]) >= 0 || strings.HasPrefix(b[end:], "’s") || strings.HasPrefix(b[end:], "'s")) {
			return true // "aired on CJAD 800’s morning show": a call sign's place on the AM dial
		}
		if fmFrequency(b[f.start:end]) && w == "on" && broadcastBefore(b[max(0, f.start-120):f.start]) {
			return true // "The Morning Show airs weekdays ... on 98.1 in Whitehorse and on 90.5 in Haines Junction"
		}
		return fmFrequency(b[f.start:end]) && w != "" && isUpper(w[0]) && (next >= len(b) || strings.IndexByte(".,;)\n", b[next]) >= 0)
	}},
	{"price period", pricedPeriod},
	{"exchange rate", func(b string, f figure) bool {
		// "The lira traded at 6.19 against the dollar": a currency's
		// price in another
		after := b[f.end:] // read in place: this runs for every figure
		return slices.ContainsFunc(ratePhrases, func(p string) bool { return hasPrefixFold(after, p) })
	}},
	{"version", func(b string, f figure) bool {
		// "(under CC BY 2.0)", "version 3.1": a licence's or a program's
		return strings.Contains(b[f.start:f.end], ".") && versionWords[wordBefore(b, f.start)]
	}},
	{"temperature", func(b string, f figure) bool {
		// "night temperatures drop to minus 7 degrees Celsius", "it was
		// minus ten at night", "45-degree heat", "it was 35 in the shade"
		after := b[f.end:min(len(b), f.end+16)]
		u := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end)))
		return u == "degrees" || u == "fahrenheit" || u == "celsius" || strings.EqualFold(wordBefore(b, f.start), "minus") || // "(19 Fahrenheit)"
			strings.HasPrefix(after, "-degree") || strings.HasPrefix(after, " in the shade") || scaleLetter(b, f) ||
			feverOf(b, f)
	}},
	{"postcode", func(b string, f figure) bool {
		// "Rue des Lilas 12, 75020 Paris": a postal code after a house
		// number
		if !f.digits || f.end-f.start < 4 || f.end-f.start > 5 || !allDigits(b[f.start:f.end]) || f.start < 3 || b[f.start-1] != ' ' || b[f.start-2] != ',' || !isDigit(b[f.start-3]) {
			return false
		}
		j := f.start - 2
		for j > 0 && isDigit(b[j-1]) {
			j--
		}
		if f.start-2-j > 3 {
			return false // "In 2019, 1500 people ...": a year, no house number
		}
		k := skipSpaceInline(b, f.end)
		return k < len(b) && isUpper(b[k])
	}},
	{"ratio", func(b string, f figure) bool {
		// "There are 200 people for one toilet": a ratio, not a count
		k := skipSpaceInline(b, f.end)
		w := strings.ToLower(letterRun(b, k))
		if w != "people" && w != "persons" && w != "refugees" && w != "families" {
			return false
		}
		at := k + len(w)
		for _, p := range []string{" for one ", " for each ", " for every ", " per "} {
			if strings.HasPrefix(strings.ToLower(b[at:min(len(b), at+len(p))]), p) {
				thing := strings.ToLower(letterRun(b, at+len(p)))
				return thing != "" && !timeUnits[thing] // not "food for 40,000 people for one month"
			}
		}
		return false
	}},
	{"footnote", func(b string, f figure) bool {
		// "... in the country.[1]", "Notes [1] Decision of ...": a note's
		// number in square brackets
		return f.digits && f.value < 100 && f.start > 0 && b[f.start-1] == '[' && f.end < len(b) && b[f.end] == ']'
	}},
	{"address", func(b string, f figure) bool {
		if streetNumber(b, f) {
			return true // "1412 Valley Forge Road": before the street's name
		}
		// "Via dei Delfini 17, 00186 Rome", "Paseo de los Periodistas 52,
		// Santo Domingo": a house number after a street's name
		if !f.digits || f.isRange || f.end >= len(b) || b[f.end] != ',' {
			return false
		}
		ws := strings.Fields(b[max(0, f.start-60):f.start])
		for k := max(0, len(ws)-5); k < len(ws); k++ {
			if w := strings.Trim(ws[k], ",."); w != "" && isUpper(w[0]) && streetWords[strings.ToLower(w)] {
				return true // a capitalised street word: not "via Edirne has reached 76,358,"
			}
		}
		return false
	}},
	{"day number", func(b string, f figure) bool {
		// "Day 15 of the Turkish offensive": which day, not a count
		return f.digits && !f.isRange && strings.EqualFold(wordBefore(b, f.start), "day")
	}},
	{"web address", func(b string, f figure) bool {
		// "24.kg: How has the situation changed?": an outlet's address
		return f.end+2 < len(b) && b[f.end] == '.' && isLower(b[f.end+1]) && isLower(b[f.end+2])
	}},
	{"known total", knownTotal},
	{"anecdote", anecdoteOne},
	{"speaker one", speakerOne},
	{"duration", func(b string, f figure) bool {
		// "a five-day truce", "a 120-hour ceasefire", "a two-month
		// campaign": how long something lasts ("a nine-year war" counts
		// the war's years, and stays).
		if f.end >= len(b) || b[f.end] != '-' {
			return false
		}
		u := strings.ToLower(letterRun(b, f.end+1))
		switch u {
		case "fold":
			return true // "grown five-fold": a multiplier
		case "day", "week", "month", "hour", "minute", "night":
		default:
			return false
		}
		// "a 58-day operation", "a two-month campaign" count a fight's
		// length, as years of war do.
		k := skipSpaceInline(b, f.end+1+len(u))
		if k < len(b) && b[k] == '-' {
			k = skipSpaceInline(b, k+1+len(letterRun(b, k+1))) // "-long"
		}
		w := letterRun(b, k)
		if hasLower(fightNouns, w) || w == "" {
			return w == ""
		}
		// "the two-week-old government offensive", "the 58-day air and
		// ground campaign": a fight after a few words that describe it.
		for n, at := 0, k+len(w); n < 3 && len(w) > 2; n++ {
			at = skipSpaceInline(b, at)
			if at < len(b) && b[at] == '-' {
				at++
			}
			next := letterRun(b, at)
			if hasLower(fightNouns, next) {
				return false
			}
			if next == "" || !isLower(next[0]) {
				break
			}
			at += len(next)
		}
		return true
	}},
	{"listed durations", listedDuration},
	{"second age", agedPair},
	{"running time", func(b string, f figure) bool {
		// "Watch the full interview on our YouTube channel (24 min).": a
		// recording's length in brackets
		if f.start == 0 || b[f.start-1] != '(' {
			return false
		}
		k := skipSpaceInline(b, f.end)
		w := strings.ToLower(letterRun(b, k))
		return (w == "min" || w == "mins" || w == "minutes") && strings.HasPrefix(strings.TrimLeft(b[k+len(w):], "."), ")")
	}},
	{"idiom", func(b string, f figure) bool {
		// "more than a bag or two", "for a day or two": a vague few.
		if !f.spelled || f.value > 3 || !strings.EqualFold(wordBefore(b, f.start), "or") {
			return false
		}
		k := skipSpaceBack(b, f.start)
		k = skipSpaceBack(b, k-len("or"))
		_, at := wordBack(b, k) // the noun
		a, _ := wordBack(b, at)
		return strings.EqualFold(a, "a") || strings.EqualFold(a, "an")
	}},
	{"n-way", func(b string, f figure) bool {
		// "a four-way summit": how many take part, no count of people
		return strings.HasPrefix(b[f.end:], "-way") || strings.HasPrefix(b[f.end:], "-party")
	}},
	{"days of talks", func(b string, f figure) bool {
		// "two days of talks with a Russian delegation": how long a
		// meeting went on
		k := skipSpaceInline(b, f.end)
		u := strings.ToLower(letterRun(b, k))
		if u != "days" && u != "weeks" && u != "hours" && u != "rounds" {
			return false
		}
		rest := strings.ToLower(b[k+len(u) : min(len(b), k+len(u)+20)])
		return strings.HasPrefix(rest, " of talks") || strings.HasPrefix(rest, " of negotiations") || strings.HasPrefix(rest, " of meetings")
	}},
	{"one less", func(b string, f figure) bool {
		// "that is one child less with diarrhoea": a way of speaking
		if !f.spelled || f.value != 1 {
			return false
		}
		k := skipSpaceInline(b, f.end)
		n := letterRun(b, k)
		next := strings.ToLower(letterRun(b, skipSpaceInline(b, k+len(n))))
		return n != "" && (next == "less" || next == "fewer")
	}},
	{"someday", func(b string, f figure) bool {
		// "He hopes to bring his mother to California one day": some day
		if !f.spelled || f.value != 1 || !strings.HasPrefix(strings.ToLower(b[f.start:]), "one day") {
			return false
		}
		e := f.start + len("one day")
		if w := strings.ToLower(wordBefore(b, f.start)); w == "maybe" || w == "perhaps" || w == "someday" {
			return true // "Maybe one day we build again"
		}
		return e == len(b) || strings.ContainsRune(".,;!?", rune(b[e])) || strings.HasPrefix(b[e:], " but ") || strings.HasPrefix(b[e:], " and ")
	}},
	{"person of an age", func(b string, f figure) bool {
		// "a grandfather of 80", "a woman of 60": an age
		ws := wordsBefore(b, f.start, 2)
		if len(ws) != 2 || ws[1] != "of" || f.vague || f.isRange || f.value != math.Trunc(f.value) {
			return false
		}
		switch ws[0] {
		case "man", "woman", "widow", "widower":
			return f.value >= 15 && f.value <= 110
		case "grandfather", "grandmother":
			return f.value >= 50 && f.value <= 110 // (not "a grandmother of 12", her grandchildren)
		}
		return false
	}},
	{"service number", func(b string, f figure) bool {
		// "its emergency line is 158": a number to call
		ws := wordsBefore(b, f.start, 2)
		return len(ws) == 2 && ws[1] == "is" && (ws[0] == "line" || ws[0] == "hotline") && !f.vague && f.value < 1e4
	}},
	{"one at a time", func(b string, f figure) bool {
		// "negotiating the surrender of rebel-held areas one town at a
		// time": a manner, not a count
		if !f.spelled || f.value != 1 {
			return false
		}
		k := skipSpaceInline(b, f.end)
		k = skipSpaceInline(b, k+len(letterRun(b, k)))
		return hasPrefixFold(b[k:], "at a time")
	}},
	{"time", isClockTime},
	{"date", isDate},
	{"year", func(b string, f figure) bool {
		// "2000 refugees" counts; "the 1951 Refugee Convention" is a year.
		// So is "the 2015 migrant crisis": people, then the event.
		k := skipSpaceInline(b, f.end)
		next := letterRun(b, k)
		if f.year && !f.isRange && next != "" && hasLower(yearEvents, letterRun(b, skipSpaceInline(b, k+len(next)))) {
			return true
		}
		if w := strings.ToLower(wordBefore(b, f.start)); f.year && !f.isRange && !strings.Contains(b[f.start:f.end], ",") && (w == "in" || w == "since" || w == "until" || w == "during") {
			return true // "In 2014 people still thought it would be over": a year, then the sentence's subject
		}
		if _, month := monthNames[strings.ToLower(wordBefore(b, f.start))]; f.year && !f.isRange && month {
			return true // "In August 2014 jihadists from Syria overran the town": a date's year
		}
		return f.year && !f.isRange && (!personNoun(strings.ToLower(next)) || next != "" && isUpper(next[0]))
	}},
	{"age", isAge},
	{"shared between", sharedBetween},
	{"one thing for so many", oneForMany},
	{"age back then", ageSince},
	{"places named before", namedPlacesCount},
	{"ratio", outnumberRatio},
	{"birthday", func(b string, f figure) bool {
		// "I turn 30 in May", "she turned 12 in the camp": an age reached
		switch strings.ToLower(wordBefore(b, f.start)) {
		case "turn", "turns", "turned", "turning":
			// (not "turned 27 schools into shelters")
			switch strings.ToLower(letterRun(b, skipSpaceInline(b, f.end))) {
			case "", "in", "on", "this", "next", "last", "and", "soon", "today", "tomorrow", "years", "year":
				return f.value < 120 && !f.isRange && !warSubject(b, f.start) // not "Syria's war, which turned eight years old"
			}
		}
		return false
	}},
	{"a child's age", func(b string, f figure) bool {
		// "A boy of about eight asked me": how old.
		if f.value >= 100 || f.unit != "" || f.isRange {
			return false
		}
		ws := wordsBefore(b, f.start, 3)
		if len(ws) == 3 && hedgeBeforeFor[strings.ToLower(ws[2])] {
			ws = ws[:2] // "a boy of about eight"
		} else if len(ws) == 3 {
			ws = ws[1:]
		}
		if len(ws) < 2 || !strings.EqualFold(ws[1], "of") || !youngNouns[strings.ToLower(ws[0])] {
			return false
		}
		next := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end)))
		return next == "" || !personNoun(next) && !countNouns[next] && !timeUnits[next]
	}},
	{"an age in a relative clause", func(b string, f figure) bool {
		// "a woman from Herat who is 26 and travelling alone": how old
		if f.value >= 110 || f.unit != "" || f.isRange || !f.digits {
			return false
		}
		ws := wordsBefore(b, f.start, 7)
		n := len(ws)
		if n < 3 || ws[n-2] != "who" || ws[n-1] != "is" && ws[n-1] != "was" {
			return false
		}
		if next := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end))); next != "" && next != "and" && next != "but" {
			return false // "who is 26 years old" is read by the age rule; not "who was 12 hours late"
		}
		return slices.ContainsFunc(ws[:n-2], func(w string) bool {
			pl := pluralNounOf(w)
			return pl != w && personNoun(pl) && !kinNouns[pl]
		})
	}},
	{"a child's age told after", func(b string, f figure) bool {
		// "the boy who died was about six.": how old, at the end of a
		// clause about one child.
		if f.value >= 20 || f.unit != "" || f.isRange {
			return false
		}
		ws := wordsBefore(b, f.start, 6)
		if n := len(ws); n > 0 && hedgeBeforeFor[strings.ToLower(ws[n-1])] {
			ws = ws[:n-1]
		}
		n := len(ws)
		if n < 2 || ws[n-1] != "was" && ws[n-1] != "is" || !slices.ContainsFunc(ws[:n-1], func(w string) bool { return youngNouns[strings.ToLower(w)] }) {
			return false
		}
		k := skipSpaceInline(b, f.end)
		return k >= len(b) || b[k] == '.' || b[k] == ',' || b[k] == ';'
	}},
	{"one for many", func(b string, f figure) bool {
		// "There is one toilet for 200 people": a ratio, not a count.
		ws := wordsBefore(b, f.start, 3)
		return len(ws) == 3 && strings.EqualFold(ws[0], "one") && strings.EqualFold(ws[2], "for")
	}},
	{"eldest's age", func(b string, f figure) bool {
		// "with her three sons, the eldest of them 12": how old, not how
		// many.
		if !f.digits || f.value >= 100 || f.unit != "" {
			return false
		}
		ws := wordsBefore(b, f.start, 4)
		if len(ws) < 2 {
			return false
		}
		for _, w := range ws {
			switch strings.ToLower(strings.Trim(w, ",")) {
			case "eldest", "youngest", "oldest":
				next := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end)))
				return next == "" || !personNoun(next) && !countNouns[next]
			}
		}
		return false
	}},
	{"identifier", func(b string, f figure) bool {
		if columnGap(b[skipSpaceBack(b, f.start):f.start]) {
			return false // "North Gate      1 200": a table's next cell
		}
		w := strings.ToLower(wordBefore(b, f.start))
		if i := skipSpaceBack(b, f.start); w == "" && i > 0 && b[i-1] == '.' {
			// "No. 10", "Art. 5": an abbreviated identifier noun.
			switch a := strings.ToLower(wordBefore(b, i-1)); a {
			case "no", "nos", "art", "vol", "sec", "para", "ch", "p", "pp", "tel", "tél", "tlf", "mob":
				return true // (also "tel. 596 000 111", "Tlf. 22 33 44 55": a phone number)
			}
		}
		if u, _ := unitAfter(b, f); strings.HasSuffix(w, "ing") && u != "" {
			return false // "began building two tent cities": a verb, then a count
		}
		if named := wordBefore(b, f.start); f.digits && f.value < 100 && (named == "Village" || named == "Camp" || named == "Sector" ||
			named == "Block" || named == "Area" || named == "Extension") {
			return true // "the camp's Village 5", "my mother in Area 25": a part's name
		}
		if firstCellNumber(b, f) {
			return true // "Domiz 1         Duhok      319": the number in a row's name
		}
		if i := f.start; f.digits && i >= 2 && b[i-1] == '/' && isDigit(b[i-2]) {
			k := i - 1
			for k > 0 && isDigit(b[k-1]) {
				k--
			}
			if identifierNouns[strings.ToLower(wordBefore(b, k))] {
				return true // "resolution 55/76": the identifier's second part
			}
		}
		if u, _ := unitAfter(b, f); identifierNouns[w] && measureUnits[strings.ToLower(u)] {
			return false // "a zone 32 km deep": a length, not Zone 32
		}
		return identifierNouns[w] || f.start > 0 && b[f.start-1] == '#' || subNumber(b, f)
	}},
	{"relative date", isRelativeDate},
	{"duration label", durationLabel},
	{"ratio", func(b string, f figure) bool {
		// "one latrine for every 70 people", "two doctors for every
		// 10,000 people": a ratio, not a count.
		if strings.EqualFold(wordBefore(b, f.start), "every") {
			return true
		}
		if f.value == 1 && f.spelled {
			// "one doctor now serves every 3,000 residents": the word before
			// the first "every" of the clause makes a ratio.
			tail := b[f.end:min(len(b), f.end+60)]
			if e := strings.Index(tail, " every "); e >= 0 && !strings.ContainsAny(tail[:e], ",;.") {
				if w, _ := wordBack(tail, e); hasLower(ratioWords, w) {
					return true
				}
			}
		}
		_, end := unitAfter(b, f)
		k := skipSpaceInline(b, max(end, f.end))
		return strings.EqualFold(letterRun(b, k), "for") && strings.EqualFold(letterRun(b, skipSpaceInline(b, k+3)), "every")
	}},
	{"heading number", func(b string, f figure) bool {
		// "5." alone on its line: the number of a listicle's heading.
		return f.digits && (f.start == 0 || b[f.start-1] == '\n') && f.end < len(b) && b[f.end] == '.' &&
			(f.end+1 == len(b) || b[f.end+1] == '\n')
	}},
	{"part of a place", func(b string, f figure) bool {
		// "the southern half of the province": a region, not a share.
		if !f.spelled || f.value != 50 && f.value != 25 && f.value < 33 || f.value > 34 && f.value != 50 {
			return false
		}
		return hasLower(compassWords, wordBefore(b, f.start))
	}},
	{"vague distance", func(b string, f figure) bool {
		// "a few hundred metres from the fence": how near, not a count.
		if !f.vague && !strings.EqualFold(wordBefore(b, f.start), "few") {
			return false
		}
		u, _ := unitAfter(b, f)
		return u == "km" || u == "metres" || u == "meters" || u == "miles" || u == "yards"
	}},
	{"no count", func(b string, f figure) bool {
		// "Not one house is standing", "not a single person": a
		// negation counts nothing; "16 people in one tent": "one" after a
		// preposition picks a thing out, it does not count it.
		if !f.spelled || f.value != 1 || f.isRange || f.scale {
			return false
		}
		switch strings.ToLower(wordBefore(b, f.start)) {
		case "not":
			return true
		case "in", "into", "of", "under", "inside", "from", "at", "on", "with":
			next := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end)))
			return next != "" && !strings.HasSuffix(next, "s") && !timeUnits[next]
		}
		// "one camp manager told AFP", "one man from Maarat al-Numan told
		// her": a speaker, not a count.
		rest := b[f.end:min(len(b), f.end+80)]
		if i := strings.IndexAny(rest, ",.;:“”\"("); i >= 0 {
			rest = rest[:i]
		}
		ws := strings.Fields(rest)
		for i, w := range ws[:min(len(ws), 6)] {
			if i == 0 || !hasLower(speechVerbs, w) {
				continue
			}
			for _, n := range ws[:i] {
				if n := strings.ToLower(n); personNoun(n) || occupationNouns[n] {
					return i <= 3 || strings.EqualFold(ws[1], "from")
				}
			}
			return false
		}
		return false
	}},
	{"dwelling size", func(b string, f figure) bool {
		// "a two-room flat", "a three-storey building": the size of a
		// dwelling, not a count.
		if f.end >= len(b) || b[f.end] != '-' {
			return false
		}
		return hasLower(dwellingSizes, letterRun(b, f.end+1))
	}},
	{"file size", func(b string, f figure) bool {
		// "(PDF | 611.52 KB)": the size of a download.
		return hasLower(fileSizeUnits, letterRun(b, skipSpaceInline(b, f.end)))
	}},
	{"glued scale", gluedScale},
	{"times", func(b string, f figure) bool {
		k := skipSpaceInline(b, f.end)
		w := strings.ToLower(letterRun(b, k))
		for n := 0; n < 4 && f.value < 100 && k < len(b) && b[k] == ','; n++ {
			// "moved two, three, four times": a list of small numbers
			// that ends in "times".
			j := skipSpaceInline(b, k+1)
			next := letterRun(b, j)
			if next == "" || !hasLower(spelledSmall, next) {
				break
			}
			k = skipSpaceInline(b, j+len(next))
			w = strings.ToLower(letterRun(b, k))
		}
		if f.vague && w == "of" && strings.EqualFold(letterRun(b, skipSpaceInline(b, k+2)), "times") {
			return true // "I heard them dozens of times": how often
		}
		if w == "to" && f.value < 10 && strings.EqualFold(letterRun(b, skipSpaceInline(b, k+2)), "one") {
			// "outnumber their hosts almost two to one": a ratio
			e := skipSpaceInline(b, skipSpaceInline(b, k+2)+3)
			if e >= len(b) || !isLetter(b[e]) || hasLower(npStop, letterRun(b, e)) {
				return true
			}
		}
		if (w == "or" || w == "to") && f.value < 100 {
			// "three or four times": the first number of a loose range.
			k = skipSpaceInline(b, k+len(w))
			if n := letterRun(b, k); n != "" && hasLower(spelledSmall, n) {
				w = strings.ToLower(letterRun(b, skipSpaceInline(b, k+len(n))))
			} else if k < len(b) && isDigit(b[k]) {
				for k < len(b) && isDigit(b[k]) {
					k++
				}
				w = strings.ToLower(letterRun(b, skipSpaceInline(b, k)))
			}
		}
		return w == "times" || w == "time"
	}},
	{"name", func(b string, f figure) bool {
		// "Kurdistan 24", "France 24": the number completes an outlet's
		// name. "Domiz 1 camp": a number between a name and one camp or
		// site names it.
		if !f.digits || f.scale || f.value >= 100 {
			return false
		}
		prev := wordBefore(b, f.start)
		if prev == "" || !isUpper(prev[0]) {
			return false
		}
		num := b[f.start:f.end]
		for _, name := range outlets {
			if strings.HasSuffix(name, " "+num) && strings.HasSuffix(strings.TrimRight(b[:f.start], " \u00a0"), strings.TrimSuffix(name, " "+num)) {
				return true
			}
		}
		if siteNouns[letterRun(b, skipSpaceInline(b, f.end))] {
			return true
		}
		if prev == "Mile" || prev == "Kilometre" || prev == "Kilometer" {
			return true // "grew up in Mile 91": a town named for its distance on a road
		}
		// "sent on to Domiz 1, the oldest camp": a place named with a
		// number, after a preposition, with nothing counted after it
		ws := wordsBefore(b, f.start, 2)
		return f.value < 10 && len(ws) == 2 && namedPlacePreps[strings.ToLower(ws[0])] &&
			(f.end == len(b) || strings.IndexByte(",.;)", b[f.end]) >= 0)
	}},
	{"one of", func(b string, f figure) bool {
		if !f.spelled || f.value != 1 || f.scale || f.end < len(b) && b[f.end] == '-' {
			return false // not "one", or "one-year-old"
		}
		k := skipSpaceInline(b, f.end)
		next := strings.ToLower(letterRun(b, k))
		if personNoun(next) || countNouns[next] {
			return false
		}
		if lastOfCounts(b, f.start) && !timeUnits[next] {
			return false // "seven patrol vessels, two helicopters and one aircraft"
		}
		switch strings.ToLower(wordBefore(b, f.start)) {
		case "killing", "killed", "wounding", "wounded", "injuring", "injured":
			if next == "" || next == "and" {
				return false // "opened fire on migrants, killing one and wounding five"
			}
		}
		// "one Turkish soldier", "one young boy": adjectives, then a person.
		for n := 0; n < 2 && next != "" && !npStop[next] && next != "of"; n++ {
			k = skipSpaceInline(b, k+len(next))
			if next = strings.ToLower(letterRun(b, k)); personNoun(next) && next != "others" && next != "them" {
				return false
			}
		}
		return true
	}},
	{"known", func(b string, f figure) bool {
		// "the two countries", "its three bases": a number under ten that
		// points at things already named. A larger figure after "the"
		// still tells a count ("the 12 observation posts", "some of the
		// 3.6 million refugees").
		w := strings.ToLower(wordBefore(b, f.start))
		compound := f.end < len(b) && b[f.end] == '-' // "the six-year-old war"
		if (possessives[w] || w == "whose") && kinAfter(b, f.end) {
			// "with his wife and their four children", "a family whose six
			// children sleep under one tarpaulin": a family's size
			return false
		}
		if (w == "our" || w == "my") && ownResources(b, f.end) {
			// "Our two mobile teams", "my three nurses": a speaker's own
			// means, told for the first time
			return false
		}
		if w == "the" && strings.HasPrefix(strings.ToLower(b[skipSpaceInline(b, f.end):]), "of us") {
			return false // "Where do the nine of us sleep?": a household's size
		}
		if w == "the" && newWhole(b, f) {
			return false // "Of the 40 tents in our camp, 27 are under water": a whole told first here
		}
		return definiteWords[w] && !f.vague && f.value < 10 && !f.isRange && !compound
	}},
	{"this one", func(b string, f figure) bool {
		// "four families in this one tent": "one" stresses the thing
		// pointed at; it counts nothing the reader did not see
		return strings.EqualFold(wordBefore(b, f.start), "this") && f.spelled && f.value == 1 && !f.isRange &&
			!strings.EqualFold(letterRun(b, skipSpaceInline(b, f.end)), "in")
	}},
	{"all-known", func(b string, f figure) bool {
		// "on all three islands": the things named before, all of them
		// (not "all four children were killed")
		return strings.EqualFold(wordBefore(b, f.start), "all") && f.spelled && f.value < 10 && !f.isRange &&
			!personNoun(strings.ToLower(letterRun(b, skipSpaceInline(b, f.end))))
	}},
	{"page counter", func(b string, f figure) bool {
		// "Photos (4) : AFP Galerie · Partager · Commentaires (3)": a
		// page's counts of its own pictures and comments
		if f.start == 0 || b[f.start-1] != '(' || f.end >= len(b) || b[f.end] != ')' {
			return false
		}
		return pageCounters[strings.ToLower(wordBefore(b, f.start-1))]
	}},
	{"known-again", knownAgain},
	{"elided-duration", elidedDuration},
	{"time left", timeLeft},
	{"day-ordinal", func(b string, f figure) bool {
		// "This is day six of Turkey's offensive": a day's number
		w := strings.ToLower(wordBefore(b, f.start))
		return (w == "day" || w == "week") && f.value < 400 && !f.isRange && !f.scale && f.unit == "" &&
			!personNoun(strings.ToLower(letterRun(b, skipSpaceInline(b, f.end))))
	}},
	{"fraction", func(b string, f figure) bool {
		// "two-thirds", "one-fifth"
		if f.end < len(b) && b[f.end] == '-' {
			w := strings.ToLower(letterRun(b, f.end+1))
			return strings.HasSuffix(w, "third") || strings.HasSuffix(w, "thirds") || strings.HasSuffix(w, "fifth") ||
				strings.HasSuffix(w, "fifths") || strings.HasSuffix(w, "quarter") || strings.HasSuffix(w, "quarters")
		}
		return false
	}},
	{"foreign sentence", foreignSentence},
	{"denied", deniedFigure},
	{"long bare number", func(b string, f figure) bool {
		// "zvani 90006611 (1,42 €)": seven digits or more with no
		// separator are a phone number or a reference, never a count a
		// story writes
		return f.digits && !f.scale && f.unit == "" && !f.isRange && f.end-f.start >= 7 && allDigits(b[f.start:f.end])
	}},
	{"early year", func(b string, f figure) bool {
		// "came from Spain in 1492, and": a year before the scanner's
		// range, after "in" or "since" and closing its clause
		if !f.digits || f.end-f.start != 4 || !allDigits(b[f.start:f.end]) || f.value < 1000 || f.value >= 1800 {
			return false
		}
		w := strings.ToLower(wordBefore(b, f.start))
		return (w == "in" || w == "since") && (f.end == len(b) || strings.ContainsRune(",.;)", rune(b[f.end])))
	}},
}

// deniedFigure reports a figure set against the one before it and
// denied, closing its sentence or set off by commas: "thousands of
// migrants are camped in the fields, not tens of thousands", "It was 44,
// not 144.", "about 300 families, not 30, reached the camp".
func deniedFigure(b string, f figure) bool {
	j := skipSpaceBack(b, f.start)
	if j < 4 || !strings.EqualFold(b[j-3:j], "not") || j > 3 && isLetter(b[j-4]) {
		return false
	}
	if k := skipSpaceBack(b, j-3); k == 0 || b[k-1] != ',' {
		return false
	}
	rest := b[f.end:]
	for _, q := range []string{`"`, "”", "’", "'", ")"} {
		rest = strings.TrimPrefix(rest, q) // "... families, not thousands”."
	}
	return rest == "" || rest[0] == '.' || rest[0] == '\n' || rest[0] == ';' || rest[0] == ','
}

// siteNouns after "Name N" make the number part of the site's name.
var siteNouns = wordSet(`camp settlement site`)

// spelledSmall are the spelled numbers of a loose range: "three or four".
var spelledSmall = wordSet(`one two three four five six seven eight nine ten eleven twelve`)

// fileSizeUnits after a figure make it the size of a file.
var fileSizeUnits = wordSet(`kb mb gb kib mib gib kbytes mbytes bytes`)

// gluedScale reports a bare scale word ("million") right after a token that
// ends in digits glued to letters: the "million" of "JD2.8 million" or
// "Rs5 million" is the scale of an amount the scanner did not read as a
// figure, not "a million" of something.
func gluedScale(b string, f figure) bool {
	if f.digits || !f.spelled || !f.scale || f.vague {
		return false
	}
	j := skipSpaceBack(b, f.start)
	return j < f.start && j > 0 && isDigit(b[j-1])
}

// smsCode reports the short number a text message goes to: "SMS la 8844",
// "text WINTER to 50300": digits alone, right after "to" (or its like) or
// "SMS", a few words after "SMS" or "text".
func smsCode(b string, f figure) bool {
	if !f.digits || !allDigits(b[f.start:f.end]) || f.end-f.start < 4 {
		return false
	}
	if after := strings.ToLower(b[f.end:min(len(b), f.end+10)]); strings.Contains(after, "sms") {
		return true // "KIZILAY yazıp 2868’e SMS gönderin": the number to text, then the word
	}
	if after := strings.ToLower(b[f.end:min(len(b), f.end+20)]); strings.Contains(after, "gönder") && strings.Contains(strings.ToLower(b[max(0, f.start-16):f.start]), "yaz") {
		return true // "IDLIB yazıp 2868'e gönderin": write the word, send it to the number
	}
	if before := strings.ToLower(b[max(0, f.start-32):f.start]); !strings.Contains(before, "sms") && !strings.Contains(before, "text ") {
		return false
	}
	switch strings.ToLower(wordBefore(b, f.start)) {
	case "to", "la", "an", "au", "al", "a", "í", "à", "sms", "na":
		return true
	}
	// "SMS ... to number 1337", "siųskite SMS ... numeriu 1337": the word
	// for a number, in the languages of the outlets' boxes
	return smsNumberWords[strings.ToLower(wordBefore(b, f.start))]
}

// smsNumberWords say "number" right before the number a text goes to.
var smsNumberWords = wordSet(`number numeriu numerį numer nummer numero número numéro numeru`)

// lastingVerbs say how long something took or someone stayed before a
// hedged duration: "takes between two and four days", "would last about
// two weeks", "could stay no longer than four weeks".
var lastingVerbs = wordSet(`takes took take lasted lasts last stay stayed spent spend waited wait`)

// namedPlacePreps stand before a place's name: "sent on to Domiz 1".
var namedPlacePreps = wordSet(`to at in from near into inside outside around`)

// excluded returns the name of the first notFact rule that drops f, or "".
func excluded(body string, f figure) string {
	for _, r := range notFacts {
		if r.test(body, f) {
			return r.name
		}
	}
	return ""
}

// ratePhrases follow a currency's price in another: "traded at 6.19
// against the dollar".
var ratePhrases = []string{" against the dollar", " against the euro", " to the dollar", " to the euro", " per dollar"}

// costVerbs give a price after what it buys: "for one family costs R350".
var costVerbs = wordSet(`costs cost costing`)

// pronounIs reports text that ends in "she's " or "he's ", the words
// before an age: "she's 63".
func pronounIs(before string) bool {
	low := strings.ToLower(before)
	for _, p := range []string{" she's ", " he's ", " she’s ", " he’s "} {
		if strings.HasSuffix(" "+low, p) {
			return true
		}
	}
	return false
}

// imBefore reports "I’m " with a curly apostrophe right before a number,
// which the word readers split: "I’m 29 and I have never been this
// tired".
func imBefore(before string) bool {
	low := strings.ToLower(before)
	return strings.HasSuffix(low, " i’m ") || low == "i’m " || strings.HasSuffix(low, "\"i’m ") || strings.HasSuffix(low, "“i’m ")
}

// agedPair reports a number after "aged N and" or "aged N or": the
// second of two ages, "his nephews, aged 4 and 9".
func agedPair(b string, f figure) bool {
	ws := strings.Fields(strings.ToLower(b[max(0, f.start-24):f.start]))
	n := len(ws)
	return n >= 3 && (ws[n-1] == "and" || ws[n-1] == "or") && allDigits(strings.Trim(ws[n-2], ",")) && ws[n-3] == "aged"
}

// guessedAge reports the three words before a number that guess a
// person's age: "she must be 70", "he might be 80".
func guessedAge(ws []string) bool {
	return len(ws) == 3 && (ws[0] == "she" || ws[0] == "he") && (ws[1] == "must" || ws[1] == "might" || ws[1] == "may" || ws[1] == "could") && ws[2] == "be"
}

// definiteWords before a small number make it a reference, not a count.
var definiteWords = map[string]bool{
	"the": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"these": true, "those": true, "whose": true, "my": true, "your": true, "both": true,
}

// kinNouns after a possessive and a number tell the size of a family,
// which the reader did not know before: "their four children".
var kinNouns = wordSet(`children kids sons daughters brothers sisters grandchildren siblings boys girls`)

// kinAges may stand between a number and a kin noun: "her three small
// children", "my two little brothers".
var kinAges = wordSet(`young small little teenage adult grown elder eldest older younger youngest`)

// kinAfter reports a kin noun after end, perhaps behind one word of age.
func kinAfter(b string, end int) bool {
	k := skipSpaceInline(b, end)
	w := letterRun(b, k)
	if hasLower(kinAges, w) {
		w = letterRun(b, skipSpaceInline(b, k+len(w)))
	}
	return hasLower(kinNouns, w)
}

// ownResources reports, after a number that follows "our" or "my", the
// teams, staff or means a speaker counts: "two mobile teams", "three
// nurses", perhaps behind one adjective.
func ownResources(b string, end int) bool {
	k := skipSpaceInline(b, end)
	w := strings.ToLower(letterRun(b, k))
	if resourceNouns[w] {
		return true
	}
	next := strings.ToLower(letterRun(b, skipSpaceInline(b, k+len(w))))
	return w != "" && !timeUnits[w] && resourceNouns[next]
}

// resourceNouns are the means an aid group counts of its own.
var resourceNouns = wordSet(`teams team clinics clinic doctors nurses surgeons medics staff volunteers ambulances trucks
	tents kitchens schools shelters centres centers warehouses drivers`)

// ratioWords stand before "every" in a ratio: "one doctor serves every
// 3,000 residents", "one latrine for every 70 people".
var ratioWords = wordSet(`serves serving per for`)

// firstCellNumber reports a small number that ends the first cell of a
// table row after a capitalised name, with a column gap or a pipe after
// it: "Domiz 1" in "Domiz 1         Duhok      319" or "Domiz 1 | 1 137".
func firstCellNumber(b string, f figure) bool {
	if !f.digits || f.value >= 10 || f.end >= len(b) {
		return false
	}
	lineStart := strings.LastIndexByte(b[:f.start], '\n') + 1
	cell := b[lineStart:f.start]
	if cell == "" || columnGap(cell) || strings.ContainsAny(cell, "|0123456789") || !isUpper(cell[0]) {
		return false
	}
	lineEnd := strings.IndexByte(b[f.end:], '\n')
	if lineEnd < 0 {
		lineEnd = len(b) - f.end
	}
	rest := b[f.end : f.end+lineEnd]
	gap := rest[:len(rest)-len(strings.TrimLeft(rest, " \t"))]
	if strings.HasPrefix(strings.TrimLeft(rest, " \t"), "|") {
		return hasDigit(rest) // "Domiz 1 | 1 137": a pipe ends the name's cell
	}
	return columnGap(gap) && hasDigit(rest)
}

// identifierNouns are followed by a number that names, not counts.
var identifierNouns = map[string]bool{
	"resolution": true, "resolutions": true, "article": true, "route": true, "highway": true,
	"road": true, "phase": true, "chapter": true, "section": true, "room": true,
	"flight": true, "no": true, "number": true, "law": true, "decree": true, "block": true,
	"sector": true, "brigade": true, "division": true, "regiment": true, "battalion": true,
	"paragraph": true, "item": true, "page": true, "line": true, "tel": true, "phone": true,
	"fax": true, "box": true, "gate": true, "platform": true, "hall": true, "grade": true,
	"level": true, "protocol": true, "channel": true, "code": true, "vol": true, "volume": true,
	"episode": true, "season": true, "version": true, "exit": true, "kilometre": true, "kilometer": true,
	"km": true, "unit": true, "district": true, "zone": true, "ward": true, "camp": false, "building": true, "apartment": true, "hotline": true,
}

// dwellingSizes follow a number and a hyphen to give the size of a
// dwelling.
var dwellingSizes = wordSet(`room roomed bedroom bedroomed storey story storeyed storied floor bed`)

// broadcastBefore reports text, up to a frequency, that says something is
// on air: "The Morning Show airs weekdays from 6 to 10 a.m.".
func broadcastBefore(before string) bool {
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	for _, w := range clauseWords(before) {
		switch w {
		case "airs", "aired", "broadcast", "broadcasts", "listen", "tune":
			return true
		}
	}
	return false
}

// frequencyUnits follow a broadcast frequency.
var frequencyUnits = wordSet(`khz mhz ghz hz fm`)

// openingVerbs before "at" and an hour in words: "We open at eight".
var openingVerbs = wordSet(`open opens opened close closes closed start starts started`)

// dayParts name a part of the day before "at" and an hour.
var dayParts = wordSet(`morning evening night afternoon dawn midnight noon`)

// versionWords come before a version number.
var versionWords = wordSet(`BY SA ND NC version Version v V Attribution NonCommercial NoDerivatives NoDerivs ShareAlike`)

// currencyWords after a figure make it money.
var currencyWords = map[string]bool{
	"escudos": true, "escudo": true,
	"dollars": true, "dollar": true, "euros": true, "euro": true, "pounds": true, "pound": true,
	"lira": true, "liras": true, "usd": true, "eur": true, "gbp": true, "francs": true,
	"dinars": true, "dinara": true, "denars": true, "denara": true, "rubles": true, "roubles": true, "yen": true, "yuan": true, "riyals": true,
	"dirhams": true, "cents": true, "lire": true, "shekels": true, "rupees": true, "dinar": true,
	"zlotys": true, "zloty": true, "forints": true, "crowns": true, "kronor": true, "kroner": true,
	"pesos": true, "ringgit": true, "naira": true, "shillings": true, "rand": true, "won": true,
	"riyal": true, "dirham": true, "franc": true, "rials": true, "rial": true,
	"kuna": true, "kunas": true, "lei": true, "leva": true, "lev": true, "hryvnia": true, "hryvnias": true,
	"tenge": true, "som": true, "soms": true, "meticais": true, "kwacha": true, "cedis": true, "birr": true,
	"kip": true, "riel": true, "kyat": true, "taka": true, "rupiah": true, "baht": true, "dong": true,
	"dobras": true, "dobra": true, "tala": true, "vatu": true, "pa'anga": true,
	"manat": true, "manats": true, "lari": true, "dram": true, "drams": true, "afghani": true, "afghanis": true,
	"somoni": true, "sum": true, "tugrik": true, "lempiras": true, "quetzales": true, "soles": true, "reais": true,
	"bolivianos": true, "guaranies": true, "colones": true, "cordobas": true,
	"krónur": true, "kronur": true, "krona": true, "krone": true, "kr": true,
	// the euro as Estonian, Finnish, Baltic, Slavic and Polish inflect it:
	// "alates 9,90 eurost", "10 euroa", "5 eurų", "20 eurów"
	"eurot": true, "eurost": true, "euroa": true, "eura": true, "eurų": true,
	"eurów": true, "eiro": true, "eiras": true, "evra": true, "evrov": true, "evri": true, "evre": true,
}

// currencyStems open the inflected names of currencies: Hungarian
// "forinttól", Polish "złotych", Czech "korun", Russian "рублей".
var currencyStems = []string{"forint", "złot", "zlot", "korun", "rubl", "рубл"}

// currencyCodes are ISO codes written in capitals before or after an
// amount: "USD 4.5 million", "3,000 EUR", "50,000 SYP".
var currencyCodes = wordSet(`USD EUR GBP CHF JPY CNY SYP LBP JOD IQD TRY EGP SAR AED QAR KWD ILS IRR RUB
	OMR BHD MAD TND DZD KES NGN ZAR INR PKR MYR SEK NOK DKK CZK HUF PLN Rs RM
	QR SR Dh Dhs LL KD BD ISK SBD AOA Kz XOF XAF CFA FCFA GHS UGX TZS ETB RWF MZN ZMW BWP NAD SZL MUR SCR
	MVR Birr AUD NZD CAD FJD PGK WST TOP THB KGS KZT MNT LAK MOP HKD SGD IDR PHP VND BDT LKR NPR BRL ARS MXN
	CLP COP PEN GYD JMD TTD BMD KYD RON BGN HRK RSD ALL BAM MKD UAH GEL AMD AZN EEK TL ECV CVE
	KMF DJF SOS SDG SSP ERN BIF CDF GNF MGA MWK LRD SLL SLE GMD LSL STN MRU LYD YER AFN Sh KSh TSh USh JD Bs MK Tk YR DA DH DT MRU
	FBu Fbu FRW Frw FC FG Fdj Rp Ft`) // "QR 20 million": riyals, dirhams, Lebanese pounds, dinars as Gulf and Levant pages write them

// amountIn reports text that names an amount of money: "CZK 500",
// "€30", "500 euros".
func amountIn(text string) bool {
	words := strings.Fields(text)
	for k, w := range words {
		w = strings.Trim(w, ",;()")
		if k == len(words)-1 {
			w = strings.TrimRight(w, ".!?") // "für 0,99 Euro."
		}
		if w == "" {
			continue
		}
		if strings.ContainsAny(w, "$€£") && (hasDigit(w) || k > 0 && hasDigit(words[k-1])) {
			return true // "$5", "0,99 €"
		}
		if currencyCodes[w] && (k+1 < len(words) && hasDigit(words[k+1]) || k > 0 && hasDigit(words[k-1])) {
			return true
		}
		if currencyWords[strings.ToLower(w)] && k > 0 && hasDigit(words[k-1]) {
			return true
		}
	}
	return false
}

func isMoney(b string, f figure) bool {
	i := f.start
	// "$1.2 billion", "€6bn", "US$ 5", "£50"
	for _, sym := range []string{"$", "€", "£", "¥", "₱", "₹", "₦", "₺", "₩", "₪", "₽", "S/"} {
		j := skipSpaceBack(b, i)
		if strings.HasSuffix(b[:j], sym) {
			return true
		}
		if k := j - len(wordBefore(b, j)); k < j && j-k <= 2 && isUpper(b[k]) && strings.HasSuffix(b[:k], sym) {
			return true // "$U 390 por mes": the peso's sign and letter
		}
	}
	if currencyCodes[wordBefore(b, f.start)] {
		return true
	}
	if randThousands(b, f.start) {
		return true // "costs about R1 800": the rand's thousands
	}
	if strings.HasPrefix(b[f.end:], "/-") {
		return true // "1,000/- buli wiiki": shillings as East Africa writes them
	}
	k := f.end
	cents := false
	if k+2 < len(b) && b[k] == ',' && isDigit(b[k+1]) && isDigit(b[k+2]) && (k+3 == len(b) || !isDigit(b[k+3])) {
		k += 3 // "4,99 €": a decimal comma's cents
		cents = true
	}
	k = skipSpaceInline(b, k)
	for _, sym := range []string{"€", "£", "₺", "₽", "₪", "₹", "₦", "₱", "₩", "¥", "$"} {
		if strings.HasPrefix(b[k:], sym) {
			return true // "4,99 € mjesečno", "19.90 ₪": the sign after the amount
		}
	}
	if w := letterRun(b, k); cents && len(w) >= 2 && len(w) <= 3 && strings.ToUpper(w) == w {
		return true // "9,90 KM mjesečno": cents, then a currency's letters
	}
	if !cents {
		k = skipSpaceInline(b, f.end)
		for k+3 <= len(b) && allDigits(b[k:k+3]) && (k+3 == len(b) || !isDigit(b[k+3])) && k > f.end {
			k = skipSpaceInline(b, k+3) // "5 000 FCFA": thousands the figure did not take
		}
		if f.vague && strings.EqualFold(letterRun(b, k), "of") {
			if next := strings.ToLower(letterRun(b, skipSpaceInline(b, k+2))); currencyWords[next] {
				return true // "hundreds of dollars"
			}
		}
	} // else past the cents: "9,90 euro i månaden"
	first := letterRun(b, k)
	if currencyCodes[first] {
		return true
	}
	if strings.HasPrefix(b[k:], "złot") || strings.HasPrefix(b[k:], "zł") && (k+len("zł") == len(b) || !isLetter(b[k+len("zł")])) {
		return true // "about 150 złoty", "20 zł": a name letterRun cuts at its "ł"
	}
	w := strings.ToLower(first)
	if currencyWords[w] {
		return true
	}
	for _, stem := range currencyStems {
		if strings.HasPrefix(w, stem) {
			return true // "havi 1000 forinttól": the currency, inflected
		}
	}
	if w == "de" || w == "d" {
		// "500 millions de dollars", "2 milliards d'euros": French money.
		if next := strings.ToLower(letterRun(b, skipSpaceInline(b, k+len(first)+1))); currencyWords[next] || next == "euros" {
			return true
		}
	}
	for _, sign := range []string{"zł", "Kč", "лв", "₴", "kn", "đồng", "₫"} {
		if strings.HasPrefix(b[k:], sign) && (k+len(sign) == len(b) || !isLetter(b[k+len(sign)])) {
			return true // "10 zł"
		}
	}
	// "300,000 Lebanese pounds", "2 billion Saudi riyals": a currency after
	// the adjective of its country.
	if first != "" && isUpper(first[0]) {
		if next := strings.ToLower(letterRun(b, skipSpaceInline(b, k+len(first)))); currencyWords[next] {
			return true
		}
	}
	// "6 billion euros" is parsed with the scale; "6 million US dollars"
	if rest := strings.ToLower(b[k:min(len(b), k+20)]); w == "to" && (strings.HasPrefix(rest, "to the dollar") || strings.HasPrefix(rest, "to the us dollar") ||
		strings.HasPrefix(rest, "to the euro") || strings.HasPrefix(rest, "to the u.s. dollar")) {
		return true // "the Syrian pound had slipped to around 1,000 to the dollar", "traded at around 640 to the US dollar": a rate
	}
	if w == "us" || w == "u" {
		k := skipSpaceInline(b, f.end)
		rest := strings.ToLower(b[k:min(len(b), k+12)])
		return strings.Contains(rest, "dollar")
	}
	return false
}

// clockHedges may stand between a preposition and the hour it gives:
// "until about 2 in the afternoon".
var clockHedges = wordSet(`about around roughly approximately nearly almost just`)

func isClockTime(b string, f figure) bool {
	if f.value >= 1 && f.value <= 12 && !f.scale && (!f.isRange || f.high <= 12) {
		// "arrive at 2 in the morning", "until eleven at night", "at two or
		// three in the morning": an hour; "until about 2 in the
		// afternoon", an hour hedged.
		before := strings.ToLower(wordBefore(b, f.start))
		if k := prevWordStart(b, f.start); clockHedges[before] && k >= 0 {
			before = strings.ToLower(wordBefore(b, k))
		}
		switch before {
		case "at", "until", "till", "by", "around", "before", "after", "since", "from":
			k := skipSpaceInline(b, f.end)
			rest := strings.ToLower(b[k:min(len(b), k+20)])
			if strings.HasPrefix(rest, "in the morning") || strings.HasPrefix(rest, "in the afternoon") ||
				strings.HasPrefix(rest, "in the evening") || strings.HasPrefix(rest, "at night") {
				return true
			}
			// "back at the clinic at seven tomorrow morning", "at six this
			// evening"
			for _, day := range []string{"tomorrow ", "this ", "tonight", "today", "yesterday "} {
				if strings.HasPrefix(rest, day) {
					next := strings.TrimPrefix(strings.TrimPrefix(rest, day), " ")
					if day == "tonight" || day == "today" || strings.HasPrefix(next, "morning") || strings.HasPrefix(next, "evening") ||
						strings.HasPrefix(next, "afternoon") || strings.HasPrefix(next, "night") {
						return true
					}
				}
			}
		}
	}
	if f.digits && f.value <= 24 && !f.isRange && !f.scale {
		// "It first aired on CJLO News at 17 h 00", "à 18 h 20": the
		// French clock's hours and minutes
		k := skipSpaceInline(b, f.end)
		if k+1 < len(b) && b[k] == 'h' && (k+1 == len(b) || !isLetter(b[k+1])) {
			if m := skipSpaceInline(b, k+1); m+1 < len(b) && isDigit(b[m]) && isDigit(b[m+1]) {
				return true
			}
		}
	}
	if j := skipSpaceBack(b, f.start); f.digits && f.end-f.start == 2 && f.value < 60 && j >= 3 && b[j-1] == 'h' && b[j-2] == ' ' && isDigit(b[j-3]) {
		return true // the minutes of "18 h 30"
	}
	if f.value >= 1 && f.value <= 12 && !f.isRange {
		// "At six o’clock we counted ...": an hour, spelled or not
		rest := strings.ToLower(b[skipSpaceInline(b, f.end):min(len(b), skipSpaceInline(b, f.end)+8)])
		if strings.HasPrefix(rest, "o'clock") || strings.HasPrefix(rest, "o’cl") || f.value == 12 && (strings.HasPrefix(rest, "noon") || strings.HasPrefix(rest, "midnigh")) {
			return true // also "in the 12 noon newscast"
		}
	}
	if !f.digits {
		return false
	}
	if liveClock(b, f) {
		return true
	}
	j := f.end
	if j+1 < len(b) && b[j] == ':' && isDigit(b[j+1]) {
		return true
	}
	if f.start >= 2 && b[f.start-1] == ':' && isDigit(b[f.start-2]) {
		return true // the minutes of "the 12:30 distribution"
	}
	k := skipSpaceInline(b, j)
	rest := strings.ToLower(b[k:min(len(b), k+5)])
	for _, p := range []string{"a.m", "p.m", "am ", "pm ", "am.", "pm.", "am,", "pm,", "gmt", "utc", "hrs", "o'cl", "h00", "uur ", "uur.", "uhr ", "uhr.", "uhr,"} { // and "um 19.30 Uhr"
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	if rest == "am" || rest == "pm" {
		return true
	}
	if dottedClockEntry(b, f) || dottedClockAfter(b, f) {
		return true
	}
	if dottedClock(b[f.start:f.end]) && hasLower(clockPreps, wordBefore(b, f.start)) && (f.end == len(b) || strings.IndexByte(".,;\n", b[f.end]) >= 0) {
		return true // "coverage continues tomorrow from 7.30.", "klo 21.40" over an entry
	}
	if ws := wordsBefore(b, f.start, 2); dottedClock(b[f.start:f.end]) && len(ws) == 2 && ws[1] == "at" && (isWeekday(ws[0]) || ws[0] == "tomorrow" || ws[0] == "today") {
		return true // "a new rally is planned for Saturday at 13.00 outside the town hall"
	}
	if dottedClock(b[f.start:f.end]) && f.start >= 4 && strings.EqualFold(b[f.start-4:f.start], "kl. ") {
		return true // "Kl. 21.40": Danish and Norwegian "at", abbreviated
	}
	// "at 0600"
	return false
}

// isWeekday reports a weekday's name in lower case.
func isWeekday(w string) bool {
	_, ok := weekdayNames[w]
	return ok
}

// dottedClockEntry reports a clock written with a dot that opens a live
// entry before a dash, "18.40 – Prime Minister Boyko Borissov said": an
// hour and minutes, not a decimal.
func dottedClockEntry(b string, f figure) bool {
	if f.start > 0 && b[f.start-1] != '\n' || !dottedClock(b[f.start:f.end]) {
		return false
	}
	k := skipSpaceInline(b, f.end)
	return strings.HasPrefix(b[k:], "–") || strings.HasPrefix(b[k:], "—") || strings.HasPrefix(b[k:], "- ") || strings.HasPrefix(b[k:], "|")
}

// dottedClock reports hours and minutes written with a dot, "9.50",
// "18.40".
func dottedClock(t string) bool {
	h, m, ok := strings.Cut(t, ".")
	return ok && len(h) > 0 && len(h) <= 2 && len(m) == 2 && allDigits(h) && allDigits(m) && !(h > "23" && len(h) == 2) && m <= "59"
}

// clockPreps and clockAfter frame a dotted clock in a sentence: "by 9.50
// on Sunday morning", "at 18.40 local time".
var (
	clockPreps = wordSet(`at by until till before after around from since of kl klo kello ob`) // "as of 10.30 local time"; Danish, Norwegian, Swedish, Finnish and Slovene "at"
	clockAfter = wordSet(`on this local am pm gmt cet eet utc cest eest hours`)
)

// dottedClockAfter reports a dotted clock inside a sentence, after a
// preposition of time and before a day or a zone: "had left by 9.50 on
// Sunday morning".
func dottedClockAfter(b string, f figure) bool {
	if !dottedClock(b[f.start:f.end]) || !hasLower(clockPreps, wordBefore(b, f.start)) {
		return false
	}
	return hasLower(clockAfter, letterRun(b, skipSpaceInline(b, f.end)))
}

func isDate(b string, f figure) bool {
	if !f.digits {
		return false
	}
	// Inside a full date: "2020-02-21", "17/02/2020", "May 31, 2019".
	lo, hi := max(0, f.start-12), min(len(b), f.end+12)
	for lo > 0 && b[lo]&0xc0 == 0x80 {
		lo--
	}
	for hi < len(b) && b[hi]&0xc0 == 0x80 {
		hi++
	}
	for from := lo; from < f.start; {
		_, s, e, ok := findDate(b[from:hi])
		if !ok {
			break
		}
		if from+s <= f.start && f.start < from+e {
			return true
		}
		from += s + 1
	}
	if f.isRange && f.value > 31 {
		return false
	}
	if f.value > 31 || f.value != float64(int(f.value)) || f.unit != "" || f.scale {
		return false
	}
	// Month before: "May 31", "Jan. 20", "October 15th".
	j := skipSpaceBack(b, f.start)
	if j > 0 && b[j-1] == '.' {
		j--
	}
	k := j
	for k > 0 && isLetter(b[k-1]) {
		k--
	}
	if _, ok := monthNames[strings.ToLower(b[k:j])]; ok && k < j && isUpper(b[k]) && j < f.start {
		return true
	}
	// A weekday before: "Monday 14", "Thursday 17 (until noon)", a day of
	// the month in a table of days; not "Monday 14 people".
	if _, ok := weekdayNames[strings.ToLower(b[k:j])]; ok && k < j && isUpper(b[k]) && j < f.start && b[j] != '.' {
		// (not "on Thursday. 15 Turkish troops have been killed": a new
		// sentence)
		if next := letterRun(b, skipSpaceInline(b, f.end)); next == "" || !isLower(next[0]) {
			return true
		}
	}
	// Month after: "9 October", "17 Feb", "18. Juli"; or after a second
	// day: "on 8 and 9 January".
	dot := 0
	if f.end+1 < len(b) && b[f.end] == '.' && b[f.end+1] == ' ' {
		dot = 1 // the German and Nordic day's dot
	}
	n := skipSpaceInline(b, f.end+dot)
	if n > f.end+dot {
		if _, _, ok := monthAt(b, n); ok {
			return true
		}
		if hasWordFold(b[n:], "and") || hasWordFold(b[n:], "or") {
			m := skipSpaceInline(b, n+len(letterRun(b, n)))
			d := m
			for d < len(b) && isDigit(b[d]) {
				d++
			}
			if d > m && d-m <= 2 {
				if e := skipSpaceInline(b, d); e > d {
					if _, _, ok := monthAt(b, e); ok {
						return true
					}
				}
			}
		}
	}
	// "17/02/2020", "2020-02-21"
	if f.end < len(b) && (b[f.end] == '/' || b[f.end] == '.' && f.end+1 < len(b) && isDigit(b[f.end+1])) {
		return true
	}
	return false
}

// ageAdjectives state an age in "as young as six", "as old as 90".
var ageAdjectives = wordSet(`young old`)

// ageDeterminers and ageNounEnds mark "a six-year-old" used as a noun: a
// determiner before it and no noun after it.
var (
	ageDeterminers = wordSet(`a an my our his her their your the this`)
	compassWords   = wordSet(`northern southern eastern western north south east west northeastern northwestern southeastern southwestern upper lower`)
	yearEvents     = wordSet(`crisis crises influx exodus wave deal agreement convention summit`) // "the 2015 refugee crisis"
	agedThings     = wordSet(`war wars conflict conflicts crisis crises siege blockade occupation insurgency uprising revolution ban ceasefire truce dispute feud campaign camp camps law policy agreement deal programme program regime`)
	ageNounEnds    = wordSet(`and or but who whose is was has had with in at from now said says told`)
)

// parentNouns before "of N" count a parent's children: "a mother of six".
var parentNouns = wordSet(`mother father parent`)

// ageNouns follow "N-year-old" when it gives a person's age.
var ageNouns = map[string]bool{
	"boy": true, "girl": true, "man": true, "woman": true, "child": true, "son": true,
	"daughter": true, "mother": true, "father": true, "baby": true, "infant": true,
	"student": true, "teenager": true, "resident": true, "farmer": true, "refugee": true,
	"brother": true, "sister": true, "grandmother": true, "grandfather": true, "widow": true,
	"girls": true, "boys": true, "children": true, "men": true, "women": true, "toddler": true,
	"soldier": true, "fighter": true, "nephew": true, "niece": true, "grandson": true, "granddaughter": true,
	"worker": true, "pupil": true, "victim": true, "survivor": true, "orphan": true, "patient": true,
}

func isAge(b string, f figure) bool {
	if f.scale || f.value >= 130 {
		return false
	}
	ws3 := wordsBefore(b, f.start, 3) // the three words before, read once
	ws2 := ws3[max(0, len(ws3)-2):]
	if len(ws2) == 2 && (ws2[0] == "aged" || ws2[0] == "ages") && (ws2[1] == "between" || ws2[1] == "from") {
		return true // "aged between 20 and 40"
	}
	if f.isRange {
		// "aged 20 to 40", "only 12 or 13 years old"
		rest := strings.ToLower(strings.TrimLeft(b[f.end:min(len(b), f.end+12)], " "))
		if len(ws2) == 2 && ws2[1] == "of" && ageNouns[ws2[0]] && f.high < 20 {
			// "children of eight or nine who have stopped speaking"
			if u := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end))); u == "" || timeUnits[u] || !personNoun(u) && !countNouns[u] && unitNames[u] == "" {
				return true
			}
		}
		return strings.EqualFold(wordBefore(b, f.start), "aged") || strings.EqualFold(wordBefore(b, f.start), "ages") ||
			strings.HasPrefix(rest, "years old") || strings.HasPrefix(rest, "months old")
	}
	// "I'm 58 and I thought I'd seen hardship", "She told me she's 63.":
	// the speaker's age, or the age of whom they speak of
	if f.unit == "" && !f.isRange && f.value >= 10 && (len(ws2) == 1 && (ws2[0] == "i'm" || ws2[0] == "i’m") || len(ws2) == 2 && ws2[0] == "i" && ws2[1] == "am" ||
		pronounIs(b[max(0, f.start-8):f.start]) || guessedAge(ws3) || imBefore(b[max(0, f.start-6):f.start])) {
		if next := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end))); next == "" || next == "and" || next == "now" || next == "years" {
			return true
		}
	}
	// "Ali, 50," after a name.
	j := skipSpaceBack(b, f.start)
	if saidNameAgeEnd(b, f, j) {
		return true
	}
	if e := skipSpaceInline(b, f.end); j > 0 && b[j-1] == ',' && e < len(b) && b[e] == ',' && e-f.end <= 1 {
		k := skipSpaceBack(b, j-1)
		w := k
		for w > 0 && (isLetter(b[w-1]) || b[w-1] >= 0x80) {
			w--
		}
		if w < k && isUpper(b[w]) {
			return true
		}
		if w > 1 && b[w-1] == '-' && isLetter(b[w-2]) {
			// "Park Se-ra, 29,": a given name with a hyphen
			h := w - 1
			for h > 0 && isLetter(b[h-1]) {
				h--
			}
			if h < w-1 && isUpper(b[h]) && !isUpper(b[w]) {
				return true
			}
		}
		if lw := strings.ToLower(b[w:k]); w < k && f.value < 100 && (ageSubjects[lw] || (ageNouns[lw] || occupationNouns[lw]) && !strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "men")) {
			return true // "his younger brother, 16, still hopes", "an Aktobe pensioner, 63, told us"
		}
	}
	if w := strings.ToLower(wordBefore(b, f.start)); w == "aged" || w == "age" || w == "ages" {
		return true
	}
	if len(ws2) == 2 && (ws2[1] == "under" || ws2[1] == "over") && f.value <= 21 && !f.isRange &&
		(ageNouns[ws2[0]] || partWholeWords[ws2[0]] || ws2[0] == "people" || ws2[0] == "those" || ws2[0] == "refugees" || ws2[0] == "residents" || ws2[0] == "all") {
		// "half of the displaced under 18": an age limit after the people
		// it limits, with no noun of its own after it (not "the toll has
		// risen to over 13")
		if next := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end))); next == "" || next == "years" || next == "year" {
			return true
		}
	}
	if len(ws2) == 2 && ws2[1] == "of" && ageNouns[ws2[0]] && !parentNouns[ws2[0]] && ws2[0] != "children" && f.value < 20 && !f.isRange {
		// "we met boys of 14 and 15 who had come on their own" (not "a
		// mother of six who paid smugglers": her children)
		if next := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end))); next == "and" || next == "or" || next == "who" {
			return true
		}
	}
	if f.value < 20 && !f.isRange && secondAgeOf(b, f.start) {
		return true // the second age of "boys of 14 and 15"
	}
	if f.value >= 10 && !f.isRange && personIs(ws3) {
		// "a grandmother, she's 70, who had walked": a person's age
		if next := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end))); next == "" || next == "years" || next == "now" {
			return true
		}
	}
	if bracketedAge(b, f) || namedAgePredicate(b, f) || saidNameAge(b, f) {
		return true
	}
	if ws2 := wordsBefore(b, f.start, 2); len(ws2) == 2 && ws2[1] == "of" && adultAgeNouns[ws2[0]] && f.value >= 16 && f.value < 110 && !f.isRange {
		// "I met a grandmother of 80 who walked across Iran"
		if u := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end))); u == "" || u == "who" || u == "with" || u == "from" || timeUnits[u] ||
			speechVerbs[u] {
			return true // (also "A man of 60 told me")
		}
	}
	if ws2 := wordsBefore(b, f.start, 2); len(ws2) == 2 && ws2[1] == "of" && (ws2[0] == "baby" || ws2[0] == "child" || ws2[0] == "boy" || ws2[0] == "girl" || ws2[0] == "infant") {
		// "a baby of seven months", "a boy of 12": an age
		if u := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end))); u == "" || timeUnits[u] || !personNoun(u) && !countNouns[u] && unitNames[u] == "" {
			return f.value < 20 // "A Syrian girl of eight drowned"
		}
	}
	if len(ws2) == 2 && (ws2[0] == "aged" || ws2[0] == "ages") && (ws2[1] == "under" || ws2[1] == "over") {
		return true // "one in three of the displaced aged under five"
	}
	if len(ws2) == 2 && ws2[0] == "ages" && ws2[1] == "of" {
		return true // "between the ages of 11 and 15"
	}
	if before, ok := strings.CutSuffix(strings.TrimRight(strings.ToLower(b[max(0, f.start-30):f.start]), " "), " and"); ok {
		// the 15 of "between the ages of 11 and 15"
		before = strings.TrimRight(before, "0123456789")
		if strings.HasSuffix(before, "ages of ") || strings.HasSuffix(before, "age of ") {
			return true
		}
	}
	if len(ws2) == 2 && ws2[0] == "age" && ws2[1] == "of" {
		return true // "children under the age of 12"
	}
	if len(ws3) == 3 && (ws3[0] == "aged" || ws3[0] == "ages") && ws3[2] == "and" && f.value < 120 {
		return true // "a boy and his sister, aged four and six"
	}
	if len(ws2) == 2 && (ws2[0] == "younger" || ws2[0] == "older") && ws2[1] == "than" {
		return true // "one in five of them is younger than 14"
	}
	if len(ws3) == 3 && ws3[0] == "as" && ws3[2] == "as" && ageAdjectives[ws3[1]] {
		return true // "some of them as young as six"
	}
	if ageBracket(b, f) || agePredicate(b, f) || ageAtMove(b, f) {
		return true
	}
	// "a six-year-old boy"; "50 years old"
	rest := strings.ToLower(b[f.end:min(len(b), f.end+12)])
	if strings.HasPrefix(rest, "- and ") || strings.HasPrefix(rest, "- or ") || strings.HasPrefix(rest, "- to ") {
		// "10- and 11-year-olds": the first of two ages that share the
		// second's "-year-old"
		k := skipSpaceInline(b, f.end+len(rest[:strings.IndexByte(rest[2:], ' ')+3]))
		e := k
		for e < len(b) && isDigit(b[e]) {
			e++
		}
		if e > k && (hasPrefixFold(b[e:], "-year-old") || hasPrefixFold(b[e:], "-month-old")) {
			return true
		}
	}
	if strings.HasPrefix(rest, "-year-olds") || strings.HasPrefix(rest, "-month-olds") {
		return true // "meeting 12-year-olds": an age used as a noun
	}
	if strings.HasPrefix(rest, "-year-old") || strings.HasPrefix(rest, "-month-old") {
		k := f.end + len("-year-old")
		if strings.HasPrefix(rest, "-month-old") {
			k = f.end + len("-month-old")
		}
		nationalityBefore := false
		for n := 0; n < 3; n++ {
			k = skipSpaceInline(b, k)
			w := letterRun(b, k)
			lw := strings.ToLower(w)
			afterNationality := nationalityBefore
			if n == 0 && (w == "" || ageNounEnds[lw]) && hasLower(ageDeterminers, wordBefore(b, f.start)) {
				return true // "we have a six-year-old and no blanket": an age as a noun
			}
			if (n == 0 || n == 1 && nationalityBefore) && w != "" && !isUpper(w[0]) && !agedThings[lw] && hasLower(ageDeterminers, wordBefore(b, f.start)) {
				return true // "a 40-year-old (German) protester": a person's age; not "a nine-year-old war"
			}
			nationalityBefore = n == 0 && w != "" && demonymCountry[lw] != ""
			if w == "" {
				break
			}
			if ageNouns[lw] || personNoun(lw) || occupationNouns[lw] {
				return true
			}
			if n == 0 && isUpper(w[0]) && demonymCountry[lw] == "" && !countryNames[lw] {
				return true // "Nine-year-old Amira"
			}
			if n == 1 && afterNationality && isUpper(w[0]) && !agedThings[lw] {
				return true // "a 38-year-old Syrian Kurd": a person's people
			}
			k += len(w)
		}
		return false
	}
	for _, old := range []string{"years old", "year old", "months old", "month old", "weeks old", "week old", "days old", "day old"} {
		if strings.HasPrefix(strings.TrimLeft(rest, " "), old) {
			// "50 years old", "eight months old"; not "Syria's war, which
			// turned eight years old last week", a war's length
			return !warSubject(b, f.start)
		}
	}
	return false
}

// timeUnits are the units of relative dates.
var timeUnits = map[string]bool{
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true, "hour": true, "hours": true, "fortnight": true, "decade": true,
	"decades": true, "minutes": true, "minute": true, "night": true, "nights": true,
	"winter": true, "winters": true, "summer": true, "summers": true,
	"evening": true, "evenings": true, "morning": true, "mornings": true, // "Over three evenings last week they sorted coats"
	"weekend": true, "weekends": true,
	"generation": true, "generations": true, // "My family has lived in Afrin for five generations"
}

// durationLabel reports a bare figure in a list item or table row whose
// label counts time: "Days the distribution teams expect to stay: 7",
// "| Days needed to hand it all out | 7 to 10 |".
func durationLabel(b string, f figure) bool {
	if f.unit != "" || f.value > 400 {
		return false
	}
	lineStart := strings.LastIndexByte(b[:f.start], '\n') + 1
	label := b[lineStart:f.start]
	if !strings.ContainsAny(label, ":|") || strings.Count(label, "|") > 2 {
		return false
	}
	label = strings.TrimLeft(label, "|-•* \t")
	w := strings.ToLower(letterRun(label, 0))
	return w == "days" || w == "weeks" || w == "months" || w == "hours" || w == "nights"
}

// isRelativeDate drops "in the past two weeks", "two years ago", "the last
// 24 hours", "within 30 days", "two days later": they set a period or a
// moment, they count nothing.
func isRelativeDate(b string, f figure) bool {
	unit := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end)))
	if unit == "more" || unit == "extra" || unit == "further" {
		// "asked for 30 more days", "two extra weeks": time added to a
		// stay or a deadline ("two more years of war" counts the war's
		// years).
		next := strings.ToLower(letterRun(b, skipSpaceInline(b, skipSpaceInline(b, f.end)+len(unit))))
		return timeUnits[next] && next != "year" && next != "years" && next != "decade" && next != "decades"
	}
	if !timeUnits[unit] {
		return false
	}
	if (unit == "winter" || unit == "summer") && f.value > 1 {
		return false // "350 winter kits": the season names the kits
	}
	if unit != "years" && unit != "year" && unit != "decades" && unit != "decade" {
		if ws := wordsBefore(b, f.start, 2); len(ws) == 2 && (ws[1] == "is" || ws[1] == "was") &&
			(strings.EqualFold(ws[0], "that") || strings.EqualFold(ws[0], "it") || strings.EqualFold(ws[0], "this")) {
			return true // "That is five days, not peace": how long something lasts
		}
		if p := prevNonSpace(b, f.start); p > 0 && b[p] == ',' && timeUnits[strings.ToLower(lastWordBefore(b, p, max(0, p-20)))] {
			return true // "a pause of 120 hours, five days": the same time restated
		}
	}
	prev := strings.ToLower(wordBefore(b, f.start))
	if hedgeBeforeFor[prev] {
		// "stay for up to nine days", "for about six months", "the
		// highest in more than three years", "in little more than two weeks":
		// look past the hedge for the "for" or "in".
		for k, n := f.start, 0; n < 4; n++ {
			w, at := wordBack(b, k)
			if w == "" {
				break
			}
			if lw := strings.TrimLeft(strings.ToLower(w), "“‘«„"); lw == "for" || (lw == "in" || lw == "within") && !ofAfterUnit(b, f.end, unit) {
				prev = lw
				break
			} else if (lw == "after" || lw == "over") && unit != "years" && unit != "year" {
				prev = lw // "after about seven months at sea" (not "at war after more than eight years")
				break
			} else if lastingVerbs[lw] {
				prev = lw // "takes between two and four days", "would last about two weeks", "could stay no longer than four weeks"
				break
			}
			k = at
		}
	}
	if k := skipSpaceInline(b, skipSpaceInline(b, f.end)+len(unit)); opensSentence(b, f.start) && k < len(b) &&
		(subjectPronouns[strings.ToLower(letterRun(b, k))] || strings.HasPrefix(b[k:], "is a ") || strings.HasPrefix(b[k:], "is too ")) {
		// "Six years we lived under plastic", "Eight years is a long time
		// to live in a tent": how long, before the clause it qualifies or
		// as its subject.
		return true
	}
	if k := skipSpaceInline(b, skipSpaceInline(b, f.end)+len(unit)); k < len(b) && durationSubject(b[k:]) &&
		(opensSentence(b, f.start) || prev == "but" || prev == "and" || prev == "yet" || prev == "so") {
		// "I hope it holds, but five days is not long": how long, as the
		// subject of what is said of it
		return true
	}
	if k := skipSpaceInline(b, skipSpaceInline(b, f.end)+len(unit)); k < len(b) {
		if w := strings.ToLower(letterRun(b, k)); w == "now" || w == "already" || w == "later" {
			return true // "Three nights now, and dozens of us ...": how long so far
		}
	}
	if f.spelled && f.value == 1 && unit == "day" && prev != "for" && prev != "in" {
		// "go home one day,": some day, a moment to come.
		k := skipSpaceInline(b, skipSpaceInline(b, f.end)+len(unit))
		if k >= len(b) || strings.IndexByte(",.;!?\"", b[k]) >= 0 || strings.HasPrefix(b[k:], "\u201d") {
			return true
		}
		if futureModals[prev] || prev == "can" || prev == "must" || prev == "should" {
			return true // "every country can one day need help"
		}
	}
	if ws := wordsBefore(b, f.start, 4); len(ws) >= 2 {
		// "a crossing of up to ten days": how long a journey takes;
		// "babies of three or four weeks": how old
		for i := len(ws) - 1; i >= 1 && i >= len(ws)-3; i-- {
			if strings.EqualFold(ws[i], "of") && ofDuration[strings.ToLower(ws[i-1])] {
				return true
			}
		}
	}
	if ws := wordsBefore(b, f.start, 5); len(ws) >= 2 {
		n := len(ws)
		if objectPronouns[strings.ToLower(ws[n-1])] && (ws[n-2] == "took" || ws[n-2] == "takes" || ws[n-2] == "take" || ws[n-2] == "last" || ws[n-2] == "lasts" || ws[n-2] == "lasted") {
			return true // "It took me 20 days", "will last us two weeks": how long
		}
		if n >= 3 && (ws[n-2] == "his" || ws[n-2] == "her" || ws[n-2] == "their" || ws[n-2] == "our" || ws[n-2] == "my") &&
			(ws[n-3] == "took" || ws[n-3] == "takes" || ws[n-3] == "take") {
			return true // "the drive north took his family two days"
		}
		if n >= 4 && objectPronouns[strings.ToLower(ws[n-1])] && ws[n-2] == "of" && (ws[n-3] == "most" || ws[n-3] == "some" || ws[n-3] == "many" || ws[n-3] == "each") &&
			(ws[n-4] == "took" || ws[n-4] == "takes" || ws[n-4] == "take") {
			return true // "a job that took most of them three days"
		}
		if ws[n-1] == "by" && (ws[n-2] == "back" || ws[n-2] == "delayed" || ws[n-2] == "postponed" || ws[n-2] == "extended" || ws[n-2] == "deferred") {
			return true // "was pushed back by three weeks": how much later
		}
		if unit == "nights" || unit == "night" || unit == "days" || unit == "weeks" {
			for _, w := range ws[:n-1] {
				if w == "been" || w == "stayed" || w == "lived" || w == "slept" || w == "camped" {
					return true // "We have been in this field four nights", "We have slept here three nights": how long someone stayed
				}
			}
		}
	}
	if strings.HasPrefix(unit, "hour") || strings.HasPrefix(unit, "minute") {
		// Nobody counts hours or minutes: "some 80 minutes' drive",
		// "after three hours of talks" measure time or distance.
		return true
	}
	after := strings.ToLower(letterRun(b, skipSpaceInline(b, skipSpaceInline(b, f.end)+len(unit)))) // the word after the unit
	switch prev {
	case "past", "last", "previous", "next", "coming", "first", "final", "within":
		return true
	case "in":
		// "in the past", "in two weeks"; but "the largest wave in nine
		// years of war" counts the war's years.
		return !warAfterUnit(b, f.end, unit)
	case "after":
		// "after two days on the road", "after nine days of
		// distributions": a moment; "after nine years of war" counts the
		// war's years.
		return !strings.HasPrefix(unit, "year") && !strings.HasPrefix(unit, "decade") || !ofAfterUnit(b, f.end, unit)
	case "over":
		// "over three days", "over six days of work": how long; "over
		// nine years of war" counts the war's years.
		return !warAfterUnit(b, f.end, unit)
	case "through":
		// "has lived through four winters in Azraq": time lived somewhere.
		return true
	case "from":
		// "has returned from three months in Arsal": a stay somewhere
		if after == "in" || after == "at" || after == "on" || after == "with" {
			return true
		}
	case "took", "takes", "take", "lasted", "lasts":
		// "a journey that took two days": how long something lasted; not
		// "a campaign that had lasted 58 days", a war's length, nor "The
		// Turkish offensive, launched on January 20, lasted 58 days".
		return !warNounBefore(b, f.start) && !warSubject(b, f.start)
	case "walked", "walk", "walking", "trekked", "travelled", "traveled", "drove", "sailed", "rode":
		// "We walked two days from Istanbul": how long a journey took
		return unit != "years" && unit != "year"
	case "spent", "spend", "spends", "spending", "slept", "sleeping", "waited", "waiting", "wait", "waits", "stay", "stayed", "staying":
		// "had spent two nights in a field", "We slept two nights in the
		// car", "have waited two years for an interview": time someone
		// spent somewhere or on something.
		return true
	case "here", "there":
		// "We have been here two nights", "We have lived here three
		// years": how long someone has stayed.
		if w := wordsBefore(b, f.start, 2); len(w) == 2 && (w[0] == "been" || w[0] == "stayed" || w[0] == "waited" || w[0] == "lived" || w[0] == "slept" || w[0] == "camped") {
			return true
		}
	case "for":
		if _, at := wordBack(b, f.start); opensSentence(b, at) {
			// "For five years we have carried this alone": how long, said
			// before the clause it qualifies.
			return true
		}
		if k := skipSpaceInline(b, skipSpaceInline(b, f.end)+len(unit)); k < len(b) && (subjectPronouns[strings.ToLower(letterRun(b, k))] || subjectBeforeHave(b[k:])) {
			// "..., and for five years they have carried", "and for five
			// years the islands have been left": the same, after a
			// conjunction
			return true
		}
		if ws := wordsBefore(b, f.start, 3); len(ws) == 3 && ws[1] == "on" && (ws[0] == "went" || ws[0] == "go" || ws[0] == "goes" || ws[0] == "dragged" || ws[0] == "carried") {
			// "The shelling on our street went on for three days": how
			// long it lasted, as "lasted" says (not a war's length)
			return !warNounBefore(b, f.start) && !warSubject(b, f.start)
		}
		// "suspended for one month": a single period is how long something
		// lasts, not a count ("shelled for eight days" stays a count);
		// nobody counts hours or minutes: "walked for eight hours".
		if f.value == 1 || strings.HasPrefix(unit, "hour") || strings.HasPrefix(unit, "minute") {
			return true
		}
		if ellipticalFor(b, f.start) {
			// "still waiting for families to arrive, some of them for
			// more than two years": how long, the verb left out
			return true
		}
		if durationVerbBefore(b, f.start) {
			// "who has lived in Turkey for six years", "extended for
			// six months": how long someone stayed or something lasts.
			return true
		}
		if ws := wordsBefore(b, f.start, 7); slices.ContainsFunc(ws, func(w string) bool { return occupationNouns[w] }) && !slices.Contains(ws, "no") {
			// "an emergency nurse at HaysMed for 22 years": how long
			// someone has held a job (not "no doctor for 11 months", the
			// time without one)
			return true
		}
		without := slices.Contains(wordsBefore(b, f.start, 4), "no") && (unit == "months" || unit == "month")
		if unit != "year" && unit != "years" && unit != "decade" && unit != "decades" && !without {
			// "Rain fell for four days", "supposed to hold for five
			// days", "The shelling did not stop for three days": how
			// long; "no doctor for 11 months" counts the time without
			// ("no milk for three days" is how long a shortage lasts).
			return true
		}
	}
	if e := skipSpaceInline(b, f.end) + len(unit); strings.HasPrefix(b[e:], "’") || strings.HasPrefix(b[e:], "'") {
		return true // "three months’ rent", "two weeks' wages": what the time buys
	}
	if after == "after" || after == "before" {
		// "five years after Islamic State swept across the north", "two
		// days before the storm": a time set against another event (not
		// "Nearly six years after it opened, the camp is full", a camp's
		// age, nor "nine years after the war began", a war's)
		if unit == "nights" || unit == "night" || unit == "days" || unit == "day" {
			return true // "Two nights before it was about 1,300": no age is told in nights or days
		}
		k := skipSpaceInline(b, skipSpaceInline(b, f.end)+len(unit)) + len(after)
		for n, w := range strings.Fields(b[k:min(len(b), k+60)]) {
			if n == 5 {
				break
			}
			if w = strings.Trim(strings.ToLower(w), ",.;"); w == "opened" || w == "began" || w == "started" || w == "erupted" || w == "broke" || w == "was" && n == 1 {
				return false
			}
		}
		return true
	}
	if after == "to" {
		// "given 48 hours to leave": the time allowed for something.
		k := skipSpaceInline(b, skipSpaceInline(b, skipSpaceInline(b, f.end)+len(unit))+len(after))
		if w := letterRun(b, k); w != "" && startsLower(w) && w != "the" && w != "a" && !timeUnits[w] {
			return true
		}
	}
	if after == "in" {
		// "Six years in this room": time someone has spent there.
		k := skipSpaceInline(b, skipSpaceInline(b, skipSpaceInline(b, f.end)+len(unit))+len(after))
		if w := strings.ToLower(letterRun(b, k)); w == "this" || w == "that" || w == "a" && (unit == "winters" || unit == "summers") {
			return true // "Two winters in a tent nearly killed my youngest"
		}
		if afterPastHedge(b, f.start) {
			return true // "after more than four years in a tent": a stay somewhere
		}
	}
	if after == "of" && (unit == "days" || unit == "weeks" || unit == "day" || unit == "week") {
		// "Storm Norma brought three days of rain, snow and wind": weather
		k := skipSpaceInline(b, skipSpaceInline(b, skipSpaceInline(b, f.end)+len(unit))+len(after))
		if w := strings.ToLower(letterRun(b, k)); w == "rain" || w == "snow" || w == "storms" || w == "wind" || w == "heavy" || w == "flooding" {
			return true
		}
	}
	if after == "on" {
		// "Two months on, he ...": the time since, not a count; "Three
		// days on the road": how long a journey took.
		k := skipSpaceInline(b, skipSpaceInline(b, skipSpaceInline(b, f.end)+len(unit))+len(after))
		if hasPrefixFold(b[k:], "the road") || hasPrefixFold(b[k:], "foot") {
			return true
		}
		return k >= len(b) || b[k] == ',' || b[k] == '.' || b[k] == ';'
	}
	if (after == "after" || after == "before") && (unit == "days" || unit == "weeks" || unit == "months" || unit == "winters" || unit == "summers") {
		// "three days after the president said", "Nine winters after the
		// first Syrians crossed": the moment of an event ("eight years
		// after it opened" tells an age, and stays).
		return true
	}
	if after == "into" && unit != "years" && unit != "year" && unit != "decades" && unit != "decade" {
		// "Eight days into the offensive", "three months into an economic
		// collapse": a moment in something that goes on ("Nine years into
		// Syria's war" counts the war's years, and stays).
		return true
	}
	if after == "a" || after == "per" || after == "each" || after == "every" {
		// "works two days a week": a rate, not a count.
		k := skipSpaceInline(b, skipSpaceInline(b, skipSpaceInline(b, f.end)+len(unit))+len(after))
		if w := strings.ToLower(letterRun(b, k)); timeUnits[w] {
			return true
		}
	}
	// "Winter is four months away": a time to come.
	return after == "ago" || after == "later" || after == "earlier" || after == "behind" || after == "away"
}

// ofAfterUnit reports "of" after the time unit that follows a figure
// ending at end: "in almost nine years of war" counts the war's years.
// warAfterUnit reports "of war" or "of conflict" after the unit: "nine
// years of war".
func warAfterUnit(b string, end int, unit string) bool {
	k := skipSpaceInline(b, skipSpaceInline(b, end)+len(unit))
	if !strings.EqualFold(letterRun(b, k), "of") {
		return false
	}
	k = skipSpaceInline(b, k+len("of"))
	w := strings.ToLower(letterRun(b, k))
	if w == "this" || w == "the" {
		// "in nine years of this crisis", "in eight years of the war"
		w = strings.ToLower(letterRun(b, skipSpaceInline(b, k+len(w))))
	}
	return w == "war" || w == "conflict" || w == "crisis"
}

// warNounBefore reports a war, an offensive or a siege among the five
// words before b[i]: "a campaign that had lasted 58 days".
func warNounBefore(b string, i int) bool {
	for k, n := i, 0; n < 5; n++ {
		w, at := wordBack(b, k)
		if w == "" {
			return false
		}
		if warNouns[strings.ToLower(w)] {
			return true
		}
		k = at
	}
	return false
}

// ageSince reports an age someone had when something began: "out of
// school since they were nine or 10", "when I was 12".
func ageSince(b string, f figure) bool {
	if f.value >= 25 || f.unit != "" {
		return false
	}
	if u := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end))); u != "" && (personNoun(u) || countNouns[u] || isPlural(u)) && u != "years" {
		return false // "since we were 40 families": a count
	}
	ws := wordsBefore(b, f.start, 3)
	if len(ws) != 3 {
		return false
	}
	return (ws[0] == "since" || ws[0] == "when" || ws[0] == "until" || ws[0] == "till" || ws[0] == "before") &&
		subjectPronouns[ws[1]] && (ws[2] == "was" || ws[2] == "were")
}

// namedPlacesCount reports a count of places just named, in an
// apposition: "in Nubl and Zahraa, two government-held towns".
func namedPlacesCount(b string, f figure) bool {
	if f.value != 2 || !f.digits && !strings.EqualFold(b[f.start:f.end], "two") || f.start < 2 || b[f.start-2] != ',' {
		return false
	}
	ws := strings.Fields(b[max(0, f.start-60) : f.start-2])
	n := len(ws)
	if n < 3 || ws[n-2] != "and" || !isUpper(ws[n-1][0]) || !isUpper(ws[n-3][0]) {
		return false
	}
	after := strings.Fields(b[f.end:min(len(b), f.end+40)])
	for k := 0; k < len(after) && k < 3; k++ {
		if placeKinds[strings.Trim(strings.ToLower(after[k]), ",.;")] {
			return true // not "Between Azaz and Afrin, two roads lead north"
		}
	}
	return false
}

// placeKinds name kinds of places, in the plural.
var placeKinds = wordSet(`towns villages cities camps districts provinces countries islands crossings regions neighbourhoods neighborhoods settlements`)

// oneForMany reports the number of people one thing serves: "one tap for
// about 1,300 people", "one water tank for three hundred people" (as "one
// latrine for every 70 people" is read before).
func oneForMany(b string, f figure) bool {
	ws := wordsBefore(b, f.start, 6)
	for len(ws) > 0 && (asideHedges[ws[len(ws)-1]] || ws[len(ws)-1] == "every" || ws[len(ws)-1] == "each") {
		ws = ws[:len(ws)-1]
	}
	n := len(ws)
	if n < 3 || ws[n-1] != "for" && ws[n-1] != "per" || strings.HasSuffix(ws[n-2], "ed") || irregularParticiples[ws[n-2]] {
		return false // not "one camp built for 2,000 people", the camp's size
	}
	return ws[n-3] == "one" || n >= 4 && ws[n-4] == "one" && !isDigit(ws[n-3][0])
}

// sharedBetween reports a bare number after "between" or "among" that
// says how many share one thing: "we share one blanket between three".
func sharedBetween(b string, f figure) bool {
	if f.unit != "" || f.value > 20 || f.isRange || f.scale {
		return false
	}
	if u := letterRun(b, skipSpaceInline(b, f.end)); u != "" && (personNoun(strings.ToLower(u)) || isPlural(strings.ToLower(u))) {
		return false // "between three families": a count
	}
	ws := wordsBefore(b, f.start, 4)
	if len(ws) < 3 || ws[len(ws)-1] != "between" && ws[len(ws)-1] != "among" {
		return false
	}
	return slices.Contains(ws[:len(ws)-1], "one") || slices.Contains(ws[:len(ws)-1], "a")
}

// warSubject reports a war noun among the first four words of the
// sentence a figure at i is in: its subject, before any aside.
func warSubject(b string, i int) bool {
	j := strings.LastIndexAny(b[:i], ".!?\n") + 1
	for n, w := range strings.Fields(b[j:i]) {
		if n == 4 {
			break
		}
		if warNouns[strings.ToLower(strings.Trim(w, ",;:\"“”"))] {
			return true
		}
	}
	return false
}

// warNouns name a war or an armed campaign.
var warNouns = wordSet(`war conflict campaign offensive siege operation fighting battle`)

func ofAfterUnit(b string, end int, unit string) bool {
	k := skipSpaceInline(b, skipSpaceInline(b, end)+len(unit))
	return strings.EqualFold(letterRun(b, k), "of")
}

// areaCodePhone reports the parts of a phone number with its area code in
// brackets, "(313) 222-2300", "(02) 834-4000": the code, and the number
// after it.
func areaCodePhone(b string, f figure) bool {
	tel := func(i int) bool { // "222-2300", "555 0147" or "32-14-50" at b[i]
		if i+8 <= len(b) && allDigits(b[i:i+3]) && (b[i+3] == '-' || b[i+3] == ' ') && allDigits(b[i+4:i+8]) && (i+8 == len(b) || !isDigit(b[i+8])) {
			return true
		}
		groups, digits := 0, 0 // two or three digits, dash, and so on: "32-14-50"
		for j := i; ; {
			k := j
			for k < len(b) && isDigit(b[k]) {
				k++
			}
			if k-j < 2 || k-j > 3 {
				return false
			}
			groups, digits = groups+1, digits+k-j
			if k < len(b) && (b[k] == '-' || b[k] == ' ') && k+1 < len(b) && isDigit(b[k+1]) {
				j = k + 1 // "32-14-50", "216 10 28"
				continue
			}
			return groups >= 3 && digits >= 6
		}
	}
	if f.start >= 1 && b[f.start-1] == '(' && f.end-f.start >= 2 && f.end-f.start <= 4 && strings.HasPrefix(b[f.end:], ") ") {
		return tel(f.end + 2)
	}
	// a trunk prefix before the code: "8 (7182) 32-14-50"
	if f.end-f.start == 1 && strings.HasPrefix(b[f.end:], " (") {
		if c := strings.IndexByte(b[f.end+2:], ')'); c >= 2 && c <= 5 && allDigits(b[f.end+2:f.end+2+c]) && strings.HasPrefix(b[f.end+2+c:], ") ") {
			return tel(f.end + 2 + c + 2)
		}
	}
	// the code before the figure: "(617) 222-2300", "(02) 834-4000"
	for n := 2; n <= 4; n++ {
		if o := f.start - 3 - n; o >= 0 && b[f.start-2] == ')' && b[o] == '(' && allDigits(b[o+1:f.start-2]) && tel(f.start) {
			return true
		}
	}
	return false
}

// isPhone reports a phone number: after "+" ("+961 1 849 201"), with a
// leading zero ("0342 230 00 00", "0800-123-456", "0 242 555 01 98"), or three digit groups
// in a row separated by single spaces, dashes or dots ("212 555 0199").
func isPhone(b string, f figure) bool {
	if !f.digits || f.scale || f.unit != "" {
		return false
	}
	if f.start >= 1 && (b[f.start-1] == '+' || f.start >= 2 && b[f.start-1] == '(' && b[f.start-2] == '+') {
		return true
	}
	if b[f.start] == '0' && f.start+1 < len(b) && isDigit(b[f.start+1]) {
		return true
	}
	if b[f.start] == '0' && f.start+3 < len(b) && b[f.start+1] == ' ' && (isDigit(b[f.start+2]) || b[f.start+2] == '(' && isDigit(b[f.start+3])) {
		return true // the trunk zero alone: "0 242 555 01 98", "0 (454) 216 10 28"
	}
	if callNumber(b, f) {
		return true
	}
	if areaCodePhone(b, f) || phoneLabelled(b, f) {
		return true
	}
	if localNumber(b, f.start, f.end) {
		return true // "Klienditugi 473 5050": a local number of three digits and four
	}
	if groups := strings.Fields(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(b[f.start:f.end])); len(groups) == 2 && allDigits(groups[0]) && allDigits(groups[1]) {
		// "376 555 0198": two groups read as one number, then a group of
		// four a thousands group never has
		if k := f.end; k+5 <= len(b) && b[k] == ' ' && allDigits(b[k+1:k+5]) && (k+5 == len(b) || !isDigit(b[k+5])) {
			return true
		}
	}
	// Three plain digit groups: the figure's own digits, then two more.
	for i := f.start; i < f.end; i++ {
		if !isDigit(b[i]) {
			return false
		}
	}
	i := f.end
	for n := 0; n < 2; n++ {
		if i+1 >= len(b) || (b[i] != ' ' && b[i] != '-' && b[i] != '.') || !isDigit(b[i+1]) {
			return false
		}
		j := i + 1
		for j < len(b) && isDigit(b[j]) {
			j++
		}
		if j < len(b) && isLetter(b[j]) {
			return false
		}
		i = j
	}
	return true
}

// localNumber reports the three digits and four of a local phone number,
// "473 5050", at b[start:end]: either group, the other one space away and
// no other digit around (the four are no year, "in 473 2019" being no
// number).
func localNumber(b string, start, end int) bool {
	three := func(i int) bool {
		return i >= 0 && i+8 <= len(b) && (i == 0 || !isDigit(b[i-1]) && b[i-1] != ',' && b[i-1] != '.') &&
			allDigits(b[i:i+3]) && b[i+3] == ' ' && allDigits(b[i+4:i+8]) && (i+8 == len(b) || !isDigit(b[i+8]) && b[i+8] != ',' && b[i+8] != '.' && !isLetter(b[i+8])) &&
			!(b[i+4] == '1' && b[i+5] == '9' || b[i+4] == '2' && b[i+5] == '0')
	}
	switch end - start {
	case 3:
		return three(start)
	case 4:
		return three(start - 4)
	}
	return false
}

// phoneLabels name a phone number before its digits.
var phoneLabels = wordSet(`tel tel. telefon telephone phone tél téléphone telefono teléfono tlf puh telefoon tālrunis tālr telefonas`)

// phoneLabelled reports a group of digits in a run of them after a phone
// label: both groups of "Telefon 776 2333".
func phoneLabelled(b string, f figure) bool {
	if !f.digits || f.scale {
		return false
	}
	i := f.start
	for i >= 2 && (b[i-1] == ' ' || b[i-1] == '-') && isDigit(b[i-2]) {
		i -= 2
		for i > 0 && isDigit(b[i-1]) {
			i--
		}
	}
	j := i
	for j > 0 && (b[j-1] == ' ' || b[j-1] == ':') {
		j--
	}
	w, _ := wordBack(b, j)
	if j > 0 && b[j-1] == '.' {
		w += "."
	}
	lw := strings.ToLower(w)
	// (also "annetustelefon", a donation line; "tālruni", the Latvian
	// word as an object; "MobilePay 10 400", a payment number)
	return phoneLabels[lw] || strings.HasSuffix(lw, "telefon") || strings.HasPrefix(lw, "tālrun") || paymentApps[lw]
}

// paymentApps name a mobile payment service before the number to pay.
var paymentApps = wordSet(`mobilepay swish vipps`)

// subNumber reports a number in parentheses glued to an identifier:
// the 3 of "Article 78(3)", the 2 of "Section 14(2)".
func subNumber(b string, f figure) bool {
	return f.digits && f.start >= 2 && b[f.start-1] == '(' && isWordByte(b[f.start-2]) &&
		f.end < len(b) && b[f.end] == ')'
}

// ageNounsBefore are the people an age bracket qualifies: "children under
// five", "adults over 60", "men aged 18 to 40".
var ageNounsBefore = wordSet(`children child boys girls kids adults people men women those them whom anyone
	everyone persons infants babies minors youths teenagers refugees elderly pupils students`)

// ageBracket reports "children under five", "adults over 60": a small
// number after under/over/above/below that qualifies a group of people
// by age and is not followed by a noun it counts.
func ageBracket(b string, f figure) bool {
	if f.value >= 100 || f.isRange && f.high >= 100 || f.vague {
		return false
	}
	ws := wordsBefore(b, f.start, 2)
	if len(ws) < 2 || !ageNounsBefore[ws[0]] && !(beWords[ws[0]] && f.value <= 18) {
		return false // "children under five", "residents are under 12"
	}
	switch ws[1] {
	case "under", "over", "above", "below":
	default:
		return false
	}
	next := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end)))
	return !personNoun(next) && !countNouns[next] || next == "years" || next == "year"
}

// bracketedAge reports an age in brackets after a speaker's name: "said
// Khaled Hamdan (58), who has lived", "Amina Yusuf (34) said". The name is
// tied to speech or to "who", so that a count by place in brackets
// ("Tal Abyad (58), Ras al-Ain (32)") stays a count.
func bracketedAge(b string, f figure) bool {
	if !f.digits || f.value >= 110 || f.scale || f.isRange || f.start < 2 || b[f.start-1] != '(' || f.end >= len(b) || b[f.end] != ')' {
		return false
	}
	// the capitalised words of the name before the bracket
	k, names := f.start-1, 0
	for {
		w, at := wordBack(b, k)
		if names > 0 && nameParticles[w] {
			if w2, _ := wordBack(b, at); w2 != "" && isUpper(w2[0]) {
				k = at // "Lotte van Dijk (31)": a particle inside the name
				continue
			}
		}
		if w == "" || !isUpper(w[0]) {
			break
		}
		k, names = at, names+1
	}
	if names == 0 {
		return false
	}
	if speechVerbs[strings.ToLower(wordBefore(b, k))] {
		return true // "said Khaled Hamdan (58)"
	}
	k = f.end + 1
	if k < len(b) && b[k] == ',' {
		k++ // "Khaled Hamdan (58), who"
	}
	after := strings.ToLower(letterRun(b, skipSpaceInline(b, k)))
	if names >= 2 && (after == "has" || after == "had" || after == "is" || after == "was") {
		return true // "Katharina Moser (38) has coordinated ...": a full name, then its verb
	}
	if names >= 2 && f.value >= 16 && b[f.start-2] == ' ' && (strings.HasSuffix(after, "ed") || pastVerbs[after]) {
		return true // "Dr Tshilidzi Mudau (36) grew up in Tshikota"
	}
	if names >= 2 && f.value >= 16 && after == "from" {
		return true // "Niamh McGowan (34), from Drumshanbo, has worked": a full name, then where its bearer is from
	}
	return after == "who" || speechVerbs[after]
}

// saidNameAgeEnd reports a number that ends a sentence after a
// capitalised name and a comma, in a sentence that credits the name or
// names its bearer: "said organiser Marietjie Louw, 71.", "who gave her
// name as Shamiram, 67." j is where the text before the figure ends.
func saidNameAgeEnd(b string, f figure, j int) bool {
	if !f.digits || f.value < 16 || f.value >= 110 || f.isRange || f.end >= len(b) || b[f.end] != '.' || j < 1 || b[j-1] != ',' {
		return false
	}
	w, at := wordBack(b, j-1)
	if w == "" || !isUpper(w[0]) {
		return false
	}
	for _, x := range wordsBefore(b, at, 8) {
		if speechVerbs[x] || x == "name" || x == "named" {
			return true
		}
	}
	// "said one of the organisers, Dilan Ahmed, 28.": the speech verb
	// before an apposition that the name glosses
	k := skipSpaceBack(b, at)
	for n := 0; n < 3; n++ { // back over the name's other words
		p, pat := wordBack(b, k)
		if p == "" || !isUpper(p[0]) {
			break
		}
		k = skipSpaceBack(b, pat)
	}
	if k > 0 && b[k-1] == ',' {
		for _, x := range wordsBefore(b, k-1, 5) {
			if speechVerbs[x] {
				return true
			}
		}
	}
	return false
}

// frequencyBefore returns the token before the "and" or "or" ending right
// before i: "107.9" of "107.9 and 93.1".
func frequencyBefore(b string, i int) string {
	fs := strings.Fields(b[max(0, i-24):i])
	if len(fs) < 2 {
		return ""
	}
	return fs[len(fs)-2]
}

// pastVerbs are irregular past tenses a person's story goes on with.
var pastVerbs = wordSet(`grew came went spent took made left began became saw told said gave got ran fled`)

// namedAgePredicate reports "A woman I treat, Fatima, is 29 and ...": a
// small number after a name set off by commas and "is" or "was", with no
// noun of its own after it.
func namedAgePredicate(b string, f figure) bool {
	if !f.digits || f.value >= 110 || f.scale || f.isRange || f.unit != "" {
		return false
	}
	v, at := wordBack(b, f.start)
	if v != "is" && v != "was" {
		return false
	}
	j := skipSpaceBack(b, at)
	if j == 0 || b[j-1] != ',' {
		return false
	}
	name, _ := wordBack(b, j-1)
	if name == "" || !isUpper(name[0]) || countryNames[strings.ToLower(name)] || demonymCountry[strings.ToLower(name)] != "" {
		return false
	}
	next := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end)))
	return !personNoun(next) && !countNouns[next] && unitNames[next] == "" && !timeUnits[next]
}

// saidNameAge reports the age after a speaker named by a speech tag,
// "..., said Ahmad, 27." or "said Ahmad Karimi, 27;": up to three
// capitalised words between the verb and the comma.
func saidNameAge(b string, f figure) bool {
	if !f.digits || f.value >= 110 || f.scale || f.isRange {
		return false
	}
	if f.end < len(b) && !strings.ContainsRune(".,;", rune(b[f.end])) {
		return false
	}
	j := skipSpaceBack(b, f.start)
	if j == 0 || b[j-1] != ',' {
		return false
	}
	at := j - 1
	for n := 0; n < 3; n++ {
		w, k := wordBack(b, at)
		if w == "" {
			return false
		}
		if n > 0 && hasLower(speechVerbs, w) && !isUpper(w[0]) {
			return true
		}
		if !isUpper(w[0]) {
			return false
		}
		at = k
	}
	w, _ := wordBack(b, at)
	return w != "" && !isUpper(w[0]) && hasLower(speechVerbs, w)
}

// occupationNouns follow an age: "a 29-year-old teacher".
var occupationNouns = wordSet(`teacher doctor nurse driver shopkeeper engineer mechanic tailor
	baker labourer laborer carpenter lawyer journalist activist vendor trader fisherman shepherd
	taxi builder volunteer electrician pharmacist father-of-two mother-of-three manager official
	officer spokesman spokeswoman spokesperson witness worker resident pensioner retiree housewife`)

// ageSubjects are the subjects of "is six", "was two": people, pronouns
// and the words parents use for their children.
var ageSubjects = wordSet(`he she i you youngest eldest oldest son daughter baby boy girl brother sister
	child kid grandson granddaughter nephew niece twins mother father grandmother grandfather wife husband
	mum mom dad nurse doctor teacher volunteer lecturer engineer driver midwife pharmacist student farmer
	shopkeeper fisherman carpenter mechanic surgeon`)

// lifeMoves are the verbs of a life's turns that an age follows with
// "at": "came to Beirut at 19", "married at 16".
var lifeMoves = wordSet(`came come moved move left leave married arrived fled joined started went settled`)

// ageAtMove reports "at 19" after one of lifeMoves a few words back,
// before "to" and a verb or the end of the clause: an age, "came to
// Beirut at 19 to study medicine".
func ageAtMove(b string, f figure) bool {
	if f.scale || f.vague || f.isRange || f.unit != "" || f.value < 5 || f.value > 99 || !strings.EqualFold(wordBefore(b, f.start), "at") {
		return false
	}
	k := skipSpaceInline(b, f.end)
	if next := strings.ToLower(letterRun(b, k)); next != "to" && next != "" && next != "and" {
		return false
	}
	ws := wordsBefore(b, f.start, 5)
	return slices.ContainsFunc(ws, func(w string) bool { return lifeMoves[strings.ToLower(w)] })
}

// agePredicate reports an age stated as a predicate: "My youngest is
// two.", "She is six now", "her son was 12 when": a small number after a
// person and "is", "was" or "turned", with no noun of its own after it.
func agePredicate(b string, f figure) bool {
	if f.scale || f.vague || f.isRange || f.value > 110 || f.unit != "" {
		return false
	}
	ws := wordsBefore(b, f.start, 2)
	if len(ws) == 1 && ws[0] == "and" && f.value < 100 && f.end < len(b) && b[f.end] == '.' {
		// the second of "They were 24 and 31."
		k := skipSpaceBack(b, skipSpaceBack(b, f.start)-len("and"))
		d := k
		for d > 0 && isDigit(b[d-1]) {
			d--
		}
		if w := wordsBefore(b, d, 2); k-d >= 1 && k-d <= 2 && len(w) == 2 && w[0] == "they" && (w[1] == "were" || w[1] == "are") {
			return true
		}
	}
	if len(ws) == 2 && (ws[1] == "only" || ws[1] == "just" || ws[1] == "barely") {
		if w3 := wordsBefore(b, f.start, 3); len(w3) == 3 {
			ws = w3[:2] // "and I was only 14": past the adverb
		}
	}
	if len(ws) < 2 {
		return false
	}
	switch ws[1] {
	case "is", "was", "am", "turned", "turns", "s":
	case "were", "are":
		// "They were 24 and 31.": two ages, of the two just named
		return ws[0] == "they" && twoAgesAfter(b, f.end)
	default:
		return false
	}
	next := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end)))
	if ws[0] == "who" {
		// "Abu Ali, who is 45, came from ...": a relative clause set off
		// after a person gives an age.
		e := skipSpaceInline(b, f.end)
		w := skipSpaceBack(b, f.start)
		w = skipSpaceBack(b, w-len(ws[1]))
		w = skipSpaceBack(b, w-len("who"))
		return w > 0 && b[w-1] == ',' && (e < len(b) && (b[e] == ',' || b[e] == '.') || next == "years" || next == "when")
	}
	if !ageSubjects[ws[0]] {
		// "Omar Haddad was 19 when he left": a name, then an age with
		// "when" or "years old" after it.
		name := wordBefore(b, skipSpaceBack(b, f.start)-len(ws[1]))
		return name != "" && isUpper(name[0]) && !hasLower(countryNames, name) &&
			(next == "when" || next == "years" || next == "year")
	}
	switch next {
	case "", "now", "and", "but", "when", "then", "today", "or", "years", "year", "months", "in":
		return true
	}
	return false
}

// twoAgesAfter reports " and 31." at b[i:]: a second small number that
// ends the sentence.
func twoAgesAfter(b string, i int) bool {
	k := skipSpaceInline(b, i)
	if !strings.HasPrefix(b[k:], "and ") {
		return false
	}
	k = skipSpaceInline(b, k+len("and "))
	e := k
	for e < len(b) && isDigit(b[e]) {
		e++
	}
	return e > k && e-k <= 2 && e < len(b) && b[e] == '.'
}

// callNumber reports a short number to call: "call the hotline on 06 555
// 123 or the Red Cross on 140", "dial 112": after "on", "at" or "dial" in
// a sentence that asks the reader to call, with no noun of its own.
func callNumber(b string, f figure) bool {
	prev := strings.ToLower(wordBefore(b, f.start))
	if prev != "on" && prev != "at" && prev != "dial" {
		return false
	}
	next := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end)))
	if prev == "dial" {
		return !personNoun(next)
	}
	if next != "" && next != "or" && next != "and" {
		return false
	}
	before := strings.ToLower(b[max(0, f.start-160):f.start])
	if k := strings.LastIndex(before, ". "); k >= 0 {
		before = before[k:]
	}
	return strings.Contains(before, "call ") || strings.Contains(before, "hotline") ||
		strings.Contains(before, "phone ") || strings.Contains(before, "dial ")
}

// satellites carry channels whose frequencies pages give: "Nilesat 11353 V".
var satellites = wordSet(`nilesat arabsat eutelsat hotbird turksat yahsat badr`)

// fightNouns name fighting whose length is a count of its days or months.
var fightNouns = wordSet(`war operation operations campaign offensive siege assault conflict battle bombardment incursion`)

// streetNumber reports a house number: plain digits, then one to three
// capitalised words and a street's noun ("the church, 1412 Valley Forge
// Road", "12 Main Street").
func streetNumber(b string, f figure) bool {
	if !f.digits || f.scale || f.vague || f.value >= 100000 || strings.ContainsAny(b[f.start:f.end], ",. \u00a0") {
		return false
	}
	k := skipSpaceInline(b, f.end)
	for n := 0; n < 4; n++ {
		w := letterRun(b, k)
		if w == "" || !isUpper(w[0]) {
			return false
		}
		if n > 0 && streetWords[strings.ToLower(w)] {
			return true
		}
		k = skipSpaceInline(b, k+len(w))
	}
	return false
}

// clockHourWord reports an hour of the day in words after "at": "We drove
// out at seven every morning", "This morning, at about six."
func clockHourWord(b string, f figure) bool {
	if !f.spelled || f.value < 1 || f.value > 12 || f.vague {
		return false
	}
	ws := wordsBefore(b, f.start, 2)
	if n := len(ws); n == 0 || !strings.EqualFold(ws[n-1], "at") && !(n == 2 && strings.EqualFold(ws[0], "at") && (ws[1] == "about" || ws[1] == "around")) {
		return false
	}
	k := skipSpaceInline(b, f.end)
	switch strings.ToLower(letterRun(b, k)) { // ("o'clock" is isClockTime's)
	case "every", "each", "sharp":
		return true
	case "":
		s := sentenceAt(b, f.start)
		low := strings.ToLower(b[s.start:s.end])
		return strings.Contains(low, "morning") || strings.Contains(low, "evening") || strings.Contains(low, "night") || strings.Contains(low, "afternoon")
	}
	return false
}

// feverOf reports a bare figure after "a fever of" or "a temperature of":
// "a child with a fever of 40".
func feverOf(b string, f figure) bool {
	ws := wordsBefore(b, f.start, 2)
	return f.unit == "" && !f.scale && len(ws) == 2 && ws[1] == "of" && (ws[0] == "fever" || ws[0] == "temperature")
}

// scaleLetter reports a figure followed by a temperature scale's letter,
// alone or after a degree sign: "have topped 40 C", "40°C", "104 F".
func scaleLetter(b string, f figure) bool {
	k := skipSpaceInline(b, f.end)
	if strings.HasPrefix(b[k:], "°") {
		k += len("°")
	}
	if k >= len(b) || b[k] != 'C' && b[k] != 'F' {
		return false
	}
	return k+1 == len(b) || !isLetter(b[k+1]) && !isDigit(b[k+1]) && b[k+1] != '-' // not "five F-16 jets"
}

// afterPastHedge reports "after" before a figure at i, past any hedge:
// "after more than four years".
func afterPastHedge(b string, i int) bool {
	for n := 0; n < 4; n++ {
		w, at := wordBack(b, i)
		lw := strings.ToLower(w)
		if lw == "after" {
			return true
		}
		if !hedgeBeforeFor[lw] && lw != "more" && lw != "less" {
			return false
		}
		i = at
	}
	return false
}

// durationVerbs say how long someone stayed somewhere or something lasts.
var durationVerbs = wordSet(`lived live lives living stayed stay stays staying resided reside resides farmed grown
	residing worked work works working extend extended extends extending renew renewed renews
	renewing lasted last lasts lasting valid left walked walking walk trekked trekking travelled
	traveled travelling traveling waited waiting hid hiding slept hosted hosting carried carrying
	standing stood stand stands closed shut empty idle eaten eat eating ate sleep sleeping been
	blocked blocking cut cutting stranded trapped stuck sheltered sheltering ran run runs running led headed served
	helped helping volunteered volunteering taught teaching done doing held holding coordinated coordinating
	managed managing reported reporting covered covering directed directing home`) // "after standing empty for two years"

// durationVerbBefore reports one of durationVerbs in the few words before
// the "for" in front of a figure at i, within its clause.
func durationVerbBefore(b string, i int) bool {
	k := i
	for n := 0; n < 14; n++ {
		w, at := wordBack(b, k)
		if j := skipSpaceBack(b, k); w == "" && j > 0 && isDigit(b[j-1]) {
			for j > 0 && (isDigit(b[j-1]) || b[j-1] == '.' || b[j-1] == ',') {
				j-- // "sheltered 1.4 million Afghans for four decades": past the count
			}
			k = j
			continue
		}
		if j := skipSpaceBack(b, k); w == "" && j > 0 && b[j-1] == ')' {
			if o := strings.LastIndexByte(b[:j], '('); o >= 0 && j-o < 40 {
				k = o // "worked for the World Food Programme (WFP) in the Middle East for 11 years"
				continue
			}
		}
		if w == "s" && at > 1 && (b[at-1] == '\'' || strings.HasSuffix(b[:at], "’")) {
			// "Istanbul's district": the possessive is part of the word
			w, at = wordBack(b, strings.LastIndexAny(b[:at], "'’"))
		}
		if w == "" {
			return false
		}
		if hasLower(durationVerbs, w) {
			return true
		}
		if at > 0 && strings.ContainsAny(b[at-1:at], ",;:.") {
			return false
		}
		k = at
	}
	return false
}

// hedgeBeforeFor are the words a hedge puts between "for" and a duration.
var hedgeBeforeFor = wordSet(`to up about around nearly some almost over than least just only between another`)

// opensSentence reports a word at i that opens its sentence or quotation:
// nothing but white space and opening quotes back to a sentence's end.
func opensSentence(b string, i int) bool {
	j := i
	for j > 0 {
		c := b[j-1]
		switch {
		case c == ' ' || c == '\n' || c == '"' || c == '\'':
			j--
		case j >= 3 && (b[j-3:j] == "“" || b[j-3:j] == "‘"):
			j -= 3
		default:
			return c == '.' || c == '!' || c == '?' || c == ':'
		}
	}
	return true
}

// knownTotal reports a figure that only points back to a count the story
// gave before, opening its sentence: "Of the 1.3 million, roughly 666,000
// are registered": the whole the next figure is part of.
func knownTotal(b string, f figure) bool {
	i := f.start
	for _, w := range []string{"the ", "those "} {
		if i >= len(w) && strings.EqualFold(b[i-len(w):i], w) {
			i -= len(w)
			break
		}
	}
	if i < 3 || !strings.EqualFold(b[i-3:i], "of ") || !opensSentence(b, i-3) {
		return false
	}
	k := f.end
	if w := letterRun(b, skipSpaceInline(b, k)); w != "" && !strings.HasPrefix(b[skipSpaceInline(b, k)+len(w):], ",") {
		return false // "Of the 1.3 million, ...", "Of the 900,000 displaced, ..."
	} else if w != "" {
		k = skipSpaceInline(b, k) + len(w)
	}
	if k >= len(b) || b[k] != ',' {
		return false
	}
	return strings.Contains(b[:i], b[f.start:f.end])
}

// newWhole reports a figure after "Of the" that opens its sentence and
// that the story has not given before: "Of the 40 tents in our camp, 27
// are under water" tells the whole, then its part.
func newWhole(b string, f figure) bool {
	i := skipSpaceBack(b, f.start)
	if i < len("of the") || !strings.EqualFold(b[i-len("of the"):i], "of the") || !opensSentence(b, i-len("of the")) {
		return false
	}
	return !strings.Contains(b[:i], b[f.start:f.end])
}

// elidedDuration reports a bare number after a span of time and "maybe",
// "perhaps" or "or", whose unit it shares: "for one week, maybe two".
func elidedDuration(b string, f figure) bool {
	if f.value > 100 || f.scale || f.unit != "" || letterRun(b, skipSpaceInline(b, f.end)) != "" && isLower(letterRun(b, skipSpaceInline(b, f.end))[0]) {
		return false
	}
	w, at := wordBack(b, f.start)
	if lw := strings.ToLower(w); lw != "maybe" && lw != "perhaps" && lw != "or" {
		return false
	}
	j := skipSpaceBack(b, at)
	if j > 0 && b[j-1] == ',' {
		j--
	}
	u, _ := wordBack(b, j)
	return timeUnits[strings.ToLower(u)]
}

// timeLeft reports a bare count of the time left of a span the sentence
// named before: "I signed up for six weeks, and I have three left".
func timeLeft(b string, f figure) bool {
	if f.scale || f.unit != "" || f.value > 100 || !strings.EqualFold(letterRun(b, skipSpaceInline(b, f.end)), "left") {
		return false
	}
	if w := strings.ToLower(wordBefore(b, f.start)); w != "have" && w != "has" && w != "had" {
		return false
	}
	s := sentenceAt(b, f.start)
	return slices.ContainsFunc(strings.Fields(strings.ToLower(b[s.start:f.start])), func(w string) bool { return timeUnits[strings.Trim(w, ",.;")] })
}

// knownAgain reports a figure after "the" that points back at a count an
// earlier sentence gave with the same noun: "around 400 unaccompanied
// minors ... agreed to take in the 400 minors". The second mention
// identifies the group; it does not count it again.
func knownAgain(b string, f figure) bool {
	if !f.digits || f.vague || f.isRange || f.value < 10 || !strings.EqualFold(wordBefore(b, f.start), "the") {
		return false
	}
	noun := letterRun(b, skipSpaceInline(b, f.end))
	if !isPlural(noun) && !personNouns[noun] {
		return false
	}
	text := b[f.start:f.end]
	before := b[:f.start]
	if i := strings.LastIndexAny(before, ".!?\n"); i >= 0 {
		before = before[:i]
	} else {
		return false
	}
	for from := 0; ; {
		i := strings.Index(before[from:], text)
		if i < 0 {
			return false
		}
		i += from
		from = i + len(text)
		if i > 0 && isDigit(before[i-1]) || from < len(before) && isDigit(before[from]) {
			continue
		}
		ws := strings.Fields(before[from:min(len(before), from+40)])
		for k := 0; k < len(ws) && k < 3; k++ {
			if strings.Trim(ws[k], ",;:.()") == noun {
				return true
			}
		}
	}
}

// personIs reports the last words before a figure that say a person is
// it: "she's", "he is", "I'm", "she was maybe".
func personIs(ws2 []string) bool {
	if len(ws2) == 0 {
		return false
	}
	if n := len(ws2); n >= 2 && ageHedges[ws2[n-1]] {
		// "she was maybe 30": a hedge before the age
		ws2 = ws2[:n-1]
	}
	ws2 = ws2[max(0, len(ws2)-2):]
	last := strings.ReplaceAll(ws2[len(ws2)-1], "’", "'")
	if last == "she's" || last == "he's" || last == "i'm" {
		return true
	}
	return len(ws2) == 2 && (ws2[0] == "she" || ws2[0] == "he") && (last == "is" || last == "was") || len(ws2) == 2 && ws2[0] == "i" && last == "am"
}

// secondAgeOf reports "<age noun> of N and" or "or" right before i: the
// second of two ages, "boys of 14 and 15".
func secondAgeOf(b string, i int) bool {
	w, at := wordBack(b, i)
	if lw := strings.ToLower(w); lw != "and" && lw != "or" {
		return false
	}
	j := skipSpaceBack(b, at)
	k := j
	for k > 0 && isDigit(b[k-1]) {
		k--
	}
	if k == j || j-k > 2 {
		return false
	}
	ws := wordsBefore(b, k, 2)
	return len(ws) == 2 && ws[1] == "of" && ageNouns[ws[0]] && ws[0] != "children"
}

// adultAgeNouns are people whose age "of N" gives: "a grandmother of 80".
var adultAgeNouns = wordSet(`man woman grandmother grandfather widow widower mother father farmer teacher`)

// ageHedges come between "she was" and an age: "she was maybe 30".
var ageHedges = wordSet(`maybe perhaps about around nearly almost only barely just`)

// anecdoteOne reports "One" opening a sentence about one person or thing
// the story picks out, "One man from Saraqeb paid $200 ...", "One camp
// manager told me ...": a way of saying "a", not a count; unless the
// sentence tells a death ("One child died of the cold").
func anecdoteOne(b string, f figure) bool {
	if !f.spelled || f.value != 1 || !strings.HasPrefix(b[f.start:], "One ") || !opensSentence(b, f.start) {
		return false
	}
	next := letterRun(b, f.start+4)
	if next == "" || !isLower(next[0]) || strings.HasSuffix(next, "s") || next == "in" || next == "of" || next == "more" ||
		auxVerbs[next] || next == "another" {
		return false // "One in five", "One of them", "One was ...", "One more ..."
	}
	end := strings.IndexAny(b[f.start:], ".!?\n")
	if end < 0 {
		end = len(b) - f.start
	}
	sentence := strings.ToLower(b[f.start : f.start+end])
	for _, w := range []string{"kill", "died", "dead", "death", "drown", "shot", "wounded", "injured", "froze"} {
		if strings.Contains(sentence, w) {
			return false
		}
	}
	return true
}

// speakerOne reports "one" that introduces a speaker: "..., one aid
// worker in Arsal said", "one official told reporters". It counts no one.
func speakerOne(b string, f figure) bool {
	if !f.spelled || f.value != 1 || f.isRange || !strings.HasPrefix(b[f.start:], "one ") {
		return false
	}
	switch strings.ToLower(wordBefore(b, f.start)) {
	case "only", "just", "least", "than", "but", "exactly":
		return false // "only one doctor said he could stay": a count
	case "said", "says", "told", "added", "explained", "recalled", "warned":
		// "said one man at the crossing": the speaker, named by the verb
		// before
		ws := clauseWords(b[f.end:min(len(b), f.end+40)])
		for i, w := range ws {
			if i > 2 {
				break
			}
			if (personNoun(w) || occupationNouns[w]) && !strings.HasSuffix(w, "s") {
				// (not "said one migrant was killed": the one is counted)
				return i+1 == len(ws) || speakerAfter[ws[i+1]]
			}
		}
	}
	rest := b[f.end:min(len(b), f.end+80)]
	if k := strings.IndexAny(rest, ".!?\n"); k >= 0 {
		rest = rest[:k] // within the sentence
	}
	ws := clauseWords(rest)
	for i, w := range ws {
		if i > 3 {
			return false
		}
		if !(personNoun(w) || occupationNouns[w]) || strings.HasSuffix(w, "s") {
			continue
		}
		for _, v := range ws[i+1 : min(len(ws), i+6)] {
			switch v {
			case "said", "says", "told", "added", "explained", "recalled", "warned":
				return true
			}
		}
		return false
	}
	return false
}

// speakerAfter are the words after a speaker named by "said one man":
// where the speaker is, or who they are ("one man at the crossing, who
// asked not to be named").
var speakerAfter = wordSet(`at in from near on outside inside who whose with living sheltering`)

// randThousands reports a figure at i that continues a rand amount
// glued to its sign, "R1 800", "R12 500": "R" and one to three digits
// before it, as South African pages group thousands with a space.
func randThousands(b string, i int) bool {
	j := skipSpaceBack(b, i)
	if j == i {
		return false
	}
	k := j
	for k > 0 && isDigit(b[k-1]) {
		k--
	}
	return j-k >= 1 && j-k <= 3 && k > 0 && b[k-1] == 'R' && (k == 1 || !isLetter(b[k-2]))
}

// streetWords open or close a street's name in an address, or name a
// plot ("Plot 50373, Gaborone").
var streetWords = wordSet(`via rue calle avenida avenue paseo strasse straße street road ulica utca rua viale piazza boulevard plot`)

// subjectPronouns open a clause as its subject.
var subjectPronouns = wordSet(`we they i he she you`)

// liveClock reports a live page's clock opening a line, "19.35 The Greek
// coastguard said ...": an hour and minutes with a full stop, then a
// capital.
func liveClock(b string, f figure) bool {
	if f.start > 0 && b[f.start-1] != '\n' {
		// "klo 18.40 The Syrian army ...", "ore 9.15 ...": one short word
		// for "at" before the clock that opens the entry
		ls := strings.LastIndexByte(b[:f.start], '\n') + 1
		w := strings.TrimRight(b[ls:f.start], " ")
		if w == b[ls:f.start] || len(w) > 5 || len(letterRun(w, 0)) != len(w) {
			return false
		}
	}
	t := b[f.start:f.end]
	dot := strings.IndexByte(t, '.')
	if dot < 1 || dot > 2 || len(t)-dot != 3 || !allDigits(t[:dot]) || !allDigits(t[dot+1:]) {
		return false
	}
	h, m := f.value, (f.value-float64(int(f.value)))*100
	k := skipSpaceInline(b, f.end)
	if r, n := utf8.DecodeRuneInString(b[k:]); strings.ContainsRune("\"“‘«„", r) {
		k += n // "11.10 \"We are 40 families ...\"": a quotation opens the entry
	}
	return h < 24 && m < 59.5 && k > f.end && k < len(b) && isUpper(b[k])
}

// lastOfCounts reports a figure at b[i] that closes a list of counts:
// "and" before it, and a number one or two words before that ("two
// helicopters and one aircraft").
func lastOfCounts(b string, i int) bool {
	ws := wordsBefore(b, i, 4)
	if len(ws) < 3 || !strings.EqualFold(ws[len(ws)-1], "and") {
		return false
	}
	for _, w := range ws[len(ws)-3 : len(ws)-1] {
		lw := strings.ToLower(strings.Trim(w, ",;"))
		if lw != "one" && (isNumberWord(lw) || lw != "" && isDigit(lw[0])) {
			return true
		}
	}
	return false
}

// objectPronouns stand between "took" and how long: "It took me 20 days".
var objectPronouns = wordSet(`me us him her them you`)

// ofDuration name things whose length or age "of" a span of time gives:
// journeys, and the very young.
var ofDuration = wordSet(`crossing journey trip voyage drive walk flight trek babies baby infants infant newborns newborn`)

// youngNouns are the young whose age "of" gives: "a boy of about eight".
var youngNouns = wordSet(`boy girl child baby toddler son daughter`)

// subscriptionPeriods are the spans a subscription is sold for, in the
// languages of the outlets' own boxes.
var subscriptionPeriods = wordSet(`day days week weeks month months year years
	tag tage woche wochen monat monate jahr jahre jour jours semaine semaines mois an ans
	dia dias día días semana semanas mes meses año años giorno giorni settimana settimane mese mesi anno anni`)

// pricedPeriod drops the span of a subscription offer: "SZ+ lesen: 1 Monat
// für 0,99 Euro", "3 months for $1": a figure of time sold for money.
func pricedPeriod(b string, f figure) bool {
	k := skipSpaceInline(b, f.end)
	u := fieldAt(b, k)
	if !hasLower(subscriptionPeriods, u) {
		return false
	}
	k = skipSpaceInline(b, k+len(u))
	switch strings.ToLower(fieldAt(b, k)) {
	case "for", "für", "pour", "por", "per", "voor", "za":
	default:
		return false
	}
	end := min(len(b), k+24)
	if i := strings.IndexByte(b[k:end], '\n'); i >= 0 {
		end = k + i
	}
	return amountIn(b[k:end])
}

// fieldAt is the word at i up to the next space or punctuation, letters
// outside ASCII included ("für", "días").
func fieldAt(b string, i int) string {
	j := i
	for j < len(b) && !isSpace(b[j]) && !strings.ContainsRune(",.;:!?()\"", rune(b[j])) {
		j++
	}
	return b[i:j]
}

// pageCounters label a page's own counts in brackets: "Photos (4)",
// "Comments (12)".
var pageCounters = wordSet(`photos photo fotos foto images pictures videos vidéos comments commentaires comentarios
	kommentare commenti reactions réactions replies shares`)

// subjectBeforeHave reports text opening with a definite subject of at
// most three words and then "have", "has" or "had": "the islands have
// been left".
func subjectBeforeHave(text string) bool {
	ws := strings.Fields(strings.ToLower(text[:min(len(text), 60)]))
	if len(ws) < 3 || !definiteWords[ws[0]] {
		return false
	}
	for _, w := range ws[1:min(len(ws), 4)] {
		if w == "have" || w == "has" || w == "had" {
			return true
		}
		if !isLetter(w[0]) || strings.ContainsAny(w, ",.;:") {
			return false
		}
	}
	return false
}

// outnumberRatio reports either figure of a ratio after "outnumber":
// "the refugees outnumber the locals by about three to two" counts no
// one.
func outnumberRatio(b string, f figure) bool {
	if f.scale || f.unit != "" || f.value > 20 {
		return false
	}
	ws := wordsBefore(b, f.start, 10)
	k := slices.IndexFunc(ws, func(w string) bool { return strings.HasPrefix(strings.ToLower(w), "outnumber") })
	if k < 0 || !slices.Contains(ws[k:], "by") {
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	next := strings.ToLower(letterRun(b, skipSpaceInline(b, f.end)))
	return next == "to" || last == "to"
}

// listedDuration reports a number that opens a list of numbers ending in
// a unit of time: "lived here for six, seven, eight years" (the first two;
// the last is read with its unit).
func listedDuration(b string, f figure) bool {
	k := f.end
	if k >= len(b) || b[k] != ',' {
		return false
	}
	for n := 0; n < 5; n++ {
		if k < len(b) && b[k] == ',' {
			k++
		}
		k = skipSpaceInline(b, k)
		w := strings.ToLower(letterRun(b, k))
		if w == "or" || w == "and" {
			k = skipSpaceInline(b, k+len(w))
			w = strings.ToLower(letterRun(b, k))
		}
		switch {
		case w != "" && isNumberWord(w):
			k += len(w)
		case w == "" && k < len(b) && isDigit(b[k]):
			for k < len(b) && isDigit(b[k]) {
				k++
			}
		case timeUnits[w]:
			return n > 0
		default:
			return false
		}
		if k < len(b) && b[k] != ',' && b[k] != ' ' {
			return false
		}
	}
	return false
}

// ellipticalHeads open a clause that leaves out its verb before "for" and
// a time: "some of them for more than two years".
var ellipticalHeads = wordSet(`some many most others several`)

// ellipticalFor reports a figure after "for" (and a hedge) in a clause
// that is only a quantifier, "of them" and that "for", after a comma or
// a sentence's start: the verb of the clause before it goes on for so
// long.
func ellipticalFor(b string, i int) bool {
	ws := wordsBefore(b, i, 8)
	at := slices.Index(ws, "for")
	if len(ws) == 8 || at < 1 {
		return false
	}
	head := ws[:at]
	return ellipticalHeads[head[0]] && (len(head) == 1 || len(head) == 3 && head[1] == "of" && head[2] == "them")
}

// durationSubject reports the words after a time that say what it is
// worth: "is not long", "was too short", "is nothing".
func durationSubject(after string) bool {
	low := strings.ToLower(after)
	for _, p := range []string{"is not ", "was not ", "isn't ", "isn’t ", "wasn't ", "wasn’t ", "is too ", "was too ", "is a ", "was a ",
		"is enough", "was enough", "is nothing", "was nothing", "is long", "is short"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}
