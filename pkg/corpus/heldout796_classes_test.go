package corpus

import "testing"

// Classes found on the seven-hundred-and-ninety-sixth to seven-hundred-
// and-ninety-ninth held-out sets, in text of our own.

func TestExtract_Heldout796Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a phone number after an abbreviated \"tel.\"",
			body: "About 2 400 tents flooded overnight and 35 000 people need blankets, the council said.\n\nVíce informací na tel. 585 000 222.",
			want: []wantFact{{value: 2400, category: Other}, {value: 35000, category: Other}}},
		{name: "a station's frequencies after \"on\", in a line about when it airs",
			body: "About 300 tents flooded overnight, the council said. The Breakfast Hour airs weekdays from 7 a.m. on 101.3 in Dawson and on 94.7 in Mayo.",
			want: []wantFact{{value: 300, category: Other}}},
		{name: "a part of a people named by its capitalised name",
			body: "Lebanon says it has taken in 1.5 million Syrians. Some 900,000 of those Syrians are registered with the UN refugee agency.",
			want: []wantFact{{value: 1.5e6, category: Refugees}, {value: 900000, category: Refugees, unit: "Syrians"}}},
		{name: "a speaker named after \"its\" and a role, set off by commas",
			body: "The parish has sponsored three families since 2017, 14 people in all, said its treasurer, Ruth Adeyemi, 64.",
			want: []wantFact{{value: 3, category: Refugees, source: "Ruth Adeyemi"}, {value: 14, category: Other, source: "Ruth Adeyemi"}}},
		{name: "a speaker named with an Arabic article after \"its\" and a role",
			body: "About 30,000 residents still live in the town, said its mayor, Khaled al-Masri.",
			want: []wantFact{{value: 30000, category: Other, source: "Khaled al-Masri"}}},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout796Guards(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a count on a decimal after \"on\" with no word of broadcasting is a count",
			body: "Prices rose on 98.5 percent of the goods sold in the camp's market, traders said.",
			want: []wantFact{{value: 98.5, category: Other}}},
		{name: "\"according to its own figures\" keeps naming their owner",
			body: "Ruritania's army says it has lost 46 soldiers, according to its own figures.",
			want: []wantFact{{value: 46, category: Killed, source: "Ruritania's army"}}},
		{name: "\"according to its latest figures\" keeps naming their owner",
			body: "In Jordan there are 660 000 Syrian refugees registered with the UN refugee agency (UNHCR), according to its latest figures.",
			want: []wantFact{{value: 660000, category: Refugees, source: "UNHCR"}}},
	})
}
