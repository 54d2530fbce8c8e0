package corpus

import (
	"testing"
	"time"
)

// extractText runs the extractor on a body published on pub (YYYY-MM-DD
// or "").
func extractText(t *testing.T, body, pub string) []Fact {
	t.Helper()
	a := &Article{Name: "t", Body: body}
	if pub != "" {
		a.Published = day(pub)
	}
	facts, _ := extract(a)
	return facts
}

func TestExtract_NotFacts(t *testing.T) {
	tests := []struct{ name, body string }{
		{"years", "The war began in 2011 and a 2017 agreement followed in the 1990s style."},
		{"dates", "On May 31st, on Jan. 12, on 9 October and on September 17 nothing happened."},
		{"ISO and numeric dates", "It was signed on 2020-02-21 and again on 17/02/2020."},
		{"clock times", "Shelling began at 6 a.m. and lasted until 10:30 p.m. or 21:10 GMT."},
		{"ages", "Ali, 50, and Hevin Ahmad, 34, fled with a six-year-old boy aged 6 and a man 70 years old."},
		{"identifiers", "The council passed Resolution 2254 and Route 7 reopened under Law No. 10."},
		{"phone numbers", "Call the hotline on +961 1 849 201 or +962 6 530 2000 for help."},
		{"phone numbers with an area code in brackets", "Reach the newsroom at (313) 222-2300 or by email."},
		{"money", "Donors gave $1.2 billion and the EU gave 6 billion euros, or £3m."},
		{"relative dates", "It closed two years ago and reopened in the past two weeks, within 30 days."},
		{"known things", "The two countries and the three presidents met, and both sides agreed."},
		{"one of", "Russia, one of the allies, said one cannot talk of it."},
		{"ordinals and frequency", "It was the 21st century, the second-biggest army, and they met twice."},
		{"glued", "F-16 jets, S-400 missiles, the M5 highway and COVID-19 were mentioned."},
		{"multipliers", "The camp holds six times its capacity and costs three times as much."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, f := range extractText(t, tt.body, "2020-02-20") {
				t.Errorf("extracted %s %v %q (rule %s) from %q", f.Category, f.Value, f.Phrase, f.Rule, tt.body)
			}
		})
	}
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, body, pub string
		want            Fact // Category, Value, ValueHigh, Qualifier, Unit, Source, PeriodStart
	}{
		{"fled with source after", "More than 200,000 people have fled Idlib since the beginning of December, the U.N. said.", "2020-02-04",
			Fact{Category: Displaced, Value: 200000, Qualifier: AtLeast, Unit: "people", Source: "U.N.", PeriodStart: day("2019-12-01")}},
		{"according to", "According to UNHCR, some 5,000 families were uprooted in Afrin.", "",
			Fact{Category: Displaced, Value: 5000, Qualifier: Approx, Unit: "families", Source: "UNHCR"}},
		{"hosted refugees", "Lebanon hosts nearly one million Syrian refugees.", "",
			Fact{Category: Refugees, Value: 1e6, Qualifier: Approx, Unit: "refugees", Source: "reporter"}},
		{"killed vague", "Air strikes killed dozens of civilians in Maarat al-Numan.", "",
			Fact{Category: Killed, Value: 12, Qualifier: AtLeast, Unit: "civilians", Source: "reporter"}},
		{"death toll restated", "The death toll rose to 45, the health ministry said.", "",
			Fact{Category: Killed, Value: 45, Qualifier: Exact, Unit: "people", Source: "health ministry"}},
		{"camp population", "The Azraq camp is home to about 40,000 refugees.", "",
			Fact{Category: Sheltered, Value: 40000, Qualifier: Approx, Unit: "refugees", Source: "reporter"}},
		{"without shelter", "Some 9,800 people were left without shelter after the storm.", "",
			Fact{Category: Unsheltered, Value: 9800, Qualifier: Approx, Unit: "people", Source: "reporter"}},
		{"projection", "Officials warned that up to 1.5m people could flee towards the border.", "",
			Fact{Category: AtRisk, Value: 1.5e6, Qualifier: AtMost, Unit: "people", Source: "Officials"}},
		{"massing at the border", "Thousands of Syrians are massing at the Turkish border.", "",
			Fact{Category: AtRisk, Value: 1000, Qualifier: AtLeast, Unit: "Syrians", Source: "reporter"}},
		{"troops deployed", "Turkey has deployed two and a half thousand soldiers to the region.", "",
			Fact{Category: Troops, Value: 2500, Qualifier: Exact, Unit: "soldiers", Source: "reporter"}},
		{"wounded are other", "Shelling wounded 37 civilians in Ariha.", "",
			Fact{Category: Other, Value: 37, Qualifier: Exact, Unit: "civilians", Source: "reporter"}},
		{"range with between", "Between 160,000 and 300,000 people remain displaced, aid groups estimate.", "",
			Fact{Category: Displaced, Value: 160000, ValueHigh: 300000, Qualifier: Range, Unit: "people", Source: "aid groups"}},
		{"percent", "Women and children make up 80 per cent of those displaced.", "",
			Fact{Category: Other, Value: 80, Qualifier: Exact, Unit: "percent", Source: "reporter"}},
		{"no-break space", "Nearly 865\u00a0500 people fled, the agency UNHCR said.", "",
			Fact{Category: Displaced, Value: 865500, Qualifier: Approx, Unit: "people", Source: "UNHCR"}},
		{"pronoun and surname", "Kremlin spokesman Dmitry Peskov spoke. \"We counted 300 dead,\" Peskov said.", "",
			Fact{Category: Killed, Value: 300, Qualifier: Exact, Unit: "dead", Source: "Dmitry Peskov"}},
		{"he said", "Aid official Sara Lind arrived on Monday. He said 4,000 people were sleeping in the open.", "",
			Fact{Category: Unsheltered, Value: 4000, Qualifier: Exact, Unit: "people", Source: "Sara Lind"}},
		{"last week", "Some 12,000 people fled last week.", "2020-02-15",
			Fact{Category: Displaced, Value: 12000, Qualifier: Approx, Unit: "people", Source: "reporter", PeriodStart: day("2020-02-08")}},
		{"relative without date", "Some 12,000 people fled in the past two weeks.", "",
			Fact{Category: Displaced, Value: 12000, Qualifier: Approx, Unit: "people", Source: "reporter"}},
		{"war length", "The nine-year-old war has ravaged the country.", "",
			Fact{Category: Other, Value: 9, Qualifier: Exact, Unit: "years", Source: "reporter"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts := extractText(t, tt.body, tt.pub)
			if len(facts) != 1 {
				for _, f := range facts {
					t.Logf("got %s %v %q", f.Category, f.Value, f.Phrase)
				}
				t.Fatalf("extracted %d facts from %q, want 1", len(facts), tt.body)
			}
			f, w := facts[0], tt.want
			if f.Category != w.Category || f.Value != w.Value || f.ValueHigh != w.ValueHigh || f.Qualifier != w.Qualifier ||
				f.Unit != w.Unit || f.Source != w.Source || !f.PeriodStart.Equal(w.PeriodStart) {
				t.Errorf("%q:\n got %s %v-%v %s %q source %q period %s (rule %s)\nwant %s %v-%v %s %q source %q period %s",
					tt.body, f.Category, f.Value, f.ValueHigh, f.Qualifier, f.Unit, f.Source, formatDate(f.PeriodStart), f.Rule,
					w.Category, w.Value, w.ValueHigh, w.Qualifier, w.Unit, w.Source, formatDate(w.PeriodStart))
			}
			if f.Phrase != tt.body[f.Start:f.End] {
				t.Errorf("phrase %q is not body[%d:%d]", f.Phrase, f.Start, f.End)
			}
		})
	}
}

func TestQualifier(t *testing.T) {
	tests := []struct {
		in   string
		want Qualifier
	}{
		{"200 people", Exact}, {"around 200", Approx}, {"about 200", Approx}, {"nearly 200", Approx},
		{"some 200", Approx}, {"almost 200", Approx}, {"roughly 200", Approx}, {"close to 200", Approx},
		{"more than 200", AtLeast}, {"over 200", AtLeast}, {"at least 200", AtLeast}, {"thousands", AtLeast},
		{"up to 200", AtMost}, {"fewer than 200", AtMost}, {"as many as 200", AtMost}, {"15 to 20", Range},
		{"some of the 200", Exact}, {"an additional 200", Exact}, {"200 or more", AtLeast},
		{"climbed past 200", AtLeast}, {"in the past 200", Exact},
	}
	for _, tt := range tests {
		n, err := ParseNumber(tt.in)
		if err != nil || n.Qualifier != tt.want {
			t.Errorf("qualifier of %q = %s (%v), want %s", tt.in, n.Qualifier, err, tt.want)
		}
	}
}

var _ = time.Time{}
