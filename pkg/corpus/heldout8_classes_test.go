package corpus

import "testing"

// Categories found wrong on the eighth held-out set, in sentences of our
// own.
func TestExtract_Heldout8Categories(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a part set off between the subject and its verb", body: "At least 40 villagers, six of them women, were killed in the raid.",
			want: []wantFact{{value: 40, category: Killed, unit: "villagers"}, {value: 6, category: Killed, unit: "women"}}},
		{name: "a restatement after a share goes back to the count", body: "Some 200,000 people have fled the valley. About 60 percent of them are children. A local group put the number at 250,000 people.",
			want: []wantFact{{value: 200000, category: Displaced}, {value: 60, category: Other, unit: "percent"}, {value: 250000, category: Displaced}}},
		{name: "a share told as N out of M", body: "Seven out of ten displaced families in the valley have no income.",
			want: []wantFact{{value: 70, category: Other, unit: "percent"}}},
		{name: "food given to refugees counts recipients", body: "The agency will give food assistance to 20,000 Syrian refugees in Jordan each month.",
			want: []wantFact{{value: 20000, category: Other}}},
		{name: "soldiers being neutralised", body: "The army said it had shelled the hills, neutralising 60 fighters.",
			want: []wantFact{{value: 60, category: Other}}},
		{name: "people who stay near a crossing", body: "Some 500 families stayed near the river crossing through the night.",
			want: []wantFact{{value: 500, category: AtRisk}}},
		{name: "families arriving where a camp manager speaks", body: "A man who runs the camps near the town said 900 new families had arrived since Monday.",
			want: []wantFact{{value: 900, category: Sheltered, unit: "families"}}},
		{name: "arrivals in a town with no shelter named stay displaced", body: "The mayor said 900 new families had arrived since Monday.",
			want: []wantFact{{value: 900, category: Displaced, unit: "families"}}},
	})
}

// Numbers that count nothing, found on the eighth held-out set, in
// sentences of our own.
func TestExtract_Heldout8Distractors(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an hour of the night", body: "\"Families reach us at 3 in the morning with nothing,\" the manager said.", want: nil},
	})
}

// A header layout found on the eighth held-out set, in an article of our
// own: the outlet's name and tagline in one block, then a section label
// on a line of its own above the headline.
func TestParseArticle_Heldout8Layouts(t *testing.T) {
	in := "The Valley Herald\nNews Without Fear Daily\n\nWorld\n\nFighting has uprooted 5,000 in the valley, officials say\n\nBy Jane Roe\nOctober 20, 2019 at 6:15 p.m.\n\nMore than 5,000 people have fled the valley, officials said.\n\n© 2019 The Valley Herald"
	a := parseArticle("x", in)
	if want := "Fighting has uprooted 5,000 in the valley, officials say"; a.Title != want || a.Publisher != "The Valley Herald" {
		t.Errorf("got title %q publisher %q, want title %q publisher %q", a.Title, a.Publisher, want, "The Valley Herald")
	}
}
