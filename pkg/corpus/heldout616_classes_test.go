package corpus

import "testing"

// Classes found on the six-hundred-and-sixteenth to six-hundred-and-
// nineteenth held-out sets, in text of our own.

func TestExtract_Heldout616Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a country that says it shelters refugees hosts them",
			body: "Jordan, which says it shelters about 650,000 Syrians, wants more help from donors.",
			want: []wantFact{{value: 650000, category: Refugees, qual: Approx, unit: "Syrians"}}},
		{name: "people heading back to their villages return",
			body: "Since the truce, nearly 5,000 people have headed back toward their villages, the council said.",
			want: []wantFact{{value: 5000, category: Other, qual: Approx, unit: "people"}}},
		{name: "a figure that went toward a town is on the move",
			body: "Thousands went toward Quneitra as the shelling spread.",
			want: []wantFact{{value: 1000, category: Displaced, qual: AtLeast, unit: "people"}}},
		{name: "families that moved from one place to another",
			body: "Dozens of families have already moved from Atmeh to the fields near Sarmada, officials said.",
			want: []wantFact{{value: 12, category: Displaced, qual: AtLeast, unit: "families"}}},
		{name: "an aside that lists peoples before the verb",
			body: "Thousands of migrants, many of them Afghans, Iraqis and Pakistanis, headed for the Turkish frontier on Sunday.",
			want: []wantFact{{value: 1000, category: AtRisk, qual: AtLeast, unit: "migrants"}}},
		{name: "a participle, then the next figure",
			body: "We are a team of 12 running three field hospitals near the border.",
			want: []wantFact{{value: 12, category: Other, unit: "people"}, {value: 3, category: Other, unit: "hospitals"}}},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout616Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "moving towards a fence is heading to the border",
			body: "Another 90,000 moved towards the fence on the Golan Heights.",
			want: []wantFact{{value: 90000, category: AtRisk, unit: "people"}}},
	})
}

func TestSource_Heldout616Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a description, then the group's name between commas",
			body: "A rights group, the Observatory for Civilian Protection, says at least 40 civilians have died since March.",
			want: []wantFact{{value: 40, category: Killed, qual: AtLeast, unit: "civilians", source: "Observatory for Civilian Protection"}}},
		{name: "it opening a sentence is the subject of the one before",
			body: "The UN humanitarian office OCHA said Turkey had shut the crossing, a measure Ankara announced on Friday. It said about 2,000 people were waiting at the gate.",
			want: []wantFact{{value: 2000, category: AtRisk, qual: Approx, unit: "people", source: "OCHA"}}},
		{name: "a speaker glossed by a clause, whose second verb says",
			body: "EU Commissioner Anna van den Berg, who flew to Lesbos on Monday, visited the camp and said the agency would send 50 border guards.",
			want: []wantFact{{value: 50, category: Other, unit: "border guards", source: "Anna van den Berg"}}},
		{name: "a site's capacity glossed by the reporter",
			body: "The Samos camp, built for 700 people, now holds more than 6,000, local officials said.",
			want: []wantFact{{value: 700, category: Other, unit: "people", source: "reporter"},
				{value: 6000, category: Sheltered, qual: AtLeast, unit: "people", source: "local officials"}}},
	})
}

// Guards: what the source classes above must not swallow.
func TestSource_Heldout616Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a figure in the speaker's own description",
			body: "President Ahmet Demir, whose country hosts 2 million refugees, said on Monday that the border would stay open and told the neighbours to help.",
			want: []wantFact{{value: 2e6, category: Refugees, unit: "refugees", source: "reporter"}}},
		{name: "a capacity inside a quote is the speaker's",
			body: "“Our camp, built for 700 people, holds 6,000 now,” said Ali Hamdan, who runs it.",
			want: []wantFact{{value: 700, category: Other, unit: "people", source: "Ali Hamdan"},
				{value: 6000, category: Sheltered, unit: "people", source: "Ali Hamdan"}}},
	})
}

