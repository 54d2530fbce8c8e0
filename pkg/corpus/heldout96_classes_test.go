package corpus

import "testing"

// Classes found on the ninety-sixth and ninety-seventh held-out sets, in
// text of our own.

func TestExtract_Heldout96Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a whole and its bracketed part share the verb after the next count",
			body: "The monitor says 41 civilians (including 6 children) and 80 fighters have been killed since Friday.",
			want: []wantFact{{value: 41, category: Killed}, {value: 6, category: Killed}, {value: 80, category: Killed}}},
		{name: "people who have gone to a camp are in it",
			body: "Some 2,000 are staying with relatives. Another 1,500 have gone to the Kawergosk camp.",
			want: []wantFact{{value: 2000, category: Displaced, qual: Approx}, {value: 1500, category: Sheltered}}},
		{name: "a bare update is its owner's, named before",
			body: "UNICEF's weekly situation update, sent out on Friday, lists the schools still open.\n\nThe update says a quarter of the schools in the valley have closed.",
			want: []wantFact{{value: 25, category: Other, source: "UNICEF"}}},
		{name: "the world body is the United Nations as the text names it",
			body: "The U.N. has appealed for funds. Nearly 600,000 people have fled since January, the world body said.",
			want: []wantFact{{value: 600000, category: Displaced, qual: Approx, source: "U.N."}}},
		{name: "a since after a list of places in the main clause",
			body: "In all, about 3,000 families have moved into schools, mosques or tents since Monday, the council said.",
			pub:  "2021-03-05",
			want: []wantFact{{value: 3000, category: Sheltered, qual: Approx, period: "2021-03-01"}}},
		{name: "the same period as the sentence before",
			body: "Since Tuesday, police have stopped 4,000 crossings, a spokesman said. In the same period, 150 people who got across were detained, he said.",
			pub:  "2021-03-05",
			want: []wantFact{{value: 4000, category: Other, period: "2021-03-02"}, {value: 150, category: Other, period: "2021-03-02"}}},
		{name: "the speaker's relative clause after a quotation is not the figure's",
			body: "“Our camp was built for 200 families. Now there are more than 500,” said Omar Haddad, who fled the town in January.",
			pub:  "2021-03-05",
			want: []wantFact{{value: 200, category: Other}, {value: 500, category: Sheltered, qual: AtLeast, period: "-"}}},
		{name: "thousands of us count the speaker's people",
			body: "“There were tens of thousands of us on the road out of the valley,” said Leyla Omar.",
			want: []wantFact{{value: 10000, category: Displaced, qual: AtLeast, unit: "people", source: "Leyla Omar"}}},
	})
}

func TestExtract_Heldout96Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a military label with a verb that counts no deployment",
			body: "Fighting went on around the town through the night, and shelling hit the villages to the north, residents said.\n\nThe toll so far:\n\n- Rebel fighters \"neutralised\", according to the army: 1,200\n- Civilians killed: 40",
			want: []wantFact{{value: 1200, category: Other}, {value: 40, category: Killed}}},
		{name: "a column of people moved out of their shelters, beside one of settlements hit",
			body: "Heavy snow collapsed tents across the valley overnight, and the river flooded low-lying camps, aid workers said.\n\nThe agency's count by district:\n\nDistrict | Settlements hit | Refugees moved out\nNorth | 120 | 2\u202f300\nSouth | 45 | 640",
			want: []wantFact{{value: 120, category: Other, unit: "settlements"}, {value: 2300, category: Displaced},
				{value: 45, category: Other, unit: "settlements"}, {value: 640, category: Displaced}}},
		{name: "a table compiled by a body of a town",
			body: "Bulldozers moved into the settlements on Monday, and families hurried to pull down their own walls first, residents said.\n\nFigures compiled by the municipality of Valleyton, as of Monday evening:\n\nArea | Structures | Demolished\nNorth | 400 | 120\nSouth | 250 | 60",
			want: []wantFact{{value: 400, category: Other, source: "municipality of Valleyton"}, {value: 120, category: Other, source: "municipality of Valleyton"},
				{value: 250, category: Other, source: "municipality of Valleyton"}, {value: 60, category: Other, source: "municipality of Valleyton"}}},
	})
}
