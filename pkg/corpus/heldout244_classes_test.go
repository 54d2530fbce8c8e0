package corpus

import "testing"

// Classes found on the two-hundred-and-forty-fourth to two-hundred-and-
// forty-seventh held-out sets, in text of our own.

func TestExtract_Heldout244Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a war's years after a superlative",
			body: "\"It is the worst winter in seven years of war,\" the aid worker said.",
			want: []wantFact{{value: 7, category: Other}}},
		{name: "how long a campaign lasted",
			body: "The army declared victory, ending an offensive that had lasted 41 days.",
			want: []wantFact{{value: 41, category: Other}}},
		{name: "how long a journey lasted is no count",
			body: "The walk to the border lasted three days.",
			want: nil},
		{name: "a count of ten or more after a definite word",
			body: "Soldiers reinforced the 14 checkpoints they had set up along the road.",
			want: []wantFact{{value: 14, category: Other}}},
		{name: "a small number after a definite word points back",
			body: "Officials from the two countries met in Ankara.",
			want: nil},
		{name: "children seen to die",
			body: "\"We saw at least nine babies die in the cold,\" the nurse said.",
			want: []wantFact{{value: 9, category: Killed, qual: AtLeast}}},
		{name: "a camp prepared to hold a number",
			body: "The agency said it was readying a second camp to hold up to 6,000 people.",
			want: []wantFact{{value: 6000, category: Other, qual: AtMost}}},
		{name: "people who pushed north",
			body: "Thousands more have pushed north toward the border towns, the council said.",
			want: []wantFact{{value: 1000, category: Displaced}}},
		{name: "people who passed through a transit centre",
			body: "She worked at the transit centre near the border, through which more than 120,000 people passed that year.",
			want: []wantFact{{value: 120000, category: Displaced, qual: AtLeast}}},
		{name: "families a camp received in the past week",
			body: "\"We received 90 families in the past week and have no tents left,\" the manager said.",
			want: []wantFact{{value: 90, category: Displaced}}},
		{name: "people a plan would settle",
			body: "Ankara wants to build new towns there and settle about one million Syrians in them.",
			want: []wantFact{{value: 1000000, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout244Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Croatian related lines and donation lines",
			body: "About 300 tents flooded overnight.\n\nPovezano: 4 uhićena krijumčara\nSupport independent journalism in the valley – subscribe for 30 NIS a month.\n" +
				"The Valley Post is independent and reader-funded. Become a member from S/ 20 a month.\nSupport the Valley Post. Donate from Rs. 800.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout244Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Croatian desk with an agency",
			page: "JADRANSKI LIST\nSplit | Hrvatska | Svijet\nRain floods hundreds of tents in camps near the border\nObjavljeno: 04.03.2020. u 08:05\nPiše: Desk vanjske politike, uz Reuters\n", wire: "Reuters"},
		{name: "a French first of the month",
			page: "LE MATIN DU SUD\nAccueil | Monde\nRain floods hundreds of tents in camps near the border\nDimanche 1er mars 2020 – Mis à jour à 22h05\nPar la rédaction, avec AFP\n", published: "2020-03-01"},
	})
}
