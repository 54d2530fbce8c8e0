package corpus

import "testing"

// Classes found on the eighty-eighth and eighty-ninth held-out sets, in
// text of our own.

func TestExtract_Heldout88NotFacts(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "broadcast frequencies",
			body: "About 300 families fled on Monday. The station broadcasts on shortwave 9600 kHz and 11.9 MHz, and on 98.6 FM in the city.",
			want: []wantFact{{value: 300, category: Displaced}}},
		{name: "a licence's version",
			body: "About 300 families fled on Monday. Image credit: Valley Aid (under CC BY 2.0).",
			want: []wantFact{{value: 300, category: Displaced}}},
		{name: "an amount in złoty written with its sign",
			body: "About 300 families fled on Monday. Support us from as little as 10 zł a month.",
			want: []wantFact{{value: 300, category: Displaced}}},
	})
}
