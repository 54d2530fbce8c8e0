package corpus

import "testing"

// Classes found on the four-hundred-and-thirty-sixth to four-hundred-
// and-thirty-ninth held-out sets, in text of our own.

func TestExtract_Heldout436Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a subscription with the euro sign after the price",
			body: "Alle Artikel lesen – jetzt 3 Monate für 1,99 € testen",
			want: nil},
		{name: "a price in birr",
			body: "Get the paper delivered: subscribe for Birr 900 a year.",
			want: nil},
		{name: "the age of a man who spoke",
			body: "A man of 55 told me he would rather stay in the tent.",
			want: nil},
		{name: "families who have already done it",
			body: "\"Fifteen families in this camp have already done it.\"",
			want: []wantFact{{value: 15, category: Other}}},
		{name: "people who entered a country",
			body: "In 2015 about 200,000 people entered the country from the south, police said.",
			want: []wantFact{{value: 200000, category: Displaced, qual: Approx}}},
		{name: "a city that houses asylum seekers",
			body: "The city administration said it currently houses 900 asylum seekers.",
			want: []wantFact{{value: 900, category: Refugees}}},
		{name: "many of the displaced, counted whole",
			body: "\"Many of the 500,000 displaced are living under trees,\" a spokesman said.",
			want: []wantFact{{value: 500000, category: Displaced}}},
	})
}

func TestPage_Heldout436Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Spanish related news",
			body: "About 100 people landed on Chios.\n\nNoticias relacionadas: Malabo acoge a 200 delegados en el foro regional\nNoticias relacionadas: Dos barcos detenidos en aguas de Bioko\n",
			want: []wantFact{{value: 100, category: Displaced, qual: Approx}}},
	})
}
