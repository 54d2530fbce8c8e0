package corpus

import "testing"

// Classes found on the thirty-eighth and thirty-ninth held-out sets, in
// text of our own.
func TestExtract_Heldout38Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "the N-year-old as a person",
			body: "The 34-year-old had lost his job, and 40 families lost theirs.",
			want: []wantFact{{value: 40, category: Other}}},
		{name: "months of rent owed",
			body: "One in three households owed more than three months’ rent.",
			want: []wantFact{{value: 33.33, category: Other, unit: "percent"}}},
		{name: "a restatement in brackets after the clause",
			body: "Another 1,250 people crossed on Thursday night alone (roughly 300 families), the agency said.",
			want: []wantFact{{value: 1250, category: Displaced}, {value: 300, category: Displaced}}},
		{name: "a share in brackets between a count and its verb",
			body: "Around 170,000 people (almost one in five of the displaced) are sleeping in the open.",
			want: []wantFact{{value: 170000, category: Unsheltered}, {value: 20, category: Other, unit: "percent"}}},
		{name: "one speaker is no count",
			body: "Not a single new tent could be pitched last week, one camp manager told reporters, and 300 families waited.",
			want: []wantFact{{value: 300, category: Other}}},
		{name: "relatives of fighters who escaped",
			body: "Some 785 relatives of Islamic State fighters escaped from the camp on Sunday.",
			want: []wantFact{{value: 785, category: Other}}},
		{name: "a part in brackets stays out of the clause",
			body: "The region already hosts about 230,000 Syrian refugees (some 90,000 of them in nine camps), most of whom fled in 2012.",
			want: []wantFact{{value: 230000, category: Refugees}, {value: 90000, category: Sheltered}, {value: 9, category: Other}}},
	})
}
