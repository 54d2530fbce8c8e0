package corpus

import "testing"

// Categories found wrong on the ninth held-out set, in sentences of our
// own.
func TestExtract_Heldout9Categories(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a town hosting displaced people", body: "The border towns were already hosting some 400,000 displaced people before the winter.",
			want: []wantFact{{value: 400000, category: Displaced}}},
		{name: "a country hosting refugees stays refugees", body: "Lebanon hosts some 900,000 refugees from the war.",
			want: []wantFact{{value: 900000, category: Refugees}}},
	})
}

// A broadcast transcript, found on the ninth held-out set, in a script of
// our own: a paragraph opening with a speaker's label in capitals is that
// speaker's; the host's and the reporter's turns are the reporter's.
func TestExtract_Heldout9TranscriptSpeakers(t *testing.T) {
	script := "JOHN SMITH, HOST:\n\nThe fighting in the valley goes on.\n\n" +
		"MARY JONES, BYLINE: At the edge of the camp, families queue for bread.\n\n" +
		"SAMIR HADDAD: We are 12 people under one roof of plastic.\n\n" +
		"JONES: Aid workers say 3,000 families fled this week.\n\n" +
		"HADDAD: Two children were killed in the shelling yesterday.\n\n" +
		"UNIDENTIFIED WOMAN: Forty families arrived this morning.\n\n" +
		"JONES: The camp still lacks 500 tents.\n"
	runExtractCases(t, []extractCase{
		{name: "labelled turns", body: script, want: []wantFact{
			{value: 12, category: Other, source: "Samir Haddad"},
			{value: 3000, category: Displaced, source: "Aid workers"},
			{value: 2, category: Killed, source: "Samir Haddad"},
			{value: 40, category: Displaced, source: "unidentified woman"},
			{value: 500, category: Other, source: "reporter"},
		}},
		{name: "one label without a role is no transcript", body: "UPDATE: Some 3,000 people fled the town.\n\nSAMIR HADDAD: We need 200 tents.",
			want: []wantFact{{value: 3000, category: Displaced, source: "reporter"}, {value: 200, category: Other, source: "reporter"}}},
	})
}
