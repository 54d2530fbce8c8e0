package corpus

import "testing"

// Classes found on the hundred-and-sixth and hundred-and-seventh held-out
// sets, in text of our own.

func TestExtract_Heldout106Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "protection given to so many is people a country hosts",
			body: "The ministry said the country had granted protection to more than 30,000 Syrians since 2012.",
			want: []wantFact{{value: 30000, category: Refugees, qual: AtLeast}}},
		{name: "a tenth of a population is a share",
			body: "Barely a tenth of the families have heating.",
			want: []wantFact{{value: 10, category: Other}}},
		{name: "an aside in brackets with its own verb is its own clause",
			body: "Some 90,000 people are sleeping in the open (another 20,000 are living in schools and mosques).",
			want: []wantFact{{value: 90000, category: Unsheltered, qual: Approx}, {value: 20000, category: Sheltered}}},
		{name: "people at the gates of a continent are at its border",
			body: "“That is 300,000 people at the gates of Europe,” he said.",
			want: []wantFact{{value: 300000, category: AtRisk}}},
	})
}

func TestExtract_Heldout106Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a caption over a table's header names the source",
			body: "Arrivals went on through the night, and buses took families from the crossing to the camps, officials said.\n\nArrivals in the region's camps since March 2 (VRC figures)\nCamp            Refugees\nNorth Hill      2,400\nRiver Bend        510",
			pub:  "2021-03-10",
			want: []wantFact{{value: 2400, category: Sheltered, source: "VRC"}, {value: 510, category: Sheltered, source: "VRC"}}},
		{name: "a table of countries counts the foreigners each hosts",
			body: "Many families have left the valley for good over the years, and few expect to return, community leaders said.\n\nWhere the valley's families went (ministry figures)\nCountry    Valley Armenians\nArmenia    12\u202f000\nLebanon    4\u202f500",
			want: []wantFact{{value: 12000, category: Refugees}, {value: 4500, category: Refugees}}},
	})
}

func TestParseArticle_Heldout106Furniture(t *testing.T) {
	tests := []struct{ name, text, body, wire, dateline, title string }{
		{"a French credit for the agency and its translators, a share bar with a spaced colon",
			"Floods sweep the camps as the river rises\nPublié le mardi 2 mars 2021 à 10h32\nAFP — Dépêche traduite du français par la rédaction\n[Photo : Des tentes près du camp. © AFP]\nPartager : Facebook | Twitter | Imprimer\n\nMAFRAQ (AFP) — Heavy rain flooded 300 tents overnight.\n",
			"Heavy rain flooded 300 tents overnight.", "AFP", "MAFRAQ", "Floods sweep the camps as the river rises"},
		{"an outlet and its agency parted by a slash, shares on each network",
			"Valley Daily\nNews in English since 2011\nPolitics | World\nHome / World\nLIVE – Floods sweep the camps as the river rises\nValley Daily / MTI\n2021.03.02. 18:45\nShare on Facebook | Share on Twitter | Copy link\n\nHeavy rain flooded 300 tents overnight.\n",
			"Heavy rain flooded 300 tents overnight.", "MTI", "", "LIVE – Floods sweep the camps as the river rises"},
		{"a German correction above the story and a related block below it",
			"Floods sweep the camps as the river rises\nVon Anna Berg\n3. März 2021 · 16:20\n*Korrektur: In einer früheren Version hieß es 9 500 Menschen. Richtig ist 7 500.\n\nHeavy rain flooded 300 tents overnight.\n\nMehr zum Thema:\nLager für 650 Menschen beherbergt 7500\n",
			"Heavy rain flooded 300 tents overnight.", "", "", "Floods sweep the camps as the river rises"},
		{"a Reuters correction line and an arrow breadcrumb",
			"VALLEY WIRE\nHome ➤ World ➤ Refugees\nFloods sweep the camps as the river rises\n(Corrects paragraph 2 to show 575 tents, not 557)\n\nMAFRAQ (Reuters) - Heavy rain flooded 300 tents overnight.\n",
			"Heavy rain flooded 300 tents overnight.", "Reuters", "MAFRAQ", "Floods sweep the camps as the river rises"},
		{"a weekday opening a live page's date line is no dateline",
			"Floods sweep the camps as the river rises\nSunday, March 7, 2021 — Live updates, all times GMT\nCompiled from Associated Press reports\n\nHeavy rain flooded 300 tents overnight.\n",
			"Heavy rain flooded 300 tents overnight.", "", "", "Floods sweep the camps as the river rises"},
		{"a caption in brackets that opens the first line",
			"Floods sweep the camps as the river rises\nBy Jo Park\nMarch 7, 2021\n(Photo: Jo Park, AFP) Families wade through a flooded camp.\n\nMafraq — Heavy rain flooded 300 tents overnight.\n",
			"Heavy rain flooded 300 tents overnight.", "", "Mafraq", "Floods sweep the camps as the river rises"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseArticle("t", tt.text)
			if a.Body != tt.body || a.Wire != tt.wire || a.Dateline != tt.dateline || a.Title != tt.title {
				t.Errorf("body %q wire %q dateline %q title %q, want %q %q %q %q", a.Body, a.Wire, a.Dateline, a.Title, tt.body, tt.wire, tt.dateline, tt.title)
			}
		})
	}
}
