package corpus

import "testing"

// Classes found on the fortieth and forty-first held-out sets, in text of
// our own.
func TestExtract_Heldout40Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a described organisation with a modifier is the one named before",
			body: "The Euphrates Observatory for Civil Rights keeps a list of the dead. The London-based rights monitor said 120 civilians had been killed.",
			want: []wantFact{{value: 120, category: Killed, source: "Euphrates Observatory for Civil Rights"}}},
		{name: "an army's losses are its dead",
			body: "The army puts its own losses at 12 soldiers.",
			want: []wantFact{{value: 12, category: Killed, source: "army"}}},
		{name: "a second count that shares the first one's verb",
			body: "At least 40 civilians have been killed since Monday, and 75 fighters of the armed groups.",
			want: []wantFact{{value: 40, category: Killed}, {value: 75, category: Killed}}},
		{name: "a second count with a verb of its own keeps it",
			body: "At least 40 civilians have been killed since Monday, and 75 soldiers were sent to the town.",
			want: []wantFact{{value: 40, category: Killed}, {value: 75, category: Troops}}},
		{name: "people on the road out of a town have fled it",
			body: "Another 8,000 were still on the road out of Raqqa on Friday.",
			want: []wantFact{{value: 8000, category: Displaced, location: "Raqqa"}}},
		{name: "a share of a group is not who said it",
			body: "Nearly nine in ten said they had no income, the council said.",
			want: []wantFact{{value: 90, category: Other, unit: "percent", source: "council"}}},
		{name: "an owner's document gives figures",
			body: "OCHA's latest update gave new figures on Monday: 9,000 people have fled since Friday.",
			want: []wantFact{{value: 9000, category: Displaced, source: "OCHA"}}},
		{name: "the next sentence says where the figures come from",
			body: "At least 30 civilians have been killed since Sunday. Those figures come from the Valley Rights Network, a monitoring group.\n\nThe army says 12 soldiers died.",
			want: []wantFact{{value: 30, category: Killed, source: "Valley Rights Network"}, {value: 12, category: Killed, source: "army"}}},
		{name: "a new paragraph does not say where the figures before come from",
			body: "At least 30 civilians have been killed since Sunday.\n\nThose figures come from the Valley Rights Network.",
			want: []wantFact{{value: 30, category: Killed, source: "reporter"}}},
		{name: "people counted by the aid they receive",
			body: "About 52,000 refugees receive monthly cash assistance from the agency, and 3,100 households received cash transfers in May.",
			want: []wantFact{{value: 52000, category: Other}, {value: 3100, category: Other}}},
		{name: "people who have gone home have returned",
			body: "Some 4,000 refugees registered in Lebanon have gone home since June.",
			want: []wantFact{{value: 4000, category: Other}}},
		{name: "people who have not gone home are still displaced",
			body: "Some 40,000 people who were displaced in 2017 have not gone home.",
			want: []wantFact{{value: 40000, category: Displaced}}},
		{name: "an aside about a camp says nothing of where people arrived",
			body: "On Samos, where the camp has spread into the hills around it, a further 900 people have arrived since January.",
			want: []wantFact{{value: 900, category: Displaced}}},
		{name: "people who arrived at a camp are sheltered there",
			body: "At the Vathy camp, a further 900 people have arrived since January.",
			want: []wantFact{{value: 900, category: Sheltered}}},
		{name: "a share of people that opens its clause",
			body: "Roughly a quarter have moved into camps near the border. A third are children.",
			want: []wantFact{{value: 25, category: Other, unit: "percent"}, {value: 33.33, category: Other, unit: "percent"}}},
		{name: "a fraction after a preposition is no share of people",
			body: "Rents have risen by a third are now beyond reach.",
			want: nil},
		{name: "their children are a family's size",
			body: "Umm Samir, 41, reached the camp with her husband and their five children after three days on the road from Saraqeb.",
			want: []wantFact{{value: 5, category: Other}}},
	})
}

func TestExtract_Heldout40Lists(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a ministry that releases figures is the source of its list",
			body: "The Interior Ministry released the following figures on Tuesday:\n\n- Arrivals on Samos: 1,200\n- Arrivals on Kos: 800",
			want: []wantFact{{value: 1200, category: Displaced, source: "Interior Ministry"}, {value: 800, category: Displaced, source: "Interior Ministry"}}},
	})
}

// An interview whose labels are the initials the introduction gives:
// "LH:" is Lina Haddad's turn, and "we" in it is hers, whatever was said
// before.
func TestExtract_InterviewInitials(t *testing.T) {
	a := &Article{Name: "t", Publisher: "The Valley Review", Body: "The Valley Review (TVR) spoke to Omar Nasser (ON), who runs a legal aid clinic in Tripoli.\n\n" +
		"TVR: How many families have lost their homes?\n\n" +
		"ON: In October we recorded 300 evictions. Nearly nine in ten said they could not pay the rent.\n\n" +
		"TVR: And this winter?\n\n" +
		"ON: The municipality says the shelters are full. We estimate that up to 5,000 more families could be evicted by March."}
	checkSources(t, a, "Omar Nasser", "Omar Nasser", "Omar Nasser")
}

func TestInitialsName(t *testing.T) {
	body := "Mada Review spoke to Lina Haddad (LH), a researcher, and to the mayor (TM)."
	checkEach(t, "initialsName", func(label string) string { return initialsName(body, label) }, map[string]string{
		"LH": "Lina Haddad",
		"TM": "", // "the mayor" has other initials
		"XY": "", // not introduced
		"Lh": "", // not initials
	})
}

func TestNotASpeaker(t *testing.T) {
	checkEach(t, "notASpeaker", func(s string) bool { return notASpeaker(tokenize(s, 0, len(s))) }, map[string]bool{
		"Nobody":             true,
		"People":             true,
		"Nearly nine in ten": true,
		"Half of them":       true,
		"One in five":        true,
		"Two officials":      false,
		"The UN":             false,
		"Lina Haddad":        false,
	})
}

func TestVerbless(t *testing.T) {
	checkEach(t, "verbless", verbless, map[string]bool{
		" of the Kurdish-led Syrian Democratic Forces (SDF).": true,
		" in the north.":          true,
		" were sent to the town.": false,
		" live in tents.":         false,
		" crossed into Turkey.":   false,
		", the monitor said.":     false,
	})
}
