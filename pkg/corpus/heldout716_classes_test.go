package corpus

import "testing"

// Classes found on the seven-hundred-and-sixteenth to seven-hundred-and-
// nineteenth held-out sets, in text of our own.

func TestExtract_Heldout716Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "the number of displaced put at a figure restates the count and its start",
			body: "The UN says at least 150,000 people have fled since the offensive began on October 9. " +
				"The local administration put the number of displaced at more than 250,000.",
			pub: "2019-10-15",
			want: []wantFact{
				{value: 150000, category: Displaced, qual: AtLeast, period: "2019-10-09"},
				{value: 250000, category: Displaced, qual: AtLeast, period: "2019-10-09"},
			}},
		{name: "a country and its allies crossing the border when families fled",
			body: "For the families who fled when Turkey and its allies crossed the border on October 9, there is no way home.\n\n" +
				"The UN says some 170,000 people have been displaced since the offensive began.",
			pub:  "2019-10-20",
			want: []wantFact{{value: 170000, category: Displaced, qual: Approx, period: "2019-10-09"}}},
	})
}

func TestHeader_Heldout716Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a call sign with its band before the frequency", page: "WKRM FM 99.1\nNews, talk and sport\nHome | News | Sports\nA headline about the camps\nTuesday, July 9th, 2019\nBy the newsroom\n", publisher: "WKRM FM"},
		{name: "an Italian byline with its agency in brackets", page: "Sardegna Oggi\nA headline about the camps\nGiovedì 20 febbraio 2020\ndi Redazione Sardegna Oggi (con ANSA)\n", wire: "ANSA"},
	})
	runLayoutCases(t, []layoutCase{
		{name: "an outlet's name in capitals and its tagline after a dash",
			page:     "الفجر\nAL-FAJR — Quotidien d'information en langue arabe · Djibouti\nالرئيسية | محليات | دوليات | English\nالرئيسية › English › Interviews\n“The camp is a city now”: an aid worker back from Jordan\nالخميس 20 يونيو 2019 — 11:40\nInterview: Al-Fajr English desk\nPhoto: The aid worker in Djibouti-ville. (Al-Fajr)\nShare: Facebook | Twitter | WhatsApp\n\nAbout 300 families arrived in Zaatari on Monday.\n",
			title:    "“The camp is a city now”: an aid worker back from Jordan",
			dateline: "-",
			body:     "About 300 families arrived in Zaatari on Monday."},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout716Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "trucks crossing a border when trade stopped begin no offensive",
			body: "Trade stopped when aid trucks crossed the border on October 9.\n\n" +
				"The UN says some 170,000 people have been displaced since the offensive began.",
			pub:  "2019-10-20",
			want: []wantFact{{value: 170000, category: Displaced, qual: Approx, period: "-"}}},
	})
}

func TestHeader_Heldout716Guards(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a call sign with its band after the frequency", page: "CJRT 1690 AM\nCommunity radio\nHome | News\nA headline about the camps\nMarch 3, 2020\nBy the newsroom\n", publisher: "CJRT"},
		{name: "a Dutch weekday is no Italian byline", page: "Het Dagblad\nNieuws | Buitenland\nA headline about the camps\ndi 18 februari 2020 om 14:03\nRedactie Buitenland, met Belga\n", published: "2020-02-18", wire: "Belga"},
	})
}

func TestRestates_Heldout716(t *testing.T) {
	runRestatesCases(t, []restatesCase{
		{"The local administration put the number of displaced at", true},
		{"The local administration put the number of the displaced at", true},
		// The number of others is a count of its own.
		{"The council puts the number of residents still in the town at", false},
		{"The ministry puts the number of asylum seekers on the islands at", false},
	})
}

// restatesCase is the words before a figure and whether they make it a
// restatement of a count told before.
type restatesCase struct {
	before string
	want   bool
}

func runRestatesCases(t *testing.T, cases []restatesCase) {
	t.Helper()
	for _, tt := range cases {
		if got := restates(tt.before); got != tt.want {
			t.Errorf("restates(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}
