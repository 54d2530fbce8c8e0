package charts

import (
	"slices"
	"testing"
	"time"

	"github.com/newsroom/displacement/pkg/corpus"
)

func TestAggregate_PerDay(t *testing.T) {
	// Five figures on two days; two days fit a limit of 2, so the buckets
	// are days.
	facts := []corpus.Fact{
		fx("a", "2020-01-01", corpus.Displaced, 10, 0, corpus.Exact, "", "", "U.N.", "", "s"),
		fx("a", "2020-01-01", corpus.Displaced, 30, 0, corpus.Exact, "", "", "u.n.", "", "s"),
		fx("b", "2020-01-01", corpus.Displaced, 20, 25, corpus.Range, "", "", "UOSSM", "", "s"),
		fx("c", "2020-01-03", corpus.Displaced, 7, 0, corpus.Exact, "", "", "OCHA", "", "s"),
		fx("c", "2020-01-03", corpus.Displaced, 9, 0, corpus.Exact, "", "", "OCHA", "", "s"),
	}
	sel := selectFacts(facts, []corpus.Category{corpus.Displaced}, false)
	buckets, spans := aggregate(sel.figs, 2)
	want := []bucket{
		{Value: [2]any{"2020-01-01", 20.0}, N: 3, Min: 10, Max: 30, Sources: 2},
		{Value: [2]any{"2020-01-03", 8.0}, N: 2, Min: 7, Max: 9, Sources: 1},
	}
	if !slices.Equal(buckets, want) {
		t.Errorf("buckets = %+v\nwant %+v", buckets, want)
	}
	wantSpans := []span{{"2020-01-01", 10.0, 30.0, "2020-01-01"}, {"2020-01-03", 7.0, 9.0, "2020-01-03"}}
	if !slices.Equal(spans, wantSpans) {
		t.Errorf("spans = %v, want %v", spans, wantSpans)
	}
}

func TestAggregate_PerWeek(t *testing.T) {
	// Days from Wednesday 2020-01-01 to Sunday 2020-01-12 span two ISO
	// weeks starting on Mondays 2019-12-30 and 2020-01-06 (and one day of a
	// third: Monday 2020-01-13 is its own week).
	var facts []corpus.Fact
	start := date("2020-01-01")
	for i := 0; i <= 12; i++ {
		d := start.AddDate(0, 0, i).Format(time.DateOnly)
		facts = append(facts, fx("a", d, corpus.Displaced, float64(i), 0, corpus.Exact, "", "", "x", "", "s"))
	}
	sel := selectFacts(facts, []corpus.Category{corpus.Displaced}, false)
	buckets, _ := aggregate(sel.figs, 5) // 13 days > 5: weeks
	var got []string
	var ns []int
	for _, b := range buckets {
		if !b.Week {
			t.Errorf("bucket %v is not a week", b)
		}
		got = append(got, b.Value[0].(string))
		ns = append(ns, b.N)
	}
	if !slices.Equal(got, []string{"2019-12-30", "2020-01-06", "2020-01-13"}) || !slices.Equal(ns, []int{5, 7, 1}) {
		t.Errorf("weeks %v with %v figures, want 2019-12-30 (5), 2020-01-06 (7), 2020-01-13 (1)", got, ns)
	}
}

func TestAggregate_WeekBeforeEpoch(t *testing.T) {
	// 1969-12-31 was a Wednesday: its week starts on Monday 1969-12-29.
	facts := []corpus.Fact{fx("a", "1969-12-31", corpus.Killed, 1, 0, corpus.Exact, "", "", "x", "", "s"),
		fx("a", "1970-01-05", corpus.Killed, 1, 0, corpus.Exact, "", "", "x", "", "s")}
	sel := selectFacts(facts, []corpus.Category{corpus.Killed}, false)
	buckets, _ := aggregate(sel.figs, 1)
	if buckets[0].Value[0] != "1969-12-29" || buckets[1].Value[0] != "1970-01-05" {
		t.Errorf("weeks = %v, %v; want 1969-12-29, 1970-01-05", buckets[0].Value[0], buckets[1].Value[0])
	}
}

func TestLargeSeries(t *testing.T) {
	tests := []struct {
		name   string
		n      int
		points int // data items in the series
		agg    bool
	}{
		{"at the limit: every figure", defaultMaxPoints, defaultMaxPoints, false},
		{"over the limit: per day", defaultMaxPoints + 1, (defaultMaxPoints + 1 + 2) / 3, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := Displacement(manyFacts(tc.n), nil)
			data := dataOf(t, c, "displaced", "scatter")
			if len(data) != tc.points {
				t.Fatalf("%d items, want %d", len(data), tc.points)
			}
			_, isBucket := data[0].(map[string]any)["n"]
			if isBucket != tc.agg {
				t.Errorf("first item %v: aggregated = %v, want %v", data[0], isBucket, tc.agg)
			}
			if c.Figures() != tc.n {
				t.Errorf("Figures() = %d, want %d", c.Figures(), tc.n)
			}
		})
	}
	// Beyond 10,000 days the buckets are weeks, and stay under the limit.
	c := Displacement(manyFacts(3*(defaultMaxPoints+500)), nil)
	data := dataOf(t, c, "displaced", "scatter")
	if len(data) > defaultMaxPoints || data[0].(map[string]any)["wk"] != true {
		t.Errorf("%d items, first %v; want weekly buckets, at most %d", len(data), data[0], defaultMaxPoints)
	}
}
