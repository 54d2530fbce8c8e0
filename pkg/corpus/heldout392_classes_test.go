package corpus

import "testing"

// Classes found on the three-hundred-and-ninety-second to three-hundred-
// and-ninety-fifth held-out sets, in text of our own.

func TestExtract_Heldout392Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an age after a grandfather of",
			body: "I met a grandfather of 75 who walked across the mountains.",
			want: nil},
		{name: "people who still lived in a valley",
			body: "Before the war, fewer than 2,000 Assyrians still lived in the valley.",
			want: []wantFact{{value: 2000, category: Other, qual: AtMost, unit: "Assyrians"}}},
		{name: "a camp full with people",
			body: "Domiz, a camp reopened for the influx, was full by Monday with about 9,000 people, officials said.",
			want: []wantFact{{value: 9000, category: Sheltered, qual: Approx, source: "officials"}}},
		{name: "a city that alone has people",
			body: "Hama city alone has about 600,000 people now, twice as many as before the war.",
			want: []wantFact{{value: 600000, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout392Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Macedonian read-also and support lines",
			body: "About 300 families fled the town on Monday, officials said.\n\nПрочитај и: Two soldiers return from a mission in Lebanon\nПрочитај и: Transit centre hosts 120 people in June\nПоддржете го весникот: СМС донација од 100 денари.\n\nThe border stayed shut on Tuesday.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}
