package corpus

import "testing"

// Classes found on the eight-hundred-and-twenty-eighth to eight-hundred-
// and-thirty-first held-out sets, in text of our own.

// A byline of a name, a slash and the outlet's newsroom ("Maya Ortiz /
// Valley Gazette staff") is no section trail: the headline above it stays
// the title, and the tagline above that stays a label.
func TestParse_Heldout828NameSlashOutletStaff(t *testing.T) {
	a := parseArticle("t", "Valley Gazette\nServing Rimby, Bentley and the lakes country\nNews | Local | Sports | Obituaries | Subscribe\n"+
		"Home › News › World\nRimby church group races to bring a family from Lebanon\nMaya Ortiz / Valley Gazette staff\n"+
		"Share: Facebook | Twitter | Email\n\nA Rimby church group has sponsored two Syrian families since 2016, its pastor said.\n")
	if a.Title != "Rimby church group races to bring a family from Lebanon" {
		t.Errorf("title %q", a.Title)
	}
}

// A "Text:" credit that ends on a wire names the wire.
func TestParse_Heldout828TextCreditNamesWire(t *testing.T) {
	a := parseArticle("t", "Norra Kusten\nNyheter från kusten\nNyheter | Sport | Kultur\nThousands wait at the border as Greece holds firm\n"+
		"Onsdag 4.3.2020 · Uppdaterad kl. 20.10\nText: Nyhetsdesken, AFP\nBild: AFP\n\nAbout 500 people spent the night at the crossing, the police said.\n")
	if a.Wire != "AFP" {
		t.Errorf("wire %q, want AFP", a.Wire)
	}
}

// An interview whose guest is labelled with a title and the family name
// in capitals ("DR OKAFOR:") is the guest's, named as the introduction
// names her; a one-word label that is the middle of a name given in full
// ("Nyandeng:" for "Rebecca Nyandeng Garang") is that full name.
func TestExtract_Heldout828InterviewLabels(t *testing.T) {
	for _, tt := range []struct {
		name, page, want string
		facts            int
	}{
		{"a title and a family name in capitals",
			"RADIO MWANZA\nNews | Interviews\nInterview: a surgeon in Hasakah\n18 October 2019\n\n" +
				"Dr Amara Okafor, 40, a surgeon from Enugu, works at a hospital in Hasakah.\n\n" +
				"RADIO MWANZA: Dr Okafor, how busy is the hospital?\n\n" +
				"DR OKAFOR: We have 80 beds and more than 120 patients.\n\n" +
				"RADIO MWANZA: Who are they?\n\n" +
				"DR OKAFOR: Since Friday we have treated about 300 wounded.\n",
			"Amara Okafor", 3},
		{"a one-word label from the middle of a full name",
			"RADIO MWANZA\nNews | Interviews\nInterview: a nurse in Tal Tamr\n18 October 2019\n\n" +
				"Rebecca Nyandeng Garang, who trained as a nurse in Juba, works at a clinic in Tal Tamr.\n\n" +
				"RADIO MWANZA: Where are the families staying?\n\n" +
				"Nyandeng: In the school next to our clinic there are 45 families.\n\n" +
				"RADIO MWANZA: And the clinic?\n\n" +
				"Nyandeng: Yesterday we saw more than 160 patients.\n",
			"Rebecca Nyandeng Garang", 2},
	} {
		t.Run(tt.name, func(t *testing.T) { runSourceCase(t, tt.page, tt.facts, tt.want) })
	}
}

func TestExtract_Heldout828Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "one night's arrivals, registered",
			body: "On Sunday night alone we registered 900 people, the mayor told us.",
			want: []wantFact{{value: 900, category: Displaced}}},
		{name: "a people that ran into a neighbouring country",
			body: "About 200,000 Somalis ran into Kenya during the war, she said.",
			want: []wantFact{{value: 200000, category: Displaced}}},
	})
}

// A speaker who says the authorities "never" did a thing is who "he said"
// stands for after it: the authorities are no speaker.
func TestExtract_Heldout828NeverIsNoSpeech(t *testing.T) {
	checkSourcesByPhrase(t, "A headline\n\nJoseph Kollie, 58, a farmer who lived for six years in the camp, said the local authorities never asked anyone to leave. "+
		"\"More than 9,000 people lived there,\" he said.\n", map[string]string{"More than 9,000 people": "Joseph Kollie"})
}
