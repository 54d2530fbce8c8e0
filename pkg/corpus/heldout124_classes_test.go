package corpus

import "testing"

// Classes found on the hundred-and-twenty-fourth and
// hundred-and-twenty-fifth held-out sets, in text of our own.

func TestExtract_Heldout124Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people who had to leave their tents were displaced",
			body: "About 900 refugees have had to leave their tents since the floods began.",
			want: []wantFact{{value: 900, category: Displaced, qual: Approx}}},
		{name: "sailors sent to help are troops",
			body: "The minister said Lisbon would send a patrol boat and 30 sailors to help guard the coast.",
			want: []wantFact{{value: 30, category: Troops}}},
		{name: "a count of those who remain inside a town is a population",
			body: "The agency puts the number who remain inside the town at between 20,000 and 30,000.",
			want: []wantFact{{value: 20000, category: Other, qual: Range}}},
		{name: "people who could go home are a return to come",
			body: "The president said some 200,000 displaced Syrians could eventually go home there.",
			want: []wantFact{{value: 200000, category: Other, qual: Approx}}},
		{name: "instructors training forces are troops",
			body: "She said four Estonian instructors based in Erbil would go on training Kurdish forces.",
			want: []wantFact{{value: 4, category: Troops}}},
		{name: "people registered as displaced by an agency are displaced",
			body: "We have registered 210\u00a0400 people displaced since March.",
			want: []wantFact{{value: 210400, category: Displaced}}},
		{name: "a country that has sheltered foreigners for decades hosts refugees",
			body: "He said Pakistan, which has sheltered nearly 1.4 million Afghans for four decades, knew the cost.",
			want: []wantFact{{value: 1400000, category: Refugees, qual: Approx}}},
		{name: "a satellite frequency is no count",
			body: "Watch us live on Nilesat 11470 V.",
			want: nil},
	})
}

func TestExtract_Heldout124Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a former camp's name makes its registrations a camp count; free places are room",
			body: "Hilltop, a former camp for displaced Iraqis, reopened last week.\n\nAt a glance (agency figures):\n\n- New arrivals registered at Hilltop: 2\u00a0100\n\n- Free places left at Hilltop: about 900",
			want: []wantFact{{value: 2100, category: Sheltered}, {value: 900, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout124InterviewInitials(t *testing.T) {
	// "AQ:" labels the answers of "Ahmad al-Qassab": initials skip the
	// particle before a hyphen.
	a := parseArticle("t", "VALLEY RADIO\nHome > Interviews\n“We are full”: a camp doctor on the winter\nInterview by Jo Park\n\n"+
		"Valley Radio spoke to Samir al-Hakim, who runs the camp clinic.\n\nVR: How many people do you see?\n\n"+
		"SH: We have treated about 4,000 people since January.\n\nVR: What do they need?\n\nSH: Medicine for 300 children.\n")
	checkSources(t, a, "Samir al-Hakim", "Samir al-Hakim")
}
