package corpus

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A scraped page often stacks several short lines above its story: the
// outlet's name and tagline, a section, the headline, a deck, then the
// byline, date and share lines. Read one line at a time, the first short
// line looks like the headline and the deck like the story's first
// paragraph. headerPlan looks at the opening lines as a whole first: when
// byline, date or share lines close such a stack, every line above the
// last of them is header, the headline is its first line that reads like
// one, the lines above it label the page and the lines under it are decks,
// none of them story text.

// headerPlan is what the opening lines of an article say about its header.
// Line numbers count every line of the text from 0.
type headerPlan struct {
	end    int // the last line of the header stack; -1: no stack was found
	title  int // the headline's line
	labels []string
}

// planLimit bounds the lines a header stack may span: enough for outlet,
// tagline, section, headline, deck, byline, dates and share lines.
const planLimit = 16

// leadWords is the length from which a line is a paragraph of the story,
// longer than any headline or deck.
const leadWords = 60

// planHeader looks at the first lines of text. A stack is found when a
// header line (byline, date, share or cookie line, credit) closes it and a
// headline of five words or more stands above that line; a markdown title
// or a dateline, which the line-by-line reader handles, leaves no plan.
func planHeader(text string) headerPlan {
	plan := headerPlan{end: -1, title: -1}
	whole := text
	var lines []string
	for n := 0; len(text) > 0 && n < planLimit; n++ {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		lines = append(lines, strings.TrimSpace(line))
	}
	var furniture [planLimit]bool // lines found to be header furniture
	end, title := -1, -1
	decks, closed := 0, false // prose lines under the headline; furniture under it
	other := false            // a line above the headline that is no label
	seenLabel := false        // the first line has been read as the masthead
	for i, l := range lines {
		if l == "" {
			continue
		}
		if _, rule := classifyLine(l); rule == "cookie" && (title < 0 || !closed && decks == 0) {
			// A cookie notice above the headline, however long; or under
			// a line taken for it, which may be the outlet's tagline
			// ("Die Tageszeitung der deutschen Minderheit in Dänemark")
			// that a breadcrumb further down shows up.
			furniture[i] = true
			continue
		}
		if strings.HasPrefix(l, "#") || wordCount(l) >= leadWords || hasDateline(l) && !headerFurniture(l) && !acronymTagline(l, lines[:i]) && !(mastheadDash(l) && !slices.ContainsFunc(lines[:i], func(a string) bool { return strings.ContainsFunc(a, isLatinLetter) })) {
			// (not "Segunda-feira, 2 de Março de 2020 – 11:27", a date line
			// shaped like a dateline, nor "IBNA – Balkan news in English"
			// under "Independent Balkan News Agency", nor the page's first
			// Latin line "DNA — Dernières Nouvelles d'Alsace", maybe under
			// the masthead in its own script: "روزنامه مستقل" over
			// "MOSTAGHEL — Independent daily | English pages")
			break
		}
		if act, rule := classifyLine(l); act == dropRest || act == startFooter || strings.HasPrefix(rule, "related") || rule == "editor's note" {
			break // related links, a note or a footer: the header is over
		}
		if authorPlace(l, whole) || authorOutlet(l, whole) {
			// "Guifré Puig | Mytilene" over a story datelined "MYTILENE":
			// the author and where they file from, no trail.
			end, closed = i, title >= 0
			furniture[i] = true
			continue
		}
		if trail := (isBreadcrumb(l) || isSectionTrail(l)) && !shareLine(l) && !releaseLabel(l) && !bylineShaped(l) && !agencyCredit(l) && !sourceCredit(l) && !photoAgencies(l) && !captionLine(l) && !labelledCredit(l); trail && title >= 0 && !closed && decks == 0 {
			// A breadcrumb stands above the headline: the line taken for
			// it was the outlet's tagline ("Journalism from the heart of
			// crises").
			title, other = -1, true
		}
		if title < 0 && !seenLabel && latinSide(l) != "" && (i == 0 || !strings.Contains(l, " | ")) {
			// "中国新聞 Chugoku Shimbun", and on the page's first line
			// "ҲАҚИҚАТИ СУҒД | Haqiqati Sughd": the masthead in two
			// scripts, a label
			seenLabel = true
			continue
		}
		if title >= 0 && title == i-1 && !closed && decks == 0 && otherScriptTagline(l) && !strings.ContainsFunc(l, isLatinLetter) && !materialCredit(l) &&
			!strings.Contains(l, ":") && strings.ContainsFunc(lines[title], isLatinLetter) {
			// "Бизнес, финансы, рынки" under "Tazabek — экономические
			// новости Кыргызстана": a tagline wholly in the page's own
			// script right under the line taken for the headline shows
			// that line to be the outlet's masthead, a label (not
			// "Источник: Reuters", a credit)
			title = -1
			furniture[i] = true
			continue
		}
		if headerFurniture(l) {
			end, closed = i, title >= 0
			furniture[i] = true
			continue
		}
		if isSectionTrail(l) && title < 0 {
			end = i // "Home | Lebanon News": the headline comes under it
			continue
		}
		if proseLine(l) && !(title < 0 && (questionHeadline(l) || quotedHeadline(l)) && furnitureNext(lines[i+1:])) {
			if title < 0 || closed || decks > 0 {
				break // the story's first paragraph
			}
			decks++ // one deck under the headline
			continue
		}
		if title >= 0 {
			continue
		}
		label := outletLabel(l, whole) || i > 0 && spelledAcronym(lines[i-1], l) != "" || domainMasthead(l)
		// ("Upsala Nya Tidning" under "UNT": the name the acronym spells)
		if headlineShape(l) && !label {
			title = i
		} else if !label && !isSectionTrail(l) && !acronymAbove(l, lines[i+1:]) && !upperSection(l) {
			other = true
		}
	}
	if title < 0 || end < 0 || title > end && other {
		// No stack; or a line that may be a short headline stands above
		// the date line, and the line under it is a deck.
		return plan
	}
	if under := firstUnder(lines, title, furniture[:]); under >= 0 && under < end && !storyAfter(lines[end+1:], text) {
		// What read as a deck is the story itself: a one-paragraph brief
		// with a share or newsletter line under it.
		end = under - 1
	}
	plan.end, plan.title = max(end, title), title // a headline may follow the date line
	for k, l := range lines[:title] {
		if l != "" && !furniture[k] {
			plan.labels = append(plan.labels, l)
		}
	}
	return plan
}

