package corpus

import "testing"

// Classes found on the six-hundred-and-eighth to six-hundred-and-eleventh
// held-out sets, in text of our own.

func TestExtract_Heldout608Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a four-way summit",
			body: "Officials met in Moscow, and a three-way summit proposed for next week has yet to be confirmed.",
			want: nil},
		{name: "a year after its month, before a noun",
			body: "In July 2015 fighters from Syria overran the town for several days.",
			want: nil},
		{name: "a woman's age after she's",
			body: "Her mother walked the whole way. She told me she’s 71.",
			want: nil},
		{name: "families reaching camps every hour",
			body: "Between 30 and 40 families are reaching the Sarmada camps every hour, a relief worker said.",
			want: []wantFact{{value: 30, category: Displaced, qual: Range, unit: "families"}}},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout608Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a count after a month's day",
			body: "On March 3, 2,000 people crossed the river, the police said.",
			want: []wantFact{{value: 2000, category: Displaced, unit: "people"}}},
		{name: "she's with no age",
			body: "She's 40 kilometres from home and still walking.",
			want: []wantFact{{value: 40, category: Other, unit: "km"}}},
	})
}

func TestLayout_Heldout608Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "an acronym tagline whose letters the masthead spells in order",
			page:     "Schwäbischer General-Anzeiger\nSGA – Die Zeitung für die Alb\nStartseite | Welt\nLIVE: Thousands stranded at the Greek border\nStand: 04.03.2020, 21:14 Uhr\nVon SGA-Newsdesk, mit Material von Reuters\n\nGreek police fired tear gas at migrants on the border with Turkey on Wednesday, officials said.\n",
			title:    "LIVE: Thousands stranded at the Greek border",
			dateline: "-"},
	})
}
