package corpus

import (
	"strconv"
	"strings"
	"time"
)

// periodInfo is what a clause says about the start of the period a figure
// counts from.
type periodInfo struct {
	t         time.Time
	ok        bool
	event     string // "offensive" or "war": the start named is that event's
	needEvent bool   // "since the offensive began" with no date: use the event's start
	same      bool   // "in the same period": the period of the figure referred to
}

// periodStart finds the start of the period a figure counts from in s (a
// clause or sentence), resolved against the publication date pub:
//
//	since the beginning of December   -> 1 December before pub
//	since ... at the end of April     -> 30 April before pub
//	since the start of the war in 2011 -> 2011-01-01
//	since January 2018                -> 2018-01-01
//	in the past two weeks             -> pub minus 14 days
//	last week                         -> pub minus 7 days
//	killed so far this month          -> the 1st of pub's month
//
// Relative expressions need pub; without it only starts that name a year
// are resolved.
func periodStart(s string, pub time.Time) (time.Time, bool) {
	p := findPeriod(s, pub, false)
	return p.t, p.ok
}

// findPeriod is periodStart with what the extractor needs to resolve
// references to an event's start. With sinceOnly, only "since"
// expressions count.
func findPeriod(s string, pub time.Time, sinceOnly bool) periodInfo {
	for i := 0; i < len(s); i++ {
		if !atWordStart(s, i) || !isLetter(s[i]) {
			continue
		}
		switch w := strings.ToLower(letterRun(s, i)); w {
		case "since":
			if comparedSince(s, i) {
				continue // "the highest number since 2015": a comparison, not a start
			}
			if p := sinceDate(s, i+len(w), pub); p.ok || p.needEvent || p.same {
				return p
			}
		case "same":
			if sinceOnly {
				continue
			}
			if ws := wordsBefore(s, i, 2); len(ws) == 2 && ws[1] == "the" && (ws[0] == "in" || ws[0] == "over" || ws[0] == "during" || ws[0] == "for") &&
				strings.ToLower(letterRun(s, skipSpaceInline(s, i+4))) == "period" {
				return periodInfo{same: true}
			}
		case "the":
			// "in the 24 hours to 6 p.m. on Sunday": a span up to a time
			if sinceOnly {
				continue
			}
			if t, ok := spanTo(s, i, pub); ok {
				return periodInfo{t: t, ok: true}
			}
		case "past", "last", "previous":
			if sinceOnly {
				continue
			}
			if t, ok := pastSpan(s, i, w, pub); ok {
				return periodInfo{t: t, ok: true}
			}
		case "between", "from":
			// "Between December 1 and February 20", "from January to March"
			if sinceOnly {
				continue
			}
			if w == "from" && futureClause(s) {
				continue // "could lose their aid from April": a start to come
			}
			j := skipSpaceInline(s, i+len(w))
			if t, ok := monthOrYearAt(s, j, pub); ok {
				return periodInfo{t: t, ok: true}
			}
			if _, ok := clockHourAt(s, j); ok {
				// "between 6 a.m. on Tuesday and 6 a.m. today": the day
				// after the clock
				if k := strings.Index(s[j:min(len(s), j+14)], " on "); k >= 0 {
					j = skipSpaceInline(s, j+k+4)
				} else if k := strings.Index(s[j:min(len(s), j+10)], "m. "); k >= 0 {
					j = skipSpaceInline(s, j+k+3) // "between 6 a.m. Sunday and 6 a.m. Monday"
				}
			}
			if wd, ok := weekdayNames[strings.ToLower(letterRun(s, j))]; ok && !pub.IsZero() {
				// "between Saturday morning and Monday evening": the span's
				// first day, the last such weekday up to publication.
				if rest := strings.ToLower(s[j:min(len(s), j+40)]); strings.Contains(rest, " and ") || strings.Contains(rest, " to ") || strings.Contains(rest, " until ") {
					back := (int(pub.Weekday()) - int(wd) + 7) % 7
					return periodInfo{t: pub.AddDate(0, 0, -back), ok: true}
				}
			}
		case "in", "during":
			// "in the whole of 2019": a count over a whole year, from its
			// first day. A year or a month alone ("reached the islands in
			// 2019", "sent 1,200 trucks in January", "In January 2020,
			// 3,000 arrived") sets no start: the annotators give the counts
			// of such sentences none (1,223 to 5 for a year, 571 to 22 for
			// a month, 164 to 1 for a month of a year). "said in February"
			// dates a statement, not the count.
			if sinceOnly {
				continue
			}
			if ws := wordsBefore(s, i, 1); len(ws) == 1 && reportingVerbs[ws[0]] || singleEvent(s) {
				continue
			}
			j := skipSpaceInline(s, i+len(w))
			if t, ok := wholeYear(s, j); ok && j > i+len(w) {
				return periodInfo{t: t, ok: true}
			}
		case "this":
			// "so far this month": from the month's first day. (Not "this
			// year", "so far this year" included: of the annotated counts
			// in such sentences 155 have no start and 6 the year's first
			// day.)
			if pub.IsZero() || sinceOnly {
				continue
			}
			rest := strings.ToLower(letterRun(s, skipSpaceInline(s, i+4)))
			if rest == "month" && (sinceYearContext(s, i) || perfectSoFar(s, i)) {
				return periodInfo{t: time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC), ok: true}
			}
		}
	}
	return periodInfo{}
}

