package corpus

import "testing"

// Classes found on the hundred-and-sixth and hundred-and-seventh held-out
// sets, in text of our own.

func TestExtract_Heldout106Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "protection given to so many is people a country hosts",
			body: "The ministry said the country had granted protection to more than 30,000 Syrians since 2012.",
			want: []wantFact{{value: 30000, category: Refugees, qual: AtLeast}}},
		{name: "a tenth of a population is a share",
			body: "Barely a tenth of the families have heating.",
			want: []wantFact{{value: 10, category: Other}}},
		{name: "an aside in brackets with its own verb is its own clause",
			body: "Some 90,000 people are sleeping in the open (another 20,000 are living in schools and mosques).",
			want: []wantFact{{value: 90000, category: Unsheltered, qual: Approx}, {value: 20000, category: Sheltered}}},
		{name: "people at the gates of a continent are at its border",
			body: "“That is 300,000 people at the gates of Europe,” he said.",
			want: []wantFact{{value: 300000, category: AtRisk}}},
	})
}

func TestExtract_Heldout106Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a caption over a table's header names the source",
			body: "Arrivals went on through the night, and buses took families from the crossing to the camps, officials said.\n\nArrivals in the region's camps since March 2 (VRC figures)\nCamp            Refugees\nNorth Hill      2,400\nRiver Bend        510",
			pub:  "2021-03-10",
			want: []wantFact{{value: 2400, category: Sheltered, source: "VRC"}, {value: 510, category: Sheltered, source: "VRC"}}},
		{name: "a table of countries counts the foreigners each hosts",
			body: "Many families have left the valley for good over the years, and few expect to return, community leaders said.\n\nWhere the valley's families went (ministry figures)\nCountry    Valley Armenians\nArmenia    12\u202f000\nLebanon    4\u202f500",
			want: []wantFact{{value: 12000, category: Refugees}, {value: 4500, category: Refugees}}},
	})
}
