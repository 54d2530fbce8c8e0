package corpus

import "testing"

// Classes found on the forty-sixth and forty-seventh held-out sets, in
// text of our own.
func TestExtract_Heldout46Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a part set off by commas between a count and its verb",
			body: "Another seven civilians, three of them from one family, died in strikes on Monday.",
			want: []wantFact{{value: 7, category: Killed}, {value: 3, category: Killed}}},
		{name: "a sentence that opens with 'Of those' counts a part of the count before",
			body: "Nearly 600,000 people have fled since December. Of those, some 300,000 are children.",
			want: []wantFact{{value: 600000, category: Displaced}, {value: 300000, category: Displaced}}},
		{name: "families served eviction notices are at risk",
			body: "A further 1,200 families have received eviction notices, the group said.",
			want: []wantFact{{value: 1200, category: AtRisk}}},
		{name: "hyphenated asylum-seekers are people",
			body: "More than 30,000 asylum-seekers remained crammed into reception centres on the islands.",
			want: []wantFact{{value: 30000, category: Sheltered}}},
		{name: "money in pesos and rupees",
			body: "Support us from ₱100 a month, or ₹500.",
			want: nil},
	})
}

func TestExtract_Heldout46Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a table's built-for column is a capacity, its residents column a population",
			body: "The ministry gave the following figures for the island centres:\n\nIsland     Built for     Residents\nKos        1\u00a0200         4\u00a0300\nLeros      860           2\u00a0500\nSamos      648           7\u00a0541",
			want: []wantFact{
				{value: 1200, category: Other}, {value: 4300, category: Sheltered},
				{value: 860, category: Other}, {value: 2500, category: Sheltered},
				{value: 648, category: Other}, {value: 7541, category: Sheltered},
			}},
	})
}

func TestInterviewLabel_NonASCII(t *testing.T) {
	checkEach(t, "interviewLabel", interviewLabel, map[string]string{
		"Şîrîn Hesen: Our teams registered them.": "Şîrîn Hesen",
		"Ömer Çelik: No.":                         "Ömer Çelik",
		"état: rien":                              "",
	})
}

func TestShareLine_Listen(t *testing.T) {
	checkEach(t, "shareLine", shareLine, map[string]bool{
		"Share: Facebook | Twitter | E-mail Listen: 3 min": true,
		"Listen to 3 min of the interview":                 false,
	})
}
