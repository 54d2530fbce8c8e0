package charts

import (
	"fmt"
	"time"

	"github.com/newsroom/displacement/pkg/corpus"
)

// date parses YYYY-MM-DD; "" is the zero time.
func date(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// fx builds a Fact from the columns the charts use.
func fx(article, published string, cat corpus.Category, value, high float64, q corpus.Qualifier, unit, loc, src, since, sentence string) corpus.Fact {
	return corpus.Fact{
		Article: article, Published: date(published), Category: cat,
		Value: value, ValueHigh: high, Qualifier: q, Unit: unit, Location: loc,
		Source: src, PeriodStart: date(since), Sentence: sentence,
	}
}

// handFacts is a hand-built corpus modelled on the seed articles: the
// U.N./UOSSM disagreement of May 2019, Turkey's refugee counts, a range, a
// period, a vague plural and an undated figure.
func handFacts() ([]corpus.Fact, []corpus.Article) {
	const (
		a0 = "000_idlib_offensive"
		a1 = "001_turkey_restrain"
		a2 = "002_ceasefire"
		a3 = "003_truce"
		a4 = "004_met_responsibilities"
		a5 = "005_undated"
	)
	articles := []corpus.Article{
		{Name: a0, Title: "Russia Says It's Turkey's Duty to Stop Fighting in Syria's Idlib", Published: date("2019-05-31")},
		{Name: a1, Title: "Turkey Says Russia Must Restrain Syrian Forces in Idlib", Published: date("2020-02-04")},
		{Name: a2, Title: "Russia: it’s Turkey’s Job to Guarantee Idlib Ceasefire", Published: date("2019-06-01")},
		{Name: a3, Title: "Russia Opposes Turkey's Calls for Truce in Idlib", Published: date("2018-09-07")},
		{Name: a4, Title: "Turkey Says It Met Responsibilities over Syria's Idlib", Published: date("2020-02-15")},
		{Name: a5, Title: "An article without a date"},
	}
	facts := []corpus.Fact{
		fx(a0, "2019-05-31", corpus.AtRisk, 1000, 0, corpus.AtLeast, "people", "Turkish border", "reporter", "", "Thousands of people shelter from air strikes at the Turkish border."),
		fx(a0, "2019-05-31", corpus.Displaced, 200000, 0, corpus.AtLeast, "people", "Idlib", "U.N.", "2019-04-30", "The U.N. says more than 200,000 people have fled since the end of April."),
		fx(a0, "2019-05-31", corpus.Displaced, 300000, 0, corpus.AtLeast, "people", "Idlib", "UOSSM", "2019-04-30", "UOSSM put the number at more than 300,000."),
		fx(a0, "2019-05-31", corpus.Sheltered, 103000, 0, corpus.Approx, "people", "Idlib", "Mohammed Othman", "", "Around 103,000 people live in camps."),
		fx(a0, "2019-05-31", corpus.Unsheltered, 200000, 0, corpus.Approx, "people", "Idlib", "Mohammed Othman", "", "Almost 200,000 people have no access to shelter."),
		fx(a1, "2020-02-04", corpus.Killed, 8, 0, corpus.Exact, "personnel", "Idlib", "reporter", "", "Syrian shelling killed eight Turkish personnel."),
		fx(a1, "2020-02-04", corpus.AtRisk, 1000000, 0, corpus.AtLeast, "people", "Idlib", "Ankara", "", "Ankara fears millions of displaced people."),
		fx(a1, "2020-02-04", corpus.Refugees, 3600000, 0, corpus.Exact, "refugees", "Turkey", "reporter", "", "Turkey already hosts 3.6 million refugees."),
		fx(a1, "2020-02-04", corpus.AtRisk, 1000000, 0, corpus.Approx, "people", "Turkish border", "Tayyip Erdogan", "", "Nearly 1 million people are moving towards the Turkish border, Erdogan said."),
		fx(a1, "2020-02-04", corpus.Displaced, 520000, 0, corpus.Exact, "people", "Idlib", "David Swanson", "2019-12-01", "Some 520,000 people have been displaced since the beginning of December."),
		fx(a1, "2020-02-04", corpus.Displaced, 100000, 0, corpus.AtLeast, "civilians", "Idlib", "reporter", "", "Hundreds of thousands of civilians have fled."),
		fx(a2, "2019-06-01", corpus.Displaced, 15000, 20000, corpus.Range, "people", "Idlib", "reporter", "", "Between 15,000 and 20,000 people fled the villages."),
		fx(a3, "2018-09-07", corpus.Killed, 500000, 0, corpus.AtLeast, "people", "Syria", "reporter", "", "The war has killed more than half a million people."),
		fx(a3, "2018-09-07", corpus.Displaced, 11000000, 0, corpus.Exact, "people", "Syria", "reporter", "", "The war forced 11 million to flee."),
		fx(a3, "2018-09-07", corpus.Refugees, 3500000, 0, corpus.Exact, "refugees", "Turkey", "reporter", "2011-01-01", "Turkey has taken in 3.5 million refugees since the start of the war in 2011."),
		fx(a4, "2020-02-15", corpus.Killed, 13, 0, corpus.Exact, "soldiers", "Idlib", "reporter", "2020-02-01", "13 Turkish soldiers were killed this month."),
		fx(a4, "2020-02-15", corpus.Refugees, 3600000, 0, corpus.AtLeast, "refugees", "Turkey", "Fuat Oktay", "", "Turkey hosts more than 3.6 million Syrian refugees, Oktay said."),
		fx(a4, "2020-02-15", corpus.Displaced, 100000, 0, corpus.AtLeast, "people", "Idlib", "Fuat Oktay", "", "Hundreds of thousands have been displaced."),
		fx(a4, "2020-02-15", corpus.Displaced, 100000, 0, corpus.AtLeast, "people", "Idlib", "reporter", "", "The offensive has driven hundreds of thousands of people from their homes."),
		fx(a4, "2020-02-15", corpus.Refugees, 3600000, 0, corpus.Exact, "refugees", "Turkey", "reporter", "", "Turkey currently hosts 3.6 million Syrian refugees."),
		fx(a4, "2020-02-15", corpus.Troops, 5000, 0, corpus.AtLeast, "troops", "Idlib", "reporter", "", "Turkey has sent more than 5,000 troops."),
		fx(a5, "", corpus.Displaced, 40000, 0, corpus.Approx, "people", "Idlib", "reporter", "", "About 40,000 people fled."),
	}
	for i := range facts {
		facts[i].Start = i * 10
		facts[i].End = i*10 + 5
	}
	return facts, articles
}

// hostile payloads that must stay text wherever they land.
const (
	payloadScript = `</script><b id="pwned">x</b><script>document.title='PWNED'</script>`
	payloadImg    = `<img src=x onerror=alert(1)>`
	payloadMarker = `__f__function(){document.title='PWNED'}__f__`
)

// hostileFacts puts the payloads in every string a chart shows.
func hostileFacts() ([]corpus.Fact, []corpus.Article) {
	var facts []corpus.Fact
	var articles []corpus.Article
	for i, p := range []string{payloadScript, payloadImg, payloadMarker} {
		name := fmt.Sprintf("hostile_%d", i)
		articles = append(articles, corpus.Article{Name: name, Title: p, Published: date("2020-01-01")})
		for _, cat := range []corpus.Category{corpus.Displaced, corpus.Refugees, corpus.Killed} {
			for j, src := range []string{p, "U.N."} {
				facts = append(facts, corpus.Fact{
					Article: name, Published: date("2020-01-0" + fmt.Sprint(i+1)), Category: cat,
					Value: float64(1000 * (j + 1)), Qualifier: corpus.AtLeast,
					Unit: p, Location: p, Source: src, Sentence: "They said " + p,
					Start: j, End: j + 1,
				})
			}
		}
	}
	return facts, articles
}

// manyFacts is n displacement figures, several a day, from a few sources.
func manyFacts(n int) []corpus.Fact {
	facts := make([]corpus.Fact, n)
	start := date("2011-03-15")
	for i := range facts {
		facts[i] = corpus.Fact{
			Article:   fmt.Sprintf("gen_%07d", i/5),
			Published: start.AddDate(0, 0, i/3),
			Category:  corpus.Displaced,
			Value:     float64(1000 + (i*7919)%500000),
			Qualifier: corpus.Exact,
			Unit:      "people",
			Location:  "Idlib",
			Source:    []string{"U.N.", "UNHCR", "reporter", "UOSSM", "OCHA"}[i%5],
			Sentence:  fmt.Sprintf("Officials said %d people had fled the fighting in the province over the past week, according to a statement.", 1000+(i*7919)%500000),
			Start:     (i % 5) * 100,
			End:       (i%5)*100 + 20,
		}
	}
	return facts
}
