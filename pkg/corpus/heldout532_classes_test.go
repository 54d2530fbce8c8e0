package corpus

import "testing"

// Classes found on the five-hundred-and-thirty-second to five-hundred-
// and-thirty-fifth held-out sets, in text of our own.

func TestExtract_Heldout532Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an offensive's length after an aside on its subject",
			body: "The Turkish offensive, launched on October 9 under the name Peace Spring, lasted eight days before a ceasefire.",
			want: []wantFact{{value: 8, category: Other, unit: "days"}}},
		{name: "a war that turned some years old",
			body: "Yemen's war, which turned five years old in March, has displaced 3 million people.",
			want: []wantFact{{value: 5, category: Other, unit: "years"}, {value: 3000000, category: Displaced}}},
		{name: "people who gathered for a vigil",
			body: "About 200 people gathered in the town square on Friday for a candlelit vigil for the people of Idlib.",
			want: []wantFact{{value: 200, category: Other, qual: Approx}}},
		{name: "people aid reached in a city centre",
			body: "Its teams had delivered food and water to 8,000 people in the city center within hours.",
			want: []wantFact{{value: 8000, category: Other}}},
		{name: "children seen at a learning centre",
			body: "We see about 250 children a day at our learning centre.",
			want: []wantFact{{value: 250, category: Other, qual: Approx}}},
		{name: "people inside shelters named before",
			body: "We run 12 schools as shelters in the city, and there are about 4,000 people inside them.",
			want: []wantFact{{value: 12, category: Other, unit: "schools"}, {value: 4000, category: Sheltered, qual: Approx}}},
		{name: "a host country's count with unregistered refugees",
			body: "The government puts the total at about 1.3 million once unregistered Syrians are counted.",
			want: []wantFact{{value: 1300000, category: Refugees, qual: Approx, unit: "people"}}},
		{name: "a subject's number in an aside before its predicate",
			body: "Others, thought to number in the thousands, have headed towards the border.",
			want: []wantFact{{value: 1000, category: AtRisk, qual: AtLeast}}},
		{name: "one thing shared between a few",
			body: "We share one mattress between four.",
			want: nil},
		{name: "a count with where its people come from after a clause",
			body: `"We sleep under the trees, 12 of us from two families, with no water," he said.`,
			want: []wantFact{{value: 12, category: Unsheltered}, {value: 2, category: Other, unit: "families"}}},
		{name: "a camp that holds asylum seekers",
			body: "On Chios, the Vial camp - a site built for 1,000 - now holds more than 5,000 asylum seekers, according to UNHCR.",
			want: []wantFact{{value: 1000, category: Other}, {value: 5000, category: Sheltered, qual: AtLeast}}},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout532Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a journey's length after an aside",
			body: "The journey, which began in Idlib, took two days.",
			want: nil},
		{name: "a child who turned some years old",
			body: "Amira, who turned nine years old in the camp, lost her father.",
			want: nil},
		{name: "one thing shared between families is a count",
			body: "They share one tap between three families.",
			want: []wantFact{{value: 3, category: Other, unit: "families"}}},
	})
}

func TestHeader_Heldout532Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a masthead in capitals that the address spells",
			page: "KAVKAZNEWS\nThe region's daily since 1999\nHome | Politics | World\nA headline for the story\nMarch 4, 2020\n" + storyLine +
				"\n© 2020 KAVKAZNEWS. All rights reserved.\nOriginal url: https://www.kavkaznews.az/region/1.html\n",
			publisher: "Kavkaznews"},
		{name: "a masthead whose leading words spell the address",
			page: "Tweed & Teviot Gazette\nServing the Borders since 1870\nHome | News | Sport\nA headline for the story\nMarch 4, 2020\n" + storyLine +
				"\n© Borders Newspapers Ltd 2020\nOriginal url: https://www.tweed-teviot.co.uk/news/a-headline\n",
			publisher: "Tweed & Teviot Gazette"},
		{name: "a radio masthead with its frequency keeps its name alone",
			page: "RADIO LUMEN 88.9 FM\nHome | News | World\nA headline for the story\nMarch 4, 2020\n" + storyLine +
				"\n© 2020 Radio Lumen, St Paul's College. All rights reserved.\nOriginal url: https://radiolumen.org/news/a-headline\n",
			publisher: "Radio Lumen"},
	})
}
