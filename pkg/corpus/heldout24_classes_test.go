package corpus

import "testing"

// Classes found on the twenty-fourth and twenty-fifth held-out sets, in
// text of our own.
func TestExtract_Heldout24Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a space-aligned table's own column",
			body: "Households by town (field teams)\n\nTown         Displaced     In shelters\nAmuda        3\u00a0400       800\nDerbasiyah   2\u00a0100       n/a",
			want: []wantFact{{value: 3400, category: Displaced, location: "Amuda"}, {value: 800, category: Sheltered, location: "Amuda"},
				{value: 2100, category: Displaced, location: "Derbasiyah"}}},
		{name: "rows that are not places keep the sentence's place",
			body: "Arrivals in Lesbos this week\n\nGroup        People\nChildren     1\u00a0200\nWomen        900",
			want: []wantFact{{value: 1200, category: Displaced, location: "Lesbos"}, {value: 900, category: Displaced, location: "Lesbos"}}},
	})
}

func TestAlignedHeader(t *testing.T) {
	for _, c := range []struct {
		header, before, figure string
		want                   string
		ok                     bool
	}{
		{"Area      Displaced    In shelters", "Hasakah   ", "41 000", "Displaced", true},
		{"Area      Displaced    In shelters", "Hasakah   41 000       ", "9 200", "In shelters", true},
		// Right-aligned numbers end under the header's end.
		{"Town     Returned   Still displaced", "Amuda     ", "1,200", "Returned", true},
		{"Town     Returned   Still displaced", "Amuda        1,200           ", "800", "Still displaced", true},
		{"Refugees by town", "Amuda ", "800", "Refugees by town", false},
		{"Town\tRefugees", "Amuda\t", "800", "", false},
	} {
		got, ok := alignedHeader(c.header, c.before, c.figure)
		if got != c.want || ok != c.ok {
			t.Errorf("alignedHeader(%q, %q, %q) = %q, %v; want %q, %v", c.header, c.before, c.figure, got, ok, c.want, c.ok)
		}
	}
}
