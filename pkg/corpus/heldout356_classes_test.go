package corpus

import "testing"

// Classes found on the three-hundred-and-fifty-sixth to three-hundred-
// and-fifty-ninth held-out sets, in text of our own.

func TestExtract_Heldout356Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a round amount grouped by a space in a text that uses commas",
			body: "Some 2,000 families fled the town. Support our station: 10 000 FBu a month.",
			want: []wantFact{{value: 2000, category: Displaced, qual: Approx}}},
		{name: "the same count named again after the",
			body: "About 250 unaccompanied children were stranded in the camp. Five countries agreed to take in the 250 children.",
			want: []wantFact{{value: 250, category: Sheltered, qual: Approx}, {value: 5, category: Other}}},
		{name: "a crowd gathered to protest",
			body: "About 400 people gathered outside the town hall on Friday to protest against the new camp.",
			want: []wantFact{{value: 400, category: Other, qual: Approx}}},
		{name: "residents gathered to stop a landing",
			body: "Nearly 500 residents had gathered at the port to stop the ferry from docking.",
			want: []wantFact{{value: 500, category: Other, qual: Approx}}},
		{name: "aid brought to the people of one named camp",
			body: "A convoy reached the Hol camp on Monday, bringing food and blankets to about 30,000 people, the agency said.",
			want: []wantFact{{value: 30000, category: Sheltered, qual: Approx, source: "agency"}}},
		{name: "a camp that sheltered people",
			body: "The camp opened in 2014. At its peak it sheltered more than 9,000 Syrians.",
			want: []wantFact{{value: 9000, category: Sheltered, qual: AtLeast}}},
		{name: "people who live in a province",
			body: "About 2 million people live in Hama province, officials say.",
			want: []wantFact{{value: 2e6, category: Other, qual: Approx}}},
		{name: "an enclave home to people",
			body: "Afrin, a Kurdish-held enclave, was home to some 320,000 people before the offensive.",
			want: []wantFact{{value: 320000, category: Other, qual: Approx}}},
		{name: "a demonym whose plural is its singular",
			body: "The town had about 30,000 Lebanese before the war.",
			want: []wantFact{{value: 30000, category: Other, qual: Approx, unit: "Lebanese"}}},
	})
}
