package corpus

import "testing"

// Classes found on the four-hundred-and-eightieth to four-hundred-and-
// eighty-third held-out sets, in text of our own.

func TestExtract_Heldout480Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "people who joined a rally",
			body: "In Patras, about 200 people joined a rally in support of the refugees.",
			want: []wantFact{{value: 200, category: Other, qual: Approx}}},
		{name: "a daily flow through a crossing, without a rate",
			body: "On a busy day we see about 800 people come through the crossing.",
			want: []wantFact{{value: 800, category: Displaced, qual: Approx}}},
		{name: "an aid group's reach",
			body: "The charity, which supports 1,800 families in the valley with cash, fears for the winter.",
			want: []wantFact{{value: 1800, category: Other}}},
		{name: "families asking about going home",
			body: "So far only 25 families in the camp have asked us about returning.",
			want: []wantFact{{value: 25, category: Other}}},
		{name: "the refugees a town hosts in its camps",
			body: "Arsal, a town hosting about 50,000 Syrian refugees in its camps, braced for the order.",
			want: []wantFact{{value: 50000, category: Refugees, qual: Approx}}},
		{name: "grandchildren in one tent",
			body: "My parents are in a tent near the wall with nine of their grandchildren.",
			want: []wantFact{{value: 9, category: Other}}},
		{name: "people sent back to their countries",
			body: "More than 4,000 migrants crossed the river in a week. The institute sent more than 900 of them back to their countries.",
			want: []wantFact{{value: 4000, category: Displaced, qual: AtLeast}, {value: 900, category: Other, qual: AtLeast}}},
		{name: "refugees flown to a new country are taken in",
			body: "In 2016 the Pope flew 12 Syrian refugees back to Rome on his plane.",
			want: []wantFact{{value: 12, category: Refugees}}},
		{name: "people held aboard a ship",
			body: "About 900 people landed on the island. About 300 of them are being held aboard a navy ship in the port.",
			want: []wantFact{{value: 900, category: Displaced, qual: Approx}, {value: 300, category: Sheltered, qual: Approx}}},
		{name: "a camp's arrivals yesterday",
			body: "Yesterday we received 840 people there, most of them women.",
			want: []wantFact{{value: 840, category: Displaced}}},
		{name: "a contingency plan's size",
			body: "Our contingency plan is for up to 30,000 new arrivals.",
			want: []wantFact{{value: 30000, category: Other, qual: AtMost}}},
		{name: "more of the structures, vaguely",
			body: "Soldiers took down at least 12 concrete structures, and aid groups expect hundreds more to come down.",
			want: []wantFact{{value: 12, category: Other, qual: AtLeast}, {value: 100, category: Other, qual: AtLeast, unit: "structures"}}},
		{name: "a spelled conversion in brackets",
			body: "A corridor six kilometres (four miles) deep will be set up.",
			want: []wantFact{{value: 6, category: Other}}},
		{name: "a table row of a camp whose name is capitalised",
			body: "Registered Syrian refugees in Jordan's camps\n| Where | Registered Syrians |\n| Emirati Jordanian Camp | 7,102 |",
			want: []wantFact{{value: 7102, category: Sheltered}}},
	})
}

func TestExtract_Heldout480Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "an Indonesian join with the agency",
			page: "warta.id\nRain floods hundreds of tents in camps near the border\nSenin, 2 Maret 2020 10:15 WIB\nTim Redaksi Warta | dengan AFP\n", wire: "AFP"},
	})
}
