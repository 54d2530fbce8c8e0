package corpus

import "testing"

// Classes found on the four-hundred-and-fifty-second to four-hundred-
// and-fifty-fifth held-out sets, in text of our own.

func TestExtract_Heldout452Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people a bus brought",
			body: "Last night one bus from the border brought 44 people, and most of them were women.",
			want: []wantFact{{value: 44, category: Displaced}}},
		{name: "a count restated past the size of its site",
			body: "More than 7,000 people now live in and around the Vial centre on Chios, a site built for about 1,000, the ministry said. Aid groups put the number higher, at about 8,000.",
			want: []wantFact{{value: 7000, category: Sheltered, qual: AtLeast}, {value: 1000, category: Other, qual: Approx}, {value: 8000, category: Sheltered, qual: Approx}}},
		{name: "a wave a country says it cannot handle",
			body: "\"We cannot handle another one million people from the south,\" the president said in the capital.",
			want: []wantFact{{value: 1e6, category: AtRisk}}},
		{name: "minors flown to the mainland",
			body: "Officials flew 120 unaccompanied minors who had lived in the camp to Athens on Friday.",
			want: []wantFact{{value: 120, category: Other}}},
		{name: "a share made up",
			body: "It said Iraqis were the largest group, with Afghans making up about a third.",
			want: []wantFact{{value: 33.33, category: Other, qual: Approx}}},
	})
}

func TestPage_Heldout452Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a list of camps over capacity, each with its size",
			body: "The camps are full.\n\nFigures published on Monday by the Greek migration ministry show how far the camps are over capacity:\n\n- Leros: 2,500 people in a site built for 860\n- Kos: 3,700 people in a site built for 820\n",
			want: []wantFact{{value: 2500, category: Sheltered}, {value: 860, category: Other}, {value: 3700, category: Sheltered}, {value: 820, category: Other}}},
	})
}

func TestSource_Heldout452Classes(t *testing.T) {
	runSourceCase(t, "A headline\n\nThe camps are full.\n\nFigures published on Monday by the Greek migration ministry show how full the camps are:\n\n- Leros: 2,500 people\n- Kos: 3,700 people\n", 2, "Greek migration ministry")
	runSourceCase(t, "A headline\n\nThe UN refugee agency counts about 650,000 registered Syrian refugees in the kingdom.\n", 1, "UN refugee agency")
	runSourceCase(t, "A headline\n\nThe agency, which says it checks every case, puts the figure at around 40,000.\n", 1, "agency")
}
