package corpus

import "testing"

// Classes found on the seventy-fourth and seventy-fifth held-out sets, in
// text of our own.

func TestExtract_Heldout74Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "items that each end with their source in brackets",
			body: "The shelling went on through the night and into the morning, residents of the three villages on the river told reporters by phone.\n\nBy the numbers (as of Monday):\n\n• 900 civilians killed since May (Valley Monitor)\n• 40 schools closed since March (UNICEF)\n• 12,000 people sleeping in the open (OCHA)",
			want: []wantFact{{value: 900, category: Killed, source: "Valley Monitor"}, {value: 40, category: Other, source: "UNICEF"},
				{value: 12000, category: Unsheltered, source: "OCHA"}}},
		{name: "a table an office released as an assessment",
			body: "The city council released the following damage assessment on Tuesday:\n\nDistrict        Buildings damaged        Families displaced\nPort            1\u202f300                    2\u202f100\nOld town        2\u202f600                    3\u202f400",
			want: []wantFact{{value: 1300, category: Other, source: "city council"}, {value: 2100, category: Displaced, source: "city council"},
				{value: 2600, category: Other, source: "city council"}, {value: 3400, category: Displaced, source: "city council"}}},
		{name: "bulleted full sentences under a caption that says who gave them",
			body: "The shelling went on through the night and into the morning, residents of the three villages on the river told reporters by phone.\n\nThese are the figures the regional health office gave on Monday:\n\n- Some 9,000 people are living in the two camps near the river.\n- A further 2,500 are sleeping in the open.",
			want: []wantFact{{value: 9000, category: Sheltered, source: "regional health office"}, {value: 2500, category: Unsheltered, source: "regional health office"}}},
	})
}

func TestExtract_Heldout74Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a share after an organisation named in apposition and 'said'",
			body: "The UN children's agency, UNICEF, said about 55% of them were children.",
			want: []wantFact{{value: 55, category: Other, source: "UNICEF"}}},
		{name: "an agency with dotted initials, then its acronym",
			body: "More than 4,000 people have crossed since Monday, according to the U.N. migration agency, IOM.",
			want: []wantFact{{value: 4000, category: Displaced, source: "IOM"}}},
		{name: "a speaker with titles in lower case after 'said'",
			body: "The school can hold about 900 people, said camp manager Samir Daoud. \"We have put up 300 tents,\" he said.",
			want: []wantFact{{value: 900, category: Other, source: "Samir Daoud"}, {value: 300, category: Other, source: "Samir Daoud"}}},
		{name: "a family name written first, later alone",
			body: "The aid reached 1,200 families, according to Lin Mei-hua, who runs the office. \"We saw 40 tents in one field,\" Lin said.",
			want: []wantFact{{value: 1200, category: Other, source: "Lin Mei-hua"}, {value: 40, category: Other, source: "Lin Mei-hua"}}},
	})
}

func TestExtract_Heldout74Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people who tested positive are cases",
			body: "The camp was sealed after three residents tested positive for the virus.",
			want: []wantFact{{value: 3, category: Other}}},
		{name: "a numbered part of a camp is a name",
			body: "The couple, who live in the camp's Village 5, were taken to hospital with 20 others.",
			want: []wantFact{{value: 20, category: Other}}},
	})
}

func TestFiguresGivenBy(t *testing.T) {
	checkEach(t, "figuresGivenBy", figuresGivenBy, map[string]string{
		"These are the figures the Greek migration ministry gave on Monday:": "Greek migration ministry",
		"Here are the numbers that UNHCR released:":                          "UNHCR",
		"The figures, as of Monday, gave the following picture:":             "",
		"Key figures for the camps:":                                         "",
	})
}
