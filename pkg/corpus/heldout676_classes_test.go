package corpus

import "testing"

// Classes found on the six-hundred-and-seventy-sixth to six-hundred-
// and-seventy-ninth held-out sets, in text of our own.

func TestExtract_Heldout676Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a possessive after that is no verb",
			body: "The Red Crescent said on Monday evening that its volunteers had counted about 2,500 people at the crossing.",
			want: []wantFact{{value: 2500, category: AtRisk, qual: Approx, unit: "people", source: "Red Crescent"}}},
		{name: "the same monitor named before",
			body: "The Syrian Observatory for Human Rights said 120 civilians had died. The same monitor said 3,000 soldiers had crossed into the province.",
			want: []wantFact{{value: 120, category: Killed, qual: Exact, unit: "civilians", source: "Syrian Observatory for Human Rights"},
				{value: 3000, category: Troops, qual: Exact, unit: "soldiers", source: "Syrian Observatory for Human Rights"}}},
		{name: "a restatement is of the whole, not its part",
			body: "The UN says about 150,000 people have fled their homes, and nearly 60,000 of them are children. Local officials say the real number is closer to 250,000.",
			want: []wantFact{{value: 150000, category: Displaced, qual: Approx, unit: "people", source: "UN"},
				{value: 60000, category: Displaced, qual: Approx, unit: "children", source: "UN"},
				{value: 250000, category: Displaced, qual: Approx, unit: "people", source: "Local officials"}}},
		{name: "something like and as high as",
			body: "There are something like 45,000 Syrians living in camps around the town, and the agency warned the number could climb as high as 90,000.",
			want: []wantFact{{value: 45000, category: Sheltered, qual: Approx, unit: "Syrians"},
				{value: 90000, category: AtRisk, qual: AtMost}}},
		{name: "people who went without water",
			body: "The pumping station was hit, and more than 200,000 people in Qamishli and the camps around it went without running water for a week.",
			want: []wantFact{{value: 200000, category: Other, qual: AtLeast, unit: "people"}}},
		{name: "people left without water",
			body: "Shelling damaged the water station, leaving as many as 150,000 people in the city without safe water.",
			want: []wantFact{{value: 150000, category: Other, qual: AtMost, unit: "people"}}},
		{name: "a congregation's members are people",
			body: "A shell fell behind the church, and three of our parishioners were killed.",
			want: []wantFact{{value: 3, category: Killed, qual: Exact, unit: "parishioners"}}},
		{name: "the statement's verb set off between the figure and its own",
			body: "Thousands more, the agency said, are sleeping in the open along the road.",
			want: []wantFact{{value: 1000, category: Unsheltered, qual: AtLeast}}},
		{name: "a number to text before SMS",
			body: "Support the appeal: text AID to 4455 SMS. About 300 families received blankets on Monday. Destek olun: 2868’e SMS gönderin.",
			want: []wantFact{{value: 300, category: Other, qual: Approx, unit: "families"}}},
		{name: "a Latvian phone label",
			body: "About 300 families received blankets on Monday. Tālrunis 67123456",
			want: []wantFact{{value: 300, category: Other, qual: Approx, unit: "families"}}},
	})
}

func TestLayout_Heldout676Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a Swahili related-news block",
			page: "A headline about the camps\n\nAbout 300 families arrived on Monday.\n\nHabari zinazohusiana:\nMorogoro: 120 families receive iron sheets after floods\nDodoma council opens 2nd phase of school programme\n",
			body: "About 300 families arrived on Monday."},
	})
}

func TestHeader_Heldout676Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "an Armenian month before the day",
			page:      "ԱԶԳ\nԼուրեր\nThousands flee the offensive\nՆոյեմբեր 4, 2019 | 11:20\n\nAbout 300 families arrived on Monday, officials said.\n",
			published: "2019-11-04"},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout676Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a statement set off before a new clause",
			body: "Air strikes hit five schools on Tuesday, killing seven civilians, among them four children, UNICEF said, as the exodus grew by the day.",
			want: []wantFact{{value: 5, category: Other, qual: Exact, unit: "schools"},
				{value: 7, category: Killed, qual: Exact, unit: "civilians", source: "UNICEF"},
				{value: 4, category: Killed, qual: Exact, unit: "children", source: "UNICEF"}}},
		{name: "that and a verb after a noun opens a clause on it",
			body: "The Kurdish administration that runs the region put the number at 210,000.",
			want: []wantFact{{value: 210000, category: Displaced, qual: Exact, source: "Kurdish administration"}}},
	})
}
