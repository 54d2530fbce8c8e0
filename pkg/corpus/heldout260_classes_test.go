package corpus

import "testing"

// Classes found on the two-hundred-and-sixtieth to two-hundred-and-
// sixty-third held-out sets, in text of our own.

func TestExtract_Heldout260Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a count opening the sentence after a weekday",
			body: "The minister spoke on Friday. 12 Turkish soldiers have been killed in the province since March.",
			want: []wantFact{{value: 12, category: Killed}}},
		{name: "a day of the month after a weekday is no count",
			body: "The camp was flooded on Monday 14, the second time this month.",
			want: nil},
		{name: "a share in a clause after 'that'",
			body: "The survey found that around a quarter live in unfinished buildings.",
			want: []wantFact{{value: 25, category: Other, qual: Approx}}},
		{name: "people who had to move out of their tents",
			body: "Some 4,000 people had to move out of their tents into schools and mosques.",
			want: []wantFact{{value: 4000, category: Displaced, qual: Approx}}},
		{name: "places still free in a camp",
			body: "Places still free at the new camp: about 2,500",
			want: []wantFact{{value: 2500, category: Other, qual: Approx}}},
		{name: "the body a survey belongs to, not the survey's kind",
			body: "A UN vulnerability survey found that 70 percent of the families were in debt.",
			want: []wantFact{{value: 70, category: Other, source: "UN"}}},
	})
}

func TestExtract_Heldout260Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Turkish related lines and donation lines",
			body: "About 300 tents flooded overnight.\n\nİlgili: 4 soruda sınır krizi\nSupport our reporting - donate MVR 50 today.\nSupport the Red Cross appeal: give P20 by Orange Money to 16 155.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

// An interview whose outlet's label holds a lower-case word: "Eye on
// Libya:" asks, the guest answers.
func TestExtract_Heldout260InterviewLabel(t *testing.T) {
	page := "EAR ON TUNIS\nHome | Region | World\nRegion / Interview\nInterview: a shelter worker on the storm\n17/01/2019 - 10:25 | By Ear on Tunis staff\n\n" +
		"Samir Haddad, 44, coordinates shelter work in the valley.\n\nEar on Tunis: What did the storm do?\n\n" +
		"Haddad: Water got into about 150 settlements.\n\nEar on Tunis: And the families?\n\nHaddad: Some 1,200 families had to leave their tents.\n\n© Ear on Tunis 2019\n"
	runSourceCase(t, page, 2, "Samir Haddad")
}
