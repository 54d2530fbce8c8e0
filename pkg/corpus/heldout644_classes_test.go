package corpus

import "testing"

// Classes found on the six-hundred-and-forty-fourth to six-hundred-and-
// forty-seventh held-out sets, in text of our own.

func TestExtract_Heldout644Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a figure that opens a list of subjects before their verb",
			body: "Twelve children, a pregnant woman and an elderly man have died in the camps, rescuers said.",
			want: []wantFact{{value: 12, category: Killed, qual: Exact, unit: "children"}}},
		{name: "many of the refugees a country hosts: the whole",
			body: "Ankara wants a strip along the border where it hopes to settle many of the 3.6 million Syrians it hosts.",
			want: []wantFact{{value: 3.6e6, category: Refugees, qual: Exact, unit: "Syrians"}}},
		{name: "some of the refugees in a country: the whole",
			body: "Officials say the zone is where some of the 3.6 million Syrian refugees in Turkey could be resettled.",
			want: []wantFact{{value: 3.6e6, category: Refugees, qual: Exact, unit: "refugees"}}},
		{name: "a town's own population after its refugees",
			body: "Arsal has about 60,000 Syrian refugees, more than the town's own population, which is about 35,000.",
			want: []wantFact{{value: 60000, category: Refugees, qual: Approx, unit: "refugees"},
				{value: 35000, category: Other, qual: Approx, unit: "people"}}},
		{name: "a hall opened to people",
			body: "The parish has opened its hall to 40 people.",
			want: []wantFact{{value: 40, category: Sheltered, qual: Exact, unit: "people"}}},
		{name: "guard: doors not opened to more",
			body: "“We will not open our doors to millions more,” the president said.",
			want: []wantFact{{value: 1e6, category: AtRisk, qual: AtLeast, unit: "people"}}},
		{name: "families registered each day",
			body: "Officials in the town say they are registering 500 to 700 new families a day.",
			want: []wantFact{{value: 500, category: Displaced, qual: Range, unit: "families"}}},
		{name: "homes an order threatens",
			body: "The charity said the order threatened the homes of at least 15,000 Syrians.",
			want: []wantFact{{value: 15000, category: AtRisk, qual: AtLeast, unit: "Syrians"}}},
		{name: "people massed around a crossing",
			body: "Thousands of people remain massed around the crossing for a fifth day.",
			want: []wantFact{{value: 1000, category: AtRisk, qual: AtLeast, unit: "people"}}},
		{name: "a crossing where people massed",
			body: "Police fired tear gas at the crossing, where some 2,000 people had massed by the afternoon.",
			want: []wantFact{{value: 2000, category: AtRisk, qual: Approx, unit: "people"}}},
		{name: "a refugee settlement home to refugees",
			body: "The Kyaka settlement in the next district, home to more than 90,000 refugees, took in many of them.",
			want: []wantFact{{value: 90000, category: Sheltered, qual: AtLeast, unit: "refugees"}}},
		{name: "a count of camps",
			body: "In three of the camps I visited there was no toilet left standing.",
			want: []wantFact{{value: 3, category: Other, qual: Exact, unit: "camps"}}},
		{name: "a list of numbers of years",
			body: "Families have lived here for six, seven, eight years.",
			want: []wantFact{{value: 8, category: Other, qual: Exact, unit: "years"}}},
		{name: "guard: a list of numbers of people",
			body: "The three camps hold 1,200, 1,500 and 2,000 people.",
			want: []wantFact{{value: 1200, category: Sheltered, qual: Exact, unit: "people"},
				{value: 1500, category: Other, qual: Exact, unit: "people"},
				{value: 2000, category: Other, qual: Exact, unit: "people"}}},
		{name: "a station's frequency after its name",
			body: "About 300 families fled on Monday. Hear more weekdays from 6am on 2SER 107.3.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "a vow gives its maker's figure",
			body: "Erdogan has vowed to settle one million refugees in the zone.",
			want: []wantFact{{value: 1e6, category: Refugees, qual: Exact, unit: "refugees", source: "Erdogan"}}},
		{name: "while after said: the statement's other half",
			body: "Some 60,000 were camped near the crossing, the office said, while about 160,000 had fled west.",
			want: []wantFact{{value: 60000, category: AtRisk, qual: Approx, unit: "people", source: "office"},
				{value: 160000, category: Displaced, qual: Approx, unit: "people", source: "office"}}},
		{name: "guard: according to after the while clause is its own source",
			body: "Some 1,600 families are staying in schools, the Red Crescent said, while between 2,000 and 3,000 people are sleeping in the open, according to the local council.",
			want: []wantFact{{value: 1600, category: Sheltered, qual: Approx, unit: "families", source: "Red Crescent"},
				{value: 2000, category: Unsheltered, qual: Range, unit: "people", source: "local council"}}},
		{name: "guard: as after said opens the reporter's clause",
			body: "Some 60,000 were camped near the crossing, the office said, as about 2,000 more massed at the gate.",
			want: []wantFact{{value: 60000, category: AtRisk, qual: Approx, unit: "people", source: "office"},
				{value: 2000, category: AtRisk, qual: Approx, unit: "people", source: "reporter"}}},
		{name: "speak of the displaced: the count restated, from its start",
			body: "The UN said at least 160,000 people had fled their homes since the offensive began on October 9. Kurdish officials speak of more than 270,000 displaced.",
			pub:  "2019-10-20",
			want: []wantFact{{value: 160000, category: Displaced, qual: AtLeast, unit: "people", period: "2019-10-09"},
				{value: 270000, category: Displaced, qual: AtLeast, unit: "people", source: "Kurdish officials", period: "2019-10-09"}}},
		{name: "people of a nationality displaced",
			body: "The war left one million Iraqis displaced.",
			want: []wantFact{{value: 1e6, category: Displaced, qual: Exact, unit: "Iraqis"}}},
	})
}

