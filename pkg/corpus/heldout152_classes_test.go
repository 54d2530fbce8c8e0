package corpus

import "testing"

// Classes found on the hundred-and-fifty-second to hundred-and-fifty-fifth
// held-out sets, in text of our own.

func TestExtract_Heldout152Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a daily flow of arrivals into a camp",
			body: "Staff at the Kilis camp said between 300 and 500 families were arriving there every day.",
			want: []wantFact{{value: 300, category: Displaced}}},
		{name: "a nightly flow received at a crossing",
			body: "Border officials said they were receiving about 900 people a night at the Peshkhabour crossing.",
			want: []wantFact{{value: 900, category: Displaced, qual: Approx}}},
		{name: "a camp receiving arrivals shelters them",
			body: "The camp is now receiving 400-600 new arrivals every day, its manager said.",
			want: []wantFact{{value: 400, category: Sheltered}}},
		{name: "a second count that shares the first one's verb of flight",
			body: "Of those, some 40,000 had fled towards the coast and about 25,000 towards the Bab al-Hawa crossing, the agency said.",
			want: []wantFact{{value: 40000, category: Displaced, qual: Approx}, {value: 25000, category: Displaced, qual: Approx}}},
		{name: "things and soldiers sent into a place are no coordination",
			body: "The army sent a further 80 tanks and some 400 commandos into the province overnight.",
			want: []wantFact{{value: 80, category: Other}, {value: 400, category: Troops, qual: Approx}}},
		{name: "people back in their villages went home",
			body: "Where the displaced are now:\n\n- In camps near the border: about 9,000\n- Back in their villages after the truce: more than 6,000\n",
			want: []wantFact{{value: 9000, category: Sheltered, qual: Approx}, {value: 6000, category: Other, qual: AtLeast}}},
		{name: "a count that may leave tomorrow",
			body: "\"Today 5,000 crossed. Tomorrow another 8,000 to 10,000 may go,\" the mayor said.",
			want: []wantFact{{value: 5000, category: Displaced}, {value: 8000, category: AtRisk}}},
		{name: "a man's sons are his family",
			body: "Karim Haddad, 41, paid a driver $200 to take him, his wife and three sons to the border.",
			want: []wantFact{{value: 3, category: Other}}},
		{name: "how long someone waited counts nothing",
			body: "Many families have waited three years for a decision on their claims.",
			want: nil},
		{name: "years in this room are time spent there",
			body: "\"Four years in this tent, and now they tell us to take it down,\" she said.",
			want: nil},
	})
}

func TestExtract_Heldout152Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "related lines in Spanish, Hebrew and capitals",
			body: "About 300 tents flooded overnight.\n\nLee también: 4 claves de la crisis\nלקריאה נוספת: 7 הרוגים\nALSO ON THE DAILY STAR: 9 injured in a crash\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
		{name: "subscription prices in marks, francs and shekels",
			body: "About 300 tents flooded overnight.\n\nDigitalno izdanje: 7,50 KM mjesečno.\n\nAbonnement : 900 KMF par mois.\n\nמנוי: 29.90 ₪ לחודש\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
		{name: "a donation line under the story",
			body: "About 300 tents flooded overnight.\n\nTo donate to the winter appeal: €15 buys a blanket for one child.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout152Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Bosnian date in the genitive",
			page: "SARAJEVSKI LIST\nRain floods hundreds of tents in camps near the border\nObjavljeno: 4. februara 2020. u 09:15\n", published: "2020-02-04"},
		{name: "a Polish date in the genitive",
			page: "Gazeta Graniczna\nRain floods hundreds of tents in camps near the border\n3 kwietnia 2020, 10:40\n", published: "2020-04-03"},
		{name: "a publication date with an update's clock after it",
			page: "The Island Courier\nRain floods hundreds of tents in camps near the border\nPublished on October 22, 2019 8:15 AM — Last updated 5:40 PM\n", published: "2019-10-22"},
		{name: "an outlet named in two scripts",
			page: "الغد | Alghad\nالرئيسية | محليات | English | Opinion\nHome › English › Region\nRain floods hundreds of tents in camps near the border\n" +
				"March 2, 2020\nAlghad from Amman\nShare: Facebook · X\n" + storyLine + "\nA camp manager told Alghad the drains had failed.\n",
			publisher: "Alghad"},
		{name: "an outlet in capitals that the page signs in mixed case",
			page: "KURDWATCH\nbriefings on the north\nPolitics | Society | Archive\nHome / Society\nRain floods hundreds of tents in camps near the border\n" +
				"02.03.2020 | Kurdwatch correspondent | Qamishli\nShare: Facebook | Twitter\n" + storyLine + "\nKURDWATCH archive\n© KURDWATCH 2020\n",
			publisher: "Kurdwatch"},
	})
}

func TestExtract_TableSourceColumn(t *testing.T) {
	body := "The toll so far:\n\nWhat | Figure | Source\nDisplaced since Monday | about 40,000 people | UN (OCHA)\nChildren killed | 12 children | UNICEF\n"
	checkSources(t, parseArticle("t", "A headline for the page\n\n"+body), "OCHA", "UNICEF")
}

// An interview whose answers follow their questions on the next line,
// with French spacing before the colons.
func TestExtract_FrenchSpacedInterviewLabels(t *testing.T) {
	body := "Storms hit the camps this week. Le Courrier reached Amina Saleh, a nurse who works in the camps, by telephone.\n\n" +
		"Le Courrier : How bad is it? Amina Saleh : In this camp alone, about 300 tents have to be rebuilt.\n\n" +
		"Le Courrier : And elsewhere? Amina Saleh : Across the valley we are talking about some 40 camps.\n\n" +
		"Le Courrier : Is help coming? Amina Saleh : Not yet.\n"
	checkSources(t, &Article{Name: "t", Body: body, Publisher: "Le Courrier"}, "Amina Saleh", "Amina Saleh")
}
