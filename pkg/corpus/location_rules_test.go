package corpus

import (
	"strings"
	"testing"
)

// locationCase is a short article and the location wanted for the figure
// whose phrase starts with phrase.
type locationCase struct {
	name, text, phrase, want string
}

// runLocationCases extracts each case's article and checks the location of
// its figure.
func runLocationCases(t *testing.T, cases []locationCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			a := parseArticle("t", tt.text)
			facts, _ := extract(a)
			var phrases []string
			for _, f := range facts {
				if strings.HasPrefix(f.Phrase, tt.phrase) {
					if f.Location != tt.want {
						t.Errorf("location of %q = %q, want %q\n\tsentence: %s", f.Phrase, f.Location, tt.want, f.Sentence)
					}
					return
				}
				phrases = append(phrases, f.Phrase)
			}
			t.Fatalf("no figure %q among %q", tt.phrase, phrases)
		})
	}
}

// A war's length and a toll told in a relative clause on the war concern
// the country at war, not the city where people met or wrote.
func TestLocation_WarFigures(t *testing.T) {
	const head = "Ministers meet on ceasefire\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{"length of the war at a venue", head +
			"Ministers gathered in Vienna on Monday to discuss Yemen's long civil war. " +
			"The talks in Vienna come four years into the war.",
			"four years", "Yemen"},
		{"toll in a relative clause on the war", head +
			"Envoys sat down in Vienna to talk about the Yemeni war. " +
			"Their meeting in Vienna is the first since the start of a conflict that has killed more than 100,000 people.",
			"more than 100,000 people", "Yemen"},
		{"a second toll joined to the first", head +
			"Envoys sat down in Vienna to talk about the war in Yemen. " +
			"Their meeting in Vienna marks a turn in a war which has killed 100,000 people and forced 3 million to flee.",
			"3 million", "Yemen"},
		{"a length named as an adjective", head +
			"Envoys from Sudan's long war met in Vienna on Monday. " +
			"Aid workers in Vienna said the six-year-old war had emptied whole provinces.",
			"six-year-old", "Sudan"},
		{"no country owns a war: the places stay", head +
			"Envoys met in Vienna. The talks in Vienna come four years into the war.",
			"four years", "Vienna"},
		{"a count that is not the war's keeps its place", head +
			"Envoys met in Vienna to talk about Yemen's war. " +
			"Some 2,000 people protested in Vienna on Sunday.",
			"Some 2,000 people", "Vienna"},
	})
}

// A compass direction written with a hyphen belongs to the place name as
// one without does: "north-west Yemen" is named like "northwest Yemen".
func TestLocation_HyphenatedDirections(t *testing.T) {
	const head = "Cold spell in the camps\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{"north-west before a country", head +
			"The talks opened in Marib on Monday. Since January, 4,000 families have fled in north-west Yemen, aid workers said.",
			"4,000 families", "north-west Yemen"},
		{"south-east before a country", head +
			"The talks opened in Aden on Monday. Last week 900 people were displaced in south-east Yemen, officials said.",
			"900 people", "south-east Yemen"},
		{"unhyphenated stays as it was", head +
			"The talks opened in Aden on Monday. Last week 900 people were displaced in southeast Yemen, officials said.",
			"900 people", "southeast Yemen"},
	})
}

