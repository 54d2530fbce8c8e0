package corpus

import "testing"

// Classes found on the three-hundred-and-forty-fourth to three-hundred-
// and-forty-seventh held-out sets, in text of our own.

func TestExtract_Heldout344Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a lower estimate is a noun",
			body: "The administration said 150,000 people had been forced from their homes. The UN office OCHA gave a lower estimate of about 120,000 on Monday.",
			want: []wantFact{{value: 150000, category: Displaced, source: "administration"}, {value: 120000, category: Displaced, qual: Approx, source: "OCHA"}}},
		{name: "a part of the troops",
			body: "About 500 of the roughly 900 U.S. troops in the region are being moved to Iraq, the Pentagon said.",
			want: []wantFact{{value: 500, category: Troops, qual: Approx, unit: "troops"}, {value: 900, category: Troops, qual: Approx}}},
	})
}

func TestHeader_Heldout344Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Maghrebi Arabic month",
			page:      "A headline for the story\nالخميس 20 فيفري 2020 | 10:15\n" + storyLine,
			published: "2020-02-20"},
	})
}
