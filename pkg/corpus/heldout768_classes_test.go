package corpus

import "testing"

// Classes found on the seven-hundred-and-sixty-eighth to seven-hundred-
// and-seventy-first held-out sets, in text of our own.

func TestExtract_Heldout768Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a year's count, \"in 2019\", from no start",
			body: "Some 1,600 applications were lodged in 2019, the office said.",
			pub:  "2020-03-04",
			want: []wantFact{{value: 1600, category: Other, period: "-"}}},
		{name: "\"according to the same monitor\": the monitor named before",
			body: "The Syrian Observatory for Human Rights said an air strike on the hospital killed 16 civilians. According to the same monitor, more than 280 civilians have been killed since the offensive began.",
			want: []wantFact{{value: 16, category: Killed, source: "Syrian Observatory for Human Rights"},
				{value: 280, category: Killed, source: "Syrian Observatory for Human Rights"}}},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout768Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		// (This guard said a named month of a year still started a count;
		// the writers give such counts none, 164 to 1, and since the
		// tuning on heldout776-779 it says so.)
		{name: "a named month of a year sets no start either",
			body: "In January 2020, 3,000 people arrived on the islands.",
			pub:  "2020-03-04",
			want: []wantFact{{value: 3000, category: Displaced, period: "-"}}},
		{name: "\"since 2019\" still starts a count",
			body: "More than 5,000 people have arrived since 2019.",
			pub:  "2020-03-04",
			want: []wantFact{{value: 5000, category: Displaced, period: "2019-01-01"}}},
	})
}
