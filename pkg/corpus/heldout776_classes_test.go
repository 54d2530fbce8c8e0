package corpus

import "testing"

// Classes found on the seven-hundred-and-seventy-sixth to seven-
// hundred-and-seventy-ninth held-out sets, in text of our own.

func TestExtract_Heldout776Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "an offensive launched on a date put first",
			body: "On October 9, Turkey launched its offensive against the Kurdish-led militia.\n\nThe UN says at least 160,000 people have fled their homes since the offensive began.",
			pub:  "2019-10-16",
			want: []wantFact{{value: 160000, category: Displaced, period: "2019-10-09"}}},
		{name: "an operation launched a week ago, on a date",
			body: "A week ago, on October 9, Ankara launched what it calls Operation Peace Spring.\n\nSome 130,000 people have been uprooted since the offensive began, OCHA says.",
			pub:  "2019-10-16",
			want: []wantFact{{value: 130000, category: Displaced, period: "2019-10-09"}}},
		{name: "a relative clause set off by commas ends with the aside",
			body: "Lebanon, which says it hosts some 1.5 million refugees, among them 950,000 registered Syrians, said on Monday it would soon send many of them back.",
			want: []wantFact{{value: 1500000, category: Refugees}, {value: 950000, category: Refugees}}},
		{name: "a description given an acronym is the acronym after",
			body: "The camp holds more than 19,000 people, according to the UN refugee agency UNHCR.\n\nThe UN refugee agency said 4,500 people had landed since Sunday.",
			want: []wantFact{{value: 19000, category: Sheltered, source: "UNHCR"}, {value: 4500, category: Displaced, source: "UNHCR"}}},
		{name: "a speaker after \"said\" that opens with an article",
			body: "About 40 families were sleeping in the mosque, said a local official.",
			want: []wantFact{{value: 40, category: Sheltered, source: "local official"}}},
		{name: "a speaker after \"said\" described by a relative clause",
			body: "About 40 families were sleeping in the mosque, said an official who spoke on condition of anonymity.",
			want: []wantFact{{value: 40, category: Sheltered, source: "official"}}},
		{name: "\"the kingdom\" is the kingdom named before, not the nearest country",
			body: "Jordan has shut its border. Government forces in Syria pressed on.\n\nSpokeswoman Dana Haddad said, adding that the kingdom, which already hosts about 1.3 million Syrians, could take no more.",
			want: []wantFact{{value: 1300000, category: Refugees, location: "Jordan", source: "Dana Haddad"}}},
		{name: "\"the kingdom says\": the kingdom named before, by its demonym",
			body: "Jordanian troops closed the road. Syrian families kept coming.\n\nThe kingdom says it hosts about 1.3 million Syrians.",
			want: []wantFact{{value: 1300000, category: Refugees, source: "Jordan"}}},
		{name: "\"more like\" hedges the figure",
			body: "The government says the real figure is more like 1.5 million.",
			want: []wantFact{{value: 1500000, category: Refugees, qual: Approx}}},
		{name: "\"since\" after a superlative compares, it starts nothing",
			body: "The agency said 59,700 people reached the islands by sea in 2019, the highest number since 2015, and that more than 1,200 had landed since the start of February.",
			pub:  "2020-02-10",
			want: []wantFact{{value: 59700, category: Displaced, period: "-"}, {value: 1200, category: Displaced, period: "2020-02-01"}}},
		{name: "a figure inside the clause \"since\" opens counts from no start",
			body: "Jordan has kept the crossing closed since a car bomb killed seven of its soldiers in 2016.",
			pub:  "2018-07-02",
			want: []wantFact{{value: 7, category: Killed, period: "-"}}},
		{name: "more to come after a dated count",
			body: "Crews had put up 640 tents since Sunday and said another 1,500 would be needed.",
			pub:  "2020-03-02",
			want: []wantFact{{value: 640, category: Other, period: "2020-03-01"}, {value: 1500, category: Other, period: "-"}}},
		{name: "a Nynorsk related line over the footer",
			body: "About 300 tents flooded overnight, the council said.\n\nLes meir: Valley poll: 3 of 4 residents would take in more refugees. The parish resettled 24 Syrians last year.",
			want: []wantFact{{value: 300, category: Other}}},
		{name: "an Irish related line",
			body: "About 300 tents flooded overnight, the council said.\n\nLéigh freisin: Relief group: 3 of 4 households gave to the appeal. 10 days of events for refugees begin on Friday.",
			want: []wantFact{{value: 300, category: Other}}},
		{name: "an Icelandic related line",
			body: "About 300 tents flooded overnight, the council said.\n\nTengt efni: Town raised 2.3 million kronur for 40 Syrian children in 2016.",
			want: []wantFact{{value: 300, category: Other}}},
		{name: "a fact-checker's line of its other checks",
			body: "About 300 tents flooded overnight, the council said.\n\nRelated fact-checks: Video of 3,000 people at the fence was filmed in 2015.",
			want: []wantFact{{value: 300, category: Other}}},
	})
}

