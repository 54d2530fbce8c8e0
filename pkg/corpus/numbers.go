package corpus

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Number is a figure read from text: "3.6 million", "half a million",
// "between 160,000 and 300,000", "thousands".
type Number struct {
	Value     float64   // the figure; the low end of a range
	High      float64   // the high end of a range; 0 otherwise
	Qualifier Qualifier // how the text hedges it; Exact when it does not
	Vague     bool      // a vague plural such as "thousands" or "dozens"
}

// ParseNumber reads the first figure in s, with the hedging words before it
// ("more than 200,000", "nearly 1 million", "15 to 20", "tens of
// thousands"). It returns ErrNoNumber when s holds no figure.
func ParseNumber(s string) (Number, error) {
	for i := 0; i < len(s); {
		if atWordStart(s, i) {
			if n, ok := parseFigure(s, i); ok {
				q, _ := qualifierBefore(s, n.start)
				if q == "" {
					q = Exact
				}
				q = n.qualify(s, q)
				return Number{Value: n.value, High: n.high, Qualifier: q, Vague: n.vague}, nil
			}
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return Number{}, ErrNoNumber
}

// figure is a number found at a position in a text, before any
// interpretation of what it counts.
type figure struct {
	start, end int     // byte span of the figure (no hedging words, no unit)
	value      float64 // the figure; the low end of a range
	high       float64 // high end of a range, else 0
	vague      bool    // "thousands", "dozens", "several hundred"
	isRange    bool
	spelled    bool   // written in words
	scale      bool   // carries a scale word: million, thousand, m, bn
	unit       string // a unit glued to the digits: "km", "percent"
	year       bool   // four plain digits that read as a year
	digits     bool   // starts with a digit
}

// qualify refines the qualifier q found before the figure with what the
// figure itself says (a range, a vague plural, "or more").
func (f figure) qualify(s string, q Qualifier) Qualifier {
	switch {
	case f.isRange:
		return Range
	case f.vague:
		return AtLeast
	}
	rest := s[f.end:]
	if hasPrefixFold(rest, "-plus") || hasPrefixFold(rest, "+") {
		return AtLeast
	}
	// "2,000 or more", "200 people or more": look past a short noun phrase.
	for n := 0; n <= 2; n++ {
		if hasPrefixFold(trimSpaceLeft(skipWords(rest, n)), "or more") {
			return AtLeast
		}
	}
	// "another 36,000 or so", "1,700-odd people": a hedge after the
	// figure.
	if q == Exact && (hasPrefixFold(trimSpaceLeft(rest), "or so") || hasPrefixFold(rest, "-odd ")) {
		return Approx
	}
	return q
}

// smallWords gives the value of spelled-out numbers below a hundred.
var smallWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// scaleWords multiply what comes before them.
var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
	"millions": 1e6, // "3 millions" (rare, but written)
	"mln":      1e6, "bn": 1e9, "mn": 1e6,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, // "2 lakh refugees", in the Indian system
}

// vagueWords are plural counts that give an order of size only.
var vagueWords = map[string]float64{
	"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3,
	"millions": 1e6, "billions": 1e9,
}

// isNumberWord reports whether the lower-case word w can start a figure.
// The scanner calls it on every word, so it avoids maps.
func isNumberWord(w string) bool {
	switch len(w) {
	case 3:
		return w == "one" || w == "two" || w == "six" || w == "ten"
	case 4:
		return w == "four" || w == "five" || w == "nine" || w == "half" || w == "tens"
	case 5:
		return w == "three" || w == "seven" || w == "eight" || w == "fifty" || w == "sixty" ||
			w == "forty" || w == "dozen" || w == "third" || w == "fifth" || w == "sixth" || w == "ninth" || w == "tenth"
	case 6:
		return w == "eleven" || w == "twelve" || w == "twenty" || w == "thirty" ||
			w == "eighty" || w == "ninety" || w == "dozens" || w == "scores" || w == "thirds" ||
			w == "fifths" || w == "sixths" || w == "eighth" || w == "ninths" || w == "tenths"
	case 7:
		return w == "fifteen" || w == "sixteen" || w == "seventy" || w == "hundred" ||
			w == "million" || w == "billion" || w == "quarter" || w == "seventh" || w == "eighths"
	case 8:
		return w == "thirteen" || w == "fourteen" || w == "eighteen" || w == "nineteen" ||
			w == "thousand" || w == "hundreds" || w == "millions" || w == "billions" || w == "quarters" || w == "sevenths"
	case 9:
		return w == "seventeen" || w == "thousands"
	}
	return false
}

// parseFigure reads a figure starting at s[i], which starts a word. It
// handles digits ("200,000", "3.6", "865 500" with a no-break space),
// scale words and suffixes ("3.6 million", "1.5m"), spelled numbers
// ("thirty-three", "two and a half million", "half a million"), vague
// plurals ("tens of thousands") and ranges ("15 to 20", "15-20",
// "between 160,000 and 300,000").
func parseFigure(s string, i int) (figure, bool) {
	f, ok := parseSingle(s, i)
	if !ok {
		return f, false
	}
	if v, end, ok := bracketedSpaced(s, f); ok {
		// "(5 912)": a group of thousands after a plain space, which only
		// the brackets around the whole number make certain.
		f.value, f.end = v, end
	}
	// "a" before "million", "dozen", "half": "a million people".
	if lw := strings.ToLower(letterRun(s, f.start)); !f.digits && (halfScale(lw) > 0 || lw == "half") {
		if p := prevWordStart(s, f.start); p >= 0 && strings.EqualFold(s[p:f.start-1], "a") && isSpace(s[f.start-1]) {
			if !f.vague {
				f.start = p
			}
		}
	}
	// "several thousand", "a few hundred", "many thousands", "several
	// dozen".
	if f.spelled && (f.scale || strings.EqualFold(letterRun(s, f.start), "dozen")) && !f.vague {
		if w := wordBefore(s, f.start); w != "" {
			lw := strings.ToLower(w)
			if lw == "several" || lw == "few" || lw == "many" {
				f.vague = true
			}
		}
	}
	return parseRange(s, f), true
}

// parseRange extends f with a high end: "15 to 20", "15-20", "between X and Y".
// runningTotalFromDate reports a day of the month at i inside a running
// total, "bringing the number killed since Feb. 3 to 16": the "to" after
// the date gives the total, not the date range's end.
func runningTotalFromDate(s string, i int) bool {
	j := skipSpaceBack(s, i)
	if j > 0 && s[j-1] == '.' {
		j-- // "Feb. 3"
	}
	if _, ok := monthNames[strings.ToLower(wordBefore(s, j))]; !ok {
		return false
	}
	low := strings.ToLower(s[max(0, i-80):i])
	if n := strings.LastIndexAny(low, ".!?\n"); n >= 0 && n < len(low)-8 {
		low = low[n+1:] // this sentence only (not the month's abbreviation dot)
	}
	return strings.Contains(low, "bringing the ") || strings.Contains(low, "brings the ") || strings.Contains(low, "brought the ") ||
		strings.Contains(low, "taking the ") || strings.Contains(low, "raising the ")
}

func parseRange(s string, f figure) figure {
	if f.vague {
		return f
	}
	j := f.end
	var k int
	switch {
	case j < len(s) && (s[j] == '-'):
		k = j + 1
	case strings.HasPrefix(s[j:], "–") || strings.HasPrefix(s[j:], "—"):
		k = j + len("–")
	default:
		t := skipSpaceInline(s, j)
		switch {
		case t > j && hasWordFold(s[t:], "to") && runningTotalFromDate(s, f.start):
			return f // "bringing the number killed since Feb. 3 to 16": a date, then the total
		case t > j && hasWordFold(s[t:], "to"):
			k = skipSpaceInline(s, t+2)
		case t > j && hasWordFold(s[t:], "and") && strings.EqualFold(wordBefore(s, f.start), "between"):
			k = skipSpaceInline(s, t+3)
		case t > j && hasWordFold(s[t:], "or"):
			// "two or three families", "10 or 15 people": an estimate
			// between two figures, as "to" would give.
			k = skipSpaceInline(s, t+2)
		case strings.HasPrefix(s[t:], "–") || strings.HasPrefix(s[t:], "—") || (t < len(s) && s[t] == '-' && t+1 < len(s) && s[t+1] == ' '):
			_, size := utf8.DecodeRuneInString(s[t:])
			k = skipSpaceInline(s, t+size)
		default:
			return f
		}
		if k == t {
			return f
		}
	}
	if k >= len(s) || !atWordStart(s, k) {
		return f
	}
	if hasWordFold(s[k:], "a") {
		// "between 800,000 and a million": the article of a scale word.
		if k2 := skipSpaceInline(s, k+1); k2 > k+1 && halfScale(strings.ToLower(letterRun(s, k2))) > 0 {
			k = k2
		}
	}
	g, ok := parseSingle(s, k)
	between := strings.EqualFold(wordBefore(s, f.start), "between")
	// "eight to 10 towns": news style spells the numbers under ten, so a
	// range across ten mixes words and digits
	acrossTen := f.spelled && ok && !g.spelled && f.value < 10 && g.value >= 10 && g.value <= 20
	if !ok || g.vague || g.spelled != f.spelled && !(g.scale || f.scale) && !between && !acrossTen {
		return f // "between eight and 12 children" mixes words and digits
	}
	if f.year && g.year {
		return f // "2011-2019": years, not a count range
	}
	if g.end+1 < len(s) && s[g.end] == '-' && isDigit(s[g.end+1]) {
		return f // "867-993-0142": a phone number's groups, not a range
	}
	lo, hi := f.value, g.value
	if g.scale && !f.scale {
		// "1.5 to 2 million", "1 to 1.5 million": the scale applies to
		// both ends.
		for _, sc := range []float64{1e9, 1e6, 1e3} {
			if hi >= sc && lo*sc <= hi {
				lo *= sc
				break
			}
		}
	}
	if hi <= lo {
		return f
	}
	if f.unit != "" && g.unit == "" {
		g.unit = f.unit
	}
	f.value, f.high, f.isRange, f.end, f.unit = lo, hi, true, g.end, g.unit
	f.year = false
	return f
}

// parseSingle reads one figure (no range) starting at s[i].
func parseSingle(s string, i int) (figure, bool) {
	if i >= len(s) {
		return figure{}, false
	}
	if isDigit(s[i]) {
		if f, ok := digitShare(s, i); ok {
			return f, true
		}
		return parseDigits(s, i)
	}
	return parseWords(s, i)
}

// digitShare reads a share written in digits, "1 in 5", "9 in 10": a
// small count in a larger one of at most 100, as a percentage; not "3 in
// 2020".
func digitShare(s string, i int) (figure, bool) {
	n, j, ok := numAt(s, i, 1)
	if !ok || n < 1 || !strings.HasPrefix(s[j:], " in ") {
		return figure{}, false
	}
	d, e, ok := numAt(s, j+len(" in "), 4)
	if !ok || d <= n || d > 100 || e < len(s) && (isLetter(s[e]) || isDigit(s[e]) || s[e] == ',' && e+1 < len(s) && isDigit(s[e+1])) {
		return figure{}, false
	}
	return figure{start: i, end: e, value: math.Round(10000*float64(n)/float64(d)) / 100, unit: "percent", digits: true}, true
}

// indianGrouping returns the end of the groups of two digits and the
// final group of three that follow the leading digits of a number written
// in the Indian system, "9,38,531" or "1,50,00,000", read from the first
// comma at s[j]; or j when they do not follow.
func indianGrouping(s string, j int) int {
	k, pairs := j, 0
	for k+3 <= len(s) && s[k] == ',' && allDigits(s[k+1:k+3]) && (k+3 == len(s) || s[k+3] == ',') {
		k += 3
		pairs++
	}
	if pairs == 0 || k+4 > len(s) || s[k] != ',' || !allDigits(s[k+1:k+4]) || k+4 < len(s) && isDigit(s[k+4]) {
		return j
	}
	return k
}

// dotThousands reports a dot at s[j] followed by three digits that end
// in "00" and no more digits, and no scale word after them: "13.600",
// "3.000", not "3.6" or "1.500 million".
func dotThousands(s string, j int) bool {
	if j+4 > len(s) || s[j] != '.' || !allDigits(s[j+1:j+4]) || s[j+2:j+4] != "00" {
		return false
	}
	if e := j + 4; e < len(s) && (isDigit(s[e]) || isLetter(s[e]) || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1])) {
		return false
	}
	next := strings.ToLower(letterRun(s, skipSpaceInline(s, j+4)))
	_, scale := scaleWords[next]
	u, unit := unitNames[next]
	return !scale && next != "percent" && next != "per" && !(unit && measureUnits[u]) // "1.200 km" is a distance
}

