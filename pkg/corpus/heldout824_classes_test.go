package corpus

import (
	"strings"
	"testing"
)

// Classes found on the eight-hundred-and-twenty-fourth to eight-hundred-
// and-twenty-seventh held-out sets, in text of our own.

// A tagline that ends on the outlet's town and its state abbreviated
// ("· Tampico, Tamps.") is no sentence of the story: the headline under
// it is the page's title, and the dateline opens the story.
func TestParse_Heldout824TaglineWithAbbreviatedState(t *testing.T) {
	a := parseArticle("t", "LA VOZ DEL GOLFO\nEl diario de la costa · Tampico, Tamps.\nInicio | Mundo | Deportes | English\n"+
		"Inicio / Mundo / English edition\nThousands flee shelling as the enclave shrinks again\nlunes, 2 de marzo de 2020 · 09:10 h\nPor: AFP\n\n"+
		"BEIRUT, 2 Mar (AFP).- About 40,000 people fled the shelling on Sunday, the United Nations said.\n")
	if a.Title != "Thousands flee shelling as the enclave shrinks again" || a.Dateline != "BEIRUT" {
		t.Errorf("title %q, dateline %q", a.Title, a.Dateline)
	}
}

// A line whose one-word label comes back in its bracketed credit
// ("Larawan: ... (Larawan: ahensya)") is a photo caption, whatever the
// language: it is no dateline.
func TestParse_Heldout824CaptionLabelRepeatedInCredit(t *testing.T) {
	a := parseArticle("t", "RADIO BANWA\nTingog sa Isla | The Island Voice\nBalita | Kalibutan | English\n"+
		"Families leave Saraqeb as the front moves closer\nBy the Radio Banwa newsroom\n"+
		"Larawan: A family loads a truck in Saraqeb. (Larawan: ahensya)\nIpaambit: Facebook | Twitter\n\n"+
		"CEBU — About 5,000 people left Saraqeb on Monday, aid groups said.\n")
	if a.Dateline != "CEBU" || strings.Contains(a.Body, "Larawan") {
		t.Errorf("dateline %q, body %q", a.Dateline, a.Body)
	}
}

// A masthead in Latin capitals over a footer that writes the outlet's
// name in Cyrillic names the publisher as the masthead spells it.
func TestParse_Heldout824LatinMastheadOverCyrillicFooter(t *testing.T) {
	a := parseArticle("t", "ÖSKEMEN\n«Өскемен» — облыстық апталық | English edition\nБасты бет | Әлем | English\n"+
		"Aid convoys stall as Idlib camps overflow\n2020-02-20T10:00:00+06:00\nAFP\n\n"+
		"About 80,000 people are sleeping in the open, the United Nations said.\n\n"+
		"© 2020 «Өскемен» апталығы. Барлық құқықтар қорғалған.\n")
	if a.Publisher != "Öskemen" {
		t.Errorf("publisher %q, want Öskemen", a.Publisher)
	}
}

func TestExtract_Heldout824Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "an hour hedged after \"until\"",
			body: "Volunteers handed out bread until about 4 in the afternoon, and about 200 families got none.",
			want: []wantFact{{value: 200, category: Other}}},
		{name: "the second number of a resolution's symbol",
			body: "The Assembly adopted resolution 64/292 in 2010, and 12 countries abstained.",
			want: []wantFact{{value: 12, category: Other}}},
		{name: "a gathering outside a hall in the outlet's town",
			body: "Between 60 and 80 people gathered outside a parish hall in the old town on Sunday evening, the organisers said.",
			want: []wantFact{{value: 60, category: Other}}},
		{name: "a crowd gathered at a border gate",
			body: "The police counted more than 2,000 people gathered at the Kapikule gate and at makeshift sites along the river.",
			want: []wantFact{{value: 2000, category: AtRisk}}},
		{name: "people who had lived in a place and reached another",
			body: "Some 20 families who had lived in hamlets near the front reached the town on Friday, a local priest said.",
			want: []wantFact{{value: 20, category: Displaced}}},
		{name: "a father who left with a hedged count of neighbours",
			body: "\"My father left Saraqeb on Monday with perhaps 30 neighbours,\" she said.",
			want: []wantFact{{value: 30, category: Displaced}}},
		{name: "\"the agency's\" figures after an acronym in the same sentence",
			body: "The UN migration agency opened an office in Beirut last year.\n\nLebanon hosts some 900,000 Syrians registered with UNHCR, according to the agency's latest figures.",
			want: []wantFact{{value: 900000, category: Refugees, source: "UNHCR"}}},
		{name: "an apposition that gives the speaker's acronym in brackets",
			body: "The UN aid office, the Office for the Coordination of Humanitarian Affairs (OCHA), said its teams had counted about 5,000 people at the camp since Monday.",
			want: []wantFact{{value: 5000, category: Sheltered, source: "OCHA"}}},
		{name: "an owner's estimate as the subject of \"is\"",
			body: "UNHCR's latest figure is about 60,000 people displaced since Friday.",
			want: []wantFact{{value: 60000, category: Displaced, source: "UNHCR"}}},
		{name: "a directorate named with its town, then \"the directorate\"",
			body: "The regional migration directorate in Kilis said 300 Syrians had arrived overnight. The province hosts about 2,000 refugees, the directorate said.",
			want: []wantFact{{value: 300, category: Displaced, source: "regional migration directorate in Kilis"},
				{value: 2000, category: Refugees, source: "regional migration directorate in Kilis"}}},
		{name: "a count across the world",
			body: "Some 79.5 million people were forced from their homes worldwide by the end of 2019, the agency said.",
			want: []wantFact{{value: 79500000, category: Displaced, location: "worldwide"}}},
		{name: "a count around the world",
			body: "UNHCR says 80 million people around the world have been forced to flee.",
			want: []wantFact{{value: 80000000, category: Displaced, location: "world"}}},
		{name: "a named region of a country",
			body: "About 900 Syrians crossed into the Kurdistan Region of Iraq on Sunday, the agency said.",
			want: []wantFact{{value: 900, category: Displaced, location: "Kurdistan Region"}}},
		{name: "a part's whole with a phrase after it, then the predicate",
			body: "The agency said some 40,000 of those on the road are children.",
			want: []wantFact{{value: 40000, category: Displaced, unit: "children"}}},
		{name: "more of the whole after its part",
			body: "Nearly 500,000 people have fled since December. About 250,000 of those displaced since December are children.\n\nA further 80,000 have fled in the past week alone, the UN said.",
			want: []wantFact{{value: 500000, category: Displaced}, {value: 250000, category: Displaced, unit: "children"},
				{value: 80000, category: Displaced, unit: "people"}}},
		{name: "the place named most, but only after the figure",
			body: "Shelling in northwest Syria has driven 50,000 people from their homes, the UN says.\n\n" +
				"Most schools have closed, and at least 40 teachers have stopped working, a teacher told us.\n\n" +
				"Volunteers in Zalau collected 300 blankets on Sunday. Families in Zalau gave money too, and people in Zalau remember the floods of 1970.",
			want: []wantFact{{value: 50000, category: Displaced, location: "northwest Syria"}, {value: 40, category: Other, location: "northwest Syria"},
				{value: 300, category: Other, location: "Zalau"}}},
		{name: "a capital that wants a strip of a given depth",
			body: "Ankara wants a buffer strip about 30 km deep along the frontier.",
			want: []wantFact{{value: 30, category: Other, source: "Ankara"}}},
	})
}

