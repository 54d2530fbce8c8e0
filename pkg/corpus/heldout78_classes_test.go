package corpus

import "testing"

// Classes found on the seventy-eighth and seventy-ninth held-out sets, in
// text of our own.

func TestExtract_Heldout78Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "headlines under 'Also See' are links, not the story",
			body: "About 2,000 families have left the valley since Monday, the council said.\n\nAlso See\nValley: Army clears 30 shelters ahead of deadline\nWorld Refugee Day: 80 million people displaced worldwide",
			want: []wantFact{{value: 2000, category: Displaced, source: "council"}}},
		{name: "a headline under 'Lire aussi' is a link",
			body: "About 2,000 families have left the valley since Monday, the council said.\n\nLire aussi\nValley: 900 dead in three weeks of shelling\nAbonnez-vous à notre infolettre",
			want: []wantFact{{value: 2000, category: Displaced, source: "council"}}},
	})
}

// An interview whose answers are labelled with initials the introduction
// never spells out: they are the person it presents, without her title.
func TestExtract_InterviewInitialsUnstated(t *testing.T) {
	a := &Article{Name: "t", Publisher: "Valley Post", Body: "On World Refugee Day, Valley Post spoke to Dr Maya Sorensen, a physician who runs a clinic in the valley.\n\n" +
		"VP: Is anyone still arriving?\n\n" +
		"MS: Very few. We registered only 12 new families since January.\n\n" +
		"VP: And the clinic?\n\n" +
		"MS: We see between 200 and 250 patients a day."}
	checkSources(t, a, "Maya Sorensen", "Maya Sorensen")
}

func TestExtract_Heldout78Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "'the foundation' after its name and acronym",
			body: "The Valley Aid Foundation (VAF) has sent 30 trucks to the camps, the foundation said.",
			want: []wantFact{{value: 30, category: Other, source: "VAF"}}},
		{name: "a minister whose portfolio follows 'for'",
			body: "Half of the money will go to the camps, Minister for Foreign Trade and Development Lena Holm said.",
			want: []wantFact{{value: 50, category: Other, source: "Lena Holm"}}},
	})
}

func TestExtract_Heldout78Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people still crossing are on the move",
			body: "A border official said 200-300 people were still crossing each night near the ford.",
			want: []wantFact{{value: 200, category: Displaced, source: "border official"}}},
	})
}

func TestRelativeAge(t *testing.T) {
	checkEach(t, "relativeAge", relativeAge, map[string]bool{
		"3 hours ago":   true,
		"an hour ago":   true,
		"45 mins ago":   true,
		"3 hours later": false,
		"years ago":     false,
		"3 years ago":   false, // not the age of a page
	})
}
