package browsertest

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/displacement/pkg/charts"
	"github.com/newsroom/displacement/pkg/corpus"
)

func day(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// sampleFacts is a small facts table with every case the charts draw
// differently: qualifiers, a range, a counted period, two sources on one
// offensive, refugees with and without a host country, deaths, an undated
// figure (not drawn) and a category no chart shows.
func sampleFacts() ([]corpus.Fact, []corpus.Article) {
	articles := []corpus.Article{
		{Name: "a1", Title: "Offensive drives families north", Published: day("2019-05-20")},
		{Name: "a2", Title: "Camps overflow near the border", Published: day("2019-05-28")},
		{Name: "a3", Title: "Winter exodus", Published: day("2020-02-17")},
		{Name: "a4", Title: "Turkey's refugee count", Published: day("2018-09-07")},
		{Name: "a5", Title: "Undated wire copy"},
	}
	f := func(art, pub string, cat corpus.Category, v, hi float64, q corpus.Qualifier, loc, src, since string) corpus.Fact {
		return corpus.Fact{Article: art, Published: day(pub), Category: cat, Value: v, ValueHigh: hi, Qualifier: q,
			Unit: "people", Location: loc, Source: src, PeriodStart: day(since),
			Sentence: "A sentence about " + string(cat) + " from " + src + "."}
	}
	facts := []corpus.Fact{
		f("a1", "2019-05-20", corpus.Displaced, 200000, 0, corpus.AtLeast, "Idlib", "U.N.", "2019-04-29"),
		f("a1", "2019-05-20", corpus.Displaced, 300000, 0, corpus.AtLeast, "Idlib", "UOSSM", "2019-04-29"),
		f("a1", "2019-05-20", corpus.Killed, 229, 0, corpus.Exact, "Idlib", "SOHR", ""),
		f("a2", "2019-05-28", corpus.Sheltered, 103000, 0, corpus.Approx, "Idlib", "Mohammed Othman", ""),
		f("a2", "2019-05-28", corpus.Unsheltered, 200000, 0, corpus.Approx, "Idlib", "Mohammed Othman", ""),
		f("a2", "2019-05-28", corpus.Killed, 300, 400, corpus.Range, "Idlib", "u.n.", ""),
		f("a3", "2020-02-17", corpus.Displaced, 900000, 0, corpus.AtLeast, "Idlib", "OCHA", "2019-12-01"),
		f("a3", "2020-02-17", corpus.AtRisk, 1000000, 0, corpus.Approx, "Turkish border", "Tayyip Erdogan", ""),
		f("a3", "2020-02-17", corpus.Refugees, 3600000, 0, corpus.Exact, "Turkey", "reporter", ""),
		f("a4", "2018-09-07", corpus.Refugees, 3500000, 0, corpus.Approx, "Turkey", "reporter", ""),
		f("a4", "2018-09-07", corpus.Refugees, 1000000, 0, corpus.AtLeast, "", "UNHCR", ""),
		f("a4", "2018-09-07", corpus.Troops, 12, 0, corpus.Exact, "Idlib", "reporter", ""),
		f("a5", "", corpus.Displaced, 50000, 0, corpus.Exact, "Idlib", "reporter", ""),
	}
	return facts, articles
}

func allCharts(facts []corpus.Fact, articles []corpus.Article) []*charts.Chart {
	return []*charts.Chart{
		charts.Displacement(facts, articles),
		charts.Refugees(facts, articles),
		charts.Sources(facts, articles),
		charts.Killed(facts, articles),
	}
}

// TestChartsPackage draws the four charts of a small facts table on one
// page with pkg/charts, opens it from file://, and checks that each
// rendered and holds exactly the figures of the table. It then checks that
// the comparison notices a figure that differs from the table.
func TestChartsPackage(t *testing.T) {
	b := NewBrowser(t)
	facts, articles := sampleFacts()
	path := filepath.Join(t.TempDir(), "all.html")
	if err := (charts.Page{Title: "All charts"}).Save(path, allCharts(facts, articles)...); err != nil {
		t.Fatal(err)
	}
	u, _ := FileURL(path)
	p := b.NewPage(t)
	if err := p.Open(u); err != nil {
		t.Fatal(err)
	}
	got := p.CheckCharts(t, "all", ChartCheck{Count: 4, Kinds: Kinds, Facts: facts, Exact: true})

	// The same charts against tables that differ by one figure.
	changed := func(i int, edit func(*corpus.Fact)) []corpus.Fact {
		fs := append([]corpus.Fact(nil), facts...)
		edit(&fs[i])
		return fs
	}
	tables := []struct {
		name  string
		facts []corpus.Fact
		kinds []string // the charts that must disagree
	}{
		{"displaced value", changed(0, func(f *corpus.Fact) { f.Value = 250000 }), []string{KindDisplacement, KindSources}},
		{"killed range", changed(5, func(f *corpus.Fact) { f.ValueHigh = 500 }), []string{KindKilled}},
		{"refugee host", changed(8, func(f *corpus.Fact) { f.Location = "Lebanon" }), []string{KindRefugees}},
		{"period start", changed(6, func(f *corpus.Fact) { f.PeriodStart = day("2019-11-01") }), []string{KindDisplacement}},
		{"dropped undated date", changed(12, func(f *corpus.Fact) { f.Published = day("2019-06-01") }), []string{KindDisplacement}},
		{"source", changed(1, func(f *corpus.Fact) { f.Source = "WHO" }), []string{KindDisplacement, KindSources}},
	}
	for _, tt := range tables {
		for _, c := range got {
			diffs := CheckFacts(c, tt.facts)
			want := strings.Contains(strings.Join(tt.kinds, " "), c.Kind)
			if want && len(diffs) == 0 {
				t.Errorf("%s: chart %s matches a table it was not drawn from", tt.name, c.Kind)
			}
			if !want && len(diffs) > 0 {
				t.Errorf("%s: chart %s: unexpected differences %q", tt.name, c.Kind, diffs)
			}
		}
	}
}
