package corpus

import "testing"

// Classes found on the hundred-and-second and hundred-and-third held-out
// sets, in text of our own.

func TestExtract_Heldout102Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a modal count with its condition after it is a projection",
			body: "The coast could see up to 5,000 arrivals a week by June if the border stays open, an official said.",
			want: []wantFact{{value: 5000, category: AtRisk, qual: AtMost}}},
		{name: "a condition after but opens the sentence",
			body: "But if the army pushes on, I think another 80,000 could be on the road within days.",
			want: []wantFact{{value: 80000, category: AtRisk}}},
		{name: "camps that could be holding so many if nothing changes",
			body: "If nothing changes by winter, officials warn, the camps could be holding as many as 30,000 people.",
			want: []wantFact{{value: 30000, category: AtRisk, qual: AtMost}}},
		{name: "a last count with no verb of its own shares the toll before it",
			body: "The monitor says the toll has reached 60 fighters of the militia and 25 civilians.",
			want: []wantFact{{value: 60, category: Killed}, {value: 25, category: Killed}}},
		{name: "a last count after an age shares nothing from the sentence before",
			body: "About 4,000 people fled the town overnight. Omar, 52, said he walked all night with his wife and seven children.",
			want: []wantFact{{value: 4000, category: Displaced, qual: Approx}, {value: 7, category: Other}}},
		{name: "families sharing a mosque, people to a classroom",
			body: "Teachers said about 500 families were sharing a mosque and a school, with 25-30 people to a classroom.",
			want: []wantFact{{value: 500, category: Sheltered, qual: Approx}, {value: 25, category: Sheltered, qual: Range}}},
		// (heldout102 wrote "the structures concerned"; heldout157 and
		// heldout479 count people in shelters marked for demolition at
		// risk)
		{name: "children living in the structures",
			body: "Some 9,000 children live in the structures concerned.",
			want: []wantFact{{value: 9000, category: Sheltered, qual: Approx}}},
		{name: "places offered for children are people a country accepts",
			body: "So far eight countries have offered places for about 900 children.",
			want: []wantFact{{value: 8, category: Other}, {value: 900, category: Refugees, qual: Approx}}},
		{name: "a count that climbed past a number is at least that",
			body: "The number of displaced has climbed past 650,000, the agency said.",
			want: []wantFact{{value: 650000, category: Displaced, qual: AtLeast}}},
	})
}

func TestExtract_Heldout102Interview(t *testing.T) {
	body := "Dr. Lena Marwan came home on Sunday after a month at a clinic near the border.\n\n" +
		"Marwan, a surgeon at a city hospital who trained abroad, spoke to The Courier a day after she landed.\n\n" +
		"Q: What did you see?\n\nA: The clinic saw about 300 patients a day.\n\n" +
		"Q: Where do people sleep?\n\nA: About 20 schools are now shelters.\n\n" +
		"Q: What do they need?\n\nA: Blankets, mostly."
	checkSources(t, parseArticle("t", "A headline for the page\n\n"+body), "Lena Marwan", "Lena Marwan")
}