// comparedSince reports a "since" at s[i] after a superlative that it
// measures: "the highest number since 2015", "the most since the war
// began", "for the first time since 2012".
func comparedSince(s string, i int) bool {
	ws := wordsBefore(s, i, 4)
	for k := 1; k < len(ws); k++ {
		if lw := strings.ToLower(ws[k-1]); (lw == "the" || lw == "its" || lw == "their") && superlatives[strings.ToLower(ws[k])] {
			return true // not "Most have fled since Friday"
		}
	}
	return false
}

// superlatives rank a count against the past.
var superlatives = wordSet(`highest lowest largest biggest most fewest worst deadliest first smallest greatest`)

// futureModals mark a clause about what is to come.
var futureModals = wordSet(`will could would may might shall`)

// futureClause reports a clause that speaks of the future: "could lose
// their aid from April".
func futureClause(s string) bool {
	for _, w := range clauseWords(s) {
		if futureModals[w] {
			return true
		}
	}
	return false
}

// blastNouns name events that happen at one moment.
var blastNouns = wordSet(`attack attacks strike airstrike bombing bomb blast explosion raid shell missile
	rocket drone ambush massacre`)

// weatherEvents are storms and the like, each one event.
var weatherEvents = wordSet(`storm blizzard snowstorm cyclone hurricane typhoon earthquake`)

// singleEvent reports a clause that counts what one event did: "killed by
// a car bomb", "in an air strike". The month it happened in dates the
// event; it does not start a count, as a single day does not.
func singleEvent(s string) bool {
	ws := clauseWords(s)
	for i, w := range ws {
		if weatherEvents[w] && i+1 < len(ws) && !beWords[ws[i+1]] {
			// "In January, storm Norma flooded more than 570 settlements":
			// what one storm did, in the month it struck.
			return true
		}
	}
	for i := 0; i+2 < len(ws); i++ {
		if (ws[i] == "by" || ws[i] == "in" || ws[i] == "after") && (ws[i+1] == "a" || ws[i+1] == "an") {
			for _, w := range ws[i+2 : min(len(ws), i+5)] {
				if blastNouns[w] {
					return true
				}
			}
		}
	}
	return false
}

// eventNouns name the events whose start a period may run from; the
// offensive and the operation are one event, the war and the conflict
// another.
var eventNouns = map[string]string{
	"offensive": "offensive", "operation": "offensive", "assault": "offensive",
	"incursion": "offensive", "campaign": "offensive", "attack": "offensive", "push": "offensive", "onslaught": "offensive",
	"fighting": "offensive", "escalation": "offensive", "hostilities": "offensive", // "since the fighting began on June 19"
	"war": "war", "conflict": "war", "uprising": "war", "revolution": "war", "crisis": "war",
	"deadline": "deadline", // "since the deadline passed": the day it fell on
}

// eventVerbs say that an event started.
var eventVerbs = wordSet(`began begun begin launched launch started start beginning outbreak erupted opened`)

