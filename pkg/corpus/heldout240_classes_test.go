package corpus

import "testing"

// Classes found on the two-hundred-and-fortieth to two-hundred-and-
// forty-third held-out sets, in text of our own.

func TestExtract_Heldout240Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a part of a toll, the attribution then a clause of its own",
			body: "Shelling hit the valley on Monday, killing eight civilians, among them three children, the monitor said, as the exodus toward the border went on.",
			want: []wantFact{{value: 8, category: Killed}, {value: 3, category: Killed}}},
		{name: "a school's roll",
			body: "The charity runs a school for about 250 children in the settlement.",
			want: []wantFact{{value: 250, category: Other, qual: Approx}}},
		{name: "the age after a speaker named by a speech tag",
			body: "\"Nobody lets us through,\" said Samir Haidari, 31. Police said 400 people were waiting at the gate.",
			want: []wantFact{{value: 400, category: AtRisk}}},
	})
}

func TestExtract_Heldout240Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "list labels that count arrests, sentences and aid",
			body: "Rain hit the border camps again.\n\nThe week at the border:\n\nArrests: 112\nMigrants sentenced for illegal entry: 19\nLorries of aid sent across the border: 14\n",
			want: []wantFact{{value: 112, category: Other}, {value: 19, category: Other}, {value: 14, category: Other}}},
	})
}

// An interview answer that asks readers for money stays in the story,
// and a label with an honorific names the guest the introduction gives in
// full, a first name of two parts.
func TestExtract_Heldout240InterviewAppeal(t *testing.T) {
	page := "Island Weekly\nNews for the islands\nHome | News | World\nA nurse on the flooded camps\nPublished: 4 March 2020\nBy Ann Lee\n\n" +
		"Mary-Jo Tanner, 41, has worked in the camps for three years. She spoke to us by phone.\n\nIsland Weekly: How many tents flooded?\n\n" +
		"Ms Tanner: About 300 tents flooded overnight.\n\nIsland Weekly: How can readers help?\n\n" +
		"Ms Tanner: Our team runs two field clinics for the camps. Donations matter: $40 buys a stove for a family.\n\n" +
		"Comments (3)\nContact us: news@example.com\n© Island Weekly 2020\n"
	a := parseArticle("t", page)
	facts, _ := extract(a)
	var got []string
	for _, f := range facts {
		got = append(got, f.Phrase+" / "+f.Source)
	}
	want := []string{"About 300 tents / Mary-Jo Tanner", "two field clinics / Mary-Jo Tanner"}
	if len(got) != len(want) {
		t.Fatalf("publisher %q: got %q, want %q", a.Publisher, got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("fact %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

func TestExtract_Heldout240Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a photo credit of agencies without a colon under the headline",
			page: "IL MATTINO DEL NORD\nQuotidiano di Bolzano dal 1945\nBolzano | Merano | Italia | Mondo\nHome > Mondo > Medio Oriente\nRain floods hundreds of tents in camps near the border\n04/03/2020 ore 10:20 | di Redazione Esteri, con ANSA\nFoto ANSA / EPA\n",
			wire: "ANSA", published: "2020-03-04"},
		{name: "a masthead of one word with a capital inside",
			page:      "BeniSahel\nAccueil | Politique | Économie | Sport | International | Beni TV\nAccueil / International / Europe\nRain floods hundreds of tents in camps near the border\nPublié le mercredi 4 mars 2020 à 11h20\nPar la Rédaction, avec AFP\nCrédit photo : AFP\n",
			publisher: "BeniSahel"},
	})
}

// The headline under a tagline with a founding year and a photo credit
// without a colon is the headline, not the masthead.
func TestExtract_Heldout240Title(t *testing.T) {
	page := "IL MATTINO DEL NORD\nQuotidiano di Bolzano dal 1945\nBolzano | Merano | Italia | Mondo\nHome > Mondo > Medio Oriente\nCamps: rain floods hundreds of tents near the border\n04/03/2020 ore 10:20 | di Redazione Esteri, con ANSA\nFoto ANSA / EPA\n" + storyLine
	a := parseArticle("t", page)
	if want := "Camps: rain floods hundreds of tents near the border"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
}
