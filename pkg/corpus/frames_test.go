package corpus

import (
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/go-gota/gota/series"
)

func TestFactsFrame(t *testing.T) {
	facts := []Fact{
		{Article: "a", Published: day("2020-02-04"), Category: Displaced, Value: 520000, Qualifier: Exact,
			Unit: "people", Source: "David Swanson", PeriodStart: day("2019-12-01"), Sentence: "S.", Start: 3, End: 17, Paragraph: 2, Rule: "displaced"},
		{Article: "b", Category: Other, Value: 15, ValueHigh: 20, Qualifier: Range, Unit: "km", Source: "reporter"},
	}
	df := FactsFrame(facts)
	if err := df.Err; err != nil {
		t.Fatal(err)
	}
	if got := df.Names(); !reflect.DeepEqual(got, FactColumns) {
		t.Fatalf("columns %q, want %q", got, FactColumns)
	}
	want := []string{"article", "published", "category", "value", "value_high", "qualifier", "unit",
		"location", "source", "period_start", "sentence"}
	if got := df.Names()[:len(want)]; !reflect.DeepEqual(got, want) {
		t.Errorf("first columns %q, want issue 2's %q", got, want)
	}
	types := map[string]series.Type{"value": series.Float, "value_high": series.Float, "start": series.Int,
		"published": series.String, "period_start": series.String}
	for name, typ := range types {
		if got := df.Col(name).Type(); got != typ {
			t.Errorf("column %s has type %s, want %s", name, got, typ)
		}
	}
	if got := df.Col("published").Records(); !reflect.DeepEqual(got, []string{"2020-02-04", ""}) {
		t.Errorf("published = %q, want a date and an empty string", got)
	}
	high := df.Col("value_high").Float()
	if !math.IsNaN(high[0]) || high[1] != 20 {
		t.Errorf("value_high = %v, want NaN (not a range) and 20", high)
	}
	if got := df.Col("value").Float(); got[0] != 520000 {
		t.Errorf("value = %v", got)
	}
	if n := FactsFrame(nil).Nrow(); n != 0 {
		t.Errorf("empty frame has %d rows", n)
	}
}

func TestArticlesAndQuotesFrames(t *testing.T) {
	c := mustLoad(t, seedDir)
	a := c.Articles()
	if got := a.Names(); !reflect.DeepEqual(got, ArticleColumns) {
		t.Errorf("articles columns %q, want %q", got, ArticleColumns)
	}
	if a.Nrow() != 5 {
		t.Errorf("articles frame has %d rows, want 5", a.Nrow())
	}
	if got := a.Col("published").Records()[1]; got != "2020-02-04" {
		t.Errorf("published of 001 = %q, want the metadata date", got)
	}
	q := c.Quotes()
	if got := q.Names(); !reflect.DeepEqual(got, QuoteColumns) {
		t.Errorf("quotes columns %q, want %q", got, QuoteColumns)
	}
	if q.Nrow() != len(c.QuoteList()) || c.Facts().Nrow() != len(c.FactList()) {
		t.Error("frames and lists differ in length")
	}
}

func TestFilter(t *testing.T) {
	facts := []Fact{
		{Article: "a", Published: day("2019-05-31"), Category: Displaced, Source: "U.N.", Location: "Idlib"},
		{Article: "b", Published: day("2020-02-04"), Category: Refugees, Source: "reporter", Location: "Turkey"},
		{Article: "b", Published: day("2020-02-15"), Category: Displaced, Source: "UOSSM", Location: "northwest Syria"},
		{Article: "c", Category: Killed, Source: "reporter"},
	}
	tests := []struct {
		name string
		f    Filter
		want []int
	}{
		{"zero value keeps all", Filter{}, []int{0, 1, 2, 3}},
		{"category", Filter{Categories: []Category{Displaced}}, []int{0, 2}},
		{"two categories", Filter{Categories: []Category{Refugees, Killed}}, []int{1, 3}},
		{"from, inclusive", Filter{From: day("2020-02-04")}, []int{1, 2}},
		{"to, inclusive", Filter{To: day("2020-02-04")}, []int{0, 1}},
		{"range", Filter{From: day("2020-01-01"), To: day("2020-02-10")}, []int{1}},
		{"to with a time of day", Filter{To: day("2020-02-04").Add(13 * time.Hour)}, []int{0, 1}},
		{"source, any case", Filter{Sources: []string{"u.n.", "UOSSM"}}, []int{0, 2}},
		{"article", Filter{Articles: []string{"b"}}, []int{1, 2}},
		{"location part", Filter{Location: "syria"}, []int{2}},
		{"combined", Filter{Categories: []Category{Displaced}, Sources: []string{"reporter"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []Fact
			for _, i := range tt.want {
				want = append(want, facts[i])
			}
			if got := tt.f.Apply(facts); !reflect.DeepEqual(got, want) {
				t.Errorf("Apply = %v, want facts %v", got, tt.want)
			}
		})
	}
}