// acronymTagline reports a line that opens with the initials of a line
// above it and a dash, "IBNA – Balkan news in English" under "Independent
// Balkan News Agency": the outlet's tagline, shaped like a dateline.
func acronymTagline(l string, above []string) bool {
	acr, _, ok := strings.Cut(l, " – ")
	if !ok {
		acr, _, ok = strings.Cut(l, " - ")
	}
	if !ok || len(acr) < 2 || !isAcronym(acr) {
		return false
	}
	if len(above) == 1 && len(acr) <= 5 && lettersInOrder(acr, above[0]) {
		return true // "GEA – Die Zeitung für Reutlingen" under "Reutlinger General-Anzeiger"
	}
	return slices.ContainsFunc(above, func(a string) bool { return wordCount(a) >= 2 && firstLetters(a) == acr })
}

// lettersInOrder reports whether the letters of acr appear in name in
// their order, in any case: "GEA" in "Reutlinger General-Anzeiger".
func lettersInOrder(acr, name string) bool {
	name = strings.ToLower(name)
	for _, r := range strings.ToLower(acr) {
		i := strings.IndexRune(name, r)
		if i < 0 {
			return false
		}
		name = name[i+utf8.RuneLen(r):]
	}
	return true
}

// tagsLine reports a page's list of topic tags: "Tags: Bahrain | Syria".
func tagsLine(l string) bool {
	for _, pre := range []string{"Tags:", "TAGS:", "Topics:", "Keywords:"} {
		if strings.HasPrefix(l, pre) {
			return !endsSentence(l)
		}
	}
	return false
}

// bylineShaped reports a line that opens with "By " and reads as a
// byline, whatever separators it uses.
func bylineShaped(l string) bool {
	if !strings.HasPrefix(l, "By ") && !strings.HasPrefix(l, "BY ") && !hasAnyPrefix(l, otherBylinePrefixes) {
		return false // (also "Avtor: AFP | Prevod: ...")
	}
	probe := articleParser{a: &Article{}}
	return probe.byline(l)
}

// headerFurniture reports a line that belongs to a page's header without
// being its headline: a byline, an author or date line, a credit, or a
// share, cookie or breadcrumb line.
func headerFurniture(l string) bool {
	if act, _ := classifyLine(l); act != keepLine {
		return true
	}
	if bylineShaped(l) || shareLine(l) || tagsLine(l) || captionLine(l) {
		return true // "By ELENI STAVROU | Associated Press", "Share: Facebook | Twitter", "Tags: Syria | Aid": not trails
	}
	if sourceCredit(l) {
		return true
	}
	if isSectionTrail(l) {
		return false // a label above the headline, not what closes the stack
	}
	if shareLine(l) || yearlessDateLine(l) || agencyCaption(l) {
		return true
	}
	if isCredit(l) && !(&articleParser{a: &Article{}}).dateLine(l) {
		// "Anas Alkharboutli / DPA / TASS"; a headline with a slash has
		// words in lower case: "Syria/Russia: Civilians Pay the Price as
		// ..." (a date's slashes make no credit: "Sun, 01/03/2020 – last
		// updated 20:45 CAT")
		return lowerWords(l) < 2
	}
	probe := articleParser{a: &Article{}}
	return probe.headerLine(l) || probe.authorLine(l)
}

// proseLine reports a line that reads as a sentence of text: eight words
// or more ending like a sentence.
func proseLine(l string) bool {
	if wordCount(l) < 8 || !endsSentence(l) {
		return false
	}
	for _, sep := range []string{" | ", " · "} {
		if i := strings.LastIndex(l, sep); i > 0 {
			if last := l[i+len(sep):]; wordCount(last) <= 3 || wordCount(last) <= 5 && foundingYear(last) {
				// "Nezavisni list Pančeva i južnog Banata | od 1869.", "... |
				// leidžiamas nuo 1989 m.": a tagline and the founding year;
				// "El Decano de la Prensa Nacional · Veracruz, Ver.": a
				// tagline and the outlet's town, its state abbreviated
				return false
			}
		}
	}
	// A closing quote ends a sentence only after its full stop: a headline
	// may end on a quotation ("... 'There is nowhere left to run'").
	t := strings.TrimRight(l, "\"'”’» ")
	if len(t) < len(l) {
		r, _ := utf8.DecodeLastRuneInString(t)
		return strings.ContainsRune(".!?…", r)
	}
	return true
}

// foundingYear reports a tagline's part that gives a year an outlet was
// founded in: "leidžiamas nuo 1989 m." ("published since 1989").
func foundingYear(part string) bool {
	for _, w := range strings.Fields(part) {
		if w = strings.Trim(w, ".,"); len(w) == 4 && allDigits(w) && w >= "1700" && w <= "2030" {
			return true
		}
	}
	return false
}

// quotedHeadline reports a headline that ends on a quotation after a
// colon, "Lebanon’s bulldozers arrive in Arsal: “Where will we go when the
// rain comes?”": one clause and a quote, no sentence of a story.
func quotedHeadline(l string) bool {
	c := strings.LastIndex(l, ": ")
	if c < 0 || wordCount(l) > 25 || strings.Contains(l[:c], ". ") {
		return false
	}
	q := strings.TrimSpace(l[c+2:])
	return (strings.HasPrefix(q, "“") || strings.HasPrefix(q, "\"") || strings.HasPrefix(q, "‘") || strings.HasPrefix(q, "'")) &&
		strings.IndexAny(strings.TrimRight(q, "”\"’'"), "”\"") < 0
}

// questionHeadline reports a headline that asks a question: "Explainer:
// Who has fled, and where are they going?" reads as a sentence otherwise.
func questionHeadline(l string) bool {
	l = strings.TrimRight(l, "’'") // "‘When the bulldozers come, where do the children sleep?’"
	return strings.HasSuffix(l, "?") && wordCount(l) <= 25 && !strings.ContainsAny(l, "\"“”")
}

