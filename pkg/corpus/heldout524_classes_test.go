package corpus

import "testing"

// Classes found on the five-hundred-and-twenty-fourth to five-hundred-and-
// twenty-seventh held-out sets, in text of our own.

func TestExtract_Heldout524Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "arrivals after 'or so' and a relative clause",
			body: "Only 90 people came ashore on Chios overnight, against the 2,400 or so who landed on the island last week.",
			want: []wantFact{{value: 90, category: Displaced}, {value: 2400, category: Displaced, qual: Approx}}},
		{name: "a count set off by a dash after the clause of those who left",
			body: `"The whole of our street in Ras al-Ain left in one night — perhaps 60 families," he said.`,
			want: []wantFact{{value: 60, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "tents sized by the people they serve",
			body: "The governor said tents for 18,000 people were being trucked to the border area.",
			want: []wantFact{{value: 18000, category: Other}}},
		{name: "new arrivals local councils registered",
			body: "The local councils told the agency on Friday they had registered about 12,000 new arrivals in Azaz.",
			want: []wantFact{{value: 12000, category: Displaced, qual: Approx}}},
		{name: "a part of the shelters counts shelters",
			body: "Soldiers said families had taken apart nearly 800 of the shelters themselves before the deadline.",
			want: []wantFact{{value: 800, category: Other, qual: Approx, unit: "shelters"}}},
		{name: "years spent in a tent after which someone moved",
			body: "She came to Cork in 2018 with her three sons, after almost five years in a tent outside Zahle.",
			want: []wantFact{{value: 3, category: Other, unit: "sons"}}},
		{name: "an age in brackets before where someone is from",
			body: "Ciara Brennan (41), from Ballina, has run the charity's work in Lebanon since 2015.",
			want: nil},
		{name: "a temperature written with the scale's letter",
			body: "Temperatures at the camp reached 42 C on Sunday, and 300 people needed treatment for heat stroke.",
			want: []wantFact{{value: 300, category: Other}}},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout524Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "tents for people still to come are a projection",
			body: "Aid workers said they were putting up tents for a further 2,000 people expected by Friday.",
			want: []wantFact{{value: 2000, category: AtRisk}}},
		{name: "years of war after 'after' still count",
			body: "After more than eight years of war, 6 million Syrians have fled the country.",
			want: []wantFact{{value: 8, category: Other, qual: AtLeast, unit: "years"}, {value: 6000000, category: Displaced}}},
		{name: "aircraft named by a letter and a number stay counts",
			body: "The air force sent 12 F-16 jets to the base.",
			want: []wantFact{{value: 12, category: Other}}},
	})
}
