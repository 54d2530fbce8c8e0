package corpus

import "testing"

// Classes found on the four-hundred-and-twentieth to four-hundred-and-
// twenty-third held-out sets, in text of our own.

func TestExtract_Heldout420Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a kingdom looking after refugees",
			body: "The prime minister said the kingdom was looking after 1.2 million Syrians and could carry no more.",
			want: []wantFact{{value: 1200000, category: Refugees}}},
		{name: "a country that carries refugees",
			body: "The minister said Lebanon carries \"more than 1.4 million\" displaced Syrians.",
			want: []wantFact{{value: 1400000, category: Refugees, qual: AtLeast}}},
		{name: "minors flown to the mainland",
			body: "Greece will fly the roughly 300 unaccompanied minors who lived in the camp to the mainland on Friday, a spokesman said.",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
		{name: "asylum seekers waiting for their claims",
			body: "Across the islands, some 35,000 asylum seekers were waiting for their claims to be heard, the agency said.",
			want: []wantFact{{value: 35000, category: Refugees, qual: Approx}}},
		{name: "an age someone turns",
			body: "\"My contract ends in March, I turn 31 in June and my family wants me home.\"",
			want: nil},
	})
}

func TestPage_Heldout420Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a table row's label that tells people were forced out",
			body: "The storm flooded the camps.\n\n| What | Number |\n|---|---|\n| Refugees forced out of their shelters | about 6,000 |\n| Tents destroyed | 900 |\n",
			want: []wantFact{{value: 6000, category: Displaced}, {value: 900, category: Other}}},
		{name: "a part item that opens with of whom",
			body: "The storm flooded the camps.\n\nIN FIGURES\n- Syrian refugees registered in the country: 900,000\n- Of whom in the valley: about 300,000\n",
			want: []wantFact{{value: 900000, category: Refugees}, {value: 300000, category: Refugees}}},
		{name: "a row of refugees outside camps",
			body: "Most refugees live in towns.\n\n| Place | Refugees |\n|---|---|\n| Zaatari camp | 78,000 |\n| Outside camps | 540,000 |\n",
			want: []wantFact{{value: 78000, category: Sheltered}, {value: 540000, category: Refugees}}},
		{name: "Greek and Maori related links",
			body: "About 200 people landed on Samos.\n\nΔιαβάστε ακόμη: Δύο σκάφη με 50 μετανάστες\nPānui anō: 30 years of radio\n",
			want: []wantFact{{value: 200, category: Displaced, qual: Approx}}},
	})
}

// A copyright line that credits a photo above the story is no footer.
func TestParse_Heldout420PhotoCopyright(t *testing.T) {
	a := parseArticle("t", "Some Outlet\nA headline for the interview\n\n09/03/2020 10:15 | By a reporter\n© Photo DR · The olive grove next to the camp\n\nThe camp, built for about 2,800 people, now holds more than 19,000.\n")
	facts, _ := extract(a)
	if len(facts) != 2 {
		t.Fatalf("body %q: got %d facts, want 2: %+v", a.Body, len(facts), facts)
	}
}