// A lower-case place noun after a name is part of the place when it says
// which part of the country is meant (islands, a valley, a coast, a
// border between countries); after a town's name, "border" and "city" are
// not.
func TestLocation_PlaceNouns(t *testing.T) {
	const head = "Arrivals rise\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{"islands after a demonym", head +
			"Some 5,000 asylum seekers were held on the Italian islands, the ministry said.",
			"Some 5,000 asylum seekers", "Italian islands"},
		{"islands after a sea", head +
			"Some 2,300 people are living in tents on the Ionian islands.",
			"Some 2,300 people", "Ionian islands"},
		{"a land border between two countries", head +
			"At least 9,000 people gathered at the Spanish-French land border on Friday.",
			"At least 9,000 people", "Spanish-French land border"},
		{"a border between two countries", head +
			"About 4,000 people waited at the Spanish-French border on Friday.",
			"About 4,000 people", "Spanish-French border"},
		{"a valley", head +
			"Floods hit 700 tents in the Jordan valley on Monday.",
			"700 tents", "Jordan valley"},
		{"a town's border crossing is the town", head +
			"About 4,000 people waited at the Irun border on Friday.",
			"About 4,000 people", "Irun"},
		{"a city named with its noun keeps it", head +
			"About 4,000 people sheltered in Irun city on Friday.",
			"About 4,000 people", "Irun city"},
		{"a demonym before city is no place", head +
			"About 4,000 people sheltered in the northern Spanish city of Irun on Friday.",
			"About 4,000 people", "Irun"},
	})
}

// Capitalised words after "at" or before "camp" that name an organisation
// or are a determiner are not places: the figure keeps the place the text
// names for it.
func TestLocation_NotPlaces(t *testing.T) {
	const head = "Strikes go on\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{"a watchdog after at", head +
			"Air strikes in Marib killed 40 civilians in May.\n\n" +
			"\"The strikes must stop,\" said Jo Park, a researcher at Conflict Watch. They hit 12 schools, she said.",
			"12 schools", "Marib"},
		{"a determiner before camp", head +
			"Two new camps are being built in Kilis.\n\n" +
			"Each camp will house up to 5,000 people, officials said.",
			"up to 5,000 people", "Kilis"},
		{"a named camp stays a place", head +
			"Two new camps are being built in Kilis.\n\n" +
			"Sarmada camp will house up to 5,000 people, officials said.",
			"up to 5,000 people", "Sarmada"},
		{"the organisation a figure is according to", head +
			"Fighting spread across Marib in May, and shelling went on in Marib all week.\n\n" +
			"Some 9,000 people have fled, according to the United Nations.",
			"Some 9,000 people", "Marib"},
		{"an organisation's name after a place preposition", head +
			"Fighting spread across Marib in May, and shelling went on in Marib all week.\n\n" +
			"Some 9,000 people have fled to Free Syrian Army lines, aid workers said.",
			"Some 9,000 people", "Marib"},
	})
}

// A name before an administrative noun ("Mersin province hosts ...") is a
// place even with no preposition before it, and wins over a place named
// only further from the figure.
func TestLocation_AdminNounSubject(t *testing.T) {
	const head = "Hosts strain\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{"a province as the subject", head +
			"Many families first crossed at Bab al-Salam.\n\n" +
			"Mersin province hosts about 230,000 registered Syrians, officials said.",
			"about 230,000 registered Syrians", "Mersin province"},
		{"a district as the subject", head +
			"Many families first crossed at Bab al-Salam.\n\n" +
			"Officials said Tarsus district now shelters 12,000 people.",
			"12,000 people", "Tarsus"},
		{"a reference point for a distance is no place", head +
			"Shelling went on around Tarsus, a town 15 km (9 miles) east of Mersin city.",
			"15 km", "Tarsus"},
		{"a demonym before province is no place", head +
			"Many families first crossed at Bab al-Salam.\n\n" +
			"The Turkish province now shelters 12,000 people, officials said.",
			"12,000 people", "Bab al-Salam"},
	})
}

// "The camp" with no place in its sentence is the camp named last before
// it, not the town the paragraph or the article is about.
func TestLocation_TheCamp(t *testing.T) {
	const head = "Arrivals rise\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{"a camp named with its noun", head +
			"Families from Raqqa are driven to Kawergosk camp near Erbil.\n\n" +
			"Officials said the camp now holds about 8,000 people.",
			"about 8,000 people", "Kawergosk"},
		{"a camp named in an apposition", head +
			"Families from Raqqa are driven to Kawergosk, a camp west of Erbil.\n\n" +
			"A third of the camp's 8,000 residents are children, officials said.",
			"8,000 residents", "Kawergosk"},
		{"the last of two camps", head +
			"Families first stop at Arbat camp near Erbil. Most then move on to Kawergosk camp.\n\n" +
			"Officials said the camp now holds about 8,000 people.",
			"about 8,000 people", "Kawergosk"},
		{"a place in the sentence wins", head +
			"Families from Raqqa are driven to Kawergosk camp near Erbil.\n\n" +
			"Trucks bring water into Darashakran, where the camp's 8,000 residents queue daily.",
			"8,000 residents", "Darashakran"},
		{"a camp named by two demonyms is no place", head +
			"Families first stop in Erbil. The Emirati-Jordanian camp takes the rest.\n\n" +
			"Officials said the camp now holds about 8,000 people.",
			"about 8,000 people", "Erbil"},
	})
}

