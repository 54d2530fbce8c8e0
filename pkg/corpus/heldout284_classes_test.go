package corpus

import "testing"

// Classes found on the two-hundred-and-eighty-fourth to two-hundred-and-
// eighty-seventh held-out sets, in text of our own.

func TestExtract_Heldout284Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a toll put at a figure after a place and other places",
			body: "Local officials put the number of civilians killed by shelling in Akcakale and other border towns at 14.",
			want: []wantFact{{value: 14, category: Killed}}},
		{name: "people a team had to move out of flooded settlements",
			body: "Last winter we had to move about 450 people out of flooded settlements in a single night.",
			want: []wantFact{{value: 450, category: Displaced, qual: Approx}}},
		{name: "people living in and around a camp named before",
			body: "Vial is a camp built for about 1,000 people, and close to 6,000 were living in and around it by the time I left.",
			want: []wantFact{{value: 1000, category: Other, qual: Approx}, {value: 6000, category: Sheltered, qual: Approx}}},
		{name: "in and around a town is no camp",
			body: "Between 20,000 and 25,000 people fled Atarib and the villages around it this week, a camp manager said.",
			want: []wantFact{{value: 20000, category: Displaced, qual: Range}}},
		{name: "days of work are how long",
			body: "The team vaccinated more than 5,000 children over four days of work.",
			want: []wantFact{{value: 5000, category: Other, qual: AtLeast}}},
		{name: "a shortage of days is how long",
			body: "About 80 families fled the village. \"The children have had no bread for four days.\"",
			want: []wantFact{{value: 80, category: Displaced, qual: Approx}}},
		{name: "months without a doctor still count",
			body: "The camp has had no doctor for nine months.",
			want: []wantFact{{value: 9, category: Other, unit: "months"}}},
		{name: "an aside after a dash counts the people before it",
			body: "About 300,000 people have fled the province. French troops — an estimated 2,500 of them, according to a monitor — have moved into the city since March.",
			want: []wantFact{{value: 300000, category: Displaced, qual: Approx}, {value: 2500, category: Troops, qual: Approx, unit: "troops"}}},
		{name: "people sheltering near heights a name ends with",
			body: "He said thousands more were sheltering from the shelling near the Israeli-occupied Golan Heights.",
			want: []wantFact{{value: 1000, category: AtRisk, qual: AtLeast}}},
		{name: "a clock time before the day a count runs from",
			body: "Since 6 a.m. on Saturday, police have stopped 4,100 attempts to cross the river.",
			pub:  "2020-03-02",
			want: []wantFact{{value: 4100, category: Other, period: "2020-02-29"}}},
		{name: "since then, after a weekday",
			body: "The new rules took effect on Sunday. Since then, the minister said, 900 people have reached the islands by boat.",
			pub:  "2020-03-04",
			want: []wantFact{{value: 900, category: Displaced, period: "2020-03-01"}}},
		{name: "the year a thing was built sets no start",
			body: "The army knocked down 40 concrete rooms that families built in 2015.",
			pub:  "2019-07-05",
			want: []wantFact{{value: 40, category: Other, period: "-"}}},
		{name: "the month of one car bomb sets no start",
			body: "The border was sealed after a car bomb killed six of its guards in June 2016.",
			pub:  "2019-07-05",
			want: []wantFact{{value: 6, category: Killed, period: "-"}}},
		{name: "a family counts from no start",
			body: "Abu Omar, 41, fled the town with his wife and four children in late January and has moved twice since then.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 4, category: Other, period: "-"}}},
		{name: "an opening since sets no start for a count of another kind",
			body: "Since the deadline passed on July 1, soldiers have knocked down hundreds of concrete shelters in Arsal, a town that hosts about 60,000 Syrians.",
			pub:  "2019-07-10",
			want: []wantFact{{value: 100, category: Other, period: "2019-07-01"}, {value: 60000, category: Refugees, period: "-"}}},
	})
}

func TestExtract_Heldout284Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "German and Japanese related-article lines",
			body: "About 300 tents flooded overnight.\n\nWeitere Artikel: Minister fordert 5 Länder zur Aufnahme auf\n関連記事: 3 students hurt in bus crash\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
		{name: "a table row of places in centres",
			body: "About 300 tents flooded overnight.\n\nThe islands in figures (as of 12 April):\n\nFigure | Number | Source\nPeople in island centres | about 36,000 | migration ministry\nPlaces in those centres | 6,095 | migration ministry\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}, {value: 36000, category: Sheltered, qual: Approx}, {value: 6095, category: Other}}},
	})
}

func TestSource_Heldout284Classes(t *testing.T) {
	t.Run("a table credited in brackets to a government", func(t *testing.T) {
		runSourceCase(t, "A headline for the page\n\nCamps at a glance (figures from the Greek government, as of March 4):\n\nCamp | People in camp | Built for\nVial, Chios | 5,392 | 1,014\nVathy, Samos | 7,514 | 648\n", 4, "Greek government")
	})
	t.Run("the answers of a Q and A credited to the person introduced with her age", func(t *testing.T) {
		runSourceCase(t, "A headline for the page\n\nTimaru nurse Clare Dunn, 61, has just come home from a clinic on Samos.\n\nThe Herald spoke to her on Monday.\n\nQ: What did you see?\nA: The camp was built for 650 people and held about 7,000.\n\nQ: Who were your patients?\nA: Mostly children, seven in ten of the people we saw.\n\n© 2020 Timaru Herald. All rights reserved.\n", 3, "Clare Dunn")
	})
}

func TestHeader_Heldout284Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a masthead with an elided article at its address",
			page:      "L'Unione di Bergamo\nIl quotidiano di Bergamo\n\nA headline for the story\n\n" + storyLine + "\n© 2020 Editoriale S.p.A. – L'Unione di Bergamo\nOriginal url: https://www.unionedibergamo.it/story/1\n",
			publisher: "L'Unione di Bergamo"},
		{name: "a capital masthead with a Polish letter at its address",
			page:      "DZIENNIK ŁÓDZKI\nŁódź | Region | Polska i Świat\nStrona główna > Świat\nA headline for the story\nczwartek, 24 października 2019, 15:47\n" + storyLine + "\n© 2019 Polska Press Sp. z o.o.\nOriginal url: https://dzienniklodzki.pl/story/1\n",
			publisher: "Dziennik Łódzki"},
		{name: "a Japanese date line",
			page:      "A headline for the story\n2019年10月24日 19:05\n" + storyLine,
			published: "2019-10-24"},
		{name: "a Korean date line",
			page:      "A headline for the story\n2019년 10월 24일 오후 7:05\n" + storyLine,
			published: "2019-10-24"},
	})
}

func TestLayout_Heldout284Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a cookie notice under the tagline",
			page:  "Der Grenzbote\nDie Tageszeitung der deutschen Minderheit in Dänemark\nDiese Website verwendet Cookies. Mit der Nutzung stimmen Sie unserer Datenschutzerklärung zu. [OK]\nStartseite | Welt | Sport\nStartseite › Welt › Naher Osten\nUN: Almost 900,000 flee the offensive as camps overflow\nMontag, 17. Februar 2020 – 16:45 Uhr\n" + storyLine,
			title: "UN: Almost 900,000 flee the offensive as camps overflow"},
	})
}