// radioName returns a radio station's masthead without its frequency,
// "Sobi FM" for "Sobi 101.9 FM" (and "Bush Radio" for "Bush Radio 89.5
// FM", a name that says radio already), or "".
func radioName(l string) string {
	ws := strings.Fields(l)
	n := len(ws)
	if n >= 2 && n <= 4 && fmFrequency(ws[n-1]) && slices.ContainsFunc(ws[:n-1], isRadioWord) && isUpper(ws[0][0]) && strings.ContainsFunc(l, unicode.IsLower) {
		return strings.Join(ws[:n-1], " ") // "Homeboyz Radio 103.5": a name that says radio, and its frequency with no band
	}
	bandFirst := false
	if n >= 3 && (ws[n-2] == "FM" || ws[n-2] == "AM") {
		ws[n-2], ws[n-1] = ws[n-1], ws[n-2] // "Open Gate FM 101.3": the band before the frequency
		bandFirst = true
	}
	if n == 3 && (ws[2] == "FM" || ws[2] == "AM") && callSign(ws[0]) && isNumber(ws[1]) {
		if bandFirst {
			return ws[0] + " " + ws[2] // "WINN FM 98.9": the name the station writes, its band with it
		}
		return ws[0] // "CJLO 1690 AM": a station's call sign, its frequency and band
	}
	if n == 2 && callSign(ws[0]) && amDial(ws[1]) {
		return ws[0] // "CJAD 800": the call sign and its place on the AM dial
	}
	if n < 3 || n > 5 || ws[n-1] != "FM" && ws[n-1] != "AM" || !strings.ContainsFunc(l, unicode.IsLower) {
		return ""
	}
	if !isNumber(ws[n-2]) || !isUpper(ws[0][0]) {
		return ""
	}
	name := ws[: n-2 : n-2]
	if slices.ContainsFunc(name, isRadioWord) {
		return strings.Join(name, " ")
	}
	return strings.Join(append(name, ws[n-1]), " ")
}

// isNumber reports a word that parses as a number, "1690", "90.3".
func isNumber(w string) bool {
	_, err := strconv.ParseFloat(w, 64)
	return err == nil
}

// callSign reports an American broadcaster's call sign: three or four
// capital letters after the K, W, C, X or Z its country's stations take,
// "CJLO", "WXPR", "ZBVI" (not "MEGA" of "MEGA 98.1 FM", a name in
// capitals).
func callSign(w string) bool {
	return len(w) >= 3 && len(w) <= 4 && strings.ContainsRune("KWCXZ", rune(w[0])) &&
		!strings.ContainsFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' })
}

// amDial reports a whole number on the AM dial, in kilohertz: "800",
// "1690".
func amDial(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 530 && n <= 1710
}

func isRadioWord(w string) bool { return strings.EqualFold(w, "radio") }

// fmFrequency reports a word that is an FM frequency in megahertz, "103.5".
func fmFrequency(w string) bool {
	f, err := strconv.ParseFloat(w, 64)
	return err == nil && strings.Contains(w, ".") && f >= 87.5 && f <= 108
}

// furnitureNext reports that the first non-empty line of lines is header
// furniture (a byline, a date line, a credit) or a deck right over such
// a line.
func furnitureNext(lines []string) bool {
	for k, l := range lines {
		if l != "" {
			if headerFurniture(l) {
				return true
			}
			// a deck between: "Castlerea woman on the front line of
			// Lebanon's refugee crisis", then the date line
			return headlineShape(l) && !endsSentence(l) && furnitureNext(lines[k+1:min(len(lines), k+2)])
		}
	}
	return false
}

// headlineShape reports a line shaped like a headline: five words or
// more, not a full-stop sentence, not a section trail. (Whether it is
// header furniture the caller has seen.)
func headlineShape(l string) bool {
	return wordCount(l) >= 5 && wordCount(l) < leadWords && !strings.HasSuffix(l, ".") && !isSectionTrail(l)
}

