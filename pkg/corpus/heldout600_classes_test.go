package corpus

import "testing"

// Classes found on the six-hundredth to six-hundred-and-third held-out
// sets, in text of our own.

func TestExtract_Heldout600Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a price after what it buys, and one less",
			body: "A blanket for one child costs R90, and that is one child less in the cold.",
			want: nil},
		{name: "one day: some day",
			body: "She hopes to bring her sister to Ottawa one day but does not expect it soon.",
			want: nil},
		{name: "families that had to move",
			body: "Dozens of families have had to move back into tents, the mayor said.",
			want: []wantFact{{value: 12, category: Displaced, qual: AtLeast, unit: "families"}}},
		{name: "a camp readied for a number",
			body: "The agency said it was readying a camp at Gawilan for as many as 8,000 people.",
			want: []wantFact{{value: 8000, category: Other, qual: AtMost, unit: "people"}}},
	})
}

func TestHeader_Heldout600Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a hyphenated masthead in capitals",
			page:      "THE OMAHA WORLD-HERALD\nHome | News | World\nThousands flee Idlib as winter deepens\nFebruary 18, 2020\nBy The Associated Press\n\nThousands of people fled their homes in Idlib this week, the United Nations said on Tuesday.\n",
			publisher: "The Omaha World-Herald"},
	})
}

func TestLocation_Heldout600Classes(t *testing.T) {
	const head = "Families flee as the offensive advances\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{name: "a town named after a sentence's first preposition",
			text:   head + "In Sarmada, a town close to the border, the council counted new tents.\n\nHundreds of families have moved into the town's mosques and schools, council members said.",
			phrase: "Hundreds of families", want: "Sarmada"},
		{name: "a capital that says it hosts refugees speaks for its country",
			text:   head + "The border stayed shut.\n\nAnkara says it already hosts 3.6 million Syrian refugees and cannot take in more.",
			phrase: "3.6 million Syrian refugees", want: "Turkey"},
		{name: "a border agency is no place",
			text:   head + "Boats kept arriving on Lesbos, and more arrived on Lesbos overnight.\n\nThe European border agency Frontex said it would deploy two patrol vessels within days.",
			phrase: "two patrol vessels", want: "Lesbos"},
	})
}
