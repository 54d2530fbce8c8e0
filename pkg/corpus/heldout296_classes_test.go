package corpus

import "testing"

// Classes found on the two-hundred-and-ninety-sixth to two-hundred-and-
// ninety-ninth held-out sets, in text of our own.

func TestExtract_Heldout296Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "children flown off an island are a transfer",
			body: "The government flew 250 unaccompanied minors off Samos to hotels on the mainland on Tuesday.",
			want: []wantFact{{value: 250, category: Other}}},
		{name: "refugees flown back to a country are taken in",
			body: "The Pope flew 12 Syrian refugees back to Rome on his own plane.",
			want: []wantFact{{value: 12, category: Refugees}}},
		{name: "people sent running from a fire",
			body: "Fires broke out after midnight, sending thousands of people running into the fields above the camp.",
			want: []wantFact{{value: 1000, category: Displaced, qual: AtLeast}}},
		{name: "a camp that is home to refugees",
			body: "Kawergosk, the second camp near Erbil, is home to about 9,000 Syrian refugees.",
			want: []wantFact{{value: 9000, category: Sheltered, qual: Approx}}},
		{name: "a list item sheltering near a border",
			body: "Displaced since the offensive began: about 200,000\nSheltering near the Jordanian border: about 50,000\n",
			want: []wantFact{{value: 200000, category: Displaced, qual: Approx}, {value: 50000, category: AtRisk, qual: Approx}}},
		{name: "a part of the displaced who have since gone home",
			body: "The office said some 150,000 people had been displaced since Oct. 9, although about 60,000 of them had since gone home.",
			pub:  "2019-10-24",
			want: []wantFact{{value: 150000, category: Displaced, qual: Approx}, {value: 60000, category: Other, qual: Approx}}},
		{name: "how long a crossing takes",
			body: "Most of the 300 migrants landed after a crossing of up to eight days.",
			want: []wantFact{{value: 300, category: Displaced}}},
		{name: "how old babies are",
			body: "Some 500 families fled the town, some carrying babies of three or four weeks.",
			want: []wantFact{{value: 500, category: Displaced, qual: Approx}}},
		{name: "foreigners among a camp's people",
			body: "The camp holds about 50,000 people, most of them women and children, among them some 8,000 foreigners.",
			want: []wantFact{{value: 50000, category: Sheltered, qual: Approx}, {value: 8000, category: Sheltered, qual: Approx}}},
	})
}

func TestExtract_Heldout296Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a Catalan related-news line and a Swahili newsletter line",
			body: "About 300 tents flooded overnight.\n\nNotícies relacionades: Andorra acollirà 12 refugiats l'any vinent\nJiunge na jarida letu la kila siku saa 12 asubuhi.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestHeader_Heldout296Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a masthead in two scripts and a desk of the outlet with an agency",
			page:      "北国新聞 Hokkoku Shimbun\nKanazawa | English Edition\nホーム > 国際\nA headline for the story about the camps\n2020年3月9日（月） 21:15 更新\nKyodo / Hokkoku Shimbun International Desk\n" + storyLine + "\n© 2020 Hokkoku Shimbun\n",
			publisher: "Hokkoku Shimbun", wire: "Kyodo", published: "2020-03-09"},
		{name: "a Spanish date line with a spaced a. m.",
			page:      "A headline for the story\nPublicado el domingo 1 de julio de 2018 - 10:15 a. m.\n" + storyLine,
			published: "2018-07-01"},
		{name: "a masthead over a tagline that says since when it serves a place",
			page:      "Karoo Courier\nServing Kimberley and the Karoo since 1878\nNews | World\nHome > News\nA headline for the story\nPublished: 2020-02-21 14:03 | Reuters\n" + storyLine + "\n© 2020 Independent Media. All rights reserved.\n",
			publisher: "Karoo Courier", wire: "Reuters"},
		{name: "a one-word masthead in capitals at its address",
			page:      "MWANANCHI\nGazeti la Kila Siku\nHabari | Kitaifa | Kimataifa | Biashara | Michezo | Burudani\nA headline for the story\nJumamosi, Julai 7, 2018\nBy AP\n" + storyLine + "\n© 2018 Habari Media (2006) Ltd.\nOriginal url: https://mwananchi.co.tz/story/1\n",
			publisher: "Mwananchi", wire: "AP"},
	})
}
