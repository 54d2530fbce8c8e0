package corpus

import "testing"

// Classes found on the sixty-sixth and sixty-seventh held-out sets, in
// text of our own.

func TestExtract_Heldout66Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a number of people that could reach a figure",
			body: "The number of families living in tents could reach a quarter of a million by March.",
			want: []wantFact{{value: 250000, category: AtRisk}}},
		{name: "women who gave birth are no shelter count",
			body: "She said 23 women had given birth in the camp clinic since the new year.",
			want: []wantFact{{value: 23, category: Other}}},
		{name: "a range from a number word to digits",
			body: "Medics said between six and 14 children had died of cold in the camp.",
			want: []wantFact{{value: 6, category: Killed, qual: Range}}},
		{name: "a part in brackets in words before the figure's verb",
			body: "The monitor said another 21 people (eight of them women) died when a market was shelled.",
			want: []wantFact{{value: 21, category: Killed}, {value: 8, category: Killed}}},
		{name: "displaced people staying with relatives are not refugees",
			body: "Another 30,000 are hosted by relatives in the villages around the town.",
			want: []wantFact{{value: 30000, category: Displaced}}},
		// heldout66's writer counted "A child died" as one death, and so
		// did the extractor; the writers since heldout79 hold that an
		// article is no numeral (of 123 held-out articles that open a
		// sentence so, 109 leave it out), and ANNOTATION.md now says so.
		{name: "a child who died has no figure",
			body: "A child died when the boat overturned near the island, the coastguard said.",
			want: nil},
		{name: "a boy found dead has no figure",
			body: "A boy was found dead in a flooded tent on Sunday.",
			want: nil},
		{name: "'a' before a person counts nothing",
			body: "A child waits at the gate as 300 families queue for bread.",
			want: []wantFact{{value: 300, category: Other}}},
	})
}

func TestExtract_Heldout66Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a general staff keeps its country",
			body: "The Greek General Staff said 1,200 soldiers had been sent. It said 3 soldiers had been killed.",
			want: []wantFact{{value: 1200, category: Troops, source: "Greek General Staff"}, {value: 3, category: Killed, source: "Greek General Staff"}}},
		{name: "an organisation whose name has a comma, then its acronym",
			body: "Spain has taken in more than 9,000 Syrian refugees, according to Migration, Asylum and Inclusion Spain (MAIS).",
			want: []wantFact{{value: 9000, category: Refugees, source: "MAIS"}}},
		{name: "the next sentence says whose count it is",
			body: "Chad hosts 480,000 registered refugees. That is the count kept by UNHCR; the government says more.",
			want: []wantFact{{value: 480000, category: Refugees, source: "UNHCR"}}},
		{name: "the centre named before puts a count at a figure",
			body: "Most came at night, the Valley Crisis Centre (VCC) said on Monday. The centre put Tuesday's arrivals at 930.",
			want: []wantFact{{value: 930, category: Displaced, source: "VCC"}}},
	})
}

func TestExtract_Heldout66Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a caption that names its source in brackets",
			body: "The crisis in numbers (IOM, May 2021):\n\n• 2.1 million people have fled the region since 2019\n• 400,000 live in camps",
			want: []wantFact{{value: 2100000, category: Displaced, source: "IOM"}, {value: 400000, category: Sheltered, source: "IOM"}}},
	})
}

// An interview printed as "Q." and "A.", its interviewee the subject of
// "spoke with the <outlet>".
func TestExtract_InterviewQDotADot(t *testing.T) {
	a := &Article{Name: "t", Publisher: "The Hill Courier", Body: "The town has flooded twice. Dr. Sara Odum, a surgeon who runs the clinic, spoke with the Courier from the valley.\n\n" +
		"Q. How many people do you see?\n\n" +
		"A. We treat about 200 patients a day.\n\n" +
		"Q. And the camp?\n\n" +
		"A. It holds 14,000 people now."}
	checkSources(t, a, "Sara Odum", "Sara Odum")
}

func TestExtract_Heldout66Periods(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an operation's start given with its codename set off by commas",
			pub:  "2018-03-18",
			body: "At least 4,000 people have fled since the army launched its operation, codenamed \"Spring Shield\", on January 20.",
			want: []wantFact{{value: 4000, category: Displaced, period: "2018-01-20"}}},
		{name: "'since the start of the offensive' after a sentence that dates its launch",
			pub:  "2018-03-18",
			body: "The town fell on Sunday, two months after the army launched its offensive on January 20. At least 300 civilians have been killed since the start of the offensive.",
			want: []wantFact{{value: 300, category: Killed, period: "2018-01-20"}}},
	})
}

func TestParseArticle_Heldout66(t *testing.T) {
	runParseCases(t, []parseCase{
		{name: "an invitation to comment closes the page",
			in:  "Floods sweep the camps\n\n12 January 2021\n\nHeavy rain flooded 300 tents overnight, officials said.\n\nThe Valley Courier welcomes comments. Please keep them civil.\n",
			pub: "2021-01-12", body: "Heavy rain flooded 300 tents overnight, officials said."},
	})
}
