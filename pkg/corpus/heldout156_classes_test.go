package corpus

import "testing"

// Classes found on the hundred-and-fifty-sixth to hundred-and-fifty-ninth
// held-out sets, in text of our own.

func TestExtract_Heldout156Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "what over-full centres hold now is no capacity",
			body: "Ministry figures show how far the centres are over capacity. On Friday they were holding:\n\n- Samos: 6,500 people\n- Leros: 2,100\n",
			want: []wantFact{{value: 6500, category: Sheltered}, {value: 2100, category: Sheltered}}},
		{name: "centres holding a number each are room",
			body: "The government wants closed centres holding up to 3,000 people each on the three islands.",
			want: []wantFact{{value: 3000, category: Other, qual: AtMost}}},
		{name: "people intercepted by police",
			body: "Police said they had intercepted more than 1,500 migrants near the border since January.",
			want: []wantFact{{value: 1500, category: Other, qual: AtLeast}}},
		{name: "a dinghy stopped still carried people who fled",
			body: "Fishermen stopped a dinghy carrying 35 people off the cape.",
			want: []wantFact{{value: 35, category: Displaced}}},
		{name: "demonstrators are no displaced people",
			body: "About 2,000 people demonstrated outside the embassy on Saturday, police said.",
			want: []wantFact{{value: 2000, category: Other, qual: Approx}}},
		{name: "people hurt in clashes",
			body: "Officials said more than 40 people had been hurt in the clashes, among them 25 police officers.",
			want: []wantFact{{value: 40, category: Other, qual: AtLeast}, {value: 25, category: Other}}},
		{name: "nobody hurt leaves the troops troops",
			body: "The army said about 300 soldiers had been deployed and that no one had been hurt.",
			want: []wantFact{{value: 300, category: Troops, qual: Approx}}},
		{name: "patients who did not survive",
			body: "Three of the babies we treated did not survive.",
			want: []wantFact{{value: 3, category: Killed}}},
		{name: "a second count bound for another crossing shares the verb",
			body: "About 90,000 had fled towards the frontier and up to 30,000 for the Nassib crossing, the agency said.",
			want: []wantFact{{value: 90000, category: Displaced, qual: Approx}, {value: 30000, category: Displaced, qual: AtMost}}},
		{name: "a second count of the dead placed in towns with a long name",
			body: "Six soldiers have been killed inside Syria and 11 civilians in Turkish border towns such as Ceylanpinar and Kilis, officials said.",
			want: []wantFact{{value: 6, category: Killed}, {value: 11, category: Killed}}},
		{name: "a woman's children after her husband",
			body: "Fatima, 29, reached the camp on Monday with her husband and four children after two days on the road.",
			want: []wantFact{{value: 4, category: Other}}},
		{name: "a country carrying refugees hosts them",
			body: "The minister said the kingdom was already carrying 650,000 Syrians and could take no more.",
			want: []wantFact{{value: 650000, category: Refugees}}},
		{name: "a list item of a transit centre",
			body: "Where the new arrivals are:\n\n- Faysh Khabur transit centre: 120 people\n",
			want: []wantFact{{value: 120, category: Sheltered}}},
		{name: "years said before the clause they qualify",
			body: "\"For eight years we have hosted them,\" said the mayor.",
			want: nil},
	})
}

