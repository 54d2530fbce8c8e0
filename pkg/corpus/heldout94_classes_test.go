package corpus

import "testing"

// Classes found on the ninety-fourth and ninety-fifth held-out sets, in
// text of our own.

func TestExtract_Heldout94Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "supplies are counted by whom they serve",
			body: "The lorries carried enough food for 25,000 people for a fortnight, as well as blankets for some 6,000 children, the agency said.",
			want: []wantFact{{value: 25000, category: Other}, {value: 6000, category: Other, qual: Approx}}},
		{name: "a restatement restates the count of its own size",
			body: "Lebanon, which hosts about 900,000 registered refugees, shut the crossing after gunmen killed four guards. Beirut says the true figure is closer to 1.5 million.",
			want: []wantFact{{value: 900000, category: Refugees, qual: Approx}, {value: 4, category: Killed}, {value: 1500000, category: Refugees, qual: Approx}}},
		{name: "people without proper shelter after a comma",
			body: "Officials say some 5,000 people are camping beyond the fence in the fields, without proper shelter.",
			want: []wantFact{{value: 5000, category: Unsheltered, qual: Approx}}},
		{name: "a child who drowned, after an apposition",
			body: "One child, a six-year-old boy, drowned on Monday when the river flooded the camp, rescuers said.",
			want: []wantFact{{value: 1, category: Killed}}},
		{name: "one man who speaks is not a count",
			body: "“We walked for two days,” one woman from Saraqeb told him.",
			want: nil},
		{name: "part of a count that could be moved is a projection",
			body: "About 20,000 people live in the camp. Up to 12,000 of them could be relocated under the scheme, an official said.",
			want: []wantFact{{value: 20000, category: Sheltered, qual: Approx}, {value: 12000, category: AtRisk, qual: AtMost}}},
		{name: "asylum claims are no speaker",
			body: "Dozens had been waiting two years for a ruling on their asylum claims.",
			// How long they have waited counts nothing (ANNOTATION.md: the
			// length of a stay is no fact).
			want: []wantFact{{value: 12, category: Other, qual: AtLeast, source: "reporter"}}},
		{name: "refugees registered with an agency are no speaker",
			body: "Lebanon, which hosts 900,000 refugees registered with the UN agency, sealed the crossing after a blast killed four guards.",
			want: []wantFact{{value: 900000, category: Refugees, source: "reporter"}, {value: 4, category: Killed, source: "reporter"}}},
		{name: "a title held in a city, then the person",
			body: "About 5,000 refugees have gone home since March, the agency's representative in Beirut Lina Farouk said. More than 70 percent of those who stayed live in poverty, she added.",
			want: []wantFact{{value: 5000, category: Other, qual: Approx, source: "Lina Farouk"}, {value: 70, category: Other, qual: AtLeast, source: "Lina Farouk"}}},
	})
}

func TestExtract_Heldout94Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "columns headed by a noun and a participle count that noun",
			body: "Heavy rain flooded the valley overnight, and the river burst its banks near the larger camps, aid workers said.\n\nThe agency's count by district:\n\nDistrict | Camps flooded | Damaged shelters\nNorth | 12 | 1\u202f400\nSouth | 9 | 730",
			want: []wantFact{{value: 12, category: Other, unit: "camps"}, {value: 1400, category: Other, unit: "shelters"},
				{value: 9, category: Other, unit: "camps"}, {value: 730, category: Other, unit: "shelters"}}},
	})
}
