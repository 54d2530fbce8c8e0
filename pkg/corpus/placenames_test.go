package corpus

import "testing"

// A place a sentence names without a preposition is where its figure is:
// a country or town as the subject, a river or valley with its noun, a
// named camp before the town it is near. Names that are not where the
// figure is stay out: origins listed after "from", a capital that stands
// for its government, a country that sends troops abroad, a crossing
// named in a "since" clause.
func TestLocation_PlaceNamedWithoutPreposition(t *testing.T) {
	const head = "Crossings rise\n\nBy Ann Lee\n\nCrowds gathered in Tumbes on Monday as buses arrived from Lima. " +
		"Hotels in Tumbes are full.\n\n"
	runLocationCases(t, []locationCase{
		{"a country as the subject", head +
			"Ecuador says 2,000 people crossed its northern border on Sunday.",
			"2,000 people", "Ecuador"},
		{"a possessor when nothing follows", head +
			"Ecuador's migration office says 2,000 people crossed on Sunday.",
			"2,000 people", "Ecuador"},
		{"a river named with its noun", head +
			"Police said 300 people tried to cross the Zarumilla river overnight.",
			"300 people", "Zarumilla"},
		{"a valley keeps its noun", head +
			"Officials fear the Zarumilla valley could see 3,000 more people displaced.",
			"3,000 more people", "Zarumilla valley"},
		{"origins listed after from are not places", head +
			"Police arrested 40 people, most of them from Haiti, Cuba and Venezuela.",
			"40 people", "Tumbes"},
		{"a capital stands for its government", head +
			"Lima says 2,000 people are waiting at the fence.",
			"2,000 people", "Tumbes"},
		{"a country that sends troops abroad is not where they are", head +
			"Chile has sent 1,000 soldiers to help with the checks.",
			"1,000 soldiers", "Tumbes"},
		{"troops sent to a country's own border stay home", head +
			"Chile will send 500 troops to its border with Peru.",
			"500 troops", "Chile"},
		{"a crossing in a since clause is a time", head +
			"Since the Aguas Verdes crossing reopened, 5,000 people have gone home.",
			"5,000 people", "Tumbes"},
	})
}

// A named camp is where its people are, before the town it is near; the
// preposition that opens a sentence is not part of its name.
func TestLocation_NamedCampFirst(t *testing.T) {
	const head = "Camps fill\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{"the camp before the town near it", head +
			"The Kakuma camp near Lodwar now shelters 12,000 people.",
			"12,000 people", "Kakuma"},
		{"a reception centre is a camp", head +
			"On Chios, the Vial reception centre, a site built for 1,000 people, now holds more than 5,000.",
			"more than 5,000", "Vial"},
		{"a camp at the start of a sentence", head +
			"Rain fell in Lodwar overnight. In Kakuma camp, which holds 12,000 people, roads flooded.",
			"12,000 people", "Kakuma"},
	})
}

// A sentence that names no place but says "the country", or counts
// refugees, concerns a country, not the town the story is about: the
// country at war for a war's toll, a demonym's country, else the one
// named before or most; refugees the country that hosts them.
func TestLocation_CountryMeant(t *testing.T) {
	const head = "Winter in the Bekaa\n\nBy Ann Lee\n\n" +
		"Snow fell in Zahle on Monday. Families in Zahle burned plastic to keep warm, " +
		"and many Syrian refugees there said they would not go back to Syria, where the war goes on. " +
		"Lebanon has asked donors for more help.\n\n"
	runLocationCases(t, []locationCase{
		{"across the country", head +
			"A UN survey found that 70 percent of refugee households across the country live below the poverty line.",
			"70 percent", "Lebanon"},
		{"the country's war is the country at war", head +
			"Yemen's war has gone on for years. It has driven half of the country's pre-war population from their homes.",
			"half", "Yemen"},
		{"a demonym names the country", head +
			"Greek police said they had blocked 9,000 attempts to enter the country since Saturday.",
			"9,000 attempts", "Greece"},
		{"refugees counted without a place are the host country's", head +
			"Some 930,000 Syrians are registered with the UN refugee agency.",
			"Some 930,000 Syrians", "Lebanon"},
		{"refugees counted here stay in the town", head +
			"Syrian refugees registered here now number about 40,000.",
			"about 40,000", "Zahle"},
	})
}

// "The Syrian side" is no place of its own: a figure on it concerns the
// place the story is about.
func TestLocation_SideIsNoPlace(t *testing.T) {
	const head = "Offensive enters second week\n\nBy Ann Lee\n\n" +
		"Shelling continued in northeast Syria on Monday. Families in northeast Syria fled south.\n\n"
	runLocationCases(t, []locationCase{
		{"killed on the Syrian side", head +
			"The monitor says 72 civilians have been killed on the Syrian side since Oct. 9.",
			"72 civilians", "northeast Syria"},
	})
}
