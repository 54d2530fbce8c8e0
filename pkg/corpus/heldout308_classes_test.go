package corpus

import "testing"

// Classes found on the three-hundred-and-eighth to three-hundred-and-
// eleventh held-out sets, in text of our own.

func TestExtract_Heldout308Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "euro price in an inflected form",
			body: "About 300 families fled the town. Tellimus alates 4,90 eurost kuus.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
		{name: "dinar price after a donation appeal",
			body: "About 300 families fled the town. Faites un don à partir de 1000 DA.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
		{name: "arrivals since a date at a camp",
			body: "Trucks reached the Gawilan camp on Tuesday, where about 2,500 Syrians have arrived since 12 October.",
			pub:  "2019-10-25",
			want: []wantFact{{value: 2500, category: Displaced, qual: Approx, period: "2019-10-12"}}},
		{name: "people living in what an order covers",
			body: "Aid workers estimate that about 800 tents in the valley fall under the decree, home to some 4,000 people.",
			want: []wantFact{{value: 800, category: Other, qual: Approx}, {value: 4000, category: AtRisk, qual: Approx}}},
		{name: "a part that a toll includes",
			body: "Air strikes have killed 210 civilians in the province since January, a toll the monitor says includes 45 children.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 210, category: Killed, period: "2020-01-01"}, {value: 45, category: Killed, period: "2020-01-01"}}},
		{name: "an offensive stepped up at a since-date",
			body: "Some 500,000 people have fled since the start of November, when the army widened its offensive. The monitor says 90 civilians have been killed since the offensive began.",
			pub:  "2020-01-20",
			want: []wantFact{{value: 500000, category: Displaced, qual: Approx, period: "2019-11-01"}, {value: 90, category: Killed, period: "2019-11-01"}}},
		{name: "a place before a part between commas",
			body: "The agency says 60,000 people in the south, including 25,000 children, have been displaced since 3 May.",
			pub:  "2019-05-20",
			want: []wantFact{{value: 60000, category: Displaced, period: "2019-05-03"}, {value: 25000, category: Displaced, period: "2019-05-03"}}},
		{name: "an answer that opens with since",
			body: "Maya Saleh: Since June 10, families have pulled down about 700 shelters by themselves.",
			pub:  "2019-07-01",
			want: []wantFact{{value: 700, category: Other, qual: Approx, period: "2019-06-10"}}},
	})
}

func TestExtract_Heldout308Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a name after instead",
			body: "Rather than talk, Instead Damascus has sent troops north. Twelve soldiers have been killed since March 1, according to Damascus.",
			pub:  "2020-03-10",
			want: []wantFact{{value: 12, category: Killed, source: "Damascus"}}},
		{name: "an agency after its",
			body: "Lebanon hosts many Syrians. Its Interior Ministry says some 90,000 Syrians have gone home since May 2018.",
			want: []wantFact{{value: 90000, category: Other, qual: Approx, source: "Interior Ministry"}}},
	})
}

func TestExtract_Heldout308Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "places in reception centres as a list item",
			body: "KEY FIGURES\n• Asylum seekers on the islands: about 38,000 (UNHCR)\n• Places in the island reception centres: about 5,400 (UNHCR)\n",
			want: []wantFact{{value: 38000, category: Refugees, qual: Approx}, {value: 5400, category: Other, qual: Approx}}},
	})
}
