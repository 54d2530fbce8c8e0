package corpus

import "testing"

// Classes found on the five-hundred-and-fourth to five-hundred-and-
// seventh held-out sets, in text of our own.

func TestExtract_Heldout504Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a night in the open on one side of a border",
			body: "At Ipsala, on the Turkish side, hundreds of people spent a third night in the open.",
			want: []wantFact{{value: 100, category: AtRisk, qual: AtLeast}}},
		{name: "families a relief group registered",
			body: "The Red Crescent said it had registered 9,000 families there by Sunday night.",
			want: []wantFact{{value: 9000, category: Displaced}}},
		{name: "people registered in a town",
			body: "Since the first families came on October 14, we have registered 4,210 people in Zakho.",
			want: []wantFact{{value: 4210, category: Displaced}}},
		{name: "families registered in schools",
			body: "Since Friday we have registered about 700 families in 12 schools across the town.",
			want: []wantFact{{value: 700, category: Sheltered, qual: Approx}, {value: 12, category: Other}}},
		{name: "registered refugees, then people in brackets",
			body: "Half of the registered refugees (roughly 200,000 people) live in the valley, according to UNHCR.",
			want: []wantFact{{value: 50, category: Other, unit: "percent"}, {value: 200000, category: Refugees, qual: Approx}}},
		{name: "a town's people before the fighting",
			body: "Many of the displaced come from Tal Abyad, a border town that was home to some 40,000 people before the offensive.",
			want: []wantFact{{value: 40000, category: Other, qual: Approx}}},
		{name: "two nouns of people housed in centres",
			body: "In Bulgaria about 3,000 migrants and refugees are now housed in five state-run centres, the agency said.",
			want: []wantFact{{value: 3000, category: Sheltered, qual: Approx}, {value: 5, category: Other}}},
		{name: "nationals spread over settlements",
			body: "Zahle is a city of about 120,000 Lebanese, and it hosts around 40,000 Syrians spread over 200 informal settlements.",
			want: []wantFact{{value: 120000, category: Other, qual: Approx}, {value: 40000, category: Refugees, qual: Approx, unit: "Syrians"}, {value: 200, category: Other}}},
		{name: "kits named for a season",
			body: "The grant will pay for 400 winter kits to be handed out in the camps.",
			want: []wantFact{{value: 400, category: Other}}},
		{name: "a camp that opened and shelters, cut by a distance",
			body: "Jordan already hosts the Azraq camp, which opened in 2014 about 20 km from the road and shelters around 40,000 Syrians.",
			want: []wantFact{{value: 20, category: Other, qual: Approx}, {value: 40000, category: Sheltered, qual: Approx}}},
		{name: "land ready for more families",
			body: "Families keep arriving at Kawergosk camp. We have land ready at Kawergosk for roughly 2,000 more families, but tents and latrines have to come first.",
			want: []wantFact{{value: 2000, category: Other, qual: Approx}}},
		{name: "an age at a move and an age after only",
			body: "I came to Amman at 17 to study nursing. \"We walked for two days to reach the camp, and I was only 12,\" she said.",
			want: nil},
		{name: "a ratio after outnumber",
			body: "So the newcomers outnumber the locals by about three to two, and that creates tension.",
			want: nil},
		{name: "a Turkish case ending after an apostrophe",
			body: "Bu haber Reuters'ten çevrilmiştir.",
			want: nil},
	})
}

func TestSource_Heldout504Classes(t *testing.T) {
	runSourceCase(t, "Some Outlet\nLIVE: A headline for the live page\nMarch 1, 2020\n\n21:15 TSİ\nThe Greek government said 73 people had been arrested overnight.\n", 1, "Greek government")
}

func TestHeader_Heldout504Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Faroese desk with an agency",
			page: "NORÐURLJÓS\nTíðindi\nA headline for the story\nMikudagur 4. mars 2020 kl. 08:02\nUttanlandsdeildin · við AFP\n", wire: "AFP"},
		{name: "a copyright in two scripts",
			page: "مرآة\nA headline for the story\nMarch 4, 2020\n" + storyLine + "\n© 2020 مرآة Miraat. جميع الحقوق محفوظة\n", publisher: "Miraat"},
	})
}

func TestLayout_Heldout504Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a Turkish interview credit is no dateline",
			page: "SOME OUTLET\nsomeNEWS | Independent citizen journalism\nAnasayfa | Gündem | Dünya | English\nAnasayfa » English » Interview\n" +
				"Interview: “They come with one bag” — a relief chief on the arrivals\n24 Ekim 2019 Perşembe 14:05\nRöportaj: Outlet English Desk\n" +
				"Fotoğraf: A woman waits at the camp. (Outlet)\nPaylaş: Twitter | Facebook\n\nMore than 9,000 Syrians have crossed into Iraq since October 9, according to UNHCR.\n",
			dateline: "-"},
	})
}
