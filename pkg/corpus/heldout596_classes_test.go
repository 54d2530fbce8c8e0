package corpus

import "testing"

// Classes found on the five-hundred-and-ninety-sixth to five-hundred-
// and-ninety-ninth held-out sets, in text of our own.

func TestExtract_Heldout596Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an exchange rate",
			body: "The pound traded at 5.82 against the dollar in morning trade.",
			want: nil},
		{name: "a capital that speaks for its country's refugees",
			body: "Amman says it already shelters 1.3 million Syrians and cannot take in more.",
			want: []wantFact{{value: 1300000, category: Refugees, unit: "Syrians"}}},
		{name: "waiting in the open near a crossing",
			body: "Some 40,000 people are waiting in the open near the Jaber crossing, the agency said.",
			want: []wantFact{{value: 40000, category: AtRisk, qual: Approx, unit: "people"}}},
		{name: "more still arriving after a count in shelters",
			body: "In Azaz we counted some 4,000 families in collective shelters, and dozens more were still arriving on Friday.",
			want: []wantFact{
				{value: 4000, category: Sheltered, qual: Approx, unit: "families"},
				{value: 12, category: Displaced, qual: AtLeast, unit: "families"},
			}},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout596Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a rise against last year",
			body: "Arrivals rose to 6,400 against 5,100 a year earlier, the ministry said.",
			want: []wantFact{
				{value: 6400, category: Displaced},
				{value: 5100, category: Other},
			}},
		{name: "still arriving, with no more",
			body: "In Azaz we counted some 4,000 families in collective shelters.",
			want: []wantFact{{value: 4000, category: Sheltered, qual: Approx, unit: "families"}}},
	})
}

func TestHeader_Heldout596Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Turkish desk credit with its agency before ile",
			page: "piyasam\nPiyasaların nabzı\nLIVE: Greece holds the line at the border\n04.03.2020 - 09:12\npiyasam.com Dünya Servisi, AFP ile\n\nGreek police fired tear gas at migrants on the border with Turkey on Wednesday, officials said.\n",
			wire: "AFP"},
		{name: "a Portuguese newsroom credit with its agency",
			page: "Correio do Planalto\nNotícias de Brasília\nLIVE: Greece seals its border as migrants gather\nPublicado em 02/03/2020 às 19h58\nDa redação, com AFP\n\nGreek police fired tear gas at migrants on the border with Turkey on Monday, officials said.\n",
			wire: "AFP"},
		{name: "a masthead in Turkish capitals with a dotted I",
			page:      "BİRLİK\nGazete Birlik | Hakikatin peşinde\nGündem | Dünya | Ekonomi | Röportaj | Kültür | Spor | E-Gazete\nAnasayfa / Röportaj / Dünya\nThousands flee Afrin as the offensive nears the town\n21 Mart 2018 Çarşamba, 10:47\n\nThousands of people fled the town of Afrin on Wednesday, a monitor said.\n\nBİRLİK: What did you see?\n\nAYDIN: Families on every road.\n\nBİRLİK: Where do they go?\n\nAYDIN: South, to Tal Rifaat.\n\nBİRLİK: Will you stay?\n\nAYDIN: As long as we can.\n",
			publisher: "Birlik"},
	})
}

func TestLocation_Heldout596Classes(t *testing.T) {
	const head = "Migrants stranded as Greece closes its border\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{name: "an agency is no place",
			text:   head + "Live coverage in English from Reuters, updated through the day.\n\nA Reuters reporter saw dozens of families camped in a muddy field, some burning branches to stay warm.",
			phrase: "dozens of families", want: ""},
		{name: "off an island",
			text:   head + "Most boats land on Lesbos.\n\nOvernight, the coastguard picked up 61 people from three dinghies off Samos, she added.",
			phrase: "61 people", want: "Samos"},
		{name: "where a briefing was held is no place",
			text:   head + "Troops patrolled in Evros for a fifth day, and more troops arrived in Evros on Sunday.\n\nGreek forces have prevented 9,800 attempts to cross the land border since Saturday, the spokesman told a news briefing in Athens.",
			phrase: "9,800 attempts", want: "Evros"},
		{name: "whose country hosts: the demonym's country",
			text:   head + "Greek police fired tear gas at the crowd.\n\nTurkish President Recep Tayyip Erdogan, whose country hosts about 3.6 million Syrian refugees, said the gates would stay open.",
			phrase: "about 3.6 million Syrian refugees", want: "Turkey"},
		{name: "the war's toll told with the war as subject",
			text:   "Families flee Idlib as the offensive advances\n\nBy Ann Lee\n\nThousands fled Idlib on Monday as Syria's war went on, most of them towards the border.\n\nThe war, now in its ninth year, has killed more than 380,000 people, a monitor says.",
			phrase: "more than 380,000 people", want: "Syria"},
	})
}

// Guards: what the location classes above must not swallow.
func TestLocation_Heldout596Guards(t *testing.T) {
	const head = "Migrants stranded as Greece closes its border\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{name: "a distance off a coast is a reference point",
			text:   head + "Most boats land in Lesbos, and more landed in Lesbos on Sunday.\n\nAbout 500 people reached Lesbos, which lies 10 km (6 miles) off the Turkish coast.",
			phrase: "About 500 people", want: "Lesbos"},
	})
}
