package corpus

import "testing"

// Classes found on the sixtieth and sixty-first held-out sets, in text of
// our own.
func TestExtract_Heldout60Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people registered as displaced are displaced",
			body: "The UN says 40,000 people have registered as displaced in the towns south of the city.",
			want: []wantFact{{value: 40000, category: Displaced}}},
		{name: "arrivals an agency plans for are at risk",
			body: "She said it was planning for up to 30,000 arrivals in the region by the end of the year.",
			want: []wantFact{{value: 30000, category: AtRisk}}},
	})
}

func TestExtract_Heldout60Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a list caption that says 'its breakdown' of the group named before",
			body: "About a third of those uprooted have ended up near the crossing, the Valley Response Network estimated.\n\nIts breakdown of where the displaced are now staying:\n\n- In camps: about 41,000 people\n- In the open: more than 8,000",
			want: []wantFact{{value: 33.33, category: Other, unit: "percent", source: "Valley Response Network"},
				{value: 41000, category: Sheltered, source: "Valley Response Network"},
				{value: 8000, category: Unsheltered, source: "Valley Response Network"}}},
	})
}

// An interview printed as Q: and A:, the answers the person the
// introduction presents.
func TestExtract_InterviewQandA(t *testing.T) {
	a := &Article{Name: "t", Publisher: "The Valley Gazette", Body: "Rania Saleh, a doctor who works at a clinic in the valley, spoke to the Gazette on Friday.\n\n" +
		"Q: How bad is it?\n\n" +
		"A: The storm destroyed 40 tents in one camp alone.\n\n" +
		"Q: And the others?\n\n" +
		"A: About 9,000 people need shelter, the UN says."}
	checkSources(t, a, "Rania Saleh", "UN")
}
