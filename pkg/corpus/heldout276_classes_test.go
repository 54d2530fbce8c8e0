package corpus

import "testing"

// Classes found on the two-hundred-and-seventy-sixth to two-hundred-and-
// seventy-ninth held-out sets, in text of our own.

func TestExtract_Heldout276Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "families arriving every day at a camp",
			body: "The camp manager in Sarmada said 40 to 50 families arrive every day and there is no flat ground left.",
			want: []wantFact{{value: 40, category: Displaced}}},
		{name: "families a team had to move out of collapsed tents",
			body: "\"In one night we had to move 25 families out of collapsed tents,\" she said.",
			want: []wantFact{{value: 25, category: Displaced}}},
		{name: "families who have moved into tents",
			body: "Dozens of families have already moved into tents of wood and plastic, a camp manager said.",
			want: []wantFact{{value: 12, category: Displaced}}},
	})
}

func TestExtract_Heldout276Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a Spanish donation line",
			body: "About 300 tents flooded overnight.\n\nApoye el periodismo independiente: done desde ₡3.000 al mes.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
		{name: "an EFE dateline with a lower-case month",
			body: "Beirut, 21 feb (EFE).- About 300 tents flooded overnight in the camps, officials said.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}
