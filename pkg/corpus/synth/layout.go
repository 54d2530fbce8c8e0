package synth

import (
	"bytes"
	"strconv"
	"strings"
	"time"
)

// style is an outlet's house layout.
type style struct {
	layout        int
	smartQuotes   bool
	shortMillions bool                // "1.5m"
	subheading    func(string) string // nil: the outlet uses none
}

// The layouts, one per way our scraped sources look.
const (
	layoutMarkdownWire = iota // "# Title", "By [Reuters](#)", "May 31, 2019", "Original url:"
	layoutAppeal              // "Support X!", plain title, no date, donation appeal
	layoutDateline            // plain title, "MOSCOW –" dateline, no date, newsletter footer
	layoutAP                  // "Published: 2020-02-21 14:03", "GENEVA (AP) —"
	layoutAFP                 // breadcrumbs, "20/02/2020 - 21:10 GMT | By Staff writer", "©" footer
	layoutUK                  // "# Title", "17 February 2020", "Read more:", cookie notice
	layoutDayFirst            // plain title, "17/02/2020"
	layoutAbbrev              // plain title, "By Name", "Feb. 17, 2020"
	nLayouts
)

func newStyle(layout int) style {
	s := style{layout: layout}
	switch layout {
	case layoutMarkdownWire:
		s.subheading = func(h string) string { return "## **" + h + "**" }
	case layoutAppeal, layoutDateline:
		s.subheading = func(h string) string { return h }
		s.smartQuotes = layout == layoutDateline
	case layoutUK:
		s.smartQuotes, s.shortMillions = true, true
	}
	return s
}

// inText reports whether the layout writes the publication date.
func (s style) inText() bool {
	return s.layout != layoutAppeal && s.layout != layoutDateline
}

var wires = []string{"Reuters", "AP", "AFP"}

var titleForms = []string{
	"{host} Says Russia Must Restrain Syrian Forces in {loc}",
	"U.N. Warns of Catastrophe as Fighting Nears {loc}",
	"Thousands Flee as Offensive on {loc} Intensifies",
	"{n} Killed in Air Strikes on {loc}",
	"Russia Opposes Calls for Truce in {loc}",
	"Aid Groups Struggle to Reach Families Fleeing {loc}",
	"Turkey Sends Reinforcements to {loc} After Deadly Attack",
	"{n},000 Flee {loc} in a Week, U.N. Says",
	"Kremlin Says It Is Ankara's Duty to Stop Fighting in {loc}",
	"Winter Deepens Misery in Camps Near {loc}",
	"{host} Cannot Take More Refugees, Officials Say",
}

// title writes a headline; its numbers are not facts.
func (g *gen) title() string {
	t := pick(g.r, titleForms)
	t = strings.ReplaceAll(t, "{loc}", g.loc)
	t = strings.ReplaceAll(t, "{host}", g.host)
	return strings.ReplaceAll(t, "{n}", strconv.Itoa(2+g.r.IntN(400)))
}

// related writes the headline of a linked article, with a number in it.
func (g *gen) related() string {
	n := 2 + g.r.IntN(30)
	w := strconv.Itoa(n)
	if n < 20 {
		w = capitalize(numberWord(n))
	}
	return "Turkey Says " + w + " Soldiers Wounded Near " + pick(g.r, places)
}

func (g *gen) credit() string {
	return pick(g.r, firstNamesM) + " " + pick(g.r, surnames) + " / " + pick(g.r, photographers)
}

func (g *gen) url(publisher, title string) string {
	host := strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(publisher, "The "), " ", ""))
	slug := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return '-'
	}, title)
	return "https://www." + host + ".example/" + g.pub.Format("2006/01/02") + "/" + slug + "-a" + strconv.Itoa(10000+g.r.IntN(90000))
}

// appeal writes an outlet's donation appeal: boilerplate with money and a
// count of years that are not facts.
func appeal(publisher string, years, dollars int) string {
	return "Before you go: independent reporting from the region costs money. " + publisher +
		" has covered the war for more than " + strconv.Itoa(years) + " years without a paywall.\n\n" +
		"If our reporting matters to you, a gift of $" + strconv.Itoa(dollars) +
		" a month keeps our correspondents in the field. Thank you.\n\nDonate now\nMaybe later"
}

