package corpus

import "testing"

// Classes found on the hundred-and-twentieth and hundred-and-twenty-first
// held-out sets, in text of our own.

func TestExtract_Heldout120Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people granted residence permits are refugees",
			body: "About 21,000 Eritreans were granted residence permits in Norway last year.",
			want: []wantFact{{value: 21000, category: Refugees, qual: Approx}}},
		{name: "a camp for a number is its size",
			body: "The other camps are as crowded: Kos (3,100 people in a camp for 800).",
			want: []wantFact{{value: 3100, category: Sheltered}, {value: 800, category: Other}}},
		{name: "a regional government offering to take people in",
			body: "The Basque government has offered to take in 80 unaccompanied minors from the islands.",
			want: []wantFact{{value: 80, category: Refugees}}},
		{name: "dots group thousands when no decimal could end in 00",
			body: "The governor's office said 12.400 people had crossed into the province since Thursday. Another 2.000 were arrested. The UN counted 9,500.",
			pub:  "2020-02-29",
			want: []wantFact{{value: 12400, category: Displaced, period: "2020-02-27"}, {value: 2000, category: Other}, {value: 9500, category: Other}}},
		{name: "a decimal stays a decimal",
			body: "Rainfall reached 0.400 metres, and 3.5 million people were affected.",
			want: []wantFact{{value: 0.4, category: Other, unit: "metres"}, {value: 3500000, category: Other}}},
		{name: "a truce of days is how long; an operation of days counts",
			body: "A five-day truce began on Thursday, ending a 58-day operation.",
			want: []wantFact{{value: 58, category: Other}}},
		{name: "a region prepared to receive refugees should a condition hold",
			body: "Officials said the province had prepared to receive as many as 40,000 refugees should the fighting spread.",
			want: []wantFact{{value: 40000, category: AtRisk, qual: AtMost}}},
		{name: "military advisers are troops, whatever noun counts them",
			body: "Estimates put the number of foreign military advisers in the country at around 2,000.",
			want: []wantFact{{value: 2000, category: Troops, qual: Approx}}},
		{name: "people beside caravans live in them",
			body: "Q: How many people live there? A: Around 5,200 people, in 1,100 caravans.",
			want: []wantFact{{value: 5200, category: Sheltered, qual: Approx}, {value: 1100, category: Other}}},
	})
}
