package corpus

import "testing"

// Classes found on the two-hundred-and-sixty-eighth to two-hundred-and-
// seventy-first held-out sets, in text of our own.

func TestExtract_Heldout268Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "families still arriving in the camps each day",
			body: "The council said at least 200 families were still arriving in the camps near the border each day.",
			want: []wantFact{{value: 200, category: Displaced, qual: AtLeast}}},
		{name: "families forced out of their shelters",
			body: "Dozens of families have already been forced out of their shelters and are sleeping in tents lent by neighbours, volunteers said.",
			want: []wantFact{{value: 12, category: Displaced}}},
	})
}

func TestExtract_Heldout268Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "an Albanian read-more line",
			body: "About 300 tents flooded overnight.\n\nLexo më shumë: 20 vjet nga dëbimi – kujtimet e 1999\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

// A French interview's answers open with "R." (réponse): the guest the
// introduction presents.
func TestExtract_Heldout268FrenchAnswers(t *testing.T) {
	page := "SAHELZINE\nL'info du Sahel\nAccueil | Monde\nAn aid worker on the demolitions\nPublié le 4 mars 2020\nPar la rédaction\n\n" +
		"Sahelzine spoke to Mariam Ouattara, 41, who runs shelter work in the valley.\n\nQ. How many families have lost their homes?\n\n" +
		"R. Since Monday, maybe 60 families have had to move into tents.\n\nQ. What do they need?\n\nR. We have handed out 200 tarpaulins.\n\n© Sahelzine 2020\n"
	runSourceCase(t, page, 2, "Mariam Ouattara")
}

func TestExtract_Heldout268Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a credit compiled by a desk with an agency",
			page: "The Weekly Courier\nThe valley's weekly | Est. 2012\nHome | News | World\nWorld / Europe / Live\nRain floods hundreds of tents in camps near the border\nMarch 3, 2020 | Last update 18:20 CAT\nCompiled by The Weekly Courier online desk with Reuters\n",
			wire: "Reuters"},
	})
}
