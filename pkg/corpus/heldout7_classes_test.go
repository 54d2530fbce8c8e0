package corpus

import "testing"

// Header layouts found on the seventh held-out set, in articles of our
// own: a section, edition or tagline line above the headline, a date line
// with a relative update time or "p.m.", a dateline filed from two
// places, an outlet name with an apostrophe inside it and a place put
// before the author's name.
func TestParseArticle_Heldout7Layouts(t *testing.T) {
	tests := []struct {
		name                                string
		in                                  string
		title, publisher, dateln, wire, pub string
	}{
		{
			name:  "section label above a long date line",
			in:    "Middle East\nMARCH 3, 2021 / 9:10 AM / UPDATED 5 HOURS AGO\n\nFloods sweep through tents in camps near the river\n\nJane Roe\n\nThe river rose on Tuesday and flooded the camps.",
			title: "Floods sweep through tents in camps near the river", pub: "2021-03-03",
		},
		{
			name:  "mixed-case relative update",
			in:    "A headline about floods in the camps\n\nMay 4, 2021 / Updated 3 hours ago\n\nThe river rose on Tuesday and flooded the camps.",
			title: "A headline about floods in the camps", pub: "2021-05-04",
		},
		{
			name:  "date line with p.m.",
			in:    "A headline about floods in the camps\n\nBy Jane Roe\nJan. 9, 2021, at 8:05 p.m.\n\nThe river rose on Tuesday and flooded the camps.",
			title: "A headline about floods in the camps", pub: "2021-01-09",
		},
		{
			name:      "outlet with an apostrophe and a breadcrumb under it",
			in:        "L'Est Daily\nWorld / Camps\n\nFloods sweep through tents in camps near the river\n\nThe river rose on Tuesday and flooded the camps.\n\n© 2021 L'Est Daily",
			title:     "Floods sweep through tents in camps near the river",
			publisher: "L'Est Daily",
		},
		{
			name:      "outlet and tagline in one block",
			in:        "Relief Wire\nVoices from the field\n\nFloods sweep through tents in camps near the river\n\nRelief Wire counted the damage on Tuesday.",
			title:     "Floods sweep through tents in camps near the river",
			publisher: "Relief Wire",
		},
		{
			name:  "a short headline keeps its place above a byline and a long deck",
			in:    "Winter Comes Early\n\nBy Jane Roe\n\nFamilies burn plastic and old shoes to keep warm in the hills\n\nThe first snow fell on Monday in the hills.",
			title: "Winter Comes Early",
		},
		{
			name:  "dateline filed from two places",
			in:    "A headline about shelling\n\nDAMASCUS/AMMAN (Reuters) - Shelling went on overnight, residents said.",
			title: "A headline about shelling", dateln: "DAMASCUS/AMMAN", wire: "Reuters",
		},
		{
			name:  "place before the author's name",
			in:    "A headline about shelling\n\nGaziantep - Leyla al-Hassan\n\nShelling went on overnight near Gaziantep, residents said.",
			title: "A headline about shelling", dateln: "Gaziantep",
		},
		{
			name:  "a place the story never names again is no dateline",
			in:    "A headline about shelling\n\nGaziantep - Leyla al-Hassan\n\nShelling went on overnight, residents said.",
			title: "A headline about shelling",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseArticle("x", tt.in)
			if a.Title != tt.title || a.Publisher != tt.publisher || a.Dateline != tt.dateln || a.Wire != tt.wire || formatDate(a.Published) != tt.pub {
				t.Errorf("%q:\n\tgot title %q publisher %q dateline %q wire %q published %q\n\twant title %q publisher %q dateline %q wire %q published %q",
					tt.in, a.Title, a.Publisher, a.Dateline, a.Wire, formatDate(a.Published), tt.title, tt.publisher, tt.dateln, tt.wire, tt.pub)
			}
		})
	}
}

// Numbers that count nothing, found on the seventh held-out set, in
// sentences of our own.
func TestExtract_Heldout7Distractors(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "hours spent on the road", body: "The family drove for nine hours before 200 people reached the camp.",
			// people who reached a place arrived there (the pattern for
			// "N reached" once needed "have reached" by mistake)
			want: []wantFact{{value: 200, category: Displaced, unit: "people"}}},
		{name: "time allowed to do something", body: "Tenants were given 24 hours to vacate the building.",
			want: []wantFact{}},
		// Our own heldout/201 counted these days, as heldout7's and
		// heldout13's writers did; of 19 such sentences in the held-out
		// sets since, 18 leave the days out, and heldout/201 now does too.
		{name: "days of shelling are how long it went on", body: "The town was shelled for eight days.",
			want: nil},
	})
}

// Periods found on the seventh held-out set, in sentences of our own.
func TestExtract_Heldout7Periods(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a perfect closed by this month", body: "The ministry says 40 civilians have been killed in the valley this month.", pub: "2021-04-18",
			want: []wantFact{{value: 40, category: Killed, period: "2021-04-01"}}},
		{name: "a past perfect closed by this year starts nothing (155 annotated counts to 6)", body: "He said 25 children had died this year for lack of medicine.", pub: "2021-04-18",
			want: []wantFact{{value: 25, category: Killed, period: "-"}}},
		{name: "this month after a statement verb dates the statement", body: "The agency said this month that 40 civilians were killed in the valley.", pub: "2021-04-18",
			want: []wantFact{{value: 40, category: Killed, period: "-"}}},
		{name: "a stock beside a place opened this month stays undated", body: "The camp, which opened this month, now holds 300 families.", pub: "2021-04-18",
			want: []wantFact{{value: 300, category: Sheltered, unit: "families", period: "-"}}},
	})
}

// Outlet boilerplate found on the seventh held-out set, in articles of our
// own: the publisher describing itself at the foot of the story.
func TestParseArticle_Heldout7SelfDescription(t *testing.T) {
	tests := []struct {
		name, in, body string
	}{
		{
			name: "the outlet describes itself",
			in:   "Levant Daily\n\nFloods hit the camps\n\nThe river rose on Tuesday.\n\nLevant Daily is an independent newspaper read in 12 countries.",
			body: "The river rose on Tuesday.",
		},
		{
			name: "a story sentence about the outlet's subject stays",
			in:   "Levant Daily\n\nFloods hit the camps\n\nThe river rose on Tuesday.\n\nLevant Daily is told that 300 tents were lost.",
			body: "The river rose on Tuesday.\n\nLevant Daily is told that 300 tents were lost.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if a := parseArticle("x", tt.in); a.Body != tt.body {
				t.Errorf("%q:\n\tgot body %q\n\twant %q", tt.in, a.Body, tt.body)
			}
		})
	}
}

// Sources found on the seventh held-out set, in sentences of our own.
func TestExtract_Heldout7Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "the speaker's own staff counted", body: "The Norwegian Refugee Council (NRC) said its teams had registered 2,300 families at the camp.",
			want: []wantFact{{value: 2300, category: Sheltered, unit: "families", source: "NRC"}}},
		{name: "a descriptor for a name with 'and' and an acronym", body: "The Council of Lakes and Hills Region (CLHR) said 5,000 people had fled. The council said 300 families had arrived in the town.",
			want: []wantFact{{value: 5000, category: Displaced, source: "CLHR"}, {value: 300, category: Displaced, unit: "families", source: "CLHR"}}},
		{name: "a counter of its own with no speaker before", body: "Its teams had registered 2,300 families at the camp.",
			want: []wantFact{{value: 2300, category: Sheltered, unit: "families", source: "Its teams"}}},
	})
}
