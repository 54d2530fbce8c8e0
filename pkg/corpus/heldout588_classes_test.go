package corpus

import "testing"

// Classes found on the five-hundred-and-eighty-eighth to five-hundred-
// and-ninety-first held-out sets, in text of our own.

func TestExtract_Heldout588Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "children whose schooling was interrupted",
			body: "World Vision said some 120,000 children in northwest Syria had had their schooling interrupted by the offensive, with classrooms turned into shelters or destroyed by bombing.",
			want: []wantFact{{value: 120000, category: Other, qual: Approx, unit: "children"}}},
		{name: "the cousins a man travels with",
			body: "At the crossing, Samir, 31, said he had spent five nights in a field with two cousins after buses left them near the river.",
			want: []wantFact{{value: 2, category: Other, unit: "cousins"}}},
		{name: "a share whose clause leaves out its verb",
			body: "Almost half of the families are living in tents and about a third in rented rooms, the council said.",
			want: []wantFact{
				{value: 50, category: Other, qual: Approx, unit: "percent"},
				{value: 33.33, category: Other, qual: Approx, unit: "percent"},
			}},
		{name: "those who fled, camped near the border",
			body: "Jordan kept the crossing shut while thousands of families who fled the army's advance in Quneitra province camped in orchards along the border.",
			want: []wantFact{{value: 1000, category: AtRisk, qual: AtLeast, unit: "families"}}},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout588Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a quarter after and, with no share before it",
			body: "Aid workers said the convoy was delayed and about a quarter in the queue turned back.",
			want: nil},
		{name: "cousins killed",
			body: "Three cousins were killed in the strike, he said.",
			want: []wantFact{{value: 3, category: Killed, unit: "cousins"}}},
		{name: "those who fled, now far from the border",
			body: "Some 5,000 people who fled the fighting are now living in camps far from the border.",
			want: []wantFact{{value: 5000, category: Sheltered, qual: Approx, unit: "people"}}},
	})
}

func TestHeader_Heldout588Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Swahili date line with its label, weekday and clock",
			page:      "REDIO YA JAMII\nFamilies flee Idlib camps as winter bites\nImesasishwa: Jumanne, 3 Machi 2020, saa 09:15 EAT\n\nThousands of families left the camps on Monday, aid groups said, as snow fell across the province.\n",
			published: "2020-03-03"},
		{name: "an Albanian byline naming the agency",
			page: "Gazeta e Jugut\nThousands flee Afrin as Turkish forces advance\nNga AFP\n\nThousands of people fled the Syrian town of Afrin on Wednesday, a monitor said.\n",
			wire: "AFP"},
		{name: "a Polish compiled-by line naming the agency",
			page: "Kurier Lubelski\nGreece closes its border as migrants gather\nOprac. redakcja, PAP\n\nGreek police fired tear gas at migrants on the border with Turkey on Sunday, officials said.\n",
			wire: "PAP"},
		{name: "a copyright holder with a Cyrillic legal form under a two-script masthead",
			page:      "СТЕПНАЯ ПРАВДА | Stepnaya Pravda\nThousands flee Idlib as the offensive moves north\n21.02.2020, 10:15\n\nThousands of people fled towns in Idlib province this week, the United Nations said on Friday, as government forces moved north.\n\n© 2020 ТОО «Степная правда». Все права защищены.\n",
			publisher: "Stepnaya Pravda"},
	})
}

func TestLayout_Heldout588Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a two-script masthead with a bar on the first line",
			page:  "ПРАВДА ЮГА | Pravda Yuga\nГазета южного края · Osh\nГлавная | Новости | В мире\nГлавная / В мире\nTurkey's offensive empties the towns of northeast Syria\n12.10.2019 · 10:30\nBy Aibek Osmonov\nShare: Facebook | Telegram\n\nTens of thousands of people fled the border towns of northeast Syria on Friday, aid groups said.\n",
			title: "Turkey's offensive empties the towns of northeast Syria"},
		{name: "a menu naming a province that shares an agency's name",
			page:  "SOUTHERN STAR | ستاره جنوب\nDaily newspaper of the south - English edition\nHome | Shiraz | Fars | Iran | World | Sport\nHome › World › Middle East\nArsal's families take down their own walls\nWednesday 3 July 2019\nBy Reza Karimi, World Desk\nShare: Telegram | Twitter\n\nSyrian families in Arsal began to take down the walls of their shelters this week, aid groups said.\n",
			title: "Arsal's families take down their own walls"},
	})
}

func TestLocation_Heldout588Classes(t *testing.T) {
	const head = "Aid groups stretched as families move\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{name: "where people headed for",
			text:   head + "The shelling of Maarat al-Numan went on for a week. Many headed for Sarmada, aid groups said, and about 3,000 families arrived there on Sunday.",
			phrase: "about 3,000 families", want: "Sarmada"},
		{name: "a language is no place",
			text:   head + "Border units stopped migrants in Evros for a third day.\n\nThis page is written in English. Police stopped 2,000 people on Sunday, officials said.",
			phrase: "2,000 people", want: "Evros"},
		{name: "a host glossed in a long apposition",
			text:   head + "Zahle, a busy market town of about 150,000 people a short drive from the Syrian border, hosts some 20,000 Syrian refugees.",
			phrase: "some 20,000 Syrian refugees", want: "Zahle"},
		{name: "a city glossed as the subject of is home to",
			text:   head + "Some Syrians moved on to other cities. Kayseri, Turkey's fourth largest city, is home to about 80,000 of them.",
			phrase: "about 80,000 of them", want: "Kayseri"},
		{name: "the headline's place over the country named more",
			text:   "Families in Bar Elias tear down their own shelters\n\nBy Ann Lee\n\nThe army gave families in Bar Elias until Monday. Officials in Lebanon say the rules apply in Lebanon as a whole, and that Lebanon cannot take more.\n\nAbout 1,200 families had taken down their walls by Tuesday, a council member said.",
			phrase: "About 1,200 families", want: "Bar Elias"},
	})
}

// Guards: what the location classes above must not swallow.
func TestLocation_Heldout588Guards(t *testing.T) {
	const head = "Aid groups stretched as families move\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{name: "left one town for another",
			text:   head + "Officials in Arsal counted the buses.\n\nAbout 300 refugees left Arsal for Qalamoun on Saturday, the mayor said.",
			phrase: "About 300 refugees", want: "Arsal"},
		{name: "a camp near a town, glossed",
			text:   head + "Domiz camp near Dohuk, the oldest in the region, is home to some 30,000 Syrians.",
			phrase: "some 30,000 Syrians", want: "Domiz"},
		{name: "a headline that names a country only",
			text:   "Lebanon tightens its rules on shelters\n\nBy Ann Lee\n\nThe army gave families in Arsal until Monday to comply with rules in force in Lebanon. Officials in Arsal said the deadline would hold.\n\nAbout 1,200 families had taken down their walls by Tuesday, a council member said.",
			phrase: "About 1,200 families", want: "Arsal"},
	})
}
