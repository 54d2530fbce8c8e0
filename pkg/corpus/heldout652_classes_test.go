package corpus

import "testing"

// Classes found on the six-hundred-and-fifty-second to six-hundred-and-
// fifty-fifth held-out sets, in text of our own.

func TestExtract_Heldout652Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "the objects of one verb of killing",
			body: "The monitor says the campaign has killed at least 1,500 fighters of the militia, or YPG, about 400 fighters on the other side and 289 civilians.",
			want: []wantFact{{value: 1500, category: Killed, qual: AtLeast, unit: "fighters", source: "monitor"},
				{value: 400, category: Killed, qual: Approx, unit: "fighters", source: "monitor"},
				{value: 289, category: Killed, qual: Exact, unit: "civilians", source: "monitor"}}},
		{name: "guard: wounding after killing has its own verb",
			body: "An air strike hit a convoy, killing at least 11 people, among them two journalists, and wounding 74 others, the Red Crescent said.",
			want: []wantFact{{value: 11, category: Killed, qual: AtLeast, unit: "people"},
				{value: 2, category: Killed, qual: Exact, unit: "journalists"},
				{value: 74, category: Other, qual: Exact, unit: "journalists"}}},
		{name: "a count in a condition",
			body: "Officials said the country could not cope if up to 1 million more people were driven towards its border from Idlib.",
			want: []wantFact{{value: 1e6, category: AtRisk, qual: AtMost, unit: "people"}}},
		{name: "a cap cut to a figure",
			body: "Arrivals dropped after the administration cut the annual cap to 45,000.",
			want: []wantFact{{value: 45000, category: Other, qual: Exact, unit: "people"}}},
		{name: "refugees who signed up for return convoys",
			body: "Last summer about 3,000 refugees in the town signed up for the return convoys.",
			want: []wantFact{{value: 3000, category: Other, qual: Approx, unit: "refugees"}}},
		{name: "families forced to move their tents",
			body: "Dozens of families have already been forced to move their tents to new plots.",
			want: []wantFact{{value: 12, category: Displaced, qual: AtLeast, unit: "families"}}},
		{name: "a recording's length in brackets",
			body: "About 300 families arrived on Monday. Watch the full interview on our channel (24 min).",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "since an event began, then the count's own day",
			body: "Turkey launched its incursion on October 9. The number of Syrians who have reached Iraq since the incursion began rose to 7,645 on Tuesday, UNHCR said.",
			pub:  "2019-10-23",
			want: []wantFact{{value: 7645, category: Displaced, qual: Exact, unit: "Syrians", source: "UNHCR", period: "2019-10-09"}}},
	})
}

func TestLayout_Heldout652Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a Norwegian appeal and cookie notice after the story",
			page: "A headline about the islands\n\nAbout 300 people landed on Monday.\n\nStøtt uavhengig journalistikk: Vipps et valgfritt beløp til 512 34\nVi bruker informasjonskapsler for å forbedre nettstedet. Les mer | Godta\n",
			body: "About 300 people landed on Monday."},
		{name: "a share bar with an audio download and its length",
			page: "A headline about the camps\n\nShare: Facebook | Twitter | Email | Download audio (14:52)\n\nAbout 300 people landed on Monday.\n",
			body: "About 300 people landed on Monday."},
	})
}
