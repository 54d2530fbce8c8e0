package corpus

import "testing"

// Classes found on the two-hundred-and-forty-eighth to two-hundred-and-
// fifty-first held-out sets, in text of our own.

func TestExtract_Heldout248Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a share the same thing had before",
			body: "Rebels hold roughly 40 percent of the district, down from about a third in March.",
			want: []wantFact{{value: 40, category: Other, qual: Approx}, {value: 33.33, category: Other, qual: Approx}}},
		{name: "a funded share",
			body: "The winter appeal is less than a quarter funded.",
			want: []wantFact{{value: 25, category: Other, qual: AtMost}}},
		{name: "a share a price rose by is no figure",
			body: "The price of bread has risen by a third.",
			want: nil},
		{name: "patients treated for a condition",
			body: "Doctors said at least 20 children at the roadside camps had been treated for heatstroke.",
			want: []wantFact{{value: 20, category: Other, qual: AtLeast}}},
		{name: "people a demolition order affects",
			body: "In the hill town the order affects around 9,000 people, aid groups say.",
			want: []wantFact{{value: 9000, category: AtRisk, qual: Approx}}},
		{name: "people seen landing",
			body: "\"That autumn we saw 2,000 people land in one night,\" the mayor said.",
			want: []wantFact{{value: 2000, category: Displaced}}},
		{name: "who spoke at a briefing",
			body: "Petrou told a briefing in Athens that the police had stopped about 900 people at the river.",
			want: []wantFact{{value: 900, category: Other, qual: Approx, source: "Petrou"}}},
	})
}

func TestExtract_Heldout248Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "related and subscription lines in Slovene, Basque, Spanish and Finnish",
			body: "About 300 tents flooded overnight.\n\nPreberite tudi: 4 dejstva o beguncih\nIrakurri ere: 6 urteko gerra\nRelacionado: Las 3 claves del conflicto\n" +
				"Suscríbase por B/.3.99 al mes.\nNaročite se na e-novice in prejmite 10 evrov.\nTue journalismia: tilaa 2 kuukautta 1 €.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
		{name: "list items under a heading credit their sources in brackets",
			body: "Rain hit the camps again.\n\nTHE WINTER IN FIGURES\n• 12,000 people displaced since January (OCHA)\n• At least 40 civilians killed (Syrian Observatory for Human Rights)\n",
			want: []wantFact{{value: 12000, category: Displaced, source: "OCHA"}, {value: 40, category: Killed, qual: AtLeast, source: "Syrian Observatory for Human Rights"}}},
		{name: "a list item's label that 'found' something is no source",
			body: "Rain hit the camps again.\n\nThe scale of the order, according to the UN refugee agency (UNHCR):\n\n• Tents found in breach of the rules: about 2,100\n• Families affected: some 900\n",
			want: []wantFact{{value: 2100, category: Other, qual: Approx, source: "UNHCR"}, {value: 900, qual: Approx, category: Other, source: "UNHCR"}}},
	})
}

// An interview whose labels are in capitals gives the guest's full name.
func TestExtract_Heldout248CapitalLabels(t *testing.T) {
	page := "Island Radio News\nNews for the islands\nHome | News | World\nAn aid worker on the demolitions\nPublished: 4 March 2020\nBy Ann Lee\n\n" +
		"Island Radio News spoke by phone with Rana Abou Saad, a spokeswoman for an aid group in Beirut.\n\nISLAND RADIO NEWS: How many shelters?\n\n" +
		"ABOU SAAD: About 3,000 shelters are affected.\n\nISLAND RADIO NEWS: And the families?\n\nABOU SAAD: Some 900 families have lost their homes.\n\n© Island Radio News 2020\n"
	runSourceCase(t, page, 2, "Rana Abou Saad")
}

func TestExtract_Heldout248Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Basque date",
			page: "BERRIA\nAlbisteak | Mundua | Kirolak\nRain floods hundreds of tents in camps near the border\n2020ko martxoaren 4a, 10:15\nBERRIA | EFE\n", published: "2020-03-04"},
	})
}