// labelPublisher names the outlet from the labels above the headline: the
// first that is a known outlet or reads as an outlet's name, or the name
// its initials stand for when a later label spells it out ("Voice of
// America" under "VOA"), or "".
func labelPublisher(labels []string, text string) string {
	best, acronym := "", ""
	for li, orig := range labels {
		if isAcronym(orig) {
			acronym = orig
		}
		l := strings.TrimSpace(strings.Split(strings.Split(strings.Split(orig, " | ")[0], " – ")[0], " — ")[0]) // "Xinhua | English.news.cn", "bianet – Bağımsız İletişim Ağı"
		latin := latinSide(orig)
		if latin != "" {
			l = latin // "إيلاف | Elaph"
		}
		l = withoutOwnInitials(l)
		if !strings.ContainsFunc(l, unicode.IsLower) {
			l = strings.TrimSpace(strings.Split(l, " · ")[0]) // "AL QABAS · ENGLISH EDITION", not "Society · Migration"
			l = dotlessInside(l)                              // "MİLAT", which the page signs "Milat"
		}
		twoScripts := li == 0 && l != orig && l == latin // "Ժողովուրդ | Zhoghovurd Daily": the masthead, whatever its words
		if hasLower(outletWords, l) && !siteNamed(text, l) && !twoScripts || hasLower(sectionLabels, l) || releaseLabel(l) {
			continue // "News | Syria's War", "World", "PRESS RELEASE": not a name
		}
		if best != "" && strings.EqualFold(firstLetters(l), best) {
			best = l // "Radio Plains Broadcasting" under "RPB"
			continue
		}
		name, tagline, mixed := "", taglinedOutlet(orig), mixedCaseForm(l, text)
		capsRadio := "" // "BRILA FM 88.9" as "Brila FM"
		if !strings.ContainsFunc(l, unicode.IsLower) {
			capsRadio = radioName(titleCase(l))
		}
		switch {
		case twoScripts && allCapitalised(withoutJoiners(l)) && wordCount(l) <= 4 &&
			strings.ContainsFunc(l, unicode.IsLower) && !strings.Contains(l, "."):
			name = l // "ИНДУСТРИАЛЬНАЯ КАРАГАНДА | Industrialnaya Karaganda": the masthead's name in Latin letters
		case radioName(l) != "":
			name = radioName(l) // "Sobi 101.9 FM", signed "Sobi FM"
		case li > 0 && acronym == labels[li-1] && wordCount(l) >= 2 && strings.EqualFold(firstLetters(l), acronym):
			name = l // "Upsala Nya Tidning" under "UNT"
		case tagline != "":
			name = tagline // "Daily Mirror - Sri Lanka's Leading Newspaper"
		case spelledOut(orig) != "":
			name = spelledOut(orig) // "BNA | Bahrain News Agency"
		case mixed != "" && radioName(mixed) != "":
			name = radioName(mixed) // "RADIO RHINO 91.7 FM" signed "Radio Rhino 91.7 FM": "Radio Rhino"
		case capsRadio != "" && (strings.Contains(text, capsRadio) || slices.ContainsFunc(strings.Fields(capsRadio), isRadioWord)):
			// "BRILA FM 88.9", signed "Brila FM" (not "VOICE OF KIGEZI 89.4
			// FM", signed "Voice of Kigezi"); "HOMEBOYZ RADIO 103.5", a
			// name that says radio and needs no band
			name = capsRadio
		case mixed != "":
			name = mixed // "AL-LIWAA" signed "Al-Liwaa", "NIQASH" over a page that signs "Niqash"
		case li+1 < len(labels) && bareDomain(labels[li+1]) && spelledName(l):
			name = l // "Views and News from Norway" over "newsinenglish.no"
		case li == 0 && len(labels) > 1 && isAcronym(strings.Fields(l)[0]) && wordCount(l) >= 3 && !isAcronym(l) &&
			strings.EqualFold(capitalInitials(strings.Split(labels[1], " | ")[0]), strings.Fields(l)[0]):
			// "BNR Radio Bulgaria" over "Bulgarian National Radio |
			// English service": the parent's initials, then the outlet
			name = strings.TrimSpace(l[len(strings.Fields(l)[0]):])
		case li == 0 && len(labels) > 1 && (taglineLine(labels[1]) || isSectionTrail(labels[1]) || domainTagline(labels[1])) && allCapitalised(withoutJoiners(l)) && wordCount(l) <= 4 && !isAcronym(l) &&
			!hasLower(sectionLabels, l) && !releaseLabel(l):
			// "Liechtensteiner Vaterland" over "Die Tageszeitung für
			// Liechtenstein", "Bailiwick Express" over "Jersey | Guernsey":
			// the masthead over its tagline or editions
			name = l
			if !strings.ContainsFunc(l, unicode.IsLower) {
				name = titleCase(l) // "HABARI LEO"
			}
		case (l != orig || wordCount(l) == 1 && lettersOnly(l)) && strings.Count(text, l) >= 3 && wordCount(l) <= 3 && !hasLower(outletWords, l):
			name = l // "bianet" alone or before its gloss, named again in the page
		case li == 0 && camelWord(l):
			name = l // "WalfQuotidien", "TelQuel": one word with a capital inside
		case !outletLabel(l, text):
		case isMasthead(l):
			name = titleCase(l)
			if o := squashedOutlet(l); o != "" {
				name = o
			}
		case outletName(l) != "" && (knownOutlet(outletName(l)) || strings.HasPrefix(l, "The ") || strings.Count(text, l) >= 2 || siteNamed(text, l) ||
			li+1 < len(labels) && (taglineLine(labels[li+1]) || domainTagline(labels[li+1])) || // "Vanuatu Daily Post" over "Vanuatu's Independent Daily Newspaper", "Erie Times-News" over "GoErie.com | Part of ..."
			isAcronym(strings.Fields(l)[0]) || acronym != "" && strings.HasPrefix(strings.ToUpper(firstLetters(l)), strings.ToUpper(acronym))):
			// "ABC News": an acronym and an outlet word
			// "The Valley Herald", named again in the footer; not a
			// section such as "World News".
			name = outletName(l)
		case outletName(l) != "":
		case wordCount(l) > 1 && !strings.ContainsFunc(l, unicode.IsLower):
			name = titleCase(l) // "AMNESTY INTERNATIONAL"
		case len(l) > 3 && !strings.ContainsFunc(l, unicode.IsLower) && strings.Contains(text, titleCase(l)):
			name = titleCase(l) // "HAWLATI" above a page that signs "© Hawlati"
		default:
			name = l
		}
		if spaced := spacedCamel(name); camelWord(name) && strings.Contains(text, spaced) {
			name = spaced // "LeDroit", which the page signs "Le Droit"
		}
		if best == "" {
			best = name
		}
	}
	if best == "" && acronym != "" && len(acronym) <= 6 {
		best = acronym // "CNA" above a section line
	}
	return best
}

// dotlessInside replaces the Turkish dotted capital İ inside words with
// I, which title-cases to a plain i ("MİLAT" as "Milat"; Go lower-cases İ
// to i and a combining dot), and keeps it at a word's start, where a
// title-cased Turkish name keeps it: "İSKENDERUN GAZETESİ" as
// "İskenderun Gazetesi".
func dotlessInside(l string) string {
	var b strings.Builder
	prev := ' '
	for _, r := range l {
		if r == 'İ' && unicode.IsLetter(prev) {
			r = 'I'
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// domainTagline reports a line that gives the site's address, a dash or
// bar and its tagline: "nordbayern.de – Nachrichten aus Nürnberg, Franken
// und der Welt" under the masthead "Nürnberger Nachrichten", "GoErie.com |
// Part of the USA TODAY Network" under "Erie Times-News".
func domainTagline(l string) bool {
	for _, d := range []string{" – ", " — ", " - ", " | "} {
		if site, _, ok := strings.Cut(l, d); ok {
			return bareDomain(site)
		}
	}
	return false
}

// bareDomain reports a line that is only a site's address:
// "newsinenglish.no", "www.example.com".
func bareDomain(s string) bool {
	s = strings.TrimSpace(s)
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 || strings.ContainsAny(s, " /") {
		return false
	}
	tld := s[dot+1:]
	return len(tld) >= 2 && len(tld) <= 4 && lettersOnly(tld) && strings.ToLower(tld) == tld
}

// domainMasthead reports a masthead line of cells parted by " | ", one
// of them the outlet's web address after its name: "Heti Világgazdaság |
// hvg.hu | Független hetilap 1979 óta".
func domainMasthead(l string) bool {
	cells := strings.Split(l, " | ")
	if len(cells) < 2 || len(cells) > 4 || cells[0] == "" || !isUpper(cells[0][0]) {
		return false
	}
	return slices.ContainsFunc(cells[1:], bareDomain)
}

// spelledName reports a name of capitalised words and short lower-case
// joiners, "Views and News from Norway".
func spelledName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 6 || !isUpper(words[0][0]) {
		return false
	}
	for _, w := range words {
		if !isUpper(w[0]) && (len(w) > 4 || !lettersOnly(w)) {
			return false
		}
	}
	return true
}

// latinSide returns the Latin half of a name given in two scripts, "إيلاف
// | Elaph" or "Elaph | إيلاف", or "".
func latinSide(label string) string {
	a, b, ok := strings.Cut(label, " | ")
	if !ok {
		// "EQTSAD اقتصاد": the two names side by side, Latin first
		words := strings.Fields(label)
		nonLatin := func(w string) bool {
			return strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) && r >= 0x250 })
		}
		k := slices.IndexFunc(words, nonLatin)
		if k == 0 {
			// "中国新聞 Chugoku Shimbun": the other script first
			k = slices.IndexFunc(words, func(w string) bool { return !nonLatin(w) })
		}
		if k <= 0 || k > 4 {
			return ""
		}
		a, b, ok = strings.Join(words[:k], " "), strings.Join(words[k:], " "), true
	}
	if strings.Contains(b, " | ") {
		return ""
	}
	a, b = strings.Trim(a, " ·•–—"), strings.Trim(b, " ·•–—") // "Jumhuriyat · Рӯзномаи ҳукуматии ...": the dot only parts the names
	latin := func(s string) bool {
		return s != "" && isUpper(s[0]) && !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x250 })
	}
	foreign := func(s string) bool {
		// (a media acronym in Latin capitals allowed: "ტრიალეთი TV")
		return s != "" && !strings.ContainsFunc(strings.Join(slices.DeleteFunc(strings.Fields(s), func(w string) bool { return mediaAcronyms[strings.ToLower(w)] && strings.ToUpper(w) == w }), " "),
			func(r rune) bool { return r < 0x250 && unicode.IsLetter(r) })
	}
	switch {
	case foreign(a) && latin(b) && wordCount(b) <= 4:
		return b
	case latin(a) && foreign(b) && wordCount(a) <= 4:
		return a
	}
	return ""
}

