package corpus

import "testing"

// Classes found on the seven-hundred-and-twelfth to seven-hundred-and-
// fifteenth held-out sets, in text of our own.

func TestExtract_Heldout712Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a count restated after its part, the part's whole named with a no-break space",
			body: "Since the offensive began, more than 150\u00a0000 people have fled, among them nearly 60\u00a0000 children, the UN says. " +
				"The local administration puts the number at about 240\u00a0000.",
			want: []wantFact{
				{value: 150000, category: Displaced, qual: AtLeast, unit: "people"},
				{value: 60000, category: Displaced, qual: Approx, unit: "children"},
				{value: 240000, category: Displaced, qual: Approx, unit: "people"},
			}},
		{name: "an overall count after a count of children",
			body: "Nearly 800,000 people have fled since December, the UN says. UNICEF put the number of children among the uprooted at more than half a million. " +
				"A local group puts the overall count since the start of December even higher, at more than 1 million.",
			pub: "2020-02-18",
			want: []wantFact{
				{value: 800000, category: Displaced, qual: Approx, unit: "people"},
				{value: 500000, category: Displaced, qual: AtLeast, unit: "children"},
				{value: 1000000, category: Displaced, qual: AtLeast, unit: "people", period: "2019-12-01"},
			}},
		{name: "a since-clause whose event runs long before its date",
			body: "Since Turkey’s offensive against the Kurdish-led Syrian Democratic Forces began on 9 October, more than 150,000 people have fled their homes, the UN says.",
			pub:  "2019-10-16",
			want: []wantFact{{value: 150000, category: Displaced, qual: AtLeast, period: "2019-10-09"}}},
		{name: "an offensive opened on a day",
			body: "When government forces opened their offensive on the south on June 19, the pocket had been quiet for a year.\n\n" +
				"OCHA said 270,000 people had been uprooted since the campaign began.",
			pub:  "2018-07-09",
			want: []wantFact{{value: 270000, category: Displaced, period: "2018-06-19"}}},
		{name: "the head of a monitor heads nowhere",
			body: "More than 20,000 people left on Friday alone, the Britain-based monitor's head Rami Abdel Rahman told AFP, bringing the total to 50,000.",
			want: []wantFact{
				{value: 20000, category: Displaced, qual: AtLeast},
				{value: 50000, category: Displaced},
			}},
		{name: "a local number of three digits and four",
			body: "About 300 families arrived on Monday.\n\nTelli paberleht 12 eurot kuus. Klienditugi 473 5050\nKasutame küpsiseid.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
		{name: "an area code in brackets then a spaced number",
			body: "About 300 families arrived on Monday. Call our newsroom on +1 (613) 555 0147.",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx, unit: "families"}}},
	})
}

func TestSource_Heldout712Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an agency tells of a country's register",
			body: "UNHCR says Lebanon has registered about 910,000 Syrian refugees in all.",
			want: []wantFact{{value: 910000, category: Refugees, qual: Approx, source: "UNHCR"}}},
	})
}

func TestSource_Heldout712Interview(t *testing.T) {
	// An outlet named with a number asks; the answers' initials are the
	// interviewee the introduction names.
	runSourceCase(t, "radio247\nNewyddion bob dydd\nHome | News | English\n“They come at night”: a Bangor nurse on the border\nDydd Mawrth, 22ain Hydref 2019 | 08:10\nGan Elin Owen\n\n"+
		"Among those waiting at the camp is Sioned Parry, 29, a nurse from Bangor. Radio247 spoke to her by telephone.\n\n"+
		"Radio247: How many arrive?\n\nSP: Yesterday we had about 800 people arrive in a single day.\n\n"+
		"Radio247: Will you stay?\n\nSP: Until March, and then home for Christmas.\n\nOriginal url: https://radio247.example/they-come-at-night\n", 1, "Sioned Parry")
}

func TestHeader_Heldout712Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Welsh date line with its ordinal", page: "radio247\nNewyddion bob dydd\nHome | News | English\nA headline about the camps\nDydd Mawrth, 22ain Hydref 2019 | 08:10\n", published: "2019-10-22"},
		{name: "an Occitan date line", page: "LO GAZETON\nLo jornal en occitan\nActualitat | Mond | English\nA headline about the camps\nDimars 25 de febrièr de 2020 — 9 h 40\nPer la redaccion\n", published: "2020-02-25"},
		{name: "a desk with its agency in brackets", page: "Some Outlet\nA headline about the camps\n3 Mart 2020 Salı, 08:50\nSome Outlet Haber Merkezi (Anadolu)\n", wire: "Anadolu Agency"},
		{name: "staff with reporting from an agency", page: "Some Radio\nA headline about the camps\nMarch 2, 2020\nSome Radio News staff, with reporting from Reuters\n", wire: "Reuters"},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout712Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "families who head north are on their way",
			body: "Thousands of families head north every night, officials said.",
			want: []wantFact{{value: 1000, category: AtRisk, qual: AtLeast}}},
		{name: "officials who registered arrivals are the source",
			body: "The UN said Turkish officials had registered 4,000 new arrivals.",
			want: []wantFact{{value: 4000, category: Refugees, source: "Turkish officials"}}},
	})
}
