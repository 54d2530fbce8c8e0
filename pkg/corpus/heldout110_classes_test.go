package corpus

import "testing"

// Classes found on the hundred-and-tenth and hundred-and-eleventh
// held-out sets, in text of our own.

func TestExtract_Heldout110Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "the refugee agency's name says nothing of the people it counts",
			body: "The UN refugee agency said about 20,000 people had gathered near the crossing.",
			want: []wantFact{{value: 20000, category: AtRisk, qual: Approx, source: "UN refugee agency"}}},
		{name: "thousands without shelter are people",
			body: "The storm tore through the camps, leaving thousands without shelter, aid groups said.",
			want: []wantFact{{value: 1000, category: Unsheltered, qual: AtLeast}}},
		{name: "a relative clause ends at its comma, before the next figure",
			body: "Lebanon, which hosts some 900,000 Syrian refugees, said on Monday it would no longer let migrants reach the coast, days after 12 guards were killed.",
			want: []wantFact{{value: 900000, category: Refugees, qual: Approx}, {value: 12, category: Killed}}},
		{name: "a person of the organisation after them",
			body: "“Some 200 schools now house families,” said Rami Saleh of the Syrian aid group Hope.",
			want: []wantFact{{value: 200, category: Other, qual: Approx, source: "Rami Saleh"}}},
		{name: "two ages after aged",
			body: "A boy and his sister, aged three and five, died when their tent caught fire.",
			want: nil},
		{name: "fighters guarded in prisons are detainees",
			body: "The militia says it is guarding about 9,000 suspected fighters in its prisons.",
			want: []wantFact{{value: 9000, category: Other, qual: Approx}}},
		{name: "half the things opening a clause is a share",
			body: "She said half the caravans in the camp had water inside.",
			want: []wantFact{{value: 50, category: Other}}},
	})
}

func TestExtract_Heldout110Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "an estimated heading is no speaker; the credit in brackets is",
			body: "The offensive in the south has emptied whole villages in a few days, aid workers at the border said on Monday.\n\nEstimated displacement by destination (OCHA, July 1):\n\nDestination        People\nNorth Town         2\u202f400\nRiver Bend         1\u202f150",
			want: []wantFact{{value: 2400, category: Displaced, source: "OCHA"}, {value: 1150, category: Displaced, source: "OCHA"}}},
	})
}
