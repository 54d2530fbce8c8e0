package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// Table tests for the classes of failure found on held-out articles: each
// case is a sentence of our own that exercises a general rule, not a copy
// of the held-out text.

// wantFact is what a case expects of one extracted fact. Category and
// value are always checked; the other fields when set. period is
// YYYY-MM-DD, or "-" for no period start.
type wantFact struct {
	value    float64
	category Category
	qual     Qualifier
	unit     string
	source   string
	period   string
}

type extractCase struct {
	name, body, pub string
	want            []wantFact // every fact of the body, in order
}

func runExtractCases(t *testing.T, cases []extractCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			facts := extractText(t, tt.body, tt.pub)
			var got []string
			for _, f := range facts {
				got = append(got, fmt.Sprintf("%s %v %s %q source %q period %s (rule %s, phrase %q)",
					f.Category, f.Value, f.Qualifier, f.Unit, f.Source, formatDate(f.PeriodStart), f.Rule, f.Phrase))
			}
			if len(facts) != len(tt.want) {
				t.Fatalf("%q: got %d facts, want %d:\n\t%s", tt.body, len(facts), len(tt.want), strings.Join(got, "\n\t"))
			}
			for i, w := range tt.want {
				f := facts[i]
				ok := f.Category == w.category && f.Value == w.value &&
					(w.qual == "" || f.Qualifier == w.qual) &&
					(w.unit == "" || strings.EqualFold(f.Unit, w.unit)) &&
					(w.source == "" || strings.EqualFold(f.Source, w.source)) &&
					(w.period == "" || w.period == "-" && f.PeriodStart.IsZero() || formatDate(f.PeriodStart) == w.period)
				if !ok {
					t.Errorf("%q: fact %d:\n\t got %s\n\twant %s %v %s %q source %q period %s",
						tt.body, i, got[i], w.category, w.value, w.qual, w.unit, w.source, w.period)
				}
			}
		})
	}
}

// Class 5: numbers that count nothing.
func TestExtract_Distractors(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"phone with spaced groups", "Relatives can call the crisis line on 0212 455 10 10 at any hour.", "", nil},
		{"phone with leading zero and dashes", "The hotline, 0800-123-456, is free, and 300 volunteers answer it.", "",
			[]wantFact{{value: 300, category: Other, unit: "volunteers"}}},
		{"age bracket", "Boys under 12 and adults over 60 were allowed through first.", "", nil},
		{"age bracket spelled", "Children under five are most at risk from the cold.", "", nil},
		{"money after a demonym", "A tent costs 450,000 Syrian pounds on the market.", "", nil},
		{"money in lira and dinars", "Rent rose to 2,000 Turkish lira, or 150 Jordanian dinars, a month.", "", nil},
		{"money with a currency code", "The fund paid USD 4.5 million and 3,000 EUR to partners.", "", nil},
		{"money in riyals after a scale", "Riyadh pledged 2 billion Saudi riyals.", "", nil},
		{"sub-article number", "Lawyers cited Section 14(2) and Article 33(1) of the convention.", "", nil},
	})
}

// Class 4: number forms.
func TestExtract_NumberForms(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"quarter of a million", "Close to a quarter of a million people have left the province.", "",
			[]wantFact{{value: 250000, category: Displaced, qual: Approx, unit: "people"}}},
		{"three quarters of a million", "Three quarters of a million Syrians have fled.", "",
			[]wantFact{{value: 750000, category: Displaced, qual: Exact, unit: "Syrians"}}},
		{"share as a fraction", "A third of the residents are children.", "",
			[]wantFact{{value: 33.33, category: Other, unit: "percent"}}},
		{"hyphenated fractions", "Two-thirds of them and one-fifth of the rest agreed.", "",
			[]wantFact{{value: 66.67, category: Other, unit: "percent"}, {value: 20, category: Other, unit: "percent"}}},
		{"half of", "Half of the families in the valley lost their tents.", "",
			[]wantFact{{value: 50, category: Other, unit: "percent"}}},
		{"ordinal third is no fraction", "It was the third winter in a row, and a fifth convoy was turned back.", "", nil},
		{"one with an adjective before a person", "One Iraqi guard was killed at the crossing.", "",
			[]wantFact{{value: 1, category: Killed, unit: "guard"}}},
		{"one before a plain noun is no count", "In one crowded village, the well has dried up.", "", nil},
		{"maybe hedges", "Maybe 3,000 people were living in the open, perhaps 500 of them children.", "",
			[]wantFact{{value: 3000, category: Unsheltered, qual: Approx}, {value: 500, category: Unsheltered, qual: Approx, unit: "children"}}},
	})
}
