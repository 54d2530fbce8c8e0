package corpus

import "testing"

// Classes found on the three-hundred-and-fourth to three-hundred-and-
// seventh held-out sets, in text of our own.

func TestExtract_Heldout304Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people on islands whose centres have room for fewer",
			body: "Officials say some 30,000 people are waiting on the islands, whose reception centres have room for about 5,000.",
			want: []wantFact{{value: 30000, category: Sheltered, qual: Approx}, {value: 5000, category: Other, qual: Approx}}},
		{name: "people housed on a ship",
			body: "About 1,000 people landed this week. About 400 of them are being housed on a navy ship in the port.",
			want: []wantFact{{value: 1000, category: Displaced, qual: Approx}, {value: 400, category: Sheltered, qual: Approx}}},
		{name: "a camp's population that includes a count",
			body: "The camp's population includes about 900 children travelling alone, according to UNICEF.",
			want: []wantFact{{value: 900, category: Sheltered, qual: Approx}}},
		{name: "people reaching the islands",
			body: "Arrivals have slowed: on Sunday the coastguard recorded just 40 people reaching the islands.",
			want: []wantFact{{value: 40, category: Displaced}}},
		{name: "one thing for many people is a ratio",
			body: "About 5,000 people live in the camp. \"There is one toilet for 150 people.\"",
			want: []wantFact{{value: 5000, category: Sheltered, qual: Approx}}},
		{name: "a child's age after of",
			body: "About 80 families fled the village. A girl of about nine asked me when they could go home.",
			want: []wantFact{{value: 80, category: Displaced, qual: Approx}}},
		{name: "how long someone meant to stay",
			body: "About 80 families fled the village. I was only meant to stay three weeks.",
			want: []wantFact{{value: 80, category: Displaced, qual: Approx}}},
	})
}

func TestExtract_Heldout304Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Thai live-blog clock lines",
			body: "Follow our live coverage.\n\n14.05 น.\nPolice said 500 people were detained.\n\n16.40 น.\nThe border stayed shut.\n",
			want: []wantFact{{value: 500, category: Other}}},
	})
}

func TestHeader_Heldout304Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a parent broadcaster's initials before the outlet",
			page:      "RNB Radio Bulgaria Plus\nRomanian National Broadcaster | English service\nHome | News | World\nHome » World\nA headline for the story\nPublished 02.07.2018 | 14:03\n" + storyLine,
			publisher: "Radio Bulgaria Plus"},
		{name: "a camel-case masthead the page signs with a space",
			page:      "LeSoleil\nLe quotidien de Québec\nAccueil | Monde\nAccueil > Monde\nA headline for the story\nPublié le 5 juillet 2019 à 17 h 32\n" + storyLine + "\n© 2019 Le Soleil, tous droits réservés\n",
			publisher: "Le Soleil"},
		{name: "a masthead with a joiner over its tagline",
			page:      "Voice of Zomba\nMalawi's leading independent newspaper since 1895\nHome | News | World\nHome > World\nA headline for the story\nPublished: 2020-02-21 14:03 CAT\n" + storyLine + "\n© 2020 Zomba Media Group. All rights reserved.\n",
			publisher: "Voice of Zomba"},
		{name: "a Romanian desk with an agency",
			page: "A headline for the story\nPublicat: 28 februarie 2020, 08:55\nRedacția Știri, cu Reuters\n" + storyLine,
			wire: "Reuters"},
	})
}
