package corpus

import "testing"

// Classes found on the six-hundred-and-thirty-sixth to six-hundred-and-
// thirty-ninth held-out sets, in text of our own.

func TestExtract_Heldout636Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a share opening a clause after said",
			body: "Police said around a fifth were minors.",
			want: []wantFact{{value: 20, category: Other, qual: Approx, unit: "percent"}}},
		{name: "a share opening a clause after and",
			body: "More than half were Afghans, and around a fifth were Syrians.",
			want: []wantFact{{value: 50, category: Other, qual: AtLeast, unit: "percent"},
				{value: 20, category: Other, qual: Approx, unit: "percent"}}},
		{name: "an aside of several of them",
			body: "Aid agencies say at least 12 people, several of them children, have died in the desert camps.",
			want: []wantFact{{value: 12, category: Killed, qual: AtLeast, unit: "people"}}},
		{name: "people registered at checkpoints",
			body: "The office said about 90,000 people had registered at checkpoints around the town.",
			want: []wantFact{{value: 90000, category: Displaced, qual: Approx, unit: "people"}}},
	})
}

func TestLocation_Heldout636Classes(t *testing.T) {
	const head = "Families flee as the offensive advances\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{name: "a region that hosts refugees, its country's possessive left as context",
			text:   head + "More people crossed on Monday.\n\nIraq's Kurdistan region already hosts about 230,000 Syrian refugees, the agency said.",
			phrase: "about 230,000 Syrian refugees", want: "Kurdistan region"},
	})
}
