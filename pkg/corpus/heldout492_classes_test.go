package corpus

import "testing"

// Classes found on the four-hundred-and-ninety-second to four-hundred-
// and-ninety-fifth held-out sets, in text of our own.

func TestExtract_Heldout492Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "rows whose first cell is the figure",
			body: "The week in figures\n\nFigure | What it counts | Source\nabout 40,000 | people displaced in the south since May 2 | OCHA\nat least 90 | civilians killed in the province since May 2 | SOHR",
			want: []wantFact{{value: 40000, category: Displaced, qual: Approx}, {value: 90, category: Killed, qual: AtLeast}}},
		{name: "rows under a caption that ends in a colon",
			body: "The offensive began in May.\n\nDisplaced by the offensive since May 2 (UN figures):\nTotal | more than 150,000\nFled towards the coast | about 40,000",
			want: []wantFact{{value: 150000, category: Displaced, qual: AtLeast}, {value: 40000, category: Displaced, qual: Approx}}},
		{name: "fighters of a force named with its acronym, and civilians, killed",
			body: "The monitor said 52 fighters of the Turkish-backed Syrian National Army (SNA) and 20 civilians had been killed since Friday.",
			want: []wantFact{{value: 52, category: Killed}, {value: 20, category: Killed}}},
		{name: "the members of one family in two tents",
			body: "He said the 12 members of his extended family now share two tents near the wall.",
			want: []wantFact{{value: 12, category: Other}, {value: 2, category: Other}}},
		{name: "a mother of five",
			body: "said Leila Omar, 38, a mother of five who paid smugglers to cross.",
			want: []wantFact{{value: 5, category: Other}}},
		{name: "boys of an age",
			body: "We met boys of 14 who had come on their own.",
			want: nil},
	})
}
