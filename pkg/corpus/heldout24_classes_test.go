package corpus

import "testing"

// Furniture found on the twenty-fourth held-out set, in text of our own.
func TestParseArticle_Heldout24Furniture(t *testing.T) {
	tests := []struct {
		name, in, body string
	}{
		{"notes for editors end the story",
			"A headline\n\nThe agency said it helped 3,000 families.\n\nNotes for editors\nThe agency works with 190 member states.",
			"The agency said it helped 3,000 families."},
		{"an organisation's heading without a colon",
			"A headline\n\nThe council said 2,000 people fled.\n\nAbout VRC\nThe Valley Relief Council works in 40 countries with 7,500 staff.",
			"The council said 2,000 people fled."},
		{"the same for a name in full",
			"A headline\n\nThe council said 2,000 people fled.\n\nAbout the Valley Relief Council\nFounded in 1956, it works in 40 countries.",
			"The council said 2,000 people fled."},
		{"a related heading above its headlines",
			"A headline\n\nThe council said 2,000 people fled.\n\nYou may also like:\nTurkey says 4 soldiers killed, strikes 46 targets\nErdogan: 3.7 million refugees cost Turkey $40 billion\n\nSupport our reporting",
			"The council said 2,000 people fled."},
		{"a download line",
			"A headline\n\nThe council said 2,000 people fled.\n\nDownload the full briefing (PDF, 14 pages)\n\nThe mayor said more would come.",
			"The council said 2,000 people fled.\n\nThe mayor said more would come."},
		{"a place heading is story",
			"A headline\n\nThe council said 2,000 people fled.\n\nAbout Idlib\nThe province is home to 3 million people.",
			"The council said 2,000 people fled.\n\nAbout Idlib The province is home to 3 million people."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if a := parseArticle("x", tt.in); a.Body != tt.body {
				t.Errorf("%q:\n\tgot body  %q\n\twant body %q", tt.in, a.Body, tt.body)
			}
		})
	}
}

// Classes found on the twenty-fourth and twenty-fifth held-out sets, in
// text of our own.
func TestExtract_Heldout24Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a space-aligned table's own column",
			body: "Households by town (field teams)\n\nTown         Displaced     In shelters\nAmuda        3\u00a0400       800\nDerbasiyah   2\u00a0100       n/a",
			want: []wantFact{{value: 3400, category: Displaced, location: "Amuda"}, {value: 800, category: Sheltered, location: "Amuda"},
				{value: 2100, category: Displaced, location: "Derbasiyah"}}},
		{name: "list items are told by whoever introduces the list",
			body: "The appeal has reached 90,000 people so far, the Valley Relief Council said, with the following:\n\n- 4,000 tents\n- 9,500 blankets\n\nThe mayor said 300 more families arrived on Monday.",
			want: []wantFact{{value: 90000, category: Other, source: "Valley Relief Council"},
				{value: 4000, category: Other, source: "Valley Relief Council"}, {value: 9500, category: Other, source: "Valley Relief Council"},
				{value: 300, category: Displaced, source: "mayor"}}},
		{name: "an item with its own speaker keeps it",
			body: "Key figures from the valley, according to the Valley Relief Council:\n\n- 4,000 tents delivered, the army said",
			want: []wantFact{{value: 4000, category: Other, source: "army"}}},
		{name: "a record in a hedged span of years",
			body: "A total of 1,320 people arrived in the past 24 hours, the highest daily figure in more than three years.",
			want: []wantFact{{value: 1320, category: Displaced}}},
		{name: "years of war in a hedged span count",
			body: "It is the largest exodus in almost nine years of war.",
			want: []wantFact{{value: 9, category: Other}}},
		// heldout24's writer counted the days; the writers since do not
		// (of 19 sentences with a fight and "for N days", 18 leave the
		// days out), so the hedge no longer matters here.
		{name: "a hedged span of shelling is how long it went on",
			body: "Shelling went on for more than three days and killed at least 12 people.",
			want: []wantFact{{value: 12, category: Killed}}},
		{name: "a count up from an earlier count",
			body: "Some 40 mobile clinics are now working in the camps, up from 25 in January.",
			want: []wantFact{{value: 40, category: Other, unit: "clinics"}, {value: 25, category: Other, unit: "clinics"}}},
		{name: "a count down from an earlier count",
			body: "The camp now shelters 3,000 people, down from 4,500 last month.",
			want: []wantFact{{value: 3000, category: Sheltered}, {value: 4500, category: Sheltered}}},
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

func TestIsRelease(t *testing.T) {
	checkEach(t, "isRelease", isRelease, map[string]bool{
		"Home | World | Opinion | Press releases\nFloods hit the camps\n":             false, // a menu's section
		"Valley Aid\nNews release | 3 May 2021\nFloods hit the camps\n":               true,
		"Valley Relief Council\nHome / Reports / Briefings\nFour weeks on\n":          true,
		"Briefing: the valley offensive, four weeks on\n":                             true,
		"VRC\nPRESS RELEASE\nValley floods uproot 9,000\n":                            true,
		"The Plains Courier\nWorld\nOfficials told a briefing that 9,000 had fled.\n": false,
	})
}
