package corpus

import "testing"

// Classes found on the five-hundred-and-sixtieth to five-hundred-and-
// sixty-third held-out sets, in text of our own.

func TestExtract_Heldout560Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a year before the sentence's subject",
			body: "Karimova: In 2015 people still believed it would be over by summer.",
			want: nil},
		{name: "how long someone has held a job",
			body: "Dunne, 48, a nurse at the county hospital for 15 years, spent a month at a clinic in Idlib.",
			want: nil},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout560Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "the time a camp has had no doctor",
			body: "The camp has had no doctor for 11 months.",
			want: []wantFact{{value: 11, category: Other, unit: "months"}}},
	})
}

func TestHeader_Heldout560Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "an agency's English service after a desk",
			page: "IL GOLFO\nIl quotidiano dell'isola\nA headline for the story\nMercoledì 4 marzo 2020\nRedazione Esteri, con ANSA English\n", wire: "ANSA"},
	})
}