func TestHeader_Heldout616Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a date line crediting a desk with material from an agency",
			page: "Kasseler Anzeiger\nStartseite | Politik\nThousands wait at the Greek border\nStand: 03.03.2020, 18:05 Uhr | Redaktion Kasseler Anzeiger, mit Material von dpa\n",
			wire: "dpa"},
		{name: "a date line crediting the text to an agency",
			page: "Kasseler Anzeiger\nStartseite | Politik\nThousands wait at the Greek border\nDienstag, 3. März 2020, 18:05 Uhr | Text: AP\n",
			wire: "AP"},
		{name: "a Russian credit for an agency's materials",
			page: "Вечерний Город\nГлавная | В мире\nThousands wait at the Greek border\n3 марта 2020, 18:05\nПо материалам AFP | Онлайн-лента\n",
			wire: "AFP"},
		{name: "a Latin masthead dotted off from a tagline in another script",
			page:      "ЗАРЯ ВОСТОКА\nZarya Vostoka · Общественно-политическая газета · Тбилиси\nГлавная | В мире\nThousands wait at the Greek border\n3 марта 2020, 18:05\n",
			publisher: "Zarya Vostoka"},
		{name: "a Tajik month with its izafet",
			page:      "Sadoi Mardum\nАсосӣ | Ҷаҳон\nThousands wait at the Greek border\nСешанбе, 3 марти 2020, 18:05\n",
			published: "2020-03-03"},
		{name: "a radio's name in capitals with its frequency and no band",
			page:      "SAUTI RADIO 98.4\nThe Voice of the Lake\nHome | News\nThousands wait at the Greek border\nTue, 3 March 2020 | By AFP\n",
			publisher: "Sauti Radio"},
	})
}

func TestLayout_Heldout616Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a credit for agencies' materials in the page's script under the headline",
			page:  "ВЕЧЕРНИЙ ГОРОД\nVecherny Gorod · Ежедневная газета\nГлавная | В мире\nThousands wait at the Greek border\nПо материалам информационных агентств\nПоделиться: VK | Facebook\n\nGreek police fired tear gas at migrants on the border with Turkey on Tuesday, officials said.\n",
			title: "Thousands wait at the Greek border"},
	})
}

func TestLocation_Heldout616Classes(t *testing.T) {
	const head = "Families flee as the offensive advances\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{name: "children with a parent who reached a town",
			text:   head + "Umm Ali, 40, reached Sarmada on Sunday after a long drive from Saraqeb with her husband and five children.",
			phrase: "five children", want: "Sarmada"},
		{name: "walking to reach a town is an arrival",
			text:   head + "Families keep coming.\n\n“We walked for two days with my four children to reach Atmeh,” she said.",
			phrase: "four children", want: "Atmeh"},
		{name: "a fighting that reaches a town puts its people at risk there",
			text:   head + "Many have fled Saraqeb already. If the fighting reaches Ariha, as many as 100,000 more could flee, the council warned.",
			phrase: "as many as 100,000", want: "Ariha"},
		{name: "a town once home to a number",
			text:   head + "Fighting spread across Idlib province.\n\nSaraqeb, once home to about 30,000 people, fell on Friday.",
			phrase: "about 30,000 people", want: "Saraqeb"},
		{name: "a glossed town that also hosts refugees",
			text:   head + "Arsal, a town of about 35,000 Lebanese near the Syrian border, also hosts some 50,000 Syrian refugees.",
			phrase: "some 50,000 Syrian refugees", want: "Arsal"},
		{name: "a headline's town that only says whose volunteers",
			text: "Fresno volunteers race to help refugees in Lebanon\n\nBy Ann Lee\n\nA group of volunteers in Fresno has raised money for families in Arsal. Aid workers in Arsal say the storm hit the camps hard.\n\n" +
				"“In one camp, 40 families shared four toilets,” she said.",
			phrase: "40 families", want: "Arsal"},
	})
}

// Guards: what the location classes above must not swallow.
func TestLocation_Heldout616Guards(t *testing.T) {
	const head = "Families flee as the offensive advances\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{name: "the home left, counted after the speaker reached a town",
			text:   head + "Samira Khalil reached Sarmada on Monday from Saraqeb with her children. “Six of our neighbours were killed,” she said.",
			phrase: "Six of our neighbours", want: "Saraqeb"},
		{name: "the home left, counted before the speaker who reached a town",
			text:   head + "“Our whole street left in one night, maybe 40 families,” said Nesrin, a teacher from Jindires who reached Fafin on Friday.",
			phrase: "maybe 40 families", want: "Jindires"},
		{name: "the islands a crossing reached, named after them, are no arrival of their own",
			text:   head + "Boats landed on Chios overnight. Some 900 people have reached the Greek islands of Chios, Samos and Kos since Sunday, the coastguard said.",
			phrase: "Some 900 people", want: "Chios"},
		{name: "trying to reach a place is a goal, not an arrival",
			text:   head + "Thousands of migrants remain camped along the Greek-Turkish border five days after Ankara said it would no longer stop people trying to reach Europe.",
			phrase: "Thousands of migrants", want: "Greek-Turkish border"},
		{name: "a headline's town named with the people the story is about",
			text: "Arsal refugees tear down their own homes\n\nBy Ann Lee\n\nThe army's deadline passed in Lebanon on Monday. Families in Lebanon have little time, and officials in Arsal say the work goes on.\n\n" +
				"“Seven of us live in this room,” she said.",
			phrase: "Seven", want: "Arsal"},
	})
}
