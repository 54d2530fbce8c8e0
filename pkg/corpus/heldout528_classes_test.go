package corpus

import "testing"

// Classes found on the five-hundred-and-twenty-eighth to five-hundred-
// and-thirty-first held-out sets, in text of our own.

func TestExtract_Heldout528Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "shelters a clause before that hold people",
			body: "The town has turned 40 schools into shelters, and the council said on Monday that they hold about 5,000 people.",
			want: []wantFact{{value: 40, category: Other, unit: "schools"}, {value: 5000, category: Sheltered, qual: Approx}}},
		{name: "people of a district who live in its camps",
			body: "Many fled to Afrin district, where tens of thousands of people now live in makeshift camps along the road.",
			want: []wantFact{{value: 10000, category: Sheltered, qual: AtLeast}}},
		{name: "a government that shelters refugees",
			body: "The regional government says it already shelters about 240,000 Syrian refugees.",
			want: []wantFact{{value: 240000, category: Refugees, qual: Approx}}},
		{name: "people off boats that came in",
			body: `"We watched two boats come in at dawn, perhaps 90 people," he said.`,
			want: []wantFact{{value: 2, category: Other, unit: "boats"}, {value: 90, category: Displaced, qual: Approx}}},
		{name: "a phone number with a two-digit area code",
			body: "Relatives can call the embassy hotline at (02) 555-7100.",
			want: nil},
		{name: "people who left on return convoys",
			body: "Since June about 1,500 people have left the town for Qusayr on the return convoys.",
			pub:  "2019-09-01",
			want: []wantFact{{value: 1500, category: Other, qual: Approx}}},
		{name: "people sleeping in this classroom",
			body: `"Twenty-five people from our street are sleeping in this classroom," she said.`,
			want: []wantFact{{value: 25, category: Sheltered}}},
		{name: "a compass point after a figure is no noun",
			body: "About 40,000 moved north toward the border, the agency said.",
			want: []wantFact{{value: 40000, category: AtRisk, qual: Approx, unit: "people"}}},
	})
}

// TestExtract_Heldout528RuleReads checks classes that the category model
// already guessed right: a rule, not the guess, must read them.
func TestExtract_Heldout528RuleReads(t *testing.T) {
	tests := []struct{ name, body, rule string }{
		{"families who moved in with neighbours", "About 60 families moved in with neighbours after the storm.", "with-relatives"},
		{"households staying with neighbors", "Some 25 households are staying with neighbors in the next village.", "with-relatives"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts := extractText(t, tt.body, "")
			if len(facts) != 1 || facts[0].Rule != tt.rule {
				t.Fatalf("got %+v, want one fact read by rule %q", facts, tt.rule)
			}
		})
	}
}

func TestHeader_Heldout528Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Kinyarwanda month longer than ten letters",
			page: "Amakuru\nA headline for the story\nKu wa Kane, 14 Gashyantare 2019 | 10:32\n", published: "2019-02-14"},
		{name: "a Sesotho month longer than ten letters",
			page: "Lesotho Weekly\nA headline for the story\nLabobedi, 21 Motsheanong 2019\n", published: "2019-05-21"},
		{name: "a date line with the city whose clock it keeps",
			page: "Caucasus Desk\nA headline for the story\n\n01.03.2020, 10:15 (updated 21:30 Yerevan time)\nBy the live team\n", published: "2020-03-01"},
		{name: "a copyright holder after a legal form, in quotes",
			page:      "Kraštas\nA headline for the story\nMarch 4, 2020\n" + storyLine + "\n© 2019 UAB „Žemaitijos žinios“. Visos teisės saugomos.\n",
			publisher: "Žemaitijos žinios"},
	})
}