// sinceYearContext reports whether "this month" (or "this year") at s[i]
// states a start: "so far this month", "this month up to the 20th".
func sinceYearContext(s string, i int) bool {
	ws := wordsBefore(s, i, 2)
	if len(ws) == 2 && ws[0] == "so" && ws[1] == "far" {
		return true
	}
	// "applied this year up to the end of November", "this year so far":
	// a count that runs to a later point.
	k := skipSpaceInline(s, skipSpaceInline(s, i+len("this"))+len("year"))
	switch strings.ToLower(letterRun(s, k)) {
	case "up", "until", "through", "so":
		return true
	}
	return false
}

// perfectSoFar reports "this year" or "this month" at s[i] closing a
// perfect, "have been killed ... this month", "had died this year": what
// has happened so far in it, counted from its first day. After a
// reporting verb ("said this month") it dates the statement instead.
func perfectSoFar(s string, i int) bool {
	if ws := wordsBefore(s, i, 1); len(ws) == 1 && reportingVerbs[ws[0]] {
		return false
	}
	ws := clauseWords(s[:i])
	for k, w := range ws {
		if (w == "have" || w == "has" || w == "had") && k+1 < len(ws) {
			if next := ws[k+1]; next == "been" || strings.HasSuffix(next, "ed") || irregularParticiples[next] {
				return true
			}
		}
	}
	return false
}

// irregularParticiples close a perfect as "-ed" does: "has sent thousands
// of troops ... this month"; and end a noun phrase as "-ed" does: "the
// number of Syrians driven from their homes".
var irregularParticiples = wordSet(`fled left sent seen taken brought lost given come gone made held
	built put won fought driven thrown struck hit shot run begun grown`)

