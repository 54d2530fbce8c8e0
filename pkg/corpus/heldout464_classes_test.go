package corpus

import "testing"

// Classes found on the four-hundred-and-sixty-fourth to four-hundred-
// and-sixty-seventh held-out sets, in text of our own.

func TestExtract_Heldout464Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a price in an inflected currency",
			body: "Digitális hozzáférés havi 990 forinttól.",
			want: nil},
		{name: "a day's arrivals at a camp",
			body: "Around 700 people arrived at the Domiz camp on Friday alone, its manager said.",
			want: []wantFact{{value: 700, category: Displaced, qual: Approx}}},
		{name: "children with a fever",
			body: "In the camp, two of my children have a fever and there is no doctor here.",
			want: []wantFact{{value: 2, category: Other}}},
	})
}

func TestPage_Heldout464Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a linked headline after also see",
			body: "About 300 people crossed on Monday.\n\nAlso see: 7 reasons the valley camps flood\nThe Weekly is funded by its readers, not advertisers.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}

func TestSource_Heldout464Classes(t *testing.T) {
	runSourceCase(t, "A headline\n\nThe figures:\n\n| Measure | Figure | Source |\n|---|---|---|\n| Registered Syrian refugees | 914,648 | UNHCR (June 30) |\n", 1, "UNHCR")
}