// spelledOut returns the name a label spells out after its acronym and a
// bar, "BNA | Bahrain News Agency" gives "Bahrain News Agency", or "".
func spelledOut(label string) string {
	acr, name, ok := strings.Cut(label, " | ")
	name, _, _ = strings.Cut(name, " | ")
	name = strings.TrimSpace(name)
	if !ok || !isAcronym(acr) || len(acr) < 2 || !strings.EqualFold(initials(name), acr) {
		return ""
	}
	return name
}

// sectionLabels are the sections a site files a story under, which stand
// above headlines as the outlet's name does.
var sectionLabels = wordSet(`world politics business sport sports opinion culture lifestyle europe asia
	africa americas international national local features analysis latest home health science
	environment region regional commentary`)

// outletLabel reports a header line that names an outlet: in capitals, a
// known or outlet-like name, or a proper name the article repeats.
func outletLabel(l, text string) bool {
	probe := articleParser{text: text}
	if isMasthead(l) || outletName(l) != "" || probe.outletLine(l) || taglinedOutlet(l) != "" {
		return true
	}
	if repeatedAcronym(l, text) || mixedCaseForm(l, text) != "" {
		return true
	}
	if wordCount(l) <= 3 && isUpper(l[0]) && strings.ContainsFunc(l, unicode.IsLower) && addressSpells(text, l) {
		// "Maaal" on a page from www.maaal.com, "Mubasher Info" from
		// english.mubasher.info (a lower-case or capitals masthead is
		// read as the page signs it, below)
		return true
	}
	if name, other, ok := strings.Cut(l, " | "); ok && !strings.ContainsFunc(other, isLatinLetter) && outletLabel(name, text) {
		return true // "AL SHARQ | الشرق": the name in another script beside it
	}
	// "AMNESTY INTERNATIONAL" above a release that names Amnesty
	// International; "CORRIERE DELLA SERA" above a page from corriere.it.
	return wordCount(l) <= 5 && !strings.ContainsFunc(l, unicode.IsLower) && strings.ContainsFunc(l, unicode.IsUpper) &&
		!strings.ContainsAny(l, "0123456789:;?!,|/") && titleCase(l) != l &&
		(strings.Contains(text, titleCase(l)) || wordCount(l) >= 2 && lettersOnly(strings.Fields(l)[0]) && siteNamed(text, strings.Fields(l)[0]))
}

// authorPlace reports a line "Name Surname | Place" whose place the
// story's dateline names in capitals.
func authorPlace(l, text string) bool {
	name, place, ok := strings.Cut(l, " | ")
	if !ok || strings.Contains(place, "|") || wordCount(name) < 2 || wordCount(name) > 3 || wordCount(place) > 2 || place == "" {
		return false
	}
	for _, w := range strings.Fields(name + " " + place) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return strings.Contains(text, "\n"+strings.ToUpper(place)+" ") || strings.Contains(text, "\n"+strings.ToUpper(place)+",")
}

// authorOutlet reports a byline without "By", "Nora Velez | Poughkeepsie
// Journal", "Jen Kovacs / Castlegar News staff": a name of two or three
// capitalised words, a bar or slash, then the outlet as the page's first
// line names it, maybe with a word for its newsroom.
func authorOutlet(l, text string) bool {
	first, _, _ := strings.Cut(strings.TrimPrefix(text, "\ufeff"), "\n")
	first = strings.TrimSpace(first)
	for _, sep := range []string{" | ", " / "} {
		name, outlet, ok := strings.Cut(l, sep)
		if !ok || strings.ContainsAny(outlet, "|/") || wordCount(name) < 2 || wordCount(name) > 3 || !allCapitalised(name) || hasDigit(name) {
			continue
		}
		if sep == " / " {
			if i := strings.LastIndexByte(outlet, ' '); i > 0 && newsroomWords[strings.ToLower(outlet[i+1:])] {
				outlet = outlet[:i] // "Castlegar News staff"
			}
		}
		if first != "" && (strings.EqualFold(outlet, first) || strings.EqualFold(outlet, "The "+first)) {
			return true
		}
	}
	return false
}

// newsroomWords follow an outlet's name in a byline to say who at it
// wrote the story: "Castlegar News staff".
var newsroomWords = wordSet(`staff reporter reporters correspondent writer writers`)

// sourceCredit reports a line that credits the story to an agency:
// "Source: AFP | World Economy Desk".
func sourceCredit(l string) bool {
	if parts := strings.Split(l, " | "); len(parts) == 2 {
		// "Radio Chikuni Newsroom | Source: AFP", "Zdroj: AFP |
		// Spracovala: redakcia TH": a desk and the wire, either first
		return (wordCount(parts[0]) <= 4 && sourceCredit(parts[1])) || (wordCount(parts[1]) <= 4 && sourceCredit(parts[0]))
	}
	label, rest, ok := strings.Cut(l, ": ")
	return ok && sourceLabels[label] && agencyPart(rest)
}

// sourceLabels say "source" before a credit: English, Slovak and Czech,
// Croatian and Serbian, German, Spanish, Portuguese, Polish, Turkish.
var sourceLabels = wordSet(`Source Zdroj Izvor Quelle Fuente Fonte Źródło Kaynak`)

