package corpus

import "testing"

// Classes found on the six-hundred-and-thirty-second to six-hundred-and-
// thirty-fifth held-out sets, in text of our own.

func TestExtract_Heldout632Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "families moved out of a site",
			body: "Last week we moved 80 families out of a flooded site near the river.",
			want: []wantFact{{value: 80, category: Displaced, unit: "families"}}},
		{name: "a person of an age",
			body: "I watched a grandfather of 75 carry the blocks himself.",
			want: nil},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout632Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a grandmother of her grandchildren",
			body: "Fatima, a grandmother of 12, sleeps in the car.",
			want: []wantFact{{value: 12, category: Other, unit: "people"}}},
	})
}

func TestHeader_Heldout632Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Cyrillic masthead its address spells in Latin letters",
			page:      "ЖАС ҚАЗАҚ\nГазет\nБасты бет | Әлем\nThousands wait at the Greek border\n02.07.2018, 14:37\n" + storyLine + "Original url: https://zhaskazak.kz/en/world/thousands-wait\n",
			publisher: "Zhas Kazak"},
		{name: "a Greek masthead its address spells in Latin letters",
			page:      "ΠΡΩΙΝΗ\nΕφημερίδα\nΑρχική | Κόσμος\nThousands wait at the Greek border\n02.07.2018, 14:37\n" + storyLine + "Original url: https://www.proini.gr/kosmos/thousands-wait\n",
			publisher: "Proini"},
	})
}

// Guards: what the header classes above must not swallow.
func TestLayout_Heldout632Guards(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a Cyrillic masthead its address does not spell stays unnamed",
			page:      "ЖАС ҚАЗАҚ\nГазет\nБасты бет | Әлем\nThousands wait at the Greek border\n02.07.2018, 14:37\n" + storyLine + "Original url: https://example.kz/en/world/thousands-wait\n",
			publisher: "-"},
	})
}
