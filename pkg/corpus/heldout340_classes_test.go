package corpus

import "testing"

// Classes found on the three-hundred-and-fortieth to three-hundred-and-
// forty-third held-out sets, in text of our own.

func TestExtract_Heldout340Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a figure put closer to another",
			body: "The UN says 200,000 people have fled since June 19. Jordanian officials put the figure closer to 250,000.",
			pub:  "2018-07-02",
			want: []wantFact{{value: 200000, category: Displaced, period: "2018-06-19"}, {value: 250000, category: Displaced, qual: Approx, period: "2018-06-19"}}},
		{name: "a one-off intake",
			body: "About 300 families fled. The town paid them a one-off grant.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}

func TestExtract_Heldout340Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a live blog's clock before the speaker",
			body: "Follow our live coverage. All times are local.\n\n18:31 hrs\nGreek police said they had stopped 9,000 attempts to cross since Saturday morning.\n\n17:02 hrs\nThe border stayed shut, officials said.\n",
			want: []wantFact{{value: 9000, category: Other, source: "Greek police"}}},
		{name: "trial and subscription offers",
			body: "About 300 families fled the town on Monday, officials said.\n\nAid groups said another 200 families were expected to arrive on Tuesday.\n\nRead more: New water lines for 15 villages\n\nFå nyhetsbrevet vårt! Prøv avisen i 30 dager for kr 1.\nHelp our community journalism: a one-year subscription costs P1,200.\n© 2020 Some Outlet. All rights reserved.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}, {value: 200, category: AtRisk}}},
	})
}

func TestExtract_Heldout340Sources(t *testing.T) {
	runSourceCase(t, "Some outlet\nA headline for the story\n\nThe camp burned down on Tuesday.\n\nThe camp by the numbers (UNHCR figures before the fire):\n- Population: about 12,000\n- Children: about 4,000\n", 2, "UNHCR")
	runSourceCase(t, "Some outlet\nA headline for the story\n\nThe islands went on strike on Wednesday.\n\nIsland camps at a glance (figures from the Greek citizen protection ministry, Jan. 19):\n- Lesbos: 19,000\n- Samos: 7,000\n", 2, "Greek citizen protection ministry")
}
