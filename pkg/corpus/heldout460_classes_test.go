package corpus

import "testing"

// Classes found on the four-hundred-and-sixtieth to four-hundred-and-
// sixty-third held-out sets, in text of our own.

func TestExtract_Heldout460Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "the count told before, up from",
			body: "OCHA said on Friday that 520,000 people had fled their homes in the province since June, up from the 480,000 it gave on Tuesday.",
			want: []wantFact{{value: 520000, category: Displaced}, {value: 480000, category: Displaced}}},
		{name: "people without water",
			body: "Officials said close to 300,000 people in Raqqa and the camps around it have no clean water.",
			want: []wantFact{{value: 300000, category: Other, qual: Approx}}},
		{name: "a subscription line in Spanish",
			body: "Reciba nuestro boletín: suscripción por solo L 200 al año.",
			want: nil},
	})
}

func TestSource_Heldout460Classes(t *testing.T) {
	runSourceCase(t, "A headline\n\nThe Gazette spoke by phone with Dr Amina Yusuf, a surgeon who has worked in the province since 2017.\n\nQ: How bad is it?\n\nA: We see about 300 patients a day.\n\nQ: Who are they?\n\nA: Around 60 percent are children.\n\nQ: What do you need?\n\nA: Fuel.\n", 2, "Amina Yusuf")
	runSourceCase(t, "A headline\n\nJordan, the neighbour to the south, says it wants a \"buffer zone\" 20 km deep and that up to 300,000 refugees could go home.\n", 2, "Jordan")
}
