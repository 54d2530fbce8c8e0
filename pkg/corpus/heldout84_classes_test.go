package corpus

import "testing"

// Classes found on the eighty-fourth and eighty-fifth held-out sets, in
// text of our own.

func TestExtract_Heldout84Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a column of shelters counts shelters, not people",
			body: "The shelling went on through the night and into the morning, residents of the three villages on the river told reporters by phone.\n\nShelters facing demolition, by area:\n\nArea              Shelters\nNorth             2,400\nSouth             1,150",
			want: []wantFact{{value: 2400, category: Other, unit: "shelters"}, {value: 1150, category: Other, unit: "shelters"}}},
		{name: "items behind em dashes each keep their own label",
			body: "The shelling went on through the night and into the morning, residents of the three villages on the river told reporters by phone.\n\nThe council's figures, as of Tuesday:\n\n— Sleeping outside the fence without a tent: about 900\n— Arrivals by sea since Sunday: 310",
			want: []wantFact{{value: 900, category: Unsheltered}, {value: 310, category: Displaced}}},
		{name: "a list whose caption names a ministry named in full before",
			body: "The centre was built for 600 people, according to figures published by the Ministry of Migration and Asylum.\n\nThe ministry's figures for the island:\n\n- Residents of the centre: 5\u00a0200\n- Sleeping outside without a tent: about 700",
			want: []wantFact{{value: 600, category: Other}, {value: 5200, category: Sheltered, source: "Ministry of Migration and Asylum"},
				{value: 700, category: Unsheltered, source: "Ministry of Migration and Asylum"}}},
	})
}

func TestExtract_Heldout84Numbers(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a number grouped the Indian way",
			body: "Lebanon had 9,38,531 Syrians registered with UNHCR in June.",
			want: []wantFact{{value: 938531, category: Refugees}}},
		{name: "lakhs, and a restatement in lakhs in brackets",
			body: "India hosts more than 2 lakh refugees. The government says the real number in Lebanon is closer to 1.5 million (15 lakh).",
			want: []wantFact{{value: 200000, category: Refugees, qual: AtLeast}, {value: 1500000, category: Refugees, qual: Approx}}},
	})
}

func TestExtract_Heldout84Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "'That's according to' the source, in the next sentence",
			body: "At least 40 civilians have been killed since Wednesday. That's according to the Valley Monitor for Human Rights, a war monitor.",
			want: []wantFact{{value: 40, category: Killed, source: "Valley Monitor for Human Rights"}}},
		{name: "'That toll comes from' the source",
			body: "At least 120 civilians have been killed since Jan. 1. That toll comes from the U.N. human rights office.",
			want: []wantFact{{value: 120, category: Killed, source: "U.N. human rights office"}}},
		{name: "'the board' after the board's name and acronym",
			body: "The Board of Relief and Humanitarian Affairs (BRHA) runs the camps. More than half of the new arrivals are children, the board said.",
			want: []wantFact{{value: 50, category: Other, source: "BRHA"}}},
	})
}

// Interviews whose labels are names in capitals: "SELAM:" after the
// outlet's own label, and "KIMURA" and two spaces under questions with
// no label.
func TestExtract_InterviewCapitalLabels(t *testing.T) {
	a := &Article{Name: "t", Publisher: "The Valley Post", Body: "For years the valley has hosted refugees. Selam Tesfaye, who has worked with refugees for ten years, leads the council's team.\n\n" +
		"THE VALLEY POST: What does the crisis mean for the refugees?\n\n" +
		"SELAM: Our survey found that 70 percent of households live below the poverty line.\n\n" +
		"THE VALLEY POST: And the children?\n\n" +
		"SELAM: A third of them have never been to school."}
	checkSources(t, a, "Selam Tesfaye", "Selam Tesfaye")

	b := &Article{Name: "t", Body: "Tanaka Yumi has worked for the agency in the valley since 2016.\n\n" +
		"How large is the camp today?\n\n" +
		"TANAKA  Just under 60,000 people live there now.\n\n" +
		"And the other camp?\n\n" +
		"TANAKA  It is smaller, about 30,000 residents.\n\n" +
		"What happened last winter?\n\n" +
		"TANAKA  A storm flooded some 300 shelters."}
	checkSources(t, b, "Tanaka Yumi", "Tanaka Yumi", "Tanaka Yumi")
}
