package corpus

import "testing"

// Classes found on the hundred-and-forty-eighth to hundred-and-fifty-first
// held-out sets, in text of our own.

func TestExtract_Heldout148Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a part named among them between the subject and its verb",
			body: "The monitor says at least 90 civilians, 15 children among them, have been killed since the offensive began.",
			want: []wantFact{{value: 90, category: Killed, qual: AtLeast}, {value: 15, category: Killed}}},
		{name: "an opening hour in words",
			body: "\"We open at eight, and by then there is already a line at the gate.\"",
			want: nil},
		{name: "people stopped at a fence",
			body: "Police said they had stopped 900 people trying to get through the fence since Friday.",
			want: []wantFact{{value: 900, category: Other}}},
		{name: "a boat stopped from landing still carried people who fled",
			body: "A mob stopped a dinghy carrying 40 people from landing at the harbour.",
			want: []wantFact{{value: 40, category: Displaced}}},
		{name: "children seen with burns are patients",
			body: "This winter we have seen more than 30 children with burns from heaters inside tents.",
			want: []wantFact{{value: 30, category: Other, qual: AtLeast}}},
	})
}

func TestExtract_Heldout148Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "related lines in Spanish and Catalan",
			body: "About 300 tents flooded overnight.\n\nRelacionadas: 3 acuerdos firmados\nMés notícies: 8 ferits en un accident\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}
