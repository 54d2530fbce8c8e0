package corpus

import "testing"

// Classes found on the five-hundred-and-thirty-sixth to five-hundred-
// and-thirty-ninth held-out sets, in text of our own.

func TestExtract_Heldout536Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "families who slept on the floor of a building",
			body: "On Monday 20 to 30 families slept on the floor of the pharmacy, with nowhere else to go.",
			want: []wantFact{{value: 20, category: Sheltered, qual: Range}}},
		{name: "how long a walk took",
			body: `"We walked three days from Aleppo and nobody helped us," said Omar.`,
			want: nil},
		{name: "two towns just named",
			body: "The group was sheltering about 800 families in schools in Tal Rifaat and Nubl, two towns north of Aleppo.",
			want: []wantFact{{value: 800, category: Sheltered, qual: Approx}}},
		{name: "an age when something began",
			body: "Many of the boys have worked since they were 11 or 12.",
			want: nil},
		{name: "a town's own people beside its refugees",
			body: "The aid reached Arsal, home to roughly 35,000 Lebanese and some 60,000 Syrian refugees.",
			want: []wantFact{{value: 35000, category: Other, qual: Approx}, {value: 60000, category: Refugees, qual: Approx}}},
		{name: "newly arrived nationals a camp shelters",
			body: "Domiz camp now shelters 900 newly arrived Syrians, its director said.",
			want: []wantFact{{value: 900, category: Sheltered, unit: "Syrians"}}},
		{name: "a trailing count of the people a clause names",
			body: "Few people know that Uganda also hosts refugees, more than a million of them.",
			want: []wantFact{{value: 1000000, category: Refugees, qual: AtLeast}}},
		{name: "a trailing count of people in a boat after a crossing",
			body: `"We crossed the river at night, 12 of us in a small boat," she said.`,
			want: []wantFact{{value: 12, category: Displaced}}},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout536Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a country's refugees of two nationalities",
			body: "Cyprus hosts 9,000 Lebanese and 12,000 Syrian refugees.",
			want: []wantFact{{value: 9000, category: Refugees}, {value: 12000, category: Refugees}}},
		{name: "two things after two names are a count",
			body: "Between Azaz and Afrin, two roads lead north.",
			want: []wantFact{{value: 2, category: Other, unit: "roads"}}},
		{name: "an age clause with a count of families",
			body: "Since we were 40 families, we shared the tents.",
			want: []wantFact{{value: 40, category: Other, unit: "families"}}},
	})
}

func TestLayout_Heldout536Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a date line with slashes and a last update under a tagline",
			page: "KALAHARI FM 98.1\nBotswana's Number One Hit Music Station\nHome | News | World\nNews » World » Live\n" +
				"LIVE: Thousands mass at the border as the gates open\nSun, 01/03/2020 – last updated 20:45 CAT\n" +
				"Compiled by the Kalahari FM Newsroom with Reuters\n" + storyLine,
			title: "LIVE: Thousands mass at the border as the gates open"},
		{name: "a desk and its wire after a bar",
			page: "Radio Lowveld\nThe Voice of the Valley – Nelspruit, Mpumalanga\nHome | News | World\nHome / News / World\n" +
				"Thousands flee as the offensive reaches the border\nRadio Lowveld Newsroom | Source: AFP\n" + storyLine,
			title: "Thousands flee as the offensive reaches the border"},
		{name: "related lines under a label of five words",
			page: "Town Gazette\nA headline for the story\nMarch 4, 2020\n\nAbout 300 tents flooded in the camp overnight, officials said.\n\n" +
				"Also in the Town Gazette: Council to vote on 3 new water bores\nAlso in the Town Gazette: Festival draws 2,500 visitors\n",
			body: "About 300 tents flooded in the camp overnight, officials said."},
	})
}

func TestHeader_Heldout536Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a foreign-news service and its wire after a slash",
			page: "YENİ GÜN\nBağımsız Gazete\nA headline for the story\n01 Mart 2020\nYeni Gün Dış Haberler Servisi / Reuters\n", wire: "Reuters"},
		{name: "a wire among section credits in the footer",
			page: "Island Times\nA headline for the story\nMarch 4, 2020\n" + storyLine +
				"\nWorld news © Agence France-Presse. Island news © Island Times Inc. 2020\n", wire: "AFP"},
	})
}
