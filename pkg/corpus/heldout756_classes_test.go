package corpus

import "testing"

// Classes found on the seven-hundred-and-fifty-sixth to seven-hundred-
// and-fifty-ninth held-out sets, in text of our own.

func TestHeader_Heldout756(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a one-word masthead, its fuller name on the line below",
			page:      "TIDENDE\nNord-Fyns Tidende · Nyheder fra Nordfyn\nForside | Udland\nA headline about the camps\n2020-03-02\n\nThe body says 3,000 people fled.\n© Nord-Fyns Tidende 2020\n",
			publisher: "Nord-Fyns Tidende"},
		{name: "German \"mit Material der APA\" after the author",
			page: "Unterland Nachrichten\nA headline about the camps\n2018-07-05\nVon Anna Berger, mit Material der APA\n\nThe body says 3,000 people fled.\n",
			wire: "APA"},
		{name: "a Swahili byline, \"Na\", with the agency's help (\"kwa msaada wa\")",
			page: sautiHead + "Na Dawati la Habari za Kimataifa, kwa msaada wa Reuters\n" + sautiFoot,
			wire: "Reuters"},
		{name: "a Swahili byline with an agency in English",
			page: sautiHead + "Na Dawati la Habari za Kimataifa, with Reuters\n" + sautiFoot,
			wire: "Reuters"},
	})
}

// sautiHead and sautiFoot frame the byline of a Swahili radio station's
// page in English.
const (
	sautiHead = "SAUTI FM\nSauti ya Pwani – Habari na Muziki\nMwanzo | Habari | Kimataifa | English\nHabari › Kimataifa › English\n" +
		"Thousands wait at the border as Europe braces\nJumatatu, 2 Machi 2020 | Imesasishwa: 19:45 EAT\n"
	sautiFoot = "Picha: Families wait at the gate. (Reuters)\nShiriki: WhatsApp | Facebook\n\nThe body says 3,000 people fled.\n"
)

// Guards: what the header classes above must leave as it was.
func TestHeader_Heldout756Guards(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "the line below names the kind of outlet, then the masthead",
			page:      "NOVA\nRádio Nova · A rádio de Lisboa\nInício | Mundo\nA headline about the camps\n2020-03-02\n\nThe body says 3,000 people fled.\n",
			publisher: "Nova"},
	})
}

func TestExtract_Heldout756Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "\"air strikes\" and \"sleeping bags\" keep their first word",
			body: "Warplanes carried out dozens of air strikes on the town, and the agency handed out 2,000 sleeping bags.",
			want: []wantFact{{value: 12, category: Other, unit: "air strikes"}, {value: 2000, category: Other, unit: "sleeping bags"}}},
		{name: "\"since the deadline passed\": the day refugees were given until",
			body: "The council gave refugees in the town until July 1 to pull down any concrete walls. Since the deadline passed, soldiers have knocked down at least 30 shelters.",
			pub:  "2019-07-10",
			want: []wantFact{{value: 30, category: Other, period: "2019-07-01"}}},
		{name: "\"since the deadline\": the day of \"a July 1 deadline\"",
			body: "Families faced a July 1 deadline to take down their walls. About 1,500 structures have been dismantled since the deadline.",
			pub:  "2019-07-10",
			want: []wantFact{{value: 1500, category: Other, period: "2019-07-01"}}},
		{name: "\"according to\" a name with commas in it and no acronym after it",
			body: "Canada has resettled more than 50,000 Syrian refugees since November 2015, according to Immigration, Refugees and Citizenship Canada.",
			want: []wantFact{{value: 50000, category: Refugees, source: "Immigration, Refugees and Citizenship Canada"}}},
		{name: "\", by UNHCR's count\" after the figure",
			body: "She leads a team in Arsal, a town near the border where Syrian refugees – around 50,000 of them, by UNHCR’s count – outnumber the Lebanese.",
			want: []wantFact{{value: 50000, category: Refugees, source: "UNHCR"}}},
		{name: "\"put the turnout at around 2,500\"",
			body: "Police put the turnout at around 2,500, while the organisers spoke of more than 4,000.",
			want: []wantFact{{value: 2500, category: Other, source: "Police"}, {value: 4000, category: Other, source: "organisers"}}},
		{name: "\"has acknowledged the loss of 46 soldiers\"",
			body: "Ankara denies targeting civilians and has acknowledged the loss of 46 soldiers in the campaign.",
			want: []wantFact{{value: 46, category: Killed, source: "Ankara"}}},
		{name: "a distance advisers are kept at counts no troops",
			body: "Moscow had offered to keep Iranian military advisers at least 80 km away from the Golan.",
			want: []wantFact{{value: 80, category: Other, unit: "km"}}},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout756Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "\"admitted\" refugees are taken in, not a statement",
			body: "The United States admitted 12,587 Syrian refugees in 2016, the State Department said.",
			want: []wantFact{{value: 12587, category: Refugees, source: "State Department"}}},
		{name: "\"until July 1\" that no one was given is no deadline's day",
			body: "The clinic stays open until July 1. Since the deadline passed, 40 shelters have come down.",
			pub:  "2019-07-10",
			want: []wantFact{{value: 40, category: Other, period: "-"}}},
	})
}
