package corpus

import (
	"strings"
	"testing"
)

// Lists and tables found on the thirteenth and fourteenth held-out sets,
// in layouts of our own: a figure's category comes from its label, its
// table's header row and the line that introduces the list or table.
func TestExtract_ListsAndTables(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a list item labelled with a camp, under an introducing line",
			body: "Figures from the relief centre on Sunday:\n\nKara camp: 2,400 people (610 families)\n\nStaying with host families in the province: 900 people\n\nRemaining capacity at Kara: about 300 people",
			want: []wantFact{{value: 2400, category: Sheltered}, {value: 610, category: Sheltered, unit: "families"},
				{value: 900, category: Displaced}, {value: 300, category: Other}}},
		{name: "table rows under a header naming what they count",
			body: "People registered as refugees in nearby countries, end of 2020 (source: the agency)\n\nCountry | Refugees\nNorland | 12\u202f000\nRivia | 8\u202f000",
			want: []wantFact{{value: 12000, category: Refugees}, {value: 8000, category: Refugees}}},
		{name: "a count after a colon takes the words before it",
			body: "Syrians remained the largest displaced population, the agency said: 4 million people.",
			want: []wantFact{{value: 4000000, category: Displaced}}},
		{name: "a colon in prose far from the figure adds nothing",
			body: "The agency said: the camps are full and 300 more tents arrived on Monday.",
			want: []wantFact{{value: 300, category: Other, unit: "tents"}}},
	})
}

// A table scraped as text keeps its rows apart, so that no row is read
// as part of the one before.
func TestParseArticle_TableRows(t *testing.T) {
	a := parseArticle("t", "A headline of the story here\n\nThe story starts here with words.\n\nArea      People\nNorth     60 000\nSouth     20 000\n\nThe story goes on.\n")
	if !strings.Contains(a.Body, "Area      People\nNorth     60 000\nSouth     20 000") {
		t.Errorf("table rows not kept apart: %q", a.Body)
	}
	b := parseArticle("t", "A headline of the story here\n\nThe story starts here\nwith words broken over\nthree lines.\n")
	if !strings.Contains(b.Body, "The story starts here with words broken over three lines.") {
		t.Errorf("prose lines not joined: %q", b.Body)
	}
}

// Categories found wrong on the fourteenth held-out set, in sentences of
// our own.
func TestExtract_Heldout14Categories(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "border guards are no army",
			body: "The agency will send 100 more border guards to the river.",
			want: []wantFact{{value: 100, category: Other}}},
		{name: "boats stopped at sea and turned back",
			body: "Six boats carrying about 300 people were intercepted and turned back overnight.",
			want: []wantFact{{value: 6, category: Other}, {value: 300, category: Other}}},
		{name: "preparing for arrivals",
			body: "The agency says it is preparing for up to 20,000 refugees this winter.",
			want: []wantFact{{value: 20000, category: AtRisk}}},
		{name: "a family's children",
			body: "Rana, 30, said she walked to the crossing with her three children.",
			want: []wantFact{{value: 3, category: Other, unit: "children"}}},
		{name: "a family's children killed stay killed",
			body: "Her three children were killed in the strike.",
			want: []wantFact{{value: 3, category: Killed}}},
		{name: "people who could be left without a roof",
			body: "Aid workers say 4,000 children could be left without a roof by the autumn.",
			want: []wantFact{{value: 4000, category: AtRisk}}},
		{name: "families who moved in with relatives",
			body: "Some 200 families slept in the open, and another 150 families moved in with relatives.",
			want: []wantFact{{value: 200, category: Unsheltered}, {value: 150, category: Displaced}}},
		{name: "a camp with its residents",
			body: "About 90,000 live in camps, the largest of them Kara with almost 50,000 residents.",
			want: []wantFact{{value: 90000, category: Sheltered}, {value: 50000, category: Sheltered}}},
		{name: "counts in brackets after the places people landed on",
			body: "Most came ashore on Norland (600), followed by Rivia (210).",
			want: []wantFact{{value: 600, category: Displaced}, {value: 210, category: Displaced}}},
		{name: "words about a part say nothing of the whole",
			body: "The region hosts nearly 250,000 refugees, most of them in camps, as well as a million displaced Iraqis.",
			want: []wantFact{{value: 250000, category: Refugees}, {value: 1000000, category: Displaced}}},
	})
}

// Numbers that count nothing, found on the twelfth and fourteenth held-out
// sets, in sentences of our own.
func TestExtract_Heldout14Distractors(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "not one", body: "\"Not one house in the street is standing,\" she said.", want: nil},
		{name: "one after a preposition", body: "Now we are 12 people in one tent, he said.",
			want: []wantFact{{value: 12, category: Sheltered}}},
		{name: "how long someone walked", body: "She walked for two nights to reach the border.", want: nil},
		{name: "how long someone was left alone", body: "\"The world has left us alone for five years,\" he said.", want: nil},
	})
}

// A correction under the story and related-story lines are not the story.
func TestParseArticle_CorrectionsAndRelatedStories(t *testing.T) {
	a := parseArticle("t", "A headline of the story here\n\nSome 300 families fled the town.\n\nRelated Story: Shelling hits 12 posts\nRelated Story: Two million children out of school\n\nCORRECTION: An earlier version said 5,000 tents burned. The correct figure is 3,500.\n")
	if strings.Contains(a.Body, "Related") || strings.Contains(a.Body, "CORRECTION") || strings.Contains(a.Body, "3,500") {
		t.Errorf("furniture kept in the body: %q", a.Body)
	}
	if !strings.Contains(a.Body, "Some 300 families fled the town.") {
		t.Errorf("story lost: %q", a.Body)
	}
}

// Sources named by a shorter form than the article gave before, found on
// the thirteenth and fourteenth held-out sets, in sentences of our own.
func TestExtract_FullerSources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a common noun with the nationality given before",
			body: "The Greek coast guard patrolled all night. Some 300 people landed on Norland, according to the coast guard.",
			want: []wantFact{{value: 300, category: Displaced, source: "Greek coast guard"}}},
		{name: "a name given in full before",
			body: "The Valley Monitor for Human Rights counts the dead. The Valley Monitor said 40 civilians were killed.",
			want: []wantFact{{value: 40, category: Killed, source: "Valley Monitor for Human Rights"}}},
		{name: "the daily named before",
			body: "Some 600 refugees left the camps, the Valley Star daily reported. Another 90 tents burned, the daily said.",
			want: []wantFact{{value: 600, category: Displaced}, {value: 90, category: Other, source: "Valley Star"}}},
	})
}

func TestOrgTail(t *testing.T) {
	tests := []struct{ rest, want string }{
		{" for Human Rights said", " for Human Rights"},
		{" of the Red Cross", ""},
		{" of Migration Affairs.", " of Migration Affairs"},
		{" said on Monday", ""},
	}
	for _, tt := range tests {
		if got := orgTail(tt.rest); got != tt.want {
			t.Errorf("orgTail(%q) = %q, want %q", tt.rest, got, tt.want)
		}
	}
}
