package corpus

import "testing"

// Classes found on the five-hundred-and-sixty-fourth to five-hundred-and-
// sixty-seventh held-out sets, in text of our own.

func TestExtract_Heldout564Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an island glossed as a site is not a camp",
			body: "About 5,000 people are now crowded into the Vial camp on Chios, a site built for some 1,000. " +
				"Around 300 people reached Chios on Tuesday, the coastguard said.",
			want: []wantFact{
				{value: 5000, category: Sheltered, unit: "people"},
				{value: 1000, category: Other, unit: "people"},
				{value: 300, category: Displaced, unit: "people"},
			}},
		{name: "troops do not carry into another paragraph",
			body: "Turkey has poured around 7,000 troops into Idlib since early February.\n\n" +
				"Back in Hazano, a farmer looks at the road north. \"If the bombing reaches Idlib city, another 500,000 could come,\" he said.",
			want: []wantFact{
				{value: 7000, category: Troops, unit: "troops"},
				{value: 500000, category: AtRisk, unit: "people"},
			}},
		{name: "a fight's length before two words that describe it",
			body: "Ankara launched the 40-day air and ground campaign on March 2.",
			want: []wantFact{{value: 40, category: Other, unit: "days"}}},
		{name: "years in a job past an agency's acronym",
			body: "Aminata Diallo grew up in Tambacounda and has worked for the UN World Food Programme (WFP) in the Middle East for 12 years.",
			want: nil},
		{name: "years coordinating a team",
			body: "Petr Novak, 45, grew up in Olomouc and has coordinated a Czech aid team in northern Iraq for seven years.",
			want: nil},
		{name: "a family's size after whose",
			body: "\"We came with nothing,\" said Umm Khaled, 38, whose four children share a single mattress in the tent.",
			want: []wantFact{{value: 4, category: Other, unit: "children"}}},
		{name: "a night spent on the quayside",
			body: "Hundreds of people spent the night on the quayside at Chios after residents blocked the buses.",
			want: []wantFact{{value: 100, category: Unsheltered, qual: AtLeast, unit: "people"}}},
		{name: "an aid programme's reach",
			body: "\"We still feed about 300,000 refugees a month inside Lebanon,\" she said.",
			want: []wantFact{{value: 300000, category: Other, qual: Approx, unit: "refugees"}}},
		{name: "refugees leaving in organised convoys",
			body: "In May, about 2,000 refugees left Arsal for the Qusayr region in organised convoys.",
			want: []wantFact{{value: 2000, category: Other, qual: Approx, unit: "refugees"}}},
		{name: "a community's size",
			body: "Hagop, 50, runs a relief committee set up in 2013 by members of Qamishli's Assyrian community, which numbered some 40,000 before the war.",
			want: []wantFact{{value: 40000, category: Other, qual: Approx, unit: "people"}}},
		{name: "a price in manat",
			body: "Subscribe to the paper: 6 manat a month.",
			want: nil},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout564Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a camp named before the island it is on",
			body: "Vial on Chios, a site built for fewer than 1,000 people, had close to 5,000.",
			want: []wantFact{
				{value: 1000, category: Other, qual: AtMost, unit: "people"},
				{value: 5000, category: Sheltered, qual: Approx, unit: "people"},
			}},
		{name: "other units carry into another paragraph",
			body: "Some 30,000 Palestinian refugees from Syria are in Lebanon, UNRWA says.\n\n" +
				"Another 17,500 are in Jordan, the agency said.",
			want: []wantFact{
				{value: 30000, category: Refugees, qual: Approx, unit: "refugees"},
				{value: 17500, category: Refugees, unit: "refugees"},
			}},
		{name: "people an agency prepares to feed who could be uprooted",
			body: "The World Food Programme said it was preparing to feed as many as 200,000 people who could be uprooted in the coming weeks.",
			want: []wantFact{{value: 200000, category: AtRisk, qual: AtMost, unit: "people"}}},
		{name: "people in one tent stay sheltered",
			body: "\"Now we are 12 people in one tent,\" he said.",
			want: []wantFact{{value: 12, category: Sheltered, unit: "people"}}},
	})
}
