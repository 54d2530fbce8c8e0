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
	})
}
