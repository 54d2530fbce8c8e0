package corpus

import "testing"

// Classes found on the hundred-and-sixtieth to hundred-and-sixty-third
// held-out sets, in text of our own.

func TestExtract_Heldout160Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "thousands grouped by plain spaces",
			body: "Nearly 450 000 people have fled since March, the agency said. The army has sent more than 3 000 soldiers to the border.",
			want: []wantFact{{value: 450000, category: Displaced, qual: Approx}, {value: 3000, category: Troops, qual: AtLeast}}},
		{name: "a text with comma thousands keeps a plain space apart",
			body: "About 2,500 people fled on Monday. In 2019 300 families returned, officials said.",
			want: []wantFact{{value: 2500, category: Displaced, qual: Approx}, {value: 300, category: Other}}},
		{name: "a count that points back to the total given before",
			body: "Jordan hosts about 650,000 Syrians. Of the 650,000, roughly 80,000 live in camps.",
			want: []wantFact{{value: 650000, category: Refugees, qual: Approx}, {value: 80000, category: Sheltered, qual: Approx}}},
		{name: "a temperature below zero in words",
			body: "When the storm came it was minus twelve at night in the camps.",
			want: nil},
		{name: "the number of a day",
			body: "Day 9 of the offensive.",
			want: nil},
		{name: "an outlet's web address",
			body: "Gazeta.kg reached her by phone. 24.kg: How many families are left?",
			want: nil},
		{name: "kuna are money",
			body: "The government pledged 2 million kuna to UN agencies.",
			want: nil},
		{name: "people cut off from water",
			body: "Cut off from water in and around the city: about 200,000",
			want: []wantFact{{value: 200000, category: Other, qual: Approx}}},
		{name: "families a family shares a room with",
			body: "He now shares a classroom with four other families.",
			want: []wantFact{{value: 4, category: Other}}},
		{name: "a city's swollen population",
			body: "If the advance reaches the city, whose population has swollen to around 500,000, many more could flee.",
			want: []wantFact{{value: 500000, category: Other, qual: Approx}}},
		{name: "a school that took people in shelters them",
			body: "A school in the village opened its classrooms and took in about 250 people overnight.",
			want: []wantFact{{value: 250, category: Sheltered, qual: Approx}}},
		{name: "officials bracing for arrivals",
			body: "Officials said they were bracing for as many as 20,000 new arrivals before the winter.",
			want: []wantFact{{value: 20000, category: AtRisk, qual: AtMost}}},
		{name: "people driven towards a border fled",
			body: "The offensive has driven some 300,000 people towards the border since January.",
			want: []wantFact{{value: 300000, category: Displaced, qual: Approx}}},
		{name: "the return of refugees",
			body: "The agency says it has organised the return of about 9,000 refugees in bus convoys.",
			want: []wantFact{{value: 9000, category: Other, qual: Approx}}},
		{name: "a centre for a number of people is room",
			body: "The plan foresees a closed centre on Samos for up to 3,000 people.",
			want: []wantFact{{value: 3000, category: Other, qual: AtMost}}},
		{name: "families who moved in with relatives",
			body: "We have counted at least 120 families who moved in with relatives in other settlements.",
			want: []wantFact{{value: 120, category: Displaced, qual: AtLeast}}},
	})
}

func TestExtract_Heldout160Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Romanian related lines and a Portuguese subscription line",
			body: "About 300 tents flooded overnight.\n\nCitiți și: 7 ani de război\nAssine o Jornal: 1.200 MT por mês.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
		{name: "address lines with a telephone",
			body: "About 300 tents flooded overnight.\n\nThe Daily Courier · 14 Harbour Road, Port Town · Tel. 555 0199\nCourier news agency · 720040, Bishkek, 12 Main Street · +996 312 66 01 01\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
		{name: "a time zone after a date line is no telephone",
			body: "About 300 tents flooded overnight.\n\nFirst published: 2020-03-01T09:12+02:00 | Last update: 2020-03-01T21:47+02:00 | 40 shares\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout160Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Czech date in the genitive",
			page: "Prague Weekly\nRain floods hundreds of tents in camps near the border\nZveřejněno: 9. září 2020, 07:55\n", published: "2020-09-09"},
		{name: "a Vietnamese weekday before a numeric date",
			page: "Saigon Daily\nRain floods hundreds of tents in camps near the border\nThứ Sáu, 18/10/2019 16:20 (GMT+7)\n", published: "2019-10-18"},
		{name: "a Portuguese abbreviated October",
			page: "Jornal do Sul\nRain floods hundreds of tents in camps near the border\n23 Out 2019 - 08:17\n", published: "2019-10-23"},
		{name: "an outlet's staff with an agency",
			page: "Prague Weekly\nRain floods hundreds of tents in camps near the border\nMarch 2, 2020\nPrague Weekly Staff, with ČTK\n", wire: "ČTK"},
		{name: "a Spanish agency's dateline with the country in brackets",
			page: "Diario del Caribe\nRain floods hundreds of tents in camps near the border\nMarch 2, 2020\n\nMytilene (Greece), Mar 2 (EFE).- About 300 tents flooded in the camp overnight, officials said.\n",
			wire: "EFE"},
	})
}

// "Broke out in March" names no October.
func TestExtract_OutIsNoMonth(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "since a war broke out",
			body: "Some 6 million people have been displaced since the war broke out in March 2011.", pub: "2018-07-09",
			want: []wantFact{{value: 6e6, category: Displaced, qual: Approx, period: "2011-03-01"}}},
	})
}
