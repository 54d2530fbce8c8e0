package corpus

import (
	"strings"
	"testing"
)

// Classes found on the twenty-eighth and twenty-ninth held-out sets, in
// text of our own.
func TestExtract_Heldout28Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "unlabelled questions: the answers are the interviewee's",
			body: "The Courier spoke with Amal Saleh, head of the Valley Relief Council, about the floods.\n\nHow many people have fled?\n\nOur teams counted 9,000 people who fled the valley.\n\nWhat happens next?\n\nWe expect that 2,000 more will leave by Friday.\n\nWhat do you need most?\n\nTents, mostly.",
			want: []wantFact{{value: 9000, category: Displaced, source: "Amal Saleh"}, {value: 2000, category: AtRisk, source: "Amal Saleh"}}},
		{name: "an aside between dashes between a count and its verb",
			body: "Some 6 million people – more than a quarter of the population – have been forced from their homes.",
			want: []wantFact{{value: 6000000, category: Displaced}, {value: 25, category: Other, unit: "percent"}}},
		{name: "a building standing empty for some years",
			body: "They are housed at the camp, which reopened after standing empty for two years.",
			want: nil},
		{name: "crowds pressed against the fence",
			body: "Crowds of 3,000-4,000 pressed against the fence on Sunday, police said.",
			want: []wantFact{{value: 3000, category: AtRisk}}},
		{name: "a person's age before a noun",
			body: "No one was killed, but a 40-year-old protester was taken to hospital; the nine-year-old war goes on.",
			want: []wantFact{{value: 9, category: Other, unit: "years"}}},
		{name: "part of a province is no share",
			body: "Not a single hospital in the southern half of the province is working, and half of the displaced are children.",
			want: []wantFact{{value: 50, category: Other, unit: "percent"}}},
		{name: "a vague distance is no count",
			body: "Some 40,000 people are in camps a few hundred metres from the fence.",
			want: []wantFact{{value: 40000, category: Sheltered}}},
		{name: "an aside in brackets between a count and its verb",
			body: "The monitor says more than 280 civilians (among them 51 children) have been killed since January.",
			want: []wantFact{{value: 280, category: Killed, source: "monitor"}, {value: 51, category: Killed}}},
	})
}

func TestExtract_Heldout28Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "items labelled with a group take the intro's category",
			body: "The centre gave the following breakdown of the people who fled:\n\n- Children: 3,356\n- Women: 1,941",
			want: []wantFact{{value: 3356, category: Displaced}, {value: 1941, category: Displaced}}},
	})
}

func TestQuestionTurns(t *testing.T) {
	for _, c := range []struct {
		body string
		want int // turns found
	}{
		{"The Courier spoke with Amal Saleh about the floods.\n\nHow many fled?\n\nMany.\n\nWhy?\n\nRain.\n\nWhat next?\n\nTents.", 6},
		{"Nobody is named here.\n\nHow many fled?\n\nMany.\n\nWhy?\n\nRain.\n\nWhat next?\n\nTents.", 0},
		{"The Courier spoke with Amal Saleh about the floods.\n\nHow many fled?\n\nMany, she said.", 0},
	} {
		if got := len(questionTurns(c.body)); got != c.want {
			t.Errorf("questionTurns(%q): %d turns, want %d", c.body, got, c.want)
		}
	}
}

func TestLiveStamp(t *testing.T) {
	checkEach(t, "liveStamp", liveStamp, map[string]bool{
		"9:31 pm ET":                          true, // am/pm and a zone
		"UPDATE 6 | 21:40":                    true,
		"Update 3":                            true,
		"10.05pm":                             true,
		"08:45 GMT":                           true,
		"21:57 Uhr":                           true, // a German page
		"10:47 PM (IST)":                      true, // the zone in brackets
		"7:12pm":                              true,
		"Updates on the border":               false,
		"1.5 million fled":                    false,
		"21:40 Police said 40 people crossed": false,
		"2020":                                false,
	})
}

// Furniture found on the twenty-eighth held-out set, in text of our own.
func TestParseArticle_Heldout28Furniture(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"live stamps",
			"A headline\n\nUPDATE 2 | 10:50\nThe mayor said 300 families had left.\n\nUPDATE 1 | 07:20\nThe first fires were reported at midnight.",
			"The mayor said 300 families had left.\n\nThe first fires were reported at midnight."},
		{"a print-edition note and a long more-from heading",
			"A headline\n\nThe mayor said 300 families had left.\n\nThis article appeared in the Middle East section of the print edition under the headline \"Exodus\"\nMore from Middle East & North Africa\nWhy 200,000 fear a second exodus",
			"The mayor said 300 families had left."},
	} {
		if a := parseArticle("x", c.in); a.Body != c.want {
			t.Errorf("%s: body %q, want %q", c.name, a.Body, c.want)
		}
	}
}

func TestTableRow_BorderedHeader(t *testing.T) {
	b := "Residents by group:\n\n+--------+-----------+\n| Group  | Residents |\n+--------+-----------+\n| Syrians |    28 410 |"
	s := sentenceAt(b, strings.Index(b, "| Syrians"))
	if _, header, ok := tableRow(b, s); !ok || header != "| Group  | Residents |" {
		t.Errorf("tableRow: header %q, %v", header, ok)
	}
}

func TestJoinSpacedGroups(t *testing.T) {
	checkEach(t, "joinSpacedGroups", joinSpacedGroups, map[string]string{
		"Kos: 3 700 and Leros: 2 900":    "Kos: 3,700 and Leros: 2,900",
		"On March 3 700 people fled":     "On March 3 700 people fled",
		"In 2019 300 people fled":        "In 2019 300 people fled",
		"at 10:30 400 people":            "at 10:30 400 people",
		"about 12 000 people, 1 000 000": "about 12,000 people, 1,000,000",
	})
	if !spacedThousands("hosts 865\u00a0531 Syrians") || spacedThousands("hosts 865 531 Syrians") {
		t.Error("spacedThousands: want a no-break space between groups to count, a plain one not")
	}
}
