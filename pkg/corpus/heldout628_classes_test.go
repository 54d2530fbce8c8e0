package corpus

import "testing"

// Classes found on the six-hundred-and-twenty-eighth to six-hundred-and-
// thirty-first held-out sets, in text of our own.

func TestExtract_Heldout628Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "an aside that ends in among them",
			body: "Health officials say at least 200 civilians, dozens of children among them, have been killed since March.",
			want: []wantFact{{value: 200, category: Killed, qual: AtLeast, unit: "civilians"},
				{value: 12, category: Killed, qual: AtLeast, unit: "children"}}},
		{name: "a night spent beside a gate",
			body: "Hundreds of people spent another night in the fields beside the closed gate, a photographer said.",
			want: []wantFact{{value: 100, category: AtRisk, qual: AtLeast, unit: "people"}}},
		{name: "people who made their home in a town",
			body: "The coordinator said 52 Syrians had made their home in Vaasa since 2015.",
			want: []wantFact{{value: 52, category: Refugees, unit: "Syrians"}}},
		{name: "refugees a host received through a scheme",
			body: "The town council said it had received 40 refugees assigned by the migration agency since January.",
			want: []wantFact{{value: 40, category: Refugees, unit: "refugees"}}},
		{name: "a number to call",
			body: "The coast guard reminded boat owners that its emergency line is 158.",
			want: nil},
		{name: "maybe one day",
			body: "“Maybe one day we build again,” he said.",
			want: nil},
	})
}

func TestHeader_Heldout628Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Turkish desk with an agency after it",
			page: "Aydın Haber\nAnasayfa | Dünya\nThousands wait at the Greek border\n3 Mart 2020 Salı\nAydın Haber Dünya Masası, AFP ile\n",
			wire: "AFP"},
		{name: "a date and a byline with files from an agency",
			page:      "Lakehead Courier\nNews | World\nThousands wait at the Greek border\nMar 4, 2020 10:15 AM By: Courier Staff, with files from Reuters\n",
			wire:      "Reuters",
			published: "2020-03-04"},
		{name: "a Turkish masthead in capitals keeps its dotted capital",
			page:      "İZMİR HABER\nEge'nin sesi\nAnasayfa | Dünya\nThousands wait at the Greek border\n3 Mart 2020 Salı\n" + storyLine + "Original url: https://www.izmirhaber.com/dunya/thousands-wait\n",
			publisher: "İzmir Haber"},
	})
}

func TestLocation_Heldout628Classes(t *testing.T) {
	const head = "Families flee as the offensive advances\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{name: "a region named with its noun that hosts refugees",
			text:   head + "More people crossed on Monday.\n\nThe Kurdistan region already hosts around 230,000 Syrian refugees, the agency said.",
			phrase: "around 230,000 Syrian refugees", want: "Kurdistan region"},
	})
}

// Guards: what the location classes above must not swallow.
func TestLocation_Heldout628Guards(t *testing.T) {
	const head = "Families flee as the offensive advances\n\nBy Ann Lee\n\n"
	runLocationCases(t, []locationCase{
		{name: "the region as a sentence's first words names no place",
			text:   head + "Thousands crossed into Iraq's Kurdistan region this week.\n\nThe region already hosts some 228,000 Syrian refugees, officials said.",
			phrase: "some 228,000 Syrian refugees", want: "Kurdistan region"},
	})
}
