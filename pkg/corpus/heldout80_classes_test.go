package corpus

import "testing"

// Classes found on the eightieth and eighty-first held-out sets, in text
// of our own.

// An interview whose answers carry an initial and a surname, and whose
// questions carry the outlet's web address.
func TestExtract_InterviewInitialAndSurname(t *testing.T) {
	a := &Article{Name: "t", Publisher: "Valley Radio", Body: "Valley Radio spoke to Marta Lindqvist, who leads a team of volunteers at the river crossing.\n\n" +
		"ValleyRadio.net: How many people are waiting?\n\n" +
		"M. Lindqvist: I would say 3,000 people are waiting in the fields.\n\n" +
		"ValleyRadio.net: And on your side?\n\n" +
		"M. Lindqvist: We have detained 140 people since Friday."}
	checkSources(t, a, "Marta Lindqvist", "Marta Lindqvist")
}

func TestInterviewLabel_Heldout80(t *testing.T) {
	checkEach(t, "interviewLabel", interviewLabel, map[string]string{
		"D. Kazlauskas: Calmer than in the first days.": "D. Kazlauskas",
		"LRT.lt: What is the situation now?":            "LRT.lt",
		"U.S. officials: none came.":                    "",
		"3.5 million: the number hosted.":               "",
	})
}

func TestExtract_Heldout80Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "refugees heading for their villages are returning",
			body: "A convoy carrying 600 Syrian refugees left the border town on Monday morning, heading for their villages across the border.",
			want: []wantFact{{value: 600, category: Other}}},
		{name: "people who applied to return",
			body: "More than 900 people had applied to return from the southern town alone.",
			want: []wantFact{{value: 900, category: Other}}},
		{name: "refugees welcomed under a resettlement scheme are taken in",
			body: "The region has now welcomed more than 1,200 Syrian refugees under the government's resettlement scheme.",
			want: []wantFact{{value: 1200, category: Refugees}}},
		{name: "'or so' between a figure and what it counts",
			body: "The town's 90 or so informal camps still house about 20,000 people.",
			want: []wantFact{{value: 90, category: Other}, {value: 20000, category: Sheltered}}},
	})
}

func TestExtract_Heldout80Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "'the coastguard' after a Hellenic one",
			body: "The Hellenic coastguard said 300 people had landed on the island. Forty others were rescued at sea, the coastguard said.",
			want: []wantFact{{value: 300, category: Displaced, source: "Hellenic coastguard"}, {value: 40, category: Other, source: "Hellenic coastguard"}}},
	})
}
