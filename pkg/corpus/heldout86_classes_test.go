package corpus

import (
	"strings"
	"testing"
)

// Classes found on the eighty-sixth and eighty-seventh held-out sets, in
// text of our own.

func TestExtract_Heldout86Shares(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a share with its count in brackets before the verb",
			body: "Of those who have fled, more than half (some 40,000) are children, the agency said.",
			want: []wantFact{{value: 50, category: Other, qual: AtLeast}, {value: 40000, category: Other, qual: Approx}}},
		{name: "a share in brackets after its count",
			body: "In tents and informal camps: about 90,000 (just over a third).",
			want: []wantFact{{value: 90000, category: Sheltered, qual: Approx}, {value: 33.33, category: Other}}},
	})
}

func TestExtract_Heldout86Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a document seen by the paper",
			body: "A council document seen by the Valley Times estimates that one in four arrivals needs medical care.",
			want: []wantFact{{value: 25, category: Other, source: "council document"}}},
	})
}

// A page whose story keeps far fewer of its words than stories do says
// so, as heldout87's lost article would have: the analyst sees which
// article to check.
func TestParseArticle_ShortStoryWarning(t *testing.T) {
	long := strings.Repeat("The convoy waited at the crossing for another day while officials argued about the papers. ", 30)
	for _, c := range []struct {
		name, in string
		warn     bool
	}{
		{"a footer line read early cuts most of the page",
			"Floods sweep the valley\n\nAbout 300 families fled overnight, officials said.\n\n© 2021 Valley Wire\n\n" + long, true},
		{"the whole story kept",
			"Floods sweep the valley\n\nAbout 300 families fled overnight, officials said.\n\n" + long + "\n\n© 2021 Valley Wire\n", false},
		{"a short page is not judged",
			"Floods sweep the valley\n\nAbout 300 families fled overnight, officials said.\n\n© 2021 Valley Wire\n\nThe convoy waited.\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := parseArticle("t", c.in)
			got := strings.Contains(strings.Join(a.Warnings, "; "), "were read as the story")
			if got != c.warn {
				t.Errorf("warning %v, want %v (warnings %q, body %d words)", got, c.warn, a.Warnings, a.Words)
			}
		})
	}
}
