package corpus

import "testing"

// Classes found on the four-hundred-and-fourth to four-hundred-and-seventh
// held-out sets, in text of our own.

func TestExtract_Heldout404Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a range that is a part of the count before",
			body: "About 900 people are still stranded at the border gate, the agency said. They include between 100 and 150 children, it added.",
			want: []wantFact{{value: 900, category: AtRisk}, {value: 100, category: AtRisk, qual: Range}}},
		{name: "arrivals registered as they cross",
			body: "Since Monday the agency has registered more than 4,000 Syrians arriving in the region.",
			want: []wantFact{{value: 4000, category: Displaced, qual: AtLeast}}},
		{name: "a radio frequency with a decimal comma",
			body: "Slušajte nas na 98,4 MHz.",
			want: nil},
		{name: "a subscription period sold for money",
			body: "Jetzt lesen: 3 Monate für 1,99 Euro.",
			want: nil},
		{name: "an English subscription period",
			body: "Subscribe today: 6 months for $5.",
			want: nil},
		{name: "families who fled to the camp the speaker runs",
			body: "Q: How many people have come to your camp?\nA: Since the start of March about 700 families have fled here from the villages to the south.",
			want: []wantFact{{value: 700, category: Displaced, qual: Approx}}},
		{name: "a transfer off an island that is done",
			body: "The minister said about 800 people had been moved off the island since January.",
			want: []wantFact{{value: 800, category: Other, qual: Approx}}},
		{name: "a plan to settle people in a zone",
			body: "The president said his country planned to settle two million Syrians in a buffer zone along the border.",
			want: []wantFact{{value: 2000000, category: Other}}},
		{name: "people sheltering in the desert along a sealed border",
			body: "Troops took the crossing as thousands of families sheltered in the desert along the sealed border.",
			want: []wantFact{{value: 1000, category: AtRisk, qual: AtLeast}}},
		{name: "those at a crossing",
			body: "Among those at the crossing are dozens of young men from Ghana, a volunteer said.",
			want: []wantFact{{value: 12, category: AtRisk, qual: AtLeast}}},
		{name: "people who have entered a country",
			body: "Since 2018 more than 60,000 migrants and refugees have entered the country, the agency said.",
			want: []wantFact{{value: 60000, category: Displaced, qual: AtLeast}}},
		{name: "families in a clinic's waiting room",
			body: "Most days there were 40 or 50 families in our waiting room.",
			want: []wantFact{{value: 40, category: Other, qual: Range}}},
		{name: "a list item of people who crossed, under a refugee agency's caption",
			body: "The UN refugee agency gave these figures on Monday:\n- about 900 people crossed on Sunday alone",
			want: []wantFact{{value: 900, category: Displaced, qual: Approx}}},
	})
}

func TestSource_Heldout404Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "officials who speak of a figure",
			body: "The agency says about 50,000 people have fled the town since Friday. Local officials speak of nearly 90,000.",
			want: []wantFact{{value: 50000, category: Displaced, source: "agency"}, {value: 90000, category: Displaced, source: "Local officials"}}},
		{name: "he after a capital that stands for its government",
			body: "Interior Minister Ali Demir said 9,000 migrants had left through the province since Friday, when Ankara said it would open the gates. He also said he had sent 500 police to the river.",
			want: []wantFact{{value: 9000, category: Displaced, source: "Ali Demir"}, {value: 500, category: Other, source: "Ali Demir"}}},
		{name: "a quoted first person is the quote's speaker",
			body: "Maria Rossi, a nurse from Turin, is at the crossing. “This morning I counted at least 30 ambulances,” she told us.",
			want: []wantFact{{value: 30, category: Other, source: "Maria Rossi"}}},
		{name: "she after a name with particles",
			body: "Anna van der Berg, the agency's director, visited the island on Monday. She said the agency would send 60 more officers to the island.",
			want: []wantFact{{value: 60, category: Other, source: "Anna van der Berg"}}},
	})
	page := "Some outlet\nA headline for the interview\n\nIn the border town, shelters are coming down. We spoke by phone with Lina Sabbagh, who runs a clinic in the camps.\n\nQ: How many people live in the camps?\n\nA: Around 20,000 Syrian refugees live in some 80 camps around the town.\n\nQ: And the shelters?\n\nA: The list covers about 2,000 shelters.\n\nQ: What do you hand out?\n\nA: We have handed out 500 kits.\n"
	runSourceCase(t, page, 4, "Lina Sabbagh")
}
