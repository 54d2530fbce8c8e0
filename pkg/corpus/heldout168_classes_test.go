package corpus

import "testing"

// Classes found on the hundred-and-sixty-eighth to hundred-and-seventy-
// first held-out sets, in text of our own.

func TestExtract_Heldout168Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "Dutch live clocks",
			body: "14.20 uur The agency said 300 people had reached the port.",
			want: []wantFact{{value: 300, category: Displaced}}},
		{name: "temperatures in words of heat",
			body: "Families sleep outside in 44-degree heat. Yesterday it was 38 in the shade.",
			want: nil},
		{name: "a note's number in brackets",
			body: "The council never published its decision.[3] Notes [3] Minutes of the April session.",
			want: nil},
		{name: "a house number in an address",
			body: "Write to us at Rue des Lilas 12, 75020 Paris.",
			want: nil},
		{name: "a count after a year and a comma is no postcode",
			body: "In 2019, 1500 Syrians crossed the border, officials said.",
			want: []wantFact{{value: 1500, category: Displaced}}},
		{name: "via before a place is no street",
			body: "The number of migrants who have left via Edirne has reached 12,500, the minister wrote.",
			want: []wantFact{{value: 12500, category: Displaced}}},
		{name: "years said before the clause, with its subject",
			body: "\"Eight years we lived in this tent,\" she said.",
			want: nil},
		{name: "how long a task takes, with a range",
			body: "Rebuilding a shelter takes between three and five days, aid workers say.",
			want: nil},
		{name: "patients a doctor could not save",
			body: "He said his team had received 30 wounded, \"among them six children, two of whom we could not save.\"",
			want: []wantFact{{value: 30, category: Other}, {value: 6, category: Other}, {value: 2, category: Killed}}},
		{name: "relatives somebody buried",
			body: "\"We buried three of my cousins before we left,\" she said.",
			want: []wantFact{{value: 3, category: Killed}}},
		{name: "people water is trucked to",
			body: "The group said its teams were trucking water to about 5,000 people in the camp.",
			want: []wantFact{{value: 5000, category: Other, qual: Approx}}},
		{name: "a region already sheltering refugees",
			body: "The region was already sheltering some 240,000 Syrian refugees before the offensive.",
			want: []wantFact{{value: 240000, category: Refugees, qual: Approx}}},
		{name: "structures that shelter people",
			body: "Those structures shelter about 18,000 people, aid agencies say.",
			want: []wantFact{{value: 18000, category: Sheltered, qual: Approx}}},
		{name: "people given tents",
			body: "The camp manager said 1,800 had already been given tents.",
			want: []wantFact{{value: 1800, category: Sheltered}}},
	})
}

func TestExtract_Heldout168Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Serbian agency in a byline",
			page: "Belgrade Weekly\nRain floods hundreds of tents in camps near the border\nMarch 3, 2020\nBy the Belgrade Weekly desk, with Beta\n", wire: "Beta"},
		{name: "an Arabic month in its two names",
			page: "Hawran News\nRain floods hundreds of tents in camps near the border\nالخميس 5 تموز/يوليو 2018\n", published: "2018-07-05"},
		{name: "a Dutch date with a lower-case English month and an hour",
			page: "Paramaribo Post\nRain floods hundreds of tents in camps near the border\ndonderdag 10 september 2020 - 22.40 uur (laatst bijgewerkt)\n", published: "2020-09-10"},
		{name: "an editorial staff before the outlet and its agency",
			page: "Paramaribo Post\nRain floods hundreds of tents in camps near the border\nMarch 3, 2020\nRedactie Paramaribo Post / ANP\n", wire: "ANP"},
		{name: "a masthead over its own address",
			page:      "News from the Fjords\nfjordnews.no\nHome | Politics | World\nHome / World\nRain floods hundreds of tents in camps near the border\nBy Kari Berg\nMarch 3, 2020\n",
			publisher: "News from the Fjords"},
	})
}

// A number in the outlet's own name is no figure.
func TestExtract_NumberInTheOutletsName(t *testing.T) {
	a := &Article{Name: "t", Publisher: "Valley Radio 98.4",
		Body: "The council gave Valley Radio 98.4 the following figures: about 2,000 families have fled since Monday."}
	facts, _ := extract(a)
	if len(facts) != 1 || facts[0].Value != 2000 {
		t.Errorf("got %+v, want only the 2,000 families", facts)
	}
}
