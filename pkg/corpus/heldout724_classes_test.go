package corpus

import "testing"

// Classes found on the seven-hundred-and-twenty-fourth to seven-hundred-
// and-twenty-seventh held-out sets, in text of our own.

func TestExtract_Heldout724Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "read-also headings over linked headlines in Nordic and Baltic languages",
			body: "About 300 families arrived on Monday, officials said.\n\n" +
				"Läs också:\nKommunen tar emot 20 kvotflyktingar i år\nHamnen får 2 nya båtar\n\n" +
				"Loga maid:\nGielda: 6 bearraša ožžot ođđa viesu\n\n" +
				"Lasiet arī:\nSlimnīca meklē 3 jaunus ārstus\n\n" +
				"Skaitykite taip pat:\nRajone – 2 nauji namai\n\nThe camp is full.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
	})
}

func TestLayout_Heldout724Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "Irish header labels",
			page:  "NUACHT.ie\nNuacht as Gaeilge\nNuacht | Spórt | In English\nA headline about the camp\nFoilsithe: 2019-10-25 16:05\nAgallamh: Deasc Idirnáisiúnta\nGrianghraf: A nurse at the reception tent. (Nuacht)\nRoinn: Facebook | Twitter | Ríomhphost\n\nAbout 300 families arrived on Monday.\n",
			title: "A headline about the camp",
			body:  "About 300 families arrived on Monday."},
	})
}

func TestHeader_Heldout724Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a desk with files from an agency", page: "CKXX\nNews Leader\nNews | World\nA headline about the border\nPosted 2020-03-02T08:15:00-03:30\nCKXX News Staff, with files from Reuters\n", wire: "Reuters"},
		{name: "a byline with reports from an agency", page: "The Lake Journal\nNews\nA headline about the camps\nJUL 3, 2018\nBy Ann Lake, Journal Staff Writer, with reports from Reuters\n", wire: "Reuters"},
		{name: "a Northern Sami text label naming the wire", page: "ÁVVIR\nSámegielat beaiveaviisa\nOđđasat | Máilbmi\nA headline about the road\nAlmmuhuvvon: 20.03.2018 dii. 14.12 | Ođasmahttojuvvon: 20.03.2018 dii. 17.40\nTeaksta: AFP\nGovva: Families rest beside the road. Govva: AFP/NTB scanpix\nJuogat: Facebook | Twitter | E-boasta\n", wire: "AFP", published: "2018-03-20"},
		{name: "a French date line and its update", page: "oSahel.com\nL'actualité\nAccueil | International\nA headline about the camps\nDate : 2018-03-19T17:24:00Z — Dernière mise à jour : 2018-03-19T21:05:00Z\nPar Ali Sawadogo, oSahel.com\n", published: "2018-03-19"},
	})
}

func TestSource_Heldout724Classes(t *testing.T) {
	// A label's family name after a particle, given a name with a letter
	// outside ASCII in the introduction.
	runSourceCase(t, "NUACHT.ie\nNuacht as Gaeilge\nNuacht | In English\nA headline about the camp\nFoilsithe: 2019-10-25 16:05\nAgallamh: Deasc Idirnáisiúnta\nGrianghraf: Siobhán Ní Bhriain at the tent. (Nuacht)\nRoinn: Facebook | Twitter | Ríomhphost\n\n"+
		"Families have fled into Iraq since October. Siobhán Ní Bhriain, 34, a nurse from Carna, runs a team at the camp.\n\n"+
		"Nuacht: How many arrive?\n\nNí Bhriain: Yesterday alone we registered 1,100 people at the tent.\n\n"+
		"Nuacht: Will you stay?\n\nNí Bhriain: Until Christmas.\n\nOriginal url: https://nuacht.example/agallamh\n", 1, "Siobhán Ní Bhriain")
}
