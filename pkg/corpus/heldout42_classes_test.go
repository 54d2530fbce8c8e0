package corpus

import "testing"

// Classes found on the forty-second and forty-third held-out sets, in
// text of our own.
func TestExtract_Heldout42Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a coastguard is an organisation that 'it' can stand for",
			body: "More than 300 migrants have landed on Kos since Friday, the Greek coastguard said. Of those, some 120 came ashore on Pserimos, it said.",
			pub:  "2020-03-03",
			want: []wantFact{{value: 300, category: Displaced, source: "Greek coastguard"}, {value: 120, category: Displaced, source: "Greek coastguard"}}},
		{name: "people a country takes in are refugees there",
			body: "The Netherlands will take in 100 people from the burned camp. Sweden had taken in just 40 children by March.",
			want: []wantFact{{value: 100, category: Refugees}, {value: 40, category: Refugees}}},
		{name: "a town or camp that takes people in does not make them refugees",
			body: "Azaz has taken in 2,000 families from Afrin, and the camp took in 40 more families on Friday.",
			want: []wantFact{{value: 2000, category: Displaced}, {value: 40, category: Sheltered}}},
		{name: "people counted at a border are massed there, whoever they are",
			body: "There are more than 20,000 migrants at the Bulgarian border already, the minister said.",
			want: []wantFact{{value: 20000, category: AtRisk}}},
		{name: "a weekday's day of the month in a table of days is a date",
			body: "Arrivals by day:\n\nMonday 14 | 1\u00a0050\nTuesday 15 (until noon) | 1\u202f723",
			want: []wantFact{{value: 1050, category: Displaced}, {value: 1723, category: Displaced}}},
	})
}

func TestExtract_Heldout42Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "bold figures that open a paragraph",
			body: "**12\u00a0400** – Syrian refugees registered with UNHCR in Tyre at the end of May.\n\n**More than a third** of households have fallen behind on their rent, a survey found.",
			want: []wantFact{{value: 12400, category: Refugees}, {value: 33.33, category: Other, unit: "percent"}}},
		{name: "a possessive owner of a list is its source",
			body: "UNHCR's registered refugee population in Jordan, by governorate:\n\nAmman ........ 195\u00a0000\nMafraq ....... 162\u00a0000",
			want: []wantFact{{value: 195000, category: Refugees, source: "UNHCR"}, {value: 162000, category: Refugees, source: "UNHCR"}}},
	})
}

// An interview whose questions carry the first word of the outlet's name
// and whose answers carry the interviewee's surname, given in full only
// in the introduction.
func TestExtract_InterviewSurnameLabels(t *testing.T) {
	a := &Article{Name: "t", Publisher: "Harbour Review", Body: "Samir Haddad runs a legal clinic in Tripoli. Harbour asked him about the winter.\n\n" +
		"Harbour: How many families have lost their homes?\n\n" +
		"Haddad: We counted 900 evictions in November.\n\n" +
		"Harbour: And next month?\n\n" +
		"Haddad: Perhaps 2,000 more families could be evicted."}
	checkSources(t, a, "Samir Haddad", "Samir Haddad")
}

func TestIntroducedName(t *testing.T) {
	body := "Rania Khoury heads the programme; Khoury said little. A Nasser spoke."
	checkEach(t, "introducedName", func(s string) string { return introducedName(body, s) }, map[string]string{
		"Khoury": "Rania Khoury",
		"Nasser": "",
		"Haddad": "",
	})
}

func TestCountryTakesIn(t *testing.T) {
	checkEach(t, "countryTakesIn", countryTakesIn, map[string]bool{
		"The Netherlands will take in ":                        true,
		"Germany, which has agreed to take in ":                true,
		"Iraq has taken in about ":                             true,
		"The camp took in ":                                    false,
		"Canada has taken in more refugees than any country, ": false,
	})
}

func TestStripEmphasis(t *testing.T) {
	checkEach(t, "stripEmphasis", stripEmphasis, map[string]string{
		"**12 400** – Syrian refugees":  "12 400 – Syrian refugees",
		"**More than a third** of them": "More than a third of them",
		"a ** lone mark":                "a ** lone mark",
		"__f__function(){}__f__":        "__f__function(){}__f__",
	})
}

func TestDropPossessive(t *testing.T) {
	checkEach(t, "dropPossessive", dropPossessive, map[string]string{
		"UNHCR's":  "UNHCR",
		"OCHA’s":   "OCHA",
		"Reporter": "Reporter",
		"'s":       "'s",
	})
}

func TestSectionTail(t *testing.T) {
	checkEach(t, "sectionTail", sectionTail, map[string]bool{
		" - World":           true,
		" – Middle East":     true,
		" - 10:41 GMT":       false,
		" - 18 Safar 1441":   true,
		" - 18 of 1441":      false,
		" - three new camps": false,
		"":                   false,
	})
}
