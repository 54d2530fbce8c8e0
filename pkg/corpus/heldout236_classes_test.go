package corpus

import "testing"

// Classes found on the two-hundred-and-thirty-sixth to two-hundred-and-
// thirty-ninth held-out sets, in text of our own.

func TestExtract_Heldout236Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "children a government agreed to take in",
			body: "The minister said European governments had agreed to take in 250 unaccompanied children from the islands.",
			want: []wantFact{{value: 250, category: Refugees}}},
		{name: "families who left their camp",
			body: "Ali said 12 families in his camp had already left for other villages rather than face the winter.",
			want: []wantFact{{value: 12, category: Displaced}}},
		{name: "people lying on the road",
			body: "\"We are lying on the ground with about 80 people from our block,\" she said.",
			want: []wantFact{{value: 80, category: Unsheltered, qual: Approx}}},
		{name: "what a correspondent saw is the correspondent's",
			body: "A Reuters photographer at the crossing saw about 600 people waiting by the gate.",
			want: []wantFact{{value: 600, category: AtRisk, qual: Approx, source: "Reuters photographer"}}},
	})
}

func TestExtract_Heldout236Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "Italian subscription, Spanish and Arabic related lines",
			body: "About 300 tents flooded overnight.\n\nAbbonati al Corriere: 1 euro al mese per 6 mesi.\nTe puede interesar: Los 10 campos más poblados\nاقرأ أيضاً: 4 injured in market fire\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
		{name: "a list of figures released by a body named in lower case",
			body: "Rain hit the islands again.\n\nFigures released by the Maltese interior ministry on Monday:\n\n- 1,200 people were registered at the centre\n- about 300 children were registered at the centre\n",
			want: []wantFact{{value: 1200, category: Sheltered, source: "Maltese interior ministry"}, {value: 300, category: Sheltered, qual: Approx, source: "Maltese interior ministry"}}},
		{name: "a list an agency published, its caption holding a duration",
			body: "Rain hit the camps again.\n\nThe UN refugee agency (UNHCR) has published its latest figures for the valley, after nearly six years of fighting:\n\n• About 40,000 people displaced since 1 March\n",
			want: []wantFact{{value: 6, category: Other}, {value: 40000, category: Displaced, qual: Approx, source: "UNHCR"}}},
		{name: "a table row whose label credits an agency",
			body: "Rain hit the camps again.\n\nFigures since the fighting began, compiled by the desk from the sources named:\n\nCivilians killed in the valley (SOHR)     41\nFighters killed (SOHR)                   120\nPeople who crossed into Jordan (UNHCR)    2,300\n",
			want: []wantFact{{value: 41, category: Killed, source: "SOHR"}, {value: 120, category: Killed, source: "SOHR"}, {value: 2300, category: Displaced, source: "UNHCR"}}},
	})
}

func TestExtract_Heldout236Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Mongolian date with an ordinal month",
			page: "UNEN DAILY\nHome | World | Politics\nRain floods hundreds of tents in camps near the border\n2020 оны 3-р сарын 4, 10:15 | Reuters\n", published: "2020-03-04"},
		{name: "the masthead's short name and an agency after a slash",
			page: "BERGENS TIDENDE\nNyheter | Sport | Kultur\nRain floods hundreds of tents in camps near the border\nPublisert: 4. mars 2020\nTidende / NTB\n", wire: "NTB"},
	})
}
