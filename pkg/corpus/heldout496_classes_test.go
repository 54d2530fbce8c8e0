package corpus

import "testing"

// Classes found on the four-hundred-and-ninety-sixth to four-hundred-
// and-ninety-ninth held-out sets, in text of our own.

func TestExtract_Heldout496Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "time added to a deadline",
			body: "The families asked the council for 20 more days before the bulldozers return.",
			want: nil},
		{name: "how long a job took most of them",
			body: "Six families on the lane had already pulled down their walls, work that took most of them four days.",
			want: []wantFact{{value: 6, category: Other}}},
		{name: "helpers leaving are not the displaced",
			body: "The charity said at least 12 aid workers had left the island since Monday.",
			want: []wantFact{{value: 12, category: Other}}},
		{name: "the dead of a long subject with a part set off by commas",
			body: "At least 20 people in tent camps along the northern border, including nine children, have died of cold since January 1, the monitor said.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 20, category: Killed, qual: AtLeast}, {value: 9, category: Killed}}},
		{name: "people a speaker's camp received",
			body: "\"On Friday alone we received 900 people, 300 of them children,\" he said.",
			want: []wantFact{{value: 900, category: Displaced}, {value: 300, category: Displaced}}},
		{name: "what a speaker received, unnamed, is not people",
			body: "\"We asked for 1,000 blankets. We received 200,\" he said.",
			want: []wantFact{{value: 1000, category: Other}, {value: 200, category: Other}}},
		{name: "a second reported clause after and that",
			body: "The minister said that more than 900 people had reached the islands since Sunday and that none of them would be allowed to apply for asylum.",
			pub:  "2020-03-04",
			want: []wantFact{{value: 900, category: Displaced, qual: AtLeast}}},
		{name: "people moved towards a town",
			body: "Jens Laerke told reporters that some 40,000 of the displaced were gathered at the crossing, while a further 90,000 had moved towards Quneitra near the Golan Heights.",
			want: []wantFact{{value: 40000, category: AtRisk, qual: Approx}, {value: 90000, category: Displaced}}},
		{name: "people held on a ship",
			body: "Some 200 of the new arrivals are held on a navy ship.",
			want: []wantFact{{value: 200, category: Sheltered, qual: Approx}}},
		{name: "people in a boat, without a verb",
			body: "\"Thirty-five of us in a boat made for 12. The engine stopped twice.\"",
			want: []wantFact{{value: 35, category: Displaced}, {value: 12, category: Other}}},
		{name: "a bare vague plural after soldiers in the sentence before",
			body: "Turkey said 12 of its soldiers were killed in the strike. The president said that \"tens of thousands\" had already left for Europe.",
			want: []wantFact{{value: 12, category: Killed}, {value: 10000, category: Displaced, qual: AtLeast}}},
		{name: "stocks ready for people",
			body: "The agency said it had tents and blankets ready for up to 30,000 people on the other side of the border.",
			want: []wantFact{{value: 30000, category: Other, qual: AtMost}}},
	})
}

func TestExtract_Heldout496ItemClasses(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "hedged figure-first items",
			body: "The camps in figures:\n\n- About 60,000: people in the Roj camp, most of them women and children\n- Around 9,000: detained Islamic State members held in prisons, according to the administration\n\nThe story goes on here.",
			want: []wantFact{{value: 60000, category: Sheltered, qual: Approx}, {value: 9000, category: Other, qual: Approx}}},
		{name: "a hedged figure-first item that counts shelters",
			body: "The town at a glance:\n\n• some 2,500 — shelters covered by the order (UNHCR)\n• about 45,000 — Syrian refugees living in the town (UNHCR)\n\nThe story goes on here.",
			want: []wantFact{{value: 2500, category: Other, qual: Approx, unit: "shelters"}, {value: 45000, category: Refugees, qual: Approx}}},
	})
}

func TestHeader_Heldout496Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Tamil date line",
			page: "Some Outlet\nA headline for the story\n14 ஜூலை 2019 | பிற்பகல் 2:20\n", published: "2019-07-14"},
		{name: "a Hindi date line",
			page: "Some Outlet\nA headline for the story\n14 अक्टूबर 2019, 10:20 IST\n", published: "2019-10-14"},
		{name: "an Indian desk byline with inputs from an agency",
			page: "Some Outlet\nA headline for the story\nOctober 14, 2019\nBy Outlet Web Desk, with inputs from Reuters\n", wire: "Reuters"},
		{name: "a masthead that writes the outlet's name as its address",
			page: "Savanesun.net\nToute l'actualité du Sahel\nAccueil | Actualité | International | Sport\nAccueil » International » Direct\nA headline for the story\n03.07.2018 - 16:20 GMT\nLa rédaction de Savanesun avec Reuters\n" +
				storyLine + "\n© 2018 Savanesun.net\nOriginal url: https://savanesun.net/a-headline/\n", publisher: "Savanesun.net", wire: "Reuters"},
		{name: "an address of two dots is not the name",
			page: "Harbourline.com.mt\nA headline for the story\nMarch 3, 2020\nInterview by Maria Borg\n\nHarbourline: What have you seen this week?\n\nBorg: About 300 tents flooded in the camp overnight.\n\n© 2020 Harbourline.com.mt\n", publisher: "Harbourline"},
	})
}

func TestLayout_Heldout496Classes(t *testing.T) {
	runLayoutCases(t, []layoutCase{
		{name: "a French you-are-here trail",
			page:  "Some Outlet\nVous êtes ici : Accueil › International\nA headline for the story\nMarch 3, 2020\n" + storyLine,
			title: "A headline for the story"},
	})
}
