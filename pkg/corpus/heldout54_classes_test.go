package corpus

import "testing"

// Classes found on the fifty-fourth and fifty-fifth held-out sets, in
// text of our own.
func TestExtract_Heldout54Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a share written in digits",
			body: "Only 1 in 4 refugee children followed lessons, and 9 in 10 families were in debt.",
			want: []wantFact{{value: 25, category: Other, unit: "percent"}, {value: 90, category: Other, unit: "percent"}}},
		{name: "a year after 'in' makes no share",
			body: "Some 300 families fled in 2019.",
			want: []wantFact{{value: 300, category: Displaced}}},
		{name: "an answer that opens with 'No.' ends there",
			body: "No. The UN says some 60,000 people have gone back.",
			want: []wantFact{{value: 60000, category: Other, source: "UN"}}},
	})
}

func TestExtract_Heldout54Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "live entries that open with a dotted clock",
			body: "18.40 – The minister said 500 more soldiers would be sent to the border.\n\n17.45 – Police said 1,200 people had gathered at the crossing.",
			want: []wantFact{{value: 500, category: Troops}, {value: 1200, category: AtRisk}}},
	})
}

// An interview whose answers carry a family name written first in the
// introduction, "Zhou Rong, a researcher ...".
func TestExtract_InterviewFamilyNameFirst(t *testing.T) {
	a := &Article{Name: "t", Publisher: "Global Courier", Body: "Zhou Rong, a researcher at a university in Beijing, spoke to the Global Courier.\n\n" +
		"GC: How many could come?\n\n" +
		"Zhou: As many as 300,000 people could be forced to flee.\n\n" +
		"GC: And Europe?\n\n" +
		"Zhou: Turkey already hosts about 3.6 million Syrian refugees."}
	checkSources(t, a, "Zhou Rong", "Zhou Rong")
}

func TestParseArticle_Heldout54(t *testing.T) {
	runParseCases(t, []parseCase{
		{name: "a byline with the source and the date on its line",
			in:  "Offensive uproots 130,000 in the north\nBy Jane Roe and Sam Doe Source:Valley Times Published: 2019/10/14 21:48:40\n\nThe body of the story starts here, and it goes on for a while.",
			pub: "2019-10-14", body: "The body of the story starts here, and it goes on for a while."},
		{name: "a date before the byline, then related stories and a posted-by line",
			in:  "Bulgaria readies troops for the border\nMarch 2, 2020 by The Valley Globe staff · Last updated 18.40 EET\n\nThe body of the story starts here, and it goes on for a while.\n\nRelated Valley Stories\nHalf of the population could soon be poor\n\nPosted by: VG Editor in News, Refugees | 2 Comments",
			pub: "2020-03-02", body: "The body of the story starts here, and it goes on for a while."},
	})
}
