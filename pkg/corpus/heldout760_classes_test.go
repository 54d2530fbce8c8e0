package corpus

import "testing"

// Classes found on the seven-hundred-and-sixtieth to seven-hundred-and-
// sixty-third held-out sets, in text of our own.

func TestHeader_Heldout760(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Kazakh masthead whose address writes \"ң\" as \"n\"",
			page: "ТАҢ ШОЛПАНЫ\nАудандық газет\nA headline about the camps\n2019-10-16\n\nThe body says 3,000 people fled.\n" +
				"Original url: https://tansholpany.kz/alem/a-headline.html\n",
			publisher: "Tan Sholpany"},
	})
}

func TestExtract_Heldout760Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "\"since that date\": the date the sentence before gave",
			body: "The monitor said at least 280 civilians had been killed since the operation began on January 20. The army says it has neutralised 3,500 militants since that date.",
			pub:  "2018-03-19",
			want: []wantFact{{value: 280, category: Killed, period: "2018-01-20"}, {value: 3500, category: Other, period: "2018-01-20"}}},
		{name: "an offensive dated in an aside of the subject: \"launched on 19 June, has driven\"",
			body: "The army's offensive on the province, launched on 19 June, has driven more than 250,000 people from their homes, the UN said.",
			pub:  "2018-07-04",
			want: []wantFact{{value: 250000, category: Displaced, period: "2018-06-19"}}},
		{name: "an offensive dated in a relative clause of the subject",
			body: "The offensive that began on June 19 has displaced more than 300,000 people, the UN said.",
			pub:  "2018-07-04",
			want: []wantFact{{value: 300000, category: Displaced, period: "2018-06-19"}}},
		{name: "\"Its defence ministry\" after a sentence about Turkey",
			body: "Turkey launched the offensive to push the militia back from its border. Its defence ministry said on Wednesday that 420 militants had been neutralised.",
			want: []wantFact{{value: 420, category: Other, source: "Turkish defence ministry"}}},
		{name: "\", while UNHCR has fewer than 930,000 registered\"",
			body: "The government says the country hosts 1.5 million Syrians, while UNHCR has fewer than 930,000 registered, because registrations stopped in 2015.",
			want: []wantFact{{value: 1500000, category: Refugees, source: "government"}, {value: 930000, category: Refugees, source: "UNHCR"}}},
	})
}

// Guards: what the classes above must leave as it was.
func TestExtract_Heldout760Guards(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "a war dated in an aside of the subject: a toll, from no start",
			body: "Syria's war, which began in March 2011, has killed more than 350,000 people and driven millions from their homes.",
			want: []wantFact{{value: 350000, category: Killed, period: "-"}, {value: 1000000, category: Displaced, period: "-"}}},
		{name: "another clause's verb after the event's noun dates nothing",
			body: "The offensive against the rebels who launched an attack on June 19 has displaced 200,000 people, the UN said.",
			pub:  "2018-07-04",
			want: []wantFact{{value: 200000, category: Displaced, period: "-"}}},
	})
}
