package corpus

import "testing"

// Classes found on the six-hundred-and-fifty-sixth to six-hundred-and-
// fifty-ninth held-out sets, in text of our own.

func TestExtract_Heldout656Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "refugees living in a town beside its own people",
			body: "Arsal, a mountain town where some 60,000 Syrian refugees live alongside roughly 35,000 Lebanese residents, has been hit hard.",
			want: []wantFact{{value: 60000, category: Refugees, qual: Approx, unit: "refugees"},
				{value: 35000, category: Other, qual: Approx, unit: "residents"}}},
		{name: "staff who have been displaced",
			body: "We have 14 local staff, and nine of them have been displaced themselves.",
			want: []wantFact{{value: 14, category: Other, qual: Exact, unit: "staff"},
				{value: 9, category: Displaced, qual: Exact, unit: "staff"}}},
		{name: "people gathered far from the word vigil",
			body: "About 40 people gathered on the steps of the town library at 7 p.m. Saturday for a vigil.",
			want: []wantFact{{value: 40, category: Other, qual: Approx, unit: "people"}}},
		{name: "a speaker's age after a curly apostrophe",
			body: "About 300 families arrived on Monday. I’m 29 and I have never been this tired.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "two ages after aged",
			body: "About 300 families arrived on Monday. His nephews, aged 4 and 9, flinch at every door that slams.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
	})
}

func TestLayout_Heldout656Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a Turkish masthead in capitals with a dotless I",
			page:      "YAYLA AÇIKGÖZ\n1923'ten beri Yayla'nın sesi\nAnasayfa | Gündem | Ekonomi | Spor | Dünya | English\nThousands flee as the offensive advances\n28.02.2020\n\nAbout 300 families fled on Friday, officials said.\n\nOriginal url: https://www.yaylaacikgoz.com.tr/dunya/thousands-flee\n",
			publisher: "Yayla Açıkgöz"},
		{name: "a masthead word whose only vowel is accented is a word, not initials",
			page:      "NYUGATI FÖLD\nA megye napilapja\nKezdőlap | Hírek | Sport | Világ | English\nThousands flee as the offensive advances\n28.02.2020\n\nAbout 300 families fled on Friday, officials said.\n\nOriginal url: https://www.nyugatifold.hu/vilag/thousands-flee\n",
			publisher: "Nyugati Föld"},
		{name: "guard: a Hungarian masthead in capitals keeps its I",
			page:      "FÖLDI HÍREK\nA megye napilapja\nKezdőlap | Hírek | Sport | Világ | English\nThousands flee as the offensive advances\n28.02.2020\n\nAbout 300 families fled on Friday, officials said.\n\nOriginal url: https://www.foldihirek.hu/vilag/thousands-flee\n",
			publisher: "Földi Hírek"},
	})
}

func TestHeader_Heldout656Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Russian credit for the wire's copy under the date",
			page: "СТЕПНАЯ ГАЗЕТА\nОбщественно-политическая газета области\nГлавная | Новости | Общество | В мире | English\nGlavnaya / В мире / English\nArmy tears down refugee shelters as deadline passes\n3 июля 2019, 11:20\nПо материалам Reuters\n\nAbout 300 shelters were torn down on Tuesday, officials said.\n",
			wire: "Reuters"},
	})
}