// parseDigits reads "200,000", "3.6 million", "1.5m", "865 500", "15km", "40%".
func parseDigits(s string, i int) (figure, bool) {
	f := figure{start: i, digits: true}
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	lead := j - i
	grouped := false
	if e := indianGrouping(s, j); lead <= 2 && e > j {
		j, grouped = e, true // "9,38,531": lakhs, then thousands
	}
	spaced := false // grouped by plain spaces: "7 900 Syrians"
	for lead <= 3 || grouped {
		sep := groupSeparator(s, j)
		if spaced {
			break // one plain-space group only: "76 410 922" is a phone number
		}
		if sep == 0 && !grouped && spaceGroup(s, i, j) {
			sep, spaced = 1, true
		}
		if sep == 0 || j+sep+3 > len(s) || !allDigits(s[j+sep:j+sep+3]) || (j+sep+3 < len(s) && isDigit(s[j+sep+3])) {
			break
		}
		j += sep + 3
		grouped = true
	}
	dotGrouped := false
	for !grouped && lead <= 3 && s[i] != '0' && dotThousands(s, j) || dotGrouped && dotThousands(s, j) {
		// "13.600 people" in copy translated from Turkish or German: no
		// English decimal ends in "00", so the dot groups thousands.
		j += 4
		dotGrouped = true
	}
	if !dotGrouped && j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	decimalComma := false
	if !grouped && !dotGrouped && j == i+lead && commaDecimal(s, j) {
		// "puts the real number at 1,5 million": a decimal comma before
		// a scale word, as South African and European copy writes it.
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		decimalComma = true
	}
	text := stripSeparators(s[i:j])
	if spaced {
		text = strings.ReplaceAll(text, " ", "")
	}
	if decimalComma {
		text = strings.Replace(s[i:j], ",", ".", 1)
	}
	if dotGrouped {
		text = strings.ReplaceAll(text, ".", "")
		grouped = true
	}
	v, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return f, false
	}
	f.value, f.end = v, j
	f.year = !grouped && j-i == 4 && v >= 1800 && v <= 2100 && !strings.Contains(text, ".")
	// Glued suffixes.
	suffix := letterRun(s, j)
	switch strings.ToLower(suffix) {
	case "":
	case "m", "mn", "mln":
		f.value = scaleExact(text, 6)
		f.scale, f.end, f.year = true, j+len(suffix), false
		return f, true
	case "bn":
		f.value = scaleExact(text, 9)
		f.scale, f.end, f.year = true, j+len(suffix), false
		return f, true
	case "k":
		f.value = scaleExact(text, 3)
		f.scale, f.end, f.year = true, j+len(suffix), false
		return f, true
	case "km", "kms":
		f.unit, f.end, f.year = "km", j+len(suffix), false
		return f, true
	default:
		// "M5", "1990s", "21st", "COVID19x": not a plain figure.
		return f, false
	}
	if j < len(s) && s[j] == '%' {
		f.unit, f.end, f.year = "percent", j+1, false
		return f, true
	}
	// Scale words after a space: "3.6 million", "200 thousand".
	k := skipSpaceInline(s, j)
	if k > j {
		w := letterRun(s, k)
		// "In 2019 millions fled": a plural after a year is a vague count
		// of its own, not the year's scale.
		plural := f.year && strings.HasSuffix(strings.ToLower(w), "s")
		if sc, ok := scaleWords[strings.ToLower(w)]; ok && sc >= 1e3 && !plural && (len(w) > 2 || strings.ToLower(w) == "bn" || strings.ToLower(w) == "mn") {
			f.value = scaleExact(text, int(math.Round(math.Log10(sc))))
			f.scale, f.end, f.year = true, k+len(w), false
		}
	}
	return f, true
}

