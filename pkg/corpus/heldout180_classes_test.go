package corpus

import "testing"

// Classes found on the hundred-and-eightieth to hundred-and-eighty-third
// held-out sets, in text of our own.

func TestExtract_Heldout180Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a live page's clock with a full stop",
			body: "Live updates, newest first.\n\n19.35 The coastguard said 80 people had landed since the morning.\n\n21.10 The talks ended.",
			want: []wantFact{{value: 80, category: Displaced}}},
		{name: "a decimal at a line's start is no clock",
			body: "Funding gap:\n\n12.5 million dollars are still missing, the agency said.",
			want: nil},
		{name: "people the coastguard picked up",
			body: "The coastguard said it had picked up 45 people off Samos since Wednesday.",
			want: []wantFact{{value: 45, category: Displaced}}},
		{name: "a border community's own population",
			body: "The town, a border community of some 20,000 Lebanese, hosts about 40,000 Syrians.",
			want: []wantFact{{value: 20000, category: Other, qual: Approx}, {value: 40000, category: Refugees, qual: Approx}}},
		// Written for heldout6's annotation; eleven later sets count one
		// household in a tent as other, and so does the extractor since
		// the heldout468-471 round.
		{name: "eleven of us in a tent are one household",
			body: "\"There are eleven of us in this tent,\" he said by phone from a camp outside Sarmada.",
			want: []wantFact{{value: 11, category: Other}}},
	})
}

func TestExtract_Heldout180Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a Catalan related line and a French subscription line",
			body: "About 300 tents flooded overnight.\n\nLlegeix també: Els 7 refugis que obren tot l'hivern\n\nAbonnement annuel : 3 000 MRU.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout180Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Catalan date",
			page: "Diari del Pirineu\nRain floods hundreds of tents in camps near the border\ndilluns, 18 de febrer de 2019 · 08:15\n", published: "2019-02-18"},
		{name: "a Danish date",
			page: "Jyllands Dagblad\nRain floods hundreds of tents in camps near the border\nPubliceret torsdag 5. marts 2020 kl. 07.30 | Opdateret kl. 21.10\n", published: "2020-03-05"},
	})
}
