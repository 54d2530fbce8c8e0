package corpus

import "testing"

// Classes found on the three-hundred-and-thirty-second to three-hundred-
// and-thirty-fifth held-out sets, in text of our own.

func TestExtract_Heldout332Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people in a boat",
			body: "\"We were 41 in the boat, made for 15,\" he said.",
			want: []wantFact{{value: 41, category: Displaced}, {value: 15, category: Other}}},
		{name: "refugees who made new homes",
			body: "About 120 Syrians have made new homes in the town since 2016, the council says.",
			want: []wantFact{{value: 120, category: Refugees, qual: Approx}}},
		{name: "families sharing one latrine",
			body: "About 300 families fled. \"Fifteen families share one latrine here.\"",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}, {value: 15, category: Other}}},
		{name: "they include children",
			body: "Nearly 700,000 people have fled since December, the UN says. They include more than 300,000 children.",
			pub:  "2020-02-10",
			want: []wantFact{{value: 700000, category: Displaced, qual: Approx, period: "2019-12-01"}, {value: 300000, category: Displaced, qual: AtLeast, period: "2019-12-01"}}},
		{name: "a number of people waiting put higher",
			body: "As many as 200,000 people have fled since June 19. Officials put the number of people waiting at the border higher, at around 70,000.",
			pub:  "2018-07-01",
			want: []wantFact{{value: 200000, category: Displaced, qual: AtMost, period: "2018-06-19"}, {value: 70000, category: AtRisk, qual: Approx}}},
		{name: "a number to text",
			body: "About 300 families fled. To give, SMS the word AID to 40444.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
		{name: "days on the road",
			body: "About 300 families fled. \"Four days on the road, and now this,\" he said.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}

func TestExtract_Heldout332Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "recommended links and classified ads",
			body: "About 300 families fled the town on Monday, officials said.\n\nRecommended from Editorial: 40 Syrian families settle in the valley\nAnnonce : À louer, appartement 3 pièces – 70 000 MRU par mois.\n\nAid groups said another 200 families were expected to arrive on Tuesday.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}, {value: 200, category: AtRisk}}},
	})
}
