package corpus

import "testing"

// Classes found on the hundred-and-fortieth to hundred-and-forty-third
// held-out sets, in text of our own.

func TestExtract_Heldout140Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a subscription in lira and in escudos",
			body: "Subscribe now: 45 TL a month. Assine a partir de 1.500 ECV por mês.",
			want: nil},
		{name: "an age range in years old",
			body: "Some of the boys are only 14 or 15 years old.",
			want: nil},
		{name: "a girl of an age",
			body: "A girl of nine drowned when the river rose.",
			want: nil},
		{name: "a stay of between some days",
			body: "The convoy will stay for between five and eight days while teams hand out supplies.",
			want: nil},
		{name: "an hour in words after a part of the day",
			body: "Police came on Tuesday morning at six and took away three men.",
			want: []wantFact{{value: 3, category: Other}}},
		{name: "families who spent a night by the roadside",
			body: "Hundreds of families spent a second night by the roadside after the fire.",
			want: []wantFact{{value: 100, category: Unsheltered, qual: AtLeast}}},
		{name: "families evicted and left by the roadside were displaced",
			body: "Police evicted 20 families from the site, leaving them to sleep by the roadside.",
			want: []wantFact{{value: 20, category: Displaced}}},
		{name: "people caught crossing are arrests",
			body: "Border officers had caught 25 people crossing illegally from the east since 1 January.",
			want: []wantFact{{value: 25, category: Other}}},
		{name: "families an aid group tried to reach",
			body: "\"Our teams were trying to reach 6,000 families with winter kits when we had to stop.\"",
			want: []wantFact{{value: 6000, category: Other}}},
		{name: "pupils forced out of class",
			body: "Officials said 40 schools had been turned into shelters, forcing some 9,000 pupils out of class.",
			want: []wantFact{{value: 40, category: Other}, {value: 9000, category: Other, qual: Approx}}},
		{name: "people camped by a crossing",
			body: "Thousands of people remain camped in fields by the river crossing, hoping to cross.",
			want: []wantFact{{value: 1000, category: AtRisk, qual: AtLeast}}},
		{name: "a ministry that opens a sentence with The",
			body: "The Interior Ministry said 2,400 people had arrived.",
			want: []wantFact{{value: 2400, category: Displaced, source: "Interior Ministry"}}},
	})
}

func TestParseArticle_Heldout140Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Levantine Arabic date line with its weekday", page: "Floods sweep the camps\nالثلاثاء 02 تموز 2019 - 13:40\n", published: "2019-07-02"},
		{name: "a Spanish source line names the wire", page: "Floods sweep the camps\nFuente: EFE | Traducción: Valle Noticias\n", wire: "EFE"},
		{name: "an outlet with a short joiner and its agency", page: "Floods sweep the camps\nCorreio das Ilhas com Lusa | English edition\n", wire: "Lusa"},
	})
}

func TestExtract_Heldout140Interviews(t *testing.T) {
	// "Q. ...? A. ..." on one paragraph: the answer is the interviewee's.
	a := parseArticle("t", "VALLEY COURIER\nHome > Interviews\nA nurse on the camps\nBy Courier Reporter\n\n"+
		"Marta Vidal, 41, from Girona, runs a clinic in the Bekaa.\n\n"+
		"Q. How many people do you see?\nA. We see about 90 patients a day.\n\n"+
		"Q. What do they need?\nA. Blankets for 300 families.\n\nQ. Will you stay?\nA. Yes.\n")
	checkSources(t, a, "Marta Vidal", "Marta Vidal")
}
