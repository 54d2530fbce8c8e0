package corpus

import "testing"

// Classes found on the five-hundred-and-forty-eighth to five-hundred-
// and-fifty-first held-out sets, in text of our own.

func TestExtract_Heldout548Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "the people of one house",
			body: `"We are 11 people in this house. The roof leaks."`,
			want: []wantFact{{value: 11, category: Other}}},
		{name: "new families who come to a camp's gate",
			body: "Every evening 30 or 40 new families come to the gate of the camp.",
			want: []wantFact{{value: 30, category: Displaced, qual: Range}}},
		{name: "a temperature in Fahrenheit",
			body: "Night temperatures fall to minus 5 degrees Celsius (23 Fahrenheit).",
			want: nil},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout548Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people in one classroom are sheltered",
			body: "\u201cNow we are 40 people in one classroom,\u201d she said.",
			want: []wantFact{{value: 40, category: Sheltered}}},
	})
}

func TestHeader_Heldout548Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a copyright holder with its legal form",
			page:      "Bote der Berge\nA headline for the story\nMarch 4, 2020\n" + storyLine + "\n© 2020 Bote der Berge AG. Alle Rechte vorbehalten.\n",
			publisher: "Bote der Berge"},
		{name: "an Estonian interview credit with an agency",
			page: "Virumaa Teataja\nA headline for the story\n21. märts 2018, 10:14\nIntervjuu: dpa (ingliskeelne originaal)\n", wire: "dpa"},
		{name: "a Georgian date line",
			page: "Kutaisi Post\nA headline for the story\n\n18 ოქტომბერი 2019, 14:05\n", published: "2019-10-18"},
	})
}
