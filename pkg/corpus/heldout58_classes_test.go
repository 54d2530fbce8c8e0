package corpus

import "testing"

// Classes found on the fifty-eighth and fifty-ninth held-out sets, in
// text of our own.
func TestExtract_Heldout58Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "the deaths a figure's own verb states come before the wounded",
			body: "The ministry said three soldiers were killed and several wounded in the strike.",
			want: []wantFact{{value: 3, category: Killed}}},
		{name: "people forced to abandon camps are displaced",
			body: "Thousands of refugees were forced to abandon flooded camps this week.",
			want: []wantFact{{value: 1000, category: Displaced}}},
		{name: "the office named before by its full name and acronym",
			body: "The UN Office for the Coordination of Humanitarian Affairs (OCHA) runs the count. Some 19,000 people have crowded into the Dana area, the office said.",
			want: []wantFact{{value: 19000, category: Displaced, source: "OCHA"}}},
		{name: "a participle after 'a further N' is no unit",
			body: "More than 5,000 Syrians have crossed since Monday, with a further 900 arriving overnight.",
			pub:  "2019-10-23",
			want: []wantFact{{value: 5000, category: Displaced}, {value: 900, category: Displaced}}},
	})
}

func TestExtract_Heldout58Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a list caption that says whose figures they are",
			body: "Key figures from OCHA for the north, as of February 13:\n\n- Displaced since December 1: 806,000\n- Sleeping in the open: about 170,000",
			pub:  "2020-02-14",
			want: []wantFact{{value: 806000, category: Displaced, source: "OCHA"}, {value: 170000, category: Unsheltered, source: "OCHA"}}},
	})
}

func TestParseArticle_Heldout58(t *testing.T) {
	runParseCases(t, []parseCase{
		{name: "a French date line and a read-also link",
			in:  "Storm floods the camps\n\nPublié le 10 janvier 2019 à 17 h 12 HNE | Mis à jour le 10 janvier 2019 à 19 h 40 HNE\n\nThe body of the story starts here, and it goes on for a while.\n\nÀ lire aussi : Lebanon: 3 Syrian children die in camp fire",
			pub: "2019-01-10", body: "The body of the story starts here, and it goes on for a while."},
	})
}
