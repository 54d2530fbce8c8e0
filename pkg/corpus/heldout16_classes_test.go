package corpus

import (
	"strings"
	"testing"
)

// Categories found wrong on the sixteenth held-out set, in sentences of
// our own.
func TestExtract_Heldout16Categories(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "fighters lost with a hedge",
			body: "The militia says it lost some 2,000 fighters in the campaign.",
			want: []wantFact{{value: 2000, category: Killed}}},
		{name: "a plan to resettle refugees",
			body: "The president wants to resettle up to 500,000 of the refugees the country hosts.",
			want: []wantFact{{value: 500000, category: Other}}},
		{name: "families evicted from a settlement",
			body: "Municipal police evicted 35 families from a settlement near the town last week.",
			want: []wantFact{{value: 35, category: Displaced}}},
		{name: "aid handed out to evicted families",
			body: "The agency handed out kits to 190 of the evicted families.",
			want: []wantFact{{value: 190, category: Other}}},
		{name: "people who could land",
			body: "If the patrols stop, thousands could land on the islands within weeks.",
			want: []wantFact{{value: 1000, category: AtRisk}}},
		{name: "the number of a kind of people, put at a figure",
			body: "Some 3,000 people have fled. The ministry puts the number of people living in camps at 1,200.",
			want: []wantFact{{value: 3000, category: Displaced}, {value: 1200, category: Sheltered}}},
	})
}

// Page furniture found on the sixteenth held-out set, in layouts of our
// own: square bullets, "Related Posts" blocks, pull quotes.
func TestParseArticle_Heldout16Furniture(t *testing.T) {
	a := parseArticle("t", "A headline of the story here\n\n"+
		"Figures so far:\n▪ Fled since Monday: 4,000 people\n▪ Killed: at least 12 civilians\n\n"+
		"“As many as 9,000 people could be sent back by the spring.”\n\n"+
		"“If this goes on, as many as 9,000 people could be sent back by the spring,” said a lawyer.\n\n"+
		"Related Posts\nShelling kills 40 in the valley\nFour soldiers killed at a post\n")
	for _, bad := range []string{"“As many", "Related", "Shelling kills", "▪"} {
		if strings.Contains(a.Body, bad) {
			t.Errorf("body keeps %q: %q", bad, a.Body)
		}
	}
	for _, good := range []string{"Fled since Monday: 4,000 people\n\nKilled: at least 12 civilians", "said a lawyer."} {
		if !strings.Contains(a.Body, good) {
			t.Errorf("body lost %q: %q", good, a.Body)
		}
	}
}

// Sources found wrong on the sixteenth held-out set, in sentences of our
// own.
func TestExtract_Heldout16Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a name with a verb's spelling is no verb",
			body: "The United States will withdraw its 500 troops, Defence Secretary Jane Roe said on Sunday.",
			want: []wantFact{{value: 500, category: Troops, source: "Jane Roe"}}},
		{name: "an institute named with for the and of",
			body: "The army has committed an estimated 9,000 soldiers, according to the Institute for the Study of Conflict.",
			want: []wantFact{{value: 9000, category: Troops, source: "Institute for the Study of Conflict"}}},
		{name: "the latest estimate from an agency",
			body: "Around 6,000 people remain camped near the crossing, according to the latest estimate from the Valley Relief Agency (VRA).",
			want: []wantFact{{value: 6000, category: AtRisk, source: "VRA"}}},
		{name: "a figure that comes from an office",
			body: "At least 15 people were treated for burns. That figure comes from the town's health office, which said two of them remain in critical condition.",
			want: []wantFact{{value: 15, category: Other}, {value: 2, category: Other, source: "town's health office"}}},
	})
}

// Menus scraped as text are no headline.
func TestIsBreadcrumb_Menus(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Home  Africa  Americas  Asia-Pacific  Europe  Middle East  Analysis", true},
		{"Kurdistan | Iraq | Politics | Security | Economy | Reports", true},
		{"Home → Diplomacy → Syria", true},
		{"Area      People", false},
		{"By Jane Roe | May 31, 2019 | 10:00", false},
		{"Families flee the valley - officials - say more will come", false},
	}
	for _, tt := range tests {
		if got := isBreadcrumb(tt.line); got != tt.want {
			t.Errorf("isBreadcrumb(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
