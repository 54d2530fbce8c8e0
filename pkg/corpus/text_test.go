package corpus

import (
	"strings"
	"testing"
)

func TestLookupLower(t *testing.T) {
	set := map[string]int{"said": 1, "évacués": 2, strings.Repeat("long", 10): 3}
	for _, tc := range []struct {
		word string
		want int
		ok   bool
	}{
		{"said", 1, true},
		{"Said", 1, true},
		{"SAID", 1, true},
		{"sai", 0, false},
		{"saids", 0, false},
		{"Évacués", 2, true},                  // non-ASCII: lower-cased by Unicode
		{strings.Repeat("LONG", 10), 3, true}, // longer than the buffer
		{"", 0, false},
	} {
		got, ok := lookupLower(set, tc.word)
		if got != tc.want || ok != tc.ok {
			t.Errorf("lookupLower(%q) = %d, %v; want %d, %v", tc.word, got, ok, tc.want, tc.ok)
		}
	}
	// The point of the helper: a short ASCII word costs no allocation.
	if n := testing.AllocsPerRun(100, func() { lookupLower(set, "SAID") }); n != 0 {
		t.Errorf("lookupLower allocates %v times per call on a short ASCII word", n)
	}
}
