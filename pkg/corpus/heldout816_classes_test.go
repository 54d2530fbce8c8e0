package corpus

import "testing"

// Classes found on the eight-hundred-and-sixteenth to eight-hundred-and-
// nineteenth held-out sets, in text of our own.

// An interview whose questions are labelled with the last word of the
// outlet's name, "Recorder:" for the Tisdale Recorder, is the guest's in
// the answers, whatever other labels the page holds ("Donate:").
func TestExtract_Heldout816OutletsLastWordAsLabel(t *testing.T) {
	page := "Tisdale Recorder\nNews | Local | Q&A\nQ&A: a Tisdale pharmacist on the camps\nPublished: 2019-10-17 14:05 CST\nInterview by Recorder staff\n\n" +
		"Amira Haddad, 41, a pharmacist in Tisdale, grew up in Hasakah.\n\n" +
		"Recorder: Where is your family?\n\n" +
		"Haddad: My parents are in Hasakah, in a school with about 30 other families.\n\n" +
		"Recorder: Turkey says it only targets militants.\n\n" +
		"Haddad: Some 200 people reached the town on Tuesday alone.\n\n" +
		"This interview has been edited for length.\n\n" +
		"Donate: The Canadian Red Cross is accepting gifts for Syria on its website.\n"
	runSourceCase(t, page, 2, "Amira Haddad")
}

func TestExtract_Heldout816Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a mayor named in apposition, his family name with its particle",
			body: "The town’s mayor, Karim al-Masri, said about 2,000 families had registered to go home.",
			want: []wantFact{{value: 2000, category: Other, source: "Karim al-Masri"}}},
		{name: "a news agency by its name",
			body: "The Interfax news agency reported that two Russian frigates were sailing toward the Syrian coast.",
			want: []wantFact{{value: 2, category: Other, source: "Interfax"}}},
		{name: "a state news agency by its name",
			body: "The state-run Anadolu news agency said 42 Turkish soldiers had been killed.",
			want: []wantFact{{value: 42, category: Killed, source: "Anadolu"}}},
		{name: "nights slept in one place",
			body: "“We have slept here three nights,” said Jawad, one of about 400 people camped in the field.",
			want: []wantFact{{value: 400, category: AtRisk}}},
		{name: "a count by the count of a named agency",
			body: "Close to 150,000 Syrians have gone home from Lebanon since 2018, by the count of General Security, the agency that runs the returns.",
			want: []wantFact{{value: 150000, category: Other, source: "General Security"}}},
		{name: "a place opening the sentence before its speaker, no comma between",
			body: "Inside Syria the UN humanitarian office OCHA says roughly 180,000 people have been uprooted.",
			want: []wantFact{{value: 180000, category: Displaced, source: "OCHA"}}},
		{name: "terrorists killed, as the army calls them",
			body: "Military sources said dozens of terrorists were killed in clashes near the town.",
			want: []wantFact{{value: 12, category: Killed}}},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout816Guards(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a news agency whose name says News Agency",
			body: "The National News Agency reported that 300 families had left the town.",
			want: []wantFact{{value: 300, category: Displaced, source: "National News Agency"}}},
		{name: "\"the\" inside a body's name after \"of\"",
			body: "Members of Save the Children said 300 families arrived overnight.",
			want: []wantFact{{value: 300, category: Displaced, source: "Members of Save the Children"}}},
		{name: "\"by the count of\" set off before a count does not cover the clause before",
			body: "Envoys have brokered deals in more than a dozen towns, and the army now holds, by the count of the Observatory, roughly 60 percent of the province.",
			want: []wantFact{{value: 12, category: Other, source: "reporter"}, {value: 60, category: Other, source: "reporter"}}},
		{name: "lower-case words after a name in apposition are no part of it",
			body: "The town’s mayor, Karim the baker, said about 2,000 families had registered to go home.",
			want: []wantFact{{value: 2000, category: Other, source: "reporter"}}},
	})
}
