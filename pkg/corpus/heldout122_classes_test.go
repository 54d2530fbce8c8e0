package corpus

import "testing"

// Classes found on the hundred-and-twenty-second and
// hundred-and-twenty-third held-out sets, in text of our own.

func TestExtract_Heldout122Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people who depend on aid need it",
			body: "Roughly 1.1m people in the north depend on aid driven across the border from Iraq, the office said.",
			want: []wantFact{{value: 1100000, category: Other, qual: Approx}}},
		{name: "people pulled from the water were rescued",
			body: "A boat carrying 30 people sank, and 28 of them were pulled from the water.",
			want: []wantFact{{value: 30, category: Displaced}, {value: 28, category: Other}}},
		{name: "a plan to move refugees into a zone is a plan",
			body: "Ankara says it hopes to move up to 1 million Syrian refugees into the strip.",
			want: []wantFact{{value: 1000000, category: Other, qual: AtMost}}},
		{name: "refugees moved to safer ground were displaced",
			body: "Refugees moved to safer ground: 2\u00a0300",
			want: []wantFact{{value: 2300, category: Displaced}}},
		{name: "an aside of both their nationalities leaves the verb to the count",
			body: "Police said two other people, both Lebanese, died in road accidents.",
			want: []wantFact{{value: 2, category: Killed}}},
		{name: "families in settlements who could lose their tents if a condition holds",
			body: "If the frost returns, as many as 4,000 more families in informal settlements could see their tents collapse, the council warned.",
			want: []wantFact{{value: 4000, category: AtRisk, qual: AtMost}}},
		{name: "how long the rain fell is no count",
			body: "Rain fell for four days, and 300 tents flooded.",
			want: []wantFact{{value: 300, category: Other}}},
		{name: "a town shelled for days: how long, and then who fled",
			body: "The town was shelled for eight days, and 2,000 people fled.",
			want: []wantFact{{value: 2000, category: Displaced}}},
	})
}

func TestParseArticle_PipeCounters(t *testing.T) {
	a := parseArticle("t", "Floods sweep the camps as the river rises\nTuesday, March 3rd 2021 - 08:41 UTC\n[Photo: Families wade through a flooded camp. (Photo: EFE)]\nFull article | 2 comments | Share: Facebook | Twitter\n\nMafraq, March 2 (EFE).- Heavy rain flooded 300 tents overnight.\n")
	if a.Body != "Heavy rain flooded 300 tents overnight." {
		t.Errorf("body = %q", a.Body)
	}
}
