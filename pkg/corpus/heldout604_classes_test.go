package corpus

import "testing"

// Classes found on the six-hundred-and-fourth to six-hundred-and-seventh
// held-out sets, in text of our own.

func TestExtract_Heldout604Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people a resettlement agency helped settle",
			body: "KEYS, the local settlement agency, says it has helped close to 260 Syrians settle in Guelph since December 2015.",
			want: []wantFact{{value: 260, category: Refugees, qual: Approx, unit: "Syrians"}}},
		{name: "a quota cut to a number",
			body: "She said arrivals had slowed sharply since the refugee ceiling was cut to 18,000 for the fiscal year.",
			want: []wantFact{{value: 18000, category: Other}}},
		{name: "days of talks",
			body: "The Russian envoy said that three days of talks in Ankara had ended without agreement.",
			want: nil},
		{name: "a night in front of the fence",
			body: "Reporters watched hundreds of people spend a second night in the fields in front of the Greek fence.",
			want: []wantFact{{value: 100, category: AtRisk, qual: AtLeast, unit: "people"}}},
		{name: "on the roads toward the border",
			body: "Tens of thousands of people were still on the roads heading north toward the Turkish border on Friday, aid workers said.",
			want: []wantFact{{value: 10000, category: AtRisk, qual: AtLeast, unit: "people"}}},
		{name: "people who depend on a water station",
			body: "The Allouk station has stopped, and UNICEF says some 380,000 people in Hasakah and its camps depend on it.",
			want: []wantFact{{value: 380000, category: Other, qual: Approx, unit: "people"}}},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout604Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a demonym before a noun keeps the noun",
			body: "About 300 Syrians families arrived in the camp on Sunday.",
			want: []wantFact{{value: 300, category: Sheltered, qual: Approx, unit: "families"}}},
	})
}

func TestHeader_Heldout604Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a German live page's date line with Zuletzt and an abbreviated weekday",
			page:      "Kasseler Nachrichten\nnachrichten-kassel.de – Nachrichten aus Nordhessen\nRegion | Politik | International\nLIVE: Greece blocks thousands at the Turkish border\nLive-Ticker | Zuletzt aktualisiert: Mi., 04.03.2020, 22:05 Uhr\nVon der Onlineredaktion, mit Material von Reuters\n\nGreek police fired tear gas at migrants on the border with Turkey on Wednesday, officials said.\n",
			published: "2020-03-04"},
		{name: "a masthead over its site's address and tagline",
			page:      "Kasseler Nachrichten\nnachrichten-kassel.de – Nachrichten aus Nordhessen\nRegion | Politik | International\nLIVE: Greece blocks thousands at the Turkish border\nLive-Ticker | Zuletzt aktualisiert: Mi., 04.03.2020, 22:05 Uhr\nVon der Onlineredaktion, mit Material von Reuters\n\nGreek police fired tear gas at migrants on the border with Turkey on Wednesday, officials said.\n",
			publisher: "Kasseler Nachrichten"},
		{name: "a radio masthead in capitals that the page signs in mixed case",
			page:      "KANO BEAT FM 97.7\nThe Sound of the North | Kano\nHome | News | World\nSyria: thousands flee as the offensive nears the border\nFebruary 18, 2020 9:14 am\nBy Kano Beat FM Newsroom\n\nThousands of families fled towns in Idlib this week, the United Nations said.\n",
			publisher: "Kano Beat FM"},
	})
}

func TestLayout_Heldout604Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a headline that ends on a quoted question",
			page:  "Westdeutsche Post\nDie Zeitung für das Münsterland\nMünster | Politik | English Edition\nStartseite / Politik / English Edition\nLebanon's bulldozers reach Arsal: “Where do we go when the snow comes?”\nDi., 02.07.2019, 17:12 Uhr | Von Anna Roth, Beirut\nShare: Facebook | Twitter\n\nLebanese army bulldozers began knocking down walls in Arsal on Monday, residents said.\n",
			title: "Lebanon's bulldozers reach Arsal: “Where do we go when the snow comes?”"},
	})
}
