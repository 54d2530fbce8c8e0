package corpus

import "testing"

// Classes found on the eight-hundred-and-eighth to eight-hundred-and-
// eleventh held-out sets, in text of our own.

func TestExtract_Heldout808Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a dotted clock after a weekday and \"at\"",
			body: "About 300 tents flooded overnight, the council said. A vigil is planned for Sunday at 18.30 in front of the library.",
			want: []wantFact{{value: 300, category: Other}}},
		{name: "families who left the speaker's street",
			body: "A woman told me: “Thirty households left our quarter in one night, and the shops closed.”",
			want: []wantFact{{value: 30, category: Displaced}}},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout808Guards(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a decimal after \"at\" with no weekday before it is a count",
			body: "Unemployment in the camp stood at 23.40 percent in March, the agency said.",
			want: []wantFact{{value: 23.4, category: Other}}},
	})
}
