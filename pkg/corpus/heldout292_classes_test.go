package corpus

import "testing"

// Classes found on the two-hundred-and-ninety-second to two-hundred-and-
// ninety-fifth held-out sets, in text of our own.

func TestExtract_Heldout292Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a part of a camp's people named by a modifier",
			body: "The camp on Samos, a site built for about 650 people, now holds more than 7,000, among them about 400 unaccompanied children, the ministry said.",
			want: []wantFact{{value: 650, category: Other, qual: Approx}, {value: 7000, category: Sheltered, qual: AtLeast}, {value: 400, category: Sheltered, qual: Approx}}},
		{name: "a part named refugees stays refugees",
			body: "Some 13 million people have been uprooted, including 6.7 million refugees abroad, the agency said.",
			want: []wantFact{{value: 13e6, category: Displaced, qual: Approx}, {value: 6.7e6, category: Refugees}}},
		{name: "months at sea after a hedge are how long",
			body: "On Monday, 150 refugees landed on a beach after about five months at sea, officials said.",
			want: []wantFact{{value: 150, category: Displaced}}},
		{name: "years of a war after a hedge still count",
			body: "Few want to return to a country still at war after more than eight years.",
			want: []wantFact{{value: 8, category: Other, qual: AtLeast, unit: "years"}}},
		{name: "foreigners where a town's people live",
			body: "The army began tearing down shelters in Qaa, a town on the Syrian border where some 20,000 Syrians live.",
			want: []wantFact{{value: 20000, category: Refugees, qual: Approx}}},
		{name: "refugees thrown out of a camp",
			body: "In early June around 300 refugees were thrown out of a camp near the town after a fight.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
		{name: "people sheltering near a border fence",
			body: "The army sent tents to some of the estimated 90,000 people sheltering near the fence.",
			want: []wantFact{{value: 90000, category: AtRisk}}},
		{name: "the eldest's age",
			body: "About 30 families fled the village. One widow left with her four sons, the eldest of them 14.",
			want: []wantFact{{value: 30, category: Displaced, qual: Approx}, {value: 4, category: Other, unit: "sons"}}},
	})
}

func TestExtract_Heldout292Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "an Indonesian related-article line",
			body: "About 300 tents flooded overnight.\n\nBaca juga: 5 Fakta Kebakaran Kamp di Yunani\nBaca juga: Gempa Guncang Maluku, 2 Rumah Rusak\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestHeader_Heldout292Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a lower-case masthead at an edition's address",
			page:      "la gazzetta\nglobal edition in English\nHome | Europe | Culture\nHome › Europe\nA headline for the story\ngiovedì 13 febbraio 2020\n" + storyLine + "\nSubscribe to la gazzetta global from €5 a month.\n© 2020 la nuova gazzetta società coop. editrice\nOriginal url: https://global.lagazzetta.it/story/1\n",
			publisher: "la gazzetta"},
		{name: "a masthead with its domain, as the page writes it",
			page:      "KABAR.com\nHome | News | Global\nKabar.com > Global\nA headline for the story\nKamis, 10 September 2020 | 14:03 WIB\nPenulis: Tim Redaksi Kabar.com | Sumber: AFP\n" + storyLine + "\nOriginal url: https://www.kabar.com/global/read/1\n",
			publisher: "Kabar.com", wire: "AFP", published: "2020-09-10"},
		{name: "an agency and the outlet's staff reporters",
			page: "A headline for the story\nThursday, 17 October 2019 6:45AM\nAAP and staff reporters\n" + storyLine,
			wire: "AAP"},
		{name: "a date line that says the article was published",
			page:      "A headline for the story\nBy AFP\nTime of article published Feb 21, 2020\n" + storyLine,
			published: "2020-02-21"},
	})
}

func TestLayout_Heldout292Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a caption that credits an agency first",
			page:     "A headline for the story\nDoor Lotte Peeters, met Reuters\nFoto Reuters – Syrische vluchtelingen breken de muren af.\n\nARSAL, Lebanon — Soldiers pulled down 300 shelters on Wednesday.\n",
			dateline: "ARSAL", title: "A headline for the story"},
		{name: "a ticker's headline",
			page:     "Aargauer Bote\nNews | Aargau | International\nStartseite › International\nTICKER – Truce or no truce, families keep crossing into Iraq\nPubliziert: 18.10.2019, 08:12 Uhr\n\n18:05 Uhr\nMore than 3,000 Syrians have crossed since Monday.\n",
			dateline: "-", title: "TICKER – Truce or no truce, families keep crossing into Iraq"},
		{name: "an EFE dateline with a country and a lower-case month",
			page:     "A headline for the story\n\nKastanies (Grecia), 4 mar (EFE).- Police fired tear gas at 500 people.\n",
			dateline: "Kastanies", title: "A headline for the story"},
	})
}
