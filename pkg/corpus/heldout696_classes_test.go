package corpus

import "testing"

// Classes found on the six-hundred-and-ninety-sixth to six-hundred-
// and-ninety-ninth held-out sets, in text of our own.

func TestExtract_Heldout696Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a death toll risen to a figure, and a part of it",
			body: "The death toll from shelling and rocket fire on Turkish border towns since Monday has risen to 14 civilians, six of them in Kilis, according to Turkish officials.",
			want: []wantFact{{value: 14, category: Killed, qual: Exact, unit: "civilians", source: "Turkish officials"},
				{value: 6, category: Killed, qual: Exact, source: "Turkish officials"}}},
		{name: "whatever anyone says is no speaker",
			body: "President Ali Demir said Turkey would not stop “whatever anyone says”. He repeated that the zone would be 30 kilometres deep.",
			want: []wantFact{{value: 30, category: Other, qual: Exact, unit: "km", source: "Ali Demir"}}},
		{name: "a directorate general of a service is an office",
			body: "Turkey hosts about 3.6 million Syrians, according to the Directorate General of Migration Management.",
			want: []wantFact{{value: 3600000, category: Refugees, qual: Approx, unit: "Syrians", source: "Directorate General of Migration Management"}}},
		{name: "a person named in full after a title's full stop, then by surname",
			body: "Dr. Anna Lind came home last week with a suitcase of gauze. Lind, 58, a family physician, spent 12 days in Jordan. She said her team of seven volunteers treated more than 900 patients.",
			want: []wantFact{{value: 7, category: Other, qual: Exact, unit: "volunteers", source: "Anna Lind"},
				{value: 900, category: Other, qual: AtLeast, unit: "patients", source: "Anna Lind"}}},
		{name: "saying after an irregular verb goes back to its subject",
			body: "Government spokesman Nikos Alexiou gave a different picture, saying police had stopped 4,000 attempts to cross.",
			want: []wantFact{{value: 4000, category: Other, qual: Exact, unit: "attempts", source: "Nikos Alexiou"}}},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout696Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a count risen to a figure is no toll",
			body: "The number of families in the school has risen to 40 people, the director said.",
			want: []wantFact{{value: 40, category: Sheltered, qual: Exact, unit: "people", source: "director"}}},
	})
}
