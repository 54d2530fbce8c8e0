package corpus

import "testing"

// Classes found on the hundred-and-twenty-sixth and
// hundred-and-twenty-seventh held-out sets, in text of our own.

func TestExtract_Heldout126Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people moved to safer sites were displaced",
			body: "People moved to safer sites: 3,100",
			want: []wantFact{{value: 3100, category: Displaced}}},
		{name: "personnel of a defence force are troops",
			body: "About 60 South African Defence Force personnel are based at the airfield, training local soldiers.",
			want: []wantFact{{value: 60, category: Troops, qual: Approx}}},
		{name: "a site being prepared for more families is room",
			body: "A second site was being prepared for another 900 families, the manager said.",
			want: []wantFact{{value: 900, category: Other}}},
		{name: "a planned transfer from the islands is no projection",
			body: "The minister said the government would move 8,000 asylum seekers from the islands to the mainland.",
			want: []wantFact{{value: 8000, category: Other}}},
		{name: "a region that shelters refugees hosts them",
			body: "The region already shelters nearly 90,000 Syrian refugees from earlier waves.",
			want: []wantFact{{value: 90000, category: Refugees, qual: Approx}}},
		{name: "a camp that shelters people holds them",
			body: "The camp already shelters nearly 9,000 people.",
			want: []wantFact{{value: 9000, category: Sheltered, qual: Approx}}},
		{name: "a multiplier is no count",
			body: "The camp has grown five-fold in a year.",
			want: nil},
		{name: "French money",
			body: "L'ONU réclame 300 millions de dollars pour la région.",
			want: nil},
		{name: "people pushed back across a river",
			body: "He said police had pushed at least 30 people from his group back across the river overnight.",
			want: []wantFact{{value: 30, category: Other, qual: AtLeast}}},
	})
}
