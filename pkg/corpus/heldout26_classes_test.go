package corpus

import "testing"

// Classes found on the twenty-sixth and twenty-seventh held-out sets, in
// text of our own.
func TestExtract_Heldout26Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a numbered list: the numbers are no figures, each item names its source",
			body: "Key figures since the storm began on 3 May, as compiled by the agency:\n1. Displaced: about 9,000 people (Valley Relief Council)\n2. Killed in the valley: 14 (Health Office)\n3. Tents delivered: 1,200",
			want: []wantFact{
				{value: 9000, category: Displaced, source: "Valley Relief Council", period: "2021-05-03"},
				{value: 14, category: Killed, source: "Health Office", period: "2021-05-03"},
				{value: 1200, category: Other}},
			pub: "2021-05-20"},
		{name: "a document's owner gives the figures of the list it introduces",
			body: "The Valley Relief Council's update on Monday gave the following figures:\n\n- People displaced since 1 May: 9,000\n- Tents delivered: 1,200",
			want: []wantFact{
				{value: 9000, category: Displaced, source: "Valley Relief Council", period: "2021-05-01"},
				{value: 1200, category: Other, source: "Valley Relief Council"}},
			pub: "2021-05-20"},
	})
}

func TestExtract_Heldout26Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "armed forces members deployed",
			body: "About 500 Canadian Armed Forces members are deployed in Iraq.",
			want: []wantFact{{value: 500, category: Troops}}},
		{name: "asylum seekers now on the islands",
			body: "More than 42,000 asylum seekers are now on the islands, according to the agency.",
			want: []wantFact{{value: 42000, category: Refugees}}},
		{name: "asylum seekers there are on the islands",
			body: "The agency said there were already about 38,000 asylum seekers on the islands.",
			want: []wantFact{{value: 38000, category: Refugees}}},
		{name: "the number of nationals in a country put at a figure",
			body: "The government puts the number of Syrians in Lebanon at 1.5m. Officials put the number of Iraqis in the country at around half a million.",
			want: []wantFact{{value: 1500000, category: Refugees}, {value: 500000, category: Refugees}}},
		{name: "an age used as a noun before from",
			body: "Karim, a 24-year-old from the coast, said 300 people slept in the field.",
			want: []wantFact{{value: 300, category: Unsheltered}}},
		{name: "a moment after some days",
			body: "She reached the camp with her six children after two days on the road.",
			want: []wantFact{{value: 6, category: Other}}},
		{name: "years of war after which",
			body: "The exodus is the largest after nine years of war.",
			want: []wantFact{{value: 9, category: Other}}},
	})
}

func TestExtract_Heldout26Tables(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a table registered by an agency, and the story under it",
			body: "Arrivals registered by the Valley Crisis Centre (VCC) since May 4, by crossing point:\n\nCrossing point     People arrived\nNorth Gate         1\u00a0200\nRiver Ford         900\n\nAmal Saleh, 31, arrived at North Gate on Sunday with her husband and three children.",
			pub:  "2021-05-20",
			want: []wantFact{
				{value: 1200, category: Displaced, source: "VCC", location: "North Gate", period: "2021-05-04"},
				{value: 900, category: Displaced, source: "VCC", location: "River Ford", period: "2021-05-04"},
				{value: 3, category: Other, source: "reporter"}}},
	})
}

func TestNumberedItem(t *testing.T) {
	checkEach(t, "numberedItem", numberedItem, map[string]int{
		"1. Displaced: about 9,000 people": 3,
		"12) Trump steps into the room":    4,
		"1.5 million people fled":          0,
		"2019. The year began":             0,
		"3. the town was emptied":          0,
		"7.":                               0,
	})
}

func TestItemSource(t *testing.T) {
	checkEach(t, "itemSource", itemSource, map[string]string{
		"Civilians killed: 72 (Syrian Observatory for Human Rights)": "Syrian Observatory for Human Rights",
		"Displaced: more than 160,000 (OCHA).":                       "OCHA",
		"Children: 93 (of them 12 infants)":                          "",
		"Kara camp: 2,400 people (610 families)":                     "",
		"Tents: 1,200":                                               "",
	})
}

// Furniture found on the twenty-sixth held-out set, in text of our own.
func TestParseArticle_Heldout26Furniture(t *testing.T) {
	in := "A headline\n\nThe council said 2,000 people fled.\n\nLicense this article\nMOST VIEWED IN WORLD\n1. Floods hit the valley\n2. Talks stall in the capital\nCopyright © 2021"
	if a := parseArticle("x", in); a.Body != "The council said 2,000 people fled." {
		t.Errorf("body %q", a.Body)
	}
}

func TestAgentAfter(t *testing.T) {
	checkEach(t, "agentAfter", agentAfter, map[string]string{
		"Arrivals registered by the Valley Region’s Joint Crisis Centre (JCC) since May 4, by crossing point:": "JCC",
		"Key figures, as compiled by Valley News Agency:":                                                      "Valley News Agency",
		"Figures collected by the Office of the Governor:":                                                     "Office of the Governor",
		"Families moved by bus to the camps:":                                                                  "",
		"Tents registered by volunteers:":                                                                      "",
	})
}