// wholeYear reads "the whole of 2018", "all of 2018" after "in" or
// "during" at s[j:]: a count over a whole year, from its first day.
func wholeYear(s string, j int) (time.Time, bool) {
	w := strings.ToLower(letterRun(s, j))
	if w == "the" {
		j = skipSpaceInline(s, j+len(w))
		switch w = strings.ToLower(letterRun(s, j)); w {
		case "whole":
		case "first":
			// "the first ten months of 2019"
			k := skipSpaceInline(s, j+len(w))
			if f, ok := parseSingle(s, k); ok && !f.vague && f.value < 53 {
				k = skipSpaceInline(s, f.end)
			}
			switch u := strings.ToLower(letterRun(s, k)); u {
			case "months", "weeks", "days":
				j, w = k, u
			default:
				return time.Time{}, false
			}
		default:
			return time.Time{}, false
		}
	} else if w != "all" {
		return time.Time{}, false
	}
	j = skipSpaceInline(s, j+len(w))
	if strings.ToLower(letterRun(s, j)) != "of" {
		return time.Time{}, false
	}
	if y, _, ok := yearAt(s, skipSpaceInline(s, j+2)); ok {
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// sinceDate reads what follows "since" at s[i:] for a date, looking at the
// next dozen words.
func sinceDate(s string, i int, pub time.Time) periodInfo {
	var p periodInfo
	started := false
	if w := strings.ToLower(letterRun(s, skipSpaceInline(s, i))); w == "then" || w == "that" && thatDate(s, skipSpaceInline(s, i)+len(w)) {
		// "since then", "since that date": the last date the text gave
		// before.
		return periodInfo{event: "then", needEvent: true}
	} else if w == "the" && hasPrefixFold(trimSpaceLeft(s[skipSpaceInline(s, i)+3:]), "same date") ||
		w == "the" && hasPrefixFold(trimSpaceLeft(s[skipSpaceInline(s, i)+3:]), "same day") {
		// "since the same date": the start of the figure before.
		return periodInfo{same: true}
	} else if w == "it" || w == "they" {
		// "The offensive has displaced 130,000 since it began on Wednesday":
		// the event is the one named before.
		p.event = lastEventBefore(s, i)
	}
	j := i
	afterVerb := false // the word before was the event's verb
	for n := 0; n < 18 && j < len(s); n++ {
		j = skipSpaceInline(s, j)
		if j >= len(s) {
			break
		}
		c := s[j]
		if c == ',' {
			if e := namingAside(s, j); e > 0 {
				j = e // "launched its operation, codenamed "Olive Branch", on January 20"
				continue
			}
			if e := participleAside(s, j); e > 0 {
				j = e // "since government forces, backed by Russian air strikes, launched their push on June 19"
				continue
			}
		}
		if c == '.' || c == ';' || c == '"' || c == '(' || c == ',' {
			break
		}
		if !atWordStart(s, j) {
			j++
			n-- // the rest of a word ("’s" of "Turkey’s", "-led") is no word of its own
			continue
		}
		w := strings.ToLower(letterRun(s, j))
		if (w == "a" || w == "p") && strings.HasPrefix(strings.ToLower(s[j+1:]), ".m.") {
			j += len("a.m.") // "since 7 a.m. on Saturday": the clock, then the day
			continue
		}
		if k, ok := eventNouns[w]; ok && p.event == "" {
			p.event = k
		}
		if n > 0 && (relativeWords[w] || w == "that") {
			break // "launched an offensive against the militia that had held the enclave since 2012": another clause's date
		}
		if afterVerb && w != "" && !afterEventVerb[w] && !isMonthOrDay(w) {
			// "since the Turkish incursion began rose to 7,645 on
			// Tuesday": the event's clause ended at its verb, and the day
			// is the count's
			break
		}
		afterVerb = eventVerbs[w] && p.event != "" // (not "launched its incursion on ...", the verb first)
		if eventVerbs[w] {
			started = true
		}
		switch {
		case w == "yesterday" && !pub.IsZero():
			return p.with(pub.AddDate(0, 0, -1), started)
		case n == 0 && (w == "dawn" || w == "daybreak" || w == "midnight") && !pub.IsZero() &&
			strings.ToLower(letterRun(s, skipSpaceInline(s, j+len(w)))) != "on":
			// "had landed since dawn": the day of publication ("since
			// dawn on Sunday" is read on, from its weekday)
			return p.with(pub, started)
		case (w == "christmas" || w == "xmas") && !pub.IsZero():
			return p.with(lastOnOrBefore(pub, 12, 25), started) // "collected 200 coats since Christmas": the last one
		case n == 0 && w == "the" && !pub.IsZero():
			if t, ok := ordinalDayOnly(s, skipSpaceInline(s, j+len(w)), pub); ok {
				return p.with(t, started) // "have crossed since the 14th"
			}
		case n == 0 && w == "this" && !pub.IsZero():
			if next := strings.ToLower(letterRun(s, skipSpaceInline(s, j+len(w)))); next == "morning" {
				return p.with(pub, started) // "since this morning"
			}
		case (w == "last" || w == "past") && !pub.IsZero():
			next := strings.ToLower(letterRun(s, skipSpaceInline(s, j+len(w))))
			if next == "week" {
				return p.with(pub.AddDate(0, 0, -7), started)
			}
			if wd, ok := weekdayNames[next]; ok && w == "last" {
				// "since the offensive began last Wednesday": the one
				// before the day of publication
				back := (int(pub.Weekday()) - int(wd) + 7) % 7
				if back == 0 {
					back = 7
				}
				return p.with(pub.AddDate(0, 0, -back), started)
			}
		}
		if (w == "year" || w == "month") && !pub.IsZero() {
			// "since the start of the year", "since the beginning of this month"
			if ws := wordsBefore(s, j, 1); len(ws) == 1 && (ws[0] == "the" || ws[0] == "this") {
				if w == "year" {
					return p.with(time.Date(pub.Year(), 1, 1, 0, 0, 0, 0, time.UTC), started)
				}
				return p.with(time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC), started)
			}
		}
		if wd, ok := weekdayNames[w]; ok && !pub.IsZero() {
			back := (int(pub.Weekday()) - int(wd) + 7) % 7
			return p.with(pub.AddDate(0, 0, -back), started)
		}
		if t, ok := monthOrYearAt(s, j, pub); ok {
			if k := whenEvent(s, j); p.event == "" && k != "" {
				p.event, started = k, true
			}
			return p.with(t, started)
		}
		if w == "" {
			for j < len(s) && !isSpace(s[j]) {
				j++
			}
			continue
		}
		j += len(w)
	}
	if p.event != "" && started || p.event == "deadline" {
		p.needEvent = true // (a deadline is a day: "since the deadline" needs no verb)
	}
	return p
}

// thatDate reports "date" or "day" as the word at s[j:], after "since
// that": "since that date".
func thatDate(s string, j int) bool {
	w := strings.ToLower(letterRun(s, skipSpaceInline(s, j)))
	return w == "date" || w == "day"
}

// ordinalDayOnly reads a day of the month written as an ordinal, "the
// 14th" or "the 17th of February", at s[k]: the last such day on or
// before pub (with no month named, in pub's month or the month before).
func ordinalDayOnly(s string, k int, pub time.Time) (time.Time, bool) {
	if k >= len(s) || !isDigit(s[k]) {
		return time.Time{}, false
	}
	d, e, ok := dayAt(s, k)
	if !ok || !isLetter(s[e-1]) {
		return time.Time{}, false // "the 14th", not "the 14 families"
	}
	month := pub.Month()
	if next := skipSpaceInline(s, e); next < len(s) && s[next] != ',' && s[next] != '.' && s[next] != ';' {
		w := strings.ToLower(letterRun(s, next))
		if w == "of" {
			m, _, ok := monthAt(s, skipSpaceInline(s, next+len(w)))
			if !ok {
				return time.Time{}, false
			}
			month = m // "since the 17th of February"
		} else if isMonthOrDay(w) || w == "" && s[next] != '\n' {
			return time.Time{}, false // "the 14th March": a date the readers of dates take
		}
	}
	t := lastOnOrBefore(pub, month, d)
	if month == pub.Month() && d > pub.Day() {
		t = time.Date(pub.Year(), pub.Month()-1, d, 0, 0, 0, 0, time.UTC)
	}
	if t.Day() != d {
		return time.Time{}, false // "the 31st" before a month of thirty days
	}
	return t, true
}

// afterEventVerb may follow the verb of an event in a "since" clause
// before its date: "began on", "started in early", "began last week".
var afterEventVerb = wordSet(`on in at last this early late mid around about nearly some the a an of back earlier
	exactly almost just only more than over`)

// isMonthOrDay reports a month's or a weekday's name.
func isMonthOrDay(w string) bool {
	_, day := weekdayNames[w]
	_, month := monthNames[w]
	return day || month
}

// whenEvent returns the kind of event a "when" clause right after the
// date at s[j] names ("since the start of December, when government
// forces stepped up their offensive"): the date is that event's start.
func whenEvent(s string, j int) string {
	k := strings.Index(s[j:min(len(s), j+40)], ", when ")
	if k < 0 {
		return ""
	}
	clause := s[j+k+len(", when "):]
	if e := strings.IndexAny(clause, ".;,"); e >= 0 {
		clause = clause[:e]
	}
	return lastEventBefore(clause, len(clause))
}

// participleAside returns the end of an aside between commas at s[comma]
// that opens with a past participle (", backed by Russian air strikes,"),
// or -1.
func participleAside(s string, comma int) int {
	k := skipSpaceInline(s, comma+1)
	w := strings.ToLower(letterRun(s, k))
	if len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return -1
	}
	e := strings.IndexByte(s[k:min(len(s), k+80)], ',')
	if e < 0 {
		return -1
	}
	return k + e + 1
}