// commaDecimal reports a comma at s[j] followed by one or two digits and a
// scale word: "1,5 million", "2,25 billion" (not "1,500 million", which
// groups thousands).
func commaDecimal(s string, j int) bool {
	if j >= len(s) || s[j] != ',' {
		return false
	}
	k := j + 1
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if n := k - j - 1; n < 1 || n > 2 {
		return false
	}
	w := strings.ToLower(letterRun(s, skipSpaceInline(s, k)))
	return skipSpaceInline(s, k) > k && (w == "million" || w == "billion")
}

// denominators are the words of spelled fractions, singular and plural.
var denominators = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
	"eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}

// parseFraction reads a spelled fraction at s[i]: a share of a whole ("a
// third of the residents", "two-thirds of them", "half of the families")
// is a percentage; a fraction of a scale word ("a quarter of a million",
// "three quarters of a million", "a quarter million") is a count. A
// fraction that is neither ("a third winter", "the third convoy") is not
// read.
func parseFraction(s string, i int) (figure, bool) {
	f := figure{start: i, spelled: true}
	w := letterRun(s, i)
	lw := strings.ToLower(w)
	num := 1.0
	den, ok := denominators[lw]
	end := i + len(w)
	switch {
	case ok && lw == "half":
		// "half of the families"; "half a million" is read by parseWords;
		// "the first half of January" is a stretch of time.
		if p := prevWordStart(s, i); p >= 0 {
			switch strings.ToLower(letterRun(s, p)) {
			case "first", "second", "latter", "other":
				return f, false
			}
		}
	case ok:
		// "a third of", "one quarter of": the article or "one" before it.
		p := prevWordStart(s, i)
		if p < 0 {
			return f, false
		}
		if pw := strings.ToLower(letterRun(s, p)); pw != "a" && pw != "one" || strings.HasSuffix(lw, "s") {
			return f, false
		}
		f.start = p
	default:
		// "two-thirds", "three quarters", "one fifth".
		n, small := smallWords[lw]
		if !small || n < 1 || n > 9 {
			return f, false
		}
		if n >= 1 {
			// "one in five children", "four in 10 refugees", "nine out of
			// ten families", "nine of every ten": a share.
			k, kw := skipSpaceInline(s, end), 0
			if nw := strings.ToLower(letterRun(s, k)); k > end && shareNouns[nw] {
				// "one person in five", "two families in three"
				if k2 := skipSpaceInline(s, k+len(nw)); k2 > k+len(nw) && (hasWordFold(s[k2:], "in") || hasWordFold(s[k2:], "out")) {
					k = k2
				}
			}
			if k > end && hasWordFold(s[k:], "in") {
				kw = 2
			} else if k > end && hasWordFold(s[k:], "out") {
				if o := skipSpaceInline(s, k+3); o > k+3 && hasWordFold(s[o:], "of") {
					kw = o + 2 - k
				}
			} else if o := skipSpaceInline(s, k+2); k > end && hasWordFold(s[k:], "of") && o > k+2 && hasWordFold(s[o:], "every") {
				kw = 2 // "nine of every ten families"
			}
			if kw > 0 {
				k2 := skipSpaceInline(s, k+kw)
				if e := skipSpaceInline(s, k2+5); hasWordFold(s[k2:], "every") && e > k2+5 {
					k2 = e // "one in every five", "nine out of every ten"
				}
				if d, ok := smallWords[strings.ToLower(letterRun(s, k2))]; ok && d > n && k2 > k+kw {
					f.value = math.Round(10000*n/d) / 100
					f.end, f.unit = k2+len(letterRun(s, k2)), "percent"
					return f, true
				}
				if k2 > k+kw && k2 < len(s) && isDigit(s[k2]) {
					// "one in 10"
					e := k2
					for e < len(s) && isDigit(s[e]) {
						e++
					}
					if d, err := strconv.Atoi(s[k2:e]); err == nil && float64(d) > n && d <= 1000 && (e == len(s) || !isLetter(s[e])) {
						f.value = math.Round(10000*n/float64(d)) / 100
						f.end, f.unit = e, "percent"
						return f, true
					}
				}
			}
		}
		j := end
		if j < len(s) && s[j] == '-' {
			j++
		} else if k := skipSpaceInline(s, j); k > j {
			j = k
		} else {
			return f, false
		}
		dw := strings.ToLower(letterRun(s, j))
		d, ok := denominators[dw]
		if !ok || dw == "half" || dw == "halves" || n > 1 && !strings.HasSuffix(dw, "s") || n == 1 && strings.HasSuffix(dw, "s") {
			return f, false
		}
		num, den, end = n, d, j+len(dw)
	}
	// "of a million", "million": a count.
	k := skipSpaceInline(s, end)
	if k < len(s) && s[k] == '(' {
		// "more than half (some 500,000) are children": the verb after
		// the count the brackets give
		if c := strings.IndexByte(s[k:], ')'); c > 0 && c < 40 {
			k = skipSpaceInline(s, k+c+1)
		}
	}
	after := strings.ToLower(letterRun(s, k))
	if k < len(s) && s[k] == ')' {
		if open := strings.LastIndexByte(s[max(0, f.start-24):f.start], '('); open >= 0 {
			// "about 315,000 (just over a third)": a share in brackets
			// after the count it is a share of
			f.value = math.Round(10000*num/den) / 100
			f.end, f.unit = end, "percent"
			return f, true
		}
	}
	scaleAt := -1
	if after == "of" {
		k2 := skipSpaceInline(s, k+2)
		if strings.ToLower(letterRun(s, k2)) == "a" {
			k3 := skipSpaceInline(s, k2+1)
			if sc := halfScale(strings.ToLower(letterRun(s, k3))); sc >= 1e3 {
				scaleAt = k3
			}
		}
	} else if sc := halfScale(after); sc >= 1e3 && lw != "half" {
		scaleAt = k
	}
	if scaleAt >= 0 {
		sw := letterRun(s, scaleAt)
		f.value = math.Round(num / den * halfScale(strings.ToLower(sw)))
		f.end, f.scale = scaleAt+len(sw), true
		return f, true
	}
	if lw == "half" && (after == "the" || after == "its" || after == "their") && f.start == i && halfSubject(s, i) {
		after = "of" // "She said half the caravans had water inside": half of them
	}
	if lw == "half" && after == "the" && populationSoon(s, k) {
		after = "of" // "driven half the country's pre-war population from their homes"
	}
	if after != "of" && !(shareVerbs[after] && (lw == "half" || num > 1 || strings.HasSuffix(lw, "s") || pluralVerbs[after] && subjectShare(s, f.start))) &&
		after != "funded" && !baselineShare(s, f.start) && !gappedShare(s, f.start, after) {
		// ("the appeal is less than a third funded", "up from about a
		// third when the operation began", "making up roughly a quarter"
		// are shares.)
		// "two-thirds had cut their meals", "half could not pay": a share
		// that is the subject of its verb. ("a third" before a verb stays
		// out: "the price has risen by a third"; but "Roughly a quarter
		// have moved" is a share of people.)
		return f, false
	}
	f.value = math.Round(10000*num/den) / 100
	f.end, f.unit = end, "percent"
	return f, true
}

