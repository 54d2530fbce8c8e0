package corpus

import "testing"

// Classes found on the two-hundred-and-twelfth to two-hundred-and-
// fifteenth held-out sets, in text of our own.

func TestExtract_Heldout212Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "newborns who have died",
			body: "At least nine newborns have died in the camp since December.",
			pub:  "2019-02-20",
			want: []wantFact{{value: 9, category: Killed, qual: AtLeast}}},
		{name: "how long a place was held",
			body: "The army took back the crossing, which rebels had held for three years.",
			want: nil},
		{name: "a centre holding more than it was built for",
			body: "The centre was designed for 800 people; the ministry said on Tuesday that it was holding close to 1,300.",
			want: []wantFact{{value: 800, category: Other}, {value: 1300, category: Sheltered, qual: Approx}}},
		{name: "people who were protesting",
			body: "Police fired tear gas at a group of around 150 migrants who were protesting in the town centre.",
			want: []wantFact{{value: 150, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout212Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Albanian and Greek related lines, capitalised, and an appeal in Yemeni rials",
			body: "About 300 tents flooded overnight.\n\nLexo edhe: Police stop 9 migrants near the border\nΔιαβάστε επίσης: 4 things to know about the new asylum rules\n" +
				"Support us: subscribe for YR 5,000 a year.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout212Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "an Albanian date and an agency joined with me",
			page: "Zëri Online\nRain floods hundreds of tents in camps near the border\n6 korrik 2018, 15:40\nZeri.info me AFP | English version\n", published: "2018-07-06", wire: "AFP"},
		{name: "an outlet whose short lower-case word has an accent, with an agency",
			page: "LA VIE ÉCO\nL'hebdomadaire de l'économie\nAccueil | Monde\nAccueil › Monde › En direct\nRain floods hundreds of tents in camps near the border\n" +
				"Mis à jour le lundi 2 mars 2020 à 18h40 | La Vie éco avec Reuters\nPartager : Facebook · Twitter\n", wire: "Reuters"},
		{name: "a masthead in capitals that opens with an accented letter",
			page: "ÚLTIMO AVISO\nEl diario de la tarde\nInicio | Mundo\nMundo » Medio Oriente\nRain floods hundreds of tents in camps near the border\n" +
				"2 de julio de 2019\nPor EFE\n" + storyLine + "\nÚltimo Aviso: todos los derechos reservados.\n", publisher: "Último Aviso"},
		{name: "a post line with its author and date",
			page: "Hargeisa Sun\nIndependent News from the Horn\nHome | World\nYou are here: Home / World\nRain floods hundreds of tents in camps near the border\n" +
				"Posted by Hargeisa Sun on February 19, 2019\nShare: Facebook | Twitter\n", published: "2019-02-19"},
	})
}
