package corpus

import "testing"

// Classes found on the two-hundred-and-twenty-eighth to two-hundred-and-
// thirty-first held-out sets, in text of our own.

func TestExtract_Heldout228Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "hundreds of dollars",
			body: "Smugglers charge hundreds of dollars to take a family past the checkpoints.",
			want: nil},
	})
}

func TestExtract_Heldout228Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Dutch subscription lines and an amount grouped by a space",
			body: "About 300 tents flooded overnight.\n\nAbonneer je nu: 3 maanden digitaal voor €1 per week.\nSoutenez-nous : abonnement à partir de 5 000 FCFA par mois.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout228Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Polish report line with an agency",
			page: "Gazeta Poranna\nRain floods hundreds of tents in camps near the border\n29 lutego 2020 | aktualizacja: 23:10\nRelacja: Anna Nowak / PAP\n", wire: "PAP"},
		{name: "a story compiled by staff from an agency",
			page: "Yukon Herald\nYukon's daily\nNews | World\nHome / World / Live\nRain floods hundreds of tents in camps near the border\nLast updated: 2020-03-04T16:12-08:00\n" +
				"Compiled by Herald staff from The Associated Press\nShare: Facebook | Twitter\n", wire: "AP"},
	})
}
