package corpus

import "testing"

// Classes found on the four-hundred-and-fortieth to four-hundred-and-
// forty-third held-out sets, in text of our own.

func TestExtract_Heldout440Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people with nowhere to sleep",
			body: "\"Three nights now, and dozens of us have nowhere to sleep,\" he said.",
			want: []wantFact{{value: 12, category: Unsheltered}}},
		{name: "families who could spend the winter in tents",
			body: "Hundreds of families in the valley could spend it under tarpaulins once more.",
			want: []wantFact{{value: 100, category: AtRisk}}},
		{name: "the household one man shares a tent with",
			body: "At a camp outside Afrin, Khalil, a 38-year-old mechanic, shares one small tent with nine relatives.",
			want: []wantFact{{value: 9, category: Other}}},
		{name: "departures that empty a camp",
			body: "Nearly 7,000 people have left the Hol camp on the plain since spring, travelling in convoys to their villages.",
			want: []wantFact{{value: 7000, category: Other}}},
		{name: "parcels handed out in a camp",
			body: "Volunteers said they had handed out food parcels to 900 families by Friday, a third of those living in the camp.",
			want: []wantFact{{value: 900, category: Other}, {value: 33.33, category: Other}}},
	})
}

func TestPage_Heldout440Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "linked headlines under a label the rules do not know",
			body: "About 300 people crossed on Monday.\n\nOok interessant: 12 scholen dicht in het noorden\nOok interessant: Drie vragen over de grens\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
		{name: "an outlet's appeal over its own copyright line",
			body: "About 300 people crossed on Monday.\n\nSteun Tevhid Post: slechts 5 per maand.\n© 2020 Tevhid Post. Alle rechten voorbehouden.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
		{name: "a pipe table of camps with a notes column",
			body: "The camps in the northeast:\n\n| Camp | People | Notes |\n| Hol | 60,000 | wives of fighters |\n| Areesha | 13,000 | relatives of detainees |\n",
			want: []wantFact{{value: 60000, category: Sheltered}, {value: 13000, category: Sheltered}}},
		{name: "a pipe table of sites with host families among them",
			body: "Where the new arrivals are staying:\n\n| Site | People |\n| Gawilan camp | 500 |\n| Host families in Zakho | 300 |\n",
			want: []wantFact{{value: 500, category: Sheltered}, {value: 300, category: Refugees}}},
	})
}

func TestSource_Heldout440Classes(t *testing.T) {
	runSourceCase(t, "A headline\n\nThe fighting went on.\n\nThe newest figures for the province given by UNICEF:\n\n- about 40,000 children uprooted this month\n- 25 schools shut since March\n", 2, "UNICEF")
}
