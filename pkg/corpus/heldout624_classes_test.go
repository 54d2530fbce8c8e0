package corpus

import "testing"

// Classes found on the six-hundred-and-twenty-fourth to six-hundred-and-
// twenty-seventh held-out sets, in text of our own.

func TestExtract_Heldout624Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a million and a half",
			body: "Jordan hosts about a million and a half Syrians, officials say.",
			want: []wantFact{{value: 1.5e6, category: Refugees, qual: Approx, unit: "Syrians"}}},
		{name: "a speaker's own teams after our",
			body: "Our two mobile teams are seeing 300 patients a day.",
			want: []wantFact{{value: 2, category: Other, unit: "teams"}, {value: 300, category: Other, unit: "patients"}}},
		{name: "families whose shelters were torn down",
			body: "We know of at least 800 families whose shelters have been torn down since the deadline.",
			want: []wantFact{{value: 800, category: Displaced, qual: AtLeast, unit: "families"}}},
		{name: "an intake refused",
			body: "“We cannot take in another million people from Idlib,” the president said.",
			want: []wantFact{{value: 1e6, category: AtRisk, unit: "people"}}},
	})
}

func TestLocation_Heldout624Classes(t *testing.T) {
	const head = "Families flee as the offensive advances\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{name: "a town named by who holds it has no name",
			text:   head + "Turkish troops took the Kurdish-held town on Sunday after weeks of shelling in Afrin.\n\nMore than 250,000 people had left the town since Wednesday, the monitor said.",
			phrase: "More than 250,000 people", want: "Afrin"},
		{name: "an Arabic name written apart",
			text:   head + "More than 100,000 people had fled their homes in Ras al Ain since Wednesday, the agency said.",
			phrase: "More than 100,000 people", want: "Ras al Ain"},
		{name: "a headline's place the story names only after of",
			text: "Thousands stream out of Afrin as Turkish forces close in\n\nBy Ann Lee\n\nThousands of residents streamed out of the city of Afrin on Thursday. Aid groups in Turkey said the roads were full.\n\n" +
				"About 300 families arrived overnight, officials said.",
			phrase: "About 300 families", want: "Afrin"},
	})
}

// Guards: what the location classes above must not swallow.
func TestLocation_Heldout624Guards(t *testing.T) {
	const head = "Families flee as the offensive advances\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{name: "an English word after a place is no Arabic article",
			text:   head + "About 5,000 people fled in northeast Syria as Turkish troops advanced.",
			phrase: "About 5,000 people", want: "northeast Syria"},
		{name: "a headline's place of several words",
			text: "Families flee Ras al-Ain as shelling spreads\n\nBy Ann Lee\n\nFamilies streamed out of the town of Ras al-Ain on Thursday. Aid groups in Turkey said the roads were full.\n\n" +
				"About 300 families arrived overnight, officials said.",
			phrase: "About 300 families", want: "Ras al-Ain"},
	})
}
