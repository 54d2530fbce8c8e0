package corpus

import "testing"

// Classes found on the three-hundred-and-sixty-eighth to three-hundred-
// and-seventy-first held-out sets, in text of our own.

func TestExtract_Heldout368Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an age that ends the sentence after a credited name",
			body: "“We will keep knitting,” said volunteer Anna Berg, 68.",
			want: nil},
		{name: "an age in brackets before a past verb",
			body: "Nurse Thandi Mokoena (41) grew up in Polokwane.",
			want: nil},
		{name: "two days of one month",
			body: "Storms on 12 and 13 February flooded some 400 tents.",
			want: []wantFact{{value: 400, category: Other, qual: Approx, unit: "tents"}}},
		{name: "a boat that had people on board",
			body: "A second boat had 38 people on board, including 15 children.",
			want: []wantFact{{value: 38, category: Displaced}, {value: 15, category: Displaced, unit: "children"}}},
		{name: "refugees who left for third countries",
			body: "Fewer than 8,000 refugees left for third countries last year, UNHCR said.",
			want: []wantFact{{value: 8000, category: Other, qual: AtMost, source: "UNHCR"}}},
		{name: "the families aid went to",
			body: "The blankets went to 250 families in the camp, the charity said.",
			want: []wantFact{{value: 250, category: Other, unit: "families"}}},
		{name: "people still waiting near a crossing, in the open",
			body: "About 5,000 people are still waiting near the border crossing, sleeping in the open.",
			want: []wantFact{{value: 5000, category: AtRisk, qual: Approx}}},
		{name: "a part of patients",
			body: "At the camp, the clinic treated 300 patients last week, including 90 children.",
			want: []wantFact{{value: 300, category: Other, unit: "patients"}, {value: 90, category: Other, unit: "children"}}},
		{name: "the same count at its peak",
			body: "The agency says more than 50,000 people remain displaced from the valley, down from a peak of about 120,000 in March.",
			want: []wantFact{{value: 50000, category: Displaced, qual: AtLeast}, {value: 120000, category: Displaced, qual: Approx}}},
	})
}

func TestExtract_Heldout368Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "other stories in the news",
			body: "About 300 families fled the town on Monday, officials said.\n\nAlso in the news: Town show returns with 4 new events\nAlso in the news: 2 boats rescued off the cape\n\nThe border stayed shut on Tuesday.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}
