package corpus

import (
	"bytes"
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// parseArticle turns the text of one file into an Article. The Body is the
// article text without headline, byline, date and dateline, image credits,
// sub-headings and outlet furniture (related links, adverts, newsletter and
// donation appeals, cookie notices, footers): paragraphs separated by one
// blank line, the lines of a paragraph joined by spaces, and paragraphs a
// scraper broke mid-sentence joined again.
func parseArticle(name, text string) *Article {
	a := &Article{Name: name}
	text = strings.TrimPrefix(text, "\ufeff")
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	a.release = isRelease(text)
	p := articleParser{a: a, text: text, plan: planHeader(text)}
	label := labelPublisher(p.plan.labels, text)
	if len(p.plan.labels) > 0 && (label == p.plan.labels[0] || label == "" && bareDomain(p.plan.labels[0])) {
		if _, rest, _ := strings.Cut(text, "\n"); rest != "" {
			second, _, _ := strings.Cut(rest, "\n")
			acronym := p.plan.labels[0]
			if dot := strings.IndexByte(acronym, '.'); dot > 0 && bareDomain(acronym) {
				acronym = acronym[:dot] // "TT.com" over "Tiroler Tageszeitung"
			}
			if name := spelledAcronym(acronym, strings.TrimSpace(second)); name != "" {
				label = name // "BBS" over "Bhutan Broadcasting Service | Home | News", "JN" over "Jornal de Notícias"
			}
		}
	}
	if len(p.plan.labels) > 1 && strings.EqualFold(label, p.plan.labels[0]) {
		if name := fullNameBelow(p.plan.labels[0], p.plan.labels[1]); name != "" {
			label = name // "FOLKETIDENDE" over "Lolland-Falsters Folketidende · Nyheder fra Lolland og Falster"
		}
	}
	a.Publisher = label // the outlet's name above its headline; "" when none
	for ; len(text) > 0; p.lineNo++ {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		p.rest = text
		p.line(strings.TrimSpace(line))
	}
	p.endParagraph()
	a.Body = p.body()
	if a.Dateline == "" && p.placeLine != "" && namesPlace(a.Title+"\n"+a.Body, p.placeLine) {
		a.Dateline = p.placeLine
	}
	a.Dateline = strings.TrimRight(a.Dateline, ", ") // "Damascus, (ST)- A new group ..."
	if place, country, ok := strings.Cut(a.Dateline, ", "); ok && countryNames[strings.ToLower(country)] {
		a.Dateline = place // "Beirut, Lebanon (AFP) —": the city, then its country
	}
	if place, agency, ok := strings.Cut(a.Dateline, ". "); ok && agency != "" && strings.ToUpper(agency) == agency {
		a.Dateline = place // "NUR-SULTAN. KAZINFORM –": the place, then the agency
	}
	if label != "" {
		a.Publisher = label // over a name read from a footer or byline
	} else if len(p.plan.labels) > 0 && domainWritten(p.plan.labels[0], a.Publisher) {
		a.Publisher = p.plan.labels[0] // "Netafrique.net" as the masthead writes it, not the address's "Netafrique"
	} else if name := addressedMasthead(p.text, a.URL); name != "" {
		a.Publisher = name // "Cayman Compass" over "© 2018 Cayman Free Press Ltd."
	}
	if a.Publisher != "" && strings.ToUpper(a.Publisher) == a.Publisher {
		if name := addressedMasthead(p.text, a.URL); strings.EqualFold(name, a.Publisher) {
			a.Publisher = name // "Azernews" for the masthead's "AZERNEWS" at azernews.az
		}
	}
	if !strings.ContainsFunc(a.Publisher, isLatinLetter) && a.URL != "" {
		// "ЖАС АЛАШ" at zhasalash.kz: the name as its address spells it
		first, _, _ := strings.Cut(strings.TrimSpace(p.text), "\n")
		for _, name := range []string{strings.TrimSpace(first), a.Publisher} {
			if latin := addressedTransliteration(name, a.URL); latin != "" {
				a.Publisher = latin
				break
			}
		}
	}
	if !strings.ContainsFunc(a.Publisher, isLatinLetter) && a.Publisher != "" {
		// "© 2020 «Түркістан» апталығы" in the footer under the masthead
		// "TÜRKISTAN": the name as the masthead spells it in Latin letters
		first, _, _ := strings.Cut(strings.TrimSpace(p.text), "\n")
		if latin := latinMasthead(strings.TrimSpace(first), a.Publisher); latin != "" {
			a.Publisher = latin
		}
	}
	a.Publisher = withoutOwnInitials(a.Publisher)
	if ownWire(a.Wire, a.Publisher) {
		a.Wire = "" // the outlet's own story, not a wire's
	}
	if a.Title == "" {
		a.Warnings = append(a.Warnings, "no title")
	}
	if a.Body == "" && strings.TrimSpace(p.text) != "" {
		a.Warnings = append(a.Warnings, "no story text found: every line was read as header or page furniture")
	} else if len(a.Body)*2 < len(p.text) && len(p.text) >= 1000 {
		// Stories keep 60-95% of a scraped page's words; far less means
		// a line was misread as the start of the footer or a block. (The
		// bytes say when the words are worth counting.)
		if page, story := wordCount(p.text), wordCount(a.Body); page >= 200 && story*10 < page*4 {
			a.Warnings = append(a.Warnings, fmt.Sprintf("only %d of the page's %d words were read as the story: check the page's layout", story, page))
		}
	}
	return a
}

// paragraph is a run of body lines.
type paragraph struct {
	text   string
	list   bool // a list item: kept even when short
	single bool // one line only
}

type articleParser struct {
	a           *Article
	inBody      bool // the header (title, byline, date, credits) is over
	inFooter    bool // everything from here on is outlet furniture
	skipBlock   bool // drop the rest of the current paragraph
	wantURL     bool // the previous line announced the original address
	cur         []string
	paras       []paragraph
	published   time.Time // from a "Published:" line, which beats other dates
	dated       time.Time // from a plain date line
	pending     string    // a short header paragraph that may be a sentence's start
	masthead    bool      // the title so far is an outlet's name in capitals
	afterByline bool      // the previous line was a byline
	placeLine   string    // an upper-case line under the byline: "KILIS"
	text        string    // the whole article, to see whether a name recurs
	listNext    bool      // a related-headlines heading alone: its list follows
	listPara    bool      // skipping that list
	listLabel   string    // the label of the linked headline on the line before: "Vakio koa"
	bylined     bool      // a byline was read
	blockLine   int       // the line's place in a header block, from 1; 0 outside one
	labelish    bool      // the title may be a label: a date line came under it, or it was a second line under the outlet's
	taglined    bool      // the title is the outlet's tagline or its spelt-out name: any headline under it replaces it
	plan        headerPlan
	lineNo      int    // the line being read, from 0
	rest        string // the text after the line being read
}

// mastheadDash reports a page's first line that reads as a dateline but
// names the outlet: "DNA — Dernières Nouvelles d'Alsace", a few words
// after the dash and no sentence.
func mastheadDash(l string) bool {
	for _, d := range []string{" — ", " – ", " - "} {
		if _, after, ok := strings.Cut(l, d); ok {
			after = strings.TrimSpace(after)
			return after != "" && wordCount(strings.ReplaceAll(after, " · ", " ")) <= 7 && !strings.ContainsAny(after[len(after)-1:], ".!?")
		}
	}
	return false
}

// bulletLine reports a line that opens with a list's bullet: "· ",
// "- ", "• ".
func bulletLine(l string) bool {
	for _, b := range []string{"· ", "- ", "• ", "– ", "* ", "» ", "▪ "} {
		if strings.HasPrefix(l, b) {
			return true
		}
	}
	return false
}

// firstLine returns the first line of s, trimmed.
func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return strings.TrimSpace(l)
}

func (p *articleParser) line(l string) {
	if l == "" {
		p.endParagraph()
		// A related-headlines heading alone in its paragraph drops the
		// list in the paragraph after it too.
		p.skipBlock = p.skipBlock && p.listNext
		p.listPara, p.listNext = p.skipBlock, false
		return
	}
	if p.inFooter {
		p.footerLine(l)
		return
	}
	if p.inBody && strings.Contains(l, " © ") && wordCount(l) <= 20 && !picturedLine(l) {
		// "World news © Agence France-Presse. Island news © King Island
		// Courier Inc. 2020": credits per section open the footer
		p.endParagraph()
		p.inFooter = true
		p.footerLine(l)
		return
	}
	if p.lineNo == p.plan.title {
		p.endParagraph()
		p.a.Title = stripMarkdown(withoutTrail(l))
		return
	}
	if captionLine(l) || !p.inBody && agencyCaption(l) && !materialCredit(l) && strings.TrimSpace(p.rest) != "" {
		p.endParagraph() // a photo caption, not story text
		return
	}
	if p.skipBlock {
		if p.listNext {
			p.listNext = false // the heading had lines of its own under it
		}
		switch act, _ := classifyLine(l); {
		case act == startFooter:
			p.skipBlock, p.listPara = false, false // "Original url:" under a cookie notice
		case p.listPara && endsSentence(l) && wordCount(l) > 12:
			p.skipBlock, p.listPara = false, false // prose, not a list of headlines
		case p.inBody || consentLine(l):
			return
		default:
			// A notice that ends where the header goes on ("We use cookies
			// ..." above the headline and date line, with no blank line).
			p.skipBlock = false
		}
	}
	if label := linkListLabel(l); label != "" && p.inBody {
		if label == p.listLabel || linkListLabel(firstLine(p.rest)) == label {
			// "Auch interessant: Drei Fragen zur Lage in Nordsyrien" twice
			// over: linked headlines under a label, in any language
			p.endParagraph()
			p.listLabel = label
			return
		}
	}
	p.listLabel = ""
	act, rule := classifyLine(l)
	if act == dropLine && rule == "breadcrumb" && p.inBody && tableHeaderOver(l, p.rest) {
		act = keepLine // "Camp | Residents | Schools" over "Zaatari | 78,527 | 32": a table's header
	}
	switch act {
	case dropLine:
		p.endParagraph()
		if strings.HasPrefix(rule, "related") && p.inBody && strings.HasSuffix(l, ":") && bulletLine(firstLine(p.rest)) {
			// "Relacionadas:" over "· Idlib: 12 hospitals hit in a
			// week": the linked headlines listed under the label
			p.skipBlock, p.listNext = true, true
			return
		}
		if pub := supportPublisher(l); pub != "" && p.a.Publisher == "" {
			p.a.Publisher = pub
		}
		if w := compiledFromAgency(l); rule == "credit" && w != "" && p.a.Wire == "" && !p.inBody {
			p.a.Wire = w // "Compiled by the World Desk from AFP reports"
		} else if _, ag := agencyAfterJoin(l, agencyJoins); rule == "credit" && ag != "" && p.a.Wire == "" && !p.inBody {
			p.a.Wire = ag // "Compiled by The Villager online desk with Reuters"
		}
		if _, start, _, ok := findDate(l); rule == "share" && ok && start > 0 && !p.inBody {
			p.dateLine(l[start:]) // "Posted by Somaliland Sun on February 19, 2019"
		}
		return
	case dropBlock:
		p.cur = nil
		p.skipBlock = true
		return
	case dropRest:
		p.endParagraph()
		p.skipBlock = true
		p.listNext = rule == "related block"
		return
	case startFooter:
		if !p.inBody && len(p.paras) == 0 && strings.HasPrefix(l, "©") && (strings.Contains(l, "/") || picturedLine(l)) {
			// "© AFP 2019 / Delil Souleiman", "© Photo DR · The olive grove
			// next to the Moria camp" above the story: a photo credit
			return
		}
		if rule == "donation" && !p.inBody {
			p.endParagraph() // an appeal in the page's header, above the story, ends nothing
			return
		}
		if rule == "shouted footer" {
			p.cur = p.cur[:0] // the address lines above "©2019 ... CORP." are the footer's
		}
		if name := footerHolder(l, p.rest); name != "" && p.inBody {
			p.dropOwnPromo(name)
		}
		p.endParagraph()
		p.inFooter = true
		// An appeal may start a paragraph or two before the line that
		// gives it away ("Donate now"); not an interview's answer that
		// asks for money ("Ms Simons: ... $50 buys a winter kit").
		for len(p.paras) > 0 && isAppeal(p.paras[len(p.paras)-1].text) && interviewLabel(p.paras[len(p.paras)-1].text) == "" {
			p.paras = p.paras[:len(p.paras)-1]
		}
		p.footerLine(l)
		return
	}
	if pub := supportPublisher(l); pub != "" {
		if p.a.Publisher == "" {
			p.a.Publisher = pub
		}
		return
	}
	if strings.HasPrefix(l, "#") {
		p.endParagraph()
		h := cleanHeading(l)
		if !p.inBody && p.a.Title == "" && strings.HasPrefix(l, "# ") {
			p.a.Title = h
		}
		return // sub-headings are not body text
	}
	if p.headerLine(l) {
		p.endParagraph()
		return
	}
	if p.lineNo <= p.plan.end {
		// The header stack: labels above the headline, decks under it.
		p.endParagraph()
		return
	}
	if !p.inBody && p.a.Title != "" {
		if place := placeDateLine(l); place != "" {
			if p.a.Dateline == "" {
				p.a.Dateline = place // "Beirut, January 10" alone above the story: the date makes it a dateline
			}
			return
		}
	}
	if !p.inBody && p.a.Title != "" && upperPlace(l) && !(isAcronym(l) && len(l) <= 4) {
		// "QAMIŞLO", "REYHANLI, Turkey" alone above the story: a dateline
		// on its own line, kept if the story names the place.
		p.placeLine, _, _ = strings.Cut(l, ", ")
		return
	}
	l = stripEmphasis(l)
	if item, ok := listItem(l); ok {
		p.endParagraph()
		if p.signOff(l) {
			return // "- AAP" closing the story, shaped like an item
		}
		p.paras = append(p.paras, paragraph{text: item, list: true, single: true})
		p.inBody = true
		return
	}
	p.cur = append(p.cur, l)
}

// headerLine handles bylines, date lines and image credits, which may
// appear before the body (and, for dates, in a header block). It reports
// whether the line was consumed.
func (p *articleParser) headerLine(l string) bool {
	if p.afterByline && len(l) > 200 {
		p.afterByline = false
	}
	if len(l) > 200 {
		return false // prose, not a byline, date or credit
	}
	if w := materialAgency(l); !p.inBody && w != "" && materialCredit(l) && wordCount(l) <= 6 {
		// "По материалам Reuters", "With material from Reuters" alone on
		// its line above the story: the copy it was written from
		if p.a.Wire == "" {
			p.a.Wire = w
		}
		return true
	}
	if !p.inBody && otherScriptTagline(l) {
		if _, ag := agencyAfterJoin(l, agencyJoins); ag != "" && p.a.Wire == "" {
			p.a.Wire = ag // "Από τη Σύνταξη της Γνώμης, με πληροφορίες από Reuters": the desk with the wire
		}
		return true // "راديو روزنة — The Voice of Syrians" under the masthead
	}
	if !p.inBody && ageStampLine(l) {
		return true // "Updated 3 hours ago", "Mis à jour il y a 3 heures"
	}
	if p.afterByline {
		// "By Lina Sinjab" / "BBC News, Beirut": the outlet on the next line.
		p.afterByline = false
		if first := strings.Split(l, ",")[0]; wordCount(l) <= 6 && !endsSentence(l) && p.outlet(first) {
			return true
		}
		if upperPlace(l) && !p.inBody {
			// "KILIS" alone under the byline: a dateline on its own line,
			// kept if the story names the place.
			p.placeLine = l
			return true
		}
	}
	if sep := headerSeparator(l); sep != "" && !p.inBody {
		parts := strings.Split(l, sep)
		used := 0
		byline := false
		place, dated := "", false
		for _, part := range parts {
			switch {
			case (upperPlace(strings.TrimSpace(part)) || placeAndCountry(strings.TrimSpace(part))) && !outletMark(part, p.a.Publisher):
				place = strings.TrimSpace(part) // "Feb 20th 2020 | ISTANBUL", "Beirut, Lebanon ● Tue, ..."
			case p.byline(part):
				byline = true
				used++
			case p.dateLine(part):
				dated = true
				used++
			case byline && p.outlet(part):
				// "By Deniz Arslan | The Bosphorus Ledger"
				used++
			case byline && reportingAgency(part) != "" && p.outlet(reportingAgency(part)):
				// "By 263Chat World Desk | Additional reporting by Reuters"
				used++
			case joinedAgency(part) != "" && p.outlet(joinedAgency(part)):
				// "By KT Press Reporter | With Xinhua", "Kuensel World Desk |
				// With Reuters", "Na Mwandishi Wetu, Dar24 Kimataifa | With
				// Reuters", "Tim Redaksi Tirto | dengan AFP"
				used++
			case p.deskWithAgency(strings.TrimSpace(part)) || p.outletWithAgency(strings.TrimSpace(part)) ||
				strings.Contains(part, ", ") && p.creditLine(strings.TrimSpace(part)):
				// "23 октомври 2019, 16:20 | Mediapool, Reuters" too
				// "Shargh World Desk, with IRNA | Translated from Persian",
				// "Habertürk English with DHA | Translated from Turkish"
				used++
			case agencyIn(part) != "" || labelledAgency(part) != "" || materialAgency(part) != "":
				// "03/03/2020 - 16:45 | Anadolu Agency", "Penulis: Tim
				// Redaksi | Sumber: AFP", "Stand: 04.03.2020, 21:48 Uhr |
				// Redaktion Wormser Zeitung, mit Material von dpa"
				if p.a.Wire == "" {
					p.a.Wire = cmp.Or(agencyIn(part), labelledAgency(part), materialAgency(part))
				}
				used++
			}
		}
		if used > 0 {
			if place != "" && dated && p.a.Dateline == "" {
				p.a.Dateline, _, _ = strings.Cut(place, ", ")
			}
			return true
		}
	}
	if p.byline(l) {
		return true
	}
	if !p.inBody && len(l) <= 120 && hasDigit(l) {
		// "Mar 4, 2020 10:15 AM By: TBNewsWatch Staff, with files from
		// Reuters": the date, then the byline.
		for _, by := range []string{" By: ", " By "} {
			if i := strings.Index(l, by); i > 0 && hasDigit(l[:i]) {
				if _, _, _, ok := findDate(l[:i]); ok {
					probe := articleParser{a: &Article{}, text: p.text}
					if rest := "By " + strings.TrimSpace(l[i+len(by):]); probe.byline(rest) && p.dateLine(strings.TrimSpace(l[:i])) {
						p.byline(rest)
						return true
					}
				}
			}
		}
	}
	if !p.inBody && len(l) <= 90 && hasDigit(l) {
		// "by Naharnet Newsdesk 07 June 2019, 13:48": byline and date.
		if _, start, _, ok := findDate(l); ok && start > 0 {
			probe := articleParser{a: &Article{}, text: p.text}
			if by := strings.TrimRight(l[:start], " -–|"); by != "" && (probe.byline(by) || probe.byline("B"+by[1:])) {
				if p.byline("B" + by[1:]); p.dateLine(l[start:]) {
					return true
				}
			}
		}
	}
	if !p.inBody && p.a.Title != "" && p.creditLine(l) {
		return true
	}
	if w := wireSignature(l); w != "" && !p.inBody {
		if p.a.Wire == "" {
			p.a.Wire = w // "Keystone-SDA/mr": the agency and its editor's initials
		}
		return true
	}
	if !p.inBody && p.authorLine(l) {
		return true
	}
	if !p.inBody && p.placeAuthorLine(l) {
		return true
	}
	if !p.inBody && authorOutlet(l, p.text) {
		return true // "Nora Velez | Poughkeepsie Journal"
	}
	if !p.inBody && (p.deskWithAgency(l) || p.a.Title != "" && p.outletWithAgency(l)) {
		return true // and "BT Utenriks, med NTB" under the headline
	}
	if !p.inBody && p.agencyThenPlace(l) {
		return true
	}
	if p.dateLine(l) {
		return true
	}
	if isCredit(l) && len(p.cur) == 0 {
		return true
	}
	return false
}

