package corpus

import "testing"

// Classes found on the two-hundred-and-sixteenth to two-hundred-and-
// nineteenth held-out sets, in text of our own.

func TestExtract_Heldout216Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an exchange rate",
			body: "Traders said the pound had slipped to around 950 to the dollar this week.",
			want: nil},
		{name: "one at a time",
			body: "Officers have been negotiating the surrender of the villages one village at a time.",
			want: nil},
		{name: "peacekeepers seized",
			body: "In 2014, 40 peacekeepers were seized by a militia near the frontier.",
			want: []wantFact{{value: 40, category: Other}}},
		{name: "a population before the fighting",
			body: "About 600,000 people lived in the two provinces before the offensive.",
			want: []wantFact{{value: 600000, category: Other, qual: Approx}}},
		{name: "departures through corridors",
			body: "The government says more than 15,000 people have already left through the corridors.",
			want: []wantFact{{value: 15000, category: Other, qual: AtLeast}}},
	})
}

func TestExtract_Heldout216Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a masthead in two scripts side by side",
			page: "ARAMCO NEWS اخبار\nEconomy news since 2011\nHome | Economy | English\nHome » English » Reports\nRain floods hundreds of tents in camps near the border\n" +
				"الثلاثاء 18 شباط/فبراير 2020 - 13:40\nAramco News English desk | Translated from Arabic\nShare: Facebook | Twitter\n", publisher: "Aramco News"},
		{name: "a Turkish date with its last update in brackets",
			page: "Haber Online\nRain floods hundreds of tents in camps near the border\n1 Mart 2020 Pazar, 09:05 (Son güncelleme: 21:40)\n", published: "2020-03-01"},
		{name: "a dateline of a city and its country, and a Cuban agency",
			page: "La Voz\nRain floods hundreds of tents in camps near the border\nViernes, 18 de octubre de 2019 | 09:42:10 am | Prensa Latina\n\nBeirut, Lebanon (AFP) — About 300 tents flooded in the camp overnight, officials said.\n",
			wire: "Prensa Latina"},
	})
}

func TestHeader_DatelineCityOfCountry(t *testing.T) {
	a := parseArticle("t", "Idlib camps are full, aid groups say\nBy AFP | Friday, February 21, 2020 - 3:20pm\n\nBeirut, Lebanon (AFP) — Camps for the displaced have run out of room, aid groups warned on Friday.\n")
	if a.Dateline != "Beirut" {
		t.Errorf("dateline %q, want the city alone, Beirut", a.Dateline)
	}
}
