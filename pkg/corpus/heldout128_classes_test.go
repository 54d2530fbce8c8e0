package corpus

import "testing"

// Classes found on the hundred-and-twenty-eighth to hundred-and-thirty-first
// held-out sets, in text of our own.

func TestExtract_Heldout128Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an age in brackets after a speaker's name",
			body: "“The water came at night,” said Omar Haddad (61), who has lived in the camp since 2014.",
			want: nil},
		{name: "a count by place in brackets stays a count",
			body: "Shelling hit Tal Tamr (14), Ain Issa (9) and other villages.",
			want: []wantFact{{value: 14, category: Other}, {value: 9, category: Other}}},
		{name: "a Creative Commons licence's version",
			body: "This article is published under a Creative Commons Attribution-NonCommercial 4.0 International licence.",
			want: nil},
		{name: "how long someone has been here",
			body: "“We have been here three nights and nobody came.”",
			want: nil},
		{name: "a camp whose population swells",
			body: "Vial, the island's main camp, has seen its population swell to over 7,000.",
			want: []wantFact{{value: 7000, category: Sheltered, qual: AtLeast}}},
		{name: "a country that says it shelters refugees hosts them",
			body: "Jordan says it already shelters more than 650,000 refugees and cannot take more.",
			want: []wantFact{{value: 650000, category: Refugees, qual: AtLeast}}},
		{name: "a country that shelters refugees, in a relative clause",
			body: "Iraq, which shelters about 250,000 Syrian refugees, closed the crossing.",
			want: []wantFact{{value: 250000, category: Refugees, qual: Approx}}},
		{name: "a town that hosts refugees in settlements hosts them",
			body: "Zahle, a town that hosts some 40,000 refugees in 90 informal settlements, was flooded.",
			want: []wantFact{{value: 40000, category: Refugees, qual: Approx}, {value: 90, category: Other}}},
		{name: "the flight of people from an offensive",
			body: "The border stays closed despite the flight of thousands of people from the offensive, the minister said.",
			want: []wantFact{{value: 1000, category: Displaced, qual: AtLeast}}},
		{name: "a camp named by its reception centre",
			body: "The Vial reception centre is full. Nearly 600 unaccompanied children are living in Vial.",
			want: []wantFact{{value: 600, category: Sheltered, qual: Approx}}},
		{name: "a period that closes a first predicate holds for the second",
			pub:  "2020-03-02",
			body: "Police said they had stopped 2,400 attempts to cross in the past 24 hours and detained 31 people.",
			want: []wantFact{{value: 2400, category: Other, period: "2020-03-01"}, {value: 31, category: Other, period: "2020-03-01"}}},
		{name: "since dawn is the day of publication",
			pub:  "2020-03-02",
			body: "The coastguard said nine boats carrying some 300 people had landed since dawn.",
			want: []wantFact{{value: 9, category: Other, period: "2020-03-02"}, {value: 300, category: Displaced, qual: Approx, period: "2020-03-02"}}},
		{name: "since dawn on a weekday is that weekday",
			pub:  "2020-03-02",
			body: "Police said 5,100 attempts to cross had been blocked since dawn on Sunday.",
			want: []wantFact{{value: 5100, category: Other, period: "2020-03-01"}}},
	})
}

func TestExtract_Heldout128Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a column of people relocated",
			body: "The agency gave this breakdown:\n\nArea            Tents hit    People relocated\nNorth Valley        40              220\nRiver Plain         25              130\n",
			want: []wantFact{{value: 40, category: Other}, {value: 220, category: Displaced}, {value: 25, category: Other}, {value: 130, category: Displaced}}},
		{name: "a labelled item's since sets the start of any count",
			pub:  "2019-10-20",
			body: "These are the latest figures:\n\n• Registered at Gawilan camp since 14 October: 2,300 refugees (UNHCR)\n• Trucks in the last convoy, in September: 40\n",
			want: []wantFact{{value: 2300, category: Sheltered, period: "2019-10-14"}, {value: 40, category: Other, period: "-"}}},
		{name: "an outlet's contact line under the story",
			body: "About 300 tents flooded overnight.\n\nValley Courier, 12-14 Main Street, P.O. Box 2210, Riverton | Phone: (685) 24099\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
		{name: "a French read-also heading with a spaced colon",
			body: "About 300 tents flooded overnight.\n\nLire aussi :\nSyrie : 200 000 enfants menacés par le froid\nMigrants : 40 millions d’euros pour la Grèce\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestParseArticle_Heldout128Bylines(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a pipe, then the agency after With", page: "Floods sweep the camps\nBy Valley Courier Reporter | With Xinhua\n", wire: "Xinhua"},
		{name: "a pipe, then the agency after with", page: "Floods sweep the camps\nBy Jo Park | with Reuters\n", wire: "Reuters"},
		{name: "the Press Association", page: "Floods sweep the camps\nBy Press Association\n", wire: "PA"},
	})
}

func TestExtract_Heldout128Interviews(t *testing.T) {
	t.Run("a label that capitalises a name's particle", func(t *testing.T) {
		a := parseArticle("t", "VALLEY RADIO\nHome > Interviews\nA camp doctor on the winter\nInterview by Jo Park\n\n"+
			"Valley Radio spoke to Samir al-Hakim, who runs the camp clinic.\n\nValley Radio: How many people do you see?\n\n"+
			"Al-Hakim: We have treated about 4,000 people since January.\n\nValley Radio: What do they need?\n\nAl-Hakim: Medicine for 300 children.\n")
		checkSources(t, a, "Samir al-Hakim", "Samir al-Hakim")
	})
	t.Run("answers of the person an introduction presents", func(t *testing.T) {
		a := parseArticle("t", "VALLEY RADIO\nHome > Interviews\nA nurse on the island camp\nBy Jo Park\n\n"+
			"Mele Fonua grew up in Nuku'alofa and trained as a nurse. Since October she has worked at a clinic outside the camp.\n\n"+
			"Q: How many patients do you see?\n\nA: We see about 90 children a day.\n\nQ: What do they need?\n\nA: Blankets for 300 families.\n")
		checkSources(t, a, "Mele Fonua", "Mele Fonua")
	})
	t.Run("an explainer that opens on a storm's name answers itself", func(t *testing.T) {
		a := parseArticle("t", "VALLEY RADIO\nHome > Explainers\nWhat the storm means for the camps\nBy Jo Park\n\n"+
			"Storm Alma swept across the valley this week. Here is what we know.\n\n"+
			"Q: How many tents flooded?\n\nA: About 900 tents flooded.\n\nQ: Who is helping?\n\nA: Volunteers gave 300 families blankets.\n")
		checkSources(t, a, "reporter", "reporter")
	})
}
