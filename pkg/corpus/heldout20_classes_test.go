package corpus

import "testing"

// Classes found on the twentieth and twenty-first held-out sets, in text
// of our own.
func TestExtract_Heldout20Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a table column's own header",
			body: "Registered refugees by region (source: the agency)\n\nRegion | Registered refugees | Share in tents\nNorth | 12\u202f000 | 41%\nSouth | 8\u202f000 | 23%",
			want: []wantFact{{value: 12000, category: Refugees}, {value: 41, category: Other, unit: "percent"},
				{value: 8000, category: Refugees}, {value: 23, category: Other, unit: "percent"}}},
		{name: "a spaced count in brackets",
			body: "The camps are full: Kara (5 912) and Dovo (840).",
			want: []wantFact{{value: 5912, category: Other}, {value: 840, category: Other}}},
		{name: "a ratio told after the count",
			body: "We have just two doctors for every 10,000 people.", want: nil},
		{name: "a hedged duration",
			body: "The convoy would stay for up to nine days, a spokeswoman said.", want: nil},
		{name: "minors flown to the mainland",
			body: "Some 400 unaccompanied minors were flown to the mainland on Wednesday.",
			want: []wantFact{{value: 400, category: Other}}},
	})
}

func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{
		"THE GLOBE AND MAIL":  "The Globe and Mail",
		"THE AMMAN DISPATCH":  "The Amman Dispatch",
		"VOICE OF THE VALLEY": "Voice of the Valley",
	} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", in, got, want)
		}
	}
}
