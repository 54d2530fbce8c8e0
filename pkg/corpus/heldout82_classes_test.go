package corpus

import "testing"

// Classes found on the eighty-second and eighty-third held-out sets, in
// text of our own.

func TestExtract_Heldout82Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "items behind arrowheads each keep their own label",
			body: "The shelling went on through the night and into the morning, residents of the three villages on the river told reporters by phone.\n\nThe latest figures from the relief office:\n\n► Displaced since 1 March: 90\u00a0500\n► Sheltering in camps or tents: around 30,000\n► Living in the open or under trees: roughly 6,000",
			want: []wantFact{{value: 90500, category: Displaced}, {value: 30000, category: Sheltered}, {value: 6000, category: Unsheltered}}},
	})
}

func TestExtract_Heldout82Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an age before a nationality and a noun",
			body: "No one was killed, but a 29-year-old German photographer was taken to hospital and 40 tents burned.",
			want: []wantFact{{value: 40, category: Other}}},
		{name: "troops a country has sent this month",
			body: "Ankara has sent thousands of troops into the province this month, a monitor said.", pub: "2020-02-18",
			want: []wantFact{{value: 1000, category: Troops, period: "2020-02-01"}}},
		{name: "a count that has passed a figure is at least that",
			body: "The number of people who have crossed since the offensive began has passed 7,100, the agency said.",
			want: []wantFact{{value: 7100, category: Displaced, qual: AtLeast}}},
		{name: "people an agency prepares to help are counted for the aid",
			body: "The agency was preparing to help up to 40,000 people in the area over the next two weeks.",
			want: []wantFact{{value: 40000, category: Other}}},
		{name: "people who found refuge in a country are refugees there",
			body: "Some 12,000 Syrian Armenians have found refuge in Armenia since the war began.",
			want: []wantFact{{value: 12000, category: Refugees}}},
	})
}

func TestExtract_Heldout82Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "the outlet's own correspondent",
			body: "Our correspondent counted around 140 military vehicles on the road to the border.",
			want: []wantFact{{value: 140, category: Other, source: "reporter"}}},
		{name: "a person of an organisation whose name has a lower-case joiner",
			body: "\"Children are sleeping on wet ground,\" said Dr Lena Holm of Médecins du Monde. She said a third of the residents were children.",
			want: []wantFact{{value: 33.33, category: Other, source: "Lena Holm"}}},
	})
}

func TestAgencyDotDateline(t *testing.T) {
	checkEach(t, "agencyDotDateline", func(s string) string { place, _, _ := agencyDotDateline(s); return place }, map[string]string{
		"YEREVAN, OCTOBER 14, ARMENPRESS. The community is in danger.": "YEREVAN",
		"TBILISI, MARCH 3, AGENDA-GE. The government said.":            "TBILISI",
		"Yerevan, October 14, Armenpress. The community is in danger.": "",
		"YEREVAN, OCTOBER, ARMENPRESS. The community.":                 "",
		"The camp, a tent city, was full. Then it rained.":             "",
	})
}
