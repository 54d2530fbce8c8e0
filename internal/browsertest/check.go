package browsertest

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/newsroom/displacement/pkg/corpus"
)

// PageCharts is the selector of the chart containers pkg/charts writes,
// in exported pages and in notebook outputs alike.
const PageCharts = "div.newsroom-chart"

// ChartCheck says what CheckCharts expects of the charts on a page.
type ChartCheck struct {
	// Selector matches the chart elements; "" means PageCharts.
	Selector string
	// Count is the number of charts the page must hold; 0 means at least
	// Min.
	Count int
	// Min is the least number of charts the page must hold when Count is
	// 0; 0 means one.
	Min int
	// Kinds, when set, are the chart kinds in page order.
	Kinds []string
	// Facts are the facts the charts were drawn from.
	Facts []corpus.Fact
	// Exact applies CheckFacts (the charts draw all of Facts with default
	// options); otherwise CheckFactsDrawn (each drawn figure is one of Facts).
	Exact bool
	// Timeout bounds the wait for the charts to render; 0 means 20 seconds.
	Timeout time.Duration
}

// CheckCharts waits for the page's charts, saves a screenshot called name,
// and fails t (without stopping it) for every chart that did not render or
// does not hold the figures want asks for, and for every page Problem so
// far. It returns the charts it found.
func (p *Page) CheckCharts(t testing.TB, name string, want ChartCheck) []Chart {
	t.Helper()
	sel := want.Selector
	if sel == "" {
		sel = PageCharts
	}
	timeout := want.Timeout
	if timeout == 0 {
		timeout = 20 * time.Second
	}
	n := max(want.Count, want.Min, 1)
	if err := p.WaitCharts(sel, n, timeout); err != nil {
		// Go on: the per-chart report below says which ones failed.
		t.Errorf("%s: charts did not all render within %v", name, timeout)
	}
	p.Screenshot(t, name)
	charts, err := p.Charts(sel)
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return nil
	}
	switch {
	case want.Count > 0 && len(charts) != want.Count:
		t.Errorf("%s: got %d charts (%s), want %d", name, len(charts), sel, want.Count)
	case len(charts) < n:
		t.Errorf("%s: got %d charts (%s), want at least %d", name, len(charts), sel, n)
	}
	if want.Kinds != nil {
		var kinds []string
		for _, c := range charts {
			kinds = append(kinds, c.Kind)
		}
		if !slices.Equal(kinds, want.Kinds) {
			t.Errorf("%s: got chart kinds %q, want %q", name, kinds, want.Kinds)
		}
	}
	for i, c := range charts {
		p.ScreenshotElement(t, fmt.Sprintf("%s-chart%d-%s", name, i+1, c.Kind), sel, i)
		if why := c.Rendered(); why != "" {
			t.Errorf("%s: chart %s (%s) did not render: %s", name, c.ID, c.Kind, why)
			continue
		}
		check := CheckFactsDrawn
		if want.Exact {
			check = CheckFacts
		}
		for _, d := range check(c, want.Facts) {
			t.Errorf("%s: %s", name, d)
		}
	}
	p.Check(t)
	return charts
}
