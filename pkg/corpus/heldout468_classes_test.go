package corpus

import "testing"

// Classes found on the four-hundred-and-sixty-eighth to four-hundred-
// and-seventy-first held-out sets, in text of our own.

func TestExtract_Heldout468Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a family's size behind an adjective of age",
			body: "He came to the camp in 2017 with his four young daughters.",
			want: []wantFact{{value: 4, category: Other}}},
		{name: "the places a camp has, as a list item",
			body: "Places at Domiz camp: 9,500",
			want: []wantFact{{value: 9500, category: Other}}},
		{name: "children who had frostbite",
			body: "About 30 families fled the village overnight. Three of the children had frostbite.",
			want: []wantFact{{value: 30, category: Displaced, qual: Approx}, {value: 3, category: Other}}},
		{name: "children who died of dehydration are dead",
			body: "At least nine children have died of dehydration in the border camps, doctors said.",
			want: []wantFact{{value: 9, category: Killed, qual: AtLeast}}},
		{name: "a daily flow through a crossing",
			body: "\"There were 300 people a day coming through the gate in March,\" a guard said.",
			want: []wantFact{{value: 300, category: Displaced}}},
		{name: "the whole of the refugees a country hosts, within a plan",
			body: "Ankara wants to move some of the 3.6 million Syrian refugees it hosts into the strip.",
			want: []wantFact{{value: 3.6e6, category: Refugees}}},
		{name: "the size of a plan for the refugees a country hosts",
			body: "Ankara wants to resettle 1 million of the refugees it hosts in the strip.",
			want: []wantFact{{value: 1e6, category: Other}}},
		{name: "a one that stresses the tent counts nothing",
			body: "\"We have lived in this one tent since March,\" she said.",
			want: nil},
		{name: "us in a tent",
			body: "\"There are 13 of us in a tent near the wall,\" he said.",
			want: []wantFact{{value: 13, category: Other}}},
		{name: "the room another site has",
			body: "At the second site we can put another 3,000 people.",
			want: []wantFact{{value: 3000, category: Other}}},
		{name: "a second account's real number, at most",
			body: "The ministry said 40,000 migrants had crossed the river by noon. Police said the real number was at most 6,000.",
			want: []wantFact{{value: 40000, category: Displaced}, {value: 6000, category: Displaced, qual: AtMost}}},
	})
}

func TestPage_Heldout468Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a question and its answer's turn in one paragraph",
			body: "Ms Dahl has just come back from the camp.\n\nThe Courier: How many people live in the camp now?\nDahl: The agency says about 12,500 people.\n",
			want: []wantFact{{value: 12500, category: Sheltered, qual: Approx}}},
	})
}
