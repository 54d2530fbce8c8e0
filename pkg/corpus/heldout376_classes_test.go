package corpus

import "testing"

// Classes found on the three-hundred-and-seventy-sixth to three-hundred-
// and-seventy-ninth held-out sets, in text of our own.

func TestExtract_Heldout376Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a share of every ten",
			body: "Nine of every ten families she meets want to go home.",
			want: []wantFact{{value: 90, category: Other, unit: "percent"}}},
		{name: "a count grouped by a plain space makes the writer's other spaced groups thousands",
			body: "About 1,200 people arrived on Monday. More than 12 000 people live in the camp, a site built for 3 500, officials said.",
			want: []wantFact{{value: 1200, category: Displaced, qual: Approx}, {value: 12000, category: Sheltered, qual: AtLeast}, {value: 3500, category: Other}}},
		{name: "a part whose named whole is no troops",
			body: "Turkey has sent thousands of troops into the province. The UN says about 90,000 of the newly displaced are sleeping in the open.",
			want: []wantFact{{value: 1000, category: Troops, qual: AtLeast}, {value: 90000, category: Unsheltered, qual: Approx, source: "UN"}}},
		{name: "people who live in and around a camp the article names",
			body: "The Domiz camp is full. About 900 children live in and around Domiz, the agency says.",
			want: []wantFact{{value: 900, category: Sheltered, qual: Approx, unit: "children"}}},
		{name: "a camp's population at its peak",
			body: "The UN says the camp's population has fallen from a peak of more than 50,000 in 2017.",
			want: []wantFact{{value: 50000, category: Sheltered, qual: AtLeast}}},
		{name: "the people a tent holds",
			body: "Aid workers said many tents now hold between nine and 12 people.",
			want: []wantFact{{value: 9, category: Other}}},
		{name: "a man and his relatives",
			body: "Abu Salim said he and 9 relatives had slept under a tarpaulin for a week.",
			want: []wantFact{{value: 9, category: Other, unit: "relatives"}}},
		{name: "people cut off from a water station",
			body: "250,000 people in Raqqa province cut off from the Tabqa water station, UNICEF says",
			want: []wantFact{{value: 250000, category: Other}}},
		{name: "people who stand to lose their homes",
			body: "Some 8,000 people, half of them children, stand to lose their homes.",
			want: []wantFact{{value: 8000, category: AtRisk, qual: Approx}, {value: 50, category: Other, unit: "percent"}}},
	})
}

func TestExtract_Heldout376Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "read-also lines in Frisian and Hungarian",
			body: "About 300 families fled the town on Monday, officials said.\n\nLês ek: 12 gemeenten wolle mear minsken helpe\nOlvassa el: 40 diák gyűjt a gyerekeknek\n\nThe border stayed shut on Tuesday.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}