// namingAsides open an aside that names the thing before it.
var namingAsides = []string{"codenamed ", "code-named ", "dubbed ", "called ", "calls ", "known as ", "named "}

// namingAside returns the end of an aside between commas at s[comma] that
// names the thing before it (", codenamed "Olive Branch","), or -1.
func namingAside(s string, comma int) int {
	k := skipSpaceInline(s, comma+1)
	if rel, ok := strings.CutPrefix(s[k:min(len(s), k+30)], "which "); ok {
		// ", which it calls Peace Spring,": the name after the verb
		for _, w := range strings.Fields(rel)[:min(3, len(strings.Fields(rel)))] {
			if w == "calls" || w == "called" || w == "dubbed" || w == "named" {
				if v := strings.Index(s[k:], " "+w+" "); v >= 0 {
					k += v + 1
				}
				break
			}
		}
	}
	for _, a := range namingAsides {
		if strings.HasPrefix(s[k:], a) {
			e := strings.IndexByte(s[k+len(a):], ',')
			if e < 0 || e > 50 {
				return -1
			}
			return k + len(a) + e + 1
		}
	}
	return -1
}

// lastEventBefore returns the kind of the last event noun in s[:i], or "".
func lastEventBefore(s string, i int) string {
	kind := ""
	for j := 0; j < i; j++ {
		if atWordStart(s, j) && isLetter(s[j]) {
			w := letterRun(s, j)
			if k, ok := eventNouns[strings.ToLower(w)]; ok {
				kind = k
			}
			j += len(w)
		}
	}
	return kind
}

