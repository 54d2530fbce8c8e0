package corpus

import "testing"

// Classes found on the hundred-and-eighth and hundred-and-ninth held-out
// sets, in text of our own.

func TestExtract_Heldout108Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a last count with only its place shares the verb before it",
			body: "At least 40 civilians have been killed in the valley, and 12 in the border towns.",
			want: []wantFact{{value: 40, category: Killed, qual: AtLeast}, {value: 12, category: Killed}}},
		{name: "but only so many in another year",
			body: "The country admitted 9,000 Syrian refugees in 2016 but only 80 in 2018, official figures show.",
			want: []wantFact{{value: 9000, category: Refugees}, {value: 80, category: Refugees}}},
		{name: "a count with its own noun keeps its own category",
			body: "Some 10 million people have fled, including 5 million refugees abroad and 5 million internally displaced people.",
			want: []wantFact{{value: 10000000, category: Displaced, qual: Approx}, {value: 5000000, category: Refugees}, {value: 5000000, category: Displaced}}},
		{name: "refugees registered in a country count no speaker",
			body: "The agency said the returnees were a small share of the 500,000 Syrians registered in the country (about 2 percent).",
			want: []wantFact{{value: 500000, category: Other, source: "agency"}, {value: 2, category: Other, qual: Approx, source: "agency"}}},
		{name: "the war monitor is the monitor named before",
			body: "Strikes killed 11 civilians in Ariha, the Britain-based Syrian Observatory for Human Rights said. The war monitor says more than 300 civilians have been killed this year.",
			want: []wantFact{{value: 11, category: Killed, source: "Syrian Observatory for Human Rights"}, {value: 300, category: Killed, qual: AtLeast, source: "Syrian Observatory for Human Rights"}}},
		{name: "a dotted clock at the end of a sentence is a time",
			body: "Coverage resumes tomorrow from 7.30.",
			want: nil},
	})
}

func TestExtract_Heldout108Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a table of destinations counts people who went there",
			body: "Most families went south to the towns held by the government, aid workers at the crossing said on Monday.\n\nOther destinations (agency figures):\n\nLocation       People\nNorth Town     2\u202f400\nRiver Bend     1\u202f150",
			want: []wantFact{{value: 2400, category: Displaced}, {value: 1150, category: Displaced}}},
	})
}
