package corpus

import "testing"

// Classes found on the seven-hundred-and-thirty-second to seven-hundred-
// and-thirty-fifth held-out sets, in text of our own.

func TestHeader_Heldout732Dates(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "an Uzbek weekday, the year's suffix and a published label",
			page:      "Bukhoro haqiqati\nDunyo\nA headline about the camps\nE’lon qilindi: seshanba, 12-noyabr, 2019-yil · 09:40\n\n",
			published: "2019-11-12"},
		{name: "a Bosnian weekday and label before a dotted date",
			page:      "Tuzlanski list\nSvijet\nA headline about the camps\nObjavljeno / Published: utorak, 12.11.2019. | 09:40\n\n",
			published: "2019-11-12"},
		{name: "our calendar's date, then the Persian calendar's in its own script",
			page:      "پیام شمال\nPAYAM SHOMAL — Gilan Daily | Rasht\nخانه | گیلان | جهان\nCOMMENT: The border stays shut and the camps fill up\nMonday, 4th November 2019 · دوشنبه ۱۳ آبان ۱۳۹۸ | Last updated: 10:15 IRST\nWorld Desk\n\n",
			published: "2019-11-04"},
		{name: "a masthead in capitals with its own initials in brackets",
			page:      "NORTH RIFT NEWS AGENCY (NRNA)\nIndependent news for Eldoret and the North Rift\nHome | News | Opinion | Contact\nA headline about the camps\n2019-11-04\n\n",
			publisher: "North Rift News Agency"},
		{name: "additional reporting from an agency after a bar in a byline",
			page: "Kafue Valley Radio\nA headline about the camps\nMonday 4th November, 2019\nBy Mutale Banda, KVR News | with additional reporting from Reuters\n\n",
			wire: "Reuters"},
	})
}

// bukhoroHead and bukhoroFoot frame an interview page of an outlet that
// writes its name with a lower-case word: "Bukhoro haqiqati".
const (
	bukhoroHead = "BUKHORO HAQIQATI\nBuxoro viloyati gazetasi · buxoroh.uz\nBosh sahifa | Dunyo | Suhbat\nA headline about the camps\n2019-11-04\n\n"
	bukhoroFoot = "© 2019 Bukhoro haqiqati gazetasi.\n"
)

func TestExtract_Heldout732Interview(t *testing.T) {
	// The outlet's name as its questions' label, in the case it writes
	// its name in; and an answer's "By WFP's count" is WFP's.
	page := bukhoroHead +
		"Dilnoza Rakhimova, 41, runs a kitchen in Duhok for an aid group. We spoke to her on Sunday.\n\n" +
		"Bukhoro haqiqati: How many people come each day?\n\n" +
		"Rakhimova: Around 600 people eat with us every day now.\n\n" +
		"Bukhoro haqiqati: And the camps?\n\n" +
		"Rakhimova: We have put up 200 tents this week.\n\n" + bukhoroFoot
	runSourceCase(t, page, 2, "Dilnoza Rakhimova")

	page = bukhoroHead +
		"Dilnoza Rakhimova, 41, runs a kitchen in Duhok for an aid group. We spoke to her on Sunday.\n\n" +
		"Bukhoro haqiqati: How many people come each day?\n\n" +
		"Rakhimova: Most of them are new. By WFP’s count, about 2,300 people have crossed this week.\n\n" +
		"Bukhoro haqiqati: And the camps?\n\n" +
		"Rakhimova: Nobody had planned for it.\n\n" + bukhoroFoot
	runSourceCase(t, page, 1, "WFP")
}

