package corpus

import "testing"

// Layouts found on the sixth held-out set, in articles of our own: an
// organisation's name in mixed case above the headline, header lines with
// no blank line between them, a place in parentheses as the dateline, a
// permalink with no colon and a copyright line that goes on with links.
func TestParseArticle_Heldout6Layouts(t *testing.T) {
	tests := []struct {
		name                          string
		in                            string
		title, publisher, dateln, url string
	}{
		{
			name:      "outlet named again in the text",
			in:        "Relief Watch Global\n\nFloods hit camps in the north\n\nMarch 3, 2021\n\nTHE CITY – Relief Watch Global said today that the river rose.",
			title:     "Floods hit camps in the north",
			publisher: "Relief Watch Global", dateln: "THE CITY",
		},
		{
			name:      "outlet, headline and deck with no blank line",
			in:        "Aid Monitor Network\nCamps Flood as Rain Goes On\nTents Lost Across the Valley\n\nMay 2, 2020\n\nThe Aid Monitor Network counted the damage on Friday.",
			title:     "Camps Flood as Rain Goes On",
			publisher: "Aid Monitor Network",
		},
		{
			name:      "outlet name less a last word",
			in:        "Help the Young International\n\nSchools close in the east\n\nHelp the Young said the schools had shut for the winter.",
			title:     "Schools close in the east",
			publisher: "Help the Young International",
		},
		{
			name:  "a short title-case headline is not an outlet",
			in:    "Winter Comes Early\n\nFamilies burn plastic to keep warm\n\nThe first snow fell on Monday in the hills.",
			title: "Winter Comes Early",
		},
		{
			name:   "place in parentheses before a dash",
			in:     "A headline about shelling\n\n(Amman) – The group said on Tuesday that shelling went on.",
			title:  "A headline about shelling",
			dateln: "Amman",
		},
		{
			name:      "place in parentheses under a deck, share links and a caption",
			in:        "Aid Monitor Network\nCamps Flood as Rain Goes On\nTents Lost Across the Valley\n\nShare this\n\nPrint\n\nA boy wades through water in a camp near the river. © 2020 Photo Agency\n\n(Gaziantep) – Rain flooded 30 camps, the Aid Monitor Network said.",
			title:     "Camps Flood as Rain Goes On",
			publisher: "Aid Monitor Network", dateln: "Gaziantep",
		},
		{
			name:  "a parenthesis that is no place",
			in:    "A headline about shelling\n\n(Updated with figures) – The group said on Tuesday that shelling went on.",
			title: "A headline about shelling",
		},
		{
			name:      "permalink and copyright with links",
			in:        "A headline\n\nThe body sentence is here and says enough.\n\nPermalink https://example.org/p/1x2\n\n© 2020 Example Radio | Legal notice | Contact",
			title:     "A headline",
			publisher: "Example Radio", url: "https://example.org/p/1x2",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseArticle("x", tt.in)
			if a.Title != tt.title || a.Publisher != tt.publisher || a.Dateline != tt.dateln || a.URL != tt.url {
				t.Errorf("%q:\n\tgot title %q publisher %q dateline %q url %q\n\twant title %q publisher %q dateline %q url %q",
					tt.in, a.Title, a.Publisher, a.Dateline, a.URL, tt.title, tt.publisher, tt.dateln, tt.url)
			}
		})
	}
}

// Numbers that count nothing, found on the sixth held-out set, in
// sentences of our own.
func TestExtract_Heldout6Distractors(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an age after a relative's noun", body: "Her elder sister, 15, still lives with 40 other girls in the shelter.",
			want: []wantFact{{value: 40, category: Sheltered}}},
		{name: "an age after a name and was, then when", body: "Samir Aziz was 22 when he reached the island.",
			want: []wantFact{}},
		{name: "a name and was with a count after it stays a count", body: "The toll in Daraa was 22 people by noon.",
			want: []wantFact{{value: 22, category: Killed, unit: "people"}}},
		{name: "some day", body: "\"We will rebuild the house one day,\" the farmer said.",
			want: []wantFact{}},
		{name: "a loose range of times", body: "The family has moved five or six times since the war began.",
			want: []wantFact{}},
		{name: "a number that completes an outlet's name", body: "The mayor told France 24 that 300 families had arrived.",
			want: []wantFact{{value: 300, category: Displaced, unit: "families"}}},
		{name: "a number naming one camp", body: "New arrivals go to Bardarash 2 camp, which holds 9,000 people.",
			want: []wantFact{{value: 9000, category: Sheltered}}},
		{name: "a number of camps stays a count", body: "Aid reached 12 camps near the border.",
			want: []wantFact{{value: 12, category: Other, unit: "camps"}}},
	})
}

