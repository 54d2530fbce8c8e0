package corpus

import "testing"

// Classes found on the two-hundred-and-seventy-second to two-hundred-and-
// seventy-fifth held-out sets, in text of our own.

func TestExtract_Heldout272Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a Portuguese read-more line",
			body: "About 300 tents flooded overnight.\n\nLeia mais: 5 coisas que precisa de saber sobre o campo\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

// An interview's guest introduced with two given names, one with a letter
// outside ASCII, answers under the surname: the full name is the source.
func TestExtract_Heldout272TwoGivenNames(t *testing.T) {
	page := "La Voz del Valle\nEl diario del valle\nInicio | Mundo\nAn aid worker on the border\nPublicado: 4 de marzo de 2020\nPor la redacción\n\n" +
		"La Voz del Valle spoke by telephone with María José Quintero, a protection officer in Amman.\n\nLa Voz del Valle: How many people are at the border?\n\n" +
		"Quintero: Up to 40,000 people are waiting at the fence.\n\nLa Voz del Valle: And the trucks?\n\nQuintero: About 200 trucks crossed on Monday.\n\n© La Voz del Valle 2020\n"
	runSourceCase(t, page, 2, "María José Quintero")
}
