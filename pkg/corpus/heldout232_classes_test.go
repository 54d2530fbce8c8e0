package corpus

import "testing"

// Classes found on the two-hundred-and-thirty-second to two-hundred-and-
// thirty-fifth held-out sets, in text of our own.

func TestExtract_Heldout232Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "the wounded who later died are deaths",
			body: "Medics said 9 people injured by the shelling had died overnight at the field clinic.",
			want: []wantFact{{value: 9, category: Killed}}},
		{name: "the wounded who live are not",
			body: "Medics said 9 people were injured by the shelling and treated at the field clinic.",
			want: []wantFact{{value: 9, category: Other}}},
		{name: "people tied to an armed group who left a camp",
			body: "Guards said about 300 women tied to the militants had walked out of the camp during the shelling.",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
		{name: "families who may end up without shelter",
			body: "Up to 900 families could find themselves without a roof before the winter is over, the mayor warned.",
			want: []wantFact{{value: 900, category: AtRisk, qual: AtMost}}},
		{name: "arrivals counted per day",
			body: "Volunteers said some 250 people were arriving daily at the reception tents.",
			want: []wantFact{{value: 250, category: Displaced, qual: Approx}}},
		{name: "people crowding into villages",
			body: "Thousands of people have crowded into border villages along the valley road, the council said.",
			want: []wantFact{{value: 1000, category: Displaced}}},
	})
}

func TestExtract_Heldout232Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Latvian related links and a subscription offer",
			body: "About 300 tents flooded overnight.\n\nLasiet arī: 7 fakti par bēgļu nometnēm\nAbonē avīzi: trīs mēneši par 2 eiro.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
		{name: "a caption about a country is not its source",
			body: "Rain hit the camps again.\n\nJordan's camps in figures:\n- Some 80,000 refugees live in the largest camp.\n- About 40,000 refugees live in the second camp.\n",
			want: []wantFact{{value: 80000, category: Sheltered, qual: Approx, source: "reporter"}, {value: 40000, category: Sheltered, qual: Approx, source: "reporter"}}},
	})
}

// An interview whose outlet asks the questions under a label with a
// lower-case particle: the answers are the guest's.
func TestExtract_Heldout232InterviewLabel(t *testing.T) {
	page := "Le Courrier du Sud\nLe quotidien de la vallée\nAccueil | Région | Monde\nA nurse on the flooded camps\nPublié le 04/03/2020\nPar Anne Roy\n\n" +
		"Mira Haddad runs a clinic in the valley.\n\nLe Courrier du Sud: What do you see?\n\nMira Haddad: We treated 45 children on Friday.\n\n" +
		"Le Courrier du Sud: And the tents?\n\nMira Haddad: About 80 tents were flooded.\n\n© Le Courrier du Sud 2020\n"
	runSourceCase(t, page, 2, "Mira Haddad")
}

func TestExtract_Heldout232Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Latvian date line",
			page: "Rīta Vēstis\nRain floods hundreds of tents in camps near the border\nPublicēts: 2020. gada 4. martā, 09:10\n", published: "2020-03-04"},
		{name: "an agency in brackets after a join",
			page: "Le Quotidien du Soir\nRain floods hundreds of tents in camps near the border\nPublié le 04/03/2020\nPar la rédaction (avec AFP)\n", wire: "AFP"},
		{name: "a masthead of letters and digits over its long name",
			page: "NORTH7\nNorth7 Centre for Regional Reporting\nRain floods hundreds of tents in camps near the border\nWednesday, 4 March 2020\nBy North7 staff\n", publisher: "North7"},
	})
}