// baselineShare reports a share at s[i] after "up from" or "down from",
// with up to two hedge words between: "60 percent, up from about a
// third": the same share at another time.
func baselineShare(s string, i int) bool {
	p := prevWordStart(s, i)
	for n := 0; n < 2 && p >= 0 && hasLower(shareHedges, letterRun(s, p)); n++ {
		p = prevWordStart(s, p)
	}
	if p < 0 {
		return false
	}
	w := strings.ToLower(letterRun(s, p))
	q := prevWordStart(s, p)
	prev := ""
	if q >= 0 {
		prev = strings.ToLower(letterRun(s, q))
	}
	if w == "up" && makeVerbs[prev] {
		return true // "with Syrians making up roughly a quarter": a share of a whole
	}
	return w == "from" && (prev == "up" || prev == "down")
}

// gappedShare reports a share at s[i] in a clause that leaves out its
// verb after "and", with a preposition after it, where the sentence gave
// another share before: "Nearly two-thirds are sheltering in camps and
// about a quarter in unfinished buildings".
func gappedShare(s string, i int, after string) bool {
	if !gapPrepositions[after] {
		return false
	}
	p := prevWordStart(s, i)
	for n := 0; n < 2 && p >= 0 && hasLower(shareHedges, letterRun(s, p)); n++ {
		p = prevWordStart(s, p)
	}
	if p < 0 || !strings.EqualFold(letterRun(s, p), "and") {
		return false
	}
	from := max(0, p-300)
	if k := strings.LastIndexAny(s[from:p], ".!?\n"); k >= 0 {
		from += k + 1
	}
	for _, w := range strings.Fields(strings.ToLower(s[from:p])) {
		w = strings.Trim(w, ",;:()")
		if strings.HasSuffix(w, "%") || w == "percent" || w == "half" {
			return true
		}
		if _, frac := denominators[w[strings.LastIndexByte(w, '-')+1:]]; frac {
			return true // "two-thirds", "a third"
		}
	}
	return false
}

