package corpus

import "testing"

// Classes found on the four-hundred-and-thirty-second to four-hundred-
// and-thirty-fifth held-out sets, in text of our own.

func TestExtract_Heldout432Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "the sick, counted by what ails them",
			body: "Some 300 families sleep in the open near the crossing. \"Two of the children have fever and there is no doctor,\" he said.",
			want: []wantFact{{value: 300, category: Unsheltered}, {value: 2, category: Other}}},
		{name: "families a church group brought over",
			body: "Our parish group has brought five families over since 2017.",
			want: []wantFact{{value: 5, category: Refugees}}},
		{name: "a price in shillings written with a slash and dash",
			body: "Subscribe by phone: 2,000/- a week.",
			want: nil},
	})
}

func TestPage_Heldout432Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a pipe table's sub-row that says where a part went",
			body: "The offensive emptied town after town.\n\nWhat | Number\nDisplaced since 19 June | about 300,000\nof whom near the border | about 50,000\n",
			want: []wantFact{{value: 300000, category: Displaced}, {value: 50000, category: Displaced}}},
		{name: "Hebrew and Luganda related links",
			body: "About 400 people crossed on Monday.\n\nקראו עוד: the king meets 3 leaders\nSoma ne bino: Abantu 5 bafiiridde\n",
			want: []wantFact{{value: 400, category: Displaced, qual: Approx}}},
	})
}