// byline reads "By [Reuters](#)", "By Jane Doe, AFP", "By Staff writer".
func (p *articleParser) byline(l string) bool {
	if !strings.Contains(l, "y ") && !strings.HasPrefix(l, "BY ") && !hasAnyPrefix(l, otherBylinePrefixes) && !hasAnyPrefix(l, authorLabels) && !italianBy(l) &&
		!hasAnyPrefix(l, englishBylinePrefixes) {
		return false // every byline prefix ends in "by ", but those in other languages, "By: " and the labels
	}
	s := stripMarkdown(l)
	if i := strings.LastIndex(s, " / "); i > 0 && len(s)-i-3 <= 3 && isLower(s[len(s)-1]) && lettersOnly(s[i+3:]) {
		s = s[:i] // "by: teleSUR / EFE / jc": an editor's initials
	}
	if strings.Contains(s, " (") {
		s = bylineRoles.Replace(s) // "By Kjersti Lunde (text) and Ingrid Solheim (photo)"
	}
	// "By ...", "Written by ...", "Reported by ..."
	n := 0
	for _, pres := range [][]string{englishBylinePrefixes, authorLabels, otherBylinePrefixes} {
		for _, pre := range pres {
			if n == 0 && strings.HasPrefix(s, pre) {
				n = len(pre)
			}
		}
	}
	if n == 0 && italianBy(s) {
		n = 3 // "di Redazione Casteddu Online (con ANSA)"
	}
	if n == 0 && (strings.HasPrefix(s, "by ") || strings.HasPrefix(s, "BY ")) && !endsSentence(s) && allCapitalised(s[3:]) {
		n = 3 // "by DAILY SABAH WITH AGENCIES", "BY JORDAN WEXLER": names only, so no broken sentence
	}
	if w := strings.Fields(s); n == 0 && len(w) >= 3 && w[0] == "BY" && isAcronym(w[1]) && isAcronym(w[2]) && !endsSentence(s) {
		n = 3 // "BY KIMBERLEY HIBBERT Observer senior reporter, with Reuters": a name in capitals, then the role
	}
	core := s
	if i := strings.Index(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		core = s[:i] // "By Hélène Dufresne (Reyhanli (Turkey), special correspondent)"
	}
	if n == 0 || wordCount(s) > 12 || endsSentence(core) && wordCount(core) > 6 {
		return false
	}
	if w := strings.Fields(s[n:]); len(w) > 0 && (w[0] == "the" || w[0] == "The") && (len(w) == 1 || !isUpper(w[1][0])) {
		return false // "By the numbers (as of Monday):", a caption; not "By the Associated Press"
	}
	p.afterByline, p.bylined = true, true
	if _, start, _, ok := findDate(s); ok && start > n {
		p.dateLine(s[start:]) // "By Wang Qian Source:Global Times Published: 2019/10/14 21:48:40"
	}
	rest := bylineDashes.Replace(s[n:]) // "By Selin Kaya - Daily Sabah", "Written by STT – translated by Helsinki Times"
	for k, part := range splitAny(rest, ",;&|") {
		if k > 0 && p.outlet(part) {
			continue // "By Layla Haddad, Al Jazeera"
		}
		if agency := reportingAgency(part); agency != "" {
			part = agency // "Additional reporting by Reuters"
		}
		part = strings.TrimSpace(part)
		for _, lead := range materialLeads {
			if hasPrefixFold(part, lead) {
				part = part[len(lead):] // "mit Material von AFP", "Web Desk, with inputs from Reuters"
			}
		}
		if w := labelledAgency(part); w != "" {
			part = w // "Penulis: Tim Redaksi | Sumber: AFP": the source the byline credits
		}
		if w := materialAgency(part); w != "" {
			part = w // "Muallif: Xalqaro bo'lim, AFP materiallari asosida"
		}
		if open := strings.LastIndex(part, " ("); open > 0 && strings.HasSuffix(strings.TrimSpace(part), ")") &&
			!slices.ContainsFunc(strings.Fields(bylineBrackets.Replace(part[open:])), func(w string) bool { return agencyIn(w) != "" }) {
			part = part[:open] // "avec Reuters (dépêches en anglais)": a note on the copy
		}
		part = bylineBrackets.Replace(part) // "Par la rédaction (avec AFP)"
		for _, name := range strings.Split(bylineJoins.Replace(" "+part), " and ") {
			// "By Jane Doe and AFP", "By Euronews with AFP", "Par Le Figaro avec AFP"
			if w := agencyIn(name); w != "" && p.a.Wire == "" {
				p.a.Wire = w
			}
		}
	}
	return true
}

// italianBy reports a byline in Italian, "di" and a capitalised name:
// "di Redazione Casteddu Online (con ANSA)" (not the Dutch weekday of "di
// 18 februari 2020").
func italianBy(l string) bool {
	return (strings.HasPrefix(l, "di ") || strings.HasPrefix(l, "Di ")) && len(l) > 3 && isUpper(l[3])
}

// compiledFromAgency returns the agency a credit names as the source of the
// reports it was compiled from: "Compiled by the Modern Ghana World Desk
// from AFP reports", or "".
func compiledFromAgency(l string) string {
	low := strings.ToLower(l)
	i := strings.LastIndex(low, " from ")
	if i < 0 {
		return ""
	}
	rest := strings.TrimSpace(l[i+len(" from "):])
	for _, noun := range []string{" reports", " report", " copy", " dispatches", " wires"} {
		if name, ok := strings.CutSuffix(strings.TrimRight(rest, ". "), noun); ok {
			return agencyIn(name)
		}
	}
	return agencyIn(strings.TrimPrefix(rest, "The ")) // "Compiled by Star staff from The Associated Press"
}

// joinedAgency returns the agency a byline's part names after one of
// agencyJoins, "with Xinhua", "met AFP", or "".
func joinedAgency(part string) string {
	part = strings.TrimSpace(part)
	for _, j := range agencyJoins {
		j = strings.TrimLeft(j, " ")
		if hasPrefixFold(part, j) {
			if a := materialAgency(part); a != "" {
				return a // "With inputs from Reuters", "with files from Reuters"
			}
			return agencyIn(part[len(j):])
		}
	}
	return ""
}

// reportingAgency returns the agency a credit names after "reporting
// by" ("Additional reporting by Reuters"), or "".
func reportingAgency(part string) string {
	_, agency, _ := strings.Cut(strings.ToLower(part), "reporting by ")
	return agencyIn(agency)
}

// englishBylinePrefixes open a byline in English; otherBylinePrefixes in
// German, French, Afrikaans, Norwegian, Slovene, Czech, South Slavic
// ("Piše:", writes), Spanish, Portuguese, Dutch, Polish ("Relacja:",
// "Oprac.", compiled by), Albanian ("Nga"), the
// Nordic and Slavic "Tekst:", the Swedish and German "Text:" and the Turkish "Röportaj:" (interview) and
// "Haber:" (report), and the Swahili "Na" ("Na Dawati la Habari", by the
// news desk).
var (
	authorLabels          = []string{"Author: ", "Authors: "} // "Author: Associated Press"
	englishBylinePrefixes = []string{"By ", "By: ", "by: ", "Written by ", "Words by ", "Reported by ", "Story by ", "Text by ", "Interview by ", "Posted by "}
	otherBylinePrefixes   = []string{"Von ", "Par ", "Deur ", "Av ", "Avtor: ", "Autor: ", "Piše: ", "Pišu: ", "Por ", "Door ", "Relacja: ", "Penulis: ", "Tekst: ", "Teksti: ", "Text: ", "Röportaj: ", "Haber: ", "Ni ", "Intervjuu: ", "Intervju: ", "Nga ", "Oprac. ", "Opracowanie: ", "Muallif: ", "Qore: ", "Agallamh: ", "Teaksta: ", "Na "}
)

// hasAnyPrefix reports whether s starts with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// bylineBrackets opens a byline's brackets, so that an agency named in
// them after a join reads as joined: "la rédaction (avec AFP)".
var bylineBrackets = strings.NewReplacer("(", " ", ")", " ")

// bylineJoins are the words that join a byline's names, in the languages
// bylines come in, read as "and".
var bylineJoins = strings.NewReplacer(" with ", " and ", " uz ", " and ", " avec ", " and ", " et ", " and ", " mit ", " and ", " und ", " and ", " con ", " and ", " y ", " and ", " met ", " and ", " og ", " and ",
	" com ", " and ", " med ", " and ")

// bylineDashes part a byline's names like commas.
var bylineDashes = strings.NewReplacer(" - ", "|", " – ", "|", " / ", "|") // and "Von der Vindobona-Redaktion / APA"

// bylineRoles are the parts a byline gives its names in brackets.
var bylineRoles = strings.NewReplacer(" (text)", "", " (photo)", "", " (photos)", "", " (video)", "",
	" (pictures)", "", " (graphics)", "", " (reporting)", "")

// outlet records a byline part that names an agency (the wire) or an
// outlet (the publisher), and reports whether it did.
func (p *articleParser) outlet(part string) bool {
	if w := agencyIn(part); w != "" {
		if p.a.Wire == "" {
			p.a.Wire = w
		}
		return true
	}
	if name := outletName(part); name != "" {
		if p.a.Publisher == "" {
			p.a.Publisher = name
		}
		return true
	}
	return false
}

// creditLine reads a header line that credits the story to an agency,
// alone or with the outlet: "AFP", "Yle News, STT", "Neos Kosmos with
// ANA-MPA". Every part must be the agency or an outlet's name.
func (p *articleParser) creditLine(l string) bool {
	for _, pre := range []string{"Text by:", "Words by:", "By:"} {
		l = strings.TrimSpace(strings.TrimPrefix(l, pre)) // "Text by: RFI with AFP"
	}
	for _, sep := range []string{" — ", " – ", " - "} {
		// "AFP — Dépêche traduite du français par la rédaction": the
		// agency, then who translated its copy.
		if agency, note, ok := strings.Cut(l, sep); ok && agencyIn(agency) != "" && translationNote(note) {
			if p.a.Wire == "" {
				p.a.Wire = agencyIn(agency)
			}
			return true
		}
	}
	if wordCount(l) > 6 && !(wordCount(l) <= 9 && strings.Contains(l, ", with ")) || endsSentence(l) {
		return false // but "Pacific Daily News staff, with The Associated Press"
	}
	for _, at := range []string{" à ", " in "} {
		// "Agence France-Presse à Beyrouth", "AFP in Beirut": where the
		// agency's reporter was.
		if agency, place, ok := strings.Cut(l, at); ok && agencyIn(agency) != "" && wordCount(place) <= 2 && isUpper(place[0]) {
			l = agency
		}
	}
	wire := ""
	for _, part := range strings.FieldsFunc(creditJoins.Replace(l), func(r rune) bool { return r == ',' || r == '/' || r == '&' }) {
		part = strings.TrimSpace(part)
		if onlyStaff(part) {
			part = "" // "AAP and staff reporters": the outlet's own people
		}
		if i := strings.LastIndexByte(part, ' '); i > 0 && staffWords[strings.ToLower(part[i+1:])] {
			part = part[:i] // "Expats.cz Staff, with ČTK": the outlet's staff
		} else if i := strings.IndexByte(part, ' '); i > 0 && staffWords[strings.ToLower(part[:i])] {
			part = part[i+1:] // "Redactie Starnieuws / ANP"
		}
		switch {
		case part == "":
		case agencyIn(part) != "":
			wire = agencyIn(part)
		case outletName(part) != "" || p.a.Publisher != "" && namesPublisher(part, p.a.Publisher) || knownOutlet(part):
		default:
			return false
		}
	}
	if wire == "" {
		return false
	}
	if p.a.Wire == "" {
		p.a.Wire = wire
	}
	return true
}

// agencyJoins are the words that join an outlet or its desk to the agency
// it worked with: "H24info avec AFP", "HBL:s utrikesredaktion med
// Reuters", "Desk vanjske politike, uz Reuters" (Croatian).
var agencyJoins = []string{" with ", " με πληροφορίες από ", " avec ", " con ", " com ", " mit ", " med ", " met ", " me ", " uz ", " and ", " en ", " et ", " und ", " e ", " y ", " og ", " och ", " cu ", " dengan ", " kwa msaada wa ", " við ", " mo ", " с ", " su ", " avek "} // "Redactie en Belga": the desk and the agency; Romanian "cu"; Faroese "við"; Tongan "mo"; Bulgarian "с"; Lithuanian "su"; Mauritian Creole "avek"; Greek "with information from"

// creditJoins reads agencyJoins as commas.
var creditJoins = func() *strings.Replacer {
	var pairs []string
	for _, j := range agencyJoins {
		pairs = append(pairs, j, ",")
	}
	return strings.NewReplacer(pairs...)
}()

// deskWords name an outlet's desk ("3CR News Collective", a community
// station's; the Turkish and Turkmen "bölüm", a department), in English
// and as the Scandinavian,
// French, Spanish and Italian words for an editorial office begin.
var deskWords = []string{"desk", "newsroom", "collective", "bölüm", "redak", "redac", "rédac", "redaz", "redaç", "staff", "deild", "servis", "masa", "merkez", "dienest"} // "Uttanlandsdeildin": the Faroese foreign desk; Turkish "Dış Haberler Servisi", "Haber Merkezi"; Portuguese "redação"; Latvian "ziņu dienests"

// staffWords name an outlet's own people after its name in a credit.
var staffWords = wordSet(`staff desk newsroom team reporters editors writers redactie redaktion redacción rédaction redazione redação
	redakce redakcia redakcija redakcja redaktionen`) // "Redakce, ČTK": the Czech newsroom with the agency

