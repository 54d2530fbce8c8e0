package corpus

import "testing"

// Classes found on the two-hundred-and-fifty-second to two-hundred-and-
// fifty-fifth held-out sets, in text of our own.

func TestExtract_Heldout252Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "refuge inside the country is displacement",
			body: "Around 45,000 have sought refuge in Hama province, the agency said.",
			want: []wantFact{{value: 45000, category: Displaced, qual: Approx}}},
		{name: "families moved out of a camp",
			body: "\"Last week we moved 60 families out of a camp by the river,\" she said.",
			want: []wantFact{{value: 60, category: Displaced}}},
	})
}

func TestExtract_Heldout252Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "live stamps with an h between hour and minute",
			body: "Follow our coverage of the border.\n\n21h30 GMT\nThe Greek coastguard said 47 people were rescued off Samos.\n\n19h05 GMT\nThe Edirne governor's office said five people were hurt.\n",
			want: []wantFact{{value: 47, category: Other, source: "Greek coastguard"}, {value: 5, category: Other, source: "Edirne governor's office"}}},
		{name: "Hungarian, Dutch and Serbian related and subscription lines",
			body: "About 300 tents flooded overnight.\n\nKapcsolódó: 3 kérdés a határról\nElőfizetés havi 990 forinttól.\nAbonneer u voor SRD 60 per maand.\nPodržite nas – pretplata od 199 dinara.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

// An interview whose guest answers under initials the introduction never
// spells out: the name whose initials they are.
func TestExtract_Heldout252Initials(t *testing.T) {
	page := "The Weekly Star\nThe Valley's Biggest Weekly\nHome | News | International\nAn aid worker on the demolitions\nJuly 7, 2019\nAnn Lee, Features Writer\n\n" +
		"Valley-born aid worker Tendai Nyathi, 36, has spent three years in the camps.\n\nWS: What is happening?\n\n" +
		"TN: About 3,000 shelters have come down.\n\nWS: And the families?\n\nTN: Some 900 families have lost their homes.\n\n© The Weekly Star 2019\n"
	runSourceCase(t, page, 2, "Tendai Nyathi")
}

func TestExtract_Heldout252Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a date with a note in brackets, a credit with an edition, a share bar in Greek",
			page: "Η ΕΦΗΜΕΡΙΔΑ\nΑρχική | Κόσμος | English edition\nΑρχική › Κόσμος › Live\nRain floods hundreds of tents in camps near the border\nΤετάρτη 4 Μαρτίου 2020, 10:15 (ενημέρωση)\n" +
				"Efimerida English edition, with ANA-MPA\nΚοινοποίηση: Facebook | Twitter | Email\n",
			wire: "ANA-MPA", published: "2020-03-04"},
	})
}

// A headline under a labelled credit with a bar ("Intervju: Luka Novak |
// Prevod ...") and a photo line is the headline, not the masthead.
func TestExtract_Heldout252Title(t *testing.T) {
	page := "TEDNIK\nAktualno | Politika | Svet\nTednik > Svet > Intervju\n“Walls come down by hand”: an aid worker on the camps\nIntervju: Ana Kos | Prevod iz slovenščine\n" +
		"Foto: Refugees dismantle a shelter. Foto: Karitas\nDeli: Facebook | Twitter | E-pošta\n" + storyLine
	a := parseArticle("t", page)
	if want := "“Walls come down by hand”: an aid worker on the camps"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
}
