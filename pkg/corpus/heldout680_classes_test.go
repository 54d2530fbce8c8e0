package corpus

import "testing"

// Classes found on the six-hundred-and-eightieth to six-hundred-and-
// eighty-third held-out sets, in text of our own.

func TestExtract_Heldout680Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an -odd figure is a rough one",
			body: "The school now shelters 1,700-odd people, the council said.",
			want: []wantFact{{value: 1700, category: Sheltered, qual: Approx, unit: "people", source: "council"}}},
		{name: "the part of a span still to run",
			body: "I signed up for six weeks at the clinic, and I have three left. On Monday 40 patients came in.",
			want: []wantFact{{value: 40, category: Other, qual: Exact, unit: "patients"}}},
		{name: "a name with a particle before a bracketed age",
			body: "Anna de Boer (44) was in Hasakah when 200 families arrived at the school.",
			want: []wantFact{{value: 200, category: Sheltered, qual: Exact, unit: "families", location: "Hasakah"}}},
		{name: "has long put the total",
			body: "Beirut has long put the total at 1.5 million Syrian refugees.",
			want: []wantFact{{value: 1500000, category: Refugees, qual: Exact, unit: "refugees", source: "Beirut"}}},
		{name: "a weekday before the subject is no part of it",
			body: "Later on Monday the Greek coastguard said 3,000 people had fled the town.",
			want: []wantFact{{value: 3000, category: Displaced, qual: Exact, unit: "people", source: "Greek coastguard"}}},
		{name: "a role with its holder named after a comma",
			body: "About 4,000 families have fled the town, according to its mayor, Bassel al-Hujeiri.",
			want: []wantFact{{value: 4000, category: Displaced, qual: Approx, unit: "families", source: "Bassel al-Hujeiri"}}},
		{name: "a road from one place to another inside the subject",
			body: "A Reuters reporter on the road from Azaz town to the border counted about 80 buses in an hour.",
			want: []wantFact{{value: 80, category: Other, qual: Approx, unit: "buses", source: "Reuters reporter"}}},
		{name: "count as a verb after a named subject",
			body: "Others have crowded into mosques: local councils in Dana count at least 12,000 people sleeping in schools.",
			want: []wantFact{{value: 12000, category: Sheltered, qual: AtLeast, unit: "people", source: "local councils in Dana"}}},
		{name: "by the owner's count, named in full before",
			body: "The Syrian Observatory for Human Rights has monitors across the province. By the Observatory’s count, 45 civilians have been killed.",
			want: []wantFact{{value: 45, category: Killed, qual: Exact, unit: "civilians", source: "Syrian Observatory for Human Rights"}}},
		{name: "by a descriptor's count, qualified before",
			body: "The Lebanese government wants the refugees to go home. By the government's count, 1.5 million Syrians live in Lebanon.",
			want: []wantFact{{value: 1500000, category: Refugees, qual: Exact, unit: "Syrians", source: "Lebanese government"}}},
	})
}

func TestHeader_Heldout680Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Georgian masthead with a Latin acronym",
			page:      "ტრიალეთი TV | TRIALETI TV\nრეგიონული ტელევიზია — Regional television\nმთავარი | ახალი ამბები | ვიდეო\nმთავარი / მსოფლიო\nThousands flee the offensive in the north\n",
			publisher: "Trialeti TV"},
		{name: "a Turkmen credit with the agency before bilen",
			page: "Thousands flee the offensive\nHabarçy: Arzuw News dünýä bölümi, AFP bilen\n",
			wire: "AFP"},
		{name: "an Uzbek credit with the agency before bilan",
			page: "Thousands flee the offensive\nXalqaro redaksiya, Reuters bilan\n",
			wire: "Reuters"},
		{name: "an Azerbaijani credit with the agency before ilə",
			page: "Thousands flee the offensive\nXarici xəbərlər redaksiyası, AFP ilə\n",
			wire: "AFP"},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout680Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "count after a lowercase noun is the noun",
			body: "The official count put the number of displaced at 5,000 people.",
			want: []wantFact{{value: 5000, category: Displaced, qual: Exact, unit: "people", source: "reporter"}}},
	})
}
