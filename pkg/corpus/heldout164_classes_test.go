package corpus

import "testing"

// Classes found on the hundred-and-sixty-fourth to hundred-and-sixty-
// seventh held-out sets, in text of our own.

func TestExtract_Heldout164Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "one person the story picks out",
			body: "One farmer from Kafranbel paid $150 to hire a van for his family.",
			want: nil},
		{name: "one person who died is a count",
			body: "One woman died of the cold on Tuesday night, the doctors said.",
			want: []wantFact{{value: 1, category: Killed}}},
		{name: "one in five stays a share",
			body: "One in five of the displaced is a child under five.",
			want: []wantFact{{value: 20, category: Other}}},
		{name: "a period extended for another year's months",
			body: "The council voted to keep the crossings open for another 6 months.",
			want: nil},
		{name: "kip are money",
			body: "Tickets cost 80,000 kip.",
			want: nil},
		{name: "a host population that refugees outnumber",
			body: "Refugees now outnumber the roughly 20,000 residents of the town.",
			want: []wantFact{{value: 20000, category: Other, qual: Approx}}},
		{name: "fighters held in prisons are detainees",
			body: "Officials say about 9,000 suspected fighters are being held in prisons across the region.",
			want: []wantFact{{value: 9000, category: Other, qual: Approx}}},
		{name: "a school's pupils",
			body: "Our camp school had 300 pupils in the autumn.",
			want: []wantFact{{value: 300, category: Other}}},
		{name: "people a bus brought fled",
			body: "\"Last night a bus brought 52 people, and some had walked for two days before they reached the border,\" she said.",
			want: []wantFact{{value: 52, category: Displaced}}},
		{name: "aid a convoy carried for people is no flight",
			body: "The convoy carried food for 20,000 people for one month.",
			want: []wantFact{{value: 20000, category: Other}}},
	})
}

func TestExtract_Heldout164Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a Swahili related line, an advertising line and photo credits in other languages",
			body: "About 300 tents flooded overnight.\n\nSoma pia: Wakimbizi 400 wapya wawasili\nAdvertise with us from 300,000 kip a week.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout164Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Hungarian date",
			page: "Pesti Hírek\nRain floods hundreds of tents in camps near the border\n2019. július 4., csütörtök 10:15\n", published: "2019-07-04"},
		{name: "an Afrikaans byline with an agency",
			page: "Die Kusnuus\nRain floods hundreds of tents in camps near the border\nMarch 4, 2020\nDeur die Kusnuus-redaksie, met Reuters | Vertaal uit Afrikaans\n", wire: "Reuters"},
		{name: "an outlet's staff with a long agency name",
			page: "Island Daily News\nRain floods hundreds of tents in camps near the border\nMarch 4, 2020\nIsland Daily News staff, with The Associated Press\n", wire: "AP"},
	})
}

// A photo credit in another language is no dateline.
func TestExtract_ForeignPhotoCreditIsNoDateline(t *testing.T) {
	a := parseArticle("t", "SULPRESS | Agência Sul Press\nNotícias do sul e do mundo | English\nInício | Política | Economia | Internacional\nInício / Internacional / Médio Oriente\n"+
		"Syrian Kurds keep crossing into Iraq as camps fill up\n29 Outubro de 2019 | 14h32\nSULPRESS com AFP | Traduzido do português\n"+
		"Foto: Refugiados sírios chegam ao campo. (Foto: AFP)\nPartilhar: Facebook | Twitter | E-mail\n\n"+
		"DOHUK, Iraq, Oct 29 (SULPRESS/AFP) - About 300 tents flooded in the camp overnight, officials said.\n")
	if a.Dateline != "DOHUK" {
		t.Errorf("dateline %q, want DOHUK", a.Dateline)
	}
}
