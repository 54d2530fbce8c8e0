package corpus

import "testing"

// Classes found on the three-hundred-and-ninety-sixth to three-hundred-
// and-ninety-ninth held-out sets, in text of our own.

func TestExtract_Heldout396Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people who could lose their shelters",
			body: "About 500 families could lose their shelters.",
			want: []wantFact{{value: 500, category: AtRisk, qual: Approx}}},
		{name: "the people a station serves",
			body: "The agency says the pumping station, which serves about 200,000 people in the city, is out of action.",
			want: []wantFact{{value: 200000, category: Other, qual: Approx}}},
		{name: "a day's number",
			body: "This is day nine of the offensive.",
			want: nil},
		{name: "a participle after a bare figure is no unit",
			body: "more than 90,000 sheltering close to the frontier in Quneitra",
			want: []wantFact{{value: 90000, category: AtRisk, qual: AtLeast, unit: "people"}}},
		{name: "people sheltering in camps near a border",
			body: "300,000 people sheltering in camps close to the Turkish border",
			want: []wantFact{{value: 300000, category: Sheltered}}},
		{name: "the families a charity works with",
			body: "Sara Lind: We work with about 900 families in the camps around the town.",
			want: []wantFact{{value: 900, category: Other, qual: Approx, unit: "families"}}},
	})
}
