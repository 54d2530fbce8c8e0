package corpus

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// looseDateline reads the many ways outlets open their first paragraph
// with the place a story was filed from, when the stricter readers above
// found none: "BEIRUT: Heavy rain", "Gaziantep – The agency", "Istanbul
// (CNN) Hundreds", "MOSCOW, March 4. /TASS/. More", "Homs, SANA- A group",
// "Amman, Jan. 6 (Petra) -- The minister". A place is one to three
// capitalised words; after it may come a country, a date, and the
// outlet's or an agency's name in parentheses, slashes or plain; then a
// dash (or a colon after a place in capitals), or nothing when an outlet
// marked the dateline and a sentence starts. A place in mixed case needs
// a dash or such a mark. It returns the body after the dateline, the
// place, the wire named and the date, or ok false.
func looseDateline(text, publisher string) (body, place, wire string, when time.Time, ok bool) {
	if strings.HasPrefix(text, "(") {
		// "(ANSAmed) - ATHENS, MARCH 3 - More than": the outlet first.
		if end := strings.IndexByte(text, ')'); end > 0 && end < 30 && outletMark(text[1:end], publisher) {
			if r, ok := bodyAfterDash(strings.TrimLeft(text[end+1:], " ")); ok {
				b, p, w, t, ok := looseDateline(r, publisher)
				if ok && w == "" {
					w = agencyIn(text[1:end])
				}
				return b, p, w, t, ok
			}
		}
	}
	if c := strings.Index(text, ", "); c > 0 && c < 25 && !strings.Contains(text[:c], " ") && outletMark(text[:c], publisher) {
		// "TEMPO.CO, Jakarta - The ministry": the outlet, then the place.
		if b, p, w, t, ok := looseDateline(text[c+2:], publisher); ok {
			return b, p, w, t, ok
		}
	}
	i := 0
	words := 0
	for i < len(text) && words < 3 {
		w := i
		for i < len(text) && text[i] != ' ' && text[i] != ',' && text[i] != '(' && text[i] != ':' && text[i] != '/' {
			i++
		}
		word := strings.TrimRight(text[w:i], "-–—")
		if r, _ := utf8.DecodeRuneInString(word); !unicode.IsUpper(r) || !lettersOnly(word) || datelineStopWords[word] {
			if words == 0 {
				return "", "", "", time.Time{}, false
			}
			i = w
			break
		}
		words++
		if len(word) < len(text[w:i]) {
			i = w + len(word) // "SANA-": the dash is the separator
			break
		}
		if i < len(text) && text[i] == ' ' && i+1 < len(text) && isUpper(text[i+1]) && words < 3 {
			i++
			continue
		}
		break
	}
	place = strings.TrimSpace(text[:i])
	if len(place) < 3 {
		return "", "", "", time.Time{}, false
	}
	upper := !strings.ContainsFunc(place, unicode.IsLower)
	rest := text[i:]
	marked := false
	for n := 0; n < 4; n++ {
		r := strings.TrimLeft(rest, " ")
		switch {
		case strings.HasPrefix(r, ","):
			r = strings.TrimLeft(r[1:], " ")
			if strings.HasPrefix(r, "(") || strings.HasPrefix(r, "/") {
				rest = r // "BEIRUT, March 18, (AP):": the agency after a comma
				continue
			}
			if t, start, end, found := findDate(r); found && start == 0 {
				when, marked = t, true
				rest = strings.TrimPrefix(r[end:], ".")
				continue
			}
			if _, j, found := dayAt(r, 0); found && j > 0 {
				// "Geneva, 18 February:": a day of the month, day first,
				// without its year.
				if _, e, found := monthAt(r, skipSpaceInline(r, j)); found && skipSpaceInline(r, j) > j {
					marked = true
					rest = strings.TrimPrefix(r[e:], ".")
					continue
				}
			}
			if _, e, found := monthAt(r, 0); found {
				// "March 4": a day of the month without its year.
				k := skipSpaceInline(r, e)
				if d, j, found := dayAt(r, k); found && d > 0 && k > e {
					marked = true
					rest = strings.TrimPrefix(r[j:], ".")
					continue
				}
			}
			k := 0
			for k < len(r) && (unicode.IsLetter(rune(r[k])) || r[k] == ' ' && k+1 < len(r) && isUpper(r[k+1])) {
				k++
			}
			name := r[:k]
			if name == "" || !isUpper(name[0]) || wordCount(name) > 2 {
				return "", "", "", time.Time{}, false
			}
			if outletMark(name, publisher) {
				marked = true
				if ag := agencyIn(name); ag != "" {
					wire = ag
				}
			}
			rest = r[k:]
		case strings.HasPrefix(r, "("), strings.HasPrefix(r, "/"):
			closer := byte(')')
			if r[0] == '/' {
				closer = '/'
			}
			end := strings.IndexByte(r[1:], closer)
			if end < 0 || end > 40 {
				return "", "", "", time.Time{}, false
			}
			name := r[1 : 1+end]
			if r[0] == '(' && countryNames[strings.ToLower(name)] {
				rest = r[end+2:] // "ERBIL (Iraq), 16 Oct. (EFE).-": the place's country
				continue
			}
			if !outletMark(name, publisher) {
				return "", "", "", time.Time{}, false
			}
			marked = true
			if ag := agencyIn(name); ag != "" {
				wire = ag
			}
			rest = strings.TrimPrefix(r[end+2:], ".")
		default:
			n = 4
		}
	}
	r := strings.TrimLeft(rest, " \u00a0")
	sep := ""
	for _, d := range []string{"–", "—", "--", "-", ":"} {
		if strings.HasPrefix(r, d) {
			sep = d
			break
		}
	}
	switch {
	case sep == ":" && !upper && (words > 1 || !marked && !strings.Contains(publisher, "\x00colon")):
		// "Beirut: Mohammad Khalaf had worked ...": a mixed-case place
		// before a colon is a dateline only where the caller allows it.
		return "", "", "", time.Time{}, false
	case sep == "" && !marked:
		return "", "", "", time.Time{}, false
	case sep == "" && len(rest) == len(r):
		return "", "", "", time.Time{}, false // "Istanbul (CNN)Hundreds"
	}
	body = strings.TrimLeft(r[len(sep):], " \u00a0")
	if name, _, found := strings.Cut(body, " "); found && sep != ":" && outletMark(name, publisher) {
		// "Duhok – INA – More than": the agency between two dashes.
		if after, ok := bodyAfterDash(strings.TrimLeft(body[len(name):], " ")); ok {
			body = after
			if ag := agencyIn(name); ag != "" {
				wire = ag
			}
		}
	}
	if first, _ := utf8.DecodeRuneInString(body); !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune("\"“‘'", first) {
		return "", "", "", time.Time{}, false
	}
	return body, place, wire, when, true
}