// mixedCaseForm returns how the page writes a name in capitals when it
// writes it again in mixed case ("Al-Liwaa" for "AL-LIWAA" above "By
// Al-Liwaa staff", "The UB Post" for "THE UB POST"), or "".
func mixedCaseForm(l, text string) string {
	name := l
	if dot := strings.LastIndexByte(l, '.'); dot > 0 && dot+1 < len(l) && lettersOnly(l[dot+1:]) && strings.ToLower(l[dot+1:]) == l[dot+1:] {
		name = l[:dot] // "KOMPAS.com", signed "Kompas.com"
	}
	if len(l) < 4 || len(l) > 30 || strings.ContainsFunc(name, unicode.IsLower) {
		return ""
	}
	if strings.ContainsAny(l, "0123456789") && (wordCount(l) < 3 || !lettersOnly(strings.Fields(l)[0])) && !lettersThenDigits(l) {
		return "" // but "TIMES 360 MALAWI" signed "Times 360 Malawi", "SOUTH24" signed "South24"
	}
	for i := 0; i < len(text); {
		if end := foldedMatch(text, i, l); end > 0 {
			if w := text[i:end]; w != l && strings.ContainsFunc(w, unicode.IsLower) && unicode.IsUpper([]rune(w)[0]) {
				return w // "Al-Liwaa", not the "al-liwaa" of an address nor "the Times" in a sentence
			}
			i = end
			continue
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return ""
}

// foldedMatch returns where name ends when text, from byte i, spells it
// in any case, or 0. Turkish capitals fold with either small i: the page
// signs "Kırşehir Çiğdem" under "KIRŞEHİR ÇİĞDEM", whose I and İ are
// not each other's simple case.
func foldedMatch(text string, i int, name string) int {
	for _, r := range name {
		if i >= len(text) {
			return 0
		}
		t, n := utf8.DecodeRuneInString(text[i:])
		if t != r && turkishFold(t) != turkishFold(r) && !strings.EqualFold(string(t), string(r)) {
			return 0
		}
		i += n
	}
	return i
}

// turkishFold lowers a letter, folding the four Turkish i's into one.
func turkishFold(r rune) rune {
	switch r {
	case 'I', 'ı', 'İ':
		return 'i'
	}
	return unicode.ToLower(r)
}

// lettersThenDigits reports one word of at least three letters and then
// digits, a masthead such as "SOUTH24".
func lettersThenDigits(l string) bool {
	d := strings.IndexAny(l, "0123456789")
	return d >= 3 && lettersOnly(l[:d]) && allDigits(l[d:])
}

// repeatedAcronym reports a line that is only an acronym the page names
// again: "CNA" above a menu with "CNA Insider" is the masthead, not a
// headline.
func repeatedAcronym(l, text string) bool {
	return len(l) >= 2 && len(l) <= 6 && isAcronym(l) && strings.Count(text, l) >= 2
}

// siteNamed reports a one-word outlet name that the page's own address
// spells, "Mirror" on a page from www.mirror.co.uk: a masthead, not a
// section.
func siteNamed(text, name string) bool {
	low := strings.ToLower(name)
	if strings.Contains(low, " ") {
		low = squash(foldAccents(low)) // "Cebu Daily News" at cebudailynews.inquirer.net
	}
	for _, pre := range []string{"://www." + low + ".", "://" + low + "."} {
		if strings.Contains(text, pre) {
			return true
		}
	}
	return false
}

// addressSpells reports a name that the page's own address spells, run
// together ("Maaal" at www.maaal.com, "Cebu Daily News" at
// cebudailynews.inquirer.net) or word by word between dots ("Mubasher
// Info" at english.mubasher.info).
func addressSpells(text, name string) bool {
	if siteNamed(text, name) {
		return true
	}
	words := strings.Fields(strings.ToLower(foldAccents(name)))
	if len(words) < 2 {
		return false
	}
	dotted := strings.Join(words, ".")
	return strings.Contains(text, "://"+dotted+"/") || strings.Contains(text, "."+dotted+"/")
}

// agencyCredit reports a line of at most three parts one of which names
// an agency, "Photo: Jane Doe / AFP": a credit. A menu of more parts
// names places, one of which may share an agency's name ("Home | Shiraz |
// Fars | Iran | World").
func agencyCredit(l string) bool {
	return len(strings.FieldsFunc(l, creditPartSep)) <= 3 && agencyPart(l)
}

// creditPartSep separates the parts of a credit or trail line.
func creditPartSep(r rune) bool { return r == '/' || r == '|' || r == '›' || r == '»' }

// agencyPart reports a line of parts, one of which names a news agency:
// "Daily News Hungary / MTI" credits the story, it is no trail.
func agencyPart(l string) bool {
	for _, part := range strings.FieldsFunc(l, creditPartSep) {
		if agencyIn(part) != "" {
			return true
		}
	}
	return false
}

// isLatinLetter reports a letter of the Latin script.
func isLatinLetter(r rune) bool { return unicode.Is(unicode.Latin, r) }

// firstLetters joins the first letters of every word of a name, joiners
// included: "Voice of America" -> "VoA".
func firstLetters(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
	}
	return b.String()
}

// lowerWords counts the words of s that start with a lower-case letter.
func lowerWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if isLower(w[0]) {
			n++
		}
	}
	return n
}

// creditMarks introduce a photo's credit at the end of its caption.
var creditMarks = []string{"Photo: ", "Photo by ", "Photograph: ", "Image: ", "Picture: ", "Credit: ", "Photo credit: ", "Bild: ", "Foto: ", "Mynd: ", "Ljósmynd: ", "Fotoğraf: ", "Larawan: "}

// captionLabels open a line that says it is a caption.
// photoWords open a caption that credits the picture first.
var photoWords = wordSet(`foto photo bild picture image fotó zdjęcie fotografia mynd fotoğraf sawirka grianghraf govva`)

var captionLabels = []string{"Photo caption:", "Image caption:", "Caption:", "(Photo:", "(Image:", "[Photo:", "[Image:", "[Photo :", "(Photo :", "[Image :",
	"Фото:", "Foto:", "Fotó:", "Zdjęcie:", "Снимка:", "Slika:", "Mynd:", "Fotoğraf:", "Сүрөт:", "Sawirka:", "Grianghraf:", "Govva:"} // and "Фото: AP Photo/Bilal Hussein. A Syrian refugee ...", the credit first

