package corpus

import "testing"

// Classes found on the four-hundred-and-twenty-fourth to four-hundred-
// and-thirty-first held-out sets, in text of our own.

func TestExtract_Heldout424Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a price in soles",
			body: "Apoya el periodismo: suscríbete desde S/ 12 al mes.",
			want: nil},
		{name: "a price in rufiyaa",
			body: "Advertise with us: MVR 2,000 per week.",
			want: nil},
		{name: "the second year of a span",
			body: "The country granted 12,000 visas under its program in 2017-18.",
			want: []wantFact{{value: 12000, category: Other}}},
		{name: "how long food will last us",
			body: "\"The flour they brought will last us three weeks,\" he said.",
			want: nil},
		{name: "a planned move off the islands",
			body: "The minister said the government would move 15,000 people off the islands by the end of the year.",
			want: []wantFact{{value: 15000, category: Other}}},
		{name: "families who crossed back",
			body: "She said at least 30 families had crossed back into Syria in May.",
			want: []wantFact{{value: 30, category: Other, qual: AtLeast}}},
		{name: "families in the no-man's land",
			body: "Dozens of families spent the night in the no-man's land beside the border post, a reporter said.",
			want: []wantFact{{value: 12, category: AtRisk, qual: AtLeast}}},
		{name: "people driven abroad as refugees",
			body: "The war has driven more than 5 million Syrians abroad as refugees.",
			want: []wantFact{{value: 5000000, category: Refugees, qual: AtLeast}}},
	})
}

func TestPage_Heldout424Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Italian related links",
			body: "About 500 people landed on Lesbos.\n\nCorrelati: Lesbo, 6 domande sul campo\nCorrelati: Evros, 8.000 in attesa\n",
			want: []wantFact{{value: 500, category: Displaced, qual: Approx}}},
	})
}
