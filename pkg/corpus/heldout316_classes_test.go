package corpus

import "testing"

// Classes found on the three-hundred-and-sixteenth to three-hundred-and-
// nineteenth held-out sets, in text of our own.

func TestExtract_Heldout316Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a country's refugees in an aside before its verb",
			body: "Lebanon, home to some 900,000 Syrian refugees, said on Monday it would no longer stop people heading for the sea, after 12 of its soldiers were killed in an attack.",
			want: []wantFact{{value: 900000, category: Refugees, qual: Approx}, {value: 12, category: Killed}}},
		{name: "camps laid out for fewer people",
			body: "Camps near the border that were laid out for about 250,000 people now hold over 600,000.",
			want: []wantFact{{value: 250000, category: Other, qual: Approx}, {value: 600000, category: Sheltered, qual: AtLeast}}},
		{name: "how many a province could take in",
			body: "The governor said his province could take in up to 20,000 new arrivals before it would need help.",
			want: []wantFact{{value: 20000, category: Other, qual: AtMost}}},
		{name: "families who tore down their own walls",
			body: "Forty families in a camp near the town tore down their walls on Sunday, residents said.",
			want: []wantFact{{value: 40, category: Other}}},
		{name: "years of this crisis",
			body: "\"We have not seen anything like it in eight years of this crisis,\" she said.",
			want: []wantFact{{value: 8, category: Other, unit: "years"}}},
		{name: "a restatement that names the displaced",
			body: "The UN says 500,000 people have been displaced since May. About 40,000 of them are sleeping in the open, and 12 clinics have closed. A local group puts the figure for the displaced higher, at more than 700,000.",
			pub:  "2019-07-01",
			want: []wantFact{{value: 500000, category: Displaced, period: "2019-05-01"}, {value: 40000, category: Unsheltered, qual: Approx},
				{value: 12, category: Other}, {value: 700000, category: Displaced, qual: AtLeast, period: "2019-05-01"}}},
		{name: "an offensive that began last weekday",
			body: "Some 80,000 people have fled since the offensive began last Thursday, the UN said.",
			pub:  "2019-10-17",
			want: []wantFact{{value: 80000, category: Displaced, qual: Approx, period: "2019-10-10"}}},
		{name: "a duration in curly quotes after a hedge",
			body: "About 300 families fled. Schools will stay shut “for at least three weeks.”",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}

func TestExtract_Heldout316Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a group named after its description",
			body: "The UN says 500,000 people have fled since May. A local monitoring network, the Idlib Response Group, puts the number at more than 600,000.",
			pub:  "2019-07-01",
			want: []wantFact{{value: 500000, category: Displaced, source: "UN"}, {value: 600000, category: Displaced, qual: AtLeast, source: "Idlib Response Group"}}},
	})
	runSourceCase(t, "Some outlet\nA headline for the story\n\nBuses took most of them to the camps below. The figures were given by the region's Joint Relief Office (JRO) on Tuesday:\n\n- Gawilan camp: 2,100\n- Bardarash camp: 6,400\n", 2, "JRO")
}

func TestExtract_Heldout316Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "French related links with également",
			body: "About 300 families fled the town.\n\nÀ lire également : Libye : 400 migrants secourus en mer\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
		{name: "Hausa related links and appeal",
			body: "About 300 families fled the town.\n\nKaranta kuma: Mutum 12 sun rasu a Kano\nKu tallafa wa jaridar: biyan kudi daga N500 a wata.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}

func TestHeader_Heldout316Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Hausa date with ga",
			page:      "A headline for the story\nLaraba, 4 ga Yuli, 2018 | Daga AFP\n" + storyLine,
			published: "2018-07-04"},
		{name: "a Spanish clock written p. m.",
			page:      "A headline for the story\nPublicado: 15 de octubre de 2019 - 07:10 p. m.\n" + storyLine,
			published: "2019-10-15"},
	})
}
