package corpus

import "testing"

// Classes found on the three-hundred-and-fifty-second to three-hundred-
// and-fifty-fifth held-out sets, in text of our own.

func TestExtract_Heldout352Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "days of rain",
			body: "About 300 families fled. The storm brought three days of rain and snow to the valley.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}

func TestExtract_Heldout352Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a subscription and a contest",
			body: "About 300 families fled the town on Monday, officials said.\n\nAid groups said another 200 families were expected to arrive on Tuesday.\n\nSuscribite a El Diario desde $U 190 por mes.\nWin a weekend for two at a mountain resort – enter by 12 March.\n\nThe border stayed shut on Wednesday, officials said.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}, {value: 200, category: AtRisk}}},
	})
}

func TestExtract_Heldout352Sources(t *testing.T) {
	runSourceCase(t, "Some outlet\nA headline for the story\n\nThe offensive entered its second week.\n\nThe region's Kurdish-led administration gives higher numbers. Its figures for the northeast, released on Tuesday:\n- Displaced: 190,000\n- Civilians killed: 210\n", 2, "Kurdish-led administration")
}
