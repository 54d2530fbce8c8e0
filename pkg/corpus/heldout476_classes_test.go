package corpus

import "testing"

// Classes found on the four-hundred-and-seventy-sixth to four-hundred-
// and-seventy-ninth held-out sets, in text of our own.

func TestExtract_Heldout476Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people who have gone to an area inside the country",
			body: "Thousands more have headed for the Afrin area, where the camps are already full.",
			want: []wantFact{{value: 1000, category: Displaced, qual: AtLeast}}},
		{name: "people on their way to an area by a frontier",
			body: "As many as 90,000 have headed for the Quneitra area next to the frontier, the agency said.",
			want: []wantFact{{value: 90000, category: AtRisk, qual: AtMost}}},
		{name: "a part of a village's people, and the village",
			body: "About 30 of our 700 residents have gone to stay with relatives in Alexandroupoli.",
			want: []wantFact{{value: 30, category: Displaced, qual: Approx}, {value: 700, category: Other}}},
		{name: "families facing the loss of their homes",
			body: "The order leaves hundreds of families facing the loss of their homes.",
			want: []wantFact{{value: 100, category: AtRisk, qual: AtLeast}}},
		{name: "children in shelters marked for demolition",
			body: "By our count, about 6,000 children live in shelters that have been marked for demolition.",
			want: []wantFact{{value: 6000, category: AtRisk, qual: Approx}}},
		{name: "a Vietnamese price in dong",
			body: "Ủng hộ báo từ 20.000 đồng.",
			want: nil},
		{name: "the day before's landings",
			body: "The coastguard said 850 people had landed on the islands on Tuesday, after more than 900 on Monday.",
			want: []wantFact{{value: 850, category: Displaced}, {value: 900, category: Displaced, qual: AtLeast}}},
		{name: "officers included in a team are no part of the people before",
			body: "The coastguard said 850 people had landed on the islands on Tuesday. Frontex will send a team to the river, including 60 extra officers.",
			want: []wantFact{{value: 850, category: Displaced}, {value: 60, category: Other}}},
	})
}

func TestPage_Heldout476Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a weekly's other stories",
			body: "About 300 tents flooded overnight.\n\nAlso in this edition: 4 new buses for the island school run\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout476Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Norwegian text credit with the agency",
			page: "Dalposten\nRain floods hundreds of tents in camps near the border\nTekst: Kari Nordmann, NTB\n", wire: "NTB"},
		{name: "a Sesotho date",
			page: "Leseli la Basotho\nRain floods hundreds of tents in camps near the border\nLabobedi, 3 Phupu 2018\n", published: "2018-07-03"},
	})
	runLayoutCases(t, []layoutCase{
		{name: "a byline in Slovene under the headline after a trail",
			page:  "Dolenjski list\nČasopis za Dolenjsko\nNovice | Dolenjska | Šport | Kultura\nDomov » Novice » Svet\nRain floods hundreds of tents in camps near the border\nAvtor: AFP | Prevod: Ana Novak\n\nBEIRUT (AFP) - About 300 tents flooded in the camps overnight, officials said on Monday, and more rain is on its way.\n",
			title: "Rain floods hundreds of tents in camps near the border"},
	})
}
