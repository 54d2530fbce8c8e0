package corpus

import "testing"

// Classes found on the four-hundred-and-eighty-eighth to four-hundred-
// and-ninety-first held-out sets, in text of our own.

func TestExtract_Heldout488Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "children who are sick",
			body: "\"Four of the children in this tent are sick and there is no doctor,\" she said.",
			want: []wantFact{{value: 4, category: Other}}},
		{name: "a widow's children and a part of them",
			body: "In one tent I met a widow with six children; three of them have not been to school since they arrived.",
			want: []wantFact{{value: 6, category: Other}, {value: 3, category: Other}}},
		{name: "a German evening's date and time",
			body: "Info-Abend am 18. Juli um 19.30 Uhr im Pfarrsaal, Kempten.",
			want: nil},
		{name: "arrivals registered in a single day",
			body: "Aid agencies said they had registered more than 600 new arrivals in a single day.",
			want: []wantFact{{value: 600, category: Displaced, qual: AtLeast}}},
		{name: "people pulled out of the water in a single night",
			body: "\"Last winter we pulled 30 people out of the water in a single night,\" he said.",
			want: []wantFact{{value: 30, category: Other}}},
		{name: "people who froze to death",
			body: "A year ago, 12 Syrians froze to death in the mountains near the crossing.",
			want: []wantFact{{value: 12, category: Killed, unit: "Syrians"}}},
		{name: "families registered to go back",
			body: "The council said that 200 families had registered to go back to Homs.",
			want: []wantFact{{value: 200, category: Other}}},
		{name: "a storm's count of the refugees it touched, as a table row",
			body: "Storm damage\n| Refugees affected | more than 9,000 |",
			want: []wantFact{{value: 9000, category: Other, qual: AtLeast}}},
	})
}

func TestExtract_Heldout488Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Swahili credit to the agency",
			page: "Habari Leo\nRain floods hundreds of tents in camps near the border\nJumatatu, 2 Julai 2018\nNa Mwandishi Wetu | Kwa msaada wa Reuters\n", wire: "Reuters"},
	})
}
