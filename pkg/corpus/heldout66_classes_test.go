package corpus

import "testing"

// Classes found on the sixty-sixth and sixty-seventh held-out sets, in
// text of our own.

func TestParseArticle_Heldout66Datelines(t *testing.T) {
	tests := []struct {
		name, in                 string
		pub, dateline, wire, at string // at: the body's first words
	}{
		{"a place and a date on a line of their own, ending in a colon",
			"Floods sweep the camps\n\nBy Staff\n\nMafraq, 12 January 2021:\n\nHeavy rain flooded 300 tents overnight, officials said.\n",
			"2021-01-12", "Mafraq", "", "Heavy rain"},
		{"a date, then the place in brackets, then a dash",
			"Floods sweep the camps\n\nJanuary 12, 2021 (MAFRAQ, Jordan) – Heavy rain flooded 300 tents overnight, officials said.\n\n(JT/AFP)\n",
			"2021-01-12", "MAFRAQ", "AFP", "Heavy rain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseArticle("t", tt.in)
			if formatDate(a.Published) != tt.pub || a.Dateline != tt.dateline || a.Wire != tt.wire || !hasPrefixFold(a.Body, tt.at) {
				t.Errorf("got published %s, dateline %q, wire %q, body %q\nwant %s, %q, %q, %q...",
					formatDate(a.Published), a.Dateline, a.Wire, a.Body, tt.pub, tt.dateline, tt.wire, tt.at)
			}
		})
	}
}
