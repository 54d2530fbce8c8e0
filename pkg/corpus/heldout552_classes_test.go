package corpus

import "testing"

// Classes found on the five-hundred-and-fifty-second to five-hundred-
// and-fifty-fifth held-out sets, in text of our own.

func TestExtract_Heldout552Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "money in złoty",
			body: "A family's winter kit costs about 150 złoty.",
			want: nil},
		{name: "an age after a hyphenated given name",
			body: "Kim Ha-na, 31, studied nursing in Busan before she left for Lebanon.",
			want: nil},
		{name: "people who gathered outside an office to protest",
			body: "About 200 people gathered outside the UN office in Tbilisi, carrying photos of relatives killed in the fighting.",
			want: []wantFact{{value: 200, category: Other, qual: Approx}}},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout552Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an age after a name with a lower-case particle",
			body: "Abu Ahmad al-Zoubi, 55, said they had walked for two days.",
			want: nil},
	})
}

func TestHeader_Heldout552Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a source credit before the desk",
			page: "Záhorský hlas\nRegionálny týždenník\nDomov | Región | Zo sveta\nDomov » Zo sveta » In English\n" +
				"Thousands flee as the offensive reaches the town\nZdroj: AFP | Spracovala: redakcia ZH\n" + storyLine,
			title: "Thousands flee as the offensive reaches the town"},
	})
}