// gapPrepositions follow a share whose clause leaves out its verb: "and
// a quarter in unfinished buildings".
var gapPrepositions = wordSet(`in at on inside under near with`)

// makeVerbs make up a whole with "up": "Syrians make up a quarter".
var makeVerbs = wordSet(`make makes made making`)

// populationSoon reports "population" among the three words after the
// "the" at s[k]: "the country's pre-war population".
func populationSoon(s string, k int) bool {
	words := strings.Fields(s[k:min(len(s), k+60)])
	for _, w := range words[1:min(len(words), 4)] {
		if strings.HasPrefix(strings.ToLower(w), "population") {
			return true
		}
	}
	return false
}

// pluralVerbs agree with a share of people, not with a share of a thing,
// where the share opens its clause ("More than a third had spent").
var pluralVerbs = wordSet(`have are were live remain had`)

// halfSubject reports "half" at s[i] opening a clause, "Half the families
// have left", "She said half the caravans ...", not "displaced half the
// population" or "fewer than half the number".
func halfSubject(s string, i int) bool {
	p := prevWordStart(s, i)
	if p < 0 {
		return true
	}
	switch strings.ToLower(letterRun(s, p)) {
	case "said", "says", "say", "that":
		return true
	}
	j := skipSpaceBack(s, i)
	return j == 0 || strings.IndexByte(".;:!?\n(,", s[j-1]) >= 0
}

