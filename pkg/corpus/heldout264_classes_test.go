package corpus

import "testing"

// Classes found on the two-hundred-and-sixty-fourth to two-hundred-and-
// sixty-seventh held-out sets, in text of our own.

func TestExtract_Heldout264Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "the figure a verb of killing takes, whatever else the clause says",
			body: "Since a mortar killed four guards at the gate in 2017 the army treats the road as closed.",
			want: []wantFact{{value: 4, category: Killed}}},
		{name: "people a fire forced to flee",
			body: "A fire in the camp forced about 300 people to flee overnight.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
		{name: "residents who blocked a road",
			body: "About 200 residents blocked the road to the camp to stop new arrivals from reaching it.",
			want: []wantFact{{value: 200, category: Other, qual: Approx}}},
		{name: "people a ship is holding",
			body: "Officials said a navy ship in the harbour was holding some 350 migrants.",
			want: []wantFact{{value: 350, category: Sheltered, qual: Approx}}},
		{name: "people a country carries",
			body: "\"We already carry 2 million people on our shoulders,\" the minister said.",
			want: []wantFact{{value: 2000000, category: Refugees}}},
		{name: "people moved onto a ferry",
			body: "The authorities have moved about 700 people onto a ferry in the port.",
			want: []wantFact{{value: 700, category: Sheltered, qual: Approx}}},
		{name: "people who moved in",
			body: "The army put up new tents, and 300 have already moved in.",
			want: []wantFact{{value: 300, category: Sheltered}}},
	})
}

func TestExtract_Heldout264Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Thai date in the Buddhist era",
			page: "Valley News English\nข่าว | Independent news\nHome | News | World\nRain floods hundreds of tents in camps near the border\n4 มี.ค. 2563 15:41 น.\nBy Valley News English\n", published: "2020-03-04"},
		{name: "staff writers with an agency",
			page: "COASTAL DAILY\nNews | Sport | World\nHome / News / World\nRain floods hundreds of tents in camps near the border\nPublished: 2020-03-04 21:10\nStaff writers with AFP\n", wire: "AFP"},
		{name: "a French date line put online",
			page: "LE JOUR\nLe quotidien national\nAccueil | International\nRain floods hundreds of tents in camps near the border\nMis en ligne le 04/03/2020 à 15:42\nPar la rédaction avec AFP\n", published: "2020-03-04"},
	})
}

// An agency's dateline in the Italian style, the agency first and the
// month abbreviated: "(ANSA) - BEIRUT, 4 MAR -".
func TestExtract_Heldout264AgencyDateline(t *testing.T) {
	page := "Il Giornale del Nord\nIl quotidiano\nHome | Esteri\nRain floods hundreds of tents in camps near the border\nMercoledì 2 Luglio 2019, 16:45\ndi Redazione Esteri\n\n" +
		"(ANSA) - BEIRUT, 2 LUG - About 300 tents flooded in the camp overnight, officials said.\n"
	a := parseArticle("t", page)
	facts, _ := extract(a)
	if a.Wire != "ANSA" || a.Dateline != "BEIRUT" || len(facts) != 1 {
		t.Errorf("wire %q dateline %q, %d facts (%+v); want ANSA, BEIRUT and 1 fact", a.Wire, a.Dateline, len(facts), facts)
	}
}
