package corpus

import "testing"

// Classes found on the seven-hundred-and-eighty-fourth to seven-hundred-
// and-eighty-seventh held-out sets, in text of our own.

func TestExtract_Heldout784Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "an appeal with a price and a phone number, in any language",
			body: "About 300 tents flooded overnight, the council said.\n\nApêl y Groes Goch: tecstiwch HELP i 70085 i roi £10 · Ffoniwch 0345 30 30 100",
			want: []wantFact{{value: 300, category: Other}}},
		{name: "a house number before a street's name",
			body: "Blankets can be left at the parish hall, 1530 Mill Creek Road, on weekdays.",
			want: nil},
		{name: "an hour of the day in words",
			body: "We set off at six every morning and were back by dark.",
			want: nil},
		{name: "an hour of the day in words, hedged, closing a sentence about the morning",
			body: "The first boat came in this morning, at around five.",
			want: nil},
	})
}

// A date line from the same sets, in a page of our own: another
// calendar's date in Latin letters, then ours in brackets.
func TestParseArticle_Heldout784Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Persian solar date, then ours in brackets",
			page:      "SHARGH DAILY\nHome | Politics | World\nWorld » Middle East\nWhat the numbers say about the winter exodus\nPublished: Monday 28 Bahman 1398 (17 February 2020), 09:40 Tehran time — Last updated 11:05\nBy the World Desk\n",
			published: "2020-02-17"},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout784Guards(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a price without a phone number is no appeal",
			body: "The fair raised £500 for the camps · some 300 families came on Saturday.",
			want: []wantFact{{value: 300, category: Other}}},
		{name: "a count before lower-case words is no house number",
			body: "Police set up 12 new road blocks around the camp.",
			want: []wantFact{{value: 12, category: Other}}},
		{name: "\"at\" and a number with no hour after it still counts",
			body: "The number of families in the school stood at seven on Monday.",
			want: []wantFact{{value: 7, category: Sheltered}}},
	})
}