// translationNote reports a note that a text was translated, in English,
// French, German or Spanish.
func translationNote(s string) bool {
	low := strings.ToLower(s)
	for _, w := range []string{"translat", "tradui", "übersetz", "traducid"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// authorLine reads the "Source: OCHA" line with which a site that reposts
// reports (ReliefWeb, PreventionWeb) names the organisation that wrote
// one. A news agency or an outlet there is a wire or a publisher, not an
// author speaking in its own voice.
func (p *articleParser) authorLine(l string) bool {
	s := stripMarkdown(l)
	label := ""
	if c := strings.IndexByte(s, ':'); c > 0 && c+1 < len(s) && creditLabels[strings.ToLower(s[:c])] {
		label = s[:c+1] // "Fuente: EFE | Traducción: Andina", "Source:Global Times"
	}
	if label == "" {
		return false
	}
	name := strings.TrimSpace(s[len(label):])
	if i := strings.Index(name, "Published"); i > 0 {
		// "Source:Global Times Published: 2019/10/14 21:48:40"
		p.dateLine(name[i:])
		name = strings.TrimSpace(name[:i])
	}
	if i := strings.IndexAny(name, "·|"); i > 0 {
		name = strings.TrimSpace(name[:i]) // "Source: Hina · Translated from Croatian by Croatia Week"
	}
	if name == "" || wordCount(name) > 8 || urlOnly(name) != "" || endsSentence(name) {
		return false
	}
	if p.a.Publisher != "" && namesPublisher(name, p.a.Publisher) {
		return true // "Source: Meduza" under the MEDUZA masthead: the outlet itself, no author
	}
	if datelineAgency(p.text, name) {
		if p.a.Wire == "" {
			p.a.Wire = name // "Source: CNA" over "NICOSIA (CNA) – ...": the wire, whose copy the reporter's is
		}
		return true
	}
	if !p.outlet(name) && p.a.author == "" {
		p.a.author = name
	}
	return true
}

// datelineAgency reports an agency that the story's dateline credits in
// brackets before its dash: "NICOSIA (CNA) – ".
func datelineAgency(text, name string) bool {
	if !isAcronym(name) {
		return false
	}
	for _, dash := range []string{") – ", ") - ", ") — ", ")– ", ")- "} {
		if strings.Contains(text, "("+name+dash) {
			return true
		}
	}
	return false
}

// deskWithAgency reads a byline without "By" that names the outlet's desk
// and the agency it worked with: "Independent.ie World Desk, with
// Reuters".
func (p *articleParser) deskWithAgency(l string) bool {
	var desk, ag string
	if open := strings.LastIndexByte(l, '('); open > 0 && strings.HasSuffix(l, ")") {
		if a := agencyIn(l[open+1 : len(l)-1]); a != "" && wordCount(l[:open]) <= 5 {
			desk, ag = l[:open], a // "Şehrivan Haber Merkezi (Anadolu)": the desk and, in brackets, its agency
		}
		l = strings.TrimSpace(l[:open]) // "..., avec Reuters (dépêches en anglais)": a note on the copy
	}
	if wordCount(l) > 8 || endsSentence(l) {
		return false
	}
	if a := materialAgency(l); ag == "" && a != "" {
		desk, _, _ = strings.Cut(l, ",") // "VOCM News Staff, with files from Reuters"
		ag = a
	}
	if ag == "" {
		// "IPR News staff, with reporting from Reuters"
		desk, ag = agencyAfterJoin(l, []string{" with reporting from ", " with reporting by ", " with additional reporting from "})
	}
	if ag == "" {
		desk, ag = agencyAfterJoin(l, agencyJoins)
	}
	if ag == "" {
		desk, ag = agencyAfterJoin(l, []string{" / "}) // "Yeniçağ Dış Haberler Servisi / Reuters"
	}
	for _, with := range []string{" ile", " bilen", " bilan", " ilə"} {
		if before, ok := strings.CutSuffix(l, with); ok && ag == "" {
			// "ekonomim.com Dünya Servisi, Reuters ile": Turkish puts "with"
			// after the agency, as Turkmen ("AFP bilen"), Uzbek and
			// Azerbaijani do
			desk, ag = agencyAfterJoin(before, []string{", ", " ve "})
		}
	}
	low := strings.ToLower(desk)
	if ag == "" || !slices.ContainsFunc(deskWords, func(w string) bool { return strings.Contains(low, w) }) {
		return false // "HBL:s utrikesredaktion med Reuters": a desk in Swedish
	}
	if p.a.Wire == "" {
		p.a.Wire = ag
	}
	return true
}

// outletWithAgency reads a credit without "By" that names the outlet, in
// up to four capitalised words (short joiners allowed), and the agency it
// worked with: "Habertürk English with DHA", "Expresso das Ilhas com
// Lusa", "Aftenbladet / NTB".
func (p *articleParser) outletWithAgency(l string) bool {
	outlet, ag := agencyAfterJoin(l, agencyJoins)
	if ag == "" {
		// "Aftenbladet / NTB" under the masthead "STAVANGER AFTENBLADET"
		// (not a photographer's credit, "Beeld: Louisa Gouliamaki / AFP")
		outlet, ag = agencyAfterJoin(l, []string{" / "})
		masthead, _, _ := strings.Cut(strings.TrimPrefix(p.text, "\ufeff"), "\n")
		if outlet = strings.TrimSpace(outlet); outlet == "" || !strings.Contains(strings.ToLower(masthead), strings.ToLower(outlet)) {
			return false // the outlet's name, as its masthead gives it
		}
	}
	name := strings.Fields(strings.TrimRight(outlet, ", "))
	if ag == "" || len(name) > 4 {
		return false
	}
	for k, w := range name {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && (k == 0 || utf8.RuneCountInString(w) > 3) && !elidedName(w) && !(k > 0 && editionWords[w]) {
			return false // a short joiner inside the name: "Expresso das Ilhas"; "Avgi English edition"
		}
	}
	if p.a.Wire == "" {
		p.a.Wire = ag
	}
	return true
}

// tableHeaderOver reports a line of cells split by " | " over a line
// with as many cells and a digit: a table's header row, not a menu.
func tableHeaderOver(l, rest string) bool {
	next := firstLine(rest)
	n := strings.Count(l, " | ")
	return n > 0 && hasDigit(next) && strings.Count(strings.Join(strings.Fields(next), " "), " | ") == n
}

// editionWords name an outlet's edition or desk after its name: "Avgi
// English edition, with ANA-MPA".
var editionWords = wordSet(`edition service desk staff newsroom`)

// elidedName reports a French or Italian word of a name that elides its
// article or preposition before a capital: "d'Algérie", "l'Orient".
func elidedName(w string) bool {
	for _, e := range []string{"d'", "l'", "d’", "l’"} {
		if rest, ok := strings.CutPrefix(w, e); ok && rest != "" {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// agencyAfterJoin splits a credit at the last of its joining words
// (" with ", " com ", ...) into the name before it and the agency after
// it; agency is "" when the words after it name none.
func agencyAfterJoin(l string, joins []string) (name, agency string) {
	i, join := -1, ""
	for _, j := range joins {
		if k := strings.LastIndex(l, j); k > i {
			i, join = k, j
		}
	}
	if i <= 0 {
		return "", ""
	}
	return l[:i], agencyIn(l[i+len(join):])
}

// agencyThenPlace reads a dateline on its own line that puts the agency
// first: "AFP, TEL TAMR, Syria".
func (p *articleParser) agencyThenPlace(l string) bool {
	parts := strings.Split(l, ", ")
	if len(parts) < 2 || len(parts) > 3 || len(l) > 60 {
		return false
	}
	ag := agencyIn(parts[0])
	place := strings.TrimSpace(parts[1])
	if ag == "" || agencyIn(place) != "" || !upperPlace(place) {
		return false
	}
	if p.a.Wire == "" {
		p.a.Wire = ag
	}
	if p.a.Dateline == "" {
		p.a.Dateline = place
	}
	return true
}

// placeAuthorLine reads a header line that puts the place a story was
// filed from before its author's name, "Amman - Jane Doe", as some
// outlets write the dateline. The place, kept as written, must be named
// again in the article.
func (p *articleParser) placeAuthorLine(l string) bool {
	if len(l) > 60 || hasDigit(l) || p.a.Dateline != "" {
		return false
	}
	var place, name string
	for _, d := range []string{" - ", " – ", " — "} {
		if parts := strings.Split(l, d); len(parts) == 2 {
			place, name = strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
			break
		}
	}
	if n := wordCount(place); n == 0 || n > 3 || !allCapitalised(place) || strings.ContainsAny(place, ",.:;()/") {
		return false
	}
	if n := wordCount(name); n < 2 || n > 4 || strings.ContainsAny(name, ",.:;()/") || endsSentence(name) {
		return false
	}
	for _, w := range strings.Fields(name) {
		if !personWord(w) {
			return false
		}
	}
	if agencyIn(place) != "" || outletName(place) != "" || agencyIn(name) != "" || outletName(name) != "" ||
		strings.Count(p.text, place) < 2 {
		return false
	}
	p.a.Dateline = place
	return true
}

// personWord reports a word of a person's name: capitalised, or a
// lower-case particle before a capitalised part ("al-Dawoud", "bin").
func personWord(w string) bool {
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		return true
	}
	if i := strings.IndexByte(w, '-'); i > 0 && i+1 < len(w) && isUpper(w[i+1]) {
		return true
	}
	switch w {
	case "al", "el", "bin", "ibn", "bint", "abu", "de", "van", "von", "der", "da", "di", "la", "le":
		return true
	}
	return false
}

// allCapitalised reports words that all start with an upper-case letter.
func allCapitalised(s string) bool {
	ws := strings.Fields(s)
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return len(ws) > 0
}

// upperPlace reports a line of one to three upper-case words that may
// name a place: "KILIS", "SANLIURFA", "RAS AL-AIN".
func upperPlace(l string) bool {
	if place, country, ok := strings.Cut(l, ", "); ok && country != "" && wordCount(country) <= 2 && isUpper(country[0]) {
		l = place // "REYHANLI, Turkey"
	}
	if n := wordCount(l); n == 0 || n > 3 || releaseLabel(l) || isMasthead(l) {
		return false
	}
	letters := 0
	for _, r := range l {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '-' || r == '\'':
		default:
			return false
		}
	}
	return letters >= 3
}

// namesPlace reports text that names place (given in capitals) as a
// capitalised word: "Kilis" for "KILIS".
func namesPlace(text, place string) bool {
	low, q := strings.ToLower(text), strings.ToLower(place)
	for from := 0; ; {
		i := strings.Index(low[from:], q)
		if i < 0 {
			return false
		}
		i += from
		from = i + len(q)
		if len(low) != len(text) {
			return false // a case change resized the text: give up
		}
		r, _ := utf8.DecodeRuneInString(text[i:])
		before := i == 0 || !isLetter(text[i-1])
		after := from >= len(text) || !isLetter(text[from])
		if before && after && unicode.IsUpper(r) && text[i:from] != place {
			return true // "Kilis", not "KILIS" or "kilis"
		}
	}
}

// outletWords mark a capitalised name as a news outlet's.
var outletWords = wordSet(`times post news herald dispatch ledger courier observer monitor gazette
	journal tribune daily chronicle review express telegraph guardian independent press media
	report weekly today online eye star mirror standard insider bulletin gazeta agenda voice
	record sentinel examiner inquirer register leader mail broadcasting corporation radio television tv digital edition`)

// outletName returns s trimmed when it names a news outlet: a well-known
// one ("Al Jazeera"), or capitalised words that start with "The" or hold
// an outlet word ("The Levant Herald", "Levant Times"); else "".
func outletName(s string) string {
	s = strings.Trim(strings.TrimSpace(stripMarkdown(s)), "*_.,")
	if s == "" || wordCount(s) > 6 {
		return ""
	}
	if name := knownOutletName(s); name != "" {
		return name
	}
	words := strings.Fields(s)
	hasWord := false
	for _, w := range words {
		if !isUpper(w[0]) {
			return ""
		}
		for _, part := range strings.Split(w, "-") {
			if hasLower(outletWords, part) {
				hasWord = true // "Herald", and "Times-News" or "Post-Gazette"
			}
		}
	}
	if hasWord || len(words) >= 2 && words[0] == "The" {
		return s
	}
	return ""
}

// isSectionTrail reports a line of section names above the headline:
// "Middle East | Syria", "World / Europe".
func isSectionTrail(s string) bool {
	if releaseLabel(s) {
		return true // "PRESS RELEASE", "Briefing notes"
	}
	for _, sep := range []string{" | ", " / "} {
		if !strings.Contains(s, sep) || wordCount(strings.ReplaceAll(s, sep, " ")) > 8 || strings.ContainsAny(s, "0123456789") {
			continue
		}
		ok := true
		for _, part := range strings.Split(s, sep) {
			if part = strings.TrimSpace(part); wordCount(part) > 3 || part == "" || !isUpper(part[0]) {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// isMasthead reports a line that names an outlet in capitals above the
// headline: "THE AMMAN DISPATCH", "ALJAZEERA".
func isMasthead(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || strings.ContainsAny(s, "0123456789:;?!,") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if isLower(s[i]) {
			return false
		}
	}
	if squashedOutlet(s) != "" {
		return true
	}
	if words[0] == "THE" && len(words) >= 2 {
		return true
	}
	for _, w := range words {
		if hasLower(outletWords, strings.Trim(w, ".-")) {
			return true
		}
	}
	return false
}

// turkishDotless writes the capital I of a word in Turkish letters as
// the dotless ı it lowers to in Turkish: "AÇIKSÖZ" as "AÇıKSÖZ", which
// title-cases to "Açıksöz" (not "Açiksöz").
func turkishDotless(s string) string {
	if !strings.ContainsAny(s, "ÇŞĞİ") {
		return s
	}
	words := strings.Fields(s)
	for i, w := range words {
		// Ş, Ğ and İ are Turkish's own; Ç with Ö or Ü too (not
		// Hungarian "KISALFÖLD", nor French "GARÇON")
		if strings.ContainsAny(w, "ŞĞİ") || strings.Contains(w, "Ç") && strings.ContainsAny(w, "ÖÜ") {
			words[i] = strings.ReplaceAll(w, "I", "ı")
		}
	}
	return strings.Join(words, " ")
}

// titleCase writes an outlet name given in capitals in title case:
// "THE AMMAN DISPATCH" -> "The Amman Dispatch".
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(turkishDotless(strings.TrimSuffix(s, ".")))) // "THE WALL STREET JOURNAL."
	for i, w := range words {
		switch {
		case i > 0 && nameJoiners[w]:
			continue // "The Globe and Mail"
		case mediaAcronyms[w] || len(w) >= 2 && !strings.ContainsAny(w, "aeiouy") && !strings.ContainsFunc(w, func(r rune) bool { return r >= 0x80 && unicode.IsLetter(r) }):
			words[i] = strings.ToUpper(w) // "Speda TV", "VRT NWS": no vowel, no word (but "Föld", whose vowel is accented)
		case len(w) > 2 && (w[1] == '\'' || strings.HasPrefix(w[1:], "’")):
			// "L'Unione": the elided article and the word both
			a := 2
			if w[1] != '\'' {
				a = 1 + len("’")
			}
			_, n := utf8.DecodeRuneInString(w[a:])
			words[i] = strings.ToUpper(w[:1]) + w[1:a] + strings.ToUpper(w[a:a+n]) + w[a+n:]
		default:
			parts := strings.Split(w, "-")
			for k, p := range parts {
				if p == "" || k > 0 && len(parts[k-1]) <= 2 {
					continue // "al-", "el-": a particle's word stays as it is
				}
				r, n := utf8.DecodeRuneInString(p)
				if unicode.Is(unicode.Georgian, r) {
					continue // Georgian letters have no capitals in a name ("ტრიალეთი", not "Ტრიალეთი")
				}
				parts[k] = strings.ToUpper(p[:n]) + p[n:] // "Última", not a split letter; "Journal-Constitution"
			}
			words[i] = strings.Join(parts, "-")
		}
	}
	if strings.ContainsRune(s, 'İ') {
		// "İSKENDERUN GAZETESİ" as "İskenderun Gazetesi": a Turkish name
		// keeps its dotted capital, which lower-casing lost
		for i, w := range strings.Fields(strings.TrimSuffix(s, ".")) {
			if i < len(words) && strings.HasPrefix(w, "İ") && strings.HasPrefix(words[i], "I") {
				words[i] = "İ" + words[i][1:]
			}
		}
	}
	return strings.Join(words, " ")
}

// mediaAcronyms stay in capitals in an outlet's name.
var mediaAcronyms = wordSet(`tv fm uk us un eu bbc cnn abc nbc cbs npr`)

// withoutDate returns s without the first date it gives.
func withoutDate(s string) string {
	if _, start, end, ok := findDate(s); ok {
		return s[:start] + " " + s[end:]
	}
	return s
}

// dateLine reads a line that is only a date with furniture around it:
// "May 31, 2019", "Published: 2020-02-21 14:03", "Updated 17 Feb 2020".
func (p *articleParser) dateLine(l string) bool {
	l = asciiDigits(l) // "الأحد ٢٧ تشرين الأول ٢٠١٩"
	if open := strings.LastIndexByte(l, '('); open > 0 && strings.HasSuffix(l, ")") && wordCount(l[open:]) <= 2 && !hasDigit(l[open:]) {
		l = strings.TrimSpace(l[:open]) // "Κυριακή 1 Μαρτίου 2020, 22:15 (ενημέρωση)": a note on the date
	}
	if len(l) > 120 || !hasDigit(l) {
		return false
	}
	if !p.inBody {
		l = withoutOtherCalendar(l) // "Thursday, 5th July 2018 · پنجشنبه ۱۴ تیر ۱۳۹۷ | Last updated: 09:48 IRDT"
	}
	counted := l
	if m := updateTail.FindStringSubmatchIndex(l); !p.inBody && m != nil {
		counted = l[:m[2]] // "Publié le lundi 2 mars 2020 à 6 h 05 (HNC) — Mis à jour à 15 h 48 (HNC)": the update's words are furniture
	}
	if n := wordCount(dateSeparators.Replace(counted)); n > 22 || n > 16 && !twoDates(l) || n > 10 && strings.Count(l, "20") < 2 && !(n <= 14 && datedLead(l)) {
		return false // a date line is short; two dates take more words
	}
	t, start, end, ok := findDate(l)
	if !ok {
		return false
	}
	if usTimeZone(l) {
		if us, ok := monthFirst(l[start:end]); ok {
			t = us // "3/2/20 at 4:10 PM EST": 2 March
		}
	}
	rest := l[:start] + " " + l[end:]
	if !p.inBody && updateTail.MatchString(l[end:]) && wordCount(withoutDate(l[end:])) <= 9 {
		// "Publisert mandag 2. mars 2020 kl. 08.55 – Sist oppdatert kl.
		// 21.52": the date, its clock and when the page was updated (on
		// that day again, perhaps: "... – Sist oppdatert: mandag 2. mars
		// 2020 kl. 21.52")
		if rest = l[:start] + " " + l[end:end+updateTail.FindStringSubmatchIndex(l[end:])[2]]; letterWords(rest) <= 4 {
			rest = " " // a word or two before the date and "kl." before its clock
		}
	}
	if !p.inBody {
		if tail := storyNumber.FindStringIndex(rest); tail != nil {
			rest = rest[:tail[0]] // "... | Story: 287614": the page's number for the story
		}
		if a := agencyIn(strings.TrimRight(l[:start], " -–—|")); a != "" && strings.ContainsAny(l[:start], "-–—|") {
			// "The Canadian Press - Feb 18, 2020 / 1:47 pm": the agency
			// that filed it, then the date
			if p.a.Wire == "" {
				p.a.Wire = a
			}
			rest = " " + rest[start:]
		}
	}
	said := strings.ToLower(rest) // what the line says of the date: "Updated", "Published"
	if strings.TrimSpace(l[:start]) == "" && strings.HasPrefix(strings.ToLower(strings.TrimSpace(l[end:])), "by ") && wordCount(l) <= 12 {
		rest = " " // "March 2, 2020 by The Sofia Globe staff": the date, then the byline
	}
	if !p.inBody && sectionLead(l[:start]) && strings.TrimSpace(l[end:]) == "" {
		rest = " " // "All News 17:42 February 28, 2020": a section's name and a clock time before the date
	}
	if _, s2, e2, ok := findDate(rest); ok {
		// "Posted Mon 17 Feb 2020 at 5:14am, updated Mon 17 Feb 2020 at 9:02am"
		rest = rest[:s2] + " " + rest[e2:]
	}
	if (strings.TrimSpace(l[:start]) == "" || onlyDateFurniture(l[:start])) && sectionTail(l[end:]) {
		rest = " " // "Feb 18, 2020 - World": the date and the section it was filed in
	}
	if open := strings.LastIndexByte(l, '('); !p.inBody && open >= 0 && open < start && strings.TrimSpace(l[end:]) == ")" &&
		wordCount(l[:open]) <= 3 && hasDigit(l[:open]) {
		rest = " " // "Yekatit 13/2011 (Wednesday, February 20, 2019)": another calendar's date, then ours
	}
	for _, dash := range []string{" — ", " – ", " - "} {
		if i := strings.LastIndex(l[:start], dash); !p.inBody && i > 0 && hasDigit(l[:i]) && wordCount(l[:i]) <= 6 {
			// "چهارشنبه ۱ آبان ۱۳۹۸ — Wednesday 23/10/2019, 15:20 Tehran
			// time": another calendar's date, then ours and its clock (or
			// none, "... – Wednesday 4 March 2020 | updated 17:50")
			rest = l[i+len(dash) : start]
			if c := strings.IndexAny(l[end:], "0123456789"); c >= 0 && wordCount(l[end+c:]) <= 3 {
				rest += " " + l[end:end+c] // the clock and its zone, "15:20 Tehran time", read as furniture
			}
		}
	}
	if !p.inBody && wordCount(l) <= 8 && !endsSentence(l) && letterWords(rest) <= 3 {
		rest = " " // "Publicerat onsdag 22 januari 2020 kl 14.32": a short header line around a full date
	}
	low := strings.ToLower(rest)
	if !onlyDateFurniture(rest) && !((strings.HasPrefix(strings.ToLower(l), "published on") || strings.HasPrefix(strings.ToLower(l), "posted on") ||
		strings.Contains(low, "published on")) && wordCount(l) <= 14) {
		return false // "This content was published on June 19, 2019" is a date line
	}
	if (p.a.Title != "" || len(p.cur) == 1) && !p.inBody && len(p.paras) == 0 {
		p.labelish = true // "World News" above the date line may be a section's name
	}

	if strings.Contains(said, "update") || strings.Contains(said, "modified") {
		if p.dated.IsZero() {
			p.dated = t // better than nothing, beaten by any other date line
		}
		return true
	}
	if strings.Contains(said, "published") || strings.Contains(said, "posted") || strings.Contains(said, "publication") || strings.Contains(said, "created") {
		if p.published.IsZero() {
			p.published = t
		}
		return true
	}
	if p.published.IsZero() {
		p.published = t
	}
	return true
}

// updateTail is a date line's note of when the page was last updated,
// after a dash or bar, in the languages pages come in; its first group is
// where the note starts.
var updateTail = regexp.MustCompile(`(?i)^[^–—|]*?(\s[–—|-]\s*(?:last |sist |zuletzt |senast |viimeksi )?(?:updated|update|oppdatert|opdateret|uppdaterad|aktualisiert|päivitetty|bijgewerkt|actualizado|aggiornato|mis à jour)\b)`)

// storyNumber is the number a page gives its story after the date:
// "| Story: 287614", "| Article ID 5521".
var storyNumber = regexp.MustCompile(`(?i)\|\s*(story|article)( id| no\.?| number)?:?\s*#?\d+\s*$`)

// datedLead reports a line that opens with the word of a date line,
// "Published on October 22, 2019 7:05 AM — Last updated 6:12 PM": its
// clock times take words a bare date does not.
func datedLead(l string) bool {
	w, _, _ := strings.Cut(strings.ToLower(l), " ") // "publié" has a letter letterRun stops at
	switch strings.TrimRight(w, ":") {
	case "published", "posted", "updated", "publicado", "publicada", "publié", "publiée", "pubblicato", "veröffentlicht", "gepubliceerd":
		return true // also "Publicado el domingo 1 de julio de 2018 - 10:15 a. m."
	}
	return false
}

// twoDates reports a line that gives two full dates: "Published on
// February 21, 2020 at 11:05 am (Paris) - Updated on February 21, 2020 at
// 4:40 pm".
func twoDates(l string) bool {
	_, _, end, ok := findDate(l)
	if !ok {
		return false
	}
	_, _, _, ok = findDate(l[end:])
	return ok
}

// letterWords counts the words of s that have no digit.
func letterWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if !hasDigit(w) && strings.Trim(w, "-–—|:,.") != "" {
			n++
		}
	}
	return n
}

// sectionLead reports one or two capitalised words, with clock times or
// date furniture around them, before a date: "All News 17:42 ".
func sectionLead(s string) bool {
	names := 0
	for _, w := range strings.Fields(s) {
		switch {
		case hasDigit(w) || onlyDateFurniture(w):
		case isUpper(w[0]) && lettersOnly(w):
			names++
		default:
			return false
		}
	}
	return names > 0 && names <= 2
}

// sectionTail reports what a date line may put after a dash: a section's
// name of one or two capitalised words, " - World", " – Middle East", the
// date in another calendar, " - 18 Safar 1441", or a print page, " - page
// 6".
func sectionTail(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && nameOnly(s[1:len(s)-1]) {
		return true // "February 15, 2020 (Mainichi Japan)": the edition's name
	}
	for _, d := range []string{"- ", "– ", "— "} {
		if name, ok := strings.CutPrefix(s, d); ok {
			words := strings.Fields(name)
			if len(words) == 3 && allDigits(words[0]) && len(words[0]) <= 2 && isUpper(words[1][0]) && allDigits(words[2]) && len(words[2]) == 4 {
				return true
			}
			if len(words) == 2 && strings.EqualFold(words[0], "page") && allDigits(words[1]) {
				return true // "Fri, Oct 18, 2019 - page 6": the print edition's page
			}
			if len(words) == 0 || len(words) > 2 {
				return false
			}
			for _, w := range words {
				if !isUpper(w[0]) || !lettersOnly(w) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// withoutOtherCalendar drops from a date line the part set off by " · " or
// " | " that gives the date again in another script and calendar, with no
// Latin letter, "پنجشنبه 14 تیر 1397" after "Thursday, 5th July 2018",
// when what is left still holds a date in Latin letters. A line wholly in
// another script keeps its date.
func withoutOtherCalendar(l string) string {
	for _, sep := range []string{" · ", " | "} {
		parts := strings.Split(l, sep)
		if len(parts) < 2 {
			continue
		}
		kept := parts[:0:0]
		for _, part := range parts {
			if hasDigit(part) && !strings.ContainsFunc(part, isLatinLetter) && strings.ContainsFunc(part, unicode.IsLetter) {
				continue
			}
			kept = append(kept, part)
		}
		rest := strings.Join(kept, sep)
		if len(kept) == len(parts) || !strings.ContainsFunc(rest, isLatinLetter) {
			continue
		}
		if _, _, _, ok := findDate(rest); ok {
			l = rest
		}
	}
	return l
}

// dateFurniture are the words a date line may have around its date.
var dateFurniture = wordSet(`published posted updated update last on at date of publication am pm a.m p.m local time modified first created uhr issued article
	publié publiée le à h mis en ligne jour publicerat uppdaterat kl veröffentlicht aktualisiert um
	mon tue tues wed weds thu thur thurs fri sat sun ago min mins minute minutes hour hours hr hrs day days
	lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag
	måndag tisdag onsdag torsdag fredag lördag söndag live updates all times
	lunedì martedì mercoledì giovedì venerdì sabato domenica aggiornato alle ore pubblicato il ultimo aggiornamento
	zo ma di wo do vr za isonto umsombuluko ulwesibili ulwesithathu ulwesine ulwesihlanu umgqibelo
	lunes martes miércoles jueves viernes sábado domingo actualizado publicado el
	miyerkules huwebes biyernes sabado linggo
	muharram safar rabi rabi' rabia awwal thani jumada jumadi ula oula akhir akhira akhirah rajab shaban sha'ban
	ramadan shawwal dhu dhul qidah qadah qa'dah hijjah hijja al ah ad ce hijri
	meskerem tikimt tekemt hidar tahsas tir yekatit megabit miyazya ginbot sene hamle nehase pagume ec
	farvardin ordibehesht khordad mordad shahrivar mehr aban azar dey bahman esfand
	pazartesi salı çarşamba perşembe cuma cumartesi pazar güncelleme yayınlanma tarihi saat
	luni marți miercuri joi vineri sâmbătă duminică actualizat publicat
	maandag dinsdag woensdag donderdag vrijdag zaterdag zondag bijgewerkt gepubliceerd op
	segunda-feira terça-feira quarta-feira quinta-feira sexta-feira atualizado em de
	esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev
	الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت
	thứ hai ba tư năm sáu bảy chủ nhật zveřejněno aktualizováno
	hétfő kedd szerda csütörtök péntek szombat vasárnap
	vrydag saterdag sondag gepubliseer bygewerk om laatst uur
	aso gafua lua lulu tofi faraile toonai imewekwa
	dilluns dimarts dimecres dijous divendres dissabte diumenge publiceret opdateret
	ku wa mbere kabiri gatatu kane gatanu gatandatu cyumweru byavuguruwe yanditswe
	a às m sáb dom lun mié jue vie publisert sist oppdatert nashr qilindi yangilandi son modifié las
	publika segunda tersa kuarta kinta sesta sábadu domingu
	p litinin talata laraba alhamis jumma'a asabar lahadi ga ч ч. г г. den kl kl.
	jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili saa imesasishwa imechapishwa
	balaza olwokubiri olwokusatu olwokuna olwokutaano olwomukaaga ssande sabbiiti
	zuletzt mo mi fr sa so live-ticker liveticker
	mánudagur þriðjudagur miðvikudagur fimmtudagur föstudagur laugardagur sunnudagur
	יום ראשון שני שלישי רביעי חמישי שישי שבת น
	dydd llun mawrth mercher iau gwener sadwrn sul diweddarwyd cyhoeddwyd
	diluns dimars dimècres dijòus divendres dissabte dimenge
	lindi merkredi zedi vandredi samdi dimans mizazour ler
	dernière mise almmuhuvvon ođasmahttojuvvon dii
	dushanba seshanba chorshanba payshanba juma shanba yakshanba e’lon e'lon yil
	duşenbe sişenbe çarşenbe penşenbe anna şenbe ýekşenbe ý ýyl
	ponedjeljak ponedeljak utorak srijeda sreda četvrtak petak subota nedjelja nedelja objavljeno ažurirano
	wiixata kibxata roobii kamisa jimaata sanbata dilbata`)

// onlyDateFurniture reports whether what a date line has besides its date
// is furniture: "Published:", "Updated", a weekday ("Sat", "Tuesday",
// "dimanche"), the date in the Hijri or Ethiopian calendar ("14 Jumada II
// 1440"), a
// clock time ("10.40", "T16:15:00Z", "+03:00") and a time zone written in
// capitals ("GMT", "AST", "EET").
func onlyDateFurniture(rest string) bool {
	if t := strings.TrimSpace(rest); strings.HasSuffix(t, ")") {
		// "2019/01/09 - 22:15 (Beirut)": the city whose clock it is
		if open := strings.LastIndexByte(t, '('); open >= 0 {
			city := strings.TrimSuffix(strings.TrimSuffix(t[open+1:len(t)-1], " time"), " Time")
			city = strings.TrimPrefix(strings.TrimPrefix(city, "heure de "), "hora de ") // "(heure de Tunis)"
			if city != "" && isUpper(city[0]) && lettersOnly(city) {
				rest = t[:open] // also "(Damascus time)"
			}
		}
	}
	for {
		// "at 11:05 am (Paris) - Updated ...": the city whose clock it is,
		// anywhere in the line
		open := strings.IndexByte(rest, '(')
		if open < 0 {
			break
		}
		end := strings.IndexByte(rest[open:], ')')
		city := ""
		if end > 0 {
			city = rest[open+1 : open+end]
		}
		if city == "" || !isUpper(city[0]) || !lettersOnly(city) {
			break
		}
		rest = rest[:open] + rest[open+end+1:]
	}
	toks := strings.FieldsFunc(rest, func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == ',' || r == '(' || r == ')' || r == '/'
	})
	for i, tok := range toks {
		if strings.ContainsAny(tok, "0123456789") {
			continue // a clock time or an offset
		}
		if i+1 < len(toks) && strings.EqualFold(strings.Trim(toks[i+1], ".:;"), "time") && isUpper(tok[0]) && lettersOnly(tok) {
			continue // "(updated 21:30 Tbilisi time)": the city whose clock it is
		}
		w := strings.Trim(tok, ".:;-–—*_·")
		if w == "" || len(w) >= 2 && len(w) <= 5 && isAcronym(w) {
			continue // a time zone
		}
		lw := strings.ToLower(w)
		if _, ok := weekdayNames[lw]; ok || dateFurniture[lw] {
			continue
		}
		return false
	}
	return true
}

// footerLine reads the footer for the original address and a copyright
// holder; nothing in it is body text.
func (p *articleParser) footerLine(l string) {
	low := strings.ToLower(l)
	if i := strings.IndexByte(l, ':'); i > 0 && i < 30 && urlOnly(l[i+1:]) != "" && strings.ContainsAny(l[:i], "lLuUsS") {
		// "Source URL: https://...", "Link: https://..."
		if label := low[:i]; strings.Contains(label, "url") || strings.Contains(label, "link") ||
			strings.Contains(label, "source") || strings.Contains(label, "original") {
			p.a.URL, p.wantURL = urlOnly(l[i+1:]), false
			return
		}
	}
	if f := strings.Fields(l); len(f) == 2 && urlOnly(f[1]) != "" {
		// "Permalink https://...": a label and the address, no colon.
		if label := strings.ToLower(f[0]); strings.Contains(label, "link") || strings.Contains(label, "url") {
			p.a.URL, p.wantURL = urlOnly(f[1]), false
			return
		}
	}
	if strings.HasPrefix(low, "original url") || strings.HasPrefix(low, "original article") {
		p.wantURL = true
		if i := strings.Index(l, ":"); i >= 0 {
			if u := urlOnly(l[i+1:]); u != "" {
				p.a.URL, p.wantURL = u, false
			}
		}
		return
	}
	if u := urlOnly(l); u != "" {
		if p.wantURL || p.a.URL == "" {
			p.a.URL = u
		}
		p.wantURL = false
		return
	}
	if strings.Contains(low, "published") && wordCount(l) <= 20 {
		// "This story was first published at https://..."
		for _, f := range strings.Fields(l) {
			if u := urlOnly(strings.TrimRight(f, ".,;)")); u != "" && p.a.URL == "" {
				p.a.URL = u
				return
			}
		}
	}
	if i := strings.Index(l, "©"); i > 0 && p.a.Wire == "" && strings.Count(l, "©") >= 2 {
		// "World news © Agence France-Presse. Island news © King Island
		// Courier Inc.": a credit per section, the wire's among them
		for _, part := range strings.Split(l[i:], "©")[1:] {
			if name, _, ok := copyrightHolder("©" + part); ok {
				if w := agencyIn(name); w != "" {
					p.a.Wire = w
					break
				}
			}
		}
	}
	if name, named, ok := copyrightHolder(l); ok {
		if w := agencyIn(name); w != "" {
			if p.a.Wire == "" {
				p.a.Wire = w
			}
		} else if name != "" && p.a.Publisher == "" && wordCount(name) <= 5 && named {
			if latin := latinSide(name); latin != "" {
				name = latin // "© 2020 عربي21 Arabi21": the name in Latin letters
			}
			p.a.Publisher = name
		}
		return
	}
	if pub := supportPublisher(l); pub != "" && p.a.Publisher == "" {
		p.a.Publisher = pub
	}
}

// linkListLabel returns the label of a line that may be one of a list of
// linked headlines: one to three words and a colon before a text that ends
// no sentence ("Vakio koa: Tetikasa 12 vaovao ho an'ny faritra
// Analamanga"). Only a run of lines under the same label is such a list.
func linkListLabel(l string) string {
	label, text, ok := strings.Cut(l, ":")
	label = strings.TrimSpace(label)
	maxWords := 3
	if hasPrefixFold(label, "also in ") || hasPrefixFold(label, "more from ") {
		maxWords = 5 // "Also in the Regional Times: Opal Festival draws 2,500 visitors"
	}
	if !ok || !strings.HasPrefix(text, " ") || label == "" || wordCount(label) > maxWords || hasDigit(label) || endsSentence(text) {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(label); !unicode.IsLetter(r) {
		return ""
	}
	if t := strings.TrimSpace(text); t == "" || strings.HasSuffix(t, "»") {
		return "" // a quotation's turn, not a headline
	}
	return label
}

// dropOwnPromo drops the short lines right above a copyright footer that
// name its holder: the outlet promoting itself ("Support Kaktus Media:
// from 100 som a month." over "© 2019 Kaktus Media."), whatever the
// language, with its prices in it.
func (p *articleParser) dropOwnPromo(name string) {
	promo := func(l string) bool { return wordCount(l) <= 20 && strings.Contains(l, name) }
	if len(p.cur) == 0 {
		if n := len(p.paras); n > 0 && p.paras[n-1].single && promo(p.paras[n-1].text) {
			p.paras = p.paras[:n-1]
		}
		return
	}
	for len(p.cur) > 0 && promo(p.cur[len(p.cur)-1]) {
		p.cur = p.cur[:len(p.cur)-1]
	}
}

// footerHolder returns the copyright holder the footer that starts at
// line l names, on l or on one of the few lines after it ("Contact the
// newsroom: ..." over "© Koori Mail 2019"), or "".
func footerHolder(l, rest string) string {
	for k := 0; k < 4; k++ {
		if name, _, ok := copyrightHolder(strings.TrimSpace(l)); ok {
			return name
		}
		var found bool
		l, rest, found = strings.Cut(rest, "\n")
		if !found && l == "" {
			break
		}
	}
	return ""
}

// copyrightHolder reads a copyright line ("© 2019 Kaktus Media. All
// rights reserved."): ok when l is one, name the holder it names, if
// any, and named whether anything followed the mark at all.
func copyrightHolder(l string) (name string, named, ok bool) {
	low := strings.ToLower(l)
	for _, pre := range []string{"©", "(c)", "copyright"} {
		if !strings.HasPrefix(low, pre) {
			continue
		}
		holder := strings.TrimSpace(l[len(pre):])
		holder = strings.TrimSpace(strings.Split(holder, ".")[0])
		holder = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.Split(strings.ToLower(holder), "all rights")[0]), ","))
		// Drop a leading year: "© 2020 Agence France-Presse".
		fields := strings.Fields(strings.TrimSpace(l[len(pre):]))
		for len(fields) > 0 && (fields[0] == "©" || strings.EqualFold(fields[0], "(c)") || strings.EqualFold(fields[0], "copyright") ||
			allDigits(strings.Trim(fields[0], ",-–.")) || yearRange(fields[0]) || fields[0] == "-") { // "© Copyright Devex 2019", "© 1997-2019 X", "Copyright 1995 - 2019."
			fields = fields[1:]
		}
		name = strings.Join(fields, " ")
		for _, sep := range []string{" | ", " · ", " • "} {
			if i := strings.Index(name, sep); i >= 0 {
				name = name[:i] // "© 2019 Deutsche Welle | Legal notice | Contact", "© 2020 Radyo ODTÜ · Orta Doğu Teknik Üniversitesi"
			}
		}
		if hasPrefixFold(name, "www.") {
			name, _, _ = strings.Cut(name[len("www."):], " ") // "© 2020 www.goerie.com. All rights reserved.": the site
			name = strings.TrimRight(name, ".,")
		}
		if i := strings.IndexAny(name, ".,"); i >= 0 && !webName(name) {
			name = name[:i]
		}
		for _, mark := range rightsMarks {
			name, _, _ = strings.Cut(name, mark) // "tv100 - Tüm hakları saklıdır"
		}
		name = strings.TrimRight(strings.TrimSpace(name), " -–—|")
		if to := "all rights reserved to "; hasPrefixFold(name, to) {
			name = name[len(to):] // "© All rights reserved to Calcalist 2020"
			holder = name
		}
		if reservedRights(name) {
			name = "" // "Copyright 1995 - 2019. All rights reserved.": no holder named
		}
		return withoutLegalForm(quotedCompanyName(trimTrailingYears(name))), holder != "", true
	}
	return "", false, false
}

// rightsMarks open the "all rights reserved" that follows a copyright
// holder's name, in the languages of the pages read.
var rightsMarks = []string{" All rights", " Tüm hakları", " Todos los derechos", " Tous droits", " Alle Rechte",
	" Wszelkie prawa", " Все права", " Tutti i diritti", " Todos os direitos"}

// legalForms are the company forms a copyright line writes after the
// holder's name: "© 2020 Bote der Urschweiz AG".
var legalForms = wordSet(`ag gmbh ltd ltd. limited inc inc. plc llc sa s.a. oy ab a/s srl s.r.l. pty`)

// withoutLegalForm returns a holder's name without the legal form after
// it: "Bote der Urschweiz" for "Bote der Urschweiz AG".
func withoutLegalForm(name string) string {
	fs := strings.Fields(name)
	if n := len(fs); n >= 2 && legalForms[strings.ToLower(fs[n-1])] {
		return strings.TrimRight(strings.Join(fs[:n-1], " "), ",")
	}
	return name
}

// companyForms are legal forms written before a company's quoted name:
// "UAB „Šiaulių kraštas“", "SIA «Dienas Mediji»", "OOO \"Kavkaz\"", "ТОО
// «Индустриальная Караганда»".
var companyForms = wordSet(`uab ab sia as oü ooo ao zao oao tov pp jsc llc тоо ооо ао зао оао пао тов`)

// quotedCompanyName returns the name in quotes after a legal form, as the
// outlet is called: "Šiaulių kraštas" for "UAB „Šiaulių kraštas“".
func quotedCompanyName(name string) string {
	form, rest, ok := strings.Cut(name, " ")
	if !ok || !companyForms[strings.ToLower(form)] {
		return name
	}
	for _, q := range [][2]string{{"„", "“"}, {"„", "”"}, {"«", "»"}, {"\"", "\""}, {"“", "”"}} {
		if inner, ok := strings.CutPrefix(rest, q[0]); ok && strings.HasSuffix(inner, q[1]) && len(inner) > len(q[1]) {
			return strings.TrimSuffix(inner, q[1])
		}
	}
	return name
}

// addressedMasthead returns the outlet's name that the page's first line
// gives when the story's address spells it ("Cayman Compass" at
// caymancompass.com, "SÖZCÜ" at sozcu.com.tr): as the first line writes
// it in mixed case, or as the page writes it elsewhere in mixed case
// ("Sözcü"); "" when the first line is no such name.
func addressedMasthead(text, url string) string {
	host := urlHost(url)
	tld := host[strings.LastIndexByte(host, '.')+1:]
	if sub, rest, ok := strings.Cut(host, "."); ok && editionSubdomains[sub] && strings.Contains(rest, ".") {
		host = rest // "global.ilmanifesto.it": an edition of the site
	}
	if i := strings.IndexByte(host, '.'); i > 0 {
		host = host[:i]
	}
	first, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	first = strings.TrimSpace(first)
	dotted := false
	if dot := len(first) - len(tld) - 1; tld != "" && dot > 0 && first[dot] == '.' && strings.EqualFold(first[dot+1:], tld) {
		first, dotted = first[:dot], true // "L'UNIONE SARDA.it" at unionesarda.it
	}
	if latin := latinSide(first); latin != "" && host != "" && spellsHost(latin, host) {
		first = latin // "ΤΑΧΥΔΡΟΜΟΣ · TAXYDROMOS" at taxydromos.gr: the Latin side
	}
	if host == "" || first == "" || wordCount(first) > 4 || !spellsHost(first, host) {
		return ""
	}
	if strings.ToUpper(first) != first && strings.ToLower(first) != first {
		return first
	}
	// A masthead in capitals (or in lower case, as a logo writes it):
	// the same words in mixed case elsewhere.
	n := len(first)
	for i := strings.Index(text, first) + n; i+n <= len(text); i++ {
		if i > 0 && isLetter(text[i-1]) || !strings.EqualFold(text[i:i+n], first) {
			continue
		}
		if w := text[i : i+n]; strings.ToUpper(w) != w && strings.ToLower(w) != w {
			if e := i + n + 1 + len(tld); dotted && e <= len(text) && text[i+n] == '.' && strings.EqualFold(text[i+n+1:e], tld) {
				return text[i:e] // "Kompas.com" for "KOMPAS.com", as the page writes it
			}
			return w
		}
	}
	if (wordCount(first) >= 2 || len(first) >= 6 && lettersOnly(first)) && strings.ToUpper(first) == first {
		// "ELEVEN MYANMAR" at elevenmyanmar.com, "MTANZANIA" at
		// mtanzania.co.tz, written nowhere else (not an acronym's few
		// letters)
		return titleCase(first)
	}
	if wordCount(first) >= 2 && strings.Count(text, first) >= 2 {
		return first // "il manifesto", as the outlet writes itself throughout
	}
	return ""
}

// editionSubdomains open an address with an edition or a device, not the
// site's name: "global.ilmanifesto.it", "en.example.com".
var editionSubdomains = wordSet(`global english en edition m amp mobile news international intl`)

// spellsHost reports a masthead whose letters are the host's name
// ("Cayman Compass" at caymancompass.com), perhaps after a place the host
// leaves out ("Honolulu Star-Advertiser" at staradvertiser.com).
func spellsHost(masthead, host string) bool {
	// "L'Eco di Bergamo" at ecodibergamo.it: an elided article is a word
	// of its own.
	words := strings.FieldsFunc(foldAccents(masthead), func(r rune) bool { return r == ' ' || r == '\'' || r == '’' })
	for k := range words {
		if k > 0 && len(host) < 6 {
			break
		}
		if squash(strings.Join(words[k:], " ")) == host {
			return true
		}
	}
	// "Brecon & Radnor Express" at brecon-radnor.co.uk: the leading words
	// of a name of three words or more, when they spell a long host.
	if squashed := squash(host); len(words) >= 3 && len(squashed) >= 10 && !hasDigit(masthead) { // (not "Radio Salus 88.9 FM")
		for k := 2; k < len(words); k++ {
			if squash(strings.Join(words[:k], " ")) == squashed {
				return true
			}
		}
	}
	// "Nanaimo News Bulletin" at nanaimobulletin.com: a long host that
	// leaves out one of a name's generic words.
	if len(words) >= 3 && len(host) >= 10 {
		for k, w := range words {
			if !hostOmits[strings.ToLower(w)] {
				continue
			}
			rest := append(append([]string{}, words[:k]...), words[k+1:]...)
			if squash(strings.Join(rest, " ")) == host {
				return true
			}
		}
	}
	// "Tribune de Genève" at tdg.ch: the initials of three words or more.
	return len(words) >= 3 && len(host) == len(words) && strings.EqualFold(firstLetters(strings.Join(words, " ")), host)
}

// withoutOwnInitials drops the initials a name gives itself in brackets:
// "Kagadi Kibaale Community Radio" for "Kagadi Kibaale Community Radio
// (KKCR)".
func withoutOwnInitials(name string) string {
	open := strings.LastIndex(name, " (")
	if open < 0 || !strings.HasSuffix(name, ")") {
		return name
	}
	acr := name[open+2 : len(name)-1]
	if len(acr) < 2 || !isAcronym(acr) || firstLetters(name[:open]) != acr {
		return name
	}
	return name[:open]
}

// hostOmits are the generic words of an outlet's name that its web
// address may leave out: "Nanaimo News Bulletin" at nanaimobulletin.com.
var hostOmits = wordSet(`news daily weekly the evening morning sunday`)

// endParagraph closes the lines collected so far. Before the body starts,
// a short line that does not read as prose is the headline (the first one)
// or a credit.
func (p *articleParser) endParagraph() {
	if len(p.cur) == 0 {
		return
	}
	if !p.inBody && headerBlock(p.cur) {
		// Outlet, headline and deck on lines of their own with no blank
		// line between them: each is a paragraph of the header.
		lines := p.cur
		for k, l := range lines {
			p.cur = []string{l}
			p.blockLine = k + 1
			p.endParagraph()
		}
		p.blockLine = 0
		return
	}
	sep := " "
	if tableRows(p.cur) {
		sep = "\n" // a table keeps its rows: each is read on its own
	}
	text := strings.Join(p.cur, sep)
	single := len(p.cur) == 1
	p.cur = nil
	if !p.inBody {
		headline := single && !strings.HasSuffix(text, ".") && wordCount(text) <= 30 && !hasDateline(text)
		if p.pending != "" && startsLower(text) {
			// "MOSCOW – The Kremlin said" / "in a statement ...": one sentence.
			text, single = p.pending+" "+text, false
		} else if headline && isSectionTrail(text) && (p.a.Title == "" || p.masthead) {
			return // "Middle East | Syria", also under the outlet's name
		} else if p.a.Title == "" && headline {
			p.a.Title = stripMarkdown(withoutTrail(text))
			p.masthead = isMasthead(p.a.Title) || p.outletLine(p.a.Title) || taglinedOutlet(p.a.Title) != "" || repeatedAcronym(p.a.Title, p.text)
			return
		} else if p.masthead && headline {
			// "THE AMMAN DISPATCH" above the headline: the outlet.
			if p.a.Publisher == "" {
				p.a.Publisher = p.a.Title // "Kurdistan 24" as written
				if !strings.ContainsFunc(p.a.Title, unicode.IsLower) {
					p.a.Publisher = titleCase(p.a.Title)
				}
				if name := squashedOutlet(p.a.Title); name != "" {
					p.a.Publisher = name // "ALJAZEERA" -> "Al Jazeera"
				}
				if name := taglinedOutlet(p.a.Title); name != "" {
					p.a.Publisher = name // "Daily Mirror - Sri Lanka's Leading Newspaper"
				}
			}
			spelled := spelledAcronym(p.a.Title, text)
			if spelled != "" && p.a.Publisher == titleCase(p.a.Title) {
				p.a.Publisher = spelled // "ALM" over "Aujourd'hui le Maroc — Le quotidien de l'information"
			}
			p.a.Title, p.masthead = stripMarkdown(text), false
			if spelled != "" {
				p.a.Title = "" // "Upsala Nya Tidning" under "UNT": the outlet's name, spelled out
			}
			// an edition or a tagline under the outlet's name
			p.taglined = spelled != "" || taglineLine(text)
			p.labelish = p.blockLine >= 2 || p.taglined
			return
		} else if headline && p.taglined && !p.bylined && wordCount(text) >= 4 && !isSectionTrail(text) && !strings.ContainsAny(text, "|›»>") &&
			!strings.Contains(text, " / ") && !isBreadcrumb(text) {
			// "Syria's English-language daily" under "Syria Times": the
			// first headline-like line under it is the headline.
			p.a.Title, p.pending, p.taglined = stripMarkdown(text), "", false
			return
		} else if headline && p.labelish && p.blockLine == 0 && !p.bylined && (p.pending == "" || labelTitle(p.pending, text)) && labelTitle(p.a.Title, text) {
			// "World News" or an edition or tagline line above the
			// headline: the longer line under it is the headline; a
			// section label between them ("Middle East") is dropped.
			p.a.Title, p.pending = stripMarkdown(text), ""
			return
		} else if !isProse(text) && (!hasDateline(text) || p.outletTagline(text)) {
			p.pending = text
			return
		}
		p.inBody = true
		text = p.looseDateline(p.dateline(text))
	} else if p.a.Dateline == "" && len(p.paras) < 3 {
		// A dateline after an editor's note or a photo caption: "This is
		// a summary of ..." / "Geneva, 3 March 2020 – UNHCR is ...".
		text = p.looseDateline(p.dateline(text))
	}
	if p.inBody && p.a.Dateline == "" && p.sentenceParas() <= 1 {
		if body, place := parenDateline(text); place != "" && !outletMark(place, p.a.Publisher) {
			// "(Beirut) –" under a deck and a photo caption.
			text, p.a.Dateline = body, place
		}
	}
	if p.signOff(text) {
		return // "(ST/AFP)" closing the story
	}
	if p.inBody && selfDescription(text, p.a.Publisher) {
		return // "X is the world's premier daily newspaper, printed in 14 cities."
	}
	p.paras = append(p.paras, paragraph{text: text, single: single})
}

// taglineNouns in a line after an outlet's name make the line its
// tagline: "Sri Lanka's Leading Newspaper".
var taglineNouns = wordSet(`newspaper newspapers magazine weekly daily portal website agency broadcaster
	quotidien hebdomadaire journal diario periódico zeitung tageszeitung gazeti blað blad avis tidning lehti gazeta quotidiano giornale settimanale tygodnik dziennik`)

// spelledAcronym returns the name a line under an acronym's masthead
// spells it out with, before a dash or a bar and a tagline: "Aujourd'hui
// le Maroc — Le quotidien de l'information" under "ALM"; or "".
func spelledAcronym(acronym, line string) string {
	if len(acronym) < 2 || len(acronym) > 6 || !isAcronym(acronym) {
		return ""
	}
	name := line
	for _, sep := range []string{" — ", " – ", " - ", " | "} {
		name, _, _ = strings.Cut(name, sep)
	}
	name = strings.TrimSpace(name)
	if wordCount(name) < 2 || !strings.EqualFold(firstLetters(name), acronym) && !strings.EqualFold(capitalInitials(name), acronym) {
		return ""
	}
	return name
}

// fullNameBelow returns the fuller name a line under a one-word masthead
// opens with, before a separator and a tagline, when it ends with the
// masthead's word: "Lolland-Falsters Folketidende · Nyheder fra Lolland og
// Falster" under "FOLKETIDENDE"; or "".
func fullNameBelow(masthead, line string) string {
	if masthead == "" || strings.ContainsAny(masthead, " .") {
		return ""
	}
	name := line
	for _, sep := range []string{" · ", " — ", " – ", " - ", " | "} {
		name, _, _ = strings.Cut(name, sep)
	}
	name = strings.TrimSpace(name)
	if n := len(name) - len(masthead) - 1; wordCount(name) < 2 || wordCount(name) > 4 || n <= 0 || name[n] != ' ' || !strings.EqualFold(name[n+1:], masthead) {
		return ""
	}
	for _, w := range strings.Fields(name)[:wordCount(name)-1] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || hasLower(taglineNouns, w) || hasLower(outletKindWords, w) {
			return "" // not "Agenția de presă IPN", "Jornal PÚBLICO": what kind of outlet, then its name
		}
	}
	return name
}

// outletKindWords say what kind of outlet a name that follows them is,
// besides taglineNouns: "Jornal PÚBLICO", "Radio ELWA".
var outletKindWords = wordSet(`jornal rojnameya gazetesi radio rádio tv television televisión agency agencia agência`) // "Rojnameya Xebat", the newspaper Xebat

// capitalInitials returns the initials of a name's capitalised words,
// skipping the short joiners between them: "Diário do Minho" is DM.
func capitalInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			b.WriteRune(r)
		case utf8.RuneCountInString(w) > 3:
			return ""
		}
	}
	return b.String()
}

