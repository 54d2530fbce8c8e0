package corpus

import "testing"

// Classes found on the hundred-and-fourth and hundred-and-fifth held-out
// sets, in text of our own.

func TestExtract_Heldout104Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "fighters an army fights alongside are deployed, not killed like the count before",
			body: "At least 40 soldiers have been killed since Monday. The government says it is fighting alongside some 9,000 opposition fighters.",
			want: []wantFact{{value: 40, category: Killed, qual: AtLeast}, {value: 9000, category: Troops, qual: Approx}}},
		{name: "fighters taking part in the operation are deployed",
			body: "About 6,000 rebel fighters are taking part in the offensive, officials said.",
			want: []wantFact{{value: 6000, category: Troops, qual: Approx}}},
		{name: "people forcing their way through a crossing are at the border",
			body: "Police fired tear gas at hundreds of people trying to force their way through the crossing from the east.",
			want: []wantFact{{value: 100, category: AtRisk, qual: AtLeast}}},
		{name: "shelter prepared for so many is room, not people",
			body: "The council says it has prepared shelter for up to 20,000 people in three camps.",
			want: []wantFact{{value: 20000, category: Other, qual: AtMost}, {value: 3, category: Other}}},
		{name: "children among those who fled fled",
			body: "A spokeswoman said at least 9,000 children are among those who have fled.",
			want: []wantFact{{value: 9000, category: Displaced, qual: AtLeast}}},
		{name: "people who never registered count no speaker, nor does a clause after says",
			body: "Lebanon, which hosts about 900,000 registered refugees (plus some 200,000 who never registered), says it cannot cope.",
			want: []wantFact{{value: 900000, category: Refugees, qual: Approx, source: "reporter"}, {value: 200000, qual: Approx, category: Refugees, source: "reporter"}}},
	})
}

func TestExtract_Heldout104Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a table of camps counts people in camps, not its total or a camp's number",
			body: "Arrivals went on through the night, and buses took families from the crossing to the camps, officials said.\n\nThe agency gave this breakdown of where the new arrivals are living:\n\nCamp            Province       Refugees\nNorth Hill      Duhok          4\u00a0200\nRiver 2         Duhok            310\nTotal                          4\u00a0510",
			want: []wantFact{{value: 4200, category: Sheltered}, {value: 310, category: Sheltered}, {value: 4510, category: Refugees}}},
	})
}

func TestExtract_Heldout104Interview(t *testing.T) {
	body := "Marie-Claire Dufour, 51, runs a charity's clinics near the border. She came back last week.\n\n" +
		"*The UN counts 600,000 displaced. What does that look like?*\n\n" +
		"Marie-Claire Dufour: The camps stretch for 8 kilometres.\n\n" +
		"*How many sleep outside?*\n\nAbout 40,000 people, we think.\n\n" +
		"*And the cold?*\n\nIt is the worst in years.\n\n*What do you need?*\n\nTents."
	// The question credits its figure to the body it names, as the
	// annotators do ("*The United Nations counts close to 900,000 ...*"
	// in heldout104 is the United Nations'); the answers are hers.
	checkSources(t, parseArticle("t", "A headline for the page\n\n"+body), "UN", "Marie-Claire Dufour", "Marie-Claire Dufour")
}