// with completes p with a resolved date; the event is kept only when the
// expression said the event started ("since the offensive began on Oct. 9").
func (p periodInfo) with(t time.Time, started bool) periodInfo {
	p.t, p.ok = t, true
	if !started {
		p.event = ""
	}
	return p
}

// monthOrYearAt reads "April", "the end of April", "January 2018",
// "December 12", "12 December 2019", "2011", "the end of 2018" at s[j]
// (the modifier words are looked up before j).
func monthOrYearAt(s string, j int, pub time.Time) (time.Time, bool) {
	mod := ""
	ws := wordsBefore(s, j, 2)
	if len(ws) == 2 && ws[1] == "of" {
		mod = ws[0]
	} else if len(ws) >= 1 {
		mod = ws[len(ws)-1]
	}
	if len(ws) > 0 && strings.HasPrefix(ws[len(ws)-1], "mid-") {
		mod = "mid"
	}
	if strings.HasSuffix(strings.ToLower(s[:j]), "mid-") {
		mod = "mid"
	}
	if t, _, ok := dateAt(s, j); ok {
		return t, true
	}
	// "9 October": the day in the most recent such month.
	if d, e, ok := dayAt(s, j); ok {
		k := skipSpaceInline(s, e)
		if m, _, ok := monthAt(s, k); ok && k > e {
			if pub.IsZero() {
				return time.Time{}, false
			}
			year := pub.Year()
			if m > pub.Month() {
				year--
			}
			return date(year, m, d)
		}
	}
	if y, _, ok := yearAt(s, j); ok {
		switch mod {
		case "end", "late":
			return time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), true
		case "mid", "middle":
			return time.Date(y, 7, 1, 0, 0, 0, 0, time.UTC), true
		}
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), true
	}
	m, e, ok := monthAt(s, j)
	if !ok {
		return time.Time{}, false
	}
	// "December 12" / "January 2018"
	k := skipSpaceInline(s, e)
	year := 0
	day := 1
	if y, _, ok := yearAt(s, k); ok {
		year = y
	} else if d, e2, ok := dayAt(s, k); ok && k > e {
		day = d
		k2 := skipSpaceInline(s, e2)
		if k2 < len(s) && s[k2] == ',' {
			k2 = skipSpaceInline(s, k2+1)
		}
		if y, _, ok := yearAt(s, k2); ok {
			year = y
		}
	}
	if year == 0 {
		if pub.IsZero() {
			return time.Time{}, false
		}
		year = pub.Year()
		if m > pub.Month() {
			year--
		}
	}
	if day == 1 {
		switch mod {
		case "end", "late":
			return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC), true
		case "mid", "middle":
			day = 15
		}
		if d := ordinalDays[strings.ToLower(mod)]; d > 0 {
			day = d // "since the ninth of October"
		}
	}
	t, ok := date(year, m, day)
	return t, ok
}

