package corpus

import "testing"

// Classes found on the two-hundred-and-fourth to two-hundred-and-seventh
// held-out sets, in text of our own.

func TestExtract_Heldout204Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "both ends of an age range",
			body: "The clinic treated 14 patients between the ages of 10 and 16 that week.",
			want: []wantFact{{value: 14, category: Other}}},
		{name: "how long someone has done a job",
			body: "I have done this job for twelve years and that month was the hardest.",
			want: nil},
		{name: "a camp of some people",
			body: "The crisis has also reached Roj, a camp of some 3,000 people, most of them women and children.",
			want: []wantFact{{value: 3000, category: Sheltered, qual: Approx}}},
		{name: "refugees who left a country for home",
			body: "Officials say more than 90,000 Syrians have left Jordan for home under an organised return scheme.",
			want: []wantFact{{value: 90000, category: Other, qual: AtLeast}}},
		{name: "another source puts it at a size of its own",
			body: "The UN says more than 250,000 people have been displaced since June 19. Thousands have gone back to their villages.\n\nIs the UN figure right? Local councils put it closer to 300,000.",
			pub:  "2018-07-05",
			want: []wantFact{{value: 250000, category: Displaced, qual: AtLeast}, {value: 1000, category: Other, qual: AtLeast}, {value: 300000, category: Displaced, qual: Approx}}},
		{name: "asylum-seekers with a hyphen, stranded on islands",
			body: "About 40,000 asylum-seekers are now stranded on Lesbos and Samos, the agency said.",
			want: []wantFact{{value: 40000, category: Refugees, qual: Approx}}},
	})
}

func TestExtract_Heldout204Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "an appeal in Malawian kwacha",
			body: "About 300 tents flooded overnight.\n\nSupport us from MK 2,000 a month.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout204OutletNameWithSpelledNumber(t *testing.T) {
	a := &Article{Name: "t", Publisher: "Seven Hills", Body: "About 300 tents flooded overnight.\n\nRead Seven Hills every morning."}
	facts, _ := extract(a)
	if len(facts) != 1 || facts[0].Value != 300 {
		t.Errorf("got %d facts (%v), want only the 300 tents: the Seven of the outlet's name counts nothing", len(facts), facts)
	}
}

func TestExtract_Heldout204Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Greek date",
			page: "Athens Daily\nRain floods hundreds of tents in camps near the border\nΤετάρτη, 4 Μαρτίου 2020 | Τελευταία ενημέρωση: 22:15\n", published: "2020-03-04"},
		{name: "another calendar's date, then ours",
			page: "Tehran Daily\nRain floods hundreds of tents in camps near the border\nچهارشنبه ۱ آبان ۱۳۹۸ — Wednesday 23/10/2019, 15:20 Tehran time\n", published: "2019-10-23"},
	})
}
