package corpus

import "testing"

// Classes found on the three-hundred-and-forty-eighth to three-hundred-
// and-fifty-first held-out sets, in text of our own.

func TestExtract_Heldout348Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "what camps could absorb",
			body: "Officials said existing camps could absorb as many as 20,000 more people if the exodus continued.",
			want: []wantFact{{value: 20000, category: Other, qual: AtMost}}},
		{name: "people who have since gone home",
			body: "Some 150,000 people fled the fighting in October. About 60,000 of them have since been able to go home, the UN said.",
			want: []wantFact{{value: 150000, category: Displaced, qual: Approx}, {value: 60000, category: Other, qual: Approx}}},
		{name: "families sharing a tent",
			body: "About 300 families fled. \"Four families are sharing this tent now,\" she said.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}, {value: 4, category: Other}}},
		{name: "people facing the same fate",
			body: "Aid groups say tens of thousands of refugees elsewhere in the country face the same fate.",
			want: []wantFact{{value: 10000, category: AtRisk, qual: AtLeast}}},
		{name: "how long someone farmed or grew up somewhere",
			body: "About 300 families fled. Hassan, 61, has farmed in the valley for 40 years. Their children have grown up here for six years.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
		{name: "winters in a tent",
			body: "About 300 families fled. \"Two winters in a tent nearly killed my youngest,\" she said.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}

func TestExtract_Heldout348Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a Dutch bank-transfer appeal",
			body: "About 300 families fled the town on Monday, officials said.\n\nAid groups said another 200 families were expected to arrive on Tuesday.\n\nStort op BE12 3456 7890 1234 van 11.11.11.\n\nThe border stayed shut on Wednesday, officials said.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}, {value: 200, category: AtRisk}}},
	})
}

func TestExtract_Heldout348Sources(t *testing.T) {
	runSourceCase(t, "Some outlet\nA headline for the story\n\nThe border stayed shut on Saturday.\n\nAT A GLANCE: Syrian refugees in Jordan (UNHCR figures)\n• Registered with UNHCR: 660,000\n• Living in Zaatari camp: about 78,000\n", 2, "UNHCR")
}

func TestHeader_Heldout348Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a you-are-here trail over the headline",
			page:  "Some Outlet\nYou are here: Home / World\nA headline for the story\nSaturday, July 7, 2018\n" + storyLine,
			title: "A headline for the story"},
	})
}