// subjectShare reports "a third" or "one quarter" at s[i] opening its
// clause, alone or after a hedge of one or two words: "Roughly a quarter
// have moved", "More than a third had spent", "A third are children"; not
// "risen by a third".
func subjectShare(s string, i int) bool {
	p := prevWordStart(s, i)
	for n := 0; n < 2 && p >= 0 && hasLower(shareHedges, letterRun(s, p)); n++ {
		i, p = p, prevWordStart(s, p) // "Roughly", "More than", "Just over"
	}
	if p >= 0 && shareClauseOpeners[strings.ToLower(letterRun(s, p))] {
		// "found that around a fifth live in tents", "Police said around
		// a fifth were minors", "more than half were Afghans, and around
		// a fifth were Syrians": a clause of its own
		return true
	}
	if p >= 0 {
		return false // "risen by a third", "cut to a quarter"
	}
	j := skipSpaceBack(s, i)
	return j == 0 || strings.IndexByte(".;:!?\n(", s[j-1]) >= 0
}

// shareClauseOpeners open a clause whose subject may be a share.
var shareClauseOpeners = wordSet(`that said says say and while whereas but`)

// parseWords reads spelled-out numbers and vague plurals.
func parseWords(s string, i int) (figure, bool) {
	if f, ok := parseFraction(s, i); ok {
		return f, true
	}
	f := figure{start: i, spelled: true}
	if suffixAfterApostrophe(s, i) {
		return f, false // "Associated Press'ten": a Turkish case ending, not "ten"
	}
	w := letterRun(s, i)
	lw := strings.ToLower(w)
	if _, ok := denominators[lw]; ok && lw != "half" {
		return f, false // "third" as an ordinal
	}
	// Vague plurals: "tens of thousands", "hundreds of thousands", "thousands".
	if mult, ok := map[string]float64{"tens": 10, "hundreds": 100}[lw]; ok {
		k := skipSpaceInline(s, i+len(w))
		if hasWordFold(s[k:], "of") {
			m := skipSpaceInline(s, k+2)
			w2 := letterRun(s, m)
			if v, ok := vagueWords[strings.ToLower(w2)]; ok && v >= 1e3 {
				f.value, f.end, f.vague = mult*v, m+len(w2), true
				return f, true
			}
		}
	}
	if v, ok := vagueWords[lw]; ok {
		f.value, f.end, f.vague = v, i+len(w), true
		return f, true
	}
	toks := numberTokens(s, i)
	var total, current float64
	seen, lastSmall := false, false
	var lastVal, lastScale float64
	end := i
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		next := func(n int) string {
			if k+n < len(toks) {
				return toks[k+n].word
			}
			return ""
		}
		if v, ok := smallWords[t.word]; ok {
			tensUnit := lastSmall && lastVal >= 20 && math.Mod(lastVal, 10) == 0 && v < 10 && v > 0
			if !tensUnit && (lastSmall || (seen && current != 0 && math.Mod(current, 100) != 0)) {
				break // "two three" is not one number
			}
			current += v
			lastVal = v
			seen, lastSmall, end = true, true, t.end
			continue
		}
		lastSmall = false
		switch t.word {
		case "hundred":
			current = math.Max(current, 1) * 100
		case "thousand", "million", "billion":
			total += math.Max(current, 1) * scaleWords[t.word]
			current, lastScale = 0, scaleWords[t.word]
		case "dozen":
			current = math.Max(current, 1) * 12
		case "half":
			// "half a million", "half a dozen", "a half million"
			n := 1
			if w := next(1); w == "a" {
				n = 2
			}
			sc := halfScale(next(n))
			if sc == 0 || seen && current == 0 {
				goto done
			}
			total += (current + 0.5) * sc
			current = 0
			k += n
		case "and":
			// "two and a half million", "two hundred and fifty"
			if next(1) == "a" && next(2) == "half" && halfScale(next(3)) >= 1e3 && seen {
				total += (current + 0.5) * halfScale(next(3))
				current = 0
				k += 3
				break
			}
			if _, ok := smallWords[next(1)]; ok && current > 0 && math.Mod(current, 100) == 0 {
				continue
			}
			if next(1) == "a" && next(2) == "half" && halfScale(next(3)) == 0 && current == 0 && lastScale > 0 {
				// "a million and a half Syrians": half the scale again
				total += lastScale / 2
				k += 2
				break
			}
			if next(1) == "a" && next(2) == "half" && halfScale(next(3)) == 0 && current > 0 {
				// "eight and a half years": the half is the count's own.
				current += 0.5
				k += 2
				break
			}
			goto done
		default:
			goto done
		}
		seen, end = true, toks[k].end
	}
