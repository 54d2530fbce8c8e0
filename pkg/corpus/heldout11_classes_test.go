package corpus

import (
	"testing"
)

// Two figures joined by "or" are an estimate between them, as "to" would
// give, found on the eleventh held-out set; the sentences are our own.
// Years, "or more" and a falling pair stay single figures.
func TestParseNumber_Heldout11OrRange(t *testing.T) {
	tests := []struct {
		in     string
		lo, hi float64
		q      Qualifier
	}{
		{"four or five tents", 4, 5, Range},
		{"20 or 30 people", 20, 30, Range},
		{"one or two million", 1e6, 2e6, Range},
		{"300 or more", 300, 0, AtLeast},
		{"2015 or 2016", 2015, 0, Exact},
		{"nine or three", 9, 0, Exact},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, err := ParseNumber(tt.in)
			if err != nil {
				t.Fatalf("ParseNumber(%q): %v", tt.in, err)
			}
			if n.Value != tt.lo || n.High != tt.hi || n.Qualifier != tt.q {
				t.Errorf("ParseNumber(%q) = %+v, want %v-%v %s", tt.in, n, tt.lo, tt.hi, tt.q)
			}
		})
	}
}

// Numbers that count nothing, found on the eleventh held-out set, in
// sentences of our own: hours and minutes measure time or distance,
// whatever word comes before them.
func TestExtract_Heldout11Distractors(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "minutes of driving", body: "The families were moved to a village about 40 minutes' drive from the town.", want: nil},
		{name: "hours of talks", body: "After six hours of talks the two sides agreed a truce.", want: nil},
		{name: "days stay a count", body: "The town was shelled on 12 days in March, the monitor said.", want: []wantFact{{value: 12, category: Other, source: "monitor"}}},
	})
}

// Categories found wrong on the eleventh held-out set, in sentences of
// our own: a place that is "home to" people or a building that holds them
// shelters them, also when the place is named further back in the clause
// or the apposition follows another noun; people taken in by relatives
// are displaced, as people staying with them are; people who lost their
// homes are displaced whatever shelters the sentence names; children
// enrolled in or attending school are counted as pupils.
func TestExtract_Heldout11Categories(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "home to after another noun", body: "Tented settlements line the valley, home to about 90,000 people.",
			want: []wantFact{{value: 90000, category: Sheltered, unit: "people", source: "reporter"}}},
		{name: "home to after a place and its kind stays a population", body: "Shelling reached the town, home to about 40,000 people.",
			want: []wantFact{{value: 40000, category: Other, source: "reporter"}}},
		{name: "camp named far back is home to", body: "The largest camp in the eastern desert region is home to about 30,000 Syrians.",
			want: []wantFact{{value: 30000, category: Sheltered, unit: "Syrians", source: "reporter"}}},
		{name: "buildings now house people", body: "Officials said 40 schools in the district now house about 6,000 displaced people.",
			want: []wantFact{{value: 40, category: Other, source: "Officials"}, {value: 6000, category: Sheltered, unit: "people", source: "Officials"}}},
		{name: "a room holds families", body: "Each room holds four or five families, a teacher said.",
			want: []wantFact{{value: 4, category: Sheltered, unit: "families", source: "teacher"}}},
		{name: "taken in by relatives", body: "Some 900 families had been taken in by relatives in nearby villages.",
			want: []wantFact{{value: 900, category: Displaced, unit: "families", source: "reporter"}}},
		{name: "lost their homes after shelters", body: "Bulldozers flattened the shelters, and about 3,000 people lost their homes.",
			want: []wantFact{{value: 3000, category: Displaced, unit: "people", source: "reporter"}}},
		{name: "enrolled in school", body: "About 45,000 children are enrolled in state schools.",
			want: []wantFact{{value: 45000, category: Other, unit: "children", source: "reporter"}}},
	})
}
