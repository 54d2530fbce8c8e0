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