func TestExtract_Heldout156Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "related lines in Macedonian, Mongolian, Tetum, Maltese and German",
			body: "About 300 tents flooded overnight.\n\nПоврзани вести: 7 migrants found in a truck\nХолбоотой мэдээ: 4 new schools open\nLee mós: 9 new cases\nAqra wkoll: 5 NGOs appeal\nMehr zum Thema: Österreich schickt 2 Flugzeuge – was das bedeutet\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout156Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Macedonian date in Cyrillic",
			page: "Скопски весник\nRain floods hundreds of tents in camps near the border\n3 март 2020 | 09:15\n", published: "2020-03-03"},
		{name: "a Maltese date",
			page: "Il-Gazzetta ta' Malta\nRain floods hundreds of tents in camps near the border\nIt-Tnejn, 9 ta’ Marzu 2020 – 10:05\n", published: "2020-03-09"},
		{name: "a French date with an abbreviated month",
			page: "Le Journal du Sud\nRain floods hundreds of tents in camps near the border\nMardi 4 févr. 2020 | 11h20\n", published: "2020-02-04"},
		{name: "an Arabic date in Arabic-Indic digits with a two-word month",
			page: "Al Wasat News\nRain floods hundreds of tents in camps near the border\nالاثنين ١١ تشرين الثاني ٢٠١٩\n", published: "2019-11-11"},
		{name: "a Mongolian date",
			page: "Steppe Times\nRain floods hundreds of tents in camps near the border\nНийтэлсэн: 2020 оны 02 сарын 14, 09:30\n", published: "2020-02-14"},
		{name: "an acronym masthead spelt out over its tagline",
			page: "RDN\nRevue du Nord — Le quotidien de la région\nAccueil | Monde | Sport\nAccueil / Monde\nEN DIRECT – Thousands flee as the border stays shut\nMis à jour le 02/03/2020 à 10h00 | RDN avec AFP\n" +
				storyLine + "\nRDN, 12 rue du Port\n",
			publisher: "Revue du Nord"},
		{name: "a masthead over a tagline that says it is a newspaper",
			page: "Pacific Island Herald\nThe Islands' Independent Daily Newspaper\nHome | World | Sport\nHome > World\nRain floods hundreds of tents in camps near the border\nPosted: 02/03/2020 7:05 am\n" +
				storyLine + "\n© 2020 Harbour Print Limited. All rights reserved.\n",
			publisher: "Pacific Island Herald"},
		{name: "a masthead in capitals that the page writes with an acronym inside",
			page: "THE AU MONITOR\nAfrica's English-language newspaper\nHome | World\nRain floods hundreds of tents in camps near the border\nMarch 2, 2020\n" +
				storyLine + "\nThe AU Monitor: Did the drains fail?\n",
			publisher: "The AU Monitor"},
		{name: "a German byline with the agency after a slash",
			page: "Wiener Blatt\nRain floods hundreds of tents in camps near the border\nDonnerstag, 17. Oktober 2019\nVon der Redaktion / APA | Aus dem Deutschen übersetzt\n",
			wire: "APA"},
	})
}

// "Source: CNA" over a story whose dateline credits CNA names the wire,
// not the voice of every figure.
func TestExtract_SourceLineOfTheDatelineAgency(t *testing.T) {
	a := parseArticle("t", "ISLAND MARKETS\nCyprus business news\nHome | Markets | World\nHome > News > Cyprus\nRain floods hundreds of tents in camps near the border\n"+
		"Source: CNA\n[Image: A boat in the harbour. Photo: CNA]\nShare: Facebook | Twitter\n\n"+
		"LARNACA (CNA) – The island is preparing for more boats, the minister said on Thursday.\n\nAbout 300 people have landed since January.\n")
	if a.Wire != "CNA" {
		t.Errorf("wire %q, want CNA", a.Wire)
	}
	checkSources(t, a, "reporter")
}

// The headline under a tagline replaces the tagline as the title.
func TestExtract_HeadlineUnderTagline(t *testing.T) {
	a := parseArticle("t", "Levant Times\nSyria's English-language daily\nHome | Local | World\nHome » Local\nMore families leave the desert camp\nLT Desk | Source: SANA\n\n"+
		"Damascus, (LT)- A group of 200 displaced people left the camp on Monday, the governor said.\n\nFollow Levant Times on Telegram\n© 2019 Levant Times.\n")
	if a.Title != "More families leave the desert camp" || a.Dateline != "Damascus" {
		t.Errorf("title %q dateline %q, want the headline and Damascus", a.Title, a.Dateline)
	}
}

// A source that names an office "on Monday" names the office.
func TestExtract_SourceWithoutItsDay(t *testing.T) {
	body := "Figures released by the Ministry of Migration on Monday show how full the centres are:\n\n- Kos: 3,100 people\n- Leros: 2,000 people\n"
	checkSources(t, parseArticle("t", "A headline for the page\n\n"+body), "Ministry of Migration", "Ministry of Migration")
}
