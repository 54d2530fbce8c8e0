package corpus

import "testing"

// Classes found on the three-hundred-and-twenty-eighth to three-hundred-
// and-thirty-first held-out sets, in text of our own.

func TestExtract_Heldout328Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a since after a place aside",
			body: "About 400,000 people have moved into western Aleppo, close to the front line, since 1 January.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 400000, category: Displaced, qual: Approx, period: "2020-01-01"}}},
		{name: "people who had to leave",
			body: "Two camps were emptied after the fight and around 300 people had to leave within hours.",
			want: []wantFact{{value: 2, category: Other}, {value: 300, category: Displaced, qual: Approx}}},
		{name: "people living in shelters that must come down",
			body: "In the valley about 2,000 shelters have to come down, and roughly 9,000 people live in them.",
			want: []wantFact{{value: 2000, category: Other, qual: Approx}, {value: 9000, category: AtRisk, qual: Approx}}},
		{name: "children who could end up without shelter",
			body: "The charity warned that at least 4,000 children in the town could end up without shelter.",
			want: []wantFact{{value: 4000, category: AtRisk, qual: AtLeast}}},
		{name: "arrivals now being housed on a ship",
			body: "Some 300 migrants who landed on Chios at the weekend are being housed on a navy landing ship in Chios harbour.",
			want: []wantFact{{value: 300, category: Sheltered, qual: Approx}}},
		{name: "a town's own population in a relative clause",
			body: "There are more Syrians than Lebanese in Arsal. That is more than the Lebanese population of Arsal itself, which is around 40,000.",
			want: []wantFact{{value: 40000, category: Other, qual: Approx}}},
		{name: "two ages sharing one year-old",
			body: "About 300 families fled. You see 9- and 10-year-olds selling tissues at the lights.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}

func TestExtract_Heldout328Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Bulgarian related links and subscriptions",
			body: "About 300 families fled the town on Monday, officials said.\n\nОще по темата: 40 сирийци пристигнаха в Харманли\nАбонирайте се за бюлетина на 24 часа\nАбонамент за вестника: 6,90 лв. на месец\n\nAid groups said another 200 families were expected to arrive on Tuesday.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}, {value: 200, category: AtRisk}}},
	})
}

func TestExtract_Heldout328Sources(t *testing.T) {
	runSourceCase(t, "Some outlet\nA headline for the story\n\nThe offensive has emptied the villages.\n\nThe UN humanitarian office OCHA breaks the displacement down as follows (figures of 3 July):\n\n| Where the displaced are now | People |\n|---|---|\n| Quneitra | 150,000 |\n| Eastern Daraa | 90,000 |\n", 2, "OCHA")
}