done:
	if !seen {
		return f, false
	}
	f.value, f.end = total+current, end
	low := strings.ToLower(s[f.start:f.end])
	f.scale = strings.Contains(low, "hundred") || strings.Contains(low, "thousand") ||
		strings.Contains(low, "million") || strings.Contains(low, "billion")
	return f, true
}

// halfScale is the multiplier "half" takes before w: "half a million".
func halfScale(w string) float64 {
	switch w {
	case "dozen":
		return 12
	case "hundred", "thousand", "million", "billion":
		return scaleWords[w]
	}
	return 0
}

// wordToken is one lower-case word of a spelled-out number.
type wordToken struct {
	word       string
	start, end int
}

// numberTokens splits the words from s[i] that can belong to a spelled
// number, joined by single spaces or hyphens ("thirty-three").
func numberTokens(s string, i int) []wordToken {
	var toks []wordToken
	j := i
	for len(toks) < 12 {
		w := letterRun(s, j)
		if w == "" {
			break
		}
		lw := strings.ToLower(w)
		_, small := smallWords[lw]
		switch {
		case small, lw == "hundred", lw == "thousand", lw == "million", lw == "billion",
			lw == "dozen", lw == "half", lw == "and", lw == "a":
		default:
			return toks
		}
		toks = append(toks, wordToken{lw, j, j + len(w)})
		j += len(w)
		switch {
		case j+1 < len(s) && s[j] == '-' && isLetter(s[j+1]):
			j++
		default:
			k := skipSpaceInline(s, j)
			if k == j {
				return toks
			}
			j = k
		}
	}
	return toks
}

