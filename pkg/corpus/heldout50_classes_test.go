package corpus

import "testing"

// Classes found on the fiftieth and fifty-first held-out sets, in text of
// our own.
func TestExtract_Heldout50Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "fighters held in prisons are detainees",
			body: "The militia is holding about 8,000 suspected fighters in makeshift prisons across the region.",
			want: []wantFact{{value: 8000, category: Other}}},
		{name: "deaths in detention stay deaths",
			body: "The group recorded the deaths of at least 12 people under torture in detention centres, five of them in state prisons.",
			want: []wantFact{{value: 12, category: Killed}, {value: 5, category: Killed}}},
		{name: "the loss of soldiers is their death",
			body: "Ankara acknowledges the loss of 21 of its own soldiers.",
			want: []wantFact{{value: 21, category: Killed}}},
		{name: "people on the roads are on the move",
			body: "Some 90,000 people were on the roads south toward the coast on Saturday.",
			want: []wantFact{{value: 90000, category: Displaced}}},
		{name: "patients a day are no population",
			body: "At the camp clinic, staff were seeing 150 to 180 patients a day.",
			want: []wantFact{{value: 150, category: Other}}},
		{name: "money in zlotys and forints",
			body: "The aid is worth about 1 million zlotys, and Hungary gave 30 million forints.",
			want: nil},
	})
}

func TestParseArticle_Heldout50(t *testing.T) {
	runParseCases(t, []parseCase{
		{"a byline in capitals with a month-first date, share counts, a shouted footer with its address",
			"THE COURIER\nNews | Defense\nTroops ordered out of the north as the offensive widens\nBY JANE ROE - 10/13/19 11:48 AM EDT\n1,284 SHARES\nShare | Tweet | Email | 212 Comments\n\nThe body of the story starts here, and it goes on for a while.\n\nTHE COURIER 1625 K STREET, NW SUITE 900 WASHINGTON DC 20006\nTHE CONTENTS OF THIS SITE ARE ©2019 COURIER PUBLISHING CORP.",
			"Troops ordered out of the north as the offensive widens", "2019-10-13", "The body of the story starts here, and it goes on for a while."},
		{"breadcrumbs with arrows and bullets, a trending block, a licence line",
			"Home ➜ Kurdistan ➜ Refugees\nCamps fill up as families keep crossing the border\nPosted on: 2019/10/24\n\nThe body of the story starts here, and it goes on for a while.\n\nTRENDING\n5 things to know about the offensive\nPoll: 58 percent oppose the pullout\n\nAll content is licensed under a Creative Commons Attribution 4.0 International License.",
			"Camps fill up as families keep crossing the border", "2019-10-24", "The body of the story starts here, and it goes on for a while."},
	})
}