// The speaker a woman or man is named by when the page names them in a
// clause, or in apposition before a relative clause, is who "she said"
// stands for; a role "with" a body is named with it.
func TestExtract_Heldout824NamedSpeakers(t *testing.T) {
	for _, tt := range []struct {
		name, page string
		want       map[string]string
	}{
		{"a name given in a relative clause",
			"A headline\n\nA farmer from the village of Kafr Nabl, who gave his name only as Samir, said he left on Sunday. \"There were 12 of us in the truck,\" he said.\n",
			map[string]string{"12": "Samir"}},
		{"an age, a role and a relative clause before the verb",
			"A headline\n\nLeila Mansour, 52, the school's headmistress, who has taught in the town since 1998, said the roof had fallen in. \"About 35 children sleep in one classroom,\" she said.\n",
			map[string]string{"About 35 children": "Leila Mansour"}},
		{"a role with a body, then \"he\" and \"the nurse\"",
			"A headline\n\nAbout 25 families arrive every night, a nurse with the district health office told us.\n\nHe said about 40 families had slept outside. \"We had 60 blankets and none are left,\" the nurse said.\n",
			map[string]string{"About 25 families": "nurse with the district health office", "about 40 families": "nurse with the district health office",
				"60 blankets": "nurse"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSourcesByPhrase(t, tt.page, tt.want) })
	}
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout824Guards(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "people from around the world are where they live",
			body: "Roughly 9,000 of the camp's residents are foreigners from around the world, held in an annex of al-Hol camp.",
			want: []wantFact{{value: 9000, category: Sheltered, location: "al-Hol"}}},
		{name: "the place named most, named before the figure too",
			body: "Volunteers in Zalau collected 300 blankets on Sunday.\n\n" +
				"Shelling in northwest Syria has driven 50,000 people from their homes, the UN says; schools in northwest Syria are closed.\n\n" +
				"At least 40 teachers have stopped working, a teacher told us.\n\n" +
				"Families in Zalau gave money too, and people in Zalau remember the floods of 1970. The mayor in Zalau thanked them.",
			want: []wantFact{{value: 300, category: Other, location: "Zalau"}, {value: 50000, category: Displaced, location: "northwest Syria"},
				{value: 40, category: Other, location: "Zalau"}}},
		{name: "a wish the sentence's speaker tells",
			body: "Turkey wants to send back up to a million refugees, President Erdogan said.",
			want: []wantFact{{value: 1000000, category: Other, source: "Erdogan"}}},
		{name: "a monitor named in apposition after a day",
			body: "On Saturday, the Syrian Observatory for Human Rights, a Britain-based monitor, said at least 30 villages had been emptied.",
			want: []wantFact{{value: 30, category: Other, source: "Syrian Observatory for Human Rights"}}},
		{name: "a count with nothing after \"left ... with\"",
			body: "\"We left Saraqeb with nothing, nine of us in a van,\" said Huda, 40.",
			want: []wantFact{{value: 9, category: Other}}},
	})
}
