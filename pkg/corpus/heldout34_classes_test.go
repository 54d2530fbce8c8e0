package corpus

import "testing"

// Classes found on the thirty-fourth and thirty-fifth held-out sets, in
// text of our own.
func TestExtract_Heldout34Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a conversion in brackets after a hyphenated distance",
			body: "Some arrived after a 40-kilometre (25-mile) drive from the border.",
			want: []wantFact{{value: 40, category: Other, unit: "km"}}},
		{name: "an age in months",
			body: "She said 9 of the families had children, the youngest of them eight months old.",
			want: []wantFact{{value: 9, category: Other}}},
		{name: "a count in apposition to the subject",
			body: "The rest, roughly 126,000 people, live in camps.",
			want: []wantFact{{value: 126000, category: Sheltered}}},
		{name: "a rate of days a week and months behind",
			body: "\"Now he works two days a week, and 40 families fall two or three months behind,\" she said.",
			want: []wantFact{{value: 40, category: Other}}},
		{name: "a town's population then is no flight",
			body: "More than 250,000 people had left the town (formerly home to some 350,000) since Wednesday.",
			want: []wantFact{{value: 250000, category: Displaced}, {value: 350000, category: Other}}},
		{name: "people rescued from their cars",
			body: "The army said it had rescued 70 people trapped in their cars.",
			want: []wantFact{{value: 70, category: Other}}},
		{name: "camps already home to people near a border",
			body: "The camps near the Turkish border, already home to about 1.2 million people before the offensive, are overflowing.",
			want: []wantFact{{value: 1200000, category: Sheltered}}},
		{name: "how long nobody has eaten",
			body: "\"Some of them have not eaten for two days,\" she said.",
			want: nil},
	})
}

func TestExtract_Heldout34Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "figures before a colon, each followed by what it counts",
			body: "The valley by the numbers:\n\n- 9,000: people who have fled since May 4\n- 82: civilians killed since May 4 (Health Office)\n- 1.2 million: Syrian refugees registered in the country",
			pub:  "2021-05-20",
			want: []wantFact{{value: 9000, category: Displaced, period: "2021-05-04"}, {value: 82, category: Killed, source: "Health Office"},
				{value: 1200000, category: Refugees}}},
	})
}

func TestCounterLine(t *testing.T) {
	checkEach(t, "counterLine", counterLine, map[string]bool{
		"Reads: 1417":           true,
		"Views: 1,482":          true,
		"3 min read":            true,
		"Reading time: 4 min":   true,
		"Reading time 4 min.":   true,
		"1,417 people read":     false,
		"Read more":             false,
		"Minutes: 3 and 4 fled": false,
	})
}

// Furniture found on the thirty-fifth held-out set, in pages of our own.
func TestParseArticle_Heldout34Furniture(t *testing.T) {
	for _, c := range []struct{ name, in, title, body string }{
		{"a translation note and a read counter close the header",
			"Valley Media\nHome > English > Valley\nOver 9,000 cross into the valley as the camp fills up\nTranslated from Kurdish by the English Desk\nReads: 1417\n\nValley: More than 9,000 people have crossed, officials said.\n",
			"Over 9,000 cross into the valley as the camp fills up", "More than 9,000 people have crossed, officials said."},
		{"a correction note and a gift-article line",
			"A headline for the story\n\nThe mayor said 300 families had left.\n\nSubscribers may share up to 10 or 20 articles per month using the gift article service.\n\nThis article was corrected on May 19: An earlier version gave the number of families as 350. The correct figure is 300.\n",
			"A headline for the story", "The mayor said 300 families had left."},
		{"an also-on list of headlines",
			"A headline for the story\n\nThe mayor said 300 families had left.\n\nAlso on Valley Times:\nValley sends 20 tonnes of aid\nRiver towns brace for 1.5 million visitors\n",
			"A headline for the story", "The mayor said 300 families had left."},
	} {
		a := parseArticle("x", c.in)
		if a.Title != c.title || a.Body != c.body {
			t.Errorf("%s:\n\tgot  title %q body %q\n\twant title %q body %q", c.name, a.Title, a.Body, c.title, c.body)
		}
	}
}
