package corpus

import "testing"

// Classes found on the two-hundred-and-eighty-eighth to two-hundred-and-
// ninety-first held-out sets, in text of our own.

func TestExtract_Heldout288Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a number put far higher, at a figure",
			body: "Local councils put the number of displaced far higher, at around 900,000.",
			want: []wantFact{{value: 900000, category: Displaced, qual: Approx}}},
		{name: "how long something took someone",
			body: "About 40 families fled the village. \"It took me 12 days,\" said a farmer.",
			want: []wantFact{{value: 40, category: Displaced, qual: Approx}}},
		{name: "nights someone has been somewhere",
			body: "\"We have been in this field three nights,\" he said.",
			want: nil},
		{name: "people living in camps, even when called refugees",
			body: "The town is where around 45,000 refugees live in more than 90 informal camps.",
			want: []wantFact{{value: 45000, category: Sheltered, qual: Approx}, {value: 90, category: Other, qual: AtLeast}}},
		{name: "families who have moved out to tents",
			body: "In the past week, between 150 and 200 families have moved out to tents on the edge of the town.",
			want: []wantFact{{value: 150, category: Displaced, qual: Range}}},
		{name: "people walking away from a camp",
			body: "Police closed the road as thousands of people walked away from the burning camp towards the port.",
			want: []wantFact{{value: 1000, category: Displaced, qual: AtLeast}}},
	})
}

func TestHeader_Heldout288Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Dutch date line with abbreviated day and month, and a desk and an agency",
			page:      "De Limburger\nNieuws | Limburg | Buitenland\nHome > Buitenland\nA headline for the story about the offensive\nzo 13 okt 2019 om 09:12 | Update: zo 13 okt 2019 om 21:40\nRedactie en Belga\n" + storyLine,
			wire:      "Belga",
			published: "2019-10-13"},
		{name: "an Italian date line with its last update",
			page:      "Il Giornale di Sassari\nHome | Cronaca | Mondo\nHome / Mondo\nA headline for the story about the offensive\nLunedì 02 luglio 2018 alle 18:20 - ultimo aggiornamento alle 19:05\n" + storyLine,
			published: "2018-07-02"},
		{name: "a Portuguese date line in December",
			page:      "A headline for the story\nSexta-feira, 27 de Dezembro de 2019 - 16:40\n" + storyLine,
			published: "2019-12-27"},
		{name: "a masthead with its domain and a copyright that names nobody",
			page:      "L'ECO SARDA.it\nHome | Cronaca | Mondo\nA headline for the story about the offensive\n" + storyLine + "\n© Riproduzione riservata\nOriginal url: https://www.ecosarda.it/news/1\n",
			publisher: "L'Eco Sarda"},
		{name: "a masthead over its acronym's line, named at its address",
			page:      "Davao Daily News\nDDN Digital | Part of a group of companies\nNews | World\nHome » World\nA headline for the story about the offensive\nOctober 22, 2019 - 10:14 AM\n" + storyLine + "\nOriginal url: https://davaodailynews.example.net/1/story\n",
			publisher: "Davao Daily News"},
		{name: "a desk with an agency and a note on the copy",
			page: "A headline for the story\nPar la rédaction Monde, avec Reuters (dépêches en anglais)\n" + storyLine,
			wire: "Reuters"},
	})
}

func TestLayout_Heldout288Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "the line under an acronym is the outlet's name",
			page:      "SNT\nSmaland Nya Tidning\nNyheter | Sport | Kultur\nNyheter › Världen › Intervju\n“We stopped counting”: a nurse back from the islands\nAv Karin Holm\n" + storyLine,
			title:     "“We stopped counting”: a nurse back from the islands",
			publisher: "Smaland Nya Tidning"},
		{name: "a place, a day without its year and an agency's initials",
			page:     "A headline for the story\nPublished on Jul 10, 2019\n\nKohima, July 10 (NPN): Soldiers began tearing down walls in the camps.\n",
			dateline: "Kohima",
			body:     "Soldiers began tearing down walls in the camps."},
	})
}
