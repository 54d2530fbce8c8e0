package corpus

import "testing"

// Classes found on the seven-hundred-and-seventy-second to seven-
// hundred-and-seventy-fifth held-out sets, in text of our own.

func TestExtract_Heldout772Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "\"the kingdom says\": the country named before",
			body: "Jordan, which hosts some 670,000 registered Syrian refugees, has kept its border shut. The kingdom says the true number of Syrians on its soil is nearer 1.3 million.",
			want: []wantFact{{value: 670000, category: Refugees, source: "reporter"}, {value: 1300000, category: Refugees, source: "Jordan"}}},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout772Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "\"the United Kingdom says\" is no kingdom named before",
			body: "Jordan hosts some 670,000 registered Syrian refugees. The United Kingdom says it will resettle 20,000 Syrians by 2020.",
			want: []wantFact{{value: 670000, category: Refugees, source: "reporter"}, {value: 20000, category: Other, source: "United Kingdom"}}},
	})
}
