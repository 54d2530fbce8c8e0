package corpus

import "testing"

// Classes found on the seven-hundred-and-eightieth to seven-hundred-and-
// eighty-third held-out sets, in text of our own.

func TestExtract_Heldout780Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a possessive before a participle is no speaker",
			body: "Its stated aim is a buffer zone some 30 km deep along about 440 km of frontier, Turkish officials say.",
			want: []wantFact{{value: 30, category: Other, source: "Turkish officials"}, {value: 440, category: Other, source: "Turkish officials"}}},
		{name: "a day of the month as an ordinal word",
			body: "About 176,000 people have fled across the region since the ninth of October, the UN says.",
			pub:  "2019-10-16",
			want: []wantFact{{value: 176000, category: Displaced, period: "2019-10-09"}}},
		{name: "\"this year\" sets no start",
			body: "The council has agreed to settle 12 refugees this year, its housing officer said.",
			pub:  "2020-03-02",
			want: []wantFact{{value: 12, category: Refugees, period: "-"}}},
		{name: "the rest of a count told before is its teller's",
			body: "A boy drowned when a boat carrying 31 people overturned off Samos, the coastguard said. The other 30 were brought ashore.",
			want: []wantFact{{value: 31, category: Displaced, source: "coastguard"}, {value: 30, category: Displaced, source: "coastguard"}}},
		{name: "\"while the UN has\" a number registered",
			body: "The government says there are 1.5 million Syrians in the country, while the UN has just under 950,000 registered.",
			want: []wantFact{{value: 1500000, category: Refugees, source: "government"}, {value: 950000, category: Refugees, source: "UN"}}},
		{name: "residents who gathered at a harbour are no people at a border",
			body: "About 150 residents gathered at the small harbour of the village, a local reporter saw.",
			want: []wantFact{{value: 150, category: Other}}},
		{name: "a noun in quotation marks after the figure is its unit",
			body: "The defence ministry said 480 “terrorists” had been “neutralised”.",
			want: []wantFact{{value: 480, category: Other, unit: "terrorists"}}},
	})
}

// An interview under a share bar whose last button is a recording, its
// answers labelled with the surname in capitals.
func TestExtract_Heldout780Interview(t *testing.T) {
	page := "Coast FM\nNews | Podcasts\nHome > News > Interviews\n\"The water came in at night\": a Mombasa nurse in the flooded camps\nPublished: 17/01/2019\nBy the Coast FM News Desk\n" +
		"Share: Facebook | Twitter | WhatsApp | Listen to the full interview (09:12)\n\n" +
		"Storm Norma flooded the camps last week. Amina Wanjiru Otieno, a nurse from Mombasa, spent the week in the Bekaa.\n\n" +
		"COAST FM: What did you see?\n\nOTIENO: In one camp 23 tents had collapsed by morning.\n\n" +
		"COAST FM: And the clinics?\n\nOTIENO: We saw about 300 patients a day.\n\n" +
		"COAST FM: Will you go back?\n\nOTIENO: Yes, in March.\n"
	runSourceCase(t, page, 2, "Amina Wanjiru Otieno")
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout780Guards(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a past tense after its subject still says it",
			body: "The agency reported 300 new arrivals on Monday.",
			want: []wantFact{{value: 300, category: Displaced, source: "agency"}}},
		{name: "\"this month\" still starts a count",
			body: "Fourteen Turkish soldiers have been killed in the province this month, Ankara says.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 14, category: Killed, period: "2020-02-01"}}},
		{name: "\"another\" count is not the rest of one told before",
			body: "About 300 people landed on Chios, the coastguard said. Another 700 soldiers were sent to the land border.",
			want: []wantFact{{value: 300, category: Displaced, source: "coastguard"}, {value: 700, category: Troops, source: "reporter"}}},
		{name: "residents massing near a border crossing are at risk",
			body: "Some 20,000 residents gathered at the border crossing, hoping to flee.",
			want: []wantFact{{value: 20000, category: AtRisk}}},
	})
}
