package corpus

import "testing"

// Classes found on the five-hundred-and-fifty-sixth to five-hundred-
// and-fifty-ninth held-out sets, in text of our own.

func TestExtract_Heldout556Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "how many people one tap serves",
			body: "There is one tap for about 900 people in this part of the camp.",
			want: nil},
		{name: "a town's own people before the refugees it hosts",
			body: "Zahle, a town that is home to about 50,000 Lebanese, hosts some 40,000 Syrian refugees.",
			want: []wantFact{{value: 50000, category: Other, qual: Approx}, {value: 40000, category: Refugees, qual: Approx}}},
		{name: "people who sleep in an olive grove by a camp",
			body: "Hundreds of people sleep in the olive grove next to the camp.",
			want: []wantFact{{value: 100, category: Unsheltered, qual: AtLeast}}},
		{name: "years after another event",
			body: "Five years after the Aegean was the main road into Europe, the islands are again at breaking point.",
			want: nil},
		{name: "a people who lived somewhere before the war",
			body: "Before the war there were perhaps 5,000 Assyrians in the valley.",
			want: []wantFact{{value: 5000, category: Other, qual: Approx}}},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout556Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "the size of one camp built for some people",
			body: `"In one camp built for 3,000 people there are now 9,000," he said.`,
			want: []wantFact{{value: 3000, category: Other}, {value: 9000, category: Sheltered}}},
		{name: "a camp's age after it opened",
			body: "Nearly six years after it opened, the camp is full.",
			want: []wantFact{{value: 6, category: Other, qual: Approx, unit: "years"}}},
	})
}
