package corpus

import "testing"

// Classes found on the four-hundred-and-eighty-fourth to four-hundred-
// and-eighty-seventh held-out sets, in text of our own.

func TestExtract_Heldout484Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people sharing a water point",
			body: "In parts of the camp about 900 people shared each water point, the agency said.",
			want: []wantFact{{value: 900, category: Other, qual: Approx}}},
		{name: "a speaker's own age",
			body: "\"I'm 61 and I have never seen a winter like this,\" she said.",
			want: nil},
		{name: "a German related headline",
			body: "Thun: 80 Helfer sammeln Decken für Lesbos Seeland: Zwei Gemeinden wollen Kinder aufnehmen",
			want: nil},
		{name: "a population before an offensive in a table",
			body: "The exodus in figures\n| Figure | Number |\n| Province population before the offensive | about 600,000 people |",
			want: []wantFact{{value: 600000, category: Other, qual: Approx}}},
		{name: "people who came up to a border fence",
			body: "On Sunday, about 150 people came right up to the fence of one of our positions asking for help.",
			want: []wantFact{{value: 150, category: AtRisk, qual: Approx}}},
		{name: "people who crossed back",
			body: "UNHCR said thousands of Syrians had crossed back from Lebanon through the Masnaa crossing since Sunday.",
			want: []wantFact{{value: 1000, category: Other, qual: AtLeast}}},
		{name: "families heading home",
			body: "Dozens of families began heading home to Busra al-Sham within hours, residents said.",
			want: []wantFact{{value: 12, category: Other, qual: AtLeast}}},
		{name: "people resettled under a programme",
			body: "More than 900 people have arrived in Portugal from Greece under its relocation programme since 2016.",
			want: []wantFact{{value: 900, category: Refugees, qual: AtLeast}}},
		{name: "people who left, past the clause about a plan",
			body: "The minister said 76,358 migrants had left Turkey through Edirne province since Ankara announced that it would no longer stop refugees heading for Europe.",
			want: []wantFact{{value: 76358, category: Displaced}}},
	})
}

func TestPage_Heldout484Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "an answer that gives a council's count",
			body: "He has lived in the camp since 2016.\n\nQ: How many people live in the camp now?\n\nA: By our council's count, around 38,000.\n",
			want: []wantFact{{value: 38000, category: Sheltered, qual: Approx}}},
	})
}

func TestExtract_Heldout484Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Malagasy date",
			page: "GAZETY VAOVAO\nRain floods hundreds of tents in camps near the border\nTalata 3 Jolay 2018 | 10:47\nAFP\n", published: "2018-07-03"},
	})
}
