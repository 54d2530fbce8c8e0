package corpus

import "testing"

// Classes found on the six-hundred-and-eighty-eighth to six-hundred-
// and-ninety-first held-out sets, in text of our own.

func TestExtract_Heldout688Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a toll put at a figure, a long way after the toll",
			body: "The UN rights office has put the civilian toll in the province and the districts around it since the assault began on May 2 at more than 900.",
			pub:  "2019-09-10",
			want: []wantFact{{value: 900, category: Killed, qual: AtLeast, source: "UN rights office", period: "2019-05-02"}}},
		{name: "a ceiling on arrivals",
			body: "The government has set a ceiling of 20,000 refugees for the new site.",
			want: []wantFact{{value: 20000, category: Other, qual: Exact, unit: "refugees"}}},
		{name: "another source puts the figure above the count before",
			body: "About 400,000 people have fled the province since January 3, the UN said. Local groups put the figure above half a million.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 400000, category: Displaced, qual: Approx, unit: "people", source: "UN", period: "2020-01-03"},
				{value: 500000, category: Displaced, qual: AtLeast, source: "Local groups", period: "2020-01-03"}}},
		{name: "a country's ministry keeps its country",
			body: "Turkey's Defence Ministry said 12 soldiers had been killed.",
			want: []wantFact{{value: 12, category: Killed, qual: Exact, unit: "soldiers", source: "Turkey's Defence Ministry"}}},
		{name: "a French clock's hours and minutes",
			body: "The programme first aired at 18 h 30. About 200 families arrived on Monday.",
			want: []wantFact{{value: 200, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "dinars in an appeal",
			body: "About 200 families arrived on Monday. Pomozite: uplatite 1000 dinara na račun Crvenog krsta.",
			want: []wantFact{{value: 200, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "a Turkish text-to-give number",
			body: "About 200 families arrived on Monday. Kampanya: YARDIM yazıp 4455'e gönderin.",
			want: []wantFact{{value: 200, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "families who have gone to a city",
			body: "In the past week around 60 families have gone to Homs, and more are packing.",
			want: []wantFact{{value: 60, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "thousands who have already gone",
			body: "“Thousands have already gone, and more will follow,” the mayor said.",
			want: []wantFact{{value: 1000, category: Displaced, qual: AtLeast}}},
	})
}

func TestSource_Heldout688Classes(t *testing.T) {
	// An interviewee's label is the surname; the lead names her after a
	// clause opener, "When", that is no given name.
	runSourceCase(t, "The Ellsworth Herald\nHome | News\nQ&A: nurse back from Iraq camp\nNovember 7, 2019 | By Cara Linwood\n\n"+
		"SURRY — When Anna Berg landed in Erbil last month, she expected a quiet fortnight.\n\n"+
		"Berg, who has lived in Ellsworth for three decades, spent three weeks at the camp. She spoke with The Herald on Monday.\n\n"+
		"The Herald: How busy were you?\n\nBerg: On a busy day we saw 150 to 200 patients.\n\n"+
		"The Herald: Will you go back?\n\nBerg: Yes, in the spring.\n", 1, "Anna Berg")
}

func TestLayout_Heldout688Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a tagline with the founding year after a bar",
			page:  "DNEVNIK\nNezavisni list grada i južnog Banata | od 1923.\nNaslovna | Grad | Hronika | Svet | Kontakt\nPočetna / Intervju / Svet\nThousands flee the offensive in the north\nObjavljeno: četvrtak, 22. mart 2018. | 10:30\nRazgovarala: Ana Ilić\n\nAbout 300 families arrived on Monday, officials said.\n",
			title: "Thousands flee the offensive in the north"},
		{name: "an audio player's line over the story",
			page:     "KXRV 91.1 FM Davis\nStudent radio since 1964\nHome | Listen Live | News\nNews / World\nThousands flee the offensive in the north\nPublished: 2020-03-03T19:05:00-08:00\nBy KXRV News staff\nListen: 3:40 | Audio version aired on the evening news, 6 p.m.\nShare: Facebook | Twitter\n\nDAVIS, Calif. — About 300 families arrived on Monday, officials said.\n",
			dateline: "DAVIS"},
	})
}

func TestHeader_Heldout688Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a station's call sign and its AM frequency",
			page:      "CKRT 1490 AM\nCampus radio at the university\nHome | News | Shows\nThousands flee the offensive in the north\nPublished: 2018-03-15\n",
			publisher: "CKRT"},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout688Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a country's directorate is named without the country",
			body: "Jordan’s Civil Defence Directorate said 14 people had been rescued.",
			want: []wantFact{{value: 14, category: Other, qual: Exact, unit: "people", source: "Civil Defence Directorate"}}},
	})
}

func TestHeader_Heldout688Guards(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a station's name in capitals is no call sign",
			page:      "SUNO FM 98.1\nThe voice of the valley | Kitale\nHome | News | Shows\nNews » World\nThousands flee the offensive in the north\nPosted on March 15, 2018 by Suno FM Newsroom\n",
			published: "2018-03-15",
			publisher: "Suno FM"},
	})
}
