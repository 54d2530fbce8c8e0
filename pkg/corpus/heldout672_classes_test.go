package corpus

import "testing"

// Classes found on the six-hundred-and-seventy-second to six-hundred-
// and-seventy-fifth held-out sets, in text of our own.

func TestExtract_Heldout672Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a time as the subject of what is said of it",
			body: "KARIMI: I hope the truce holds, but three days is not long.",
			want: nil},
		{name: "a participle after a comma speaks for the clause's subject",
			body: "Interior Minister Ali Demir posted a new count on Twitter, saying 98,120 migrants had now crossed through the province.",
			want: []wantFact{{value: 98120, category: Displaced, qual: Exact, unit: "migrants", source: "Ali Demir"}}},
		{name: "she after a name with a year-old age",
			body: "For Rojda, a 31-year-old pharmacist who has lived in Kassel since 2016, every call brings news. “My father and four brothers are sleeping in a mosque in Zahra,” she said.",
			want: []wantFact{{value: 4, category: Other, qual: Exact, unit: "brothers", source: "Rojda"}}},
		{name: "repeated that is a statement",
			body: "Before flying home, Demir repeated that the country would not stop anyone. \"We cannot host 5 million refugees alone,\" he said.",
			want: []wantFact{{value: 5e6, category: Refugees, qual: Exact, unit: "refugees", source: "Demir"}}},
		{name: "a possessive apposition after an institution",
			body: "General Security, Jordan's border agency, says more than 90,000 Syrians have returned since March 2018.",
			want: []wantFact{{value: 90000, category: Other, qual: AtLeast, unit: "Syrians", source: "General Security"}}},
		{name: "people quoted by an agency are the source",
			body: "In Afrin, some 4,000 families are sheltering in schools and mosques, according to local council officials quoted by UNICEF.",
			want: []wantFact{{value: 4000, category: Sheltered, qual: Approx, unit: "families", source: "local council officials"}}},
		{name: "a quotation continued after a long apposition",
			body: "“This is the largest exodus we have seen,” Lena Fischer, a spokeswoman for the Office for the Coordination of Humanitarian Affairs (OCHA), told reporters in Geneva. “Some 61,000 of them are sleeping in the open.”",
			want: []wantFact{{value: 61000, category: Unsheltered, qual: Approx, source: "Lena Fischer"}}},
		{name: "among them and a relative clause",
			body: "Air strikes killed 31 civilians in the town on Friday, among them 12 who died near the market, the monitor said.",
			want: []wantFact{{value: 31, category: Killed, qual: Exact, unit: "civilians"},
				{value: 12, category: Killed, qual: Exact, unit: "civilians"}}},
		{name: "the predicate after a relative clause names the part",
			body: "UNICEF said that more than 300,000 of those who have fled since January are children.",
			want: []wantFact{{value: 300000, category: Displaced, qual: AtLeast, unit: "children", source: "UNICEF"}}},
		{name: "others after one of a kind",
			body: "Police said one refugee was killed and four others were wounded near the gate.",
			want: []wantFact{{value: 1, category: Killed, qual: Exact, unit: "refugee"},
				{value: 4, category: Other, qual: Exact, unit: "refugees"}}},
		{name: "a part of the newly displaced counts people",
			body: "The agency says it registers about 900 newcomers a day.\n\nRoughly 51,000 of the newly displaced are sleeping in fields, according to OCHA.",
			want: []wantFact{{value: 900, category: Displaced, qual: Approx, unit: "newcomers"},
				{value: 51000, category: Unsheltered, qual: Approx, unit: "people", source: "OCHA"}}},
	})
}

func TestHeader_Heldout672Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Greek masthead with its Latin name, at the Latin address",
			page:      "ΘΑΡΡΟΣ · THARROS\nΗ εφημερίδα της Μεσσηνίας\nΑρχική | Κόσμος | English\nThousands flee the offensive\n17/10/2019 - 14:05 | Πηγή: AFP\n\nAbout 300 families arrived on Monday, officials said.\n\nOriginal url: https://www.tharros.gr/english/thousands-flee/\n",
			publisher: "Tharros"},
		{name: "a Greek desk line with the wire",
			page: "ΕΛΕΥΘΕΡΙΑ · ELEFTHERIA\nΗμερήσια εφημερίδα\nΑρχική | Κόσμος | English\nThousands wait at the border\nΤετάρτη, 4 Μαρτίου 2020, 22:50\nΑπό τη Σύνταξη της Ελευθερίας, με πληροφορίες από Reuters\n\nAbout 300 people waited at the crossing on Wednesday, officials said.\n",
			wire: "Reuters"},
		{name: "a Kazakh month",
			page:      "Ақжайық\nThousands flee the offensive\n19 қазан 2019, 10:40 | Agence France-Presse\n\nAbout 300 families arrived on Monday, officials said.\n",
			published: "2019-10-19"},
		{name: "another calendar's date, then ours, then an update",
			page:      "روزنامه\nThousands wait at the border\nچهارشنبه ۱۴ اسفند ۱۳۹۸ – Wednesday 4 March 2020 | آخرین به‌روزرسانی ۱۷:۵۰\n\nAbout 300 people waited at the crossing on Tuesday, officials said.\n",
			published: "2020-03-04"},
	})
}

// A caption check on an empty line says no, and does not fail.
func TestCaptionLine_Empty(t *testing.T) {
	if captionLine("") {
		t.Error(`captionLine("") = true, want false`)
	}
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout672Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "repeated a call is no statement",
			body: "The UN on Friday repeated its call for a ceasefire in the north, where the offensive has driven close to 600,000 people from their homes.",
			want: []wantFact{{value: 600000, category: Displaced, qual: Approx, unit: "people", source: "reporter"}}},
		{name: "an institution's name keeps its portfolio word",
			body: "The International Organization for Migration said some 11,000 people had gathered at the border.",
			want: []wantFact{{value: 11000, category: AtRisk, qual: Approx, unit: "people", source: "International Organization for Migration"}}},
		{name: "others after people stay people",
			body: "Police said two people were killed and four others were wounded near the gate.",
			want: []wantFact{{value: 2, category: Killed, qual: Exact, unit: "people"},
				{value: 4, category: Other, qual: Exact, unit: "people"}}},
	})
}
