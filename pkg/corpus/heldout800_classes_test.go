package corpus

import "testing"

// Classes found on the eight-hundredth to eight-hundred-and-third
// held-out sets, in text of our own.

func TestExtract_Heldout800Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a Norwegian \"read also\" heading over linked headlines",
			body: "About 300 tents flooded overnight, the council said.\n\nLes også:\nKrigen i 9 bilder\nRøde Kors: 4 ting du må vite om vinteren",
			want: []wantFact{{value: 300, category: Other}}},
		{name: "an Azerbaijani \"similar news\" heading over linked headlines",
			body: "About 300 tents flooded overnight, the council said.\n\nOxşar xəbərlər:\nGəncədə 80 ailəyə yardım edilib\nYolda 3 avtomobil toqquşub",
			want: []wantFact{{value: 300, category: Other}}},
		{name: "an age in a relative clause after a person",
			body: "On the quay I met a man from Kunduz who is 31 and walking to Athens with his three sons.",
			want: []wantFact{{value: 3, category: Other}}},
		{name: "people displaced elsewhere whom a place took in",
			body: "Kobani, a town of some 40,000 people in Syria's north, had itself taken in thousands of people displaced from Raqqa.",
			want: []wantFact{{value: 40000, category: Other}, {value: 1000, category: Displaced}}},
		{name: "a part told before a speaker who spoke in a statement from a city",
			body: "Some 600,000 people have fled the valley since March, the UN said on Monday.\n\nMore than 250,000 of them are children, UN aid chief Ana Lima said in a statement from New York.",
			want: []wantFact{{value: 600000, category: Displaced, source: "UN"}, {value: 250000, category: Displaced, source: "Ana Lima"}}},
	})
}
