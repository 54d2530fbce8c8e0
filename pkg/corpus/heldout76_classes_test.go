package corpus

import "testing"

// Classes found on the seventy-sixth and seventy-seventh held-out sets, in
// text of our own.

func TestExtract_Heldout76Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a plan to send refugees back is no displacement",
			body: "The government says it wants to send a million refugees back across the river.",
			want: []wantFact{{value: 1000000, category: Other}}},
		{name: "people who receive aid are counted for the aid",
			body: "A convoy will leave on Monday to distribute food parcels to some 3,000 families in the valley.",
			want: []wantFact{{value: 3000, category: Other}}},
		{name: "tents for up to a number of people are room",
			body: "The council is putting up tents for up to 2,000 people at the sports ground.",
			want: []wantFact{{value: 2000, category: Other}}},
		{name: "people who could spend the winter without a roof are at risk",
			body: "Aid groups warn that as many as 6,000 people could face the winter without a roof.",
			want: []wantFact{{value: 6000, category: AtRisk}}},
		{name: "people who slept for a night on the road are unsheltered",
			body: "Hundreds slept for a third night on the road out of the valley.",
			want: []wantFact{{value: 100, category: Unsheltered}}},
		{name: "volunteers and doctors who leave for a mission are at work",
			body: "A team of 14 volunteers will leave for the valley on Monday. A second team of about 20 doctors and nurses would follow in May.",
			want: []wantFact{{value: 14, category: Other}, {value: 20, category: Other}}},
		{name: "a force named in capitals counts troops",
			body: "The ministry said about 400 Peshmerga had been sent to the border.",
			want: []wantFact{{value: 400, category: Troops}}},
		{name: "a count of years with a half",
			body: "After six and a half years of war, many have fled more than once.",
			want: []wantFact{{value: 6.5, category: Other}}},
	})
}

func TestExtract_Heldout76Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a body named with capitals, later in lower case",
			body: "More than 900 people have reached the island since Sunday, the Island Coast Guard said. Of those, 300 were children, the coast guard said.",
			want: []wantFact{{value: 900, category: Displaced, source: "Island Coast Guard"}, {value: 300, category: Displaced, source: "Island Coast Guard"}}},
		{name: "'the mayor' after the mayor was named",
			body: "\"The town is full,\" said Mayor Anna Berg. As many as 5,000 more people could arrive within weeks, the mayor warned.",
			want: []wantFact{{value: 5000, category: AtRisk, source: "Anna Berg"}}},
		{name: "honorifics before a name, and the given name alone later",
			body: "The team will hand out 2,000 blankets, the charity's president Datuk Dr Aminah Yusof said. Aminah said 40 volunteers had signed up.",
			want: []wantFact{{value: 2000, category: Other, source: "Aminah Yusof"}, {value: 40, category: Other, source: "Aminah Yusof"}}},
		{name: "'she' is no group quoted inside her words",
			body: "\"Many families told us they burned plastic to keep warm,\" Aminah Yusof said. \"We met 11 people in one tent,\" she said.",
			want: []wantFact{{value: 11, category: Sheltered, source: "Aminah Yusof"}}},
	})
}

func TestFurnitureLines_Heldout76(t *testing.T) {
	checkEach(t, "labelledCount", labelledCount, map[string]bool{
		"Comments (12)":        true,
		"Σχόλια (0)":           true,
		"Refugees (in Greece)": false,
		"Camp 4 (12)":          false,
		"Comments":             false,
	})
	checkEach(t, "contactLine", contactLine, map[string]bool{
		"Send us news: news@valleypost.gr | 22510 29999":     true,
		"Write to desk@example.org":                          true,
		"About 4,000 people fled on Monday, officials said.": false,
		"Follow us @valleypost":                              false,
	})
	checkEach(t, "agencyCaption", agencyCaption, map[string]bool{
		"Villagers carry their belongings along a flooded road. — AFP": true,
		"Families wade through the camp on Friday. – AP Photo":         true,
		"Families wade through the camp on Friday. (Reuters)":          true,
		"More than 4,000 families fled - the UN said":                  false,
	})
}