// taglineLine reports a short line that says what kind of outlet the
// masthead above it is: "Syria's English-language daily", "Vanuatu's
// Independent Daily Newspaper", "Le quotidien de l'information".
func taglineLine(s string) bool {
	s, _, _ = strings.Cut(s, " | ") // "Samoa's independent online news | Samoa ma le Pasefika"
	if n := wordCount(s); n == 0 || n > 8 || hasDigit(numberOne.Replace(withoutYears(s))) || strings.HasSuffix(s, ".") {
		return false // a founding year may stand in it: "Føroya elsta blað – síðan 1878", and a boast: "Roscommon's No. 1 independent newspaper"
	}
	if first, _, _ := strings.Cut(s, " "); possessive(first) && wordCount(s) >= 3 {
		return true // "Guam's source for news", "Samoa's independent online news"
	}
	if strings.HasPrefix(s, "Serving ") && withoutYears(s) != s {
		return true // "Serving Kimberley and the Northern Cape since 1878"
	}
	for _, w := range strings.Fields(s) {
		if hasLower(taglineNouns, strings.Trim(w, ".,!")) {
			return true
		}
	}
	return false
}

// numberOne drops the boast of being first from a tagline.
var numberOne = strings.NewReplacer("No. 1 ", "", "No.1 ", "", "No 1 ", "", "#1 ", "", "Number 1 ", "")