// compose writes the whole file: header, body paragraphs and footer.
func (g *gen) compose(buf *bytes.Buffer, title, publisher, wire string, paras []string) {
	nl := func(n int) {
		for ; n > 0; n-- {
			buf.WriteByte('\n')
		}
	}
	writeParas := func(first string, relatedAt int, related func(int) string) {
		for i, p := range paras {
			if i == 0 {
				p = first + p
			}
			buf.WriteString(p)
			nl(2)
			if i == relatedAt {
				buf.WriteString(related(i))
				nl(2)
			}
		}
	}
	mid := len(paras) / 2
	pub := g.pub
	switch g.style.layout {
	case layoutMarkdownWire:
		nl(2)
		buf.WriteString("# " + title)
		nl(2)
		buf.WriteString("By [" + wire + "](#)")
		nl(2)
		day := strconv.Itoa(pub.Day())
		if g.r.IntN(2) == 0 {
			day = pub.Format("02")
		}
		buf.WriteString(months[pub.Month()-1] + " " + day + ", " + strconv.Itoa(pub.Year()))
		nl(4)
		buf.WriteString(g.credit())
		nl(2)
		writeParas("", mid, func(int) string { return "**Related article:** [" + g.related() + "](#)" })
		buf.WriteString("Original url:")
		nl(2)
		buf.WriteString("<" + g.url(publisher, title) + ">")
		nl(1)
	case layoutAppeal:
		buf.WriteString("Support " + publisher + "!")
		nl(2)
		buf.WriteString(title)
		nl(2)
		buf.WriteString(g.credit())
		nl(2)
		writeParas("", -1, nil)
		buf.WriteString(appeal(publisher, 5+g.r.IntN(30), 2+g.r.IntN(9)))
		nl(2)
		buf.WriteString("Read more")
		nl(1)
	case layoutDateline:
		buf.WriteString(title)
		nl(3)
		writeParas(pick(g.r, cities)+" \u2013 ", mid, func(int) string { return "- Advertisement -" })
		buf.WriteString("Subscribe to our newsletter\nSign up here to get the latest news and special offers delivered directly to your inbox.")
		nl(1)
	case layoutAP:
		buf.WriteString(title)
		nl(2)
		buf.WriteString("Published: " + pub.Add(time.Duration(g.r.IntN(24*60))*time.Minute).Format("2006-01-02 15:04"))
		nl(2)
		writeParas(pick(g.r, cities)+" (AP) \u2014 ", -1, nil)
	case layoutAFP:
		buf.WriteString("Home \u203a Middle East \u203a Syria")
		nl(2)
		buf.WriteString(title)
		nl(2)
		buf.WriteString(pub.Add(time.Duration(g.r.IntN(24*60))*time.Minute).Format("02/01/2006 - 15:04") + " GMT | By Staff writer")
		nl(2)
		writeParas(pick(g.r, cities)+" (AFP) \u2014 ", -1, nil)
		buf.WriteString("\u00a9 Agence France-Presse")
		nl(1)
	case layoutUK:
		buf.WriteString("# " + title)
		nl(2)
		buf.WriteString(pub.Format("2 January 2006"))
		nl(2)
		writeParas("", mid, func(int) string { return "Read more: " + g.related() })
		buf.WriteString("We use cookies to give you the best experience on our site. By continuing to browse you agree to our cookie policy.")
		nl(1)
	case layoutDayFirst:
		buf.WriteString(title)
		nl(2)
		buf.WriteString(pub.Format("02/01/2006"))
		nl(2)
		writeParas("", -1, nil)
	case layoutAbbrev:
		buf.WriteString(title)
		nl(2)
		buf.WriteString("By " + pick(g.r, firstNamesF) + " " + pick(g.r, surnames))
		nl(2)
		buf.WriteString(monthAbbrevs[pub.Month()-1] + " " + strconv.Itoa(pub.Day()) + ", " + strconv.Itoa(pub.Year()))
		nl(2)
		writeParas("", -1, nil)
	}
}
