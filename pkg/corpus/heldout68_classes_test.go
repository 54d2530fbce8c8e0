package corpus

import "testing"

// Classes found on the sixty-eighth and sixty-ninth held-out sets, in
// text of our own.

// An interview whose labels give a speaker's last two names, the full
// name in the introduction.
func TestExtract_InterviewTwoWordLabel(t *testing.T) {
	a := &Article{Name: "t", Publisher: "The Hill Courier", Body: "The Hill Courier spoke to Colonel Samir Abu Nasr, who runs the camps.\n\n" +
		"The Hill Courier: How many people live there?\n\n" +
		"Abu Nasr: About 20,000 live in the two camps.\n\n" +
		"The Hill Courier: And next year?\n\n" +
		"Abu Nasr: We expect 5,000 more."}
	checkSources(t, a, "Samir Abu Nasr", "Samir Abu Nasr")
}

func TestExtract_Heldout68Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a priest's title",
			body: "Father Elias Haddad said 140 families had fled the village.",
			want: []wantFact{{value: 140, category: Displaced, source: "Elias Haddad"}}},
		{name: "a bishop of a church",
			body: "Bishop Jacob Murad of the Syriac Orthodox Church said about 3,000 families had left since 2015.",
			want: []wantFact{{value: 3000, category: Displaced, source: "Jacob Murad"}}},
		{name: "a speaker's team is the speaker",
			body: "Dr. Lina Saad, who runs the clinic, said her team had registered 900 displaced families by Friday.",
			want: []wantFact{{value: 900, category: Displaced, source: "Lina Saad"}}},
	})
}

func TestExtract_Heldout68Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a caption naming a ministry in lower case after a demonym",
			body: "The Italian interior ministry's figures for the two camps, as of Monday:\n\n• Lampedusa camp: 1\u202f200 people\n• Pozzallo camp: 300 people",
			want: []wantFact{{value: 1200, category: Sheltered, source: "Italian interior ministry"}, {value: 300, category: Sheltered, source: "Italian interior ministry"}}},
	})
}

func TestExtract_Heldout68Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an agency's staff at work are no displaced people",
			body: "He said 25 of its staff were still working in the camp clinic.",
			want: []wantFact{{value: 25, category: Other}}},
		{name: "people expected by a date are at risk",
			body: "Volunteers were setting up tents for another 2,000 people expected by Sunday.",
			want: []wantFact{{value: 2000, category: AtRisk}}},
		{name: "families who made the journey fled",
			body: "She said about 30 families from her street had made the same journey since March.",
			want: []wantFact{{value: 30, category: Displaced}}},
		{name: "refugees a region could receive are to come",
			body: "The regional government said it could receive up to 40,000 more refugees before winter.",
			want: []wantFact{{value: 40000, category: AtRisk}}},
		{name: "part of a body of troops to be sent elsewhere",
			body: "Officials said about 300 of the British troops leaving the base will be sent to Cyprus.",
			want: []wantFact{{value: 300, category: Troops}}},
		{name: "how long someone has been living somewhere",
			body: "He said he had been living in the olive grove outside the camp for five months, with 40 other men.",
			want: []wantFact{{value: 40, category: Other}}},
		{name: "a figure with a no-break space after two digits",
			body: "The camp alone holds over 21\u00a0000 people.",
			want: []wantFact{{value: 21000, category: Sheltered}}},
		{name: "'Among them were' a part of the deaths before",
			body: "At least 140 civilians have been killed since May, the agency said. Among them were 35 children, it said.",
			want: []wantFact{{value: 140, category: Killed}, {value: 35, category: Killed}}},
	})
}

func TestExtract_Heldout68Rows(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a table row of people who could lose their shelter",
			body: "The agency gave these figures:\n\nThe town in figures           UN, May 2021\nSettlements                   130\nShelters built of concrete    4\u00a0100\nPeople who could lose their shelter    21\u00a0000",
			want: []wantFact{{value: 130, category: Other}, {value: 4100, category: Other}, {value: 21000, category: AtRisk}}},
		{name: "labels that count things, not people",
			body: "Figures from the camp, as of noon:\n\n- Tents ready: 2,400\n- Medical teams on site: 5\n- Families in the camp: 310\n- In schools and mosques: 900",
			want: []wantFact{{value: 2400, category: Other}, {value: 5, category: Other}, {value: 310, category: Sheltered}, {value: 900, category: Sheltered}}},
	})
}
