package corpus

import "testing"

// Classes found on the thirtieth and thirty-first held-out sets, in text
// of our own.
func TestExtract_Heldout30Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a part of people skips a duration named after the whole",
			body: "Nearly 900,000 people have fled since December, the largest exodus of the nine-year war.\n\nMore than half a million of them are children, a spokesman said.",
			want: []wantFact{{value: 900000, category: Displaced}, {value: 9, category: Other, unit: "years"},
				{value: 500000, category: Displaced, unit: "children"}}},
		{name: "a bare count after and shares the noun before",
			body: "The offensive has killed at least 72 civilians in northeast Syria and 20 in Turkey since it began, the monitor said.",
			want: []wantFact{{value: 72, category: Killed}, {value: 20, category: Killed, unit: "civilians", location: "Turkey"}}},
	})
}

func TestExtract_Heldout30Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a box of figures, each followed by what it counts",
			body: "The centre gave these figures on Friday:\n\n9,100 — Syrians who have crossed into the region since May 4\n860 — people now living in the camp\n1,500 — families staying with relatives",
			pub:  "2021-05-20",
			want: []wantFact{{value: 9100, category: Displaced}, {value: 860, category: Sheltered}, {value: 1500, category: Displaced}}},
		{name: "a body named in lower case owns the list",
			body: "The migration ministry's latest figures for the islands, as of Monday:\n\n- North Island: 2\u00a0200 tents\n- South Island: 650 tents",
			want: []wantFact{{value: 2200, category: Other, source: "migration ministry"}, {value: 650, category: Other, source: "migration ministry"}}},
	})
}
