package corpus

import "testing"

// Classes found on the four-hundred-and-eighth to four-hundred-and-eleventh
// held-out sets, in text of our own.

func TestExtract_Heldout408Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a country that is sheltering refugees",
			body: "The prime minister said Jordan was sheltering 1.3 million Syrians and could take no more.",
			want: []wantFact{{value: 1300000, category: Refugees}}},
		{name: "children in the next tent",
			body: "\"Three children in the next tent have a fever,\" she said.",
			want: []wantFact{{value: 3, category: Other}}},
		{name: "families in the tent next to ours",
			body: "Two families sleep in the tent next to ours.",
			want: []wantFact{{value: 2, category: Other}}},
		{name: "the homes of children at stake",
			body: "A charity said the homes of about 8,000 children were at stake.",
			want: []wantFact{{value: 8000, category: AtRisk, qual: Approx, unit: "children"}}},
		{name: "a noun after such",
			body: "The agency counts some 2,000 such structures in the valley.",
			want: []wantFact{{value: 2000, category: Other, unit: "structures"}}},
		{name: "camp managers who report arrivals",
			body: "Camp managers in the valley said between 200 and 300 families had arrived in the past week.",
			want: []wantFact{{value: 200, category: Displaced, qual: Range}}},
		{name: "an opening phrase that names a border",
			body: "Near the border with Jordan, an estimated 40,000 people are sheltering in farms and villages, the agency said.",
			want: []wantFact{{value: 40000, category: AtRisk, qual: Approx}}},
		{name: "refugees returning to their country",
			body: "This year the agency has verified around 9,000 refugees returning to Syria from Jordan.",
			want: []wantFact{{value: 9000, category: Other, qual: Approx}}},
		{name: "a count that has since risen",
			body: "The agency said its staff had counted 8,000 people at the border crossing, and that the number had since risen to over 10,000.",
			want: []wantFact{{value: 8000, category: AtRisk}, {value: 10000, category: AtRisk, qual: AtLeast}}},
		{name: "an aid group's reach",
			body: "An aid group says it has reached more than 120,000 people in northern Syria since October, when its winter appeal began.",
			want: []wantFact{{value: 120000, category: Other, qual: AtLeast}}},
		{name: "killing one and wounding several",
			body: "Police opened fire on the crowd, killing one and wounding four.",
			want: []wantFact{{value: 1, category: Killed}, {value: 4, category: Other}}},
		{name: "families who took their own walls down",
			body: "In the camp next to the clinic, 25 families have already knocked down their own walls.",
			want: []wantFact{{value: 25, category: Other}}},
	})
}

func TestPage_Heldout408Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a French related-articles block",
			body: "About 2,000 people crossed on Monday.\n\nSur le même sujet :\nMigrants : 1 500 secourus en mer\nLibye : 2 ans après, la ville attend\n",
			want: []wantFact{{value: 2000, category: Displaced, qual: Approx}}},
		{name: "a table's indented sub-row is a part of the row above",
			body: "About 900 people crossed on Monday, officials said.\n\nTHE WAR IN FIGURES\nWhat                                   Number          Source\nDisplaced since 9 Oct                  about 150,000   OCHA\n  - of them children                   about 60,000    OCHA\n",
			want: []wantFact{{value: 900, category: Displaced}, {value: 150000, category: Displaced, source: "OCHA"}, {value: 60000, category: Displaced, unit: "children"}}},
	})
}

func TestSource_Heldout408Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "figures published by a ministry",
			body: "Figures published on Monday by the interior ministry show that 12,400 people live in the camp.",
			want: []wantFact{{value: 12400, category: Sheltered, source: "interior ministry"}}},
	})
	// "She spoke to the outlet": the name of the sentence before; the
	// picture credit is no speaker's label, and each answer follows its
	// question on the next line.
	page := "Some Weekly\nA headline for the interview\n\nPic: AFP – A family takes down the roof of their shelter.\n\nThe army began pulling down shelters this week.\n\nMaria Costa, 41, from Porto, has worked for an aid group in the valley since 2015. She spoke to the Some Weekly by phone on Friday.\n\nQ: How many shelters are affected?\nA: The army has listed about 2,600 structures.\n\nQ: What have you seen?\nA: Our team visited 150 families on Wednesday.\n\nQ: And the children?\nA: We moved 30 families out of their tents in one night.\n"
	runSourceCase(t, page, 3, "Maria Costa")
}
