package corpus

import "testing"

// Classes found on the five-hundred-and-eighth to five-hundred-and-
// eleventh held-out sets, in text of our own.

func TestExtract_Heldout508Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "prisoners a force holds",
			body: "The SDF, which fought the Islamic State group for years, says it holds about 9,000 suspected jihadists in its prisons, between 1,000 and 2,000 of them foreigners.",
			want: []wantFact{{value: 9000, category: Other, qual: Approx}, {value: 1000, category: Other, qual: Range}}},
		{name: "a town's residents, of whom a share left",
			body: "He reckoned about a third of the town's 45,000 residents had left to stay with relatives further south.",
			want: []wantFact{{value: 33.33, category: Other, qual: Approx}, {value: 45000, category: Other}}},
		{name: "a town that had inhabitants before the war",
			body: "She works in Atmeh, a border village that had about 12,000 inhabitants before the war.",
			want: []wantFact{{value: 12000, category: Other, qual: Approx}}},
		{name: "families who come in every night",
			body: "Hundreds of families come in every night, and most have moved twice already.",
			want: []wantFact{{value: 100, category: Displaced, qual: AtLeast}}},
		{name: "a count added after its clause",
			body: "\"We walked through the night to reach the border, maybe 60 of us,\" he said.",
			want: []wantFact{{value: 60, category: AtRisk, qual: Approx}}},
		{name: "a part set off inside the clause is no added count",
			body: "The monitor said at least 11 displaced people, including six children, had died of cold since January 1.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 11, category: Killed, qual: AtLeast}, {value: 6, category: Killed}}},
		{name: "new families registered, hedged",
			body: "He said the council had registered nearly 2,500 new families since Sunday.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 2500, category: Displaced, qual: Approx}}},
		{name: "people registered on arrival",
			body: "The office said 41,000 people had been registered on arrival in Azaz and surrounding villages.",
			want: []wantFact{{value: 41000, category: Displaced}}},
	})
}

func TestHeader_Heldout508Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a radio station's masthead with its frequency",
			page: "Kwara 99.1 FM\nThe Voice of the Middle Belt\nHome | News | World\nA headline for the story\nFebruary 21, 2020 | 7:42 pm | Kwara FM News Desk | Source: AFP\n" + storyLine +
				"\n© 2020 Kwara FM Ilorin. All rights reserved.\n",
			publisher: "Kwara FM"},
		{name: "a radio station's masthead that says radio",
			page:      "Valley Radio 88.4 FM\nHome | News | World\nA headline for the story\nFebruary 21, 2020\nBy Valley Radio News\n" + storyLine,
			publisher: "Valley Radio"},
	})
}

func TestLayout_Heldout508Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a boastful tagline, then a quoted question headline with a deck",
			page: "Shannonside People\nShannonside's No. 1 independent newspaper\nNews | Sport | Farming | Contact\nHome / News / Features\n" +
				"‘When the water comes, where do the families go?’\nA nurse from the town on the front line of the camps\nFriday 28 June 2019\nBy Aoife Kenny\n\n" +
				"About 300 tents flooded in the camp overnight, officials said.\n",
			title: "‘When the water comes, where do the families go?’"},
	})
}
