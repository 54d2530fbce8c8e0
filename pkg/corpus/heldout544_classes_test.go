package corpus

import "testing"

// Classes found on the five-hundred-and-forty-fourth to five-hundred-
// and-forty-seventh held-out sets, in text of our own.

func TestExtract_Heldout544Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a phone number's groups after its label",
			body: "Kontakt: Telefon 741 5520.",
			want: nil},
		{name: "refugees a town was assigned",
			body: "The town was assigned 30 newly arrived refugees for 2021 by the migration board.",
			want: []wantFact{{value: 30, category: Refugees}}},
		{name: "a planning figure",
			body: "Our planning figure for the spring is 25,000 arrivals.",
			want: []wantFact{{value: 25000, category: AtRisk}}},
		{name: "people gathered in the open near a crossing",
			body: "About 20,000 have gathered in the open near the Jaber crossing, officials said.",
			want: []wantFact{{value: 20000, category: AtRisk, qual: Approx}}},
		{name: "displaced families crammed into olive groves",
			body: "Thousands of displaced families were crammed into olive groves along the border road.",
			want: []wantFact{{value: 1000, category: Unsheltered, qual: AtLeast}}},
		{name: "families who came to us",
			body: "Some 40 families came to us in Qamishli on the first night.",
			want: []wantFact{{value: 40, category: Displaced, qual: Approx}}},
		{name: "a count the speaker hedges after a clause",
			body: "Some families still sleep under plastic sheets, I would say 200 to 300 of them.",
			want: []wantFact{{value: 200, category: Unsheltered, qual: Range}}},
		{name: "a town's own people after its refugees",
			body: "Arsal, a town home to roughly 60,000 Syrian refugees and about 40,000 Lebanese, lies near the border.",
			want: []wantFact{{value: 60000, category: Refugees, qual: Approx}, {value: 40000, category: Other, qual: Approx}}},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout544Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "refugees of two nationalities a country hosts",
			body: "Lebanon hosts 900,000 Syrian refugees and 20,000 Iraqi refugees.",
			want: []wantFact{{value: 900000, category: Refugees}, {value: 20000, category: Refugees}}},
		{name: "a pledge to resettle is no count of refugees",
			body: "Spain pledged to resettle 1,200 refugees in 2019.",
			want: []wantFact{{value: 1200, category: Other}}},
	})
}

func TestLayout_Heldout544Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a Tagalog header: date, byline, caption and share line",
			page: "SUGBO NEWS\nSugbo News FM — Ang Balita ng Bayan\nBalita | Probinsya | Mundo\nHome » Mundo » Middle East\n" +
				"Thousands stranded at the border as the offensive presses on\nLunes, Hulyo 2, 2018 - 3:45 PM\nNi Reuters | Sugbo News Desk\n" +
				"Larawan: Displaced Syrians wait near the border with Jordan. REUTERS/Staff\nI-share: Facebook | Twitter\n" + storyLine,
			title: "Thousands stranded at the border as the offensive presses on"},
		{name: "a Turkish list of related headlines",
			page: "Gazete\nA headline for the story\n1 Mart 2020\n\nAbout 300 tents flooded in the camp overnight, officials said.\n\n" +
				"İlgili haberler:\n- 5 soruda kamp yangını\n- Jordan sends 2nd aid convoy to the south\n",
			body: "About 300 tents flooded in the camp overnight, officials said."},
	})
}

func TestHeader_Heldout544Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Tagalog date line",
			page: "SUGBO NEWS\nA headline for the story\nLunes, Hulyo 2, 2018 - 3:45 PM\nNi Reuters | Sugbo News Desk\n", published: "2018-07-02", wire: "Reuters"},
	})
}
