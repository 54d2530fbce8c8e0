package corpus

import "testing"

// Classes found on the seven-hundred-and-sixty-fourth to seven-hundred-
// and-sixty-seventh held-out sets, in text of our own.

func TestHeader_Heldout764(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "\"by:\" in lower case with a colon, the outlet, the agency and an editor's initials",
			page: "Some Outlet\nA headline about the camps\nPublished 22 March 2018\nby: Some Outlet / EFE / jc\n\nThe body says 3,000 people fled.\n",
			wire: "EFE"},
		{name: "\"By:\" with a colon",
			page: "Some Outlet\nA headline about the camps\nPublished 22 March 2018\nBy: Jane Doe / Reuters\n\nThe body says 3,000 people fled.\n",
			wire: "Reuters"},
	})
	runLayoutCases(t, []layoutCase{
		{name: "a dateline with the place's country in brackets before its date and agency",
			page:     "Some Outlet\nA headline about the camps\n16/10/2019\n\nDOHUK (Iraq), 16 Oct. (EFE).- Hevin, 32, says 3,000 people fled.\n",
			dateline: "DOHUK", body: "Hevin, 32, says 3,000 people fled."},
	})
}

// Guards: what the header classes above must leave as it was.
func TestHeader_Heldout764Guards(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "an agency after a slash is no editor's initials",
			page: "Some Outlet\nA headline about the camps\n16/10/2019\nBy Jane Doe / EFE\n\nThe body says 3,000 people fled.\n",
			wire: "EFE"},
	})
}

func TestExtract_Heldout764Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "\"the government in Amman\" keeps its place",
			body: "Jordan hosts about 660,000 registered Syrian refugees, but the government in Amman says the real number is closer to 1.3 million.",
			want: []wantFact{{value: 660000, category: Refugees, source: "reporter"}, {value: 1300000, category: Refugees, source: "government in Amman"}}},
		{name: "a West African honorific before a name",
			body: "Its coordinator for the appeal, Alhaji Musa Danladi, said about 30 volunteers had signed up to sort donations.",
			want: []wantFact{{value: 30, category: Other, source: "Musa Danladi"}}},
		{name: "\"between 6 a.m. Sunday and 6 a.m. Monday\": the first day",
			body: "Police stopped 5,100 attempts to cross the border illegally between 6 a.m. Sunday and 6 a.m. Monday and arrested 40 people.",
			pub:  "2020-03-02",
			want: []wantFact{{value: 5100, category: Other, period: "2020-03-01"}, {value: 40, category: Other, period: "2020-03-01"}}},
	})
}
