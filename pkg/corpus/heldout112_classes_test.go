package corpus

import "testing"

// Classes found on the hundred-and-twelfth and hundred-and-thirteenth
// held-out sets, in text of our own.

func TestExtract_Heldout112Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a modifier between two counts: both share the verb after the second",
			body: "About 40 orphans from the south and 12 women are still living in the Hope camp, the charity said.",
			want: []wantFact{{value: 40, category: Sheltered, qual: Approx}, {value: 12, category: Sheltered}}},
		{name: "two counts with a verb each keep their own",
			body: "About 40 orphans from the south were killed and 12 women are still living in the Hope camp, the charity said.",
			want: []wantFact{{value: 40, category: Killed, qual: Approx}, {value: 12, category: Sheltered}}},
		{name: "a state agency's descriptors drop, its acronym stays",
			body: "Nine civilians were killed in the shelling, the official PANA news agency reported.",
			want: []wantFact{{value: 9, category: Killed, source: "PANA"}}},
		{name: "an official of an acronym is a person of it",
			body: "About 300 families crossed into Jordan overnight, a PANA official said.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, source: "PANA official"}}},
		{name: "a second verb shares the subject that opens the sentence",
			body: "Border officials rejected the claim and put the number of people waiting at the fence at about 9,000.",
			want: []wantFact{{value: 9000, category: AtRisk, qual: Approx, source: "Border officials"}}},
		{name: "a road cut for days is how long, not a count",
			body: "Floods cut the road to the camp for three days, and 600 tents were lost.",
			want: []wantFact{{value: 600, category: Other}}},
	})
}

func TestExtract_Heldout112Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "counts outside brackets and capacities in them",
			body: "The ministry gave the number of residents of each site, with its capacity in brackets:\n\n- North Camp: 6\u00a0200 (1\u00a0500)\n- River Camp: 3\u00a0100 (900)",
			want: []wantFact{{value: 6200, category: Sheltered}, {value: 1500, category: Other}, {value: 3100, category: Sheltered}, {value: 900, category: Other}}},
		{name: "an item that counts part of the one before",
			body: "The agency gave this tally of the storm damage on Monday:\n\n- Shelters destroyed: 410\n- Of which in the northern valley: 260\n- Families moved to schools: 1,200",
			want: []wantFact{{value: 410, category: Other, unit: "shelters"}, {value: 260, category: Other, unit: "shelters"}, {value: 1200, category: Sheltered}}},
		{name: "a part item that says what it counts keeps its own category",
			body: "The agency gave this tally on Monday:\n\n- People displaced since March: 52,000\n- Of whom living in camps: 31,000",
			want: []wantFact{{value: 52000, category: Displaced}, {value: 31000, category: Sheltered}}},
	})
}
