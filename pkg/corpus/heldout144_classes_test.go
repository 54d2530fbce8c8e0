package corpus

import "testing"

// Classes found on the hundred-and-forty-fourth to hundred-and-forty-seventh
// held-out sets, in text of our own.

func TestExtract_Heldout144Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a share of the count set off by commas before its verb",
			body: "The United Nations says 60,000 people, about 70 percent of them women and children, have been driven from their homes in the valley.",
			want: []wantFact{{value: 60000, category: Displaced}, {value: 70, category: Other, qual: Approx}}},
		{name: "a price with the euro sign after it",
			body: "Subscribe to the digital edition for 4,99 € a month.",
			want: nil},
		{name: "a country that itself shelters refugees hosts them",
			body: "Chad itself shelters more than 300,000 refugees from Sudan.",
			want: []wantFact{{value: 300000, category: Refugees, qual: AtLeast}}},
		{name: "an assault that could uproot people",
			body: "Aid groups warned that an assault on the valley could uproot up to 50,000 more people.",
			want: []wantFact{{value: 50000, category: AtRisk, qual: AtMost}}},
		{name: "patients with infections are no deaths",
			body: "In the settlements nobody died, but our clinic saw more than 30 children with chest infections in the first two days.",
			want: []wantFact{{value: 30, category: Other, qual: AtLeast}}},
		{name: "cash given to families counts aid recipients",
			body: "The agency said it gave winter cash to some 20,000 refugee families this season.",
			want: []wantFact{{value: 20000, category: Other, qual: Approx}}},
		{name: "a named person's age as a predicate",
			body: "A patient of mine, Samira, is 31 and has four children.",
			want: []wantFact{{value: 4, category: Other}}},
		{name: "how long a journey took",
			body: "They came after a journey that took three days on crowded roads.",
			want: nil},
		{name: "a neighbouring country as the source",
			body: "Neighbouring Bulgaria said it had sent 600 soldiers to the frontier.",
			want: []wantFact{{value: 600, category: Troops, source: "Bulgaria"}}},
	})
}

func TestExtract_Heldout144Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "read-also lines in Welsh, Montenegrin, Uzbek and River Plate Spanish",
			body: "About 300 tents flooded overnight.\n\nDarllenwch fwy: Mosque collects 3 tonnes of blankets\nPročitajte još: 5 stvari o ratu\nShuningdek o‘qing: 2 new crossings open\nLeé también: 42 refugiados llegaron\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
		{name: "a newsletter line that promises the inbox",
			body: "About 300 tents flooded overnight.\n\nGet our top 5 stories in your inbox every morning at 7:00.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}
