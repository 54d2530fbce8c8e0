package corpus

import "testing"

// Classes found on the six-hundred-and-twentieth to six-hundred-and-
// twenty-third held-out sets, in text of our own.

func TestExtract_Heldout620Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people coming across into a town",
			body: "On a busy day we count between 500 and 900 people coming across into Zakho, most of them at night.",
			want: []wantFact{{value: 500, category: Displaced, qual: Range, unit: "people"}}},
		{name: "a burden of refugees carried",
			body: "“We have carried the burden of three million refugees alone,” the minister told parliament.",
			want: []wantFact{{value: 3e6, category: Refugees, unit: "refugees"}}},
		{name: "generations are a length of time",
			body: "Her family farmed the hills near Afrin for four generations.",
			want: nil},
		{name: "a dotted clock after as of",
			body: "The governor said 2,300 migrants had left the province as of 10.30 local time.",
			want: []wantFact{{value: 2300, category: Displaced, unit: "migrants"}}},
		{name: "people from another country taken in",
			body: "The republic has taken in some 400 families from Syria since 2012, officials said.",
			want: []wantFact{{value: 400, category: Refugees, qual: Approx, unit: "families"}}},
		{name: "families who settled in a country",
			body: "Dozens of families have also settled in Yerevan, the migration service said.",
			want: []wantFact{{value: 12, category: Refugees, qual: AtLeast, unit: "families"}}},
		{name: "a night spent around a crossing",
			body: "Thousands of people spent another cold night around the Kapikule crossing, reporters said.",
			want: []wantFact{{value: 1000, category: AtRisk, qual: AtLeast, unit: "people"}}},
		{name: "a town home to a number of people",
			body: "Families are heading for Azaz, a border town home to about 200,000 people, where land is running out.",
			want: []wantFact{{value: 200000, category: Other, qual: Approx, unit: "people"}}},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout620Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a camp in a province, home to its people",
			body: "The Maratane camp in Nampula province, home to about 9,000 people, is the country's only refugee camp.",
			want: []wantFact{{value: 9000, category: Sheltered, qual: Approx, unit: "people"}}},
		{name: "families taken in from another part of the country",
			body: "Manbij has taken in up to 4,000 families from Idlib, the council said.",
			want: []wantFact{{value: 4000, category: Displaced, qual: AtMost, unit: "families"}}},
	})
}

func TestSource_Heldout620Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a clause after say is no speaker's name",
			body: "The Kurdish-led force, which lost some 9,000 fighters in the war against the Islamic State group, say Washington abandoned them when it pulled its troops back.",
			want: []wantFact{{value: 9000, category: Killed, qual: Approx, unit: "fighters", source: "reporter"}}},
		{name: "a ministry's figures for a month",
			body: "According to the Ministry of Citizen Protection for March, the camp held 19,000 people.",
			want: []wantFact{{value: 19000, category: Sheltered, unit: "people", source: "Ministry of Citizen Protection"}}},
		{name: "according to a body, there are",
			body: "According to the UN there are about 30,000 people in the camp.",
			want: []wantFact{{value: 30000, category: Sheltered, qual: Approx, unit: "people", source: "UN"}}},
		{name: "an administration of the region",
			body: "The Kurdish-led administration of the region said the number of displaced had passed 250,000.",
			want: []wantFact{{value: 250000, category: Displaced, qual: AtLeast, source: "Kurdish-led administration"}}},
	})
}

func TestHeader_Heldout620Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "an Uzbek byline built on an agency's materials",
			page: "Xabar Kuni\nBosh sahifa | Jahon\nThousands wait at the Greek border\nChop etildi: 04.03.2020, 09:15\nMuallif: Xalqaro bo'lim, Reuters materiallari asosida\n",
			wire: "Reuters"},
	})
}

func TestLayout_Heldout620Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a byline of a name and the masthead after a bar",
			page:  "Valley Courier\nPart of the Sun Network\nNews | Sports | Opinion\nHome › News › Local\nLocal Kurds rally as the offensive uproots thousands\nJane Roe | Valley Courier\nShare: Facebook | Twitter\n\nA crowd of about 150 people marched along Main Street on Sunday, organizers said.\n",
			title: "Local Kurds rally as the offensive uproots thousands"},
	})
}

func TestLocation_Heldout620Classes(t *testing.T) {
	const head = "Families flee as the offensive advances\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{name: "attempts to cross a named border",
			text:   head + "Migrants gathered in Edirne on Friday.\n\nGreek police said they had blocked 9,000 attempts to cross the Evros land border since Saturday.",
			phrase: "9,000 attempts", want: "Evros"},
		{name: "a port named after its noun",
			text:   head + "Boats kept arriving on Lesbos.\n\nResidents blocked a dinghy carrying 40 people from landing at the port of Thermi.",
			phrase: "40 people", want: "Thermi"},
		{name: "a list item labelled with a place under a breakdown by place",
			text:   head + "More than 1,500 people have reached the islands since Sunday, the agency said in Geneva. Its breakdown by island:\n\n- Chios: about 300 people\n- Samos: about 150 people\n",
			phrase: "about 300 people", want: "Chios"},
	})
}

// Guards: what the location classes above must not swallow.
func TestLocation_Heldout620Guards(t *testing.T) {
	const head = "Families flee as the offensive advances\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{name: "a sea crossed to a country",
			text:   head + "About 60,000 people crossed the Aegean to Greece in 2019, the agency said.",
			phrase: "About 60,000 people", want: "Greece"},
		{name: "a river crossed into a country",
			text:   head + "About 4,000 people crossed the Suchiate river into Mexico in January.",
			phrase: "About 4,000 people", want: "Mexico"},
	})
}
