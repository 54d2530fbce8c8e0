package corpus

import "testing"

// Classes found on the five-hundred-and-twelfth to five-hundred-and-
// fifteenth held-out sets, in text of our own.

func TestExtract_Heldout512Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a range across ten in words and digits",
			body: "Fighters in seven to 12 villages had accepted the deal, the monitor said.",
			want: []wantFact{{value: 7, category: Other, qual: Range}}},
		{name: "a stay someone came back from",
			body: "A nurse from the town has returned from four months in the camps of the Bekaa.",
			want: nil},
		{name: "evenings of work",
			body: "Over four evenings last week volunteers packed more than 900 boxes of clothes.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 900, category: Other, qual: AtLeast}}},
		{name: "the dead after a place and an aside",
			body: "Twelve civilians in Turkey, among them a six-month-old baby, have been killed by shells fired across the border, officials say.",
			want: []wantFact{{value: 12, category: Killed}}},
		{name: "aid workers who left",
			body: "He said at least 20 aid workers had left the island since Sunday.",
			pub:  "2020-03-04",
			want: []wantFact{{value: 20, category: Other, qual: AtLeast}}},
		{name: "part of a force named after the figure",
			body: "The defence secretary said some 500 of the U.S. troops leaving the area would move to bases in Iraq.",
			want: []wantFact{{value: 500, category: Troops, qual: Approx}}},
		{name: "a figure said to be closer to another",
			body: "The UN said at least 90,000 people had fled since Wednesday. Local officials said the real figure was already closer to 120,000.",
			pub:  "2019-10-14",
			want: []wantFact{{value: 90000, category: Displaced, qual: AtLeast}, {value: 120000, category: Displaced, qual: Approx}}},
	})
}

func TestHeader_Heldout512Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a date line whose clock is a city's, in French",
			page:      "Radio Sud\nLa radio du Sud – 91.2 FM\nAccueil | Monde\nA headline for the story\nDimanche 1 mars 2020 – mis à jour à 21:48 (heure de Tunis)\nPar la rédaction web, avec Reuters\n",
			published: "2020-03-01", wire: "Reuters"},
		{name: "a Tongan desk with an agency",
			page: "Some Outlet\nA headline for the story\nMarch 4, 2020\nSome Outlet News Desk mo Reuters\n", wire: "Reuters"},
	})
}
