package corpus

import "testing"

// Classes found on the hundredth and hundred-and-first held-out sets, in
// text of our own.

func TestExtract_Heldout100Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a description known by its acronym is the acronym",
			body: "The U.N. children's agency, known as UNICEF, says about 9,000 children have fled since March.",
			want: []wantFact{{value: 9000, category: Displaced, qual: Approx, source: "UNICEF"}}},
		{name: "an agency named with its acronym set off by commas, then called the agency",
			body: "Funds will go through the U.N. migration agency, IOM, and local groups.\n\nMore than 4,000 people have crossed since Friday. About 60 percent are women and children, the agency said.",
			want: []wantFact{{value: 4000, category: Displaced, qual: AtLeast, source: "reporter"}, {value: 60, category: Other, qual: Approx, source: "IOM"}}},
		{name: "what is feared after a condition",
			body: "Aid workers fear that if the truce breaks down, as many as 200,000 more people could flee.",
			want: []wantFact{{value: 200000, category: AtRisk, qual: AtMost, source: "Aid workers"}}},
		{name: "groups that warn in the present",
			body: "Charities warn that up to 20,000 more people could reach the coast by summer.",
			want: []wantFact{{value: 20000, category: AtRisk, qual: AtMost, source: "Charities"}}},
		{name: "a tally given by a body in the next sentence",
			body: "Some 800 people have landed on Samos since Monday. The tally was given by the Hellenic coast guard.",
			want: []wantFact{{value: 800, category: Displaced, qual: Approx, source: "Hellenic coast guard"}}},
	})
}

func TestExtract_Heldout100Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a zone so many kilometres deep is a length, not a zone's number",
			body: "The forces must leave a zone 25 km deep along the river.",
			want: []wantFact{{value: 25, category: Other, unit: "km"}}},
		{name: "a share after a two-word hedge opens its clause",
			body: "More than a quarter had spent the night outside, she said.",
			want: []wantFact{{value: 25, category: Other, qual: AtLeast}}},
		{name: "a figure that includes a part",
			body: "At least 40 civilians have been killed since Monday, a figure that includes 9 children.",
			want: []wantFact{{value: 40, category: Killed, qual: AtLeast}, {value: 9, category: Killed}}},
		{name: "a count in brackets after and is the same kind of count",
			body: "Lebanon, which hosts about 900,000 Syrian refugees (and tens of thousands of Iraqis), closed the crossing.",
			want: []wantFact{{value: 900000, category: Refugees, qual: Approx}, {value: 10000, category: Refugees, qual: AtLeast}}},
		{name: "into and around a camp is one clause",
			body: "About 12,000 people crowd into and around a camp built for 2,500.",
			want: []wantFact{{value: 12000, category: Sheltered, qual: Approx}, {value: 2500, category: Other}}},
	})
}