// withoutYears returns s without its words that are years, "1878".
func withoutYears(s string) string {
	words := strings.Fields(s)
	kept := words[:0:0]
	for _, w := range words {
		if y, err := strconv.Atoi(w); err != nil || len(w) != 4 || y < 1700 || y > 2099 {
			kept = append(kept, w) // "since 1875": a founding year may be old
		}
	}
	return strings.Join(kept, " ")
}

// taglinedOutlet returns the outlet's name from a masthead that gives it
// with its tagline, "Daily Mirror - Sri Lanka's Leading Newspaper", or "".
func taglinedOutlet(s string) string {
	for _, sep := range []string{" - ", " – ", " — ", " | "} {
		name, tag, ok := strings.Cut(s, sep)
		if ok && strings.EqualFold(firstLetters(tag), strings.TrimSpace(name)) {
			return "" // "BNA | Bahrain News Agency": the acronym spelt out, no tagline
		}
		if !ok || wordCount(name) > 4 || !allCapitalised(name) || hasDigit(tag) || wordCount(tag) > 8 || !allCapitalised(tag) {
			continue
		}
		for _, w := range strings.Fields(tag) {
			if hasLower(taglineNouns, strings.Trim(w, ".,!")) {
				return strings.TrimSpace(name)
			}
		}
	}
	return ""
}

