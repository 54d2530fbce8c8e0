package corpus

import "testing"

// Classes found on the seven-hundred-and-twenty-eighth to seven-hundred-
// and-thirty-first held-out sets, in text of our own.

func TestExtract_Heldout728Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an offensive launched against a long name in a place on a day",
			body: "Turkey launched its offensive against the Kurdish-led Syrian Democratic Forces in northeast Syria on Oct. 9, days after the pullout.\n\n" +
				"The UN says more than 170,000 people have left their homes since the offensive started.",
			pub:  "2019-10-20",
			want: []wantFact{{value: 170000, category: Displaced, qual: AtLeast, period: "2019-10-09"}}},
		{name: "a trunk zero and an area code in brackets",
			body: "About 300 families arrived on Monday.\n\nİhbar hattı: 0 (454) 216 10 28",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
	})
}

func TestRestates_Heldout728(t *testing.T) {
	runRestatesCases(t, []restatesCase{
		{"Local relief groups put the overall number of displaced even higher, at", true},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout728Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a relative clause's year is no start of the offensive",
			body: "Two months ago Ankara launched an offensive against the militia that had held the enclave since 2012.\n\n" +
				"The army says it has neutralised 3,600 fighters since the operation began.",
			pub:  "2018-03-19",
			want: []wantFact{{value: 3600, category: Other, period: "-"}}},
	})
}