// captionLine reports a photo caption on a line of its own, which scraped
// pages often put right above the story's first line with no blank line
// between: a line that ends with a credit, "... on February 29, 2020.
// Photo: Ozan Kose/AFP via Getty Images", "... Jan. 8, 2019. (The Daily
// Star/Hassan Chreim)", "... March 2, 2020. [AP Photo/Emrah Gurel]".
func captionLine(l string) bool {
	if len(l) > 400 {
		return false
	}
	if strings.IndexByte(l, ':') >= 0 || strings.Contains(l, "Photo by ") {
		// Most lines have neither, and skip the marks' searches.
		for _, m := range creditMarks {
			if i := strings.LastIndex(l, m); i >= 0 && wordCount(l[i+len(m):]) <= 8 && !endsSentence(l[i:]) {
				if i == 0 || endsSentence(strings.TrimSpace(l[:i])) {
					return true
				}
				break // "[Image: ... (Photo: X)]": the labels below may still tell
			}
		}
	}
	if upperPhotoCredit(l) || photoAgencies(l) {
		return true
	}
	for _, c := range captionLabels {
		if strings.HasPrefix(l, c) {
			return true // "Photo caption: A family waits at the crossing."
		}
	}
	if w, rest, ok := strings.Cut(l, " "); ok && photoWords[strings.ToLower(w)] {
		// "Foto Reuters – Syrische vluchtelingen breken ...": the agency
		// that took the picture, a dash, the caption
		for _, dash := range []string{" – ", " — ", " - "} {
			if credit, _, ok := strings.Cut(rest, dash); ok && wordCount(credit) <= 3 && agencyIn(credit) != "" {
				return true
			}
		}
	}
	if l == "" {
		return false
	}
	last := l[len(l)-1]
	if last != ')' && last != ']' {
		return false
	}
	open := strings.LastIndexAny(l, "([")
	if open <= 0 || !endsSentence(strings.TrimSpace(l[:open])) {
		return false
	}
	credit := l[open+1 : len(l)-1]
	if label, _, ok := strings.Cut(l, ":"); ok && wordCount(label) == 1 && strings.HasPrefix(credit, label+":") {
		// "Sawir: Families leaving Afrin. (Sawir: wakaaladaha)": one
		// word labels the line and its bracketed credit alike, the
		// page's word for "photo", whatever its language
		return true
	}
	low := strings.ToLower(credit)
	return wordCount(credit) <= 8 && (strings.Contains(credit, "/") || strings.Contains(low, "photo") ||
		strings.Contains(low, "getty") || strings.Contains(credit, "©"))
}

// agencyCaption reports a caption credited to a news agency alone in
// brackets, "Syrian Kurds queue for tents at Bardarash camp. (Reuters)".
// Above the story only: a story's own paragraph may end so.
// camelWord reports one word of letters that starts with a capital and
// has another after a lower-case letter: "WalfQuotidien".
func camelWord(l string) bool {
	if !lettersOnly(l) || strings.ContainsAny(l, ".-'’") || len(l) < 4 || !isUpper(l[0]) {
		return false
	}
	for i := 1; i+1 < len(l); i++ {
		if isLower(l[i]) && isUpper(l[i+1]) {
			return true
		}
	}
	return false
}

// labelledCredit reports a credit line that opens with a one-word label
// and a name: "Intervju: Luka Novak | Prevod iz slovenščine".
func labelledCredit(l string) bool {
	first, _, _ := strings.Cut(l, " | ")
	label, name, ok := strings.Cut(first, ": ")
	if !ok || wordCount(label) != 1 || wordCount(name) < 2 || wordCount(name) > 3 {
		return false
	}
	for _, w := range strings.Fields(name) {
		if !isUpper(w[0]) {
			return false
		}
	}
	return true
}

// photoAgencies reports a photo credit naming agencies without a colon:
// "Foto ANSA / EPA", "Photo AFP".
func photoAgencies(l string) bool {
	label, rest, ok := strings.Cut(l, " ")
	if !ok || !photoLabels[label] || wordCount(rest) > 5 {
		return false
	}
	for _, part := range strings.Split(rest, "/") {
		if agencyIn(strings.TrimSpace(part)) != "" {
			return true
		}
	}
	return false
}

// photoLabels open a photo credit in the languages pages come in.
var photoLabels = map[string]bool{"Foto": true, "Photo": true, "Photos": true, "Fotos": true, "Fotó": true, "Bild": true}

func agencyCaption(l string) bool {
	for _, dash := range []string{" — ", " – ", " - "} {
		// "... near Tal Abyad. — AFP", "... on Thursday. – AP Photo"
		if i := strings.LastIndex(l, dash); i > 0 {
			credit := strings.TrimSuffix(strings.TrimSuffix(l[i+len(dash):], " Photos"), " Photo")
			if wordCount(credit) <= 3 && agencyIn(credit) != "" && wordCount(l[:i]) >= 4 && endsSentence(strings.TrimSpace(l[:i])) {
				return true
			}
		}
	}
	if !strings.HasSuffix(l, ")") {
		return false
	}
	open := strings.LastIndexByte(l, '(')
	if open <= 0 {
		return false
	}
	credit := l[open+1 : len(l)-1]
	return wordCount(credit) <= 3 && agencyIn(credit) != "" && wordCount(l[:open]) >= 4 &&
		endsSentence(strings.TrimSpace(l[:open]))
}

// upperPhotoCredit reports a caption that ends in a credit in capitals
// after its last sentence: "A family flees the town. AFP PHOTO", "...
// border. REUTERS FILE PHOTO".
func upperPhotoCredit(l string) bool {
	if !strings.HasSuffix(l, " PHOTO") {
		return false
	}
	words := strings.Fields(l)
	k := len(words) - 1
	for k > 0 && len(words)-k <= 4 && strings.ToUpper(words[k-1]) == words[k-1] && !endsSentence(words[k-1]) {
		k--
	}
	return k > 0 && k < len(words)-1 && endsSentence(words[k-1])
}

// ownWire reports a wire that is the publisher itself, by name, initials
// or a word of its name: SANA for the Syrian Arab News Agency, Petra for
// the Jordan News Agency (Petra).
func ownWire(wire, publisher string) bool {
	if wire == "" || publisher == "" {
		return false
	}
	return squash(wire) == squash(publisher) || namesPublisher(wire, publisher)
}

// namesPublisher reports a name that is the publisher's own, in full, by
// its initials or by a capitalised word of its name: "SANA" for the
// Syrian Arab News Agency, "Petra" for the Jordan News Agency (Petra).
func namesPublisher(name, publisher string) bool {
	if publisher == "" || name == "" {
		return false
	}
	if strings.EqualFold(initials(publisher), name) || strings.EqualFold(publisher, name) {
		return true
	}
	if hasPrefixFold(name, publisher+" ") && wordCount(name)-wordCount(publisher) <= 2 {
		return true // "Chugoku Shimbun International" (Desk): one of the outlet's desks
	}
	for _, w := range strings.FieldsFunc(publisher, func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == '|' }) {
		if len(w) >= 3 && strings.EqualFold(w, name) && isUpper(w[0]) {
			return true
		}
	}
	return false
}

