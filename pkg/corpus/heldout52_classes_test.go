package corpus

import "testing"

// Classes found on the fiftieth, fifty-second and fifty-third held-out
// sets, in text of our own.
func TestExtract_Heldout52Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people a country has resettled are refugees there; a quota is a limit",
			body: "Wales has resettled more than 1,200 Syrians since 2015, within an annual quota of 500 resettled refugees.",
			want: []wantFact{{value: 1200, category: Refugees}, {value: 500, category: Other}}},
		{name: "people who managed to get across have crossed",
			body: "About 9,000 people gathered at the border, and fewer than 800 managed to get across.",
			want: []wantFact{{value: 9000, category: AtRisk}, {value: 800, category: Displaced}}},
		{name: "displaced nationals a region is home to are displaced",
			body: "The region was already home to about 1.2m displaced Iraqis before the influx.",
			want: []wantFact{{value: 1200000, category: Displaced}}},
		{name: "a speaker after the verb is not a time",
			body: "At least 20 soldiers were killed in the strike, Ali Demir, the governor of the province, said early on Friday.",
			want: []wantFact{{value: 20, category: Killed, source: "Ali Demir"}}},
		{name: "a speaker who spoke on a date after the figure",
			body: "The number of people driven from their homes has climbed to about 600,000 since the beginning of December, the United Nations said on Feb. 14.",
			pub:  "2020-02-15",
			want: []wantFact{{value: 600000, category: Displaced, source: "United Nations", period: "2019-12-01"}}},
		{name: "a speaker who said it in an update, after the figure",
			body: "Camps along the border now shelter some 900,000 people, the agency said in its latest update.",
			want: []wantFact{{value: 900000, category: Sheltered, source: "agency"}}},
		{name: "an attribution set off by commas between a count and its verb",
			body: "Some 40,000 people, it said on Saturday, were on the roads toward the coast.",
			want: []wantFact{{value: 40000, category: Displaced}}},
	})
}

func TestParseArticle_Heldout52(t *testing.T) {
	runParseCases(t, []parseCase{
		{"a date line with the edition's name in brackets",
			"Camps fill up as families keep crossing the border\nFebruary 15, 2020 (Valley Times)\n\nThe body of the story starts here, and it goes on for a while.",
			"Camps fill up as families keep crossing the border", "2020-02-15", "The body of the story starts here, and it goes on for a while."},
		{"a month followed by a comma, an editor's note with a curly apostrophe",
			"Camps fill up as families keep crossing the border\nFebruary, 28, 2020 - 14:26\n\nThe body of the story starts here, and it goes on for a while.\n\nEditor’s note: An earlier version of this article gave the camp's population as 47,000.",
			"Camps fill up as families keep crossing the border", "2020-02-28", "The body of the story starts here, and it goes on for a while."},
	})
}
