package corpus

import "testing"

// Classes found on the three-hundred-and-eighty-fourth to three-hundred-
// and-eighty-seventh held-out sets, in text of our own.

func TestExtract_Heldout384Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "the people one shelter houses",
			body: "He said the tent houses nine people, four of them children.",
			want: []wantFact{{value: 9, category: Other}, {value: 4, category: Other, unit: "children"}}},
		{name: "a part set off by a comma after patients",
			body: "The hospital said it had treated 12 protesters, three of them for burns.",
			want: []wantFact{{value: 12, category: Other, unit: "protesters"}, {value: 3, category: Other}}},
	})
}

func TestExtract_Heldout384Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "related, subscription and support lines in Latvian, Hungarian, Indonesian and Kenyan English",
			body: "About 300 families fled the town on Monday, officials said.\n\nSaistītie raksti: 4 Latvians join border mission\nDigitális előfizetés havi 1990 Ft-tól\nBerlangganan koran digital: Rp 50.000 per bulan.\nSupport local journalism: send KSh 50 via M-Pesa to Paybill 123456.\n\nThe border stayed shut on Tuesday.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}
