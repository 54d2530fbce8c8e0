package corpus

import "testing"

// Classes found on the five-hundred-and-twentieth to five-hundred-and-
// twenty-third held-out sets, in text of our own.

func TestExtract_Heldout520Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "new arrivals a council has registered",
			body: "In Mare, the local council says it has registered 12,000 new arrivals since January.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 12000, category: Displaced}}},
		{name: "families who opened schools' doors took in",
			body: "Schools in the town have opened their doors to around 900 displaced families, the Red Crescent said.",
			want: []wantFact{{value: 900, category: Sheltered, qual: Approx}}},
		{name: "stocks that could feed people",
			body: "He said aid stocks already across the border could feed around 90,000 people if the crossing opened.",
			want: []wantFact{{value: 90000, category: Other, qual: Approx}}},
		{name: "refugees taken each year under a quota",
			body: "The minister told the paper that the country would keep taking 750 refugees a year under its refugee quota and had no plans for an emergency intake.",
			want: []wantFact{{value: 750, category: Refugees}}},
		{name: "a phone number in dashed groups",
			body: "Anyone wishing to give can reach the group at 867-993-0142 or drop by the office.",
			want: nil},
		{name: "people massed in the open near a crossing",
			body: "About 20,000 of them have massed in the open near the Jaber crossing, the coordinator said.",
			want: []wantFact{{value: 20000, category: AtRisk, qual: Approx}}},
		{name: "nights in a field on one side of a crossing",
			body: "At Ipsala, on the Turkish side of the crossing, he said he was among a group of 30 people who had spent three nights in a field.",
			want: []wantFact{{value: 30, category: AtRisk}}},
		{name: "a number that could reach a range later",
			body: "The minister said 9,000 migrants had crossed since Friday and that the number could reach 12,000 to 15,000 later in the day.",
			pub:  "2020-02-29",
			want: []wantFact{{value: 9000, category: Displaced}, {value: 12000, category: AtRisk, qual: Range}}},
	})
}
