package corpus

import "testing"

// Classes found on the six-hundred-and-sixtieth to six-hundred-and-
// sixty-third held-out sets, in text of our own.

func TestExtract_Heldout660Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "guests a country hosts are refugees",
			body: "The president said the 3.5 million Syrian guests Turkey hosts would be able to return home once the area was safe.",
			want: []wantFact{{value: 3.5e6, category: Refugees, qual: Exact, unit: "guests"}}},
		{name: "a town named for its mile on a road",
			body: "The doctor grew up in Mile 91 and trained in the capital. About 300 families fled on Monday.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
	})
}

func TestLayout_Heldout660Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a Lithuanian also-read block of headlines",
			page: "A headline about the islands\n\nAbout 300 people landed on Monday.\n\nTaip pat skaitykite:\nLesbos: 3 NGOs pull staff after attacks\nParish collects 2,000 blankets for refugees\n",
			body: "About 300 people landed on Monday."},
		{name: "a Slovak related-articles line",
			page: "A headline about the camps\n\nAbout 300 people arrived on Monday.\n\nSúvisiace články: Košice: Charita pripravila 300 balíčkov pre rodiny Irak: 2 milióny vysídlených stále nemôžu ísť domov\n",
			body: "About 300 people arrived on Monday."},
	})
}

func TestHeader_Heldout660Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Lithuanian desk with the wire",
			page: "Tikejimas.lt\nKrikščioniškas žvilgsnis į pasaulį\nPradžia | Lietuva | Pasaulis | Kultūra\nThousands stranded on the islands\nPaskelbta 2020-03-04 09:05\nTikejimas.lt naujienų tarnyba, su Reuters\n\nAbout 300 people landed on Lesbos on Tuesday, officials said.\n\n© 2020 Tikejimas.lt. Visos teisės saugomos.\nOriginal url: https://www.tikejimas.lt/live-thousands-stranded\n",
			wire: "Reuters"},
		{name: "a Russian source label for the wire",
			page: "РЕСПУБЛИКАНСКАЯ ГАЗЕТА\nОбщественно-политическая газета\nГлавная | Политика | Общество | В мире | English\nLooting as thousands crowd into villages\n20 марта 2018, 14:05\nИсточник: Associated Press | Отдел международной информации\n\nAbout 300 families arrived on Monday, officials said.\n",
			wire: "AP"},
	})
}

func TestLayout_Heldout660CaptionClasses(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a Kyrgyz photo label is no dateline",
			page:     "ОШ ШАМЫ\nОш облусунун коомдук-саясий гезити\nБашкы бет | Жаңылыктар | Коом | Экономика | Маданият | Дүйнө | English\nБашкы бет › Дүйнө › English\nThousands stranded at the closed border\nReuters\nСүрөт: Displaced families rest under olive trees near the border. REUTERS/Stringer\nБөлүшүү: Facebook | Telegram | WhatsApp | Одноклассники\n\nAMMAN (Reuters) - About 300 families waited at the border on Monday.\n",
			dateline: "AMMAN"},
	})
}
