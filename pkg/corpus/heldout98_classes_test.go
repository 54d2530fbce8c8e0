package corpus

import "testing"

// Classes found on the ninety-eighth and ninety-ninth held-out sets, in
// text of our own.

func TestExtract_Heldout98Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "younger than an age is no count",
			body: "About 900 children arrived alone. Roughly one in four of them is younger than 12, the agency said.",
			want: []wantFact{{value: 900, category: Displaced, qual: Approx}, {value: 25, category: Other, qual: Approx}}},
		{name: "one doctor serving every few thousand is a ratio",
			body: "In the camp, where one doctor now serves every 2,500 residents, the clinic is closing.",
			want: nil},
		{name: "people living in rows of shelters are sheltered",
			body: "Some 30,000 people live in long rows of prefabricated shelters outside the town.",
			want: []wantFact{{value: 30000, category: Sheltered, qual: Approx}}},
		{name: "babies born are births",
			body: "Babies born in the camp since it opened: more than 9,000",
			want: []wantFact{{value: 9000, category: Other, qual: AtLeast}}},
		{name: "people who walked out are on the move",
			body: "Others stayed behind, and a further 400 people walked out across the hills at night.",
			want: []wantFact{{value: 400, category: Displaced}}},
		{name: "what a relative clause says ends with it",
			body: "Lebanon, which says it cannot take in any more refugees, already hosts about 900,000 Syrians.",
			want: []wantFact{{value: 900000, category: Refugees, qual: Approx, source: "reporter"}}},
		{name: "a relative clause that asks for anonymity goes on into the main verb",
			body: "An aid official, who asked not to be named, said 4,000 families had arrived.",
			want: []wantFact{{value: 4000, category: Displaced, source: "aid official"}}},
		{name: "it is the coast guard that spoke before",
			body: "About 300 people landed on Chios overnight, the Hellenic coast guard said. A boy drowned off the island; 41 people were pulled from the sea, it said.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, source: "Hellenic coast guard"},
				{value: 41, category: Other, source: "Hellenic coast guard"}}},
	})
}
