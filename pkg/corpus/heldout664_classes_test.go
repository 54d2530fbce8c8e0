package corpus

import "testing"

// Classes found on the six-hundred-and-sixty-fourth to six-hundred-and-
// sixty-seventh held-out sets, in text of our own.

func TestExtract_Heldout664Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "fighters lost, hedged with something like",
			body: "The forces we trained lost something like 11,000 fighters in that war.",
			want: []wantFact{{value: 11000, category: Killed, qual: Approx, unit: "fighters"}}}, // "something like" hedges (heldout676-679 round)
		{name: "the whole after a part of the refugees in a country",
			body: "Officials want a zone where a third of the roughly 3.6 million Syrian refugees in Turkey could be resettled.",
			want: []wantFact{{value: 33.33, category: Other, qual: Exact, unit: "percent"},
				{value: 3.6e6, category: Refugees, qual: Approx, unit: "refugees"}}},
	})
}