// placeDateLine returns the place of a dateline given alone on its line
// with the day it was filed, "Beirut, January 10", or "".
func placeDateLine(l string) string {
	place, date, ok := strings.Cut(l, ", ")
	if !ok || wordCount(place) > 3 || !allCapitalised(place) || !lettersOnly(strings.ReplaceAll(place, " ", "")) {
		return ""
	}
	m, e, ok := monthAt(date, 0)
	if !ok || m == 0 {
		return ""
	}
	k := skipSpaceInline(date, e)
	_, e, ok = dayAt(date, k)
	if !ok || k == e {
		return ""
	}
	if rest := strings.TrimSpace(date[e:]); rest != "" {
		if _, e2, ok := yearAt(strings.TrimLeft(rest, ", "), 0); !ok || e2 != len(strings.TrimLeft(rest, ", ")) {
			return ""
		}
	}
	return place
}

// mediaNouns name what an outlet is.
var mediaNouns = wordSet(`newspaper newspapers daily weekly magazine outlet publication broadcaster
	channel website agency station network`)

// selfDescription reports a short paragraph in which the publisher
// describes itself, "X is an independent daily newspaper ...": outlet
// boilerplate, whose numbers (cities, readers, years) count nothing in the
// story.
func selfDescription(text, publisher string) bool {
	if publisher == "" || wordCount(text) > 50 {
		return false
	}
	for _, edition := range []string{"The print edition of ", "The printed edition of ", "The weekly edition of "} {
		if strings.HasPrefix(text, edition+publisher+" ") {
			return true // "The print edition of SUR in English is out every Friday, free at 1,400 outlets."
		}
	}
	if !strings.HasPrefix(text, publisher+" is ") {
		return false
	}
	for _, w := range clauseWords(text) {
		if mediaNouns[w] {
			return true
		}
	}
	return false
}

// headerBlock reports lines that are each a header line rather than one
// wrapped paragraph: more than one, each opening with a capital and ending
// without a full stop.
func headerBlock(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	for _, l := range lines {
		r, _ := utf8.DecodeRuneInString(l)
		if !unicode.IsUpper(r) || endsSentence(l) || wordCount(l) > 30 || hasDateline(l) {
			return false
		}
	}
	return true
}

// outletLine reports a first header line that names the outlet in mixed
// case, "Human Rights Watch" above the headline: a short proper name that
// is a known outlet or that the article names again (or all of it but a
// last word such as "International").
func (p *articleParser) outletLine(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 || strings.ContainsAny(s, ":;?!,.|/\"") || possessive(s) {
		return false
	}
	named := 0 // the capitalised words: joiners do not lengthen a name
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !nameJoiners[w] {
			return false
		}
		if !nameJoiners[w] {
			named++
		}
	}
	if named > 5 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(words[0]); !unicode.IsUpper(r) {
		return false
	}
	if squashedOutlet(s) != "" {
		return true
	}
	if strings.Count(p.text, s) >= 2 {
		return true
	}
	return len(words) >= 3 && strings.Count(p.text, strings.Join(words[:len(words)-1], " ")) >= 2
}

// possessive reports an apostrophe that ends a word or marks a possessive
// ("Syria's", "refugees'"), not one inside a name ("L'Orient").
func possessive(s string) bool {
	for i, r := range s {
		if r != '\'' && r != '’' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
		if !unicode.IsUpper(next) {
			return true
		}
	}
	return false
}

// labelTitle reports a first header line that labels rather than heads
// the story, a section ("World News"), an edition ("English") or an
// outlet's tagline, seen from the headline under it: a line of at most
// four words above a headline at least twice as long (six words or more).
// The parser asks only when a date line came between them or the label
// shared the outlet's block and the headline has a block of its own.
func labelTitle(title, headline string) bool {
	n := wordCount(title)
	return n > 0 && n <= 4 && wordCount(headline) >= 6 && wordCount(headline) >= 2*n
}

// nameJoiners are the lower-case words inside an organisation's name.
var nameJoiners = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "della": true, "del": true, "de": true, "la": true}

// sentenceParas counts the paragraphs kept so far that end a sentence:
// the story's own, not the share links, decks and captions above it.
func (p *articleParser) sentenceParas() int {
	n := 0
	for _, para := range p.paras {
		if endsSentence(para.text) {
			n++
		}
	}
	return n
}

// isProse reports a paragraph that reads as article text rather than a
// credit or label: several words ending like a sentence, or many words.
func isProse(s string) bool {
	n := wordCount(s)
	return n >= 20 || n >= 5 && endsSentence(s) || n >= 8 && !isCredit(s)
}

// body joins the kept paragraphs: a paragraph that stops mid-sentence is
// joined with the next when that one starts in lower case; short lines
// that do not end a sentence (sub-headings) are dropped.
func (p *articleParser) body() string {
	var merged []paragraph
	for _, para := range p.paras {
		if n := len(merged); n > 0 && !para.list && !merged[n-1].list && !endsSentence(merged[n-1].text) && startsLower(para.text) {
			merged[n-1].text += " " + para.text
			merged[n-1].single = false
			continue
		}
		merged = append(merged, para)
	}
	merged = dropPullQuotes(merged)
	var b strings.Builder
	size := 0
	for _, para := range merged {
		size += len(para.text) + len("\n\n")
	}
	b.Grow(size) // one allocation, not one per doubling
	for i, para := range merged {
		if !para.list && para.single && !endsSentence(para.text) && wordCount(para.text) <= 10 &&
			(i+1 == len(merged) || !startsLower(merged[i+1].text)) {
			continue // a sub-heading
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		if para.list {
			p.a.items = append(p.a.items, b.Len())
		}
		b.WriteString(para.text)
	}
	if !p.published.IsZero() {
		p.a.Published = p.published
	} else if !p.dated.IsZero() {
		p.a.Published = p.dated
	}
	return b.String()
}

// hasDateline reports a paragraph that opens with a dateline.
// outletTagline reports one of a page's first lines that opens with a
// name in capitals before a dash and a few words of tagline, "AL-QARN —
// Quotidien d'information en langue arabe · Djibouti": the outlet's, no
// dateline.
func (p *articleParser) outletTagline(text string) bool {
	for _, dash := range []string{" — ", " – ", " - "} {
		if name, _, ok := strings.Cut(text, dash); ok && p.a.Title == "" && p.lineNo <= 2 && strings.ToUpper(name) == name && mastheadDash(text) {
			return true
		}
	}
	return false
}

func hasDateline(text string) bool {
	if w := letterRun(text, 0); len(w) < len(text) && text[len(w)] == ',' {
		if _, day := weekdayNames[strings.ToLower(w)]; day {
			return false // "Thursday, 10/1/2019 - 13:45": a date line, no place
		}
	}
	var probe articleParser
	probe.a = &Article{}
	return probe.dateline(text) != text
}

// liveLabels open headlines and entries in capitals like a dateline's
// place: "LIVE –", "BREAKING –", "UPDATE –".
var liveLabels = map[string]bool{"LIVE": true, "BREAKING": true, "UPDATE": true, "UPDATED": true, "WATCH": true, "EXCLUSIVE": true,
	"EN DIRECT": true, "EN VIVO": true, "AO VIVO": true, "DIRETTA": true, "IN DIRETTA": true, "URGENT": true, "URGENTE": true,
	"TICKER": true, "LIVETICKER": true, "NEWSTICKER": true, "LIVEBLOG": true, "LIVE BLOG": true}

// dateline strips a dateline from the first paragraph: "MOSCOW –",
// "GENEVA (AP) —", "BEIRUT, Lebanon (Reuters) -", "AMMAN, Feb. 20, 2020
// (AFP) -". It records the place, the agency and a full date.
func (p *articleParser) dateline(text string) string {
	if place, body, ok := agencyDotDateline(text); ok {
		p.a.Dateline = place // "YEREVAN, OCTOBER 14, ARMENPRESS. The ..."
		return body
	}
	if i := strings.Index(text, ", "); i > 0 && i <= 30 && isUpper(text[0]) && lettersOnly(strings.ReplaceAll(text[:i], " ", "")) &&
		relativeAge(strings.TrimSuffix(text[i+2:], ":")) {
		p.a.Dateline = text[:i] // "MANAMA, 3 hours ago" as a paragraph of its own: no date to read
		return ""
	}
	if body, place := parenDateline(text); place != "" && !outletMark(place, p.a.Publisher) {
		p.a.Dateline = place
		return body
	}
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '/' && i > 0 {
			// "ANKARA/BEIRUT": a story filed from two places.
			if next, _ := utf8.DecodeRuneInString(text[i+1:]); !unicode.IsUpper(next) {
				break
			}
		} else if !unicode.IsUpper(r) && r != ' ' && r != '-' && r != '.' && r != '\'' {
			break
		}
		if strings.HasPrefix(text[i:], " - ") {
			break // "ISTANBUL - The body"
		}
		i += size
	}
	place := strings.TrimRight(text[:i], " -.")
	if letters := utf8.RuneCountInString(place); letters < 3 || i < len(text) && nextIsLower(text[i:]) {
		return p.datedDateline(text)
	}
	if liveLabels[place] || strings.HasPrefix(place, "BY ") {
		return text // "LIVE – Evros: migrants remain ...": a live page's label, no place; "BY JANE ROE - 10/13/19": a byline
	}
	if strings.Contains(place, ".") && siteName(place) {
		return text // "TEMPO.CO, Jakarta - ...": the outlet's name, the place after it
	}
	// The place must be upper case words, not an acronym opening a sentence.
	j := i
	rest := text[j:]
	var when time.Time
	for k := 0; k < 4; k++ {
		r := strings.TrimLeft(rest, " ")
		switch {
		case strings.HasPrefix(r, ","):
			r = strings.TrimLeft(r[1:], " ")
			if t, _, end, ok := findDate(r); ok && strings.IndexAny(r[:end], "(–—") < 0 {
				when = t
				rest = r[end:]
				continue
			}
			// ", Lebanon" or ", Feb 20"
			w := 0
			for w < len(r) && r[w] != ',' && r[w] != '(' && !strings.HasPrefix(r[w:], " –") && !strings.HasPrefix(r[w:], " —") && !strings.HasPrefix(r[w:], " -") {
				w++
			}
			if w == 0 || w > 30 {
				return text
			}
			rest = r[w:]
		case strings.HasPrefix(r, "("):
			end := strings.IndexByte(r, ')')
			if end < 0 || end > 40 {
				return text
			}
			if ag := agencyIn(r[1:end]); ag != "" && p.a.Wire == "" {
				p.a.Wire = ag
			} else if mark := r[1:end]; p.a.Wire == "" && len(mark) >= 2 && len(mark) <= 6 && isAcronym(mark) && !strings.Contains(mark, ".") &&
				!ownWire(mark, p.a.Publisher) && !namedInStory(mark, p.text) {
				// "MYTILENE (ACN) –": an agency this package does not list.
				// (An organisation the story goes on to name, "GENEVA (ICRC)
				// –", is the author of a release.)
				p.a.Wire = mark
			}
			rest = r[end+1:]
		default:
			rest = r
			k = 4
		}
	}
	r := strings.TrimLeft(rest, " ")
	dash := ""
	for _, d := range []string{"–", "—", "―", "--", "-"} { // "AMMAN ―": a horizontal bar too
		if strings.HasPrefix(r, d) {
			dash = d
			break
		}
	}
	if dash == "" {
		return text
	}
	body := strings.TrimLeft(r[len(dash):], " \u00a0")
	if body == "" || nameOnly(body) {
		return text // "AMN - Al Masdar News": an outlet's initials and name
	}
	p.a.Dateline = place
	if !when.IsZero() && p.published.IsZero() {
		p.published = when
	}
	return body
}

