package corpus

import "testing"

// Classes found on the six-hundred-and-sixty-eighth to six-hundred-and-
// seventy-first held-out sets, in text of our own.

func TestExtract_Heldout668Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a figure in a clause joined after a closed statement",
			body: "Some 4,000 tents in the valley are flooded, local officials say, and up to 9,000 children could lose their school places, UNICEF warned.",
			want: []wantFact{{value: 4000, category: Other, unit: "tents", source: "local officials"},
				{value: 9000, category: AtRisk, qual: AtMost, unit: "children", source: "UNICEF"}}},
		{name: "a name with a particle before an age",
			body: "Anouk van Dijk, 31, a midwife from Utrecht who has worked on Samos since May, said the clinic was full. “Last night about 70 people came ashore near the harbour,” she said.",
			want: []wantFact{{value: 70, category: Displaced, qual: Approx, unit: "people", source: "Anouk van Dijk"}}},
		{name: "a source's own estimate after a possessive is a noun",
			body: "The UN refugee agency put its own estimate higher, at some 61,000, but said the count was incomplete.",
			want: []wantFact{{value: 61000, category: Other, qual: Approx, source: "UN refugee agency"}}},
		{name: "a portfolio word opening an institution's name",
			body: "The Asylum Seeker Welcome Centre says it has fielded about 60 calls this week.",
			want: []wantFact{{value: 60, category: Other, qual: Approx, unit: "calls", source: "Asylum Seeker Welcome Centre"}}},
		{name: "a source that raised its estimate",
			body: "The UN humanitarian office raised its estimate of the number displaced in the south to 180,000 people, up from 120,000 on Monday.",
			want: []wantFact{{value: 180000, category: Displaced, qual: Exact, unit: "people", source: "UN humanitarian office"},
				{value: 120000, category: Displaced, qual: Exact, source: "UN humanitarian office"}}},
		{name: "a name before two appositions",
			body: "Karim Haddad, a coordinator with the Northern Response Network, a group that tracks movements across the region, said 9,000 people had fled.",
			want: []wantFact{{value: 9000, category: Displaced, qual: Exact, unit: "people", source: "Karim Haddad"}}},
		{name: "he stands for a police officer",
			body: "A dinghy carrying 38 people reached the beach at dawn, a coast guard officer told reporters. Six were children, he said.",
			want: []wantFact{{value: 38, category: Displaced, qual: Exact, unit: "people", source: "coast guard officer"},
				{value: 6, category: Displaced, qual: Exact, unit: "children", source: "coast guard officer"}}},
		{name: "early before a time is no noun",
			body: "The governor's office said the shelling had killed one man and wounded four more late on Tuesday.",
			want: []wantFact{{value: 1, category: Killed, qual: Exact, unit: "man"},
				{value: 4, category: Other, qual: Exact, unit: "man"}}},
		{name: "wounded before a demonym",
			body: "The army said it had let 31 wounded Iraqis across for treatment.",
			want: []wantFact{{value: 31, category: Other, qual: Exact, unit: "Iraqis", source: "army"}}},
		{name: "the displaced are no part of the dead before them",
			body: "The office said at least 140 civilians had been killed since March 2, including 35 children.\n\nSome 60,000 of the displaced are sleeping under trees, the UN estimates.",
			want: []wantFact{{value: 140, category: Killed, qual: AtLeast, unit: "civilians"},
				{value: 35, category: Killed, qual: Exact, unit: "children"},
				{value: 60000, category: Unsheltered, qual: Approx, unit: "people", source: "UN"}}},
		{name: "of whom before a figure",
			body: "The government says the country hosts around 2.1 million Syrians, of whom roughly 840,000 are registered with UNHCR.",
			want: []wantFact{{value: 2.1e6, category: Refugees, qual: Approx, unit: "Syrians"},
				{value: 840000, category: Refugees, qual: Approx, unit: "Syrians"}}},
		{name: "a direction aside before the period",
			body: "He said 12,000 people had reached the area around Sarmada, west of Aleppo, in the past week.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 12000, category: Displaced, qual: Exact, unit: "people", period: "2020-02-13"}}},
		{name: "since the offensive began, dated as the fighting",
			body: "The monitor says at least 90 civilians have been killed since the fighting began on July 4.\n\nThe UN says more than 200,000 people have fled their homes since the offensive began.",
			pub:  "2018-07-20",
			want: []wantFact{{value: 90, category: Killed, qual: AtLeast, unit: "civilians", period: "2018-07-04"},
				{value: 200000, category: Displaced, qual: AtLeast, unit: "people", period: "2018-07-04"}}},
		{name: "a second verb of the same subject shares the span",
			body: "Police said they had stopped 5,200 attempts to cross the river in the 24 hours to 6 a.m. on Friday and arrested 41 people.",
			pub:  "2020-03-07",
			want: []wantFact{{value: 5200, category: Other, qual: Exact, unit: "attempts", period: "2020-03-05"},
				{value: 41, category: Other, qual: Exact, unit: "people", period: "2020-03-05"}}},
		{name: "the diocese named before",
			body: "About 150 Christian families fled the town, the Armenian Catholic Diocese of Aleppo said. The diocese said it had sent 1,500 blankets.",
			want: []wantFact{{value: 150, category: Displaced, qual: Approx, unit: "families", source: "Armenian Catholic Diocese of Aleppo"},
				{value: 1500, category: Other, qual: Exact, unit: "blankets", source: "Armenian Catholic Diocese of Aleppo"}}},
		{name: "several dozen",
			body: "Camp staff told us there are still several dozen Uzbek families in the annex.",
			want: []wantFact{{value: 12, category: Sheltered, qual: AtLeast, unit: "families"}}},
		{name: "nights before is a time",
			body: "Three nights before it was about 2,100, the busiest night so far.",
			want: []wantFact{{value: 2100, category: Other, qual: Approx}}},
		{name: "a duration with its verb left out",
			body: "Nine sponsor groups in the town are still waiting for families, some of them for more than three years.",
			want: []wantFact{{value: 9, category: Other, qual: Exact, unit: "groups"}}},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout668Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "early before a noun modifies it",
			body: "Some 2,000 early arrivals were moved to a school.",
			want: []wantFact{{value: 2000, category: Sheltered, qual: Approx, unit: "arrivals"}}},
		{name: "a part of the displaced its predicate names",
			body: "The office said at least 140 civilians had been killed since March 2, including 35 children.\n\nAbout 60,000 of the displaced are children, UNICEF says.",
			want: []wantFact{{value: 140, category: Killed, qual: AtLeast, unit: "civilians"},
				{value: 35, category: Killed, qual: Exact, unit: "children"},
				{value: 60000, category: Displaced, qual: Approx, unit: "children", source: "UNICEF"}}},
		{name: "a joined clause with no speaker of its own",
			body: "Some 4,000 tents in the valley are flooded, local officials say, and up to 9,000 children could lose their school places.",
			want: []wantFact{{value: 4000, category: Other, unit: "tents", source: "local officials"},
				{value: 9000, category: AtRisk, qual: AtMost, unit: "children", source: "local officials"}}},
	})
}

