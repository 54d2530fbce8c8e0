package corpus

import "testing"

// Classes found on the six-hundred-and-twelfth to six-hundred-and-
// fifteenth held-out sets, in text of our own.

func TestExtract_Heldout612Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "sheltering from the shelling",
			body: "Thousands are still sheltering from the shelling in basements inside the town, a Red Crescent official said.",
			want: []wantFact{{value: 1000, category: AtRisk, qual: AtLeast}}},
	})
}

func TestHeader_Heldout612Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Turkish all-rights-reserved after the copyright holder",
			page:      "Thousands flee Idlib as the offensive advances\n\nThousands of people fled towns in Idlib this week, the United Nations said on Friday.\n\n© 2020 tv200 - Tüm hakları saklıdır.\n",
			publisher: "tv200"},
	})
}
