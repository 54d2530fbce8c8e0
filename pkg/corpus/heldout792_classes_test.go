package corpus

import "testing"

// Classes found on the seven-hundred-and-ninety-second to seven-hundred-
// and-ninety-fifth held-out sets, in text of our own.

func TestExtract_Heldout792Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a text-message box that says \"number\" in Lithuanian",
			body: "About 300 tents flooded overnight, the council said.\n\nPrenumeruokite mūsų naujienas – siųskite SMS su žodžiu ZINIOS numeriu 1555 (kaina 0,29 Eur).",
			want: []wantFact{{value: 300, category: Other}}},
		{name: "a Hungarian appeal with a donation line and an account number",
			body: "About 300 tents flooded overnight, the council said.\n\nTámogassa a menekült családokat! Adományvonal: 13700 (hívásonként 1000 Ft), számlaszám: 10700024-12345678.",
			want: []wantFact{{value: 300, category: Other}}},
		{name: "travellers killed on a road",
			body: "Police said 14 travellers were killed when gunmen stopped their bus outside the town.",
			want: []wantFact{{value: 14, category: Killed, unit: "travellers"}}},
		{name: "families who left with the speaker",
			body: "Her cousin said that some 40 households from the market quarter had left with her.",
			want: []wantFact{{value: 40, category: Displaced}}},
		{name: "people who come over a border",
			body: "Between 300 and 500 people come over, mostly along mountain paths near the river.",
			want: []wantFact{{value: 300, category: Displaced}}},
		{name: "a town with an Arabic article written apart",
			body: "Some 9,000 refugees from Burundi now live in Dar es Salaam, the ministry said.",
			want: []wantFact{{value: 9000, category: Refugees, location: "Dar es Salaam"}}},
		{name: "a camp whose name holds an Arabic article written apart",
			body: "Near the lake, the Dar es Salam camp shelters about 7,000 people who fled the raids.",
			want: []wantFact{{value: 7000, category: Sheltered, location: "Dar es Salam"}}},
	})
}

// An interview whose answers carry the speaker's dotted initials credits
// the name they abbreviate.
func TestExtract_Heldout792DottedInitials(t *testing.T) {
	page := "THE VALLEY CHRONICLE\nInterview: ‘The schools are full’\nPublished 12 March 2024\n\n" +
		"Nadia Okafor, 38, a nurse from Enugu, has spent a month in the camps of the north.\n\n" +
		"Valley Chronicle: What did you find?\n\n" +
		"N.O.: About 400 families are living in the school I work in.\n\n" +
		"Valley Chronicle: And the clinics?\n\n" +
		"N.O.: We see 120 patients a day.\n\n" +
		"Valley Chronicle: Thank you.\n"
	runSourceCase(t, page, 2, "Nadia Okafor")
}

// A country's sending its troops in, in a sentence of its own, dates an
// offensive the article later counts from.
func TestExtract_Heldout792SentTroops(t *testing.T) {
	page := "THE EVENING LEDGER\nWorld\nWhat the offensive has cost\nUpdated 20 March 2024\n\n" +
		"Ethiopia sent troops into the northern hills on March 4.\n\n" +
		"The UN says some 80,000 people have fled since the offensive began.\n"
	if got := formatDate(onlyFactOf(t, page).PeriodStart); got != "2024-03-04" {
		t.Errorf("period start %q, want 2024-03-04", got)
	}
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout792Guards(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a count after a text-message alert, with no word for \"number\" before it, is a count",
			body: "After an SMS alert, some 4500 people have left the valley.",
			want: []wantFact{{value: 4500, category: Displaced}}},
	})
}
