package corpus

import "testing"

// Classes found on the four-hundred-and-twelfth to four-hundred-and-
// fifteenth held-out sets, in text of our own.

func TestExtract_Heldout412Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "deaths after an aside that gives the youngest's age",
			body: "Five children, the youngest just 14 months old, have died of the cold since January, doctors said.",
			want: []wantFact{{value: 5, category: Killed, unit: "children"}}},
		{name: "a relative date behind a longer hedge",
			body: "The fighting has emptied the valley in little more than three weeks.",
			want: nil},
		{name: "people still missing",
			body: "She now lives in a shelter in Homs with 40 other families. \"Two of the boys who came with us are still missing.\"",
			want: []wantFact{{value: 40, category: Sheltered}, {value: 2, category: Other}}},
		{name: "a running total after a date",
			body: "Three more soldiers were killed on Friday, bringing the number killed since Feb. 5 to 21, the ministry said.",
			want: []wantFact{{value: 3, category: Killed}, {value: 21, category: Killed, unit: "soldiers"}}},
		{name: "border guards who received people",
			body: "On Monday night, border guards received 450 people at the two crossing points, the ministry said.",
			want: []wantFact{{value: 450, category: Displaced}}},
		{name: "people with refugee status as the whole of a share",
			body: "Syrians make up about half of the roughly 8,000 people with refugee status in the country.",
			want: []wantFact{{value: 50, category: Other}, {value: 8000, category: Refugees}}},
		{name: "how long, after a conjunction",
			body: "The island has about 30,000 residents, and for four years they have carried the burden alone.",
			want: []wantFact{{value: 30000, category: Other}}},
	})
}

func TestPage_Heldout412Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a part of the dead under a caption that names the border",
			body: "The figures the agencies gave as the fighting neared the border:\n\n• At least 80 civilians killed since May 2, among them 20 children (SOHR)\n• About 9,000 refugees registered in the country (UNHCR)\n",
			want: []wantFact{{value: 80, category: Killed, source: "SOHR"}, {value: 20, category: Killed, source: "SOHR"}, {value: 9000, category: Refugees, source: "UNHCR"}}},
		{name: "a caption that names its source in brackets",
			body: "The coastguard pulled 30 people from the water.\n\nPeople landed since Monday (source: Greek coastguard)\nIsland | People\nLesbos | 410\nSamos | 120\n\nMore boats are expected.\n",
			want: []wantFact{{value: 30, category: Other}, {value: 410, category: Displaced, source: "Greek coastguard"}, {value: 120, category: Displaced, source: "Greek coastguard"}}},
		{name: "a source line under a table",
			body: "The convoy reached the camp on Sunday.\n\nThe camp in figures\n| Indicator | Figure |\n|---|---|\n| People in the camp | about 30,000 |\n| Trucks in the convoy | 90 |\nSource: UN Office for the Coordination of Humanitarian Affairs (OCHA)\n\nMore text follows.\n",
			want: []wantFact{{value: 30000, category: Sheltered, source: "OCHA"}, {value: 90, category: Other, source: "OCHA"}}},
		{name: "a source line with a date under a table",
			body: "Most refugees live in the valley.\n\nRegion               Refugees\nBekaa                300,000\nNorth                250,000\nSource: UNHCR, end-March 2019\n\nMore text follows.\n",
			want: []wantFact{{value: 300000, category: Refugees, source: "UNHCR"}, {value: 250000, category: Refugees, source: "UNHCR"}}},
		{name: "a label that counts shops in a camp's figures",
			body: "The desert camp opened seven years ago.\n\nThe camp in numbers:\n\n• Residents: about 76,000\n• Prefabricated caravans: about 25,000\n• Shops: around 2,500\n",
			want: []wantFact{{value: 76000, category: Sheltered}, {value: 25000, category: Other}, {value: 2500, category: Other, unit: "shops"}}},
		{name: "an item whose label holds a participle, credited in brackets with a date",
			body: "The country's refugees in figures:\n\n• Syrian refugees registered in the country: 655,000 (UNHCR, end of June)\n• Households below the poverty line: 70 percent (UN survey)\n",
			want: []wantFact{{value: 655000, category: Refugees, source: "UNHCR"}, {value: 70, category: Other, source: "UN"}}},
	})
}

func TestSource_Heldout412Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "said of the people the words are about",
			body: "About 2,000 of them are children, the agency said of the new arrivals.",
			want: []wantFact{{value: 2000, category: Other, source: "agency"}}},
		{name: "an owner's figure after a colon",
			body: "Local officials say more than 200,000 people have fled. The UN's figure is lower: about 150,000.",
			want: []wantFact{{value: 200000, category: Displaced, source: "Local officials"}, {value: 150000, category: Displaced, source: "UN"}}},
	})
}
