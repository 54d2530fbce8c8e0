package corpus

import "testing"

// Classes found on the two-hundred-and-twentieth to two-hundred-and-
// twenty-third held-out sets, in text of our own.

func TestExtract_Heldout220Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "officials who put it at a figure",
			body: "Ankara said 80,000 migrants had crossed since Friday. Greek officials called the number propaganda and put it at under 15,000.",
			pub:  "2020-03-02",
			want: []wantFact{{value: 80000, category: Displaced}, {value: 15000, category: Displaced, qual: AtMost}}},
		{name: "battalions sent",
			body: "An army official said two more battalions had been sent to the border overnight.",
			want: []wantFact{{value: 2, category: Troops}}},
		{name: "new families registered",
			body: "His teams had registered 950 new families in the town since Saturday, he said.",
			want: []wantFact{{value: 950, category: Displaced}}},
	})
}

func TestExtract_Heldout220Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Kurdish related lines",
			body: "About 300 tents flooded overnight.\n\nBixwîne: 4 villages shelled overnight\nBixwîne: Appeal for 5,000 blankets\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout220Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Kurdish date",
			page: "Rojava Daily\nRain floods hundreds of tents in camps near the border\n17 Cotmeh 2019 - 11:42\n", published: "2019-10-17"},
		{name: "a French date line with its change",
			page: "Le Courrier\nRain floods hundreds of tents in camps near the border\nPublié le 3 mars 2020 à 08h12, modifié le 3 mars 2020 à 21h40\n", published: "2020-03-03"},
	})
}
