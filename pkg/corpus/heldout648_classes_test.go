package corpus

import "testing"

// Classes found on the six-hundred-and-forty-eighth to six-hundred-and-
// fifty-first held-out sets, in text of our own.

func TestExtract_Heldout648Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an hour tomorrow morning",
			body: "About 300 families arrived on Monday. We go back to the clinic at seven tomorrow morning.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "a Slovene clock time",
			body: "About 300 families arrived on Monday. Prisluhnite pogovoru ob 17.00.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "euros in Slovene",
			body: "About 300 families arrived on Monday. Podprite nas s 5 evri na mesec.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "a modal before where is the main clause's",
			body: "Officials fear more people could arrive from Idlib, where nearly a million have been uprooted since December.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 1e6, category: Displaced, qual: Approx, unit: "people", period: "2019-12-01"}}},
		{name: "families counted in olive groves",
			body: "Our team counted around 700 families in the olive groves outside the town.",
			want: []wantFact{{value: 700, category: Unsheltered, qual: Approx, unit: "families"}}},
		{name: "families sharing a field",
			body: "Now there are 30 families sharing this field.",
			want: []wantFact{{value: 30, category: Unsheltered, qual: Exact, unit: "families"}}},
		{name: "a state that received refugees",
			body: "Since 2018 the state has received fewer than 100.",
			want: []wantFact{{value: 100, category: Refugees, qual: AtMost, unit: "people"}}},
		{name: "a guessed age",
			body: "About 300 families arrived on Monday. An old woman, she must be 70, sat outside all afternoon.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "a share of them after a since phrase is the whole's speaker's",
			body: "UNHCR said 1,761 people had landed on the islands since Sunday, about 40 percent of them children.",
			pub:  "2020-03-04",
			want: []wantFact{{value: 1761, category: Displaced, qual: Exact, unit: "people", source: "UNHCR", period: "2020-03-01"},
				{value: 40, category: Other, qual: Approx, unit: "percent", source: "UNHCR"}}},
		{name: "an apposition before also hosts is the reporter's",
			body: "Arsal, a mountain town home to about 40,000 Lebanese, also hosts some 60,000 Syrian refugees, according to UNHCR.",
			want: []wantFact{{value: 40000, category: Other, qual: Approx, unit: "Lebanese", source: "reporter"},
				{value: 60000, category: Refugees, qual: Approx, unit: "refugees", source: "UNHCR"}}},
		{name: "said in a report closes the statement",
			body: "Nearly 950,000 people have fled since the beginning of December, OCHA said in its latest situation report.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 950000, category: Displaced, qual: Approx, unit: "people", source: "OCHA", period: "2019-12-01"}}},
		{name: "a village's gloss with whose is the reporter's",
			body: "Atmeh, a border village whose camps now hold well over 100,000 people, has run out of flat ground, a council member told AFP.",
			want: []wantFact{{value: 100000, category: Sheltered, qual: AtLeast, unit: "people", source: "reporter"}}},
		{name: "a name and its relative clause before said",
			body: "Khatib, who left Homs in 1989, said the demolitions fall hardest on children. At the clinic, he said, doctors saw more than 90 children in a single day with diarrhea.",
			want: []wantFact{{value: 90, category: Other, qual: AtLeast, unit: "children", source: "Khatib"}}},
		{name: "guard: a place and its relative clause before said and a speaker",
			body: "Bardarash, which was emptied in 2017, can hold about 11,000 people, said camp manager Rasheed Hussein.",
			want: []wantFact{{value: 11000, category: Other, qual: Approx, unit: "people", source: "Rasheed Hussein"}}},
	})
}

func TestLayout_Heldout648Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a Polish weekly's masthead over its tagline and address",
			page:      "Głos Tygodnia\nTygodnik katolicki – glos.pl\nWiadomości | Kościół | Polska | Świat | Wiara\nglos.pl › Wiadomości › Świat\nThousands stranded at the closed border\ndodane 03.07.2018 14:52\n\nAbout 300 families waited at the border on Tuesday, officials said.\n\n© Instytut Głos Media 2018. Wszelkie prawa zastrzeżone.\n",
			publisher: "Głos Tygodnia"},
		{name: "a masthead in capitals over a menu with a dotted capital I",
			page:      "ŞƏHƏR TV\nXəbərlər | Siyasət | İqtisadiyyat | Dünya | İdman\nAna səhifə / Dünya\nMigrants wait at the border\n04.03.2020\n\nAbout 300 families waited at the border on Tuesday, said Şəhər TV's reporter.\n",
			publisher: "Şəhər TV"},
		{name: "a Turkish photo caption above the story",
			page: "A relief worker on the exodus\n\nFotoğraf: Families leaving the town on the road north. (Archive)\n\nThe nurse has spent two years with the Red Cross.\n",
			body: "The nurse has spent two years with the Red Cross."},
		{name: "an Amharic related-news line",
			page: "A headline about the camps\n\nAbout 300 people crossed on Monday.\n\nተዛማጅ ዜና፡ Ethiopia receives 2,500 returnees from abroad ተዛማጅ ዜና፡ Third round of talks ends in Khartoum\n",
			body: "About 300 people crossed on Monday."},
	})
}
