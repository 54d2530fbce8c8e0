package corpus

import "testing"

// Classes found on the hundred-and-seventy-second to hundred-and-seventy-
// fifth held-out sets, in text of our own.

func TestExtract_Heldout172Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a conversion with a hedge in its brackets",
			body: "The corridor will run 6 km (almost 4 miles) deep on each side of the road.",
			want: []wantFact{{value: 6, category: Other, unit: "km"}}},
		{name: "how long someone ran an agency",
			body: "He ran the agency for ten years before taking the top job.",
			want: nil},
		{name: "people for one toilet are a ratio",
			body: "\"There are 150 people for one toilet,\" he said.",
			want: nil},
		{name: "food for people for one month stays a count",
			body: "The convoy carried food for 30,000 people for one month.",
			want: []wantFact{{value: 30000, category: Other}}},
		{name: "a list item of things handed out",
			body: "What the convoy delivered:\n\n- Food parcels: 8,200\n",
			want: []wantFact{{value: 8200, category: Other}}},
		{name: "families money will reach",
			body: "The agency said the grant would reach about 3,000 families before the winter.",
			want: []wantFact{{value: 3000, category: Other, qual: Approx}}},
		{name: "a projection of the displaced stays at risk",
			body: "Aid agencies warned that the number of displaced could reach 250,000 if the fighting spreads.",
			want: []wantFact{{value: 250000, category: AtRisk}}},
		{name: "space opened in a camp is room",
			body: "The authorities have opened space at the new camp for about 800 more families.",
			want: []wantFact{{value: 800, category: Other, qual: Approx}}},
		{name: "ships sent to house people are room",
			body: "A ferry and navy ships will reach the island by Friday to house about 1,500 of the most vulnerable.",
			want: []wantFact{{value: 1500, category: Other, qual: Approx}}},
		{name: "a town's own residents in a list",
			body: "The town in figures:\n\n- Residents of the town: about 30,000\n",
			want: []wantFact{{value: 30000, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout172Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Serbian and Persian related lines, Swahili and Portuguese appeals",
			body: "About 300 tents flooded overnight.\n\nPovezane vesti: Serbia sends 2 more police units\nبیشتر بخوانید: 3 dead on the road\n" +
				"Apoie o jornalismo independente: contribua a partir de 100 dobras por mês.\nJiandikishe kupokea habari kila siku kwa Sh 500 kwa wiki.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout172Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Serbian source line naming the agency",
			page: "Beogradski Glas\nRain floods hundreds of tents in camps near the border\nNedelja, 1. mart 2020. | 23:40\nIzvor: Tanjug\n", wire: "Tanjug"},
		{name: "a Hebrew date",
			page: "Yedioth Galil\nRain floods hundreds of tents in camps near the border\nיום שלישי, 17 ביולי 2018, 13:05\n", published: "2018-07-17"},
		{name: "a Samoan date",
			page: "Apia Observer\nRain floods hundreds of tents in camps near the border\nAso Faraile, 6 Mati 2020 | Last update 10:55am\n", published: "2020-03-06"},
		{name: "a Swahili date",
			page: "Dar Daily\nRain floods hundreds of tents in camps near the border\nImewekwa: 07 Julai 2018\n", published: "2018-07-07"},
		{name: "a masthead over its German tagline, over a company's copyright",
			page: "Rheintaler Bote\nDie Tageszeitung für das Rheintal\nStartseite | Inland | Ausland\nStartseite > Ausland\nRain floods hundreds of tents in camps near the border\n" +
				"Freitag, 18. Oktober 2019, 06:30 Uhr\n" + storyLine + "\n© 2019 Rheintal Medien AG\n",
			publisher: "Rheintaler Bote"},
		{name: "a masthead over its editions",
			page:      "Channel Courier\nJersey | Guernsey\nNews | Business | Sport\nHome » News » World\nRain floods hundreds of tents in camps near the border\nTue 2 Jul 2019, 16:42\n",
			publisher: "Channel Courier"},
		{name: "a masthead in capitals over a Swahili tagline",
			page:      "HABARI NJEMA\nGazeti la Kila Siku | English Digest\nMwanzo | Habari | Kimataifa\nRain floods hundreds of tents in camps near the border\nImewekwa: 07 Julai 2018\n",
			publisher: "Habari Njema"},
	})
}

// A photo credit that says "Picture:" is no dateline.
func TestExtract_PictureCreditIsNoDateline(t *testing.T) {
	a := parseArticle("t", "Island Times\nRain floods hundreds of tents in camps near the border\nMarch 2, 2020\nPicture: Families at the camp gate\n\n"+
		"About 300 tents flooded in the camp overnight, officials said.\n")
	if a.Dateline != "" {
		t.Errorf("dateline %q, want none", a.Dateline)
	}
}
