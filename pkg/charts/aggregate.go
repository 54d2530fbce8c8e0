package charts

import (
	"slices"
	"strings"
)

// bucket is the data item standing for all figures of a series published on
// one day (or in one week) when the series has too many to draw one by one.
type bucket struct {
	Value   [2]any  `json:"value"`        // first day of the bucket (YYYY-MM-DD), median figure
	N       int     `json:"n"`            // figures in the bucket
	Week    bool    `json:"wk,omitempty"` // the bucket is a week starting on Monday
	Min     float64 `json:"min"`          // lowest figure
	Max     float64 `json:"max"`          // highest figure (high ends of ranges included)
	Sources int     `json:"ns"`           // distinct sources, case-insensitive
}

const (
	msPerDay  = 24 * 60 * 60 * 1000
	msPerWeek = 7 * msPerDay
	// mondayOffset shifts day numbers so weeks start on Monday: 1970-01-01
	// was a Thursday, three days after a Monday.
	mondayOffset = 3 * msPerDay
)

// aggregate summarises sorted figures per day, or per week when there are
// more than limit distinct days. It returns the bucket items and, for each
// bucket, a span item from lowest to highest figure.
func aggregate(figs []fig, limit int) ([]bucket, []span) {
	days := 0
	for i := range figs {
		if i == 0 || figs[i].at != figs[i-1].at {
			days++
		}
	}
	week := days > limit
	key := func(at float64) float64 {
		if !week {
			return at
		}
		ms := int64(at) + mondayOffset
		w := ms / msPerWeek
		if ms < 0 && ms%msPerWeek != 0 {
			w--
		}
		return float64(w*msPerWeek - mondayOffset)
	}
	var (
		buckets []bucket
		spans   []span
		values  []float64
		sources = map[string]bool{}
	)
	for i := 0; i < len(figs); {
		k := key(figs[i].at)
		b := bucket{Week: week, Min: figs[i].Value, Max: figs[i].Value}
		values = values[:0]
		clear(sources)
		for ; i < len(figs) && key(figs[i].at) == k; i++ {
			f := figs[i]
			values = append(values, f.Value)
			b.Min = min(b.Min, f.Value)
			b.Max = max(b.Max, f.Value, f.ValueHigh)
			sources[strings.ToLower(sourceName(f.Fact))] = true
		}
		b.N = len(values)
		b.Sources = len(sources)
		x := isoDate(k)
		b.Value = [2]any{x, median(values)}
		buckets = append(buckets, b)
		spans = append(spans, span{x, b.Min, b.Max, x})
	}
	return buckets, spans
}

// median sorts values in place and returns their median.
func median(values []float64) float64 {
	slices.Sort(values)
	n := len(values)
	if n%2 == 1 {
		return values[n/2]
	}
	return (values[n/2-1] + values[n/2]) / 2
}
