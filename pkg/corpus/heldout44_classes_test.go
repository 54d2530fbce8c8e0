package corpus

import "testing"

// Classes found on the forty-fourth and forty-fifth held-out sets, in
// text of our own.
func TestExtract_Heldout44Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a person's name after a long title",
			body: "Greek Migration and Asylum Minister Notis Mitarakis said 2,000 people had landed since Sunday.",
			pub:  "2020-03-03",
			want: []wantFact{{value: 2000, category: Displaced, source: "Notis Mitarakis"}}},
		{name: "relatives of a group's members who escaped are no displacement",
			body: "Some 400 relatives of foreign Islamic State members escaped from the camp on Sunday.",
			want: []wantFact{{value: 400, category: Other}}},
		{name: "another count of people after a count of camps",
			body: "About 3,000 people are living in three camps near the town, and another 900 are sleeping in the open.",
			want: []wantFact{{value: 3000, category: Sheltered}, {value: 3, category: Other}, {value: 900, category: Unsheltered}}},
		{name: "another count of things after a count of things",
			body: "Shelling hit 12 schools on Monday and another 4 on Tuesday.",
			want: []wantFact{{value: 12, category: Other, unit: "schools"}, {value: 4, category: Other, unit: "schools"}}},
		{name: "a second source puts the figure at a range",
			body: "The UN says 90,000 people have fled the town. Local officials put the figure much higher, at between 120,000 and 150,000.",
			want: []wantFact{{value: 90000, category: Displaced}, {value: 120000, category: Displaced}}},
		{name: "a bracketed part between a count and its verb",
			body: "Officials said 2\u00a0300 civilians (610 of them children) left the besieged district through the corridor on Tuesday.",
			want: []wantFact{{value: 2300, category: Displaced}, {value: 610, category: Displaced}}},
		{name: "families on a waiting list are not waiting at a border",
			body: "She said more than 900 families in Irbid remain on the organisation's waiting list.",
			want: []wantFact{{value: 900, category: Other}}},
		{name: "families waiting at a crossing are at risk",
			body: "Some 300 families were waiting at the crossing on Friday.",
			want: []wantFact{{value: 300, category: AtRisk}}},
		{name: "people moved to a hall are sheltered there",
			body: "A further 180 were moved overnight to a sports hall in the town.",
			want: []wantFact{{value: 180, category: Sheltered}}},
	})
}

func TestExtract_Heldout44Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "an agency's figures named in a table's caption; a row label that starts with a participle",
			body: "The latest IOM figures for the islands (as of 30 November):\n\nRegistered refugees ............ 38\u00a0200\nIn the camps .................... 31\u00a0400\nIn hotels ....................... 2\u00a0100",
			want: []wantFact{{value: 38200, source: "IOM", category: Refugees}, {value: 31400, source: "IOM", category: Sheltered}, {value: 2100, source: "IOM", category: Sheltered}}},
	})
}

func TestPersonAfterTitle(t *testing.T) {
	name := func(s string) string { return joinTokens(personAfterTitle(tokenize(s, 0, len(s)))) }
	checkEach(t, "personAfterTitle", name, map[string]string{
		"Greek Citizen Protection Minister Michalis Chrysochoidis": "Michalis Chrysochoidis",
		"Pirate Party leader Ivan Bartos":                          "Ivan Bartos",
		"Ministry of Interior":                                     "Ministry of Interior",
		"Deputy Minister of Health Affairs":                        "Deputy Minister of Health Affairs",
		"the minister Ali Saleh":                                   "the minister Ali Saleh",
	})
}