// nameOnly reports a short text of capitalised words and nothing else:
// a name, not a story.
func nameOnly(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || endsSentence(s) {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// namedInStory reports an organisation's acronym that the story names as
// an actor: "the ICRC", "ICRC said", "ICRC's".
func namedInStory(mark, text string) bool {
	for _, f := range []string{"the %s", "The %s", "%s said", "%s says", "%s's", "%s’s"} {
		if strings.Contains(text, strings.Replace(f, "%s", mark, 1)) {
			return true
		}
	}
	return false
}

// parenDateline reads a place in parentheses before a dash, as some
// organisations' releases open: "(Beirut) – The ...". It returns the text
// after the dash and the place, or "" when the paragraph opens otherwise.
func parenDateline(text string) (body, place string) {
	if !strings.HasPrefix(text, "(") {
		return text, ""
	}
	end := strings.IndexByte(text, ')')
	if end < 0 || end > 32 {
		return text, ""
	}
	place = text[1:end]
	words := strings.Fields(place)
	if len(words) == 0 || len(words) > 3 || agencyIn(place) != "" || hasDigit(place) {
		return text, ""
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return text, ""
		}
	}
	r := strings.TrimLeft(text[end+1:], " ")
	for _, d := range []string{"–", "—", "-"} {
		if strings.HasPrefix(r, d+" ") {
			if body = strings.TrimLeft(r[len(d):], " \u00a0"); body != "" {
				return body, place
			}
		}
	}
	return text, ""
}

// supportPublisher reads "Support The Moscow Times!" style appeals, which
// name the outlet.
func supportPublisher(l string) string {
	if !strings.HasPrefix(l, "Support ") || !strings.HasSuffix(l, "!") || wordCount(l) > 7 {
		return ""
	}
	name := strings.TrimSuffix(strings.TrimPrefix(l, "Support "), "!")
	if name == "" || !isUpper(name[0]) || strings.HasPrefix(name, "Us") {
		return ""
	}
	return name
}

// isCredit reports an image credit or caption line: short, not prose, with
// slashes or bold markers ("Anas Alkharboutli / DPA / TASS",
// "**dpa/picture-alliance**").
func isCredit(l string) bool {
	if len(l) > 140 || !strings.Contains(l, "/") && !strings.HasPrefix(l, "**") && !strings.HasPrefix(l, "__") {
		return false
	}
	return wordCount(l) <= 10 && !endsSentence(strings.Trim(l, "*_"))
}

// stripEmphasis drops markdown bold marks that come in pairs from a line
// of the story: "**654 266** – Syrian refugees" is "654 266 – Syrian
// refugees" to a reader. Underscores stay: "__" is as often text
// ("__init__") as emphasis.
func stripEmphasis(l string) string {
	if n := strings.Count(l, "**"); n >= 2 && n%2 == 0 {
		l = strings.ReplaceAll(l, "**", "")
	}
	return l
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// listItem returns the text of a bulleted or numbered line ("- 4,000
// tents", "2. Displaced: more than 160,000"). The item's number is no
// figure and is left out.
func listItem(l string) (string, bool) {
	for _, m := range []string{"- ", "* ", "• ", "– ", "— ", "▪ ", "■ ", "● ", "◦ ", "‣ ", "> ", "► ", "▶ ", "▸ ", "➤ ", "→ ", "◆ ", "✓ "} {
		if strings.HasPrefix(l, m) {
			t := strings.TrimSpace(l[len(m):])
			if t == "" || strings.HasSuffix(t, "-") {
				return "", false
			}
			return t, true
		}
	}
	if n := numberedItem(l); n > 0 {
		return strings.TrimSpace(l[n:]), true
	}
	if figureFirstItem(l) {
		return l, true // "12,900 — Syrians who have crossed": a box of figures
	}
	return "", false
}

// itemHedges are the hedges a figure-first item may open with.
var itemHedges = []string{"around", "about", "some", "nearly", "almost", "roughly", "approximately",
	"over", "more than", "at least", "up to", "close to", "fewer than", "less than"}

// figureFirstItem reports a line that opens with a figure, hedged or not,
// and a dash or colon, then what it counts: "12,900 — Syrians who have
// crossed since Oct. 14", "1,160 – arrivals in the 24 hours to Friday",
// "3.6 million: Syrian refugees registered in Turkey", "About 70,000:
// people in the al-Hol camp".
func figureFirstItem(l string) bool {
	for _, h := range itemHedges {
		if len(l) > len(h) && hasPrefixFold(l, h) && l[len(h)] == ' ' {
			l = l[len(h)+1:] // "Around 12,000: Islamic State fighters held in SDF prisons"
			break
		}
	}
	i := 0
	for i < len(l) {
		if isDigit(l[i]) || l[i] == ',' || l[i] == '.' && i+1 < len(l) && isDigit(l[i+1]) {
			i++
			continue
		}
		// "654 266 – Syrian refugees": groups parted by a no-break or
		// narrow no-break space.
		if n := groupSpace(l[i:]); n > 0 && i > 0 && i+n < len(l) && isDigit(l[i+n]) {
			i += n
			continue
		}
		break
	}
	if i == 0 || i > 16 {
		return false
	}
	rest := strings.TrimLeft(l[i:], " ")
	if strings.HasPrefix(rest, "million") || strings.HasPrefix(rest, "m ") {
		// "3.6 million: Syrian refugees registered in Turkey"
		rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(rest, "million"), "m "), " ")
	}
	for _, d := range []string{"— ", "– ", "- ", ": "} { // "82,000: people sleeping in the open"
		if strings.HasPrefix(rest, d) && len(rest) > len(d) {
			return true
		}
	}
	return false
}

// groupSpace returns the length of the no-break, narrow no-break or thin
// space that opens s, or 0.
func groupSpace(s string) int {
	for _, sp := range []string{"\u00a0", "\u202f", "\u2009"} {
		if strings.HasPrefix(s, sp) {
			return len(sp)
		}
	}
	return 0
}

// numberedItem returns the length of a list number that opens line l:
// one or two digits, a full stop or closing bracket, a space and then a
// word ("1. Displaced: ...", "12) Trump steps ..."). It returns 0 when
// there is none: "1.5 million fled", "2019. The year".
func numberedItem(l string) int {
	i := 0
	for i < len(l) && i < 3 && isDigit(l[i]) {
		i++
	}
	if i == 0 || i > 2 || i+2 >= len(l) || l[i] != '.' && l[i] != ')' || l[i+1] != ' ' {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(l[i+2:]); !unicode.IsUpper(r) {
		return 0 // "3. the town": a sentence broken after a count
	}
	return i + 2
}

// cleanHeading strips markdown heading and emphasis markers.
func cleanHeading(l string) string {
	return stripMarkdown(strings.TrimSpace(strings.TrimLeft(l, "#")))
}

// stripMarkdown removes emphasis markers and turns links into their text.
func stripMarkdown(s string) string {
	s = strings.TrimSpace(s)
	for {
		open := strings.Index(s, "[")
		mid := strings.Index(s, "](")
		if open < 0 || mid < open {
			break
		}
		close := strings.IndexByte(s[mid:], ')')
		if close < 0 {
			break
		}
		s = s[:open] + s[open+1:mid] + s[mid+close+1:]
	}
	s = strings.ReplaceAll(s, "**", "")
	s = strings.ReplaceAll(s, "__", "")
	return strings.TrimSpace(s)
}

// endsSentence reports text ending with sentence punctuation or a closing
// quotation mark or bracket.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t*_")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '"', '”', '’', '\'', ')', '…', ':', ';':
		return true
	}
	return false
}

// startsLower reports text starting with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func splitAny(s, seps string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) })
}

// yearRange reports "1997-2019" or "1997–2019".
func yearRange(f string) bool {
	a, b, ok := strings.Cut(strings.ReplaceAll(f, "–", "-"), "-")
	return ok && len(a) == 4 && len(b) == 4 && allDigits(a) && allDigits(b)
}

// webName reports an outlet named by its address, "INQUIRER.net",
// "Rappler.com": a name of one word with a top-level domain.
func webName(name string) bool {
	i := strings.LastIndexByte(name, '.')
	if i <= 0 || strings.ContainsAny(name, " ,") {
		return false
	}
	switch tld := name[i+1:]; strings.ToLower(tld) {
	case "com", "net", "org", "info", "news", "co", "ph", "in", "pk", "ng", "za", "lb", "tr", "gr", "uk", "eu":
		return true
	default:
		// a country's two letters, as a site writes its name: "168.am",
		// "Oxu.az"
		return len(tld) == 2 && isLower(tld[0]) && isLower(tld[1]) && strings.Count(name, ".") == 1 // not "Harbourline.com.mt"
	}
}

// trimTrailingYears drops the years and separators a copyright line puts
// after its holder: "UNHCR 2001-2020", "Outlet 2020 -".
func trimTrailingYears(name string) string {
	fields := strings.Fields(name)
	for len(fields) > 1 {
		last := strings.Trim(fields[len(fields)-1], "-–—|,")
		if last != "" && !allDigits(dashes.Replace(last)) {
			break
		}
		fields = fields[:len(fields)-1]
	}
	return strings.Join(fields, " ")
}

// datedDateline strips a dateline written in mixed case, which only a
// full date after it marks as one: "Geneva, 3 March 2020 –". The place
// keeps its case.
func (p *articleParser) datedDateline(text string) string {
	if body := p.agencyDateline(text); body != text {
		return body
	}
	if body := p.countryDateline(text); body != text {
		return body
	}
	if body, place, t, ok := dateFirstDateline(text); ok {
		p.a.Dateline = place
		if p.published.IsZero() {
			p.published = t
		}
		return body
	}
	place, k, ok := capitalisedPlace(text, ", ")
	if !ok {
		return text
	}
	r := text[k+2:]
	t, start, end, ok := findDate(r)
	if !ok || start != 0 {
		if body, ok := yearlessDateline(r); ok {
			p.a.Dateline = place // "Dimapur, July 10 (EMN): ...": a day without its year
			return body
		}
		return text
	}
	after := strings.TrimLeft(r[end:], " \u00a0")
	if len(after) > 5 && allDigits(after[:2]) && after[2] == ':' && allDigits(after[3:5]) {
		after = strings.TrimLeft(after[5:], " \u00a0") // "Athens, 03 Mar 2020 14:52 - ..."
	}
	body, ok := bodyAfterDash(after)
	if ok && strings.HasPrefix(body, "(") {
		// "- (Agenzia Nova) - Greek security forces ...": the agency
		// between two dashes
		if c := strings.Index(body, ")"); c > 0 && c < 40 {
			if rest, ok2 := bodyAfterDash(strings.TrimLeft(body[c+1:], " \u00a0")); ok2 {
				if w := agencyIn(body[1:c]); w != "" && p.a.Wire == "" {
					p.a.Wire = w
				}
				body = rest
			}
		}
	}
	if after == ":" {
		body, ok = "", true // "Gaziantep, 20 February 2020:" as a paragraph of its own
	}
	if !ok {
		return text
	}
	p.a.Dateline = place
	if p.published.IsZero() {
		p.published = t
	}
	return body
}

// countryDateline reads the dateline of the Spanish-language agencies:
// the place, its country in brackets, the day and the agency, closed by
// ".-": "Mytilene (Greece), Jan 22 (EFE).- Shops ...".
func (p *articleParser) countryDateline(text string) string {
	var r, place string
	if pl, k, ok := capitalisedPlace(text, " ("); ok {
		place, r = pl, text[k+1:]
		end := strings.IndexByte(r, ')')
		if end < 0 || end > 30 || wordCount(r[1:end]) > 3 || !allCapitalised(r[1:end]) || !strings.HasPrefix(r[end+1:], ", ") {
			return text
		}
		r = r[end+3:]
	} else if pl, k, ok := capitalisedPlace(text, ", "); ok {
		place, r = pl, text[k+2:] // "Beirut, 2 jul (EFE).- ...": no country
	} else {
		return text
	}
	open := strings.IndexByte(r, '(')
	if open < 0 || open > 25 || !dayWords(r[:open]) {
		return text // "Jan 22 " and nothing more between the country and the agency
	}
	end := strings.IndexByte(r[open:], ')')
	if end < 0 || end > 20 {
		return text
	}
	mark := r[open+1 : open+end]
	rest := strings.TrimLeft(strings.TrimPrefix(r[open+end+1:], "."), " ")
	body, ok := bodyAfterDash(rest)
	if !ok {
		return text
	}
	wire := agencyIn(mark)
	if wire == "" && len(mark) >= 2 && len(mark) <= 6 && isAcronym(mark) {
		wire = mark
	}
	if wire == "" {
		return text
	}
	p.a.Dateline = place
	if p.a.Wire == "" && !ownWire(wire, p.a.Publisher) {
		p.a.Wire = wire
	}
	return body
}

// dayWords reports a month and a day and nothing else: "Jan 22",
// "22 enero".
func dayWords(s string) bool {
	words := strings.Fields(s)
	for _, w := range words {
		w = strings.Trim(w, ".,")
		if _, _, ok := monthAt(w, 0); !ok && !(allDigits(w) && len(w) <= 2) && !datelineMonths[w] {
			return false
		}
	}
	return len(words) == 2
}

// datelineMonths are month abbreviations in lower case that are words too
// ("mar", "may", "ago", "set"), read as months only between a day and an
// agency's mark: "Kastanies (Grecia), 4 mar (EFE).-".
var datelineMonths = wordSet(`mar may ago set sep gen apr aug`)

// agencyDotDateline reads a dateline in capitals that gives the place,
// the month and day, and the agency, closed by a full stop: "YEREVAN,
// OCTOBER 14, ARMENPRESS. The Armenian community ...". It returns the
// place and the story after the stop.
func agencyDotDateline(text string) (place, body string, ok bool) {
	dot := strings.Index(text, ". ")
	if dot <= 0 || dot > 60 {
		return "", "", false
	}
	parts := strings.Split(text[:dot], ", ")
	if len(parts) != 3 {
		return "", "", false
	}
	for _, part := range []string{parts[0], parts[2]} {
		for _, r := range part {
			if !unicode.IsUpper(r) && r != ' ' && r != '-' {
				return "", "", false // "YEREVAN", "ARMENPRESS", "SAN-FRANCISCO"
			}
		}
	}
	month, day, found := strings.Cut(parts[1], " ")
	if _, isMonth := monthNames[strings.ToLower(month)]; !found || !isMonth || !allDigits(day) || len(day) > 2 {
		return "", "", false
	}
	return parts[0], text[dot+2:], true
}

// ageStampLine reports a header line that dates the page by its age, in
// English, French or German: "Updated 3 hours ago", "Mis à jour il y a 3
// heures", "Aktualisiert vor 2 Stunden".
func ageStampLine(l string) bool {
	low := strings.ToLower(strings.TrimSpace(l))
	for _, pre := range []string{"updated", "last updated", "posted", "published", "mis à jour", "publié", "aktualisiert", "veröffentlicht"} {
		if rest, ok := strings.CutPrefix(low, pre); ok {
			low = strings.TrimLeft(rest, " :")
			break
		}
	}
	if relativeAge(low) {
		return true
	}
	w := strings.Fields(low)
	switch {
	case len(w) == 5 && w[0] == "il" && w[1] == "y" && w[2] == "a": // "il y a 3 heures"
		w = w[3:]
	case len(w) == 3 && w[0] == "vor": // "vor 2 stunden"
		w = w[1:]
	default:
		return false
	}
	if !allDigits(w[0]) && w[0] != "une" && w[0] != "einer" {
		return false
	}
	switch w[1] {
	case "minute", "minutes", "min", "heure", "heures", "jour", "jours", "minuten", "stunde", "stunden", "tag", "tagen":
		return true
	}
	return false
}

// relativeAge reports an age a page gives instead of a date: "3 hours
// ago", "an hour ago", "45 mins ago".
func relativeAge(s string) bool {
	w := strings.Fields(strings.ToLower(s))
	if len(w) != 3 || w[2] != "ago" || !allDigits(w[0]) && w[0] != "a" && w[0] != "an" {
		return false
	}
	switch w[1] {
	case "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days":
		return true
	}
	return false
}

// dateFirstDateline reads a dateline that gives the date first and the
// place in brackets, "March 2, 2020 (KASTANIES, Greece) – Greek police":
// the body after the dash, the place as written and the date, or ok
// false.
func dateFirstDateline(text string) (body, place string, t time.Time, ok bool) {
	t, start, end, found := findDate(text)
	if !found || start != 0 {
		return "", "", t, false
	}
	r := strings.TrimLeft(text[end:], " \u00a0")
	closing := strings.IndexByte(r, ')')
	if !strings.HasPrefix(r, "(") || closing < 0 || closing > 40 {
		return "", "", t, false
	}
	place, _, _ = strings.Cut(r[1:closing], ",")
	place = strings.TrimSpace(place)
	for _, w := range strings.Fields(place) {
		if !isUpper(w[0]) || !lettersOnly(w) {
			return "", "", t, false
		}
	}
	if place == "" || wordCount(place) > 3 {
		return "", "", t, false
	}
	body, ok = bodyAfterDash(strings.TrimLeft(r[closing+1:], " \u00a0"))
	return body, place, t, ok
}

