package corpus

import "testing"

// Categories found wrong on the thirteenth held-out set, in sentences of
// our own.
func TestExtract_Heldout13Categories(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "and another N takes the kind of the count before it",
			body: "Some 2,000 people were waiting at the crossing, and another 700 near the river, officials said.",
			want: []wantFact{{value: 2000, category: AtRisk}, {value: 700, category: AtRisk}}},
		{name: "fighters listed with soldiers are troops too",
			body: "The army entered the valley with 3,000 soldiers and an estimated 9,000 allied fighters.",
			want: []wantFact{{value: 3000, category: Troops}, {value: 9000, category: Troops}}},
		{name: "a count after an if clause has not happened",
			body: "Aid chief: If the front moves north, we are talking about 400,000 people on the move.",
			want: []wantFact{{value: 400000, category: AtRisk}}},
		{name: "a count that will be",
			body: "Next month it will be thousands, the mayor said.",
			want: []wantFact{{value: 1000, category: AtRisk}}},
		{name: "a total that could pass a figure",
			body: "The total could pass 2 million by the spring, the agency said.",
			want: []wantFact{{value: 2000000, category: AtRisk}}},
		{name: "people living outdoors are without shelter",
			body: "About 9,000 people are living outdoors or in half-built houses near the town.",
			want: []wantFact{{value: 9000, category: Unsheltered}}},
		{name: "people who leave camps move again",
			body: "Around 300 refugees left the tented camps near the town after the fire.",
			want: []wantFact{{value: 300, category: Displaced}}},
		{name: "leaving a camp for home is a return",
			body: "Only 80 families have left the camp for their villages this year.",
			want: []wantFact{{value: 80, category: Other}}},
		{name: "going home is a return",
			body: "Some 4,000 refugees went home last year.",
			want: []wantFact{{value: 4000, category: Other}}},
		{name: "migrants who left a country moved on",
			body: "More than 20,000 migrants had left the country by Sunday.",
			want: []wantFact{{value: 20000, category: Displaced}}},
		{name: "which standing for a clause names no shelter",
			body: "The schools now serve as shelters, which means 9,000 pupils have no lessons.",
			want: []wantFact{{value: 9000, category: Other}}},
		{name: "which standing for a clause after a shelter opening the sentence",
			body: "At least 40 schools are being used as shelters, which means some 9,000 pupils have no lessons.",
			want: []wantFact{{value: 40, category: Other}, {value: 9000, category: Other}}},
	})
}

// Durations that count nothing, found on the twelfth and thirteenth
// held-out sets, in sentences of our own.
func TestExtract_Heldout13Durations(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "how long someone has lived somewhere", body: "\"We cannot go back,\" said Omar, who has lived in the town for six years.", want: nil},
		{name: "how long a permit runs", body: "The council extended the permit for six months only.", want: nil},
		{name: "days of shelling are how long it went on", body: "The town was shelled for eight days.",
			want: nil},
	})
}

// One death told with "a", found on the eleventh and thirteenth held-out
// sets, in sentences of our own. Those writers counted it; the writers
// since hold that an article is no numeral, and ANNOTATION.md says so: no
// figure, however the sentence runs.
func TestExtract_LoneDeath(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a child has died", body: "The boat sank near the shore. A child has died, the coastguard said.", want: nil},
		{name: "a boy aged six", body: "A boy aged six drowned when the river rose.", want: nil},
		{name: "a man was killed", body: "\u201cA man was killed by the shelling,\u201d she said.", want: nil},
		{name: "adjectives describe", body: "An elderly Syrian man died in the cold.", want: nil},
		{name: "a child who survived", body: "A child survived the crossing.", want: nil},
	})
}

// A share with its noun between the numbers, found on the thirteenth
// held-out set, in a sentence of our own.
func TestExtract_ShareWithNoun(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "one person in five", body: "In the valley, roughly one person in five is displaced, the council said.",
			want: []wantFact{{value: 20, category: Other, unit: "percent", qual: Approx}}},
		{name: "two families out of three", body: "Two families out of three have no income.",
			want: []wantFact{{value: 66.67, category: Other, unit: "percent"}}},
	})
}

// An interview printed as questions and answers, in words of our own: the
// answers are the interviewee's, the questions the outlet's.
func TestExtract_InterviewTurns(t *testing.T) {
	a := &Article{Name: "t", Publisher: "The Valley Review", Body: "The Valley Review: How many have come?\n\n" +
		"Rana Haddad: Our teams counted 4,000 new families this week.\n\n" +
		"TVR: And the camps?\n\n" +
		"Haddad: Full. About 900 families sleep outdoors.\n\n" +
		"The UN refugee agency (UNHCR) says 12,000 people have fled since March."}
	checkSources(t, a, "Rana Haddad", "Rana Haddad", "UNHCR")
}

func TestInterviewLabel(t *testing.T) {
	tests := []struct{ para, want string }{
		{"Rana Haddad: We counted them.", "Rana Haddad"},
		{"TVR: And the camps?", "TVR"},
		{"Kara camp: 2,400 people", ""},
		{"He said: we counted them.", ""},
		{"At 10:30 the shelling began.", ""},
	}
	for _, tt := range tests {
		if got := interviewLabel(tt.para); got != tt.want {
			t.Errorf("interviewLabel(%q) = %q, want %q", tt.para, got, tt.want)
		}
	}
}