func TestLocation_Heldout668Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a faith before town is no place",
			body: "Zahra, a mostly Shia town of about 30,000 people, has opened its schools to the newcomers.",
			want: []wantFact{{value: 30000, category: Other, qual: Approx, unit: "people", location: "-"}}},
		{name: "people after to are no place",
			body: "Turkey has issued more than 60,000 work permits to Syrians since 2016.",
			want: []wantFact{{value: 60000, category: Other, qual: AtLeast, unit: "permits", location: "Turkey"}}},
	})
}

func TestHeader_Heldout668Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Turkish masthead in capitals signed in mixed case",
			page:      "ESKİŞEHİR IŞIK\nEskişehir’in gazetesi\nAnasayfa | Dünya | Spor\nThousands wait at the border\n04.03.2020 09:12\nDerleyen: Eskişehir Işık Dış Haberler Masası\n\nAbout 300 people waited at the crossing on Tuesday, officials said.\n\nİlgili: Sınırda 3. gün\n",
			publisher: "Eskişehir Işık"},
		{name: "a Cyrillic masthead its address shortens",
			page:      "ЮЖНАЯ ПРАВДА\nОбщественно-политическая газета\nГлавная | Мир | English\nThousands flee the offensive\n17 октября 2019, 10:05\n\nAbout 300 families arrived on Monday, officials said.\n\nOriginal url: https://www.yuzhpravda.kz/en/world/thousands-flee\n",
			publisher: "Yuzhnaya Pravda"},
		{name: "a station's news collective with the wire",
			page: "5KA\n98.1 FM · Community Radio Adelaide\nListen | News | Donate\nThousands wait at the border\nThursday 5 March 2020\n5KA News Collective, with Reuters\n\nAbout 300 people waited at the crossing on Wednesday, officials said.\n",
			wire: "Reuters"},
	})
}

func TestSource_Heldout668Classes(t *testing.T) {
	// "Yesterday I registered": the adverb opens the sentence; "I" is
	// the speaker of the turn.
	runSourceCase(t, "Valley Radio\nA headline about the camp\nMarch 3, 2020\n\nNasser Hamdan, who grew up in the town, runs the reception point at the camp.\n\nValley Radio: Who is arriving?\n\nHamdan: Mostly families from the east. Yesterday I registered a farmer, 64 years old, who came with his 9 grandchildren.\n\nValley Radio: What do they need?\n\nHamdan: Blankets, mostly, and milk for the babies.\n", 1, "Nasser Hamdan")
}