// Furniture found on the sixth held-out set, in articles of our own: a
// related-headlines heading alone above its list, "More Reading" lists
// and notes to editors.
func TestParseArticle_Heldout6Furniture(t *testing.T) {
	tests := []struct {
		name, in, body string
	}{
		{
			name: "related heading alone above its list",
			in:   "A headline\n\nThe story says what it says.\n\nRelated content\n\nSyria: 40,000 flee the north 12.03.2020\nTurkey closes a crossing 02.03.2020\n\nDate 14.03.2020",
			body: "The story says what it says.",
		},
		{
			name: "prose after a related heading is kept",
			in:   "A headline\n\nThe story says what it says.\n\nRelated content\n\nThe second part of the story goes on here with more words than a headline.",
			body: "The story says what it says.\n\nThe second part of the story goes on here with more words than a headline.",
		},
		{
			name: "more reading list",
			in:   "A headline\n\nThe story says what it says.\n\nMore Reading\nMay 1, 2020 | Report\nSyria: 600,000 Flee as Fighting Spreads",
			body: "The story says what it says.",
		},
		{
			name: "notes to editors and the organisation's boilerplate",
			in:   "A headline\n\nThe group said it helped 3,000 families.\n\nNotes to editors\n- Interviews on request.\n\nAbout the Group\nThe Group works in 60 countries.",
			body: "The group said it helped 3,000 families.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if a := parseArticle("x", tt.in); a.Body != tt.body {
				t.Errorf("%q:\n\tgot body  %q\n\twant body %q", tt.in, a.Body, tt.body)
			}
		})
	}
}

// Categories found on the sixth held-out set, in sentences of our own.
func TestExtract_Heldout6Categories(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a part set off by commas holding a thousands comma", body: "Some 45,000 people, including about 20,000 children, have fled their villages.",
			want: []wantFact{{value: 45000, category: Displaced, qual: Approx}, {value: 20000, category: Displaced, qual: Approx, unit: "children"}}},
		{name: "a part among the whole that follows", body: "At least 12 women were among the 310 villagers killed in the raid.",
			want: []wantFact{{value: 12, category: Killed, unit: "women"}, {value: 310, category: Killed, unit: "villagers"}}},
		{name: "a part of the whole that follows", body: "The valley is home to about 30,000 of the 200,000 Iraqis registered in the country.",
			want: []wantFact{{value: 30000, category: Refugees, qual: Approx}, {value: 200000, category: Refugees}}},
		{name: "a figure set off by dashes restates the words before", body: "Nearly all of those uprooted – some 80,000 – are women and children.",
			want: []wantFact{{value: 80000, category: Displaced, qual: Approx}}},
		{name: "a quote that opens in a camp", body: "\"At a camp outside the town, we met 75 families sharing one tap,\" the nurse said.",
			want: []wantFact{{value: 75, category: Sheltered, unit: "families"}}},
	})
}

// Sources found on the sixth held-out set, in sentences of our own.
func TestExtract_Heldout6Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a title word before an institution's name", body: "General Intelligence, the country's spy agency, said 900 fighters had been detained.",
			want: []wantFact{{value: 900, category: Other, source: "General Intelligence"}}},
		{name: "a title before a person is still stripped", body: "General Ali Hassan said 300 soldiers had deployed to the town.",
			want: []wantFact{{value: 300, category: Troops, source: "Ali Hassan"}}},
		{name: "an organisation that verified a count", body: "The International Committee of the Red Cross (ICRC) has verified 18 attacks on clinics since May.",
			want: []wantFact{{value: 18, category: Other, source: "ICRC"}}},
		{name: "a survey that found a share", body: "A UNICEF survey found that 40 percent of children in the camps were malnourished.",
			want: []wantFact{{value: 40, category: Other, unit: "percent", source: "UNICEF"}}},
		{name: "a survey with a participle phrase that found a share", body: "A study by the Migration Institute (MI) released in May found that 28% of refugees had jobs.",
			want: []wantFact{{value: 28, category: Other, unit: "percent", source: "MI"}}},
		{name: "the same survey is the one named before", body: "A WFP survey found that 40 percent of families skip meals. About 12 percent eat once a day, according to the same survey.",
			want: []wantFact{{value: 40, category: Other, source: "WFP"}, {value: 12, category: Other, source: "WFP survey"}}},
		{name: "found with a person as subject credits nobody", body: "Rescuers found 12 bodies under the rubble.",
			want: []wantFact{{value: 12, category: Killed, source: "reporter"}}},
	})
}

