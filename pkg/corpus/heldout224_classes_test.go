package corpus

import "testing"

// Classes found on the two-hundred-and-twenty-fourth to two-hundred-and-
// twenty-seventh held-out sets, in text of our own.

func TestExtract_Heldout224Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Bulgarian related lines",
			body: "About 300 tents flooded overnight.\n\nПрочетете още: 4 условия за сделката\nПрочетете още: 500 гранични полицаи\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout224Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a German byline with material from an agency",
			page: "Berner Tagblatt\nRain floods hundreds of tents in camps near the border\nVon Anna Keller, Istanbul, mit Material von AFP\nAktualisiert 21.02.2020, 14.03 Uhr\n", wire: "AFP"},
		{name: "a date, then the outlet and its agency after a bar, and a Bulgarian photo line",
			page: "SOFIA DAILY\nНовини | Свят\nНачало » Свят\nRain floods hundreds of tents in camps near the border\n23 октомври 2019, 16:20 | Sofia Daily, Reuters\nСнимка: A family at the camp. Reuters\n" +
				"\nDOHUK, Iraq (Reuters) - About 300 tents flooded in the camp overnight, officials said.\n", wire: "Reuters"},
		{name: "a Tetum date",
			page: "Dili Weekly\nRain floods hundreds of tents in camps near the border\nPublika: Tersa, 11 Fevereiru 2020 | 21:40 TLT\n", published: "2020-02-11"},
		{name: "a Spanish date with las and h",
			page: "Diario del Sur\nRain floods hundreds of tents in camps near the border\nPublicado el 08 de febrero de 2019 a las 11:20 h\n", published: "2019-02-08"},
	})
}

func TestHeader_BulgarianPhotoLineIsNoDateline(t *testing.T) {
	a := parseArticle("t", "SOFIA DAILY\nНовини | Свят\nНачало » Свят\nRain floods hundreds of tents in camps near the border\n23 октомври 2019, 16:20 | Sofia Daily, Reuters\nСнимка: A family at the camp. Reuters\n"+
		"\nDOHUK, Iraq (Reuters) - About 300 tents flooded in the camp overnight, officials said.\n")
	if a.Dateline != "DOHUK" {
		t.Errorf("dateline %q, want DOHUK (not the photo line's label)", a.Dateline)
	}
}
