package corpus

import "testing"

// Classes found on the two-hundredth to two-hundred-and-third held-out
// sets, in text of our own.

func TestExtract_Heldout200Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a list item that is a whole sentence with its own source",
			body: "The toll so far, by the monitors' count:\n\n- The Observatory says 40 civilians have been killed on the Syrian side.\n- More than 3,000 have crossed into Iraq since October 9, the UN refugee agency says.\n",
			pub:  "2019-10-20",
			want: []wantFact{{value: 40, category: Killed}, {value: 3000, category: Displaced, qual: AtLeast}}},
		{name: "newborns who died",
			body: "Three newborns died in the camp last week, the clinic said.",
			want: []wantFact{{value: 3, category: Killed}}},
		{name: "counts before the verb that kills the last of them",
			body: "The monitor says at least 90 civilians, 12 of them children, and more than 100 fighters have been killed since March 1.",
			pub:  "2020-03-20",
			want: []wantFact{{value: 90, category: Killed, qual: AtLeast, period: "2020-03-01"}, {value: 12, category: Killed}, {value: 100, category: Killed, qual: AtLeast}}},
		{name: "a figure completing a comparison",
			body: "The UN's count of registered Syrian refugees in the country is lower, about 250,000.",
			want: []wantFact{{value: 250000, category: Refugees, qual: Approx}}},
		{name: "newly arrived families registered",
			body: "The council said it had registered 2,300 newly arrived families.",
			want: []wantFact{{value: 2300, category: Displaced, unit: "families"}}},
		{name: "families who came back",
			body: "Of the families who left, five have come back.",
			want: []wantFact{{value: 5, category: Other}}},
		{name: "the families a survey asked",
			body: "In the camp we asked 210 families about their plans.",
			want: []wantFact{{value: 210, category: Other}}},
		{name: "an age limit after aged",
			body: "Nearly a third of the displaced are aged under five.",
			want: []wantFact{{value: 33.33, category: Other, qual: Approx}}},
		{name: "what a donation buys for one family",
			body: "A donation of EUR 40 buys a blanket kit for one family.",
			want: nil},
		{name: "a bare count whose predicate names a part",
			body: "Some 700,000 people have fled since December. About 80 percent of them are women and children, and some 400,000 are children.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 700000, category: Displaced, qual: Approx}, {value: 80, category: Other, qual: Approx}, {value: 400000, category: Displaced, qual: Approx, unit: "children"}}},
		{name: "more of the things counted before",
			body: "The warehouse holds 1,500 tents, but we will need at least 2,000 more before the winter.",
			want: []wantFact{{value: 1500, category: Other, unit: "tents"}, {value: 2000, category: Other, qual: AtLeast, unit: "tents"}}},
	})
}

func TestExtract_Heldout200Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Burmese date with the year written in full",
			page: "Yangon Weekly\nRain floods hundreds of tents in camps near the border\n၂၀၂၀ ပြည့်နှစ်၊ ဖေဖော်ဝါရီလ ၂၁ ရက်\n", published: "2020-02-21"},
		{name: "a story compiled from an agency's reports",
			page: "Accra Online\nGhana's Leading News Portal\nNews | World\nHome › News › World\nRain floods hundreds of tents in camps near the border\n" +
				"First published: 09.09.2020 06:52 GMT\nCompiled by the Accra Online World Desk from AFP reports\nShare: Facebook | Twitter\n", wire: "AFP"},
		{name: "a masthead in capitals with a number, signed in mixed case below",
			page: "NEWS 24 LESOTHO\nLesotho's News Leader | Media Group\nHome | National | World\nHome > World\nRain floods hundreds of tents in camps near the border\n" +
				"Published: 2019-07-03 11:20 | Source: Xinhua\n" + storyLine + "\nGet the News 24 Lesotho newsletter from M50 a month.\n© 2019 Media Group Lesotho. All rights reserved.\n",
			publisher: "News 24 Lesotho"},
	})
}