// knownOutlet reports one of the well-known outlets' names.
func knownOutlet(s string) bool {
	return knownOutletName(s) != ""
}

// shareWords are the buttons of a share bar.
var shareWords = wordSet(`share tweet email e-mail print facebook twitter whatsapp linkedin telegram
	reddit messenger copy link save comment comments flipboard pinterest this article change size text
	font listen min mins read shares postings posts teilen partager compartir condividi delen dela del
	viber views view likes vk wechat weibo sms via on imprimer drucken imprimir e-pošta e-posta download audio la wadaag
	roinn ríomhphost juogat e-boasta courriel correo`) // "Listen: 3 min", "4 min read", "1,284 SHARES", "Postings (1.204)", "Download audio (14:52)", "La wadaag:" (Somali), "Roinn:" (Irish), "Juogat:" (Northern Sami), "Courriel" (French e-mail), "Correo" (Spanish)

// shareLine reports a share bar scraped as text: "Share | Tweet | Email |
// Print", "Facebook Twitter Email".
func shareLine(l string) bool {
	if label, rest, ok := strings.Cut(l, ": "); ok && wordCount(label) == 1 && !strings.ContainsAny(label, "0123456789") && shareWordsOnly(rest) {
		return true // "Κοινοποίηση: Facebook | Twitter", "Deli: Facebook | Twitter": the label in any language
	}
	if label, rest, ok := strings.Cut(l, ": "); ok && shareWords[strings.ToLower(label)] && strings.Count(rest, " | ") >= 2 {
		// "Share: Facebook | Twitter | WhatsApp | Listen to the full
		// interview (11:40)": under a share label, each button opens
		// with a share word.
		for _, item := range strings.Split(rest, " | ") {
			if f := strings.Fields(item); len(f) == 0 || !shareWords[strings.ToLower(strings.Trim(f[0], ":[]"))] {
				return false
			}
		}
		return true
	}
	return shareWordsOnly(l)
}

// shareWordsOnly reports a line of two or more share words and counts.
func shareWordsOnly(l string) bool {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(l), func(r rune) bool { return r == ' ' || r == '|' || r == '·' || r == '•' }) {
		if t := strings.Trim(w, ":[]"); t != "" && !shareWords[t] && !groupedDigits(strings.Trim(w, "()[]")) && !runningTime(w) { // "Share: [Facebook] [Email]", "Comments (48)", "1,284 SHARES", "Partager :"
			return false
		}
		n++
	}
	return n >= 2
}

// runningTime reports a recording's length in brackets: "(14:52)".
func runningTime(w string) bool {
	m, sec, ok := strings.Cut(strings.TrimSuffix(strings.TrimPrefix(w, "("), ")"), ":")
	return ok && strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") && len(sec) == 2 && allDigits(m) && allDigits(sec) && m != ""
}

// groupedDigits reports a count written with digits and perhaps "," or
// "." between groups: "48", "1,284", "1.204".
func groupedDigits(s string) bool {
	digits := false
	for i := 0; i < len(s); i++ {
		switch {
		case isDigit(s[i]):
			digits = true
		case s[i] != ',' && s[i] != '.':
			return false
		}
	}
	return digits
}

// yearlessDateLine reports a header line that gives a day and a month
// without a year, with perhaps a clock time: "03 March, 16:27", "March 3".
// It dates nothing, but it closes a header stack as a date line does.
func yearlessDateLine(l string) bool {
	if wordCount(l) > 5 {
		return false
	}
	month, day := false, false
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == ',' || r == '|' }) {
		switch {
		case monthNames[strings.ToLower(strings.TrimSuffix(w, "."))] != 0 && isUpper(w[0]):
			month = true
		case len(w) <= 4 && allDigits(strings.TrimRight(w, "stndrh")):
			day = true
		case strings.Contains(w, ":") && hasDigit(w):
			// a clock time
		default:
			return false
		}
	}
	return month && day
}

// acronymAbove reports a line that is the initials of the next line's
// name: "VOA" above "Voice of America".
func acronymAbove(l string, rest []string) bool {
	if !isAcronym(l) {
		return false
	}
	for _, next := range rest {
		if next != "" {
			return strings.EqualFold(firstLetters(next), l) || strings.EqualFold(initials(next), l) ||
				strings.HasPrefix(strings.ToUpper(firstLetters(next)), strings.ToUpper(l))
		}
	}
	return false
}

// upperSection reports a section name in capitals above a headline,
// "ROJAVA-SYRIA", "MIDDLE EAST": three words at most, no lower case.
func upperSection(l string) bool {
	return wordCount(l) <= 3 && !strings.ContainsFunc(l, unicode.IsLower) && strings.ContainsFunc(l, unicode.IsUpper) && !hasDigit(l)
}

// storyAfter reports a paragraph of story among the lines left after a
// header stack, or text beyond the lines the plan looked at.
func storyAfter(lines []string, rest string) bool {
	if rest != "" {
		return true
	}
	for _, l := range lines {
		if act, _ := classifyLine(l); act != keepLine {
			continue // a correction note or a footer is no story
		}
		if wordCount(l) >= leadWords/2 || hasDateline(l) || proseLine(l) {
			return true
		}
	}
	return false
}

// firstUnder returns the first line under the headline at title that is
// neither empty nor header furniture, or -1.
func firstUnder(lines []string, title int, furniture []bool) int {
	if title < 0 {
		return -1
	}
	for k := title + 1; k < len(lines); k++ {
		if lines[k] != "" && !furniture[k] {
			return k
		}
	}
	return -1
}

// withoutJoiners drops the short lower-case words that join a name's
// words: "Times of Malawi" is "Times Malawi".
func withoutJoiners(s string) string {
	ws := strings.Fields(s)
	kept := ws[:0:0]
	for _, w := range ws {
		if !nameJoiners[w] {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// spacedCamel puts a space before each capital inside a word:
// "LeDroit" is "Le Droit".
func spacedCamel(w string) string {
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		if i > 0 && isUpper(w[i]) && isLower(w[i-1]) {
			b.WriteByte(' ')
		}
		b.WriteByte(w[i])
	}
	return b.String()
}
