package corpus

import "testing"

// Classes found on the three-hundredth to three-hundred-and-third
// held-out sets, in text of our own.

func TestExtract_Heldout300Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "asylum seekers on islands, in facilities with a capacity",
			body: "Officials say more than 30,000 asylum seekers are now living on the islands, in facilities designed for about 5,000 people.",
			want: []wantFact{{value: 30000, category: Sheltered, qual: AtLeast}, {value: 5000, category: Other, qual: Approx}}},
		{name: "a list of islands, then the facilities' room",
			body: "About 30,000 asylum seekers are now on Lesbos, Chios, Samos and Kos, in facilities with room for about 5,000, the ministry said.",
			want: []wantFact{{value: 30000, category: Sheltered, qual: Approx}, {value: 5000, category: Other, qual: Approx}}},
		{name: "a label sheltering near a frontier, with its place",
			body: "Displaced since the offensive began: about 200,000\nSheltering near the frontier with the Golan Heights, in Quneitra: more than 90,000\n",
			want: []wantFact{{value: 200000, category: Displaced, qual: Approx}, {value: 90000, category: AtRisk, qual: AtLeast}}},
		{name: "an exchange rate against the US dollar",
			body: "About 300 families fled the town, while the pound traded at around 640 to the US dollar.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}

func TestExtract_Heldout300Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Kinyarwanda related and donation lines",
			body: "About 300 tents flooded overnight.\n\nInkuru bifitanye isano: Kigali: imiryango 120 yimuwe\nShyigikira itangazamakuru ryigenga: tanga guhera kuri 1,000 Frw.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestHeader_Heldout300Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Zulu date line",
			page:      "A headline for the story\nULwesihlanu, 21 Febhuwari 2020 | 14:03\nNgu-AFP\n" + storyLine,
			published: "2020-02-21"},
	})
}
