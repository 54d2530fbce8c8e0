package corpus

import "testing"

// Classes found on the two-hundred-and-fifty-sixth to two-hundred-and-
// fifty-ninth held-out sets, in text of our own.

func TestExtract_Heldout256Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a table of two rows keeps its header, which reads like a menu",
			body: "The figures below come from the camps' managers.\n\nCamp    | Residents | Schools | Pupils enrolled\nNorth   | 12,400    | 9       | 3,100\nSouth   | 8,100     | 6       | 2,000\n\nThe schools open in September.\n",
			want: []wantFact{{value: 12400, category: Sheltered}, {value: 9, category: Other}, {value: 3100, category: Other},
				{value: 8100, category: Sheltered}, {value: 6, category: Other}, {value: 2000, category: Other}}},
		{name: "a Finnish newsletter line",
			body: "About 300 tents flooded overnight.\n\nTilaa uutiskirje – ensimmäinen kuukausi 0 euroa.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

// An outlet named with a number signs its questions with a letter and the
// number ("B24:" for Burkina24): the answers are the guest's.
func TestExtract_Heldout256NumberedOutlet(t *testing.T) {
	page := "SAHEL7\nL'info du Sahel\nAccueil | Monde\nAn aid worker on the demolitions\nPublié le 4 mars 2020\nPar la rédaction\n\n" +
		"Awa Traoré, 38, has worked with refugees in the valley for four years.\n\nS7: How many shelters?\n\n" +
		"Traoré: About 3,000 shelters have come down.\n\nS7: And the families?\n\nTraoré: Some 900 families have lost their homes.\n\n© Sahel7 2020\n"
	runSourceCase(t, page, 2, "Awa Traoré")
}

func TestExtract_Heldout256Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a masthead over a tagline with an old founding year",
			page:      "Southern Courier\nThe valley's daily since 1868\nHome | News | World\nWorld / Europe\nRain floods hundreds of tents in camps near the border\n11 Sep, 2020 6:40 AM\nBy Ann Lee, Associated Press\n",
			publisher: "Southern Courier"},
	})
}