// "The province", "the region", "the island" with no place in the sentence
// are the place of that kind named last before, written as named.
func TestLocation_ThePlaceOfAKind(t *testing.T) {
	const head = "Arrivals rise\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{"the province", head +
			"Mersin province is a short drive from the border. Families also reach Adana.\n\n" +
			"About 40 percent of children in the province do not attend school, Unicef said.",
			"About 40 percent", "Mersin"},
		{"the region keeps its noun", head +
			"More families crossed into Iraq's Kurdistan region this week, coming from Hasakah.\n\n" +
			"Officials say the region already hosts some 200,000 refugees.",
			"some 200,000 refugees", "Kurdistan region"},
		{"the island of a name", head +
			"Boats keep landing on the island of Chios, many from Ayvalik.\n\n" +
			"A dinghy carrying 40 people capsized off the island's coast on Monday.",
			"40 people", "Chios"},
		{"a hyphenated second word", head +
			"Fighting spread across Deir ez-Zor province. Families fled to Hasakah.\n\n" +
			"Roughly 500 troops remain in the province, officials said.",
			"Roughly 500 troops", "Deir ez-Zor"},
	})
}

// A figure inside an apposition that glosses a place concerns that place,
// not the places the rest of the sentence or paragraph names.
func TestLocation_PlaceGloss(t *testing.T) {
	const head = "Hosts strain\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{"a province's population", head +
			"Families keep fleeing the offensive in Hama.\n\n" +
			"Mersin, a province of about 1.8 million residents, hosts more than 200,000 Syrians.",
			"about 1.8 million residents", "Mersin"},
		{"a country's population", head +
			"Most families in Tripoli live in rented rooms. Lebanon, a country of about 6 million people, hosts the most refugees per head.",
			"about 6 million people", "Lebanon"},
		{"home to", head +
			"Storms hit Tripoli first. The worst-hit area was the Akkar Plain, home to roughly 90,000 refugees.",
			"roughly 90,000", "Akkar Plain"},
		{"after a sentence-initial preposition", head +
			"Fences went up on the Evros. On Chios, a camp built for 1,000 people holds 4,000.",
			"1,000 people", "Chios"},
		{"a site glosses the facility, not the island", head +
			"The reception centre in Vathy on Chios, a site built for 1,000 people, holds 4,000.",
			"1,000 people", "Vathy"},
		{"a person's apposition is no place", head +
			"Families keep arriving in Kilis. Ali Demir, a farmer who fled with 12 relatives, waits at the gate.",
			"12 relatives", "Kilis"},
	})
}

// The host of refugees is the whole name before "hosts" or "is home to",
// without a possessor or a sentence-initial preposition.
func TestLocation_HostWholeName(t *testing.T) {
	const head = "Hosts strain\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{"a two-word host", head +
			"Storms hit Tripoli first. The Akkar Plain hosts roughly 90,000 refugees.",
			"roughly 90,000 refugees", "Akkar Plain"},
		{"a possessor before the host", head +
			"Storms hit Tripoli first. Lebanon's Akkar Plain hosts roughly 90,000 refugees.",
			"roughly 90,000 refugees", "Akkar Plain"},
		{"a preposition opening the sentence", head +
			"Storms hit Tripoli first. In Mersin, the governor said, the city hosts roughly 90,000 refugees.",
			"roughly 90,000 refugees", "Mersin"},
	})
}
