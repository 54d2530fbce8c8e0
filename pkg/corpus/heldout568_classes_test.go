package corpus

import "testing"

// Classes found on the five-hundred-and-sixty-eighth to five-hundred-and-
// seventy-first held-out sets, in text of our own.

func TestExtract_Heldout568Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an age after an occupation in apposition",
			body: "A Shymkent pensioner, 67, told the paper last month that her son is believed to be in Roj camp.",
			want: nil},
		{name: "a numbered area's name",
			body: "\"Please greet my brother in Area 18 for me,\" she said.",
			want: nil},
		{name: "one who speaks",
			body: "\"They have already lost their homes once,\" one aid worker in Bar Elias said, asking not to be named.",
			want: nil},
		{name: "refugees affected by a storm",
			body: "UNHCR says about 40,000 refugees across the country were affected in one way or another.",
			want: []wantFact{{value: 40000, category: Other, qual: Approx, unit: "refugees"}}},
		{name: "how long a place was home",
			body: "\"Ras al-Ain was our home for 200 years,\" he said.",
			want: nil},
		{name: "a restatement after a projection restates the count",
			body: "More than 100,000 people have fled their homes since Wednesday, OCHA said, adding that up to 300,000 people could be displaced if the fighting spreads.\n\n" +
				"The local administration put the figure at 160,412.",
			want: []wantFact{
				{value: 100000, category: Displaced, qual: AtLeast, unit: "people"},
				{value: 300000, category: AtRisk, qual: AtMost, unit: "people"},
				{value: 160412, category: Displaced, unit: "people"},
			}},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout568Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "one soldier killed after says",
			body: "The ministry says 300 fighters have been neutralised. It says one Turkish soldier has been killed. Officials said more would follow.",
			want: []wantFact{
				{value: 300, category: Other, unit: "fighters"},
				{value: 1, category: Killed, unit: "soldier"},
			}},
		{name: "aid for people in a camp counts the camp's people",
			body: "The convoy of 20 trucks carried food and hygiene kits for about 9,000 people still living in the camp, OCHA said.",
			want: []wantFact{
				{value: 20, category: Other, unit: "trucks"},
				{value: 9000, category: Sheltered, qual: Approx, unit: "people"},
			}},
	})
}

func TestHeader_Heldout568Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Tuvaluan month",
			page: "Tuvalu Times\nA headline for the story\n12 Okotopa 2019 | Staff\n", published: "2019-10-12"},
		{name: "a Tongan month",
			page: "Tonga Weekly\nA headline for the story\n3 Siulai 2018\n", published: "2018-07-03"},
	})
}
