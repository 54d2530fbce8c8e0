package corpus

import "testing"

// Classes found on the three-hundred-and-twenty-fourth to three-hundred-
// and-twenty-seventh held-out sets, in text of our own.

func TestExtract_Heldout324Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an offensive's age with a modifier",
			body: "The three-week-old army offensive has driven 90,000 people from their homes.",
			want: []wantFact{{value: 3, category: Other, unit: "weeks"}, {value: 90000, category: Displaced}}},
		{name: "a province's people in an aside",
			body: "Aleppo province, home to some two million people, borders the rebel enclave.",
			want: []wantFact{{value: 2000000, category: Other, qual: Approx}}},
		{name: "a camp's people in an aside after its province",
			body: "Maratane camp in Nampula province, home to about 9,000 people, is the only camp in the country.",
			want: []wantFact{{value: 9000, category: Sheltered, qual: Approx}}},
		{name: "a restatement higher than the count before",
			body: "The UN said at least 50,000 people had been displaced since Monday. It warned that as many as 200,000 could be uprooted. Local officials put the figure far higher, at more than 80,000.",
			pub:  "2019-10-12",
			want: []wantFact{{value: 50000, category: Displaced, qual: AtLeast, period: "2019-10-07"}, {value: 200000, category: AtRisk, qual: AtMost},
				{value: 80000, category: Displaced, qual: AtLeast, period: "2019-10-07"}}},
	})
}

func TestExtract_Heldout324Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "days in a list item's label",
			body: "About 300 families fled the town on Monday, officials said.\n\nThe convoy in figures:\n• Trucks: 90\n• Days the teams expect to stay: 6\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}, {value: 90, category: Other}}},
		{name: "days in a table row's label",
			body: "About 300 families fled the town on Monday, officials said.\n\n| Item | Amount |\n|---|---|\n| Food parcels | 4,100 |\n| Days needed to hand them out | 5 to 8 |\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}, {value: 4100, category: Other}}},
		{name: "a subscription appeal in French",
			body: "About 300 families fled the town on Monday, officials said.\n\nSoutenez Le Quotidien : abonnement à partir de 30 DH par mois.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
		{name: "Icelandic related links",
			body: "About 300 families fled the town on Monday, officials said.\n\nTengdar fréttir: 40 Syrian refugees arrive in Reykjavík\nTengdar fréttir: Two years on, a family opens a bakery\n\nAid groups said another 200 families were expected to arrive on Tuesday.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}, {value: 200, category: AtRisk}}},
	})
}

func TestExtract_Heldout324Sources(t *testing.T) {
	runSourceCase(t, "Some outlet\nA headline for the story\n\nThe camp got its first aid in months.\n\nThe convoy in figures (source: UN Office for the Coordination of Humanitarian Affairs, OCHA):\n• People in the camp: about 30,000\n• Trucks: 90\n", 2, "OCHA")
}

func TestHeader_Heldout324Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "an Icelandic date under a cookie notice",
			page:      "Við notum vafrakökur til að bæta upplifun þína.\nSome Outlet\nA headline for the story\nMiðvikudagur 3. júlí 2019 | Kl. 07:30\n" + storyLine,
			published: "2019-07-03"},
	})
}
