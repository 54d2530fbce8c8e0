package corpus

import "testing"

// Classes found on the seven-hundred-and-eighth to seven-hundred-and-
// eleventh held-out sets, in text of our own.

func TestExtract_Heldout708Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a clock span after said that",
			body: "A police spokesman said that in the 24 hours to 6 a.m. on Monday, guards had stopped 4,120 attempts to cross the river.",
			pub:  "2020-03-02",
			want: []wantFact{{value: 4120, category: Other, unit: "attempts", period: "2020-03-01"}}},
		{name: "the time that closes the second predicate holds for the first",
			body: "Border guards stopped 3,050 attempts to cross the river and detained 52 people in the 24 hours to 6 a.m. on Monday, the police said.",
			pub:  "2020-03-02",
			want: []wantFact{
				{value: 3050, category: Other, unit: "attempts", period: "2020-03-01"},
				{value: 52, category: Other, unit: "people", period: "2020-03-01"},
			}},
		{name: "a phone number's trunk zero alone",
			body: "Some 400 families reached the camp on Friday.\n\nDonations: 0 312 444 27 61 We use cookies on this site.",
			want: []wantFact{{value: 400, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "a call sign's place on the AM dial",
			body: "This conversation was first heard on WKRM 1340’s evening programme. About 300 families arrived at the camp on Sunday.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "a town's own population after whose",
			body: "Nurses worked in Kfar Hamam, a border town whose own population is about 12,000 but which now hosts thousands of Syrians.",
			want: []wantFact{
				{value: 12000, category: Other, qual: Approx},
				{value: 1000, category: Refugees, qual: AtLeast},
			}},
		{name: "people after camps are no kind of camp",
			body: "KARAM: The district has between 40 and 50 camps, large and small, and roughly 9,000 Syrians.",
			want: []wantFact{
				{value: 40, category: Other, unit: "camps"},
				{value: 9000, category: Refugees, qual: Approx, unit: "Syrians"},
			}},
		{name: "people who came to a vigil",
			body: "About 80 people came to a candlelit vigil for the missing fishermen at the school hall on Friday night.",
			want: []wantFact{{value: 80, category: Other, qual: Approx, unit: "people"}}},
		{name: "people registered crossing a country",
			body: "In 2015, Slovenian police registered nearly 400,000 people crossing the country towards Austria.",
			want: []wantFact{{value: 400000, category: Displaced, qual: Approx, unit: "people"}}},
		{name: "an army crossing a border begins the offensive",
			body: "Relatives in Osh say they have not slept since Turkish troops and their Syrian allies crossed the border on October 9.\n\n" +
				"The UN says at least 150,000 people have been displaced since the offensive began.",
			pub:  "2019-10-16",
			want: []wantFact{{value: 150000, category: Displaced, qual: AtLeast, unit: "people", period: "2019-10-09"}}},
		{name: "the total restated, not its part",
			body: "Nearly 800,000 people have fled since December, the UN said. Around 150,000 of the newly displaced are sleeping in the open, it said. " +
				"A local monitoring network put the total at close to 850,000.",
			want: []wantFact{
				{value: 800000, category: Displaced, qual: Approx},
				{value: 150000, category: Unsheltered, qual: Approx},
				{value: 850000, category: Displaced, qual: Approx},
			}},
	})
}

func TestSource_Heldout708Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "I'd say in a quotation is the speaker",
			body: "Leila Haddad runs the clinic. \"I'd say 300 of them are women and children,\" she said.",
			want: []wantFact{{value: 300, category: Other, source: "Leila Haddad"}}},
		{name: "I’d say with a curly apostrophe in a quotation",
			body: "Leila Haddad runs the clinic. \"I’d say 300 of them are women and children,\" she said.",
			want: []wantFact{{value: 300, category: Other, source: "Leila Haddad"}}},
		{name: "according to inside a place's gloss",
			body: "Jordan, home to 655,000 Syrians according to the Ministry of Planning and International Cooperation, says it needs more help.",
			want: []wantFact{{value: 655000, category: Refugees, source: "Ministry of Planning and International Cooperation"}}},
		{name: "a lower-case noun for the name it opened",
			body: "The Directorate General of Civil Protection said 2,000 tents had arrived. Another 900 families reached Kilis, the directorate's figures show.",
			want: []wantFact{
				{value: 2000, category: Other, source: "Directorate General of Civil Protection"},
				{value: 900, category: Displaced, source: "Directorate General of Civil Protection"},
			}},
	})
}

func TestHeader_Heldout708Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a call sign and its place on the AM dial", page: "WKRM 1340\nNews for the county\nHome | News | Sports\nA headline about the camps\nPublished: March 3, 2020\nBy WKRM 1340 News Staff\n", publisher: "WKRM"},
		{name: "a Caribbean call sign with its band", page: "ZNBS 1540 AM\nThe voice of the islands\nHome | News | Sports\nA headline about the camps\nPublished: March 3, 2020\nBy the newsroom\n", publisher: "ZNBS"},
		{name: "an Author label naming the wire", page: "Some Outlet\nA headline about the camps\nPublished: 9:05 AM March 3, 2020\nAuthor: Associated Press\n", wire: "AP"},
	})
}

func TestLayout_Heldout708Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "Somali byline, photo and share labels",
			page:  "RADIO HOBYO\nCodka Galmudug\nBogga Hore | Warar | English\nBogga Hore / English\nThousands flee as the offensive widens\nQore: Radio Hobyo English Service\nSawirka: Families on the road near Tal Tamr. (Social media)\nLa wadaag: Facebook | Twitter | WhatsApp\n\nAbout 300 families arrived in Tal Tamr on Monday.\n",
			title: "Thousands flee as the offensive widens",
			body:  "About 300 families arrived in Tal Tamr on Monday."},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout708Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a total that disputes a larger count restates it",
			body: "Some 9,000 people had gathered at Pazarkule on Friday, witnesses said. The minister said 135,000 migrants had left through Edirne province. " +
				"Athens put the total closer to 10,000.",
			want: []wantFact{
				{value: 9000, category: AtRisk, qual: Approx},
				{value: 135000, category: Displaced},
				{value: 10000, category: Displaced, qual: Approx},
			}},
		{name: "trucks crossing a border begin no offensive",
			body: "Traders say business has halted since Turkish trucks crossed the border on October 9.\n\n" +
				"The UN says at least 150,000 people have been displaced since the offensive began.",
			pub:  "2019-10-16",
			want: []wantFact{{value: 150000, category: Displaced, qual: AtLeast, period: "-"}}},
		{name: "people counted at a border crossing are at it",
			body: "The IOM said its staff had counted at least 13,000 people at official crossing points along the border on Saturday night.",
			want: []wantFact{{value: 13000, category: AtRisk, qual: AtLeast}}},
		{name: "a predicate with its own comma keeps its own time",
			body: "Troops took Saraqeb, a town that was home to about 30,000 people before the war, and have seized 25 villages over the past week.",
			pub:  "2020-02-08",
			want: []wantFact{
				{value: 30000, category: Other, qual: Approx, period: "-"},
				{value: 25, category: Other, unit: "villages", period: "2020-02-01"},
			}},
		{name: "a zero with no digits after it is no phone",
			body: "Officials reported 0 deaths and 12 injuries after the storm.",
			want: []wantFact{
				{value: 0, category: Killed, unit: "deaths"},
				{value: 12, category: Other, unit: "injuries"},
			}},
	})
}
