package corpus

import "testing"

// Classes found on the hundred-and-ninety-sixth to hundred-and-ninety-
// ninth held-out sets, in text of our own.

func TestExtract_Heldout196Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "how often something was heard",
			body: "I cannot prove those stories, but I was told them dozens of times.",
			want: nil},
		{name: "a ratio of two to one",
			body: "In some villages the refugees outnumber their hosts almost three to one.",
			want: nil},
		{name: "an age limit with no noun",
			body: "Nearly half of the displaced under 18, the agency said.",
			want: []wantFact{{value: 50, category: Other, qual: Approx}}},
		{name: "millions coming",
			body: "\"Millions are coming, and Europe will have to share the load,\" the minister said.",
			want: []wantFact{{value: 1000000, category: AtRisk, qual: AtLeast}}},
		{name: "families who packed up and left",
			body: "Dozens of families have already packed up and left for Tripoli.",
			want: []wantFact{{value: 12, category: Displaced, qual: AtLeast}}},
		{name: "a crowd at a rally",
			body: "Police put the crowd at a rally in Chios's main square at between 1,000 and 1,500 people.",
			want: []wantFact{{value: 1000, category: Other, qual: Range}}},
		{name: "asylum seekers stuck on islands",
			body: "Some 38,000 asylum seekers are now stuck on the Greek islands.",
			want: []wantFact{{value: 38000, category: Refugees, qual: Approx}}},
		{name: "residents of camps in a list, with their capacity",
			body: "The ministry gave these figures for the island camps:\n\n- Vathy, Samos: 6,900 residents (capacity 650)\n- Vial, Chios: 5,100 residents (capacity 1,000)\n",
			want: []wantFact{{value: 6900, category: Sheltered}, {value: 650, category: Other}, {value: 5100, category: Sheltered}, {value: 1000, category: Other}}},
		{name: "a count in millions restates the count of its size, not the part after it",
			body: "OCHA says 900,000 people have fled since December. Some 80,000 of them sleep outdoors.\n\nAn aid group put the figure higher, at more than a million.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 900000, category: Displaced}, {value: 80000, category: Unsheltered, qual: Approx}, {value: 1000000, category: Displaced, qual: AtLeast}}},
		{name: "the real number above a figure",
			body: "The UN said at least 200,000 people had fled the province. Activists said the real number was above 250,000.",
			want: []wantFact{{value: 200000, category: Displaced, qual: AtLeast}, {value: 250000, category: Displaced, qual: AtLeast}}},
		{name: "a camp named as a site",
			body: "Vathy, a site built for about 650 people, now holds 6,000. There are more than 400 unaccompanied children in Vathy.",
			want: []wantFact{{value: 650, category: Other, qual: Approx}, {value: 6000, category: Sheltered}, {value: 400, category: Sheltered, qual: AtLeast}}},
		{name: "a bare count opening the sentence after soldiers",
			body: "Paris, which had about 600 soldiers in the region, is pulling most of them out. About 100 will stay to train local forces, officials said.",
			want: []wantFact{{value: 600, category: Troops, qual: Approx}, {value: 100, category: Troops, qual: Approx}}},
		{name: "a source after a time, with its article",
			body: "On Monday the Lebanese army said it had sent 14 trucks of food to the border.",
			want: []wantFact{{value: 14, category: Other, source: "Lebanese army"}}},
		{name: "a source with here",
			body: "Officials here say around 30 boats have reached the island since January.",
			want: []wantFact{{value: 30, category: Other, qual: Approx, source: "Officials"}}},
		{name: "a list an office listed",
			body: "The U.N. humanitarian office (OCHA) listed these figures for the province on Sunday:\n\n• at least 11 hospitals out of service\n• 25 trucks of aid waiting at the border\n",
			want: []wantFact{{value: 11, category: Other, qual: AtLeast, source: "OCHA"}, {value: 25, category: Other, source: "OCHA"}}},
		{name: "a list from groups named in lower case",
			body: "Figures from aid agencies, as of Monday evening:\n\n• Tents flooded in the camps: about 900\n",
			want: []wantFact{{value: 900, category: Other, qual: Approx, source: "aid agencies"}}},
	})
}

func TestExtract_Heldout196Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a subscription in FCFA",
			body: "About 300 tents flooded overnight.\n\nApoye el periodismo independiente: suscríbase desde 3.000 FCFA al mes.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout196Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Portuguese date line shaped like a dateline, under a tagline",
			page: "O SOL\nO semanário independente das ilhas\nInício | Sociedade | Mundo\nInício » Mundo » Europa\nRain floods hundreds of tents in camps near the border\n" +
				"Segunda-feira, 2 de Março de 2020 – 11:27\nPor Lusa | Tradução: Redacção O Sol\nPartilhar: Facebook | Twitter\n", published: "2020-03-02", wire: "Lusa"},
		{name: "an acronym tagline under the name it stands for",
			page: "Adriatic Regional News Agency\nARNA – Adriatic news in English\nHome | Croatia | Albania | Live\nHome › Croatia › Live\nRain floods hundreds of tents in camps near the border\n" +
				"Wed, 04/03/2020 - 22:40 | By ARNA Newsroom, with ANA-MPA\nShare: Facebook | Twitter\n", published: "2020-03-04", wire: "ANA-MPA"},
		{name: "a Kyrgyz date",
			page: "Tien Shan Daily\nRain floods hundreds of tents in camps near the border\nЖума, 13-сентябрь, 2019 | 11:05\n", published: "2019-09-13"},
	})
}
