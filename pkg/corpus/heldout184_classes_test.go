package corpus

import "testing"

// Classes found on the hundred-and-eighty-fourth to hundred-and-eighty-
// seventh held-out sets, in text of our own.

func TestExtract_Heldout184Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "years as the subject of a sentence",
			body: "Six years is a long time to live under plastic.",
			want: nil},
		{name: "how long someone helped",
			body: "\"We have helped for seven years and now they call us the enemy,\" said the baker.",
			want: nil},
		{name: "a country that already shelters refugees",
			body: "Jordan already shelters hundreds of thousands of Syrians who fled earlier in the war.",
			want: []wantFact{{value: 100000, category: Refugees}}},
	})
}

func TestExtract_Heldout184Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Slovene, Lithuanian and Kinyarwanda related lines and a Lithuanian appeal",
			body: "About 300 tents flooded overnight.\n\nPreberite še: EU bo namenila 60 milijonov evrov\nSusiję: 12 sirų šeimų\nSoma nanone: Rwanda deploys 2 more battalions\n" +
				"Paremkite nepriklausomą žurnalistiką – tik 5 eurai per mėnesį.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout184Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Lithuanian date",
			page: "Vilniaus Žinios\nRain floods hundreds of tents in camps near the border\n2019 m. liepos 5 d. 10:12\n", published: "2019-07-05"},
		{name: "a Croatian October after a dotted day",
			page: "Zagrebački list\nRain floods hundreds of tents in camps near the border\n17:46 | 18. listopada 2019.\n", published: "2019-10-18"},
		{name: "a Polish November after a plain day",
			page: "Gazeta Graniczna\nRain floods hundreds of tents in camps near the border\n18 listopada 2019, 10:40\n", published: "2019-11-18"},
		{name: "a Kinyarwanda date",
			page: "Kigali Daily\nRain floods hundreds of tents in camps near the border\nKu wa Mbere, 14 Ukwakira 2019 - 09:12 | Byavuguruwe: 17:05\n", published: "2019-10-14"},
		{name: "a Slovene author line with an agency",
			page: "Ljubljanski Dnevnik\nRain floods hundreds of tents in camps near the border\nMarch 2, 2020\nAvtor: Dnevnik, zunanja politika / Reuters\n", wire: "Reuters"},
		{name: "a Norwegian byline with an agency",
			page: "Nordkapp Avis\nRain floods hundreds of tents in camps near the border\nMarch 2, 2020\nAv Nordkapp Avis' nettdesk og NTB\n", wire: "NTB"},
	})
}
