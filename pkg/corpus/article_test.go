package corpus

import (
	"strings"
	"testing"
)

func TestParseArticle(t *testing.T) {
	tests := []struct {
		name                                string
		in                                  string
		title, pub, publisher, wire, dateln string
		url                                 string
		body                                string   // the exact body, when set
		has, hasNot                         []string // body contains / does not contain
	}{
		{
			name:  "markdown wire layout",
			in:    "\n\n# A Title\n\nBy [Reuters](#)\n\nMay 31, 2019\n\n\n\nJane Doe / AFP / Getty\n\nFirst paragraph of the story.\n\n**Related article:** [Other story with 3 numbers](#)\n\nSecond paragraph.\n\nOriginal url:\n\n<https://example.com/a>",
			title: "A Title", pub: "2019-05-31", wire: "Reuters",
			body: "First paragraph of the story.\n\nSecond paragraph.",
		},
		{
			name:      "support line before plain title",
			in:        "Support The Daily Planet!\n\nTurkey Says Something\n\nDefence Ministry / TASS\n\nThe story starts here and goes on.\n\n… we have a small favor to ask. Support us with $2.\n\nMore appeal text.",
			title:     "Turkey Says Something",
			publisher: "The Daily Planet",
			body:      "The story starts here and goes on.",
		},
		{
			name:  "dateline and broken paragraph",
			in:    "Plain title line\n\nMOSCOW – The Kremlin said\n\nin a statement that it agreed.\n\nSubscribe to our newsletter\nSign up here to get the latest news.",
			title: "Plain title line", dateln: "MOSCOW",
			body: "The Kremlin said in a statement that it agreed.",
		},
		{
			name:  "BOM, CRLF, Published line, breadcrumb, cookies",
			in:    "\ufeffHome › Middle East › Syria\r\n\r\nThe title\r\n\r\nPublished: 2019-10-14 14:03\r\n\r\nWe use cookies to give you the best experience. Accept\r\n\r\nThe body sentence is here.\r\n\r\nRead more: Another story about 1,000 people\r\n",
			title: "The title", pub: "2019-10-14",
			body: "The body sentence is here.",
		},
		{
			name:  "cookie notice in the header block, no blank line before the title",
			in:    "Home › World\r\nThis site stores cookies. Carrying on means you accept them.\r\nFloods reach the valley towns\r\nPublished: 2021-06-02 08:15\r\n\r\nThe first body sentence runs on, as body text does.\r\n",
			title: "Floods reach the valley towns", pub: "2021-06-02",
			body: "The first body sentence runs on, as body text does.",
		},
		{
			name:      "copyright word and sign before a year, outlet from its address",
			in:        "A headline\n\nThe body of the story goes on here, at length.\n\nCopyright © 2021 Some Network. All Rights Reserved.",
			title:     "A headline",
			publisher: "Some Network",
			body:      "The body of the story goes on here, at length.",
		},
		{
			name:  "outlet named only by its address",
			in:    "A headline\n\nThe body of the story goes on here, at length.\n\nOriginal url: https://www.al-monitor.com/pulse/x.html",
			title: "A headline",
			url:   "https://www.al-monitor.com/pulse/x.html",
			body:  "The body of the story goes on here, at length.",
		},
		{
			name:  "day-first date, AP dateline, agency footer",
			in:    "Title\n\n05/11/2019\n\nPhoto: Someone / AFP\n\nGENEVA (AP) — Aid agencies said so on Tuesday.\n\n© Agence France-Presse",
			title: "Title", pub: "2019-11-05", wire: "AP", dateln: "GENEVA",
			body: "Aid agencies said so on Tuesday.",
		},
		{
			name:  "date and agency on one line, dateline with a non-ASCII capital",
			in:    "Title\n\n12/03/2020 - 09:30 | Anadolu Agency\n\nŞANLIURFA – The body starts here.\n\n© Some Gazette 2020 - All rights reserved .",
			title: "Title", pub: "2020-03-12", wire: "Anadolu Agency", dateln: "ŞANLIURFA", publisher: "Some Gazette",
			body: "The body starts here.",
		},
		{
			name:  "mixed-case dated dateline after an editor's note",
			in:    "Breaking title\n\nThis is a summary of what a spokesperson said at a press briefing in Amman today.\n\nAmman, 9 April 2020 – The agency is concerned.\n\n© Relief Office 2001-2020",
			title: "Breaking title", pub: "2020-04-09", dateln: "Amman", publisher: "Relief Office",
			has: []string{"The agency is concerned."}, hasNot: []string{"Amman, 9 April"},
		},
		{
			name:  "a mixed-case place without a date is no dateline",
			in:    "Title\n\nAmman, the capital, is quiet – for now. Life goes on.",
			title: "Title",
			has:   []string{"Amman, the capital"},
		},
		{
			name:  "date and byline on one line",
			in:    "Title\n\n29/02/2020 - 21:10 GMT | By Staff writer\n\n- Advertisement -\n\nBody text of the article.",
			title: "Title", pub: "2020-02-29",
			body: "Body text of the article.",
		},
		{
			name:  "weekday date, country and agency in dateline",
			in:    "Title\n\nTuesday, 18 February 2020\n\nBEIRUT, Lebanon (Reuters) - The body starts.",
			title: "Title", pub: "2020-02-18", wire: "Reuters", dateln: "BEIRUT",
			body: "The body starts.",
		},
		{
			name:  "dated dateline",
			in:    "Title\n\nAMMAN, Feb. 20, 2020 (AFP) - The body starts.",
			title: "Title", pub: "2020-02-20", wire: "AFP", dateln: "AMMAN",
		},
		{
			name:  "sub-headings dropped, list items kept",
			in:    "# Title\n\nFirst paragraph of the story.\n\n## **A subheading**\n\nShort Heading\n\n- 400 people fled Afrin\n- 200 fled Azaz\n\nLast paragraph.",
			title: "Title",
			body:  "First paragraph of the story.\n\n400 people fled Afrin\n\n200 fled Azaz\n\nLast paragraph.",
		},
		{
			name:   "no date stays empty",
			in:     "Title\n\nThese comments were made yesterday, May 31st.",
			title:  "Title",
			hasNot: []string{"Title"},
		},
		{
			name:   "appeal paragraphs before Donate now",
			in:     "Title\n\nThe story has five words.\n\nBefore you go: our reporting costs money and has no paywall.\n\nA gift of $5 a month helps.\n\nDonate now\nMaybe later",
			title:  "Title",
			body:   "The story has five words.",
			hasNot: []string{"$5"},
		},
		{
			name:  "ISO timestamp",
			in:    "A title line\n\n2021-06-14T09:30:00Z\n\nThe body of the story starts here.",
			title: "A title line", pub: "2021-06-14",
		},
		{
			name:  "ISO timestamp with an offset",
			in:    "A title line\n\nPosted 2021-06-14T09:30:00+03:00\n\nThe body of the story starts here.",
			title: "A title line", pub: "2021-06-14",
		},
		{
			name:  "short weekday and a dotted clock time",
			in:    "A title line\n\nMon 3 Feb 2020 18.05 GMT\n\nThe body of the story starts here.",
			title: "A title line", pub: "2020-02-03",
		},
		{
			name:  "any time zone abbreviation",
			in:    "A title line\n\nWednesday 4 March 2020 11:20 EET\n\nThe body of the story starts here.",
			title: "A title line", pub: "2020-03-04",
		},
		{
			name:  "last update line with weekday and clock",
			in:    "A title line\n\nLast update: Friday 6 March 2020 09:05 UTC\n\nThe body of the story starts here.",
			title: "A title line", pub: "2020-03-06",
		},
		{
			name:  "last updated line",
			in:    "A title line\n\nLast updated: 9 March 2020\n\nThe body of the story starts here.",
			title: "A title line", pub: "2020-03-09",
		},
		{
			name: "masthead, byline with agency after a bar",
			in: "THE BEIRUT OBSERVER\n\nAid convoys reach the valley as winter sets in\n\nFriday 7 Feb 2020 08:00 AST\n\n" +
				"By Sami Nasr | Reuters\n\nBEIRUT, Lebanon (Reuters) - The body starts here with words.",
			title: "Aid convoys reach the valley as winter sets in", pub: "2020-02-07", publisher: "The Beirut Observer",
			wire: "Reuters", dateln: "BEIRUT", body: "The body starts here with words.",
		},
		{
			name:  "all-caps headline alone is the title",
			in:    "TURKEY OPENS ITS BORDER\n\nThe body of the story starts here and goes on.",
			title: "TURKEY OPENS ITS BORDER", body: "The body of the story starts here and goes on.",
		},
		{
			name:  "byline with a known outlet",
			in:    "A title line\n\nBy Rana Aziz, Middle East Eye\n\nThe body of the story starts here.",
			title: "A title line", publisher: "Middle East Eye",
		},
		{
			name:  "byline with an outlet after a bar",
			in:    "A title line\n\nBy Karim Saleh | The Levant Herald\n\nThe body of the story starts here.",
			title: "A title line", publisher: "The Levant Herald",
		},
		{
			name:  "byline with two reporters",
			in:    "A title line\n\nBy Jane Doe, John Roe\n\nThe body of the story starts here.",
			title: "A title line",
		},
		{
			name:  "byline with a dash and an outlet, ASCII dash dateline",
			in:    "A title line\n\nPublished on: Monday, 17 February 2020 | 09:45 (GMT+3)\n\nBy Selin Kaya - Daily Sabah\n\nISTANBUL - The body of the story starts here.",
			title: "A title line", pub: "2020-02-17", publisher: "Daily Sabah", dateln: "ISTANBUL", body: "The body of the story starts here.",
		},
		{
			name:  "one-word masthead of a known outlet",
			in:    "ALJAZEERA\n\nThousands flee as forces advance\n\n17 Feb 2020\n\nThe body of the story starts here.",
			title: "Thousands flee as forces advance", pub: "2020-02-17", publisher: "Al Jazeera",
		},
		{
			name:  "written by, first published at",
			in:    "A title line\n\nWritten by Mark Hale, CNN\n\nATMEH, Syria (CNN) — The body of the story starts here.\n\nThis story was first published at https://example.com/a/b",
			title: "A title line", publisher: "CNN", dateln: "ATMEH", url: "https://example.com/a/b", body: "The body of the story starts here.",
		},
		{
			name:  "section trail above the headline",
			in:    "Middle East | Syria\n\nTurkey warns of a new wave\n\nThe body of the story starts here.",
			title: "Turkey warns of a new wave",
		},
		{
			name:  "outlet on the line after the byline",
			in:    "A title line\n\nBy Lina Sinjab\nBBC News, Beirut\n\nThe body of the story starts here.",
			title: "A title line", publisher: "BBC News", body: "The body of the story starts here.",
		},
		{
			name:  "source URL footer and contributor lines",
			in:    "A title line\n\nThe body of the story starts here.\n\nReuters reporter Ali Demir in Ankara contributed to this report.\n\nAdditional reporting by Sara Lind in Beirut; Editing by Tom Fox\n\nSource URL: https://example.org/world/story",
			title: "A title line", body: "The body of the story starts here.", url: "https://example.org/world/story",
		},
		{
			name:  "mixed-case dateline marked by an agency in parentheses",
			in:    "A title line\n\nGaziantep (Turkey) (Reuters) – The body of the story starts here.",
			title: "A title line", wire: "Reuters", dateln: "Gaziantep", body: "The body of the story starts here.",
		},
		{
			name:  "a mixed-case place in parentheses without an agency is no dateline",
			in:    "A title line\n\nIdlib (northwest Syria) – the worst is yet to come, aid groups say.",
			title: "A title line", has: []string{"Idlib (northwest Syria)"},
		},
		{
			name:  "an upper-case place line under a lower-case byline",
			in:    "Families reach Reyhanli after a long walk\n\nby STAFF WRITERS\n\nREYHANLI\n\nFEB 12, 2020 - 09:10 AM GMT+3\n\nThe body of the story starts here, in Reyhanli.",
			title: "Families reach Reyhanli after a long walk", pub: "2020-02-12", dateln: "REYHANLI", body: "The body of the story starts here, in Reyhanli.",
		},
		{
			name:  "an upper-case label under the byline that the story never names",
			in:    "A title line\n\nBy Sara Lind\n\nANALYSIS\n\nThe body of the story starts here.",
			title: "A title line", body: "The body of the story starts here.",
		},
		{
			name:  "a broken sentence that starts with by stays in the body",
			in:    "A title line\n\nThe town was emptied\n\nby the shelling of the past week.",
			title: "A title line", body: "The town was emptied by the shelling of the past week.",
		},
		{
			name:  "a related-headlines heading drops the list under it",
			in:    "A title line\n\nThe body of the story starts here.\n\nMore Stories\nFloods leave 900 tents under water\n12 dead as a bus overturns near Hama\n\nThe last paragraph, after the list.",
			title: "A title line", body: "The body of the story starts here.\n\nThe last paragraph, after the list.",
		},
		{
			name:  "a newsletter plug after a social-media line",
			in:    "A title line\n\nThe body of the story starts here.\n\nLike our page for more updates. Subscribe to our mailing list for 3 digests a week.",
			title: "A title line", body: "The body of the story starts here.",
		},
		{
			name:  "an agency and a time and date parted by a slash, a caption credited in capitals",
			in:    "A title line\n\nAgence France-Presse / 09:15 PM March 3, 2020\n\nA family waits at the gate. AFP FILE PHOTO\n\nThe body of the story starts here.",
			title: "A title line", pub: "2020-03-03", wire: "AFP", body: "The body of the story starts here.",
		},
		{
			name:  "a caption credited to an agency in brackets, a dated dateline with the agency after a comma",
			in:    "A title line\n\nBy Staff\n\nFamilies queue for tents at the camp gate. (Reuters)\n\nZAKHO, March 18, (AP): The story starts here.",
			title: "A title line", dateln: "ZAKHO", wire: "AP", body: "The story starts here.",
		},
		{
			name:  "a story paragraph that ends in an agency's name stays",
			in:    "A title line\n\nThe body of the story starts here.\n\nThe last paragraph of the story ends here. (Reuters)",
			title: "A title line", body: "The body of the story starts here.\n\nThe last paragraph of the story ends here. (Reuters)",
		},
		{
			name:  "a short story whose last paragraph ends in an agency's name keeps it",
			in:    "A title line\n\nThe story starts here.\n\nThe last paragraph ends here. (Reuters)",
			title: "A title line", has: []string{"The last paragraph ends here. (Reuters)"},
		},
		{
			name:  "a date line with the section after a dash, go-deeper links and a read-also block",
			in:    "A title line\n\nJane Roe\nFeb 18, 2020 - World\n\nThe body of the story starts here.\n\nGo deeper: 3,000 stranded at the border\n\nREAD ALSO\nTurkey says 500 fighters neutralised\nStart a Conversation",
			title: "A title line", pub: "2020-02-18", body: "The body of the story starts here.",
		},
		{
			name:  "a date line in two calendars, a labelled caption and a more-from-this-issue link",
			in:    "A title line\n\nThursday 17 October 2019 - 18 Safar 1441 | 03:36 PM\n\nPhoto caption: A family waits at the crossing. (Valley News)\n\nThe body of the story starts here.\n\nMore from this issue: Ten charts that explain the crisis",
			title: "A title line", pub: "2019-10-17", body: "The body of the story starts here.",
		},
		{
			name:  "an American byline with a short numeric date and a time zone",
			in:    "A title line\n\nBY JANE ROE ON 3/2/20 AT 11:45 AM EST\n\nThe body of the story starts here.",
			title: "A title line", pub: "2020-03-02", body: "The body of the story starts here.",
		},
		{
			name:  "a section's name and a clock time before the date; a Czech dotted date and agency",
			in:    "A title line\n\nAll News 17:42 February 28, 2020\n\nThe body of the story starts here.",
			title: "A title line", pub: "2020-02-28", body: "The body of the story starts here.",
		},
		{
			name:  "a dotted date with spaces, a wire with a diacritic in the dateline",
			in:    "A title line\n\n10. 3. 2020 14:25 | ČTK\n\nPrague, March 10 (ČTK) – The body of the story starts here.",
			title: "A title line", pub: "2020-03-10", wire: "ČTK", dateln: "Prague", body: "The body of the story starts here.",
		},
		{
			name:  "issued and modified dates on one line",
			in:    "A title line\n\nIssued on: 18/02/2020 - 14:22 Modified: 18/02/2020 - 17:48\n\nThe body of the story starts here.",
			title: "A title line", pub: "2020-02-18", body: "The body of the story starts here.",
		},
		{
			name:  "a Swedish date line",
			in:    "A title line\n\nPublicerat onsdag 22 januari 2020 kl 14.32\n\nThe body of the story starts here.",
			title: "A title line", pub: "2020-01-22", body: "The body of the story starts here.",
		},
		{
			name:  "a live page's headline in capitals is no dateline",
			in:    "Valley News\nHome · Greece · Evros\nLIVE – Evros: migrants remain at the border for a sixth day\n04.03.2020 | 21:40 (last update)\nBy the English Service\n\nThousands of migrants remained massed along the river on Wednesday, the sixth day since the border opened to them.",
			title: "LIVE – Evros: migrants remain at the border for a sixth day", pub: "2020-03-04", dateln: "",
			has: []string{"Thousands of migrants remained"},
		},
		{
			name:  "an outlet line of initials and name is no dateline",
			in:    "VRN - Valley River News\nNews | Syria | Iraq\n\nOver 900 families flee as fighting nears the river\n\nBy Jane Roe\nPosted on 19th February 2020 at 17:35\n\nBEIRUT, LEBANON (5:35 P.M.) – The body of the story starts here, and it goes on.",
			title: "Over 900 families flee as fighting nears the river", pub: "2020-02-19", dateln: "BEIRUT",
			has: []string{"The body of the story starts here"},
		},
		{
			name:  "a long cookie notice inside the header, a desk byline with an agency",
			in:    "Valley Courier\nNews | Opinion | Sport\nWe use cookies to give you the best online experience. By continuing to use our site you agree to our cookie policy and our terms of use. Manage preferences\nGreece suspends asylum claims as thousands gather at the border\nValley Courier World Desk, with Reuters\nMarch 02 2020 07:15 AM\n\nThe body of the story starts here, and it goes on for a while.",
			title: "Greece suspends asylum claims as thousands gather at the border", pub: "2020-03-02", wire: "Reuters", publisher: "Valley Courier",
			has: []string{"The body of the story starts here"},
		},
		{
			name:  "an agency before the place on a dateline line of its own; a print page after the date",
			in:    "A title line\n\nFri, Oct 18, 2019 - page 6\n\nAFP, TEL TAMR, Syria\n\nThe body of the story starts here.",
			title: "A title line", pub: "2019-10-18", wire: "AFP", dateln: "TEL TAMR", body: "The body of the story starts here.",
		},
		{
			name:  "a read-next link and a long subscription plug over a copyright with a year range",
			in:    "A title line\n\nThe body of the story starts here.\n\nRead Next: 1,200 stranded as ferries stop\nSubscribe to COURIER PLUS to get access to the Valley Courier and 40+ other titles for only $1 a day.\n\n© Copyright 1999-2020 VALLEYCOURIER.net | All Rights Reserved",
			title: "A title line", publisher: "VALLEYCOURIER.net", body: "The body of the story starts here.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseArticle("x", tt.in)
			check := func(field, got, want string) {
				if got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("title", a.Title, tt.title)
			check("published", formatDate(a.Published), tt.pub)
			check("publisher", a.Publisher, tt.publisher)
			check("wire", a.Wire, tt.wire)
			check("dateline", a.Dateline, tt.dateln)
			if tt.url != "" {
				check("url", a.URL, tt.url)
			}
			if tt.body != "" {
				check("body", a.Body, tt.body)
			}
			for _, s := range tt.has {
				if !strings.Contains(a.Body, s) {
					t.Errorf("body %q lacks %q", a.Body, s)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(a.Body, s) {
					t.Errorf("body %q has %q", a.Body, s)
				}
			}
		})
	}
}

func TestOutletFromAddress(t *testing.T) {
	for u, want := range map[string]string{
		"https://www.al-monitor.com/pulse/originals/x.html": "Al-Monitor",
		"http://rudaw.net/english/middleeast/syria/1203":    "Rudaw",
		"https://www.theguardian.com/world/2020/mar/07/x":   "The Guardian",
		"https://example.org/news/1":                        "",
	} {
		if got := outlets[urlHost(u)]; got != want {
			t.Errorf("outlet of %s = %q, want %q", u, got, want)
		}
	}
}
