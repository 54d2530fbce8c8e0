package charts

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/newsroom/displacement/pkg/corpus"
)

// Targets (issue 6), read from the metrics these benchmarks report:
//
//	x-json      building and rendering a chart from facts, over encoding/json
//	            of the same series data: at most 2.5
//	page/json   (exported page - ECharts library) / JSON size: at most 1.3
//
// Run: go test -run '^$' -bench . -benchtime 20x ./pkg/charts

// record is the per-figure data a chart shows, as a plain struct: the
// baseline that encoding/json is timed on.
type record struct {
	Date        string  `json:"date"`
	Category    string  `json:"category"`
	Value       float64 `json:"value"`
	ValueHigh   float64 `json:"value_high"`
	Qualifier   string  `json:"qualifier"`
	Unit        string  `json:"unit"`
	Location    string  `json:"location"`
	Source      string  `json:"source"`
	PeriodStart string  `json:"period_start"`
	Article     string  `json:"article"`
	Title       string  `json:"title"`
	Sentence    string  `json:"sentence"`
}

func records(facts []corpus.Fact, titles map[string]string) []record {
	out := make([]record, len(facts))
	for i, f := range facts {
		r := record{
			Date: f.Published.Format(time.DateOnly), Category: string(f.Category), Value: f.Value, ValueHigh: f.ValueHigh,
			Qualifier: string(f.Qualifier), Unit: f.Unit, Location: f.Location, Source: f.Source,
			Article: f.Article, Title: titles[f.Article], Sentence: f.Sentence,
		}
		if !f.PeriodStart.IsZero() {
			r.PeriodStart = f.PeriodStart.Format(time.DateOnly)
		}
		out[i] = r
	}
	return out
}

// benchArticles gives every generated article a headline.
func benchArticles(facts []corpus.Fact) []corpus.Article {
	var out []corpus.Article
	for i, f := range facts {
		if i == 0 || f.Article != facts[i-1].Article {
			out = append(out, corpus.Article{Name: f.Article, Title: "Thousands flee as fighting spreads in " + f.Location + " province"})
		}
	}
	return out
}

// renderFragment builds a chart and writes its container and script, the
// part of a page that depends on the facts.
func renderFragment(w io.Writer, facts []corpus.Fact, articles []corpus.Article) {
	bw := bufio.NewWriter(w)
	c := Displacement(facts, articles)
	writeChart(bw, c, c.id, true)
	bw.Flush()
}

func BenchmarkRenderVsJSON(b *testing.B) {
	lib, err := loadLibrary()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprintf("points=%d", n), func(b *testing.B) {
			facts := manyFacts(n)
			articles := benchArticles(facts)
			titles := titlesOf(articles)
			js, _ := json.Marshal(records(facts, titles))
			var page bytes.Buffer
			if err := Displacement(facts, articles).Render(&page); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(js)))
			b.ResetTimer()
			var tJSON, tChart time.Duration
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				if _, err := json.Marshal(records(facts, titles)); err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				renderFragment(io.Discard, facts, articles)
				tChart += time.Since(t1)
				tJSON += t1.Sub(t0)
			}
			b.ReportMetric(float64(tChart)/float64(tJSON), "x-json")
			b.ReportMetric(float64(page.Len()-len(lib))/float64(len(js)), "page/json")
		})
	}
}

// BenchmarkRender is the chart alone, for ns/op and allocations.
func BenchmarkRender(b *testing.B) {
	for _, tc := range constructors {
		b.Run(tc.name, func(b *testing.B) {
			facts := manyFacts(10000)
			articles := benchArticles(facts)
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				c := tc.make(facts, articles)
				bw := bufio.NewWriter(io.Discard)
				writeChart(bw, c, c.id, true)
				bw.Flush()
			}
		})
	}
}

// BenchmarkPage is a whole exported page: library copy included.
func BenchmarkPage(b *testing.B) {
	facts := manyFacts(10000)
	articles := benchArticles(facts)
	c := Displacement(facts, articles)
	var size int
	for i := 0; i < b.N; i++ {
		var buf bytes.Buffer
		if err := c.Render(&buf); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.SetBytes(int64(size))
}
