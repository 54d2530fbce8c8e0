package corpus

import "testing"

// Classes found on the five-hundred-and-ninety-second to five-hundred-
// and-ninety-fifth held-out sets, in text of our own.

func TestExtract_Heldout592Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "thousands grouped by a plain space",
			body: "Nearly 4 600 Syrians have crossed into the region since October, officials said.",
			want: []wantFact{{value: 4600, category: Displaced, qual: Approx, unit: "Syrians"}}},
		{name: "a town's people before the war",
			body: "Kafr Lusin, a border village that counted about 9,000 people before the war, is now a sprawl of tents.",
			want: []wantFact{{value: 9000, category: Other, qual: Approx, unit: "people"}}},
		{name: "children after a wife and a possessive",
			body: "He, his wife and their five children will move back into a tent.",
			want: []wantFact{{value: 5, category: Other, unit: "children"}}},
		{name: "wounded people: the people",
			body: "At the clinic in Tal Tamr we received 36 wounded people in three days.",
			want: []wantFact{{value: 36, category: Other, unit: "people"}}},
		{name: "registered refugees in a valley's apposition",
			body: "The demolition order also covers settlements in the Bekaa Valley, home to more than 110,000 registered refugees.",
			want: []wantFact{{value: 110000, category: Refugees, qual: AtLeast, unit: "refugees"}}},
		{name: "border guards keep their modifier",
			body: "The agency said it would send 60 border guards to the frontier next week.",
			want: []wantFact{{value: 60, category: Other, unit: "border guards"}}},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout592Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a phone number in plain-space groups",
			body: "Families can call our hotline on 71 205 388 if they are told to demolish.",
			want: nil},
		{name: "a camp's people before the fighting",
			body: "The camp was home to about 13,000 people before the fighting, most of them displaced Syrians.",
			want: []wantFact{{value: 13000, category: Sheltered, qual: Approx, unit: "people"}}},
		{name: "those shelters: no place",
			body: "Those shelters are home to roughly 25,000 people.",
			want: []wantFact{{value: 25000, category: Sheltered, qual: Approx, unit: "people", location: "-"}}},
		{name: "the wounded, with no noun after",
			body: "About 300 wounded were treated at the field hospital.",
			want: []wantFact{{value: 300, category: Other, qual: Approx, unit: "wounded"}}},
		{name: "guards with no modifier",
			body: "The agency said it would send 60 guards to the frontier next week.",
			want: []wantFact{{value: 60, category: Troops, unit: "guards"}}},
	})
}

func TestHeader_Heldout592Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Luganda date line",
			page:      "RADIO EKYALO 91.2\nThousands stranded at the Greek border\nOlwokubiri, Marisi 3, 2020 | 09:40 EAT\n\nThousands of migrants spent another night at the Greek border, aid groups said.\n",
			published: "2020-03-03"},
		{name: "a two-script masthead whose Latin side has an outlet word",
			page:      "Առավոտ | Aravot Daily\nLրատվական օրաթերթ\nԳլխավոր | Աշխարհ | English\nThousands flee Idlib as winter deepens\n14.02.2020, 11:46\nBy AFP\n\nThousands of people fled their homes in Idlib this week, the United Nations said on Friday.\n",
			publisher: "Aravot Daily"},
	})
}

func TestLayout_Heldout592Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a tagline in the page's script under a Latin masthead",
			page:  "Kyrbiz — экономические новости Кыргызстана\nБизнес, финансы, рынки\nГлавная | Экономика | В мире | English\nГлавная / В мире / English\nRefugees in Arsal tear down their own homes\n2 июля 2019, 14:35\nBy Associated Press\nShare: Facebook | Twitter\n\nARSAL, Lebanon (AP) — Syrian refugees in this border town began knocking down their own walls on Monday.\n",
			title: "Refugees in Arsal tear down their own homes"},
		{name: "a Cyrillic photo label opens a caption",
			page:     "Refugees in Arsal tear down their own homes\nBy Associated Press\nФото: AP Photo/Hassan Ammar. A Syrian refugee breaks up a wall at a camp in Arsal.\n\nARSAL, Lebanon (AP) — Syrian refugees in this border town began knocking down their own walls on Monday.\n",
			dateline: "ARSAL"},
	})
}

// A Portuguese interview labels its questions P: and its answers R:.
func TestSource_Heldout592PortugueseInterview(t *testing.T) {
	page := "DIÁRIO DO MINHO\nA nurse on the flight from Ras al-Ain\nEntrevista de Ana Lopes | 15.10.2019\n\n" +
		"Marta Sousa, 41, a nurse from Braga, runs the emergency teams of an aid group in Hasakah. We reached her by phone on Monday.\n\n" +
		"P: What are you seeing?\nR: Families arriving all day. The school near us now holds 600 people.\n\n" +
		"P: How many have fled?\nR: We think more than 100,000 people have left their homes.\n\n" +
		"P: Who is hurt?\nR: Children above all. We treated 30 wounded people on Sunday.\n\n" +
		"P: Will you stay?\nR: As long as we can.\n\n© 2019 Diário do Minho. Todos os direitos reservados.\n"
	runSourceCase(t, page, 3, "Marta Sousa")
}

func TestLocation_Heldout592Classes(t *testing.T) {
	const head = "Camps stretched as families arrive\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{name: "a camp named nowhere else that opens the sentence and holds the figure",
			text:   head + "Ali Moussa worked for years in Diffa, in Niger, before he moved to Amman. In Diffa he ran clinics.\n\nALI MOUSSA: Zaatari holds roughly 80,000 people, and the camp is full.",
			phrase: "roughly 80,000 people", want: "Zaatari"},
		{name: "a camp glossed in an apposition, then holding the figure",
			text:   head + "Buses arrived in Bardarash on Monday.\n\nBardarash, home to families from Mosul until 2017, now houses 4,120 people, camp managers said.",
			phrase: "4,120 people", want: "Bardarash"},
		{name: "a country's defence ministry is a speaker, not a place",
			text:   head + "The offensive in northeast Syria entered its second week.\n\nTurkey's defence ministry said 480 militants had been neutralised since the start of the operation.",
			phrase: "480 militants", want: "northeast Syria"},
	})
}

// Periods: "since" an offensive's first move on a day dates the offensive.
func TestPeriod_Heldout592Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "since the troops crossed on a day, then since the offensive began",
			pub:  "2019-10-22",
			body: "The offensive has displaced about 170,000 people since Turkish troops crossed the border on 9 October, the UN said. Kurdish health officials say 210 civilians have been killed since the offensive began.",
			want: []wantFact{
				{value: 170000, category: Displaced, qual: Approx, period: "2019-10-09"},
				{value: 210, category: Killed, period: "2019-10-09"},
			}},
	})
}
