package corpus

import "testing"

// Classes found on the hundred-and-eighteenth and hundred-and-nineteenth
// held-out sets, in text of our own.

func TestExtract_Heldout118Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a plan to send a part of them back is no count of refugees",
			body: "Ankara hosts 3.6 million Syrians and wants to send as many as 1 million of them back.",
			want: []wantFact{{value: 3600000, category: Refugees}, {value: 1000000, category: Other, qual: AtMost}}},
		{name: "sending soldiers to back up the police is a deployment",
			body: "Greece is sending another 300 soldiers to the border region to back up the police.",
			want: []wantFact{{value: 300, category: Troops}}},
		{name: "people living near the border are a population",
			body: "Some 200,000 people live close to the border, the agency said.",
			want: []wantFact{{value: 200000, category: Other, qual: Approx}}},
		{name: "a part named by a participle after 'of those'",
			body: "Officials said 40,000 people had fled. Of those displaced, about 15,000 are children.",
			want: []wantFact{{value: 40000, category: Displaced}, {value: 15000, category: Displaced, qual: Approx}}},
		{name: "a share set off by commas leaves the whole its predicate",
			body: "The evictions have left about 6,000 people, more than half of them children, without a roof.",
			want: []wantFact{{value: 6000, category: Unsheltered, qual: Approx}, {value: 50, category: Other, qual: AtLeast}}},
		{name: "a share in brackets leaves the whole its predicate",
			body: "Officials said at least 9,000 of those who fled (about a third of them children) were sleeping in schools.",
			want: []wantFact{{value: 9000, category: Sheltered, qual: AtLeast}, {value: 33.33, category: Other, qual: Approx}}},
		{name: "a share aside that says where tells nothing of the whole",
			body: "The region hosts about 90,000 Syrian refugees, about 40 percent of them in camps, the agency said.",
			want: []wantFact{{value: 90000, category: Refugees, qual: Approx}, {value: 40, category: Other, qual: Approx}}},
		{name: "a relative clause between the subject and its verb",
			body: "The local council that runs the district put the number higher, at 48,000.",
			want: []wantFact{{value: 48000, category: Other, source: "local council"}}},
		{name: "its latest figures are the organisation's just named",
			body: "There are 91\u00a0400 Syrian refugees registered with the UN refugee agency (UNHCR) in Egypt, according to its latest figures.",
			want: []wantFact{{value: 91400, category: Refugees, source: "UNHCR"}}},
		{name: "agencies working somewhere are the agencies",
			body: "About 700 shelters were demolished, according to aid agencies working in the town.",
			want: []wantFact{{value: 700, category: Other, qual: Approx, source: "aid agencies"}}},
		{name: "over three days is how long",
			body: "Volunteers took down some 40 tents over three days.",
			want: []wantFact{{value: 40, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout118Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "residents beside a centre or its capacity live in it",
			body: "The camps in numbers (agency figures):\n\n• North Site, Kos: about 4,000 residents, in a centre built for 800 people\n\n• River Site, Leros: 2,100 residents, built for 900 people",
			want: []wantFact{{value: 4000, category: Sheltered, qual: Approx}, {value: 800, category: Other}, {value: 2100, category: Sheltered}, {value: 900, category: Other}}},
	})
}

func TestExtract_Heldout118Periods(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "the rows of a table under an intro with a start count from it",
			pub:  "2019-01-10",
			body: "The agency gave this breakdown of the tents damaged since Sunday:\n\nArea          Tents damaged\nNorth Valley  1\u00a0100\nSouth Plain   450\n\nMore rain is due.",
			want: []wantFact{{value: 1100, category: Other, period: "2019-01-06"}, {value: 450, category: Other, period: "2019-01-06"}}},
		{name: "a labelled item says what it counts, and no start",
			pub:  "2019-10-16",
			body: "The council gave these figures for arrivals since October 9:\n\n- People crossed: 7,100\n- Wounded people treated in hospitals: 38",
			want: []wantFact{{value: 7100, category: Displaced, period: "2019-10-09"}, {value: 38, category: Other}}},
		{name: "a span between two weekdays starts on the first",
			pub:  "2020-03-04",
			body: "Police said they had stopped 9,100 attempts to cross between Saturday morning and Monday evening.",
			want: []wantFact{{value: 9100, category: Other, period: "2020-02-29"}}},
	})
}
