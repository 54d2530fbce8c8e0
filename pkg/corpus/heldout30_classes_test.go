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
