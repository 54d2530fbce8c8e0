package corpus

import "testing"

// Classes found on the five-hundred-and-eighty-fourth to five-hundred-
// and-eighty-seventh held-out sets, in text of our own.

func TestExtract_Heldout584Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a speaker named after said",
			body: "\"Nobody is coming for us,\" said one woman at the crossing, who asked not to be named.",
			want: nil},
		{name: "a phone number with a trunk prefix and an area code",
			body: "Residents can call the regional migration service on 8 (7172) 41-25-63.",
			want: nil},
		{name: "a mother with her children",
			body: "One mother arrived in Qamishli with five children and nothing else.",
			want: []wantFact{{value: 5, category: Other, unit: "children"}}},
		{name: "a relative who has children",
			body: "\"My brother has two small children and a tent now,\" said Nadia, 37, who arrived in Winnipeg with her husband and their three children in March 2016, sponsored by a church group.",
			want: []wantFact{
				{value: 2, category: Other, unit: "children"},
				{value: 3, category: Other, unit: "children"},
			}},
		{name: "a town's residents in a home-to aside",
			body: "Many have come north to Sarmada, a border town home to around 60,000 residents, where the council is struggling.",
			want: []wantFact{{value: 60000, category: Other, qual: Approx, unit: "residents"}}},
		{name: "a town's own people by nationality",
			body: "Zahle, home to about 50,000 Lebanese, sits in the Bekaa Valley a few kilometres from the border.",
			want: []wantFact{{value: 50000, category: Other, qual: Approx, unit: "Lebanese"}}},
	})
}

// Guards: what the classes above must not swallow.
func TestExtract_Heldout584Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "said one migrant was killed",
			body: "Police said one migrant was killed.",
			want: []wantFact{{value: 1, category: Killed, unit: "migrant"}}},
		{name: "Iraqis displaced in a home-to aside",
			body: "Dohuk province is home to about 300,000 Iraqis displaced by the war against the Islamic State group.",
			want: []wantFact{{value: 300000, category: Displaced, qual: Approx, unit: "Iraqis"}}},
	})
}

func TestHeader_Heldout584Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Danish date line with den and kl.",
			page: "Frederiksborg Amts Avis\nA headline for the story\nOpdateret onsdag den 4. marts 2020 kl. 21.15\n", published: "2020-03-04"},
	})
}
