package corpus

import "testing"

// Classes found on the seven-hundred-and-thirty-sixth to seven-hundred-
// and-thirty-ninth held-out sets, in text of our own.

func TestHeader_Heldout736(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a month named by its ordinal in Runyankore-Rukiga",
			page:      "Kigezi Voice 91.2 FM\nKabale · Kigezi · South Western Uganda\nHome | News | World\nA headline about the camps\nPosted: 14 Okwakabiri 2020 | Updated 6:10 PM\n\n",
			published: "2020-02-14"},
		{name: "a desk, then additional reporting by an agency, after a bar",
			page: "Kigezi Voice 91.2 FM\nHome | News | World\nA headline about the camps\n2020-02-14\nKigezi Voice World Desk | Additional reporting by Reuters\n\n",
			wire: "Reuters"},
	})
}

func TestExtract_Heldout736Sources(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a speech verb's noun after a possessive is no statement",
			body: "Turkish President Recep Tayyip Erdogan doubled down on his warning to Europe on Monday. " +
				"“Hundreds of thousands have already gone,” he said.",
			want: []wantFact{{value: 100000, category: Displaced, source: "Recep Tayyip Erdogan"}}},
		{name: "a participle's aside between the subject and its verb",
			body: "The United Nations, counting only those registered on arrival, put the figure at more than 95,000.",
			want: []wantFact{{value: 95000, category: Displaced, qual: AtLeast, source: "United Nations"}}},
		{name: "a place after \"around\" is no speaker",
			body: "Camp doctors around Sarmada say at least nine children have died of the cold this week.",
			want: []wantFact{{value: 9, category: Killed, source: "camp doctors"}}},
		{name: "\"General\" opening an office's name is no title",
			body: "Romania has granted protection to about 3,500 Syrians, according to the General Inspectorate for Immigration.",
			want: []wantFact{{value: 3500, category: Refugees, source: "General Inspectorate for Immigration"}}},
		{name: "a war monitor described, then named, then described again",
			body: "Government forces entered Maarat al-Numan on Tuesday, a war monitor said. " +
				"The town was almost empty, according to the Syrian Observatory for Human Rights. " +
				"The Britain-based monitor said pro-government forces had seized more than 40 villages in the past week.",
			want: []wantFact{{value: 40, category: Other, source: "Syrian Observatory for Human Rights"}}},
		{name: "the monitoring group named before",
			body: "At least 50 civilians have been killed since the operation began, according to the Syrian Observatory for Human Rights. " +
				"The monitoring group also counted more than 120 fighters killed.",
			want: []wantFact{{value: 50, category: Killed}, {value: 120, category: Killed, source: "Syrian Observatory for Human Rights"}}},
		{name: "a place opening the sentence, glossed with a relative clause of its own",
			body: "Kafranbel, a town of some 30,000 people before the war that sits where the two highways meet, was almost empty when the first units entered, " +
				"according to the Syrian Observatory for Human Rights.",
			want: []wantFact{{value: 30000, category: Other, source: "reporter"}}},
	})
}

func TestExtract_Heldout736Periods(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "another count of the same flight, in the next sentence",
			body: "At least 130,000 people have been displaced since Turkey launched its offensive on October 9, the UN said. " +
				"The Kurdish-led administration says more than 250,000 have fled.",
			pub: "2019-10-16",
			want: []wantFact{{value: 130000, category: Displaced, period: "2019-10-09"},
				{value: 250000, category: Displaced, period: "2019-10-09"}}},
		{name: "a clock's dots do not end the clause that dates both predicates",
			body: "Police had stopped 4,300 attempts to cross the river in the 24 hours to 6 a.m. Sunday and had arrested 61 people.",
			pub:  "2020-03-01",
			want: []wantFact{{value: 4300, category: Other, period: "2020-02-29"}, {value: 61, category: Other, period: "2020-02-29"}}},
		{name: "a passive clause joined to one that closes with its period",
			body: "Police said 4,300 attempts to cross the river had been prevented in the last 24 hours, and 61 people had been arrested.",
			pub:  "2020-03-01",
			want: []wantFact{{value: 4300, category: Other, period: "2020-02-29"}, {value: 61, category: Other, period: "2020-02-29"}}},
		{name: "since Christmas: the last one",
			body: "The parish has collected more than 300 blankets since Christmas.",
			pub:  "2020-02-20",
			want: []wantFact{{value: 300, category: Other, period: "2019-12-25"}}},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout736Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a capitalised \"Across\" inside a name",
			body: "Hope Across Borders said 2,000 families had received blankets.",
			want: []wantFact{{value: 2000, category: Other, source: "Hope Across Borders"}}},
		{name: "a count of crossings is another count, with no period of the flight's",
			body: "More than 9,000 Syrians have crossed into Iraq since Turkey launched its offensive on October 9, according to UNHCR. " +
				"Across northeast Syria itself, the UN says about 170,000 people have been displaced.",
			pub:  "2019-10-20",
			want: []wantFact{{value: 9000, category: Displaced, period: "2019-10-09"}, {value: 170000, category: Displaced, period: "-"}}},
		{name: "a flight to one place is a part of it, with no period of its own",
			body: "The UN said 270,000 people had been displaced in Daraa since the offensive began on June 19. " +
				"Some 60,000 people have fled to the area around the Nassib crossing, UNHCR said.",
			pub:  "2018-07-03",
			want: []wantFact{{value: 270000, category: Displaced, period: "2018-06-19"}, {value: 60000, category: Displaced, period: "-"}}},
	})
}
