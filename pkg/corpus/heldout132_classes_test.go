package corpus

import "testing"

// Classes found on the hundred-and-thirty-second to hundred-and-thirty-fifth
// held-out sets, in text of our own.

func TestExtract_Heldout132Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "more of the same troops, the noun left out",
			body: "The army sent a further 300 soldiers to the river, on top of the roughly 900 already stationed there.",
			want: []wantFact{{value: 300, category: Troops}, {value: 900, category: Troops, qual: Approx}}},
		{name: "on top of a count with a noun of its own",
			body: "The army sent 300 soldiers and 20 trucks, on top of the 900 troops already there.",
			want: []wantFact{{value: 300, category: Troops}, {value: 20, category: Other}, {value: 900, category: Troops}}},
		{name: "a restatement skips a place's population",
			body: "The agency has registered about 400,000 Syrians in Armenia, a country of about 3 million people. The government says the real number is closer to 600,000.",
			want: []wantFact{{value: 400000, category: Refugees, qual: Approx}, {value: 3000000, category: Other, qual: Approx},
				{value: 600000, category: Refugees, qual: Approx}}},
		{name: "a count with -plus before its noun",
			body: "Most families live in the region's 2,000-plus informal settlements.",
			want: []wantFact{{value: 2000, category: Other, qual: AtLeast, unit: "settlements"}}},
		{name: "a building made for fewer people is a capacity",
			body: "\"We are 120 people in a hall made for 60 pupils.\"",
			want: []wantFact{{value: 120, category: Sheltered}, {value: 60, category: Other}}},
		{name: "a camp that has residents holds them",
			body: "The Azraq camp, opened in 2014, now has 36,000 residents.",
			want: []wantFact{{value: 36000, category: Sheltered}}},
		{name: "aid that may be cut counts its recipients",
			body: "The agency warned it could be forced to cut cash assistance to some 50,000 refugees from May.",
			want: []wantFact{{value: 50000, category: Other, qual: Approx}}},
		{name: "relatives killed are deaths",
			body: "He said three of his cousins had been killed in a strike on the village.",
			want: []wantFact{{value: 3, category: Killed}}},
		{name: "a time clause after the figure says nothing of it",
			body: "\"Two of my nephews have been coughing since the day we arrived.\"",
			want: []wantFact{{value: 2, category: Other}}},
		{name: "a planned resettlement is no count of people moved",
			body: "He said up to one million Syrians now living in Turkey could be resettled in the zone.",
			want: []wantFact{{value: 1000000, category: Other, qual: AtMost}}},
		{name: "nights someone slept somewhere",
			body: "\"We slept three nights in the car before the school opened,\" she said.",
			want: nil},
		{name: "a second predicate with its auxiliary shares the first one's period",
			pub:  "2020-03-03",
			body: "Police said they had stopped 3,100 attempts to cross in the past 24 hours and had detained 27 people.",
			want: []wantFact{{value: 3100, category: Other, period: "2020-03-02"}, {value: 27, category: Other, period: "2020-03-02"}}},
		{name: "a minister of state's portfolio is no part of the name",
			body: "Minister of State for Displaced Affairs Karim Nassar said 9,000 people had gone home.",
			want: []wantFact{{value: 9000, category: Other, source: "Karim Nassar"}}},
	})
}

func TestExtract_Heldout132Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a table of destinations counts people who went there",
			body: "The agency gave this breakdown:\n\nDestination          People\nRiver Town           about 12\u00a0000\nHill Village         3,400\n",
			want: []wantFact{{value: 12000, category: Displaced, qual: Approx}, {value: 3400, category: Displaced}}},
		{name: "a section's link lines under the story",
			body: "About 300 tents flooded overnight.\n\nMore from World News: 14 hurt as storm hits the coast\nMore from World News: Camp school reopens for 600 pupils\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestParseArticle_Heldout132Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Turkish date with its weekday and update time", page: "Floods sweep the camps\n29 Şubat 2020 Cumartesi, 23:10 (Güncelleme: 23:52)\n", published: "2020-02-29"},
		{name: "an outlet and its agency before a pipe", page: "Floods sweep the camps\nValley Courier English with DHA | Translated from Turkish\n", wire: "DHA"},
		{name: "a desk and its agency before a pipe", page: "Floods sweep the camps\nValley World Desk, with IRNA | Translated from Persian\n", wire: "IRNA"},
		{name: "a desk, a pipe, then its agency", page: "Floods sweep the camps\nValley World Desk | With Reuters\n", wire: "Reuters"},
	})
}

func TestExtract_Heldout132Interviews(t *testing.T) {
	// "GAD:" answers for "Grace Ajak Deng", who spoke to the outlet.
	a := parseArticle("t", "VALLEY RADIO\nHome > Interviews\nA doctor on the camps\nBy Jo Park\n\n"+
		"Amina Said Noor, a doctor who runs a clinic, spoke to Valley Radio by phone.\n\nVR: How many people do you see?\n\n"+
		"ASN: We see about 400 people a day.\n\nVR: What do they need?\n\nASN: Blankets for 300 families.\n")
	checkSources(t, a, "Amina Said Noor", "Amina Said Noor")
}

// Time spans and ages that the tuned sets' annotators agree count nothing,
// found by reading every extra figure across them.
func TestExtract_TimeSpansAcrossSets(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "days into an offensive is a moment",
			body: "Six days into the offensive, the clinic had treated 40 patients.",
			want: []wantFact{{value: 40, category: Other}}},
		{name: "years into a war count the war's years",
			body: "Ten years into the war, the town is empty.",
			want: []wantFact{{value: 10, category: Other, unit: "years"}}},
		{name: "winters after an event is a moment",
			body: "Five winters after the first families arrived, the camp is a town.",
			want: nil},
		{name: "winters lived through somewhere",
			body: "Umm Ali has lived through three winters in a tent with her four children.",
			want: []wantFact{{value: 4, category: Other}}},
		{name: "a baby's age in months",
			body: "At least four children, including a baby of eight months, died of the cold.",
			want: []wantFact{{value: 4, category: Killed, qual: AtLeast}}},
		{name: "in just a few days is a span",
			body: "In just three days this week, 9,000 people fled, the office said.",
			want: []wantFact{{value: 9000, category: Displaced}}},
	})
}
