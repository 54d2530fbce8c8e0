package corpus

import "testing"

// Classes found on the five-hundred-and-fortieth to five-hundred-and-
// forty-third held-out sets, in text of our own.

func TestExtract_Heldout540Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people a convoy brought",
			body: "On Tuesday a single convoy brought between 300 and 400 people from the border.",
			want: []wantFact{{value: 300, category: Displaced, qual: Range}}},
		{name: "families who lost their tents",
			body: "About 900 families lost their tents in the storm.",
			want: []wantFact{{value: 900, category: Displaced, qual: Approx}}},
		{name: "people who fled and then waited near a border",
			body: "Thousands of people who fled the shelling waited in the desert near the closed border.",
			want: []wantFact{{value: 1000, category: AtRisk, qual: AtLeast}}},
		{name: "people who crowded into a town",
			body: "Tens of thousands have crowded into Dana, a town that had 15,000 people before the war.",
			want: []wantFact{{value: 10000, category: Displaced, qual: AtLeast}, {value: 15000, category: Other}}},
		{name: "a relative's family of some size",
			body: `"My sister's family of six is sleeping in our tent," he said.`,
			want: []wantFact{{value: 6, category: Other}}},
		{name: "families crammed into olive groves",
			body: "Thousands of families are crammed into olive groves near Atmeh.",
			want: []wantFact{{value: 1000, category: Unsheltered, qual: AtLeast}}},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout540Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people stranded in a camp by a border live there",
			body: "Some 40,000 people remain stranded at the Rukban camp on the Jordanian border.",
			want: []wantFact{{value: 40000, category: Sheltered, qual: Approx}}},
		{name: "what a convoy brought for children",
			body: "The convoy brought vaccines for about 8,000 children.",
			want: []wantFact{{value: 8000, category: Other, qual: Approx}}},
	})
}

func TestLayout_Heldout540Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a headline on the line of its navigation trail",
			page: "Thame Standard\nHome | News | Sport | What's On\n\nYou are here: Home / News / Local / Thame chapel collects blankets for Idlib families\n\n" +
				"Members of a Thame chapel have collected 400 blankets for families in Idlib, they said on Sunday.\n",
			title: "Thame chapel collects blankets for Idlib families"},
	})
}

func TestHeader_Heldout540Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a radio masthead in capitals signed with its frequency",
			page: "RADIO KIBO 95.3 FM\nGulu's home of news and music\nHome | News | World\nA headline for the story\nMarch 4, 2020\n" + storyLine +
				"\n© 2020 Radio Kibo 95.3 FM, Gulu. All rights reserved.\nOriginal url: https://radiokibo.co.ug/news/a-headline/\n",
			publisher: "Radio Kibo"},
		{name: "a radio masthead with its frequency after the band",
			page:      "Sunrise FM 101.3\nTororo | Informing the Elgon sub-region\nHome | News | World\nA headline for the story\nMarch 4, 2020\n" + storyLine,
			publisher: "Sunrise FM"},
		{name: "a site named by its digits and a country's two letters",
			page: "365.ge\nNews from Georgia and the world\nHome | Politics | World\nA headline for the story\nMarch 4, 2020\n" + storyLine +
				"\n© 2020 365.ge. All rights reserved.\nOriginal url: https://en.365.ge/2020/03/04/a-headline/\n",
			publisher: "365.ge"},
	})
}
