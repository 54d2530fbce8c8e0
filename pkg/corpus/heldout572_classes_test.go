package corpus

import "testing"

// Classes found on the five-hundred-and-seventy-second to five-hundred-
// and-seventy-fifth held-out sets, in text of our own.

func TestExtract_Heldout572Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an age after a name that glosses a speaker",
			body: "\"We cannot reach our families,\" said one of the organisers, Rojin Ali, 31.",
			want: nil},
		{name: "the thousands of a rand amount",
			body: "A winter kit for a family costs about R2 400 here.",
			want: nil},
		{name: "a town's own residents before the refugees it hosts",
			body: "Zahle, with some 50,000 Lebanese residents, also hosts roughly as many Syrians who fled the war, most of them in more than 90 informal camps.",
			want: []wantFact{
				{value: 50000, category: Other, qual: Approx, unit: "residents"},
				{value: 90, category: Other, qual: AtLeast, unit: "camps"},
			}},
		{name: "a figure another source puts at",
			body: "Local officials say more than 200,000 people have fled their homes since the offensive began, a figure the United Nations puts at about 150,000.",
			want: []wantFact{
				{value: 200000, category: Displaced, qual: AtLeast, unit: "people"},
				{value: 150000, category: Displaced, qual: Approx, unit: "people"},
			}},
		{name: "a relative's children",
			body: "They walked for nine hours with my brother's three children and now they are sleeping under olive trees.",
			want: []wantFact{{value: 3, category: Other, unit: "children"}}},
	})
}

func TestHeader_Heldout572Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a masthead whose address leaves out News",
			page:      "Kelowna News Courier\nA headline for the story\nJan. 24, 2019\n\nSome body text here about the town.\n\n© 2019 Glacier Media Group\nOriginal url: https://www.kelownacourier.com/news/a-story\n",
			publisher: "Kelowna News Courier"},
	})
}
