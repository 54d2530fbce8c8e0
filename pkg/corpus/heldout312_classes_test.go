package corpus

import "testing"

// Classes found on the three-hundred-and-twelfth to three-hundred-and-
// fifteenth held-out sets, in text of our own.

func TestExtract_Heldout312Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "families sharing one tent",
			body: "About 300 families fled the town. \"Four families from our street share this tent,\" she said.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}, {value: 4, category: Other}}},
		{name: "people of us sharing a single tent",
			body: "About 300 families fled the town. \"Nine of us share a single tent,\" he said.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}, {value: 9, category: Other}}},
		{name: "how long a drive took a family",
			body: "About 300 families fled the town. The drive north took her family three days.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
		{name: "how much later a date was put",
			body: "About 300 families fled the town. The deadline was pushed back by two weeks.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
		{name: "two ages of the dead",
			body: "Two of my brothers were killed in the strike. \"They were 19 and 27.\"",
			want: []wantFact{{value: 2, category: Killed}}},
		{name: "people who came here",
			body: "\"About 150 families from our village came here with us,\" he said.",
			want: []wantFact{{value: 150, category: Displaced, qual: Approx}}},
		{name: "people a station supplies",
			body: "The pumping station was hit again. It supplies about 250,000 people in Raqqa and the camps around it.",
			want: []wantFact{{value: 250000, category: Other, qual: Approx}}},
		{name: "people whose tents a storm flooded",
			body: "The storm in January flooded or damaged the tents of about 20,000 refugees, aid groups said.",
			want: []wantFact{{value: 20000, category: Other, qual: Approx}}},
		{name: "a start given as the same date",
			body: "At least 90 civilians have been killed since the operation began on March 2. The army says it has killed 700 fighters since the same date.",
			pub:  "2020-03-20",
			want: []wantFact{{value: 90, category: Killed, qual: AtLeast, period: "2020-03-02"}, {value: 700, category: Killed, period: "2020-03-02"}}},
		{name: "a push that began on a date",
			body: "The army's push began on May 5 in the south of the province. The monitor says 60 civilians have been killed since the offensive began.",
			pub:  "2019-05-30",
			want: []wantFact{{value: 60, category: Killed, period: "2019-05-05"}}},
	})
}

func TestExtract_Heldout312Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a prediction is its subject's",
			body: "Greek officials predicted the number would reach 40,000 by Sunday.",
			want: []wantFact{{value: 40000, category: AtRisk, source: "Greek officials"}}},
		{name: "a verb in the present before and says",
			body: "Damascus denies shelling the town and says 200 fighters have been killed there.",
			want: []wantFact{{value: 200, category: Killed, source: "Damascus"}}},
	})
}

func TestExtract_Heldout312Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a donation line after independent journalism",
			body: "About 300 families fled the town.\n\nSupport us: independent journalism costs money. Donate Le 50,000 or $20 today by mobile money.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}

func TestHeader_Heldout312Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Somali date with its weekday",
			page:      "A headline for the story\nAxad, 8 Luulyo 2018\n" + storyLine,
			published: "2018-07-08"},
	})
}

func TestInterview_Heldout312Classes(t *testing.T) {
	page := "Town Crier\nLocal | Sports | Opinion\nA nurse back from the islands\nSaturday, February 8, 2020 9:45 AM\nBy Ann Reid, Town Crier\n\n" +
		"A Riverside nurse who spent a month on Samos says the camp there is the worst she has seen.\n\n" +
		"Joan Petrie, 61, came home last week. She spoke to the Crier about what she saw.\n\n" +
		"Q: How crowded is the camp?\n\n" +
		"A: About 7,000 people live around a site built for 650.\n\n" +
		"Q: What did you do?\n\n" +
		"A: We saw 120 patients on a busy day.\n"
	runSourceCase(t, page, 3, "Joan Petrie")
}
