package corpus

import "testing"

// Classes found on the three-hundred-and-thirty-sixth to three-hundred-
// and-thirty-ninth held-out sets, in text of our own.

func TestExtract_Heldout336Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a kingdom in reality sheltering more",
			body: "A government spokesman said the kingdom was in reality sheltering about 1.1 million Syrians.",
			want: []wantFact{{value: 1100000, category: Refugees, qual: Approx}}},
		{name: "people sheltering from the cold at a crossing",
			body: "At the crossing, a photographer saw hundreds of people sheltering from the cold under plastic sheets.",
			want: []wantFact{{value: 100, category: AtRisk, qual: AtLeast}}},
		{name: "people who could lose the roofs over their heads",
			body: "Aid groups estimate that about 9,000 Syrian refugees, including 4,000 children, could lose the roofs over their heads.",
			want: []wantFact{{value: 9000, category: AtRisk, qual: Approx}, {value: 4000, category: AtRisk}}},
		{name: "people who risk losing their homes",
			body: "About 12,000 Syrians in the town risk losing their homes, UN agencies say.",
			want: []wantFact{{value: 12000, category: AtRisk, qual: Approx}}},
		{name: "people forced to seek safety abroad",
			body: "The war has forced more than 5 million people to seek safety abroad, according to UN figures.",
			want: []wantFact{{value: 5000000, category: Refugees, qual: AtLeast}}},
		{name: "a prison term",
			body: "About 300 families fled. A court sentenced 12 migrants to two and a half years in prison each.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}, {value: 12, category: Other}}},
		{name: "a post box in an address",
			body: "About 300 families fled. Write to us at Postboks 218, 9171 Longyearbyen.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}

func TestExtract_Heldout336Sources(t *testing.T) {
	runSourceCase(t, "Some outlet\nA headline for the story\n\nThe offensive emptied the villages.\n\nIdlib in figures (source: OCHA, 18 February)\n- Displaced since 1 December: about 800,000\n- Sleeping in the open: about 80,000\n", 2, "OCHA")
	runSourceCase(t, "Some outlet\nA headline for the story\n\nThe offensive emptied the villages.\n\nKEY FIGURES\nAccording to the U.N. humanitarian office (OCHA), as of Monday:\n• 700,000 people lived in the south before the offensive\n• 150,000 displaced towards Quneitra\n", 2, "OCHA")
}