func TestLayout_Heldout644Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a Czech related-articles label",
			page: "A headline about the border\n\nAbout 300 people crossed on Monday.\n\nSouvisející: Dobrovolníci posílají 2 kamiony pomoci\n",
			body: "About 300 people crossed on Monday."},
		{name: "a masthead naming itself by its initials in brackets",
			page:      "Lakeside Community Radio (LCR)\nYour community, your voice\nHome | News | Programmes | Contact\nFamilies wait to go home\nFriday, October 18th, 2019 at 7:45 am\n\nAbout 300 families waited at the camp on Friday, officials said.\n\n© 2019 Lakeside Community Radio (LCR). All rights reserved.\n",
			publisher: "Lakeside Community Radio"},
	})
}

func TestHeader_Heldout644Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "an Azerbaijani date line",
			page:      "Thousands flee as the offensive enters a third day\n11 oktyabr 2019, 18:20 | AFP\n\nSome 100,000 people have fled, the UN said.\n",
			published: "2019-10-11"},
		{name: "a Kinyarwanda date line that says it was written",
			page:      "An aid worker on the camps\nYanditswe ku wa Gatanu, 5 Nyakanga 2019 saa 10:15\n\nSome 300 families have taken down their walls, she said.\n",
			published: "2019-07-05"},
		{name: "a copyright holder before a dot and the university",
			page:      "Thousands head for the border\n\nThousands of people headed for the border on Saturday, officials said.\n\n© 2020 Radyo Kampüs · Orta Doğu Üniversitesi, Ankara · Tel: +90 312 210 00 00\n",
			publisher: "Radyo Kampüs"},
	})
}

func TestInterviewTurns_Heldout644Classes(t *testing.T) {
	body := "Ms Hemmo is a nurse who worked at a clinic. She spoke with Dana Whitfield.\n\n" +
		"DANA WHITFIELD: What did you see?\n\nROJDA HEMMO: Many trucks with families on top.\n\n" +
		"WHITFIELD: How many came to the clinic?\n\nHEMMO: We received 57 wounded, 14 of them children.\n\n" +
		"WHITFIELD: And the water?\n\nHEMMO: The station was knocked out on the second day.\n"
	turns := interviewTurns(body, "WUNC")
	want := []string{"reporter", "Rojda Hemmo", "reporter", "Rojda Hemmo", "reporter", "Rojda Hemmo"}
	if len(turns) != len(want) {
		t.Fatalf("interviewTurns: %d turns, want %d: %+v", len(turns), len(want), turns)
	}
	for i, tr := range turns {
		if tr.speaker != want[i] {
			t.Errorf("turn %d: speaker %q, want %q", i, tr.speaker, want[i])
		}
	}
}
