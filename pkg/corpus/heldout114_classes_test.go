package corpus

import "testing"

// Classes found on the hundred-and-fourteenth and hundred-and-fifteenth
// held-out sets, in text of our own.

func TestExtract_Heldout114Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "countries after the first count leave its verb out",
			body: "Chad hosts about 400,000 Sudanese refugees, Uganda some 60,000 and Kenya nearly 10,000, the agency says.",
			want: []wantFact{
				{value: 400000, category: Refugees, qual: Approx, location: "Chad"},
				{value: 60000, category: Refugees, qual: Approx, location: "Uganda"},
				{value: 10000, category: Refugees, qual: Approx, location: "Kenya"}}},
		{name: "a singular person noun before a plural one: the plural is the head",
			body: "The army sent some 3,000 rebel fighters to the front.",
			want: []wantFact{{value: 3000, category: Troops, qual: Approx, unit: "fighters"}}},
		{name: "police officers stay police",
			body: "The minister said another 200 police officers would be sent to the border.",
			want: []wantFact{{value: 200, category: Other, unit: "police"}}},
		{name: "a relative clause on fighters deployed counts them",
			body: "Allied militiamen deployed there, whose number officials put at about 4,000, were seen at the checkpoints.",
			want: []wantFact{{value: 4000, category: Troops, qual: Approx}}},
		{name: "a range that ends in a million",
			body: "Between 600,000 and a million people could flee towards the border, the agency warned.",
			want: []wantFact{{value: 600000, category: AtRisk, qual: Range}}},
		{name: "people sleeping on a road have no shelter",
			body: "Volunteers counted about 900 people sleeping on the coast road.",
			want: []wantFact{{value: 900, category: Unsheltered, qual: Approx}}},
		{name: "people who could remain without shelter if a condition fails are at risk",
			body: "If the tents do not arrive, as many as 3,000 people could remain without shelter, the charity warned.",
			want: []wantFact{{value: 3000, category: AtRisk, qual: AtMost}}},
	})
}

func TestExtract_Heldout114Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a column of shelters under an adjective counts shelters",
			body: "The agency published this breakdown on Monday:\n\nDistrict        Displaced    Collective shelters\nNorth Town      12\u00a0400       21\nRiver Bend      8\u00a0300        14",
			want: []wantFact{{value: 12400, category: Displaced}, {value: 21, category: Other, unit: "shelters"}, {value: 8300, category: Displaced}, {value: 14, category: Other, unit: "shelters"}}},
	})
}

func TestParseArticle_MastheadAcronymAndCaption(t *testing.T) {
	text := "VNB\nHome | World | Business | VNB Insider\nWorld\nFloods sweep the camps as the river rises\n[Image: Families wade through a flooded camp. (Photo: REUTERS/Jo Park)]\nBookmark | Share: Facebook | Twitter\n\nMAFRAQ: Heavy rain flooded 300 tents overnight.\n\nRelated stories: 4 hurt as storm hits the coast\n"
	a := parseArticle("t", text)
	if a.Title != "Floods sweep the camps as the river rises" {
		t.Errorf("title = %q", a.Title)
	}
	if a.Publisher != "VNB" {
		t.Errorf("publisher = %q", a.Publisher)
	}
	if a.Body != "Heavy rain flooded 300 tents overnight." {
		t.Errorf("body = %q", a.Body)
	}
}