// signOff reports a paragraph of the body that is only a wire's
// sign-off, and takes the wire from it unless one is known or it is the
// outlet's own.
func (p *articleParser) signOff(para string) bool {
	w := signOffWire(para)
	if !p.inBody || w == "" {
		return false
	}
	if p.a.Wire == "" && !ownWire(w, p.a.Publisher) {
		p.a.Wire = w
	}
	return true
}

// signOffWire returns the agency a story's closing sign-off names, the
// outlet's initials and the agency's in brackets or after a dash:
// "(ST/AFP)", "(AFP)", "- AAP"; or "".
func signOffWire(para string) string {
	inner, ok := "", false
	for _, d := range []string{"- ", "– ", "— "} {
		if inner, ok = strings.CutPrefix(para, d); ok {
			break // "- AAP" closing the story
		}
	}
	if !ok {
		inner, ok = strings.CutSuffix(strings.TrimPrefix(para, "("), ")")
	}
	if !ok || len(inner) > 24 || strings.Contains(inner, " ") {
		return ""
	}
	parts := strings.Split(inner, "/")
	return agencyIn(parts[len(parts)-1])
}

// bodyAfterDash returns what follows the dash a dateline ends with ("–",
// "—", "--", "-") at the start of r; ok is false when r does not start
// with one or nothing follows it.
func bodyAfterDash(r string) (body string, ok bool) {
	for _, d := range []string{"–", "—", "--", "-"} {
		if strings.HasPrefix(r, d) {
			body = strings.TrimLeft(r[len(d):], " \u00a0")
			return body, body != ""
		}
	}
	return "", false
}

// capitalisedPlace returns the start of text up to sep, at k, when it is
// 3 to 30 bytes of words that each start with a capital: the place of a
// mixed-case dateline ("Geneva, ...", "Samos (Greece) ...").
func capitalisedPlace(text, sep string) (place string, k int, ok bool) {
	k = strings.Index(text, sep)
	if k < 3 || k > 30 {
		return "", k, false
	}
	place = text[:k]
	for _, w := range strings.Fields(place) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return "", k, false
		}
	}
	return place, k, true
}

// agencyDateline strips a mixed-case dateline that a news agency in
// parentheses marks as one: "Samos (Greece) (AFP) –", "Gaziantep (AA) -".
// The place keeps its case; a country in parentheses is dropped.
func (p *articleParser) agencyDateline(text string) string {
	place, k, ok := capitalisedPlace(text, " (")
	if !ok {
		return text
	}
	r := text[k+1:]
	wire, own := "", false
	for n := 0; n < 2 && strings.HasPrefix(r, "("); n++ {
		end := strings.IndexByte(r, ')')
		if end < 0 || end > 40 {
			return text
		}
		if ag := agencyIn(r[1:end]); ag != "" {
			wire = ag
		} else if id := r[1:end]; len(id) >= 2 && id == initials(p.a.Publisher) {
			own = true // "Geneva (ICRC) –" in the organisation's own release: a place, no wire
		}
		r = strings.TrimLeft(r[end+1:], " \u00a0")
	}
	if wire == "" && !own {
		return text
	}
	body, ok := bodyAfterDash(r)
	if !ok {
		return text
	}
	p.a.Dateline = place
	if p.a.Wire == "" {
		p.a.Wire = wire
	}
	return body
}

// initials gives the capitals that open the words of a name, joiners
// left out: "International Committee of the Red Cross" -> "ICRC".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if nameJoiners[w] {
			continue
		}
		for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "ar-", "an-", "at-", "az-"} {
			if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
				w = rest // "Ahmad al-Qassab" is AQ
				break
			}
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

// nextIsLower reports a lower-case letter at the start of s.
func nextIsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// releaseMarks are the words with which an organisation's own press
// release or briefing note presents itself near its top.
var releaseMarks = []string{"press release", "news release", "media release", "briefing note",
	"press briefing", "press statement",
	"briefing:", "/ briefings", "› briefings", "» briefings", "> briefings"} // "Briefing: Four weeks on", "Home / Reports / Briefings"

// isRelease reports an organisation's own release: its opening lines
// (breadcrumb, headline, editor's note) call it one. In a release the
// unattributed voice is the organisation's, not a reporter's.
func isRelease(text string) bool {
	var buf [1200]byte // the marks are ASCII: lowering ASCII letters suffices
	head := buf[:copy(buf[:], text)]
	for i, c := range head {
		if isUpper(c) {
			head[i] = c + 'a' - 'A'
		}
	}
	for _, m := range releaseMarks {
		for rest := head; ; {
			i := bytes.Index(rest, []byte(m))
			if i < 0 {
				break
			}
			if !menuLine(rest, i) {
				return true
			}
			rest = rest[i+len(m):]
		}
	}
	return false
}

// menuLine reports a site's menu around text[i]: a line of three items or
// more parted by " | " ("Home | Sudan | Opinion | Press releases"), where a
// release mark names a section, not the story.
func menuLine(text []byte, i int) bool {
	start := bytes.LastIndexByte(text[:i], '\n') + 1
	end := bytes.IndexByte(text[i:], '\n')
	if end < 0 {
		end = len(text) - i
	}
	return bytes.Count(text[start:i+end], []byte(" | ")) >= 2
}

// releaseLabel reports a line that only says what kind of release follows.
func releaseLabel(s string) bool {
	if len(s) > 24 {
		return false // the marks are short; longer lines need no lowering
	}
	low := strings.TrimSuffix(strings.ToLower(strings.Trim(s, " *#:")), "s")
	for _, m := range releaseMarks {
		if low == m {
			return true
		}
	}
	return false
}

// consentWords mark the lines of a cookie or consent notice.
var consentWords = []string{"cookie", "privacy", "consent", "accept", "agree", "browse", "policy", "settings", "learn more"}

// consentLine reports whether l reads as part of a cookie notice, so that a
// notice's block ends before a header line that is not part of it.
func consentLine(l string) bool {
	low := strings.ToLower(l)
	for _, w := range consentWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// dateSeparators are the separators of a date line's parts, which are not
// words: "FEBRUARY 12, 2020 / 3:41 PM".
var dateSeparators = strings.NewReplacer(" / ", " ", " | ", " ")

// dashes drops hyphens and en dashes.
var dashes = strings.NewReplacer("-", "", "–", "")

// looseDateline strips a dateline the stricter readers missed from the
// story's first paragraph (see the function of the same name).
func (p *articleParser) looseDateline(text string) string {
	if p.a.Dateline != "" || p.sentenceParas() > 0 {
		return text
	}
	body, place, wire, when, ok := looseDateline(text, p.a.Publisher)
	if !ok && strings.Count(p.text, letterRun(text, 0)) >= 2 {
		// "Beirut: ..." in mixed case, the place named again in the story
		body, place, wire, when, ok = looseDateline(text, p.a.Publisher+"\x00colon")
	}
	if !ok {
		return text
	}
	p.a.Dateline = place
	if p.a.Wire == "" {
		p.a.Wire = wire
	}
	if !when.IsZero() && p.published.IsZero() {
		p.published = when
	}
	return body
}

// otherScriptTagline reports a short header line that opens in a script
// other than Latin: the outlet's name in its own language, perhaps with a
// tagline in English after a dash.
func otherScriptTagline(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	return unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) && wordCount(l) <= 10 && !hasDigit(asciiDigits(l)) &&
		!strings.Contains(l, " | ") // not a language menu, "کوردی | English | عربي"
}

// headerSeparator returns the separator between the parts of a header
// line, "By Jane Doe | May 31, 2019", "By Euronews with AFP • Updated:
// 05/12/2019", or "".
func headerSeparator(l string) string {
	for _, sep := range []string{" | ", " • ", " · ", " ● ", " // ", " |"} {
		if strings.Contains(l, sep) {
			return sep // " |" for "Jane Roe and Sam Doe |26.02.2020"; "By Jane Roe // 10 December 2019"
		}
	}
	if strings.Contains(l, " / ") && hasDigit(l) {
		// "Agence France-Presse / 05:32 AM October 15, 2019"; but a
		// photo credit such as "Defence Ministry / TASS" has no date.
		if _, _, _, ok := findDate(l); ok {
			return " / "
		}
	}
	return ""
}

// wireSignature returns the agency a header line of its own names with
// an editor's initials after a slash, "Keystone-SDA/mr", "AFP/jd", or "".
func wireSignature(l string) string {
	i := strings.IndexByte(l, '/')
	if i <= 0 || wordCount(l) > 2 || len(l)-i > 6 {
		return ""
	}
	return agencyIn(l[:i])
}

// tableRows reports lines that form a table scraped as text: three or
// more lines, at least two of them cells split by " | ", a tab or a run of
// spaces, one of those with a digit.
func tableRows(lines []string) bool {
	if len(lines) < 3 {
		return false
	}
	rows, digits := 0, false
	for _, l := range lines {
		if len(l) > 120 {
			return false
		}
		if strings.Contains(l, " | ") || strings.Contains(l, "\t") || strings.Contains(l, "   ") || strings.Contains(l, "....") {
			rows++
			digits = digits || hasDigit(l)
		}
	}
	return rows >= 2 && digits
}

// dropPullQuotes removes pull quotes: a paragraph that is only a
// quotation, its words repeated from a paragraph elsewhere in the story
// (“As many as 50,000 people could be deported by the end of the year.”
// set apart from the paragraph that quotes its speaker). Its figures are
// already in the story once.
func dropPullQuotes(paras []paragraph) []paragraph {
	out := paras[:0]
	for i, p := range paras {
		if inner, ok := wholeQuote(p.text); ok && len(inner) >= 20 && repeatedElsewhere(paras, i, inner) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// wholeQuote returns the words inside a paragraph that opens and closes
// with quotation marks and has none between, or ok false.
func wholeQuote(t string) (string, bool) {
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}, {"«", "»"}} {
		if strings.HasPrefix(t, q[0]) && strings.HasSuffix(t, q[1]) && len(t) > len(q[0])+len(q[1]) {
			inner := t[len(q[0]) : len(t)-len(q[1])]
			if !strings.Contains(inner, q[0]) && !strings.Contains(inner, q[1]) {
				return strings.TrimRight(inner, ".,!? "), true
			}
		}
	}
	return "", false
}

// repeatedElsewhere reports whether the words of a pull quote, less their
// first word (a capital may become lower case where the story quotes
// them), occur in another paragraph.
func repeatedElsewhere(paras []paragraph, skip int, inner string) bool {
	if sp := strings.IndexByte(inner, ' '); sp > 0 {
		inner = inner[sp+1:]
	}
	for j, p := range paras {
		if j != skip && strings.Contains(p.text, inner) {
			return true
		}
	}
	return false
}

// placeAndCountry reports a place and its country in the usual case, as a
// date line may give them: "Beirut, Lebanon".
func placeAndCountry(s string) bool {
	place, country, ok := strings.Cut(s, ", ")
	if !ok || wordCount(place) > 3 || wordCount(country) > 2 {
		return false
	}
	return hasLower(countryNames, country) && isUpper(place[0]) && lettersOnly(strings.ReplaceAll(place, " ", ""))
}

// reservedRights reports a copyright line's "all rights reserved" in
// English or another language, which names no holder: "© Riproduzione
// riservata".
func reservedRights(name string) bool {
	low := strings.ToLower(name)
	for _, p := range []string{"all rights", "riproduzione riservata", "tous droits", "alle rechte", "alle rechten",
		"todos los derechos", "todos os direitos", "wszelkie prawa", "tutti i diritti"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// yearlessDateline reads the rest of a dateline after its place, a day
// and a month without a year, an agency's initials in brackets and a
// colon or a dash: "July 10 (EMN): Lebanese soldiers ..." gives the body.
func yearlessDateline(r string) (string, bool) {
	end := -1
	if _, e, ok := monthAt(r, 0); ok && e < len(r) && r[e] == ' ' {
		if _, e2, ok := dayAt(r, e+1); ok {
			end = e2 // "July 10"
		}
	} else if _, e, ok := dayAt(r, 0); ok && e < len(r) && r[e] == ' ' {
		if _, e2, ok := monthAt(r, e+1); ok {
			end = e2 // "10 July"
		}
	}
	if end < 0 {
		return "", false
	}
	rest := strings.TrimLeft(r[end:], " \u00a0")
	if !strings.HasPrefix(rest, "(") {
		return "", false
	}
	c := strings.IndexByte(rest, ')')
	if c < 2 || c > 12 || !isAcronym(rest[1:c]) {
		return "", false
	}
	rest = strings.TrimLeft(rest[c+1:], " \u00a0")
	if body, ok := strings.CutPrefix(rest, ":"); ok {
		body = strings.TrimLeft(body, " \u00a0")
		return body, body != ""
	}
	return bodyAfterDash(rest)
}

// labelledAgency returns the agency a credit label names, "Sumber: AFP",
// "Text: AP", or "".
func labelledAgency(part string) string {
	if label, rest, ok := strings.Cut(strings.TrimSpace(part), ": "); ok && (creditLabels[strings.ToLower(label)] || textLabels[strings.ToLower(label)]) {
		return agencyIn(rest)
	}
	return ""
}

// textLabels credit a story's words, "Text: AP", as photo labels credit
// its pictures. (Not creditLabels: "Text: Jane Doe" names no organisation
// that wrote the story.)
var textLabels = wordSet(`text texte tekst testo texto teksti`)

// materialLeads open a credit for the copy a story was written from:
// "mit Material von dpa", "with inputs from Reuters", "По материалам AP"
// (Russian, "from the materials of"), "kwa msaada wa AFP" (Swahili, "with
// the help of").
var materialLeads = []string{"mit Material von ", "mit Material der ", "mit Material des ", "kwa msaada wa ", "with material from ", "with inputs from ", "with files from ", "with reports from ", "with additional reporting from ", "по материалам ",
	"additional reporting by ", // "Radio West World Desk | Additional reporting by Xinhua"
	"izmantojot "}              // Latvian "izmantojot LETA informāciju", using LETA's information

// materialTails close a credit for the copy a story was written from, in
// languages that put the agency first: Uzbek "AFP materiallari asosida"
// ("on the basis of AFP's materials").
var materialTails = []string{" materiallari asosida", " materiallari bo'yicha"}

// materialAgency returns the agency a credit names after one of
// materialLeads or before one of materialTails, at its start or after a
// comma ("Redaktion Wormser Zeitung, mit Material von dpa"), or "".
func materialAgency(part string) string {
	for _, seg := range strings.Split(part, ",") {
		seg = strings.TrimSpace(seg)
		for _, lead := range materialLeads {
			if hasPrefixFold(seg, lead) {
				if a := agencyIn(seg[len(lead):]); a != "" {
					return a
				}
				if f := strings.Fields(seg[len(lead):]); len(f) > 1 {
					return agencyIn(f[0]) // the agency, then the word for its copy
				}
				return ""
			}
		}
		for _, tail := range materialTails {
			if name, ok := strings.CutSuffix(seg, tail); ok {
				return agencyIn(name)
			}
		}
	}
	return ""
}

// materialCredit reports a line that opens with one of materialLeads,
// whether or not it names an agency: "По материалам зарубежных
// информационных агентств" ("from foreign agencies' materials").
func materialCredit(l string) bool {
	return slices.ContainsFunc(materialLeads, func(lead string) bool { return hasPrefixFold(l, lead) })
}

// creditLabels name who a report comes from, before a colon: a byline's
// part ("Sumber: AFP") or a reposting site's line ("Source: OCHA").
var creditLabels = wordSet(`source sumber fuente fonte quelle sursa kaynak izvor chanzo zdroj źródło zrodlo forrás forras источник`)

// onlyStaff reports words that name an outlet's own people and nothing
// else: "staff reporters", "our correspondents".
func onlyStaff(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	for _, w := range ws {
		if !staffWords[w] && w != "our" && w != "correspondents" && w != "correspondent" {
			return false
		}
	}
	return len(ws) > 0
}

// picturedLine reports a line that names a picture: "© Photo DR · ...".
func picturedLine(l string) bool {
	low := strings.ToLower(l)
	for _, w := range []string{"photo", "foto", "image", "picture", "pic:", "illustration", "larawan"} { // Tagalog "Larawan:"
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// domainWritten reports a masthead that writes the outlet's name as its
// web address of one dot, capitalised ("Netafrique.net", not
// "Newsbook.com.mt"), where pub, the name read from the byline or footer,
// is that address or the name without its ending.
func domainWritten(masthead, pub string) bool {
	dot := strings.IndexByte(masthead, '.')
	return dot > 0 && strings.Count(masthead, ".") == 1 && (isUpper(masthead[0]) || isDigit(masthead[0])) && bareDomain(masthead) && (pub == masthead || strings.EqualFold(masthead[:dot], pub))
}
