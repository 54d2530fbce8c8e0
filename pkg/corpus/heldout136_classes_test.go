package corpus

import "testing"

// Classes found on the hundred-and-thirty-sixth to hundred-and-thirty-ninth
// held-out sets, in text of our own.

func TestExtract_Heldout136Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "money in a subscription appeal, in another currency code",
			body: "Support the Courier: become a member from 1,500 ISK a month.",
			want: nil},
		{name: "a relative's age as a predicate",
			body: "\"My grandmother is 84 and could not walk, so we carried her.\"",
			want: nil},
		{name: "people sheltering near a frontier stopped there",
			body: "Some 40,000 are sheltering close to the frontier with the occupied heights, the agency said.",
			want: []wantFact{{value: 40000, category: AtRisk, qual: Approx}}},
		{name: "people massed near a crossing",
			body: "Around 30,000 of the displaced had massed near the river crossing.",
			want: []wantFact{{value: 30000, category: AtRisk, qual: Approx}}},
		{name: "centres built to hold a number",
			body: "The centres were built to hold about 3,100.",
			want: []wantFact{{value: 3100, category: Other, qual: Approx}}},
		{name: "a camp that could shelter more is a capacity",
			body: "The authorities said the new site could shelter up to 20,000 more people if needed.",
			want: []wantFact{{value: 20000, category: Other, qual: AtMost}}},
		{name: "people who would be moved from the islands",
			body: "The minister said 8,000 people would be moved from the islands by June.",
			want: []wantFact{{value: 8000, category: Other}}},
		{name: "children dying of the cold",
			body: "There are reports of at least five children dying since the start of January.",
			want: []wantFact{{value: 5, category: Killed, qual: AtLeast}}},
		{name: "families under trees",
			body: "\"There are 30 families under these olive trees and no water.\"",
			want: []wantFact{{value: 30, category: Unsheltered}}},
		{name: "people under a tarpaulin",
			body: "\"We are 11 people under a single tarpaulin,\" he said.",
			want: []wantFact{{value: 11, category: Unsheltered}}},
		{name: "police officers sent abroad are no projection",
			body: "Portugal will send a further 20 officers to the border under Frontex.",
			want: []wantFact{{value: 20, category: Other}}},
		{name: "a list of small numbers ending in times",
			body: "Most have moved two, three, four times since the war began.",
			want: nil},
		{name: "a family given with a relative is no more of the count before",
			body: "\"There are 25 families in this tent,\" said Ahmad, who fled with his wife and five children.",
			want: []wantFact{{value: 25, category: Sheltered}, {value: 5, category: Other, source: "reporter"}}},
		{name: "a speaker's description after the speech tag is the reporter's",
			body: "\"We walked for two nights,\" said Hevin Ali, 31, who reached the camp with her mother and three children.",
			want: []wantFact{{value: 3, category: Other, source: "reporter"}}},
		{name: "a since clause with a participle aside",
			pub:  "2018-07-02",
			body: "At least 90,000 people have fled since government forces, backed by air strikes, launched their push on June 19.",
			want: []wantFact{{value: 90000, category: Displaced, qual: AtLeast, period: "2018-06-19"}}},
	})
}

func TestParseArticle_Heldout136Headers(t *testing.T) {
	const footer = "\n© 2021 Valley Free Press Ltd. All rights reserved.\nOriginal url: https://www.valleycourier.com/2021/floods\n"
	runHeaderCases(t, []headerCase{
		{name: "an Estonian date line", page: "Floods sweep the camps\n21. veebruar 2020, 14:03\n", published: "2020-02-21"},
		{name: "a Russian date line", page: "Floods sweep the camps\n23 октября 2019, 15:47\n", published: "2019-10-23"},
		{name: "a Portuguese weekday before the date", page: "Floods sweep the camps\nSegunda-feira, 17 de Fevereiro de 2020 - 10:12\n", published: "2020-02-17"},
		{name: "a masthead the address spells, over a company's copyright",
			page: "Valley Courier\nNews you can trust\nFloods sweep the camps\n" + storyLine + footer, publisher: "Valley Courier"},
		{name: "a masthead in capitals the page spells in mixed case",
			page: "VALLEY COURIER\nNews you can trust\nFloods sweep the camps\n" + storyLine + "\nThe Valley Courier team.\n" + footer, publisher: "Valley Courier"},
	})
}

func TestExtract_Heldout136Interviews(t *testing.T) {
	// "Sólveig:" answers for "Sólveig Ósk Einarsdóttir": a first name
	// labels a name of three words, in any script.
	a := parseArticle("t", "VALLEY RADIO\nHome > Interviews\nA nurse on the island\nBy Jo Park\n\n"+
		"Ása Björk Jónsdóttir, 29, a nurse from Akureyri, has worked on the island for a year. We reached her by phone.\n\n"+
		"Valley Radio: How many people do you see?\n\nÁsa: About 90 children a day.\n\nValley Radio: What do they need?\n\nÁsa: Blankets for 300 families.\n")
	checkSources(t, a, "Ása Björk Jónsdóttir", "Ása Björk Jónsdóttir")
}
