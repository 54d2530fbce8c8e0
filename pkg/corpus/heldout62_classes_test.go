package corpus

import "testing"

// Classes found on the sixty-second and sixty-third held-out sets, in
// text of our own.
func TestExtract_Heldout62Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "temperatures are no figures",
			body: "Night temperatures drop to minus 7 degrees Celsius in the camps.",
			want: nil},
		{name: "money in rupees and won",
			body: "Subscribe for Rs 999 a year; the grant of 1.2 billion won runs out in December.",
			want: nil},
	})
}

func TestExtract_Heldout62Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "labelled items that count troops, and one that counts their dead",
			body: "The figures, according to officials:\n\n- Troops already pulled out of the two towns: between 200 and 300\n- Troops who could remain near the oil fields: up to 200\n- Soldiers killed since October: 12",
			want: []wantFact{{value: 200, category: Troops}, {value: 200, category: Troops}, {value: 12, category: Killed}}},
	})
}

func TestMilitaryLabel(t *testing.T) {
	checkEach(t, "militaryLabel", militaryLabel, map[string]bool{
		"Troops at the garrison, who are staying: about ": true,
		"Additional troops ordered to the Gulf: ":         true,
		"Families in the camps: ":                         false,
		"The army said ":                                  false,
	})
}
