package corpus

import "testing"

// Classes found on the two-hundred-and-eighth to two-hundred-and-eleventh
// held-out sets, in text of our own.

func TestExtract_Heldout208Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people sheltering in a place a comma puts near a frontier",
			body: "Another 90,000 or so are sheltering in Quneitra, close to the frontier with the Golan Heights, it said.",
			want: []wantFact{{value: 90000, category: AtRisk, qual: Approx}}},
		{name: "people who moved towards a place near a frontier stay on the move",
			body: "Around 70,000 others have moved towards Quneitra, near the frontier with the Golan Heights, it said.",
			want: []wantFact{{value: 70000, category: Displaced, qual: Approx}}},
		{name: "refugees a country received",
			body: "The agency says the country has received about 1,200 refugees under the EU relocation programme since 2015.",
			want: []wantFact{{value: 1200, category: Refugees, qual: Approx}}},
		{name: "residents who stopped a boat",
			body: "On Chios, dozens of local residents stopped a dinghy carrying about 40 migrants from docking, police said.",
			want: []wantFact{{value: 12, category: Other, qual: AtLeast}, {value: 40, category: Displaced, qual: Approx}}},
		{name: "a mother's boys",
			body: "She left the village with her three boys before dawn.",
			want: []wantFact{{value: 3, category: Other}}},
		{name: "an hour spelled out",
			body: "At seven o'clock we counted 120 tents.",
			want: []wantFact{{value: 120, category: Other}}},
		{name: "list items labelled with camps the article names",
			body: "Families kept crossing into the region all week, UNHCR said.\n\nUNHCR gave the following breakdown of where the new arrivals were staying on Wednesday:\n- Bardarash camp, north of Mosul: 4,100 people\n- Domiz camp, near Dohuk: 700 people\n",
			pub:  "2019-10-23",
			want: []wantFact{{value: 4100, category: Sheltered}, {value: 700, category: Sheltered}}},
	})
}

func TestExtract_Heldout208Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "local news and Portuguese related lines, and an appeal in taka",
			body: "About 300 tents flooded overnight.\n\nMore local news: Rovers through to the final after 2-11 to 1-8 win\nRelacionados: Praia recebe 3 voos de repatriamento\nGet the ePaper for Tk 300 a month.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout208Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Dutch byline with an agency after a bar",
			page: "Het Kanaal\nRain floods hundreds of tents in camps near the border\ndinsdag 3 juli 2018, 16:48\nDoor Anna de Vries, correspondent Midden-Oosten | met AFP\n", wire: "AFP"},
		{name: "a Portuguese byline joined with com",
			page: "Ilhas Hoje\nRain floods hundreds of tents in camps near the border\nSegunda-feira, 02 de Março de 2020 - 19:20\nPor Ilhas Hoje com Lusa\n", wire: "Lusa"},
		{name: "an outlet with an elided article, with an agency",
			page: "LE MATIN D'ORAN\nQuotidien national\nAccueil | Monde\nAccueil › Monde\nRain floods hundreds of tents in camps near the border\nPublié le mardi 3 mars 2020 à 09h15\n" +
				"Le Matin d'Oran avec AFP | English edition\n", wire: "AFP"},
		{name: "a desk of two words with an agency",
			page: "ST\nStavanger Tidende\nNyheter | Sport\nLIVE: Rain floods hundreds of tents in camps near the border\nPublisert: torsdag 10. september 2020 kl. 07.58\nST Utenriks, med NTB\n", wire: "NTB"},
		{name: "a masthead that is the site's address over the name it stands for",
			page: "VN.com\nVorarlberger Nachrichten\nVorarlberg | Österreich | Welt | Sport | Meinung\nStartseite › Politik › Ausland\nRain floods hundreds of tents in camps near the border\n" +
				"Do., 17.10.2019, 19:45 Uhr\nInterview: Anna Berger | Aus dem Deutschen übersetzt\nBild: Zelte im Lager. Foto: privat\nTeilen: Facebook | Twitter | E-Mail\n", publisher: "Vorarlberger Nachrichten"},
		{name: "an acronym masthead over a name with a joiner",
			page: "DM\nDiário do Minho\nÚltima Hora | Nacional | Mundo | Desporto\nDM › Mundo › Médio Oriente\nRain floods hundreds of tents in camps near the border\n" +
				"Publicado a 04 de julho de 2019 às 18:27\nLusa | Tradução: Redação DM\nFoto: Tendas no campo. Lusa/EPA\nPartilhar: Facebook | Twitter | E-mail\n", publisher: "Diário do Minho", published: "2019-07-04"},
		{name: "a Bengali date",
			page: "Dhaka Daily\nRain floods hundreds of tents in camps near the border\nপ্রকাশ: ১৫ জুলাই ২০১৯, ১৪:০৩\n", published: "2019-07-15"},
		{name: "a Spanish date with abbreviations and a clock",
			page: "Diario Caribe\nRain floods hundreds of tents in camps near the border\nsáb. 07 jul. 2018 · 10:45 a. m. | Por EFE\n", published: "2018-07-07", wire: "EFE"},
		{name: "an Uzbek date",
			page: "Tashkent Online\nRain floods hundreds of tents in camps near the border\nNashr qilindi: 23-oktabr, 2019, 09:00\n", published: "2019-10-23"},
	})
}