// A story that quotes its own publisher with "said today" is the
// organisation's release: its unattributed voice is the organisation's.
func TestExtract_Heldout6ReleaseIdiom(t *testing.T) {
	tests := []struct {
		name, publisher, body, want string
	}{
		{"the publisher said today", "Relief Watch",
			"Relief Watch said today that its teams had reached the valley.\n\nSome 2,400 families now live in tents in the valley.", "Relief Watch"},
		{"another organisation said today", "The Daily Planet",
			"Relief Watch said today that its teams had reached the valley.\n\nSome 2,400 families now live in tents in the valley.", "reporter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &Article{Name: "x", Title: "A title", Body: tt.body, Publisher: tt.publisher}
			facts, _ := extract(a)
			if len(facts) != 1 || facts[0].Source != tt.want {
				t.Errorf("publisher %q, %q: got %+v, want one fact from %q", tt.publisher, tt.body, facts, tt.want)
			}
		})
	}
}

// Periods found on the sixth held-out set, in sentences of our own.
func TestExtract_Heldout6Periods(t *testing.T) {
	runExtractCases(t, []extractCase{
		// (Since the tuning on heldout780-783 "this year" starts no count:
		// the writers since give it none, 155 counts to 6.)
		{name: "this year up to a later point", body: "Some 5,200 Iraqis applied for asylum this year up to the end of October.", pub: "2020-11-20",
			want: []wantFact{{value: 5200, category: Other, qual: Approx, period: "-"}}},
		{name: "this year alone after a statement verb stays undated", body: "Officials said this year that 5,200 Iraqis had applied for asylum.", pub: "2020-11-20",
			want: []wantFact{{value: 5200, category: Other, period: "-"}}},
		{name: "the whole of a year", body: "In the whole of 2017, 8,300 Iraqis applied for asylum.", pub: "2020-11-20",
			want: []wantFact{{value: 8300, category: Other, period: "2017-01-01"}}},
		{name: "all of a year", body: "During all of 2016 the ministry registered 950 new arrivals.", pub: "2020-11-20",
			want: []wantFact{{value: 950, category: Refugees, period: "2016-01-01"}}},
		{name: "the first months of a year", body: "The ministry logged 2,700 asylum requests in the first nine months of 2018.", pub: "2020-11-20",
			want: []wantFact{{value: 2700, category: Other, period: "2018-01-01"}}},
		{name: "an event dated in a sentence with no count", body: "Jets have struck the valley daily since the offensive began in early March 2020. Since the offensive began, 3,100 families have fled.", pub: "2020-11-20",
			want: []wantFact{{value: 3100, category: Displaced, period: "2020-03-01"}}},
		{name: "a relative clause about dated events", body: "Monitors counted 30 raids between June 2 and July 20 that killed 240 civilians.", pub: "2020-11-20",
			want: []wantFact{{value: 30, category: Other, period: "2020-06-02"}, {value: 240, category: Killed, period: "2020-06-02"}}},
	})
}

// Speakers found on the sixth held-out set, in sentences of our own.
func TestExtract_Heldout6Speakers(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a pronoun after an adverbial is the whole subject", body: "\"Nobody listens,\" said Mona Saleh, a nurse. \"In a single night in January we counted 85 children with frostbite,\" she said.",
			want: []wantFact{{value: 85, category: Other, source: "Mona Saleh"}}},
		{name: "told an outlet whose name ends in a number", body: "The shelter now holds about 1,200 people, its director Rami Aziz told France 24.",
			want: []wantFact{{value: 1200, category: Sheltered, source: "Rami Aziz"}}},
		{name: "home to after a place and its kind is the reporter's gloss", body: "The council warned that 90,000 people could flee if shelling reaches Maarat city, home to about 150,000 people.",
			want: []wantFact{{value: 90000, category: AtRisk, source: "council"}, {value: 150000, category: Other, source: "reporter"}}},
		{name: "bare officials keep their place", body: "About 2,000 people fled across the river on Sunday, officials in Zakho said.",
			want: []wantFact{{value: 2000, category: Displaced, source: "officials in Zakho"}}},
		{name: "a witness from a town, with an age", body: "A farmer from Kafr Takharim, 51, said 40 families had left the village.",
			want: []wantFact{{value: 40, category: Displaced, source: "farmer from Kafr Takharim"}}},
		{name: "a described official still loses the place", body: "A Kurdish official in Qamishli said 600 families had arrived.",
			want: []wantFact{{value: 600, category: Displaced, source: "Kurdish official"}}},
	})
}
