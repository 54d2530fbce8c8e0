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
