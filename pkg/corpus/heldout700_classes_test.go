package corpus

import "testing"

// Classes found on the seven-hundredth to seven-hundred-and-third
// held-out sets, in text of our own.

func TestExtract_Heldout700Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "two frequencies after a station's band",
			body: "About 300 families arrived on Monday. The programme airs weekdays on Coast FM 101.1 and 94.3 in the north.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "an age before a nationality and a people",
			body: "For Ahmed Sino, a 41-year-old Syrian Kurd who runs a shop in the town, the news was personal. He said 12 relatives had fled.",
			want: []wantFact{{value: 12, category: Displaced, qual: Exact, unit: "relatives", source: "Ahmed Sino"}}},
		{name: "generic figures are the source",
			body: "Federal figures show Canada has resettled more than 40,000 Syrian refugees.",
			want: []wantFact{{value: 40000, category: Refugees, qual: AtLeast, unit: "refugees", source: "Federal figures"}}},
		{name: "still between the subject and its verb",
			body: "Armenia still counts about 20,000 displaced people from the war.",
			want: []wantFact{{value: 20000, category: Displaced, qual: Approx, unit: "people", source: "Armenia"}}},
	})
}

func TestSource_Heldout700Classes(t *testing.T) {
	// The interviewee spoke to the outlet's programme, named with the
	// outlet's possessive; she opens the introduction with her age.
	runSourceCase(t, "Coast FM 101.1\nThe island's first station\nHome | News | Local | International | Programmes\nNews » International\n“They arrive with nothing”: island doctor on the exodus\nPosted on Thursday 24th October, 2019 at 8:41 am\nBy Coast FM News\n\n"+
		"Dr Ana Ross, 36, grew up in Roseau and studied medicine abroad. Since 2017 she has worked for a medical charity in northern Iraq. This week she spoke to Coast FM's Morning Show from the camp.\n\n"+
		"Q: What are you seeing?\n\nA: On a busy night we see between 300 and 400 people.\n\n"+
		"Q: Will you stay?\n\nA: Yes, until the spring.\n\n© 2019 Coast FM. All rights reserved.\n", 1, "Ana Ross")
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout700Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a named body's figures are the body's",
			body: "UNHCR figures show Canada has resettled more than 40,000 Syrian refugees.",
			want: []wantFact{{value: 40000, category: Refugees, qual: AtLeast, unit: "refugees", source: "UNHCR"}}},
	})
}
