package corpus

import "testing"

// Classes found on the two-hundred-and-eightieth to two-hundred-and-
// eighty-third held-out sets, in text of our own.

func TestExtract_Heldout280Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a stock a country already hosts, after on top of",
			body: "Some 20 soldiers were wounded on Friday. The minister said the country could not take a new wave of people on top of the two million it already hosts.",
			want: []wantFact{{value: 20, category: Other}, {value: 2e6, category: Refugees}}},
		{name: "a number that could top a figure stays a projection",
			body: "Officials said the number of new arrivals could soon top 50,000.",
			want: []wantFact{{value: 50000, category: AtRisk}}},
		{name: "a dash item whose comma aside is about the site",
			body: "12,000 — people living in the camp on the hill, a site built for 3,000.",
			want: []wantFact{{value: 12000, category: Sheltered}, {value: 3000, category: Other}}},
		{name: "a second predicate after a comma is no inserted attribution",
			body: "The monitoring group put the number of people displaced since January at 640,000, and said more than 1,200 shelters were full.",
			pub:  "2020-03-01",
			want: []wantFact{
				{value: 640000, category: Displaced, period: "2020-01-01"},
				{value: 1200, category: Other, unit: "shelters"}}},
		{name: "a named camp that has a hedged count",
			body: "The Hamra camp holds tents for families from the valley. Hamra camp has about 9,000.",
			want: []wantFact{{value: 9000, category: Sheltered, qual: Approx}}},
		{name: "what a camp's clinic has seen is no camp population",
			body: "Its clinic near the Hamra camp had seen 14 children with burns since the start of the year.",
			want: []wantFact{{value: 14, category: Other}}},
		{name: "people sleeping on a quayside",
			body: "About 400 people were sleeping on the quayside on Monday night, a reporter saw.",
			want: []wantFact{{value: 400, category: Unsheltered, qual: Approx}}},
		{name: "the rest of the soldiers a sentence named",
			body: "The general said some French soldiers would stay at the airport, while the rest of the roughly 800 would leave the country.",
			want: []wantFact{{value: 800, category: Troops, qual: Approx, unit: "soldiers"}}},
		{name: "how long stocks would last is no count",
			body: "Some 3,000 families fled the town, and the doctor said the medicine would last about three weeks.",
			want: []wantFact{{value: 3000, category: Displaced, qual: Approx}}},
		{name: "one thing closing a list of counts",
			body: "The navy sent six patrol boats, three helicopters and one aircraft to the coast.",
			want: []wantFact{{value: 6, category: Other}, {value: 3, category: Other}, {value: 1, category: Other, unit: "aircraft"}}},
		{name: "what one storm did in a month sets no start",
			body: "In January, storm Karim flooded more than 300 settlements in the valley.",
			pub:  "2020-02-10",
			want: []wantFact{{value: 300, category: Other, period: "-"}}},
		{name: "a conflict's length sets no start",
			body: "Syria's eight-year conflict closed the crossing to traffic in 2016.",
			pub:  "2019-05-01",
			want: []wantFact{{value: 8, category: Other, unit: "years", period: "-"}}},
	})
}

func TestExtract_Heldout280Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a Creative Commons licence line in another language",
			body: "About 300 tents flooded overnight.\n\nTodo o conteúdo deste site está publicado sob a Licença Creative Commons Atribuição 4.0.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestHeader_Heldout280Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a masthead whose initials are the address",
			page:      "Gazette de Lausanne\nGenève | Suisse | Monde\n\nA headline for the story\n\n" + storyLine + "\n© Edipresse Publications SA, 2019\nOriginal url: https://www.gdl.ch/monde/story/1\n",
			publisher: "Gazette de Lausanne"},
		{name: "all rights reserved to an outlet",
			page:      "A headline for the story\n\n" + storyLine + "\n© All rights reserved to Haaretz Daily 2020\n",
			publisher: "Haaretz Daily"},
	})
}
