package corpus

import "testing"

// Classes found on the hundred-and-ninety-second to hundred-and-ninety-
// fifth held-out sets, in text of our own.

func TestExtract_Heldout192Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a count put at a figure after an aside",
			body: "The Lebanese government puts the total number of Syrians in the country, including those who never registered, at 1.5 million.",
			want: []wantFact{{value: 1500000, category: Refugees, source: "Lebanese government"}}},
		{name: "residence granted",
			body: "More than 60,000 Syrians have been granted residence in Norway since 2013.",
			want: []wantFact{{value: 60000, category: Refugees, qual: AtLeast}}},
		{name: "refugees accepted under a quota",
			body: "South Korea, which accepted 640 Syrian refugees under an emergency quota announced in 2016, has not said whether it will offer more places.",
			want: []wantFact{{value: 640, category: Refugees}}},
		{name: "quota refugees still to come",
			body: "The minister said the country would receive up to 120 quota refugees next year.",
			want: []wantFact{{value: 120, category: Other, qual: AtMost}}},
		{name: "a country carrying the weight of refugees",
			body: "\"We are carrying the weight of 3 million refugees alone,\" the minister said.",
			want: []wantFact{{value: 3000000, category: Refugees}}},
		{name: "children of an age",
			body: "\"We see children of six or seven who no longer speak,\" said a nurse.",
			want: nil},
		{name: "an age in brackets after a full name",
			body: "Anna Berger (41) has run the clinic in Zahle since 2015.",
			want: nil},
		{name: "a season months away",
			body: "Winter is three months away.",
			want: nil},
		{name: "how long a family has lived somewhere",
			body: "\"We have lived here four years.\"",
			want: nil},
		{name: "people sheltering in a province near a frontier",
			body: "Thousands more were sheltering in Quneitra province near the frontier with the Golan Heights.",
			want: []wantFact{{value: 1000, category: AtRisk, qual: AtLeast}}},
		{name: "the families of a camp a relative clause describes",
			body: "I was in a settlement last week where 60 families lived.",
			want: []wantFact{{value: 60, category: Sheltered}}},
		{name: "people picked up at sea",
			body: "Between 120 and 150 were picked up by coastguard boats overnight.",
			want: []wantFact{{value: 120, category: Displaced, qual: Range}}},
		{name: "who has refugees registered",
			body: "UNHCR has about 900,000 Syrians registered, and the government says the real number is higher.",
			want: []wantFact{{value: 900000, category: Refugees, qual: Approx, source: "UNHCR"}}},
		{name: "a bare count is nobody who speaks",
			body: "The Foreign Ministry said none of the 800 Filipinos in Syria was in Idlib. Most work as nurses, and 15 have asked to go home, it said.",
			want: []wantFact{{value: 800, category: Other, source: "Foreign Ministry"}, {value: 15, category: Other, source: "Foreign Ministry"}}},
		{name: "according to, over who registered",
			body: "Portugal has registered roughly 2,100 Syrian refugees, according to UNHCR.",
			want: []wantFact{{value: 2100, category: Refugees, qual: Approx, source: "UNHCR"}}},
	})
}

func TestExtract_Heldout192Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a German donation appeal",
			body: "About 300 tents flooded overnight.\n\nHelfen Sie mit: €30 pays for a tarpaulin kit for one family in Zahle.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout192Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "an outlet's newsroom with an agency",
			page: "CEDARLINE\nNews | Cyprus | World | English\nHome › English › World\nRain floods hundreds of tents in camps near the border\n04/03/2020 - 07:05 | Updated: 21:48\n" +
				"Cedarline English newsroom, with Reuters\n", wire: "Reuters"},
	})
}
