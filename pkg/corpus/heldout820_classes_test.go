package corpus

import "testing"

// Classes found on the eight-hundred-and-twentieth to eight-hundred-and-
// twenty-third held-out sets, in text of our own.

func TestExtract_Heldout820Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a phone number of eight digits in an appeal",
			body: "About 300 families arrived on Monday, the mayor said.\n\nHelp the Red Cross: call 90004455 (1,50 € per call).\n",
			want: []wantFact{{value: 300, category: Displaced}}},
		{name: "a year before 1800 closing its clause",
			body: "Her family came from Spain in 1492, and about 40 families in the town still speak the old language.",
			want: []wantFact{{value: 40, category: Other}}},
		{name: "a count by one agency's estimate",
			body: "Others, as many as 150,000 by one UN estimate, have moved towards the coast.",
			want: []wantFact{{value: 150000, category: AtRisk, source: "UN"}}},
		{name: "a population by a body's estimates",
			body: "Before the war the district was home to about 300,000 people, by UN estimates.",
			want: []wantFact{{value: 300000, category: Other, source: "UN"}}},
		{name: "a share by a capital's count",
			body: "Nearly one in five Syrians now lives abroad, by Ankara's count.",
			want: []wantFact{{value: 20, category: Other, source: "Ankara"}}},
		{name: "a family that suffocated",
			body: "Three members of one family suffocated overnight from the fumes of a stove in their tent, rescuers said.",
			want: []wantFact{{value: 3, category: Killed}}},
		{name: "another source's lower figure, \"of\" after the comma",
			body: "More than 200,000 civilians had fled the town since Monday, the monitor said. The United Nations gave a lower figure, of about 90,000.",
			want: []wantFact{{value: 200000, category: Displaced}, {value: 90000, category: Displaced, source: "United Nations"}}},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout820Guards(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a count of six bare digits",
			body: "The interior minister said 130469 migrants had left through the province.",
			want: []wantFact{{value: 130469, category: Displaced}}},
		{name: "four bare digits before a noun count",
			body: "In 1500 tents there were no heaters at all, the council said.",
			want: []wantFact{{value: 1500, category: Other}}},
		{name: "a document seen by a paper estimates: the document's figure",
			body: "A ministry document seen by Al-Sabaah estimates that one in four arrivals needs urgent care.",
			want: []wantFact{{value: 25, category: Other, source: "ministry document"}}},
		{name: "a document seen by the paper estimates: the document's figure",
			body: "A ministry document seen by the Valley Post estimates that one in five arrivals needs urgent care.",
			want: []wantFact{{value: 20, category: Other, source: "ministry document"}}},
	})
}
