package corpus

import "testing"

// Classes found on the five-hundred-and-sixteenth to five-hundred-and-
// nineteenth held-out sets, in text of our own.

func TestExtract_Heldout516Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "weekends of collecting",
			body: "The parish said the load, collected over four weekends at the church hall, left on Monday.",
			want: nil},
		{name: "relatives who walked across the border",
			body: "He said his father, his sister and nine other relatives had walked across the border near Rabia last weekend.",
			want: []wantFact{{value: 9, category: Displaced}}},
		{name: "a district's people",
			body: "The office estimated last month that the district held about 250,000 people, including some 90,000 who had fled there earlier.",
			want: []wantFact{{value: 250000, category: Other, qual: Approx}, {value: 90000, category: Displaced, qual: Approx}}},
		{name: "families who asked to be moved",
			body: "He said around 300 families had asked to be moved to other camps rather than rebuild.",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
		{name: "a camp's people after a distance",
			body: "Azraq, the kingdom's second camp, lies about 90 kilometres from the border and is home to some 40,000 Syrians.",
			want: []wantFact{{value: 90, category: Other, qual: Approx}, {value: 40000, category: Sheltered, qual: Approx}}},
		{name: "a town's refugees after a word for shelters",
			body: "Soldiers have been knocking down concrete shelters in Qaa, a border town that is home to roughly 20,000 Syrian refugees.",
			want: []wantFact{{value: 20000, category: Refugees, qual: Approx}}},
	})
}

func TestHeader_Heldout516Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a desk with the Press Association",
			page: "Some Outlet\nA headline for the story\nBy Outlet newsdesk, with PA\nLast updated: 5th March 2020, 17:40\n", wire: "PA"},
		{name: "an Indian web desk with inputs from an agency after a pipe",
			page: "Some Outlet\nA headline for the story\nOutlet Times Web Desk | With inputs from Reuters\nPublished on: 04 Mar 2020, 11:20 am IST\n", wire: "Reuters"},
	})
}
