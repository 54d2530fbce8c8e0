package corpus

import "testing"

// Classes found on the three-hundred-and-twentieth to three-hundred-and-
// twenty-third held-out sets, in text of our own.

func TestExtract_Heldout320Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "days of an activity after after",
			body: "About 300 families fled. The convoy left after six days of deliveries.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
		{name: "a figure another source speaks of",
			body: "The UN says 120,000 people have fled since Monday. Local officials speak of 200,000.",
			pub:  "2019-10-16",
			want: []wantFact{{value: 120000, category: Displaced, period: "2019-10-14"}, {value: 200000, category: Displaced, period: "2019-10-14"}}},
		{name: "a camp's population put higher",
			body: "Convoys brought food for the roughly 30,000 people who live in the camp. Damascus puts the camp's population higher, at about 45,000.",
			want: []wantFact{{value: 30000, category: Sheltered, qual: Approx}, {value: 45000, category: Sheltered, qual: Approx, source: "Damascus"}}},
		{name: "people of us sleeping in the same tent",
			body: "About 300 families fled the town. \"Now 12 of us sleep in the same tent,\" she said.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}, {value: 12, category: Other}}},
		{name: "people a spokesman receives each day",
			body: "\"We are receiving between 200 and 400 people a day,\" a UNHCR spokesman said.",
			want: []wantFact{{value: 200, category: Displaced, qual: Range}}},
		{name: "a town's guests alongside its own people",
			body: "Arsal, a town that hosts about 50,000 Syrians alongside its 30,000 Lebanese residents, is under the order.",
			want: []wantFact{{value: 50000, category: Refugees, qual: Approx, unit: "Syrians"}, {value: 30000, category: Other}}},
		{name: "a range of hours in the morning",
			body: "About 300 families fled. They reach the camp at three or four in the morning.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
		{name: "people sleeping along the road",
			body: "More than 9,000 people who lived in the camp spent the night sleeping along the road to the port.",
			want: []wantFact{{value: 9000, category: Unsheltered, qual: AtLeast}}},
		{name: "people who came in on buses",
			body: "On Monday night alone about 700 people came in on buses from the border.",
			want: []wantFact{{value: 700, category: Displaced, qual: Approx}}},
		{name: "someone's family of a size",
			body: "About 300 families fled. Her family of seven will sleep under a sheet of plastic.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}, {value: 7, category: Other}}},
		{name: "children among those uprooted",
			body: "Some 700,000 people have been uprooted since December, the UN said. About 300,000 children are among those uprooted.",
			pub:  "2020-02-10",
			want: []wantFact{{value: 700000, category: Displaced, qual: Approx, period: "2019-12-01"}, {value: 300000, category: Displaced, qual: Approx, period: "2019-12-01"}}},
		{name: "a real number said to be lower",
			body: "The UN counted about 40,000 people in the camp last year. \"I think the real number is lower now, perhaps 30,000,\" she said.",
			want: []wantFact{{value: 40000, category: Sheltered, qual: Approx}, {value: 30000, category: Sheltered, qual: Approx}}},
	})
}
