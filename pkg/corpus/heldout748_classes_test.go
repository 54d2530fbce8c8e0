package corpus

import "testing"

// Classes found on the seven-hundred-and-forty-eighth to seven-hundred-
// and-fifty-first held-out sets, in text of our own.

func TestHeader_Heldout748(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "an Afaan Oromo weekday and month",
			page:      "OBN — Oromia Broadcasting Network\nOduu | English\nA headline about the camps\nKamisa, Onkoloolessa 17, 2019\nBy OBN English Desk\n\n",
			published: "2019-10-17"},
	})
}

func TestExtract_Heldout748Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a role and a name after \", said\", then \"she said\"",
			body: "Gander, a town of about 11,000 people, has taken the family in, said committee chair Mary Whelan. " +
				"Volunteers have already packed 60 boxes of winter clothing, she said.",
			want: []wantFact{{value: 11000, category: Other, source: "reporter"}, {value: 60, category: Other, source: "Mary Whelan"}}},
		{name: "\"since then\" after a day written before its month",
			body: "Turkey launched the operation on 20 January to drive the militia from its border. " +
				"The Observatory says more than 250 civilians have been killed since then.",
			pub:  "2018-03-19",
			want: []wantFact{{value: 250, category: Killed, period: "2018-01-20"}}},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout748Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a verb's object after a comma is no role and name",
			body: "President Donald Trump, who ordered the withdrawal of about 1,000 U.S. troops on Sunday, announced sanctions on Turkey’s defense, energy and interior ministers and halted talks on a trade deal.",
			want: []wantFact{{value: 1000, category: Troops, source: "reporter"}}},
	})
}
