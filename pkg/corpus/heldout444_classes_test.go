package corpus

import "testing"

// Classes found on the four-hundred-and-forty-fourth to four-hundred-
// and-forty-seventh held-out sets, in text of our own.

func TestExtract_Heldout444Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "the people of a province",
			body: "Some 4 million people live in the province, many of them uprooted before.",
			want: []wantFact{{value: 4e6, category: Other, qual: Approx}}},
		{name: "a town that hosts refugees in camps",
			body: "Bar Elias hosts about 30,000 Syrians in some 90 tented settlements, the mayor says.",
			want: []wantFact{{value: 30000, category: Refugees, qual: Approx}, {value: 90, category: Other, qual: Approx}}},
		{name: "a camp's population put by its council",
			body: "The committee that runs the camp puts the population at nearer 12,000.",
			want: []wantFact{{value: 12000, category: Sheltered, qual: Approx}}},
		{name: "a crowd at the aid trucks",
			body: "Scores of residents gathered around the lorries each day.",
			want: []wantFact{{value: 20, category: Other}}},
		{name: "a tent shared with other people",
			body: "\"My cousin and I share this tent with nine other people.",
			want: []wantFact{{value: 9, category: Other}}},
		{name: "sheeting handed out, past the and that cut the clause",
			body: "UNICEF said it had handed out timber and plastic sheeting to 800 families whose shelters were taken down, but warned it would not last.",
			want: []wantFact{{value: 800, category: Other}}},
		{name: "a site prepared for its residents",
			body: "The new site was prepared for about 9,000 people and is already half full.",
			want: []wantFact{{value: 9000, category: Other, qual: Approx}}},
		{name: "a survey's sample in a camp",
			body: "Domiz camp is full. In our survey of 400 households in Domiz, few wanted to go back.",
			want: []wantFact{{value: 400, category: Other}}},
		{name: "there are, in a camp the article names",
			body: "The Vial camp is full. In Vial there are more than 600 unaccompanied children.",
			want: []wantFact{{value: 600, category: Sheltered, qual: AtLeast}}},
		{name: "a camp named with a number",
			body: "Families have been sent on to Kawergosk 2, a smaller site near Erbil.",
			want: nil},
	})
}

func TestPage_Heldout444Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a live clock after a word for at",
			body: "kello 9.40 Good morning from the border.\n\nkello 10.15 \"About 300 people crossed this morning,\" a guard said.\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
		{name: "headlines in another language under a heading the rules do not know",
			body: "About 300 people crossed on Monday.\n\nNotizie correlate\nLa città accoglie 40 famiglie siriane dal Libano\nDue barche con 120 migranti arrivate a Lampedusa\n",
			want: []wantFact{{value: 300, category: Displaced, qual: Approx}}},
	})
}

func TestSource_Heldout444Classes(t *testing.T) {
	runSourceCase(t, "A headline\n\nThe fighting went on.\n\nFigures from the Greek migration ministry for 3 March:\n\n- Lesbos: 19,000 people\n- Samos: 7,500 people\n", 2, "Greek migration ministry")
	runSourceCase(t, "A headline\n\nThe fighting went on.\n\nHere are the newest figures for the province from the UN refugee agency (UNHCR), as of Monday:\n- 40,000 people displaced since Friday\n- 12 schools shut\n", 2, "UNHCR")
	runSourceCase(t, "A headline\n\nThe convoy arrived.\n\nThe WFP listed what the trucks carried:\n\n- 5,000 food parcels\n- 2,000 blankets\n", 2, "WFP")
	runSourceCase(t, "A headline\n\nAt least 12 soldiers were killed in an air strike, Ali Demir, the governor of the province, said in a televised statement.\n", 1, "Ali Demir")
	runSourceCase(t, "A headline\n\nLebanon's government spokesman Karim Aoun repeated that the border would stay shut. \"We host 1.5 million Syrians,\" he said.\n", 1, "Karim Aoun")
}
