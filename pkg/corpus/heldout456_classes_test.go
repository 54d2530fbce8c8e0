package corpus

import "testing"

// Classes found on the four-hundred-and-fifty-sixth to four-hundred-
// and-fifty-ninth held-out sets, in text of our own.

func TestExtract_Heldout456Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a text message's short number",
			body: "Trimite SMS la 7575 pentru Crucea Roșie.",
			want: nil},
		{name: "a short number in English",
			body: "To give 5 pounds, text SHELTER to 70707.",
			want: nil},
		{name: "half of a country's population, driven out",
			body: "The war has already driven half the country's pre-war population from their homes.",
			want: []wantFact{{value: 50, category: Other}}},
	})
}

func TestPage_Heldout456Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "an answer that says only how many, under a question that says of what",
			body: "Only 200 people had left through the corridors.\n\nQ: How many people are living in the Hol camp today?\n\nA: Our best estimate is about 60,000 people.\n",
			want: []wantFact{{value: 200, category: Other}, {value: 60000, category: Sheltered, qual: Approx}}},
		{name: "a labelled item that counts camps",
			body: "Below are the main figures, as of Monday evening.\n\n• Displaced since 1 December: about 900,000 people.\n• Camps and informal sites along the border: some 1,150, many of them full.\n",
			want: []wantFact{{value: 900000, category: Displaced, qual: Approx}, {value: 1150, category: Other, qual: Approx}}},
	})
}

func TestSource_Heldout456Classes(t *testing.T) {
	runSourceCase(t, "A headline\n\nRania Aziz, a spokeswoman for the agency, said the shrinking enclave left families nowhere to run. \"There are 3 million people squeezed into it,\" she said.\n", 1, "Rania Aziz")
}
