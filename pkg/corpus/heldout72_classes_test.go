package corpus

import "testing"

// Classes found on the seventy-second and seventy-third held-out sets, in
// text of our own.

func TestExtract_Heldout72Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a dotted clock after 'by' and before a day",
			body: "Officials said 4,100 people had crossed by 9.50 on Monday morning.",
			want: []wantFact{{value: 4100, category: Displaced}}},
		{name: "a body that would take in asylum seekers",
			body: "The Danish government said it would take in 80 asylum seekers from the camp.",
			want: []wantFact{{value: 80, category: Refugees}}},
		{name: "the number of troops put at a range",
			body: "Local media put the number of soldiers now inside the province at between 3,000 and 4,000.",
			want: []wantFact{{value: 3000, category: Troops}}},
		{name: "the number of structures put at a range",
			body: "Aid groups put the number of buildings at between 1,200 and 1,500.",
			want: []wantFact{{value: 1200, category: Other, unit: "buildings"}}},
		{name: "families waiting in the streets",
			body: "\"There are another 400 families waiting in the streets for a room,\" she said.",
			want: []wantFact{{value: 400, category: Unsheltered}}},
		{name: "arrivals a contingency plan assumes",
			body: "She said the contingency plan assumed up to 30,000 arrivals by spring.",
			want: []wantFact{{value: 30000, category: AtRisk}}},
		{name: "departures from a camp to government areas",
			body: "More than 2,000 residents have left for government-held areas since April, the UN said.",
			want: []wantFact{{value: 2000, category: Other}}},
		{name: "detainees who escaped from a camp",
			body: "Dozens of foreign women escaped from the camp's annex on Sunday, officials said.",
			want: []wantFact{{value: 12, category: Other}}},
		{name: "an agency's daily flash update",
			body: "About 9,000 people fled on Monday, according to OCHA's daily flash update.",
			want: []wantFact{{value: 9000, category: Displaced, source: "OCHA"}}},
		{name: "the next sentence names whose estimate it is",
			body: "About 90,000 people have fled since May. That is the latest estimate of the International Organization for Migration.",
			want: []wantFact{{value: 90000, category: Displaced, source: "International Organization for Migration"}}},
	})
}

func TestExtract_Heldout72Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "families registered for departure",
			body: "The camp council gave these figures:\n\n• Families registered for departure: 1,400\n• Families in the camp: 3,000",
			want: []wantFact{{value: 1400, category: Other}, {value: 3000, category: Sheltered}}},
	})
}

func TestParseArticle_Heldout72(t *testing.T) {
	runParseCases(t, []parseCase{
		{name: "a byline naming who wrote and who photographed, then an agency's dateline with a colon",
			in:  "Floods sweep the camps\n\nPublished 12.09.2020 14:05\n\nBy Kari Lunde (text) and Ola Dahl (photo)\n\nMYTILENE (NTB): Heavy rain flooded 300 tents overnight, officials said.\n",
			pub: "2020-09-12", body: "Heavy rain flooded 300 tents overnight, officials said."},
		{name: "a tagline in the outlet's own script under the masthead",
			in:    "Radio Valley\nراديو الوادي — The Voice of the Valley\nHome | News | Live\nLIVE: Floods sweep the camps as 300 tents are lost\nMonday, 17 Feb 2020 - 19:40 (Beirut)\n\nHeavy rain flooded 300 tents overnight, officials said.\n",
			title: "LIVE: Floods sweep the camps as 300 tents are lost", pub: "2020-02-17", body: "Heavy rain flooded 300 tents overnight, officials said."},
		{name: "a share bar with a count of postings",
			in:  "Floods sweep the camps\n\n17 February 2020\n\nShare | Tweet | E-Mail | Postings (1.204)\n\nHeavy rain flooded 300 tents overnight, officials said.\n",
			pub: "2020-02-17", body: "Heavy rain flooded 300 tents overnight, officials said."},
		{name: "a related link in Norwegian",
			in:  "Floods sweep the camps\n\n17 February 2020\n\nHeavy rain flooded 300 tents overnight, officials said.\n\nLes også: 50 from the camp – \"a drop in the ocean\"\n",
			pub: "2020-02-17", body: "Heavy rain flooded 300 tents overnight, officials said."},
	})
}
