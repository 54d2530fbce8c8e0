package corpus

import "testing"

// Classes found on the hundred-and-sixteenth and hundred-and-seventeenth
// held-out sets, in text of our own.

func TestExtract_Heldout116Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a further count after boats counts the people of the sentence before",
			body: "Some 300 people came ashore on Samos in eight boats, police said. They said a further 90 had reached Leros.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}, {value: 8, category: Other, unit: "boats"}, {value: 90, category: Displaced}}},
		{name: "people holding protection are refugees",
			body: "About 2,000 Syrians currently hold a form of protection in Portugal, officials said.",
			want: []wantFact{{value: 2000, category: Refugees, qual: Approx, unit: "Syrians"}}},
		{name: "the population a share is of is no displaced count",
			body: "Roughly a third of the 2 million people in the province are now displaced.",
			want: []wantFact{{value: 33.33, category: Other, qual: Approx}, {value: 2000000, category: Other}}},
		{name: "families sheltering in a church compound are sheltered",
			body: "A priest said about 60 families had sought refuge in the parish compound.",
			want: []wantFact{{value: 60, category: Sheltered, qual: Approx}}},
		{name: "a day-dated update names its owner, not the month",
			body: "Where people have gone, according to UNHCR's update of 3 March:\n\nNorth Town 4,000",
			want: []wantFact{{value: 4000, category: Displaced, source: "UNHCR"}}},
		{name: "a time adverbial before the subject of put",
			body: "(On Monday UNHCR had put the number displaced since January at 52\u00a0000.)",
			want: []wantFact{{value: 52000, category: Displaced, source: "UNHCR"}}},
		{name: "arrivals with wounds are wounded",
			body: "Doctors said 9 of the newly arrived had shrapnel wounds.",
			want: []wantFact{{value: 9, category: Other}}},
		{name: "dying of wounds is a death",
			body: "Doctors said 9 people had died of their wounds since Sunday.",
			want: []wantFact{{value: 9, category: Killed, period: "2020-03-01"}}, pub: "2020-03-04"},
		{name: "a lower figure set off by commas restates the count before",
			body: "Local officials say 200,000 people have fled. The UN gives a lower figure, around 150\u202f000, saying most of them are children.",
			want: []wantFact{{value: 200000, category: Displaced}, {value: 150000, category: Displaced, qual: Approx, source: "UN"}}},
		{name: "refugees in camps and host communities are refugees",
			body: "The province already hosts about 90,000 Syrian refugees, most of them Kurds, in camps and in host communities.",
			want: []wantFact{{value: 90000, category: Refugees, qual: Approx}}},
		{name: "a bag or two is no count",
			body: "Few of the 300 families could carry more than a bag or two.",
			want: []wantFact{{value: 300, category: Other}}},
		{name: "a reported condition after 'that if'",
			body: "The agency warned that if the border stays shut, as many as 9,000 people could be stranded without shelter.",
			want: []wantFact{{value: 9000, category: AtRisk, qual: AtMost}}},
		{name: "people crossing each night are on the move",
			body: "Between 300 and 400 people were now crossing each night, officials said.",
			want: []wantFact{{value: 300, category: Displaced, qual: Range}}},
		{name: "people who applied for asylum are applications",
			body: "About 900 Afghans applied for asylum in Cyprus last year.",
			want: []wantFact{{value: 900, category: Other, qual: Approx}}},
		{name: "people affected by a storm are no category of their own",
			body: "More than 5,000 refugees have been affected by the floods, the agency said.",
			want: []wantFact{{value: 5000, category: Other, qual: AtLeast}}},
	})
}

func TestExtract_Heldout116Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "people staying in them, under an item of shelters",
			body: "The office gave these figures on Tuesday:\n\n- Schools used as shelters: 40\n\n- People staying in them: 6\u00a0100",
			want: []wantFact{{value: 40, category: Other}, {value: 6100, category: Sheltered}}},
	})
}
