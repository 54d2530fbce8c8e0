package corpus

import "testing"

// Classes found on the seven-hundred-and-fortieth to seven-hundred-and-
// forty-third held-out sets, in text of our own.

func TestHeader_Heldout740(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a French date line whose update takes as many words again",
			page:      "Radio Nord 89,7 FM\nAccueil | Nouvelles | International\nUne manchette sur les camps\nPublié le mardi 3 mars 2020 à 7 h 15 (HNC) — Mis à jour à 16 h 20 (HNC)\n\n",
			published: "2020-03-03"},
		{name: "a French credit that elides the agency's article",
			page: "Radio Nord 89,7 FM\nAccueil | Nouvelles | International\nUne manchette sur les camps\n2020-03-03\nPar la salle des nouvelles de Radio Nord, avec l'AFP\n\n",
			wire: "AFP"},
	})
}

func TestExtract_Heldout740Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a witness placed in more words before what was seen",
			body: "Police fired tear gas again at Pazarkule. A Reuters photographer on the Turkish side saw about 400 people pressed against the fence.",
			want: []wantFact{{value: 400, category: AtRisk, source: "Reuters photographer"}}},
		{name: "the answer \"No.\" is no part of the name after it",
			body: "Haddad: No. Beirut says it already hosts about 1.5 million Syrians.",
			want: []wantFact{{value: 1.5e6, category: Refugees, source: "Beirut"}}},
		{name: "an offensive dated by what happened days after it began",
			body: "Ten days after Turkish troops crossed into northeast Syria on October 9, whole towns stand empty. " +
				"The UN says at least 150,000 people have been displaced since the operation began.",
			pub:  "2019-10-19",
			want: []wantFact{{value: 150000, category: Displaced, period: "2019-10-09"}}},
		{name: "a speaker named by their age after a quotation",
			body: "For Dr Ana Kovač, a surgeon from Rijeka who has worked at a field hospital near Atmeh since January, the numbers have faces. " +
				"\"On Monday we received 37 wounded patients in one afternoon,\" the 41-year-old told us by telephone.",
			want: []wantFact{{value: 37, category: Other, source: "Ana Kovač"}}},
	})
}
