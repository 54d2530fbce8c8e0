package corpus

import "testing"

// Classes found on the five-hundredth to five-hundred-and-third held-out
// sets, in text of our own.

func TestExtract_Heldout500Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a decimal comma before a scale word",
			body: "UNHCR counts about 880 000 refugees in the country, though the government puts the real number at 1,2 million.",
			want: []wantFact{{value: 880000, category: Refugees, qual: Approx}, {value: 1200000, category: Refugees}}},
		{name: "a length of time restated as days",
			body: "The deal gives the fighters 72 hours to withdraw. That is three days, not a settlement. It is a truce of 96 hours, four days.",
			want: nil},
		{name: "an object counted, then a second predicate with a modal",
			body: "The minister said the kingdom had taken in more than 600,000 Syrians since 2012 and would help the displaced on the other side.",
			want: []wantFact{{value: 600000, category: Refugees, qual: AtLeast}}},
		{name: "a subject counted, then a second predicate with a modal",
			body: "The charity said some 9,000 children live in those tents and could be left without a roof.",
			want: []wantFact{{value: 9000, category: AtRisk, qual: Approx}}},
		{name: "a relative clause on camps a few words back",
			body: "Settlements along the Iraqi frontier, which held between 20,000 and 30,000 people before the fighting, have no tents left, an official said.",
			want: []wantFact{{value: 20000, category: Sheltered, qual: Range}}},
		{name: "new arrivals registered by a speaker's teams",
			body: "In the last week our teams registered around 12,000 new arrivals in the town.",
			want: []wantFact{{value: 12000, category: Displaced, qual: Approx}}},
		{name: "people registered in towns",
			body: "At least 45,000 people have registered in Azaz, Mare and nearby villages since Monday, the office said.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 45000, category: Displaced, qual: AtLeast}}},
		{name: "families registered there, at a camp",
			body: "Sara Ali, who runs the camp for a local charity, said 600 families had registered there by Friday night.",
			want: []wantFact{{value: 600, category: Sheltered}}},
		{name: "a refugee population",
			body: "Jordan, already home to one of the world's largest refugee populations of some 1.3 million Syrians, says it can take no more.",
			want: []wantFact{{value: 1300000, category: Refugees, qual: Approx}}},
		{name: "a town that shelters refugees",
			body: "Zahle, a city of about 120,000 Lebanese, also shelters roughly 40,000 Syrian refugees, most of them from Homs.",
			want: []wantFact{{value: 120000, category: Other, qual: Approx}, {value: 40000, category: Refugees, qual: Approx}}},
		{name: "a camp that shelters refugees",
			body: "The families were taken to Kawergosk, a camp that already shelters some 9,000 Syrians.",
			want: []wantFact{{value: 9000, category: Sheltered, qual: Approx}}},
		{name: "soldiers taken captive",
			body: "The town was overrun in 2014 by militants who seized some 20 soldiers and policemen.",
			want: []wantFact{{value: 20, category: Other, qual: Approx}}},
		{name: "people who tried to cross",
			body: "\"Three hundred of us tried to cross on Sunday and the police pushed us back,\" he said.",
			want: []wantFact{{value: 300, category: AtRisk}}},
	})
}

func TestSource_Heldout500Classes(t *testing.T) {
	runSourceCase(t, "Valley Courier\nA headline for the interview\nMarch 3, 2020\nInterview by the Valley Courier desk\n\n"+
		"Laila Haddad, 41, runs a clinic for a relief group in the town.\n\n"+
		"P. How many people have come?\nR. Our teams counted about 9,000 new arrivals this week.\n\n"+
		"P. Where do they sleep?\nR. About 300 families are in two schools.\n\n"+
		"P. What do they need?\nR. We need 2,000 blankets before the cold comes.\n\n"+
		"© 2020 Valley Courier\n", 4, "Laila Haddad")
}

func TestHeader_Heldout500Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a masthead that the address spells word by word",
			page: "Mashreq Info\nMarkets • Economy • News\nHome | Markets | Stocks | Economy | World | Live\nHome » World » Live\nA headline for the story\n" +
				"Wednesday, 04 March 2020 05:32 PM (Cairo)\nBy Mashreq Newsroom | Source: Reuters\n" + storyLine +
				"\nReporting by Reuters; compiled by Mashreq Newsroom\n© 2020 Mashreq Financial Services. All rights reserved.\nOriginal url: https://english.mashreq.info/news/123/a-headline\n",
			publisher: "Mashreq Info"},
		{name: "a masthead in two scripts that the address spells",
			page: "مرآة | Miraat\nصحيفة مرآة\nالرئيسية | أسواق | English\nA headline for the story\nMarch 4, 2020\n" + storyLine +
				"\n© 2020 صحيفة مرآة\nOriginal url: https://www.miraat.com/archives/123\n",
			publisher: "Miraat"},
	})
}