func TestExtract_Heldout732Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "since a day of the month written as an ordinal",
			body: "By the agency's count, more than 3,100 people have crossed since the 14th.",
			pub:  "2019-10-24",
			want: []wantFact{{value: 3100, category: Displaced, qual: AtLeast, period: "2019-10-14"}}},
		{name: "since an ordinal day after the day of publication: the month before",
			body: "More than 3,100 people have crossed since the 28th.",
			pub:  "2019-11-04",
			want: []wantFact{{value: 3100, category: Displaced, qual: AtLeast, period: "2019-10-28"}}},
		{name: "since an ordinal day of a named month",
			body: "More than 3,100 people have crossed since the 3rd of October.",
			pub:  "2019-11-04",
			want: []wantFact{{value: 3100, category: Displaced, qual: AtLeast, period: "2019-10-03"}}},
		{name: "an event dating a statement is the writer's narration",
			body: "Ankara said on Friday that it would open its borders, hours after 20 Turkish soldiers were killed in Idlib.",
			want: []wantFact{{value: 20, category: Killed, unit: "soldiers", source: "reporter"}}},
		{name: "a body of officials told apart by its place",
			body: "Municipal officials in Zahle said 400 tents had flooded.",
			want: []wantFact{{value: 400, category: Other, unit: "tents", source: "municipal officials in Zahle"}}},
		{name: "a person named after a place and a title opening the sentence before",
			body: "At Kastanies, Greek Prime Minister Kyriakos Mitsotakis called the frontier \"sacred\", and promised more money. " +
				"He said Athens would send 52 extra patrol boats.",
			want: []wantFact{{value: 52, category: Other, source: "Kyriakos Mitsotakis"}}},
		{name: "a town glossed as home to refugees, opening the sentence",
			body: "In Bar Elias, a farming town that is home to some 40,000 refugees, floods damaged 120 tents, the mayor said.",
			want: []wantFact{{value: 40000, category: Refugees, source: "reporter"}, {value: 120, category: Other, unit: "tents", source: "mayor"}}},
		{name: "what officials say in a relative clause ends with it",
			body: "The Vial camp, which officials say holds some 7,000 people, was built for fewer than 1,000 people.",
			want: []wantFact{{value: 7000, source: "officials", category: Sheltered}, {value: 1000, category: Other, qual: AtMost, source: "reporter"}}},
	})
}

func TestExtract_Heldout732OutletsOwnWord(t *testing.T) {
	// The outlet adding a fact in its own name is the reporter.
	page := "Radio Kivu\nA headline about the camps\n2019-11-04\n\n" +
		"Radio Kivu adds: Burundi brought home 45 of its citizens from the camps, most of them children.\n"
	runSourceCase(t, page, 1, "reporter")
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout732Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an event after the speaker's verb is the speaker's",
			body: "Five soldiers were killed on Monday, the Defence Ministry said, a week after seven soldiers died near Saraqeb.",
			want: []wantFact{{value: 5, category: Killed, source: "Defence Ministry"}, {value: 7, category: Killed, source: "Defence Ministry"}}},
		{name: "a named body keeps no place",
			body: "A UNICEF spokeswoman in Amman said 300 children had crossed.",
			want: []wantFact{{value: 300, category: Displaced, source: "UNICEF spokeswoman"}}},
		{name: "what a relative clause on the subject says ends with it",
			body: "Turkey, which says it cannot take in more, already hosts 3.6 million.",
			want: []wantFact{{value: 3.6e6, category: Refugees, source: "reporter"}}},
	})
	// A figure after the owner's figure in an answer is the speaker's.
	page := bukhoroHead +
		"Dilnoza Rakhimova, 41, runs a kitchen in Duhok for an aid group. We spoke to her on Sunday.\n\n" +
		"Bukhoro Haqiqati: How many people are there?\n\n" +
		"Rakhimova: Nobody knows. The government’s estimate is about 1.2m, so perhaps 400,000 people have no papers.\n\n" +
		"Bukhoro Haqiqati: And the camps?\n\n" +
		"Rakhimova: Nobody had planned for it.\n\n" + bukhoroFoot
	a := parseArticle("t", page)
	facts, _ := extract(a)
	if len(facts) != 2 || facts[1].Source != "Dilnoza Rakhimova" {
		t.Errorf("got %+v, want the second figure Dilnoza Rakhimova's", facts)
	}
}
