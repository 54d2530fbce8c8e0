package corpus

import "testing"

// Classes found on the ninety-second and ninety-third held-out sets, in
// text of our own.

func TestExtract_Heldout92Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "civilians who streamed south are on the move",
			body: "The army took the town on Sunday as tens of thousands of civilians streamed south out of the valley.",
			want: []wantFact{{value: 10000, category: Displaced, qual: AtLeast}}},
		{name: "families waiting for kits are not at a border",
			body: "She said another 400 families were still waiting for kits.",
			want: []wantFact{{value: 400, category: Other}}},
		{name: "people waiting for a chance to cross are",
			body: "About 3,000 people were waiting for a chance to cross the river.",
			want: []wantFact{{value: 3000, category: AtRisk, qual: Approx}}},
		{name: "deminers sent abroad are military personnel",
			body: "The ministry sent 60 deminers to the city last year.",
			want: []wantFact{{value: 60, category: Troops}}},
		{name: "an amount after a Gulf currency's letters",
			body: "The charity has raised QR 15 million for its winter appeal so far, and fed 2,000 families.",
			want: []wantFact{{value: 2000, category: Other}}},
	})
}
