package corpus

import "testing"

// Classes found on the three-hundred-and-sixtieth to three-hundred-and-
// sixty-third held-out sets, in text of our own.

func TestExtract_Heldout360Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a part in an aside of a count that may happen",
			body: "The order could leave at least 8,000 people, among them about 3,000 children, without a roof.",
			want: []wantFact{{value: 8000, category: AtRisk, qual: AtLeast}, {value: 3000, category: AtRisk, qual: Approx, unit: "children"}}},
		{name: "the number of a demonym and an irregular participle",
			body: "The number of Syrians driven from their homes in Hama has risen to at least 90,000.",
			want: []wantFact{{value: 90000, category: Displaced, qual: AtLeast, unit: "Syrians"}}},
		{name: "the number of residents put closer to another figure",
			body: "About 30,000 people live in the camp, near a base where some 150 soldiers are stationed. A local charity put the number of residents closer to 35,000.",
			want: []wantFact{
				{value: 30000, category: Sheltered, qual: Approx},
				{value: 150, category: Troops, qual: Approx},
				{value: 35000, category: Sheltered, qual: Approx, unit: "residents", source: "local charity"},
			}},
		{name: "a crowd that set off for the border",
			body: "Hundreds set off from the capital for the border on Friday.",
			want: []wantFact{{value: 100, category: AtRisk, qual: AtLeast, unit: "people"}}},
		{name: "students with a demonym before the noun",
			body: "She is one of 14 Syrian students registered at the university this year.",
			want: []wantFact{{value: 14, category: Other, unit: "students"}}},
		{name: "passengers of a flight",
			body: "The ministry says a further flight with 120 passengers is planned for March.",
			want: []wantFact{{value: 120, category: Other, unit: "passengers", source: "ministry"}}},
		{name: "people who left a camp for government areas",
			body: "The ministry said 240 people had left the camp for government areas.",
			want: []wantFact{{value: 240, category: Other}}},
		{name: "people kept on a ship",
			body: "About 500 migrants are being kept on a navy ship in the harbour.",
			want: []wantFact{{value: 500, category: Sheltered, qual: Approx}}},
		{name: "people sheltering in fields near a border crossing",
			body: "About 20,000 people are sheltering in fields near the crossing on the border.",
			want: []wantFact{{value: 20000, category: AtRisk, qual: Approx}}},
		{name: "families who turned up in a town",
			body: "Officials said about 300 families had turned up in Zakho looking for relatives.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "people stabbed",
			body: "On Friday two people were stabbed near the main gate of the camp.",
			want: []wantFact{{value: 2, category: Other}}},
		{name: "a camp that holds people",
			body: "The Domiz camp is full. It already holds some 30,000 Syrians who came in earlier years, officials say.",
			want: []wantFact{{value: 30000, category: Sheltered, qual: Approx, unit: "Syrians"}}},
		{name: "the next camp told as the one before",
			body: "Zaatari has about 78,000 people in the camp. Azraq, further east, has about 40,000.",
			want: []wantFact{{value: 78000, category: Sheltered, qual: Approx}, {value: 40000, category: Sheltered, qual: Approx}}},
		{name: "people thought to remain in a city",
			body: "About 20,000 people are thought to remain in Saraqeb city, the UN says.",
			want: []wantFact{{value: 20000, category: Other, qual: Approx, source: "UN"}}},
	})
}

func TestExtract_Heldout360Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an adverb before the subject with no comma",
			body: "Now the UN says 9,000 people remain in the camp.",
			want: []wantFact{{value: 9000, category: Sheltered, source: "UN"}}},
	})
}
