package corpus

import "testing"

// Classes found on the five-hundred-and-seventy-sixth to five-hundred-
// and-seventy-ninth held-out sets, in text of our own.

func TestExtract_Heldout576Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a restatement nearer a number",
			body: "Ankara says 120,000 migrants have crossed. Greek officials called the figure \"propaganda\" and put the real number nearer 8,000.",
			want: []wantFact{
				{value: 120000, category: Displaced, unit: "migrants"},
				{value: 8000, category: Displaced, qual: Approx, unit: "migrants"},
			}},
		{name: "a family's size in apposition",
			body: "\"My sister's family, seven people, is still in Nawa and we cannot reach them,\" she said by telephone from a camp near the border fence.",
			want: []wantFact{{value: 7, category: Other, unit: "people"}}},
		{name: "refugees leaving under a return programme",
			body: "Lebanese General Security says more than 90,000 refugees have left Lebanon for Syria since 2018 under its return programme.",
			want: []wantFact{{value: 90000, category: Other, qual: AtLeast, unit: "refugees", period: "2018-01-01"}}},
		{name: "the size of a household that speaks",
			body: "\"Where do the seven of us sleep after this?\" she asked.",
			want: []wantFact{{value: 7, category: Other, unit: "people"}}},
	})
}

func TestExtract_Heldout576Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "headlines listed under a related label with bullets",
			body: "About 300 people crossed on Sunday.\n\nRelacionadas:\n· Idlib: 12 hospitals hit in a week\n· Tres heridos en un accidente en la AC-841\n\nSome 400 more arrived on Monday.\n",
			want: []wantFact{
				{value: 300, category: Displaced, qual: Approx, unit: "people"},
				{value: 400, category: Displaced, qual: Approx, unit: "people"},
			}},
		{name: "more from the outlet, in Bulgarian",
			body: "About 300 people crossed on Sunday.\n\nОще от Труд:\n· Five things to know about the operation\n· Borisov: 3 scenarios for the border\n\nSome 400 more arrived on Monday.\n",
			want: []wantFact{
				{value: 300, category: Displaced, qual: Approx, unit: "people"},
				{value: 400, category: Displaced, qual: Approx, unit: "people"},
			}},
		{name: "keep reading, in Spanish",
			body: "About 300 people crossed on Sunday.\n\nSigue leyendo:\n- Ecuador registra 1.200 venezolanos diarios en Rumichaca\n- Los 5 países que más refugiados acogen\n\nSome 400 more arrived on Monday.\n",
			want: []wantFact{
				{value: 300, category: Displaced, qual: Approx, unit: "people"},
				{value: 400, category: Displaced, qual: Approx, unit: "people"},
			}},
	})
}

func TestHeader_Heldout576Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Bulgarian clock after the date",
			page: "SEGA\nA headline for the story\n16.10.2019, 15:40 ч.\n", published: "2019-10-16"},
	})
	runLayoutCases(t, []layoutCase{
		{name: "an acronym and the outlet's name after a dash on the first line",
			page:  "LNT — Le Nouveau Tribun de Lorraine\nLe quotidien de la Lorraine\nAccueil > Monde\nGreece holds the line at the Evros\nPublié le 04/03/2020 à 07:55\n\nThousands of people waited at the border on Wednesday, officials said.\n",
			title: "Greece holds the line at the Evros", dateline: "-"},
	})
}