// scaleExact returns the decimal text times 10^exp without binary
// rounding error: "4.1" and 6 give 4100000, not 4099999.9999999995.
func scaleExact(text string, exp int) float64 {
	v, err := strconv.ParseFloat(text+"e"+strconv.Itoa(exp), 64)
	if err != nil {
		return 0
	}
	return v
}

// groupSeparator returns the byte length of a thousands separator at s[j]
// (",", no-break space, narrow no-break space, thin space), or 0.
func groupSeparator(s string, j int) int {
	if j >= len(s) {
		return 0
	}
	if s[j] == ',' {
		return 1
	}
	for _, sep := range []string{"\u00a0", "\u202f", "\u2009"} {
		if strings.HasPrefix(s[j:], sep) {
			return len(sep)
		}
	}
	return 0
}

// spaceGroup reports a plain space at s[j] that groups thousands in the
// number that starts at s[i], as copy that means a no-break space often
// has it: "Nearly 7 900 Syrians", "some 1 100 people", "up to 11 000.".
// parseDigits reads one such group only. The three digits after it end
// the number, with no digit, decimal point
// or letter right after them, and nothing but a space or an opening
// bracket or quote stands before the number (not "Article 5 100", which
// a word of reference precedes).
func spaceGroup(s string, i, j int) bool {
	if j+4 > len(s) || s[j] != ' ' || !allDigits(s[j+1:j+4]) {
		return false
	}
	if e := j + 4; e < len(s) && (isDigit(s[e]) || isLetter(s[e]) || (s[e] == '.' || s[e] == ',') && e+1 < len(s) && isDigit(s[e+1])) {
		return false
	}
	if i > 0 && (isDigit(s[i-1]) || s[i-1] == '.' || s[i-1] == ',' || s[i-1] == '/' || s[i-1] == ':') {
		return false
	}
	w := strings.ToLower(wordBefore(s, i))
	if _, month := monthNames[w]; month || identifierNouns[w] {
		return false // "March 2 000", "Resolution 2 254"
	}
	return true
}

func stripSeparators(s string) string {
	if !strings.ContainsAny(s, ",\u00a0\u202f\u2009") {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r == ',' || r == '\u00a0' || r == '\u202f' || r == '\u2009' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// formatValue writes a figure without exponent or trailing zeros.
func formatValue(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// shareNouns may stand between the two numbers of a share: "one person in
// five".
var shareNouns = wordSet(`person people child children family families refugee refugees resident residents
	household households syrian syrians woman women man men`)

// shareVerbs follow a fraction that is the subject of its clause.
var shareVerbs = wordSet(`had have has were are was is could can cannot would will did do does said say says
	live lived lives remain remained`)

// bracketedSpaced reads "(5 912)": a figure of one to three digits right
// after "(", a plain space and three digits right before ")". It returns
// the value and the end of the digits.
func bracketedSpaced(s string, f figure) (float64, int, bool) {
	if !f.digits || f.start == 0 || s[f.start-1] != '(' || f.end+5 > len(s) || s[f.end] != ' ' || f.value >= 1000 || f.value != math.Trunc(f.value) {
		return 0, 0, false
	}
	if !allDigits(s[f.end+1:f.end+4]) || s[f.end+4] != ')' || f.end-f.start > 3 {
		return 0, 0, false
	}
	n, err := strconv.Atoi(s[f.end+1 : f.end+4])
	if err != nil {
		return 0, 0, false
	}
	return f.value*1000 + float64(n), f.end + 4, true
}

// suffixAfterApostrophe reports a word at s[i] glued by an apostrophe to
// the word before it, as Turkish and Finnish write case endings on names:
// "Press'ten", "Reuters'in".
func suffixAfterApostrophe(s string, i int) bool {
	switch {
	case i >= 2 && s[i-1] == '\'' && isLetter(s[i-2]):
		return true
	case i >= 4 && strings.HasSuffix(s[:i], "’") && isLetter(s[i-4]):
		return true
	}
	return false
}
