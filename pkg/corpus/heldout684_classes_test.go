package corpus

import "testing"

// Classes found on the six-hundred-and-eighty-fourth to six-hundred-
// and-eighty-seventh held-out sets, in text of our own.

func TestExtract_Heldout684Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an adverb between the auxiliary and the verb",
			body: "The International Organization for Migration said its staff had last counted about 9,000 people at the crossing.",
			want: []wantFact{{value: 9000, category: AtRisk, qual: Approx, unit: "people", source: "International Organization for Migration"}}},
		{name: "the keeper of a register counts what is on it",
			body: "UNHCR has some 640,000 Syrians on its books in Jordan.",
			want: []wantFact{{value: 640000, category: Refugees, qual: Approx, unit: "Syrians", source: "UNHCR"}}},
		{name: "the authorities of a named place",
			body: "The agency registered about 640,000 Syrians, while the authorities in Amman put the true number at 1.3 million.",
			want: []wantFact{{value: 640000, category: Refugees, qual: Approx, unit: "Syrians"},
				{value: 1300000, category: Refugees, qual: Exact, source: "authorities in Amman"}}},
		{name: "a name the attacker gives the operation, set off by commas",
			body: "Ankara began the operation, which it calls Olive Branch, on 20 January. The UN said 5,000 people had fled since the offensive began.",
			pub:  "2018-02-10",
			want: []wantFact{{value: 5000, category: Displaced, qual: Exact, unit: "people", source: "UN", period: "2018-01-20"}}},
		{name: "suspected fighters of a group named in capitals, held in prisons",
			body: "Guards at the prisons hold about 9,000 suspected IS fighters, and officials fear that 1,500 IS fighters held in local jails could escape.",
			want: []wantFact{{value: 9000, category: Other, qual: Approx, unit: "fighters"},
				{value: 1500, category: Other, qual: Exact, unit: "fighters"}}},
		{name: "of them after soldiers sent",
			body: "Ankara has moved soldiers into the province, thousands of them, over the past month.",
			want: []wantFact{{value: 1000, category: Troops, qual: AtLeast, unit: "soldiers"}}},
		{name: "food and water delivered to people at the border",
			body: "The army said it had delivered food and water to about 7,000 people along the border fence.",
			want: []wantFact{{value: 7000, category: Other, qual: Approx, unit: "people", source: "army"}}},
		{name: "how long the shelling went on",
			body: "“The bombing went on for four days,” said Amina, whose family of nine fled on Sunday.",
			want: []wantFact{{value: 9, category: Displaced, qual: Exact, unit: "people", source: "Amina"}}},
		{name: "a fever's temperature",
			body: "A doctor said 30 children had a fever of 39 after the night in the open.",
			want: []wantFact{{value: 30, category: Other, qual: Exact, unit: "children", source: "doctor"}}},
		{name: "a claim repeated",
			body: "Interior Minister Suleyman Soylu spoke in Edirne. He repeated his claim that 100,000 migrants had left Turkey since Friday.",
			pub:  "2020-03-02",
			want: []wantFact{{value: 100000, category: Displaced, qual: Exact, unit: "migrants", source: "Suleyman Soylu", period: "2020-02-28"}}},
		{name: "a lower figure of another source restates the count",
			body: "The monitor said more than 150,000 civilians had fled the district since Wednesday. The UN gave a lower figure of at least 98,000.",
			pub:  "2018-03-17",
			want: []wantFact{{value: 150000, category: Displaced, qual: AtLeast, unit: "civilians", period: "2018-03-14"},
				{value: 98000, category: Displaced, qual: AtLeast, unit: "civilians", source: "UN", period: "2018-03-14"}}},
		{name: "upward of and near",
			body: "Aid workers counted upward of 6,000 people in the camp, where unemployment is near 60 per cent.",
			want: []wantFact{{value: 6000, category: Sheltered, qual: AtLeast, unit: "people"},
				{value: 60, category: Other, qual: Approx, unit: "percent"}}},
		{name: "between a clock on a weekday and today",
			body: "Police said 2,000 people were stopped between 6 a.m. on Tuesday and 6 a.m. today.",
			pub:  "2020-03-05",
			want: []wantFact{{value: 2000, category: Other, qual: Exact, unit: "people", source: "Police", period: "2020-03-03"}}},
		{name: "hours up to a clock time on the same day",
			body: "Police said they had stopped 900 attempts to cross in the 12 hours to 6 p.m. local time.",
			pub:  "2020-03-05",
			want: []wantFact{{value: 900, category: Other, qual: Exact, unit: "attempts", source: "Police", period: "2020-03-05"}}},
		{name: "a region named before its lowercase noun",
			body: "Officials said that in the southern Zahle region another 500 were sleeping in mosques.",
			want: []wantFact{{value: 500, category: Sheltered, qual: Exact, location: "Zahle"}}},
	})
}

func TestLayout_Heldout684Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a section's more-news heading over its headlines",
			page: "A headline about the camps\n\nAbout 300 families arrived on Monday.\n\nMore World News:\nTurkey says 2 soldiers killed in shelling\n5 things to know about the war\n",
			body: "About 300 families arrived on Monday."},
	})
}

func TestHeader_Heldout684Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "an agency, a dash and the date, then a story number",
			page:      "Valley News\nLocal news, sports and weather\nWorld » Middle East\nAid pledged as thousands flee\nThe Canadian Press - Mar 3, 2020 / 9:12 am | Story: 301122\n",
			wire:      "The Canadian Press",
			published: "2020-03-03"},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout684Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "of them after a noun that is no force",
			body: "Volunteers came from the cities, thousands of them, to help.",
			want: []wantFact{{value: 1000, category: Other, qual: AtLeast}}},
		{name: "a day's hours to a clock reach back to the day before",
			body: "Police said they had stopped 900 attempts to cross in the 24 hours to 6 p.m. local time.",
			pub:  "2020-03-05",
			want: []wantFact{{value: 900, category: Other, qual: Exact, unit: "attempts", source: "Police", period: "2020-03-04"}}},
		{name: "a bare figure after of that is no temperature",
			body: "Aid workers counted a group of 40 at the fence.",
			want: []wantFact{{value: 40, category: AtRisk, qual: Exact}}},
	})
}
