package corpus

import "testing"

// Classes found on the seven-hundred-and-twentieth to seven-hundred-and-
// twenty-third held-out sets, in text of our own.

func TestSource_Heldout720Classes(t *testing.T) {
	// An outlet that writes its name with a small letter first asks.
	runSourceCase(t, "iHarstad\nNyheter | Sport | In English\nNyheter › Intervju\nHarstad nurse at the camp: ‘They come with nothing’\nPublisert: 24.10.2019 kl. 14:05\nIntervju: Kari Olsen\nFoto: Privat\n\n"+
		"Ingrid Berg, 41, normally works nights at the hospital. For three weeks she has been at Bardarash camp.\n\n"+
		"iHarstad: How many people come?\n\nBerg: Every night about 400 people arrive on the buses.\n\n"+
		"iHarstad: Will you go back?\n\nBerg: Yes, in the spring.\n\nOriginal url: https://www.iharstad.example/intervju\n", 1, "Ingrid Berg")
	// A Q/A interview answers for the person its introduction presents
	// after a title, in a paragraph that opens with another sentence.
	runSourceCase(t, "SAHNEH WEEKLY\nHome | Region | Interviews\n“They arrive at night”: a Kermanshah doctor at the camp\n2019-10-23T13:40:00+03:30\nInterview: regional desk\n\n"+
		"Since the offensive began on October 9, families have been crossing into Iraq. Dr Leila Karimi, 39, an emergency physician, has worked in Duhok since 2016. We spoke to her on Tuesday.\n\n"+
		"Q: What are you seeing?\n\nA: Last night alone about 700 people arrived.\n\n"+
		"Q: Will you stay?\n\nA: Until the spring.\n\nQ: And then?\n\nA: Home to Kermanshah.\n\nOriginal url: https://sahneh.example/interview\n", 1, "Leila Karimi")
}

func TestHeader_Heldout720Classes(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Mauritian Creole date line and desk with its agency",
			page:      "RADIO LAKAZ\nLavwa Moris\nLakaz | Lemond\nA headline about the camps\nDimans 13 Oktob 2019 | Mizazour: 21:45 (ler Moris)\nRedaksion Lemond Radio Lakaz, avek Reuters\n",
			published: "2019-10-13", wire: "Reuters"},
	})
}

func TestExtract_Heldout720Classes(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a Turkish live page's hour over its entry",
			body: "Saat 11.00\nMersin’s provincial migration directorate said the province hosts 203,000 Syrians.",
			want: []wantFact{{value: 203000, category: Refugees, source: "Mersin’s provincial migration directorate"}}},
	})
}
