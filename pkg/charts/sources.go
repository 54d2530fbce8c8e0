package charts

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/newsroom/displacement/pkg/corpus"
)

// comparedCategories are the categories Sources compares, in tie order.
var comparedCategories = []corpus.Category{
	corpus.Displaced, corpus.Sheltered, corpus.Unsheltered, corpus.AtRisk, corpus.Refugees, corpus.Killed,
}

// bar is one source's figure for one category and period.
type bar struct {
	Value float64 `json:"value"`          // the figure (low end of a range)
	Date  string  `json:"date"`           // publication date, YYYY-MM-DD
	More  int     `json:"more,omitempty"` // other figures of this source for the period
	about
}

// period is a category and the time its figures count: from a stated start
// (since) or, without one, the month of publication.
type period struct {
	cat   corpus.Category
	since bool
	at    time.Time
}

func (p period) label() string {
	if p.since {
		return string(p.cat) + "\nsince " + p.at.Format("2 Jan 2006")
	}
	return string(p.cat) + "\n" + p.at.Format("Jan 2006")
}

func periodOf(f *corpus.Fact) period {
	if !f.PeriodStart.IsZero() {
		return period{cat: f.Category, since: true, at: day(f.PeriodStart)}
	}
	d := day(f.Published)
	return period{cat: f.Category, at: time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)}
}

func comparePeriods(a, b period) int {
	if c := a.at.Compare(b.at); c != 0 {
		return c
	}
	if a.since != b.since {
		if a.since {
			return -1
		}
		return 1
	}
	return cmp.Compare(slices.Index(comparedCategories, a.cat), slices.Index(comparedCategories, b.cat))
}

// claim is the figure a source gives for a period: its latest, the largest
// of that day, and how many others it gave.
type claim struct {
	source string // first spelling met
	fig    fig
	more   int
}

// Sources sets the figures that different sources give for the same
// category and period side by side, one bar per source, so that
// disagreement shows instead of being averaged away. A period is the start
// date a figure counts from or, when it states none, its month of
// publication. Only periods with figures from at least two sources
// (compared case-insensitively) are drawn; a source with several figures
// for a period shows its latest (the largest of that day) and the tooltip
// says how many others it gave. articles supply the headlines shown in
// tooltips and may be nil.
func Sources(facts []corpus.Fact, articles []corpus.Article, options ...Option) *Chart {
	cfg := newConfig("Sources compared: one category and period, side by side", options)
	sel := selectFacts(facts, comparedCategories, cfg.logScale)
	titles := titlesOf(articles)

	// Group the figures by period, then by source (lower case).
	byPeriod := map[period]map[string]*claim{}
	for _, f := range sel.figs {
		p := periodOf(f.Fact)
		src := sourceName(f.Fact)
		key := strings.ToLower(src)
		claims := byPeriod[p]
		if claims == nil {
			claims = map[string]*claim{}
			byPeriod[p] = claims
		}
		c := claims[key]
		if c == nil {
			claims[key] = &claim{source: src, fig: f}
			continue
		}
		c.more++
		// Figures come sorted by date: a later one replaces, and on the
		// same day a larger one does.
		if f.at > c.fig.at || f.at == c.fig.at && f.Value > c.fig.Value {
			c.fig = f
		}
	}
	var periods []period
	for p, claims := range byPeriod {
		if len(claims) >= 2 {
			periods = append(periods, p)
		}
	}
	slices.SortFunc(periods, comparePeriods)

	// One series per source, in name order, with a bar (or a gap) per
	// period. A source is named by its first spelling in period order.
	labels := make([]string, len(periods))
	names := map[string]string{}
	var sources []string
	for i, p := range periods {
		labels[i] = p.label()
		for key, c := range byPeriod[p] {
			if names[key] == "" {
				names[key] = c.source
				sources = append(sources, key)
			}
		}
	}
	slices.SortFunc(sources, func(a, b string) int {
		return cmp.Or(strings.Compare(a, b), strings.Compare(names[a], names[b]))
	})

	ec := charts.NewBar()
	bars := 0
	for si, key := range sources {
		data := make([]*bar, len(periods))
		for i, p := range periods {
			if c := byPeriod[p][key]; c != nil {
				data[i] = &bar{Value: c.fig.Value, Date: isoDate(c.fig.at), More: c.more, about: describe(c.fig.Fact, titles, true)}
				bars++
			}
		}
		col := colour(si)
		ec.AddSeries(names[key], nil, func(s *charts.SingleSeries) {
			s.Data = data
			s.ItemStyle = &opts.ItemStyle{Color: col}
			s.Label = &opts.Label{Show: opts.Bool(true), Position: "top", FontSize: 10}
			s.BarMaxWidth = "40"
		})
	}
	ec.SetGlobalOptions(globals("sources", cfg, note(bars, "figure", sel, false)+" · periods with two or more sources, latest figure of each")...)
	ec.SetGlobalOptions(
		valueAxis(cfg),
		zoom(),
	)
	// go-echarts' AxisLabel writes the interval as a string; ECharts wants 0.
	v := &visitor{xAxis: []interface{}{map[string]interface{}{
		"type": "category", "data": labels,
		"axisLabel": map[string]interface{}{"interval": 0, "lineHeight": 14},
	}}}
	switch {
	case len(sel.figs) == 0:
		v.extra = map[string]interface{}{"graphic": []interface{}{noFigures("No figures")}}
	case len(periods) == 0:
		v.extra = map[string]interface{}{"graphic": []interface{}{noFigures("No figures from two sources for the same category and period")}}
	}
	return finish("sources", cfg, &ec.RectChart, v, bars)
}
