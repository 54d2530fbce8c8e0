package corpus

import "testing"

// Classes found on the four-hundred-and-sixteenth to four-hundred-and-
// nineteenth held-out sets, in text of our own.

func TestExtract_Heldout416Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a part of the people, not of the boats",
			body: "The coastguard said it had picked up 60 people from three boats off Chios overnight, including 25 children.",
			want: []wantFact{{value: 60, category: Displaced}, {value: 3, category: Other}, {value: 25, category: Displaced, unit: "children"}}},
		{name: "families who have finished taking their walls down",
			body: "\"Nine families in our settlement have already finished.\"",
			want: []wantFact{{value: 9, category: Other}}},
		{name: "relatives someone looks after",
			body: "A farmer now camped near the crossing said he was looking after 17 relatives under a fig tree.",
			want: []wantFact{{value: 17, category: Other}}},
		{name: "relatives someone lives with",
			body: "\"They took the roof,\" said Abu Ali, 60, who lives with nine relatives in one room.",
			want: []wantFact{{value: 9, category: Other}}},
		{name: "families who left together",
			body: "\"Six families from our village left together,\" he said.",
			want: []wantFact{{value: 6, category: Displaced}}},
		{name: "a price in pesos with the sign's letter",
			body: "Suscribite desde $U 250 por mes.",
			want: nil},
		{name: "all of the things named",
			body: "Tempers are short on all four islands.",
			want: nil},
		{name: "a page's own photo and comment counts",
			body: "Photos (6) : AFP · Partager · Commentaires (2)",
			want: nil},
		{name: "how long, before a definite subject",
			body: "The island has about 80,000 people, and for six years the town has been left alone with the camp.",
			want: []wantFact{{value: 80000, category: Other}}},
		{name: "a second source that thinks the count is higher",
			body: "The UN says more than 90,000 people have fled the district since Monday. The Red Crescent thinks it is closer to 120,000.",
			want: []wantFact{{value: 90000, category: Displaced, source: "UN"}, {value: 120000, category: Displaced, source: "Red Crescent"}}},
	})
}

func TestPage_Heldout416Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a pipe table's sub-row is a part of the row above",
			body: "The figures below were compiled on both sides of the border:\n\nFigure | Number | Source\nDisplaced since Oct. 9 | 150,000 | OCHA\nof whom children | nearly 60,000 | UNICEF\nCivilians killed since Oct. 9 | at least 70 | SOHR\n",
			want: []wantFact{{value: 150000, category: Displaced, source: "OCHA"}, {value: 60000, category: Displaced, source: "UNICEF"}, {value: 70, category: Killed, source: "SOHR"}}},
		{name: "French related links with a headline on the line",
			body: "About 300 families live in the camp.\n\nSur le même thème : Antananarivo : 1 500 familles relogées\nSur le même thème : les 30 joueurs retenus\n",
			want: []wantFact{{value: 300, category: Sheltered}}},
	})
}

// "told 964": a number that opens the publisher's name is the outlet, not
// a count.
func TestExtract_Heldout416OutletNumber(t *testing.T) {
	a := parseArticle("t", "A headline for the story\n\nThe camp now holds about 2,900 people, camp manager Kamal Aziz told 964.\n\nFollow 964 on Telegram for live updates.\n")
	a.Publisher = "964 Media"
	facts, _ := extract(a)
	if len(facts) != 1 || facts[0].Value != 2900 {
		t.Fatalf("got %+v, want only the 2,900 people", facts)
	}
}
