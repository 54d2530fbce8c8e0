package corpus

import "testing"

// Classes found on the five-hundred-and-eightieth to five-hundred-and-
// eighty-third held-out sets, in text of our own.

func TestExtract_Heldout580Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "newcomers a town registered",
			body: "\"In Qamishli alone we have registered around 40,000 newcomers since the shelling began,\" he said.",
			want: []wantFact{{value: 40000, category: Displaced, qual: Approx, unit: "newcomers"}}},
		{name: "newcomers who registered",
			body: "Council officials in Sarmada said between 9,000 and 11,000 newcomers had registered with them since last week.",
			want: []wantFact{{value: 9000, category: Displaced, qual: Range, unit: "newcomers"}}},
	})
}

func TestExtract_Heldout580Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "read more, in Bosnian, over headlines",
			body: "About 300 people crossed on Sunday.\n\nPročitajte još:\nBanjaluka: 40 porodica dobilo ključeve novih stanova\nSvijet: Tri miliona ljudi u Idlibu u opasnosti\n\nSome 400 more arrived on Monday.\n",
			want: []wantFact{
				{value: 300, category: Displaced, qual: Approx, unit: "people"},
				{value: 400, category: Displaced, qual: Approx, unit: "people"},
			}},
	})
}

func TestHeader_Heldout580Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Polish source label",
			page: "Kurier Lokalny\nA headline for the story\n12.03.2020\nŹródło: Reuters\n", wire: "Reuters"},
		{name: "a Czech source label",
			page: "Deník Jihu\nA headline for the story\n12.03.2020\nZdroj: Reuters\n", wire: "Reuters"},
	})
}
