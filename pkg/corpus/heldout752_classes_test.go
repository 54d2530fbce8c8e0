package corpus

import "testing"

// Classes found on the seven-hundred-and-fifty-second to seven-hundred-
// and-fifty-fifth held-out sets, in text of our own.

func TestHeader_Heldout752(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "an Uzbek date line with the year first",
			page:      "Navoiy tongi\nViloyat gazetasi\nA headline about the camps\n2019-yil 14-noyabr, payshanba | 10:05\nMuxbir: Aziz Karimov\n\n",
			published: "2019-11-14"},
		{name: "a Turkmen weekday, ordinal day and month, and the year's letter",
			page:      "Balkan habarlary\nA headline about the camps\nÇarşenbe, 16-njy oktýabr, 2019 ý.\n\n",
			published: "2019-10-16"},
		{name: "a Turkmen month written in ASCII",
			page:      "Balkan habarlary\nA headline about the camps\nDuşenbe, 3-nji fewral, 2020 ý.\n\n",
			published: "2020-02-03"},
	})
}

func TestExtract_Heldout752Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "\"put the number of displaced even higher, at\" restates the count",
			body: "The UN says more than 600,000 people have fled since December. A local monitoring group put the number of displaced even higher, at more than 700,000.",
			pub:  "2020-02-12",
			want: []wantFact{{value: 600000, category: Displaced, period: "2019-12-01"},
				{value: 700000, category: Displaced, unit: "people", source: "local monitoring group"}}},
		{name: "a part of a whole counts what the whole counts",
			body: "Ankara wants to resettle up to 2 million of the 3.6 million Syrian refugees it hosts there.",
			want: []wantFact{{value: 2000000, category: Other, unit: "refugees"}, {value: 3600000, category: Refugees, unit: "refugees"}}},
		{name: "\"while Turkish media report that\" is a second source",
			body: "Five soldiers have been killed in the province since March 3, according to the defence ministry in Ankara, while Turkish media report that thousands of troops have crossed the border.",
			pub:  "2020-03-20",
			want: []wantFact{{value: 5, category: Killed, source: "defence ministry"}, {value: 1000, category: Troops, source: "Turkish media"}}},
		{name: "a participle phrase after the speaker's noun",
			body: "\"We are 14 people under one tarpaulin,\" a mother camped near the crossing told a UN worker.",
			want: []wantFact{{value: 14, category: Unsheltered, source: "mother"}}},
		{name: "\"he\" after a name in apposition to a common noun",
			body: "The vigil on Friday was called by the organisers. " +
				"One of the organisers, Omar Haddad, came to the city in 2016. " +
				"He said about 40 families from his village were now living in three camps near the border.",
			want: []wantFact{{value: 40, category: Sheltered, source: "Omar Haddad"}, {value: 3, category: Other, source: "Omar Haddad"}}},
		{name: "\"and made 37 arrests\" goes on in the time of the first predicate",
			body: "A government spokesman said security forces had prevented 4,100 attempts to cross the Evros border in the past 24 hours and made 37 arrests.",
			pub:  "2020-03-03",
			want: []wantFact{{value: 4100, category: Other, period: "2020-03-02"}, {value: 37, category: Other, unit: "arrests", period: "2020-03-02"}}},
		{name: "\"since Wednesday, when Turkey launched its offensive\" dates the offensive",
			body: "The UN said on Monday that more than 100,000 people had fled since Wednesday, when Turkey launched its offensive against Kurdish fighters. " +
				"UNICEF said 50,000 children had been uprooted since the offensive began.",
			pub: "2019-10-14",
			want: []wantFact{{value: 100000, category: Displaced, period: "2019-10-09"},
				{value: 50000, category: Displaced, source: "UNICEF", period: "2019-10-09"}}},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout752Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a place in apposition is no person for \"he\"",
			body: "Aid reached the district, Jabal Akrad, overnight. He said 30 families had arrived.",
			want: []wantFact{{value: 30, category: Displaced, source: "reporter"}}},
		{name: "\"since Sunday, and had sent\": a clause of its own after a comma",
			body: "The Jordanian army said it had allowed 25 wounded Syrians across for treatment at hospitals in Mafraq and Irbid since Sunday, and had sent 60 trucks of food and medicine into Syria through the Jaber crossing.",
			pub:  "2018-07-05",
			want: []wantFact{{value: 25, category: Other, period: "2018-07-01"}, {value: 60, category: Other, unit: "trucks", period: "-"}}},
		{name: "a part of one group before another group keeps its own noun",
			body: "Nearly 40 of the wounded and 2,000 refugees crossed into Jordan on Monday.",
			want: []wantFact{{value: 40, category: Other, unit: "people"}, {value: 2000, category: Displaced, unit: "refugees"}}},
	})
}

func TestExtract_Heldout752Places(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a monitor \"based in Britain\" says where it sits, not where the dead are",
			body: "The fighting in northeast Syria has driven 130,000 people from their homes, the UN said.\n\n" +
				"The Syrian Observatory for Human Rights, a war monitor based in Britain, said at least 50 civilians had been killed since the start of the offensive.",
			want: []wantFact{{value: 130000, category: Displaced, location: "northeast Syria"},
				{value: 50, category: Killed, location: "northeast Syria"}}},
		{name: "\"told reporters in Geneva\" says where words were spoken, not where people fled",
			body: "The bombing in north-west Syria has driven 500,000 people from their homes since December, the UN said.\n\n" +
				"Some 40,000 people fled over the past week alone, a UN spokesman told reporters in Geneva.",
			pub: "2020-02-11",
			want: []wantFact{{value: 500000, category: Displaced, location: "north-west Syria"},
				{value: 40000, category: Displaced, location: "north-west Syria"}}},
	})
}

// A guard for the place rule above: a capital after another "in" still
// stands for its government.
func TestExtract_Heldout752PlaceGuards(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "\"told reporters in Athens\" is no place of the figures",
			body: "Greek police have stopped 9,100 attempts to cross the border since Saturday and arrested 120 people, a government spokesman told reporters in Athens.",
			pub:  "2020-03-03",
			want: []wantFact{{value: 9100, category: Other, location: "Greece"}, {value: 120, category: Other, location: "Greece"}}},
	})
}
