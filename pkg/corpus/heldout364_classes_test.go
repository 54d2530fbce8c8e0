package corpus

import "testing"

// Classes found on the three-hundred-and-sixty-fourth to three-hundred-
// and-sixty-seventh held-out sets, in text of our own.

func TestExtract_Heldout364Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an age after she's",
			body: "Yesterday I met a grandmother, she's 70, who had walked for three days.",
			want: nil},
		{name: "an hour after since",
			body: "The parents had been queuing since four in the morning.",
			want: nil},
		{name: "people sharing a toilet",
			body: "In the olive grove about 160 people were sharing a single toilet.",
			want: []wantFact{{value: 160, category: Other, qual: Approx}}},
		{name: "volunteers",
			body: "About 40 New Zealanders have volunteered on Lesbos since 2015, he estimates.",
			want: []wantFact{{value: 40, category: Other, qual: Approx, period: "2015-01-01"}}},
		{name: "homes that shelter people",
			body: "Those homes shelter some 15,000 children, the charity said.",
			want: []wantFact{{value: 15000, category: Sheltered, qual: Approx, unit: "children"}}},
		{name: "people still living in the camp and a higher count of them",
			body: "The convoy carried food for about 12,700 people still living in the camp, the UN said. Camp residents put the number still living there higher, at around 15,000.",
			want: []wantFact{{value: 12700, category: Sheltered, qual: Approx, source: "UN"}, {value: 15000, category: Sheltered, qual: Approx, source: "Camp residents"}}},
		{name: "people who left a camp to return",
			body: "More than 18,000 have left the camp to return to government-held areas since March, the U.N. says.",
			want: []wantFact{{value: 18000, category: Other, qual: AtLeast}}},
		{name: "people able to return to their homes",
			body: "It said about 70,000 of them had since been able to return to their homes in Tal Tamr.",
			want: []wantFact{{value: 70000, category: Other, qual: Approx}}},
		{name: "a host country's official on the nationals it has",
			body: "\"We have 1.3 million Syrians here, and we cannot open the border,\" the minister said.",
			want: []wantFact{{value: 1.3e6, category: Refugees, unit: "Syrians", source: "minister"}}},
		{name: "fewer, told after a count",
			body: "Over a million Syrians live in Lebanon by its count. The UN has registered fewer, about 930,000.",
			want: []wantFact{{value: 1e6, category: Refugees, qual: AtLeast}, {value: 930000, category: Refugees, qual: Approx, source: "UN"}}},
	})
}

func TestExtract_Heldout364Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a contact line with a postcode",
			body: "About 300 families fled the town on Monday, officials said.\n\nContact: The Daily Star, Star House, Rua Nova, Panaji, Goa 403001.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}
