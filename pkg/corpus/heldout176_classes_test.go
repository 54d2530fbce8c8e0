package corpus

import "testing"

// Classes found on the hundred-and-seventy-sixth to hundred-and-seventy-
// ninth held-out sets, in text of our own.

func TestExtract_Heldout176Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "money after a decimal comma's cents",
			body: "Support our journalism – prenumerera från 7,90 euro i månaden.",
			want: nil},
		{name: "krónur are money",
			body: "A kit costs about 2,000 krónur.",
			want: nil},
		{name: "a daily flow that reaches a crossing",
			body: "Between 500 and 900 people reach the crossing each day, the agency said.",
			want: []wantFact{{value: 500, category: Displaced}}},
		{name: "people who cross at a crossing point",
			body: "Most days between 400 and 700 people cross at Peshkhabour.",
			want: []wantFact{{value: 400, category: Displaced}}},
		{name: "people waiting to cross are at the border",
			body: "Another 1,000 to 1,500 were waiting to cross near the border town, the agency said.",
			want: []wantFact{{value: 1000, category: AtRisk}}},
		{name: "soldiers a country has lost",
			body: "Two soldiers were killed on Thursday, bringing to 19 the number of soldiers Turkey has lost there this month.",
			want: []wantFact{{value: 2, category: Killed}, {value: 19, category: Killed}}},
		{name: "a second count of the dead from another side",
			body: "At least 60 civilians have been killed, along with 200 fighters of the SDF and 150 from Turkish-backed factions.",
			want: []wantFact{{value: 60, category: Killed, qual: AtLeast}, {value: 200, category: Killed}, {value: 150, category: Killed}}},
		{name: "people who will lose part of their homes",
			body: "The agency estimates that about 12,000 people in the town will lose all or part of their homes.",
			want: []wantFact{{value: 12000, category: AtRisk, qual: Approx}}},
		{name: "ships sent to give shelter are room",
			body: "A ferry will be sent to give shelter to up to 1,000 of the most vulnerable.",
			want: []wantFact{{value: 1000, category: Other, qual: AtMost}}},
		{name: "families who left for Syria went home",
			body: "Dozens of families have left the town for Syria since the demolitions began.",
			want: []wantFact{{value: 12, category: Other}}},
		{name: "people who lost their shelter",
			body: "Some 9,000 asylum seekers had lost their shelter in the fire, the agency said.",
			want: []wantFact{{value: 9000, category: Unsheltered, qual: Approx}}},
		{name: "people who lost their tents fled them",
			body: "Some 500 people lost their tents in the fire, the agency said.",
			want: []wantFact{{value: 500, category: Displaced, qual: Approx}}},
		{name: "people sleeping on the tarmac",
			body: "Thousands of people slept on the tarmac along the coast road.",
			want: []wantFact{{value: 1000, category: Unsheltered}}},
		{name: "people who could be flooded",
			body: "If it rains again, up to 30,000 people in low-lying sites could be flooded, the UN said.",
			want: []wantFact{{value: 30000, category: AtRisk, qual: AtMost}}},
	})
}

func TestExtract_Heldout176Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Faroese, Galician and Russian related lines, Spanish and Swedish subscriptions",
			body: "About 300 tents flooded overnight.\n\nLes eisini: 3 føroyingar arbeiða í Líbanon\nMáis información: Two NGOs send 12 tonnes of aid\nЧитайте также: 12 schoolchildren win medals\n" +
				"Suscríbete a la edición digital por Bs 35 al mes.\nStöd vår journalistik – prenumerera från 9,90 euro i månaden.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout176Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Swedish desk with an agency",
			page: "Nyland Tidning\nRain floods hundreds of tents in camps near the border\nMarch 2, 2020\nNT:s utrikesredaktion med Reuters | Översatt från svenska\n", wire: "Reuters"},
		{name: "an outlet with an agency in French",
			page: "Maroc24\nRain floods hundreds of tents in camps near the border\nMarch 2, 2020\nMaroc24 avec AFP\n", wire: "AFP"},
		{name: "the Swiss agency's Italian name",
			page: "Giornale del Lago\nRain floods hundreds of tents in camps near the border\nmartedì 3 luglio 2018, ore 11:47 | Keystone-ATS\n", wire: "Keystone-ATS"},
		{name: "a Spanish agency's dateline without the country",
			page: "Los Diarios\nRain floods hundreds of tents in camps near the border\nMarch 2, 2020\n\nBeirut, 2 jul (EFE).- About 300 tents flooded in the camp overnight, officials said.\n",
			wire: "EFE"},
	})
}

// A tagline may give the year its paper was founded.
func TestTaglineLine(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Norðurlands elsta blað – síðan 1901", true},
		{"Syria's English-language daily", true},
		{"Guam's source for news | e-Edition", true},
		{"Published 12 March 2020", false},
		{"Home | World | Sport", false},
	} {
		if got := taglineLine(tt.line); got != tt.want {
			t.Errorf("taglineLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