// datelineStopWords open sentences, not place names.
var datelineStopWords = wordSet(`The A An In On At As But And For From It Its This That These Those
	There Since After Before When While With Without By Of To Some Many More Most Nearly About Over
	Under Up Almost Around Among According Meanwhile However Now Then Also Only Even Still Yet We He She
	They I You Our Their His Her UN U.N. EU US LIVE Live UPDATE Update BREAKING Breaking
	Monday Tuesday Wednesday Thursday Friday Saturday Sunday`)

// lettersOnly reports a word of letters, apostrophes and inner hyphens or
// dots ("Ras", "Al-Ain", "KİLİS", "St."): a place's word.
func lettersOnly(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
			return false
		}
	}
	return true
}

// outletMark reports a name that marks a dateline: a news agency, a known
// outlet, or the publisher itself by name, initials or a word of its name
// ("Petra" for "Jordan News Agency (Petra)").
func outletMark(name, publisher string) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	if agencyIn(name) != "" || outletName(name) != "" && wordCount(name) <= 3 || siteName(name) {
		return true
	}
	return knownOutlet(name) || namesPublisher(name, publisher)
}

// siteName reports a web address used as an outlet's name:
// "IraqiNews.com", "naharnet.com".
func siteName(name string) bool {
	dot := strings.LastIndexByte(name, '.')
	if dot <= 0 || strings.ContainsAny(name, " /") {
		return false
	}
	tld := name[dot+1:]
	return len(tld) >= 2 && len(tld) <= 4 && lettersOnly(tld) && lettersOnly(strings.ReplaceAll(name[:dot], ".", ""))
}
