package corpus

import "testing"

// Classes found on the three-hundred-and-seventy-second to three-hundred-
// and-seventy-fifth held-out sets, in text of our own.

func TestExtract_Heldout372Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "two ages after girls of",
			body: "Staff said they met girls of 13 and 14 who had travelled alone.",
			want: nil},
		{name: "an age after he was and a hedge",
			body: "A man from Herat, he was maybe 40, with two sons.",
			want: []wantFact{{value: 2, category: Other, unit: "sons"}}},
		{name: "people in a single car",
			body: "\"We drove out of Saraqeb with nine people in a single car.\"",
			want: []wantFact{{value: 9, category: Other}}},
		{name: "a camp which houses people",
			body: "She worked at a clinic in the Zaatari camp in Jordan, which houses about 78,000 Syrians.",
			want: []wantFact{{value: 78000, category: Sheltered, qual: Approx, unit: "Syrians"}}},
		{name: "people spending the night near a crossing",
			body: "A witness saw around 2,000 people spending the night in the fields near the crossing.",
			want: []wantFact{{value: 2000, category: AtRisk, qual: Approx}}},
		{name: "arrivals sleeping on the seafront",
			body: "Volunteers said dozens of new arrivals had been sleeping on the seafront since Sunday.",
			want: []wantFact{{value: 12, category: Unsheltered, qual: AtLeast, unit: "arrivals"}}},
		{name: "a city which had people",
			body: "Aleppo city, which had about 2 million people before the war, is quieter now.",
			want: []wantFact{{value: 2e6, category: Other, qual: Approx}}},
		{name: "people who have no tent",
			body: "The UN says about 90,000 people in the district who have no tent are sleeping in cars.",
			want: []wantFact{{value: 90000, category: Unsheltered, qual: Approx, source: "UN"}}},
		{name: "a part whose verb calls it refugees",
			body: "Some 80 million people were displaced worldwide. Of those, 26 million were refugees, the agency said.",
			want: []wantFact{{value: 8e7, category: Displaced, qual: Approx}, {value: 2.6e7, category: Refugees, source: "agency"}}},
		{name: "a province and the areas around it home to people",
			body: "Hama and adjacent areas are home to about 1 million people, many of them displaced once already.",
			want: []wantFact{{value: 1e6, category: Other, qual: Approx}}},
		{name: "water cut off to people",
			body: "The strike put the pumping station out of service, cutting off water to about 200,000 people in the city and the camps around it, the agency said.",
			want: []wantFact{{value: 200000, category: Other, qual: Approx, source: "agency"}}},
	})
}

func TestExtract_Heldout372Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a table cell grouped by a plain space in a text with commas",
			body: "About 1,300 families fled the town on Monday, officials said.\n\n| Count | Figure | Source |\n|---|---|---|\n| Arrivals since 1 March | 7 400 | IOM |\n",
			want: []wantFact{{value: 1300, category: Displaced, qual: Approx}, {value: 7400, category: Displaced}}},
	})
}