// ordinalDays spell the days of a month as ordinal words, as in "the
// ninth of October".
var ordinalDays = func() map[string]int {
	m := map[string]int{"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
		"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "thirty-first": 31}
	for k, u := range strings.Fields("first second third fourth fifth sixth seventh eighth ninth") {
		m[u] = k + 1
		m["twenty-"+u] = 21 + k
	}
	return m
}()

// pastSpan reads "past two weeks", "last 24 hours", "last week" at s[i]
// (w is the word at i). "last week" right after a reporting verb ("said
// last week") dates the statement, not the count, and is skipped.
func pastSpan(s string, i int, w string, pub time.Time) (time.Time, bool) {
	if pub.IsZero() {
		return time.Time{}, false
	}
	j := skipSpaceInline(s, i+len(w))
	n := 1
	explicit := false
	if f, ok := parseSingle(s, j); ok && !f.vague && f.value >= 1 && f.value < 1000 && f.value == float64(int(f.value)) {
		n = int(f.value)
		j = skipSpaceInline(s, f.end)
		explicit = true
	} else if hasWordFold(s[j:], "few") {
		return time.Time{}, false
	}
	unit := strings.ToLower(letterRun(s, j))
	d, ok := unitDays(unit, n)
	if !ok {
		return time.Time{}, false
	}
	prev := wordsBefore(s, i, 2)
	article := len(prev) > 0 && (prev[len(prev)-1] == "the")
	if !explicit && !article {
		if len(prev) > 0 && reportingVerbs[prev[len(prev)-1]] {
			return time.Time{}, false // "said last week" dates a statement
		}
		// (Nor does "licensed last year" start a count: the annotators
		// give none to a past year's counts, 173 to 0.)
		if w != "last" || unit != "week" {
			return time.Time{}, false
		}
	}
	return d(pub), true
}

// spanTo reads "in the 24 hours to 6 p.m. on Sunday", "over the two
// days to Monday" at s[i] ("the"): the span counts back from the day it
// ends on, the weekday named up to the next clause, or pub.
func spanTo(s string, i int, pub time.Time) (time.Time, bool) {
	j := skipSpaceInline(s, i+3)
	if pub.IsZero() || j >= len(s) || !isDigit(s[j]) && !isNumberWord(letterRun(s, j)) {
		return time.Time{}, false // most "the"s: no count of hours or days after them
	}
	if ws := wordsBefore(s, i, 1); len(ws) != 1 || ws[0] != "in" && ws[0] != "over" && ws[0] != "during" {
		return time.Time{}, false
	}
	f, ok := parseSingle(s, j)
	if !ok || f.vague || f.value < 1 || f.value >= 1000 || f.value != float64(int(f.value)) {
		return time.Time{}, false
	}
	j = skipSpaceInline(s, f.end)
	unit := strings.ToLower(letterRun(s, j))
	back, ok := unitDays(unit, int(f.value))
	if !ok {
		return time.Time{}, false
	}
	j = skipSpaceInline(s, j+len(unit))
	if to := strings.ToLower(letterRun(s, j)); to != "to" && to != "until" {
		return time.Time{}, false
	}
	if h, ok := clockHourAt(s, skipSpaceInline(s, j+2)); ok && strings.HasPrefix(unit, "hour") && int(f.value) <= h {
		back = func(t time.Time) time.Time { return t } // "in the 12 hours to 6 p.m.": the same day's morning
	}
	end := pub
	for k := j; k < len(s) && k < j+40 && s[k] != ',' && s[k] != ';'; k++ {
		if !atWordStart(s, k) {
			continue
		}
		if wd, ok := weekdayNames[strings.ToLower(letterRun(s, k))]; ok {
			end = pub.AddDate(0, 0, -((int(pub.Weekday()) - int(wd) + 7) % 7))
			break
		}
	}
	return back(end), true
}

// clockHourAt reads a clock time at s[j] ("6 p.m.", "6am", "18:00") and
// returns its hour on the 24-hour clock.
func clockHourAt(s string, j int) (int, bool) {
	k := j
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k == j || k-j > 2 {
		return 0, false
	}
	h, _ := strconv.Atoi(s[j:k])
	if k+2 < len(s) && s[k] == ':' && isDigit(s[k+1]) && isDigit(s[k+2]) {
		return h, h < 24 // "18:00"
	}
	rest := strings.ToLower(strings.TrimLeft(s[k:min(len(s), k+6)], " "))
	switch {
	case h > 12 || h == 0:
		return 0, false
	case strings.HasPrefix(rest, "a.m") || strings.HasPrefix(rest, "am"):
		return h % 12, true
	case strings.HasPrefix(rest, "p.m") || strings.HasPrefix(rest, "pm"):
		return h%12 + 12, true
	}
	return 0, false
}

// unitDays returns a function that goes back n units from a date.
func unitDays(unit string, n int) (func(time.Time) time.Time, bool) {
	switch strings.TrimSuffix(unit, "s") {
	case "day":
		return func(t time.Time) time.Time { return t.AddDate(0, 0, -n) }, true
	case "week":
		return func(t time.Time) time.Time { return t.AddDate(0, 0, -7*n) }, true
	case "fortnight":
		return func(t time.Time) time.Time { return t.AddDate(0, 0, -14*n) }, true
	case "month":
		return func(t time.Time) time.Time { return t.AddDate(0, -n, 0) }, true
	case "year":
		return func(t time.Time) time.Time { return t.AddDate(-n, 0, 0) }, true
	case "hour":
		days := (n + 23) / 24
		return func(t time.Time) time.Time { return t.AddDate(0, 0, -days) }, true
	}
	return nil, false
}

// reportingVerbs are verbs whose time adverb dates a statement.
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "announced": true, "reported": true,
	"warned": true, "stated": true, "added": true, "estimated": true, "wrote": true,
	"published": true, "released": true, "tweeted": true,
}
