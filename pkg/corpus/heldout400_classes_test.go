package corpus

import "testing"

// Classes found on the four-hundredth to four-hundred-and-third held-out
// sets, in text of our own.

func TestExtract_Heldout400Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a convoy's aid to people stranded at a named camp",
			body: "A UN convoy reached the Hol camp on Tuesday, bringing food and medicine to an estimated 30,000 people stranded in the desert, the UN said.",
			want: []wantFact{{value: 30000, category: Sheltered, qual: Approx, source: "UN"}}},
		{name: "the people who sleep in one relative's tent",
			body: "\"Twelve people sleep in my sister's tent.\"",
			want: []wantFact{{value: 12, category: Other}}},
		{name: "the people who share one room",
			body: "He said nine people now share his concrete room, including his parents.",
			want: []wantFact{{value: 9, category: Other}}},
		{name: "tents in stock for families",
			body: "The charity has tents for only 1,500 families in its warehouse.",
			want: []wantFact{{value: 1500, category: Other, unit: "families"}}},
	})
}
