package corpus

import "testing"

// Classes found on the sixty-fourth and sixty-fifth held-out sets, in
// text of our own.
func TestExtract_Heldout64Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "'one day' after a modal is no figure",
			body: "He hopes the family can one day go home; 300 families have fled the town since May.",
			want: []wantFact{{value: 300, category: Displaced}}},
		{name: "what a new centre will each hold is its capacity",
			body: "The minister said the two new sites would each hold up to 3,000 people.",
			want: []wantFact{{value: 3000, category: Other}}},
		{name: "what centres are able to hold each is their capacity",
			body: "The plan is to open camps able to house up to 2,500 people each by spring.",
			want: []wantFact{{value: 2500, category: Other}}},
		{name: "people who could return are no projection of displacement",
			body: "The governor said up to 40,000 could return this summer if the roads reopened.",
			want: []wantFact{{value: 40000, category: Other}}},
		{name: "a death told after an apposition",
			body: "One woman, a nurse from the town, was shot dead at the checkpoint on Monday.",
			want: []wantFact{{value: 1, category: Killed}}},
		{name: "agencies that expect a number are its source",
			body: "Aid agencies expect the figure to climb to 90,000 if the shelling continues.",
			want: []wantFact{{value: 90000, category: AtRisk, source: "Aid agencies"}}},
	})
}

func TestExtract_Heldout64Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a caption with figures from a body named in full, then its acronym",
			body: "Main figures from the World Food Programme (WFP):\n\n- Families in camps: about 12,000\n- Families without shelter: 800",
			want: []wantFact{{value: 12000, category: Sheltered, source: "WFP"},
				{value: 800, category: Unsheltered, source: "WFP"}}},
		{name: "a caption whose figures come from a ministry set off by commas, and a total row",
			body: "The numbers, from the Ministry of Migration Policy, are as follows:\n\nTown | Residents of the camps\nKaravas | 3\u202f100\nPerama | 2\u202f400\nTotal | 5\u202f500",
			want: []wantFact{{value: 3100, category: Sheltered, source: "Ministry of Migration Policy", location: "Karavas"},
				{value: 2400, category: Sheltered, source: "Ministry of Migration Policy", location: "Perama"},
				{value: 5500, category: Sheltered, source: "Ministry of Migration Policy", location: "-"}}},
	})
}

// An interview introduced by "X, a ..., spoke to <the outlet>": the
// answers are X's, not the outlet's.
func TestExtract_InterviewSpokeToOutlet(t *testing.T) {
	a := &Article{Name: "t", Publisher: "The Hill Courier", Body: "Omar Haddad, who runs a clinic in the camp, spoke to The Hill Courier last week.\n\n" +
		"Q: How many people do you see?\n\n" +
		"A: We treat about 200 patients a day.\n\n" +
		"Q: And the camp?\n\n" +
		"A: It holds 14,000 people now."}
	checkSources(t, a, "Omar Haddad", "Omar Haddad")
}

// An explainer printed as Q: and A: with nobody interviewed: the answers
// are the outlet's own, and their attributions stand.
func TestExtract_ExplainerQandA(t *testing.T) {
	a := &Article{Name: "t", Publisher: "The Hill Courier", Body: "Floods hit the camps this week. Here is what we know.\n\n" +
		"Q: How many people were hit?\n\n" +
		"A: About 5,000 people lost their tents, the UN said.\n\n" +
		"Q: Where?\n\n" +
		"A: Some 40 camps lie in the valley."}
	checkSources(t, a, "UN", "reporter")
}

func TestDataFrom(t *testing.T) {
	checkEach(t, "dataFrom", dataFrom, map[string]string{
		"Key figures from OCHA for northwest Syria:":                                                       "OCHA",
		"Figures from the Office for the Coordination of Humanitarian Affairs (OCHA):":                     "OCHA",
		"The data, from the Ministry of Health, show:":                                                     "Ministry of Health",
		"Figures from the camps:":                                                                          "",
		"Figures from The Times:":                                                                          "",
		"Figures from the Duhok governorate's Board of Relief and Humanitarian Affairs (BRHA), as of 3pm:": "BRHA",
		"Figures from the Lebanese Red Cross for the Bekaa, as of 4pm:":                                    "Lebanese Red Cross",
		"Figures from the Office for the Coordination of Humanitarian Affairs, as of noon:":                "Office for the Coordination of Humanitarian Affairs",
	})
}

func TestExtract_Heldout64Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a country whose name ends in a statement verb",
			body: "The United States said on Monday it would send about 500 more troops to the region.",
			want: []wantFact{{value: 500, category: Troops, source: "United States"}}},
		{name: "what an organisation found in a survey",
			body: "Aid groups doubt it: the IRC found in a poll that fewer than 10 percent of the families planned to leave.",
			want: []wantFact{{value: 10, category: Other, source: "IRC"}}},
	})
}

func TestTotalRow(t *testing.T) {
	checkEach(t, "totalRow", func(line string) bool { return totalRow(line, span{0, len(line)}) }, map[string]bool{
		"Total | 39 716":      true,
		"- Overall: 5,500":    true,
		"Total\t12,000":       true,
		"Totally 400 people":  false,
		"All 400 people fled": false,
		"Samos | 7 765":       false,
	})
}

func TestAuthorityCountry(t *testing.T) {
	checkEach(t, "authorityCountry", func(s string) string { return authorityCountry(appendTokens(nil, s, 0, len(s))) }, map[string]string{
		"Greek police said they had stopped 900 attempts.":        "Greece",
		"the Turkish coastguard put the number at 76,000":         "Turkey",
		"the Turkish interior ministry put it at 76,000":          "",
		"Russian military police patrol the 400 km strip":         "",
		"Turkish troops crossed with 200 vehicles.":               "",
		"Kurdish authorities said 300 families had arrived.":      "",
		"A Greek woman and her 3 children waited at the station.": "",
	})
}

func TestExtract_Heldout64Locations(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a country's police, with no place named",
			body: "Bulgarian police said they had turned back 1,200 people overnight.",
			want: []wantFact{{value: 1200, category: Other, location: "Bulgaria"}}},
	})
}
