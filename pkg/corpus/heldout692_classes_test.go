package corpus

import "testing"

// Classes found on the six-hundred-and-ninety-second to six-hundred-
// and-ninety-fifth held-out sets, in text of our own.

func TestExtract_Heldout692Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "phone numbers after a donation phone's label and a payment app",
			body: "About 300 families arrived on Monday. Ziedojumi: zvaniet uz ziedojumu tālruni 9010 4040. Toeta: annetustelefon 900 1234. Lahjoita: MobilePay 20 500.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "a phone number of three groups, the first two read as one",
			body: "About 300 families arrived on Monday. Information at 376 555 0100.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "its army after the country named before",
			body: "Jordan has kept its border shut. Its army says it sent 25 trucks of aid across on Sunday.",
			want: []wantFact{{value: 25, category: Other, qual: Exact, unit: "trucks", source: "Jordanian army"}}},
		{name: "just over is at least",
			body: "Just over 2,000 refugees live in the camp.",
			want: []wantFact{{value: 2000, category: Sheltered, qual: AtLeast, unit: "refugees"}}},
	})
}

func TestSource_Heldout692Classes(t *testing.T) {
	// The outlet's label ends in its number, "Kanaal 9:".
	runSourceCase(t, "KANAAL 9\nChristelike radio vir Namibië – Christian radio for Namibia\nTuis | Nuus | Namibië | Wêreld | Kerk | Programme | Luister nou\nTuis › Nuus › Wêreld\n“We are eight in one tent” – a nurse on the crisis at Lesbos\nDonderdag 5 Maart 2020\nDeur Annelie Brand\nFoto: Verskaf / Supplied\nDeel: Facebook | WhatsApp | Twitter\n\n"+
		"Marlize Engels, 44, a nurse from Windhoek, has been volunteering at a clinic outside the Moria camp on Lesbos. Kanaal 9 spoke to her on Wednesday.\n\n"+
		"Kanaal 9: How many patients does your clinic see?\n\nEngels: Between 150 and 200 a day, sometimes more.\n\n"+
		"Kanaal 9: Will you stay?\n\nEngels: Yes, until Easter.\n\n© 2020 Kanaal 9. All rights reserved.\nOriginal url: https://www.kanaal9.com.na/nuus/wereld/we-are-eight-in-one-tent/\n", 1, "Marlize Engels")
}

func TestHeader_Heldout692Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a date line with its clock and when the page was last updated",
			page:      "AVISA\nAvisa for regionen\nNyheter | Sport | Utenriks\nForsiden › Utenriks › Direkte\nLIVE: Thousands flee the offensive in the north\nPublisert mandag 2. mars 2020 kl. 08.55 – Sist oppdatert kl. 21.52\nAvisa nyhetsdesk | NTB\n",
			published: "2020-03-02"},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout692Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "its volunteers are no state's",
			body: "The Red Crescent opened a clinic near Jordan. Its volunteers counted 40 families on Monday.",
			want: []wantFact{{value: 40, category: Other, qual: Exact, unit: "families", source: "Its volunteers"}}},
	})
}
