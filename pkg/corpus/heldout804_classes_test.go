package corpus

import "testing"

// Classes found on the eight-hundred-and-fourth to eight-hundred-and-
// seventh held-out sets, in text of our own.

func TestExtract_Heldout804Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a Finnish donation line with a text-message number and a phone number",
			body: "About 300 tents flooded overnight, the council said.\n\nLahjoita: Kirkon Ulkomaanapu – tekstiviesti KUA10 numeroon 16155 (10 €) tai soita 0600 11 000 (10,01 € + pvm)",
			want: []wantFact{{value: 300, category: Other}}},
		{name: "a body's dotted abbreviation that ends a sentence before the next one",
			body: "About 90,000 Syrians are registered as refugees in Egypt with the U.N. Officials in Cairo say more could come if the fighting spreads.",
			want: []wantFact{{value: 90000, category: Refugees}}},
		{name: "families who packed up and left for a town",
			body: "He said about 25 families from his street had loaded their vans and left for Qamishli before dawn.",
			want: []wantFact{{value: 25, category: Displaced}}},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout804Guards(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a body's abbreviation before the rest of its name goes on with it",
			body: "Aid groups working with the U.N. Refugee Agency said 90,000 Syrians had fled to Egypt.",
			want: []wantFact{{value: 90000, category: Displaced, source: "Aid groups"}}},
	})
}
