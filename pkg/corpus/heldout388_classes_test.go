package corpus

import "testing"

// Classes found on the three-hundred-and-eighty-eighth to three-hundred-
// and-ninety-first held-out sets, in text of our own.

func TestExtract_Heldout388Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people who spent another night outside a crossing",
			body: "Between 500 and 600 people spent another night in the fields outside the crossing, a witness said.",
			want: []wantFact{{value: 500, category: AtRisk, source: "witness"}}},
		{name: "a crowd gathered to call on a government",
			body: "About 40 people gathered in the square on Friday evening to call on the government to act.",
			want: []wantFact{{value: 40, category: Other, qual: Approx}}},
		{name: "the people a tap serves",
			body: "At the site, a single tap served about 900 people.",
			want: []wantFact{{value: 900, category: Other, qual: Approx}}},
		{name: "people with the coronavirus",
			body: "Doctors reported 20 people with the coronavirus in the camp last week.",
			want: []wantFact{{value: 20, category: Other, source: "Doctors"}}},
		{name: "the people aid has reached and a part of them",
			body: "Since March we have reached 2,000 people in the valley, including 800 children.",
			want: []wantFact{{value: 2000, category: Other}, {value: 800, category: Other, unit: "children"}}},
		{name: "people who slept inside a named mosque",
			body: "Last night about 90 people slept inside the Al-Nour Mosque.",
			want: []wantFact{{value: 90, category: Sheltered, qual: Approx}}},
	})
}

func TestExtract_Heldout388Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a row's last cell grouped by a plain space",
			body: "More than 1,200 families reached the camps this week, officials said.\n\nCamp | Residents\nBardarash | 8 312\nDomiz 1 | 1 045\n",
			want: []wantFact{{value: 1200, category: Displaced, qual: AtLeast}, {value: 8312, category: Sheltered}, {value: 1045, category: Sheltered}}},
		{name: "also on the paper, and a Portuguese subscription appeal",
			body: "About 300 families fled the town on Monday, officials said.\n\nAlso on the Chronicle: Harbour festival draws 4000 visitors\nAlso on the Chronicle: 6 things to know about the vote\nAjude o Jornal: assinatura anual 1.200 escudos.\n\nThe border stayed shut on Tuesday.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}
