package corpus

import "testing"

// Classes found on the four-hundred-and-seventy-second to four-hundred-
// and-seventy-fifth held-out sets, in text of our own.

func TestExtract_Heldout472Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a camp's count after the verb is left out",
			body: "Domiz camp lies north of Duhok and Bardarash camp east of it. Domiz has around 30,000 people and Bardarash about 9,000.",
			want: []wantFact{{value: 30000, category: Sheltered, qual: Approx}, {value: 9000, category: Sheltered, qual: Approx}}},
		{name: "a year before a named crisis",
			body: "Sofia is sending 500 soldiers to the frontier to head off a repeat of the 2015 refugee crisis.",
			want: []wantFact{{value: 500, category: Troops}}},
		{name: "people handed over at a border",
			body: "More than 400 Syrians have been handed over to the Syrian authorities at the border since May.",
			want: []wantFact{{value: 400, category: Other, qual: AtLeast}}},
		{name: "the relatives a man travelled with",
			body: "Abu Samir, 47, said he had walked for three days with 12 relatives to reach the border fence.",
			want: []wantFact{{value: 12, category: Other}}},
		{name: "a visitor's sample of families",
			body: "Arsal hosts about 50,000 Syrians. Four of the families we visited had no heater.",
			want: []wantFact{{value: 50000, category: Refugees, qual: Approx}, {value: 4, category: Other}}},
	})
}

func TestPage_Heldout472Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "related links after their label on the same line",
			body: "About 300 tents flooded overnight.\n\nYou might also like: 12 women who run the camp school\nWeiterlesen: Die 5 Fragen zum Lager\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
		{name: "an answer's figure with a second clause after it",
			body: "She spent a week in the camp.\n\nQ: How many people live in the camp now?\n\nA: The UN says about 9,300 people, and most of them are children.\n",
			want: []wantFact{{value: 9300, category: Sheltered, qual: Approx}}},
	})
}

func TestExtract_Heldout472Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Slovak date",
			page: "Denník Juh\nRain floods hundreds of tents in camps near the border\n3. júla 2018, 11:20 | Autor: AFP\n", published: "2018-07-03"},
		{name: "a sign-off shaped like a list item",
			page: "Island Weekly\nRain floods hundreds of tents in camps near the border\nMarch 2, 2020\n\nAbout 300 tents flooded in the camp overnight, officials said.\n\n- AAP\n", wire: "AAP"},
		{name: "a Czech newsroom with the agency",
			page: "Týdeník Sever\nRain floods hundreds of tents in camps near the border\nneděle 1. března 2020 | Redakce, ČTK\n", wire: "ČTK"},
		{name: "an agency joined after a byline in another language",
			page: "Habari Leo\nRain floods hundreds of tents in camps near the border\nNa Mwandishi Wetu, Habari Leo | With Reuters\n", wire: "Reuters"},
	})
	runLayoutCases(t, []layoutCase{
		{name: "a masthead line with the outlet's web address",
			page:  "Heti Hírlap | hetihirlap.hu | Független hetilap\nItthon | Világ | Gazdaság | Kultúra\nVilág › Közel-Kelet\nRain floods hundreds of tents in camps near the border\n2020. március 2. 09:41 | hetihirlap.hu / Reuters\n\nBEIRUT (Reuters) - About 300 tents flooded in the camps overnight, officials said on Monday, and more rain is on its way.\n",
			title: "Rain floods hundreds of tents in camps near the border"},
	})
}
