package corpus

import "testing"

// Classes found on the forty-eighth and forty-ninth held-out sets, in
// text of our own.
func TestExtract_Heldout48Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people forced to move are displaced wherever they go",
			body: "Floods destroyed 80 tents, forcing 400 people to move into the camp's school.",
			want: []wantFact{{value: 80, category: Other}, {value: 400, category: Displaced}}},
		{name: "families expected at a camp are at risk",
			body: "A further 250 families were expected overnight, he said.",
			want: []wantFact{{value: 250, category: AtRisk}}},
		{name: "a running total brought to a figure restates the count before",
			body: "Another 800 refugees crossed into the region today, bringing the total since Monday to 2,900.",
			want: []wantFact{{value: 800, category: Displaced}, {value: 2900, category: Displaced}}},
		{name: "a running total of soldiers stays a deployment",
			body: "That brings the total deployment in the province to about 7,000 soldiers, he said.",
			want: []wantFact{{value: 7000, category: Troops}}},
		{name: "people a country has received or resettled are refugees there",
			body: "Canada had resettled 4,000 refugees by June, and Spain has received about 1,200 Syrians since 2015.",
			want: []wantFact{{value: 4000, category: Refugees}, {value: 1200, category: Refugees}}},
		{name: "a region that received people keeps them displaced",
			body: "The Kurdistan Regional Government has received 9,000 refugees from northeast Syria since October 9.",
			want: []wantFact{{value: 9000, category: Displaced}}},
		{name: "the centre named before is the source",
			body: "The Valley Relief Center (VRC) has sent aid to the camp. It helped about 3,000 people last week, the center said.",
			want: []wantFact{{value: 3000, category: Other, source: "VRC"}}},
		{name: "money in an Omani currency code",
			body: "Subscribe to the e-paper for OMR 25 a year.",
			want: nil},
	})
}

func TestExtract_Heldout48Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a tab-separated table's columns, whatever the sentence before says of one of them",
			body: "The island centres hold far more residents than their capacity:\n\nIsland\tResidents\tCapacity\nKos\t4\u00a0300\t1\u00a0200\nLeros\t2\u00a0500\t860\nSamos\t7\u00a0541\t648",
			want: []wantFact{
				{value: 4300, category: Sheltered}, {value: 1200, category: Other},
				{value: 2500, category: Sheltered}, {value: 860, category: Other},
				{value: 7541, category: Sheltered}, {value: 648, category: Other},
			}},
		{name: "a live entry's clock after a dash is no figure and no source",
			body: "— 5:48 pm\nAnother 1,012 refugees crossed into the region today, officials said.",
			want: []wantFact{{value: 1012, category: Displaced, source: "officials"}}},
	})
}

// An interview between two named people, neither named as the outlet:
// the one who asks the questions is the reporter.
func TestExtract_InterviewHostByQuestions(t *testing.T) {
	a := &Article{Name: "t", Publisher: "The Hour", Body: "Ana Ruiz: Lebanon hosts about 1.5m Syrian refugees. Nadia Saleh joins us from Beirut. Nadia, what has changed?\n\n" +
		"Nadia Saleh: Nine in ten families told us they had cut meals.\n\n" +
		"Ana Ruiz: And the evictions?\n\n" +
		"Nadia Saleh: About 2,000 families have been forced out of their homes since October."}
	checkSources(t, a, "reporter", "Nadia Saleh", "Nadia Saleh")
}
