package corpus

import "testing"

// Classes found on the seven-hundred-and-fourth to seven-hundred-and-
// seventh held-out sets, in text of our own.

func TestExtract_Heldout704Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "twelve noon is a clock",
			body: "About 300 families arrived. We will have more on this story in the 12 noon newscast.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
	})
}

func TestLayout_Heldout704Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a wire's credits in brackets after the story",
			page: "A headline about the camps\n\nAbout 300 families arrived on Monday.\n\n(Reporting by Ali Kaya in Ceylanpinar; Writing by the Ankara bureau; Editing by the desk)\n",
			body: "About 300 families arrived on Monday."},
	})
}

func TestSource_Heldout704Classes(t *testing.T) {
	// The label gives the first two of three names; the introduction
	// gives the third after them.
	runSourceCase(t, "BOR FM\nCommunity radio for the county\nHome | News | Interviews | Programmes\nHome / Interviews\n“They arrive at night”: a Bor daughter on the Syrian Kurds reaching Iraq\n24/10/2019 - 16:45\nInterview by Deng Ayuel, Bor FM\nShare: Facebook | WhatsApp\n\n"+
		"Achan Dut Garang grew up in Bor. Today the 29-year-old works for an aid group in Duhok, in northern Iraq.\n\n"+
		"Bor FM: Achan, what did you see this week?\n\nAchan Dut: On Tuesday night alone we received around 900 people at the border.\n\n"+
		"Bor FM: Will you stay?\n\nAchan Dut: Yes, until the spring.\n\n© 2019 Bor FM. All rights reserved.\nOriginal url: https://www.borfm.org/interviews/they-arrive-at-night/\n", 1, "Achan Dut Garang")
}

// Guards: what the classes above must leave as it was.
func TestSource_Heldout704Guards(t *testing.T) {
	// A lower-case word after the label's name is no family name.
	runSourceCase(t, "BOR FM\nCommunity radio for the county\nHome | News | Interviews | Programmes\nHome / Interviews\n“They arrive at night”: a nurse on the Syrian Kurds reaching Iraq\n24/10/2019 - 16:45\nInterview by Deng Ayuel, Bor FM\nShare: Facebook | WhatsApp\n\n"+
		"Anna Berg spoke to Bor FM from Duhok, in northern Iraq, where she works for an aid group.\n\n"+
		"Bor FM: What did you see this week?\n\nAnna Berg: On Tuesday night alone we received around 900 people at the border.\n\n"+
		"Bor FM: Will you stay?\n\nAnna Berg: Yes, until the spring.\n\n© 2019 Bor FM. All rights reserved.\nOriginal url: https://www.borfm.org/interviews/they-arrive/\n", 1, "Anna Berg")
}
