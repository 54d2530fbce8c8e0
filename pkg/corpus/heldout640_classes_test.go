package corpus

import "testing"

// Classes found on the six-hundred-and-fortieth to six-hundred-and-
// forty-third held-out sets, in text of our own.

func TestExtract_Heldout640Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a host's count received over the years",
			body: "The minister said: “We have received 1.3 million Syrians since 2011, and we cannot receive more.”",
			want: []wantFact{{value: 1.3e6, category: Refugees, qual: Exact, unit: "Syrians"}}},
		{name: "guard: arrivals received since a day are no host's stock",
			body: "We have received 9,500 Syrians since October 9, the official said.",
			want: []wantFact{{value: 9500, category: Displaced, qual: Exact, unit: "Syrians"}}},
		{name: "the whole a country hosts, hedged, of which a plan would move some",
			body: "Ankara wants a strip along the border where it could resettle some of the more than 3.6 million Syrian refugees it hosts.",
			want: []wantFact{{value: 3.6e6, category: Refugees, qual: AtLeast, unit: "refugees"}}},
		{name: "a war that scattered people",
			body: "The war has killed hundreds of thousands and scattered millions more across the region.",
			want: []wantFact{{value: 100000, category: Killed, qual: AtLeast, unit: "people"},
				{value: 1e6, category: Displaced, qual: AtLeast, unit: "people"}}},
		{name: "staff who had to leave their homes",
			body: "We employ 30 local staff, and eight of them have had to leave their own homes.",
			want: []wantFact{{value: 30, category: Other, qual: Exact, unit: "staff"},
				{value: 8, category: Displaced, qual: Exact, unit: "staff"}}},
		{name: "guard: staff who left a place went away",
			body: "At least 15 aid workers had left Lesbos by Friday.",
			want: []wantFact{{value: 15, category: Other, qual: AtLeast, unit: "workers"}}},
		{name: "families taken back to the border",
			body: "On Tuesday we drove 40 families back to the border at their own request.",
			want: []wantFact{{value: 40, category: Other, qual: Exact, unit: "families"}}},
		{name: "put it closer to: the count restated, not its part",
			body: "The UN says around 150,000 people have fled their homes since the offensive began, almost 60,000 of them children. The local administration puts it closer to 250,000.",
			want: []wantFact{{value: 150000, category: Displaced, qual: Approx, unit: "people", source: "UN"},
				{value: 60000, category: Displaced, qual: Approx, unit: "children", source: "UN"},
				{value: 250000, category: Displaced, qual: Approx, unit: "people", source: "local administration"}}},
		{name: "a speaker after a condition vouches for the main clause",
			body: "If the snow returns next week, Rayes said, as many as 5,000 more people could lose their shelter.",
			want: []wantFact{{value: 5000, category: AtRisk, qual: AtMost, unit: "people", source: "Rayes"}}},
		{name: "guard: as the forecast says vouches for its own clause",
			body: "If the snow returns next week, as the forecast says, as many as 5,000 more people could lose their shelter.",
			want: []wantFact{{value: 5000, category: AtRisk, qual: AtMost, unit: "people", source: "reporter"}}},
		{name: "according to after a clause that follows a statement",
			body: "Lebanon said on Tuesday it would not open its border, even as the number of people fleeing the offensive rose to as many as 200,000, according to UN figures.",
			want: []wantFact{{value: 200000, category: Displaced, qual: AtMost, unit: "people", source: "UN"}}},
		{name: "a share tacked on after its whole's speaker",
			body: "About 1,200 people have landed on the islands since Sunday, spokesman Omar Salem told reporters in Geneva, nearly a third of them children.",
			want: []wantFact{{value: 1200, category: Displaced, qual: Approx, unit: "people", source: "Omar Salem"},
				{value: 33.33, category: Other, qual: Approx, unit: "percent", source: "Omar Salem"}}},
		{name: "a span up to a day past a list of islands",
			pub:  "2020-03-04",
			body: "The coastguard said 120 people had reached Lesbos, Chios and Samos in the 24 hours to Wednesday morning.",
			want: []wantFact{{value: 120, category: Displaced, qual: Exact, unit: "people", period: "2020-03-03"}}},
	})
}

func TestLocation_Heldout640Classes(t *testing.T) {
	const head = "Families flee as the offensive advances\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{name: "places named as often: the one the lead names",
			text:   head + "Troops pressed on in northeast Syria on Tuesday.\n\nSome 160,000 people have been driven from their homes, the UN said.\n\nMore than 1,000 people crossed into Iraq, most of them near Faysh Khabur.",
			phrase: "Some 160,000 people", want: "northeast Syria"},
	})
}

func TestLayout_Heldout640Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a masthead's tagline under its name in another script",
			page:  "روزنامه نمونه\nNAMOONEH — Daily news | English pages\nسیاسی | اجتماعی | اقتصادی | فرهنگی | English\nخانه › English › News\nFamilies cross into Iraq as the offensive goes on\nThursday 24 October 2019\n\nMore than 9,000 Syrians have crossed into Iraq since October 9, the agency said.\n",
			title: "Families cross into Iraq as the offensive goes on", dateline: "-"},
		{name: "an Icelandic caption above the story",
			page: "A nurse on the flight from the enclave\n\nMynd: A nurse at work in a camp near the town. Ljósmynd: Red Cross\n\nThe nurse has spent two years with the Red Cross.\n",
			body: "The nurse has spent two years with the Red Cross."},
	})
}

func TestAddressedTransliteration_Heldout640Classes(t *testing.T) {
	for _, tt := range []struct{ name, url, want string }{
		{"«Жайық»", "https://zhaiyk.kz/2020/02/12/story.html", "Zhaiyk"}, // й spelled i
		{"«Жайық»", "https://zhayyk.kz/2020/02/12/story.html", "Zhayyk"}, // й spelled y
		{"«Жайық»", "https://example.kz/2020/02/12/story.html", ""},
	} {
		if got := addressedTransliteration(tt.name, tt.url); got != tt.want {
			t.Errorf("addressedTransliteration(%q, %q) = %q, want %q", tt.name, tt.url, got, tt.want)
		}
	}
}
