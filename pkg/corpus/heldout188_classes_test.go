package corpus

import "testing"

// Classes found on the hundred-and-eighty-eighth to hundred-and-ninety-
// first held-out sets, in text of our own.

func TestExtract_Heldout188Classes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{name: "the members of one man's family he travelled with",
			body: "A driver said he left Tafas with 11 members of his family before dawn.",
			want: []wantFact{{value: 11, category: Other}}},
		{name: "a rescue service that puts the number of the displaced",
			body: "The Civil Defence rescue service put the number of people driven from their homes since March at nearly 400,000.",
			pub:  "2020-05-10",
			want: []wantFact{{value: 400000, category: Displaced, qual: Approx, period: "2020-03-01"}}},
		{name: "a rescue of people is no count of the displaced",
			body: "Boats of the coastguard rescued 46 people off Samos.",
			want: []wantFact{{value: 46, category: Other}}},
		{name: "a whole given first, then its part",
			body: "\"Of the 30 tents in the field, 19 collapsed.\"",
			want: []wantFact{{value: 30, category: Other, unit: "tents"}, {value: 19, category: Other, unit: "tents"}}},
		{name: "a whole already given is only pointed at",
			body: "Some 30 tents stood in the field. Of the 30, 19 collapsed.",
			want: []wantFact{{value: 30, category: Other, qual: Approx}, {value: 19, category: Other}}},
		{name: "a part of the displaced after a count of lorries",
			body: "More than 700,000 people have fled since December. The agency said 840 trucks of food crossed in March. It said some 51,000 of the displaced were sleeping in open fields.",
			pub:  "2020-03-20",
			want: []wantFact{{value: 700000, category: Displaced, qual: AtLeast}, {value: 840, category: Other}, {value: 51000, category: Unsheltered, qual: Approx}}},
		{name: "a bare count after soldiers",
			body: "London is bringing home most of its 600 soldiers, though officials say about 90 could remain at the airbase.",
			want: []wantFact{{value: 600, category: Troops}, {value: 90, category: Troops, qual: Approx}}},
		{name: "a running total counts from no start",
			body: "The army sent 2,000 more soldiers into the province since March 3, bringing its total there to about 7,000.",
			pub:  "2020-03-20",
			want: []wantFact{{value: 2000, category: Troops, period: "2020-03-03"}, {value: 7000, category: Troops, qual: Approx, period: "-"}}},
		{name: "refugees who could one day be settled elsewhere",
			body: "The minister said up to 800,000 of the refugees in the country could one day be settled in the zone.",
			want: []wantFact{{value: 800000, category: Other, qual: AtMost}}},
		{name: "children taken to hospital",
			body: "Two children in the next tent were taken to hospital in Azaz.",
			want: []wantFact{{value: 2, category: Other}}},
		{name: "children with frostbite",
			body: "The clinic in the camp treated 14 children with frostbite.",
			want: []wantFact{{value: 14, category: Other}}},
	})
}

func TestExtract_Heldout188Pages(t *testing.T) {
	runPageCases(t, []extractCase{
		{name: "a plot number in the publisher's address",
			body: "About 300 tents flooded overnight.\n\nThe Kalahari Courier is published by Kalahari Media (Pty) Ltd, Plot 12345, Francistown.\n",
			want: []wantFact{{value: 300, category: Other, qual: Approx}}},
	})
}

func TestExtract_Heldout188Headers(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{name: "a Burmese date in Burmese digits",
			page: "Mandalay Daily\nRain floods hundreds of tents in camps near the border\n၂၀၁၉ ခုနှစ်၊ အောက်တိုဘာလ ၂၃ ရက်\n", published: "2019-10-23"},
		{name: "a South Slavic byline with a desk and an agency",
			page: "Jadranski List\nRain floods hundreds of tents in camps near the border\nMarch 2, 2020\nPiše: Vanjska redakcija / Reuters\n", wire: "Reuters"},
		{name: "a byline in capitals with a role and an agency",
			page: "Island Herald\nRain floods hundreds of tents in camps near the border\nMarch 2, 2020\nBY MARIA LOPEZ Herald staff reporter, with Reuters\n", wire: "Reuters"},
		{name: "additional reporting by an agency after a bar",
			page: "Island Herald\nRain floods hundreds of tents in camps near the border\nMarch 2, 2020\nBy Island Herald World Desk | Additional reporting by AFP\n", wire: "AFP"},
		{name: "a masthead whose site leaves out its city",
			page: "Maui Sun-Advertiser\nMaui News | Sports | Business | World | Opinion | Subscribe\nHome > News > World\nRain floods hundreds of tents in camps near the border\n" +
				"By ANN LEE Associated Press\nPosted March 2, 2020 / 2:15 PM HST\nShare: Facebook | Twitter | Email\n" + storyLine +
				"\nCopyright (c) 2020, Sun-Advertiser. All rights reserved.\nOriginal url: https://www.sunadvertiser.com/2020/03/02/rain-floods/\n",
			publisher: "Maui Sun-Advertiser"},
		{name: "a masthead in capitals that only the site's address spells",
			page: "KACHIN VALLEY\nValley Media Group | Home | Local | Business | World\nHome / World / Middle East\nRain floods hundreds of tents in camps near the border\n၂၀၂၀ ခုနှစ်၊ မတ်လ ၂ ရက်\nShare | Facebook | Twitter\n" + storyLine +
				"\nCopyright © 2020 Valley Media Group Co., Ltd.\nOriginal url: https://kachinvalley.com/news/rain-floods\n",
			publisher: "Kachin Valley"},
		{name: "an acronym masthead over a menu that spells it",
			page:      "KBS\nKivu Broadcasting Service | Home | News | Radio\nHome › World\nRain floods hundreds of tents in camps near the border\nPublished: 2020-03-02 10:00\n",
			publisher: "Kivu Broadcasting Service"},
	})
}

func TestASCIIDigits_OtherScripts(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"٢٧ تشرين الأول ٢٠١٩", "27 تشرين الأول 2019"},
		{"۲۷", "27"},
		{"၂၀၁၉", "2019"},
		{"२०२०", "2020"},
		{"no digits", "no digits"},
	} {
		if got := asciiDigits(tt.in); got != tt.want {
			t.Errorf("asciiDigits(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
