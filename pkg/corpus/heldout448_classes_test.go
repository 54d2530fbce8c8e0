package corpus

import "testing"

// Classes found on the four-hundred-and-forty-eighth to four-hundred-
// and-fifty-first held-out sets, in text of our own.

func TestExtract_Heldout448Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "how long someone may stay, hedged",
			body: "Officials said the families could stay no longer than six weeks.",
			want: nil},
		{name: "a night on one side of the border",
			body: "Hundreds of migrants spent a third night on the Bulgarian side of the border near Lesovo.",
			want: []wantFact{{value: 100, category: AtRisk}}},
		{name: "a night by the gate",
			body: "On the Turkish side, thousands of people spent another night in the fields by the Kapikule gate, hoping to get through.",
			want: []wantFact{{value: 1000, category: AtRisk}}},
		{name: "people in structures that must come down",
			body: "Zahle hosts about 40,000 refugees, and we think some 9,000 of them live in structures that must come down.",
			want: []wantFact{{value: 40000, category: Refugees, qual: Approx}, {value: 9000, category: AtRisk, qual: Approx}}},
		{name: "children a camp has buried",
			body: "A teacher said the settlement had buried at least five children since the snow came.",
			want: []wantFact{{value: 5, category: Killed, qual: AtLeast}}},
		{name: "a cluster of camps that holds people",
			body: "Camp managers near the border told AFP that the Sarmada cluster, a string of some 40 camps spread across the hills, now holds more than 90,000 people.",
			want: []wantFact{{value: 40, category: Other, qual: Approx}, {value: 90000, category: Sheltered, qual: AtLeast}}},
		{name: "people with nothing over their heads",
			body: "\"Hundreds have nothing over their heads.\"",
			want: []wantFact{{value: 100, category: Unsheltered}}},
	})
}

func TestPage_Heldout448Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "an outlet's line about itself above its contact line and copyright",
			body: "About 300 people crossed on Monday.\n\nThe Valley Star is 100 per cent reader owned. Join for $50 a year (12 issues).\nContact the newsroom: news@valleystar.example | (02) 5555 1234\n© Valley Star 2019\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
		{name: "an aid item counted by whom it reached",
			body: "What the convoy delivered:\n\n- about 6,000 families reached with food parcels\n- 2,000 blankets\n",
			want: []wantFact{{value: 6000, category: Other, qual: Approx}, {value: 2000, category: Other}}},
	})
}

func TestSource_Heldout448Classes(t *testing.T) {
	runSourceCase(t, "A headline\n\nWhen Maria Lopez flew home to Cork last month after four months with an aid group in Lebanon, she brought back photographs. The 38-year-old midwife spoke to the Clarion about what she saw.\n\nQ: What did you see?\n\nA: Tents. About 5,000 people live in the settlements I visited.\n\nQ: And the children?\n\nA: About half of them are children.\n\nQ: What next?\n\nA: I will go back.\n", 2, "Maria Lopez")
}
