package corpus

import "testing"

// Classes found on the three-hundred-and-eightieth to three-hundred-and-
// eighty-third held-out sets, in text of our own.

func TestExtract_Heldout380Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people who lived in a city before the war",
			body: "Before the war about 40,000 Assyrians lived in the city.",
			want: []wantFact{{value: 40000, category: Other, qual: Approx, unit: "Assyrians"}}},
		{name: "a province where people live",
			body: "Hama province, where some two million people live, is under attack.",
			want: []wantFact{{value: 2e6, category: Other, qual: Approx}}},
		{name: "a town's residents number",
			body: "The mayor said the town hosts about 50,000 Syrian refugees, while its Lebanese residents number some 30,000.",
			want: []wantFact{{value: 50000, category: Refugees, qual: Approx}, {value: 30000, category: Other, qual: Approx}}},
		{name: "a nurse's age",
			body: "The retired nurse, 63, had read the reports.",
			want: nil},
		{name: "a second span of time with its unit left out",
			body: "“We can manage for one week, maybe two,” he said.",
			want: nil},
	})
}

func TestExtract_Heldout380Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a live page's dotted clocks after Kl. on their own lines",
			body: "Live: the border crisis\n\nKl. 10.15\nGreek officials said 300 people had crossed overnight.\n\nKl. 12.40\nPolice spokesman Nikos Ioannou said 40 people were arrested near Kastanies.\n\nKl. 14.05\nThe coastguard said 120 people had landed on Lesbos.\n",
			want: []wantFact{{value: 300, category: Displaced}, {value: 40, category: Other}, {value: 120, category: Displaced}}},
		{name: "a table of the displaced by place",
			body: "Fighting has driven about 270,000 people from their homes, the UN says.\n\nThe UN gave this breakdown:\n\nWhere the displaced are | People\nNear the Nassib crossing | 60,000\nQuneitra, along the Golan frontier | 164,000\n",
			want: []wantFact{{value: 270000, category: Displaced, qual: Approx}, {value: 60000, category: Displaced}, {value: 164000, category: Displaced}}},
		{name: "a Croatian subscription line",
			body: "About 300 families fled the town on Monday, officials said.\n\nPretplatite se na tiskano izdanje: 12 mjeseci za 800 kuna.\n\nThe border stayed shut on Tuesday.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}