// Headers found on the same sets, in pages of our own.
func TestParseArticle_Heldout776Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a hyphenated masthead over its address and a tagline",
			page:      "Valley Times-Courier\nValleyTC.com | Part of the Riverside Network\nNews | Sports | Opinion\nHome › News › World\nFloods reach the camps as the river rises\nPublished 9:10 a.m. ET Feb. 3, 2020\n",
			publisher: "Valley Times-Courier"},
		{name: "a copyright line that gives the site's address",
			page:      "Floods reach the camps\nFeb. 3, 2020\n\nAbout 300 tents flooded overnight, the council said.\n\n© 2020 www.valleytc.com. All rights reserved.\n",
			publisher: "valleytc.com"},
		{name: "a Finnish byline label over the paper and its wire",
			page:      "Pohjolan Sanomat\nTulvat yltävät leireihin\nJulkaistu 2020-02-03 08:47\nTeksti: Pohjolan Sanomat / STT\n",
			publisher: "Pohjolan Sanomat", wire: "STT"},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout776Guards(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a date put first before a long subject with commas dates no launch",
			body: "On October 9, after weeks of warnings from Washington, Ankara and Moscow, Turkey launched its offensive.\n\nSome 130,000 people have fled since the offensive began, OCHA says.",
			pub:  "2019-10-16",
			want: []wantFact{{value: 130000, category: Displaced, period: "-"}}},
		{name: "a clause that \"that\" opens inside a relative clause keeps its verb",
			body: "Ted Nolan, the agency's regional director, who added that at least seven children, including a baby, had died of the cold.",
			want: []wantFact{{value: 7, category: Killed}}},
		{name: "a description given its acronym only after it keeps its words",
			body: "The UN refugee agency said 4,500 people had landed since Sunday.\n\nThe camp holds more than 19,000 people, according to the UN refugee agency (UNHCR).",
			want: []wantFact{{value: 4500, category: Displaced, source: "UN refugee agency"}, {value: 19000, category: Sheltered, source: "UNHCR"}}},
		{name: "\"saying\" before a count of people is no speaker",
			body: "The UN appealed for a ceasefire on Friday, saying the number of people who have fled had passed 900,000.",
			want: []wantFact{{value: 900000, category: Displaced, source: "UN"}}},
		{name: "an aside after a host that opens with no article is still skipped",
			body: "Arsal, close to the Syrian border, is home to some 60,000 Syrians.",
			want: []wantFact{{value: 60000, category: Refugees, location: "Arsal"}}},
		{name: "a date after \"since\" opens no clause the figure is in",
			body: "Since Wednesday shelling has killed 38 civilians across the region, the council said.",
			pub:  "2019-10-13",
			want: []wantFact{{value: 38, category: Killed, period: "2019-10-09"}}},
		{name: "\"another\" after an opening \"since\" keeps its start",
			body: "Since Monday alone, another 48,000 people have fled.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 48000, category: Displaced, period: "2020-02-17"}}},
		{name: "a paragraph that opens with a name like the Bokmål label stays",
			body: "Les Mercer, a volunteer, said 300 families had come.",
			want: []wantFact{{value: 300, category: Displaced}}},
	})
}
