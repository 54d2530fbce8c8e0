package charts

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/newsroom/displacement/pkg/corpus"
)

// displacementCategories are the categories the displacement chart draws, in
// legend order.
var displacementCategories = []corpus.Category{corpus.Displaced, corpus.Sheltered, corpus.Unsheltered, corpus.AtRisk}

// Displacement charts the displaced, sheltered, unsheltered and at_risk
// figures over time, by publication date: one series per category, or per
// source with BySource. articles supply the headlines shown in tooltips and
// may be nil. Facts of other categories are ignored; facts without a
// publication date are counted in the chart's note but not drawn.
func Displacement(facts []corpus.Fact, articles []corpus.Article, options ...Option) *Chart {
	cfg := newConfig("Displaced people over time", options)
	sel := selectFacts(facts, displacementCategories, cfg.logScale)
	var groups []group
	if cfg.bySource {
		groups = groupBy(sel.figs, sourceName, unknownSource)
	} else {
		groups = groupByCategory(sel.figs, displacementCategories)
	}
	return timeline("displacement", cfg, sel, groups, articles, cfg.bySource, false)
}

// Refugees charts the refugee counts (category refugees) over time, one
// line per host country (the fact's Location), or per source with BySource.
// articles supply the headlines shown in tooltips and may be nil.
func Refugees(facts []corpus.Fact, articles []corpus.Article, options ...Option) *Chart {
	cfg := newConfig("Refugees by host country", options)
	sel := selectFacts(facts, []corpus.Category{corpus.Refugees}, cfg.logScale)
	var groups []group
	if cfg.bySource {
		groups = groupBy(sel.figs, sourceName, unknownSource)
	} else {
		groups = groupBy(sel.figs, hostName, unknownHost)
	}
	return timeline("refugees", cfg, sel, groups, articles, false, true)
}

// Killed charts the deaths (category killed) over time in one series, or
// one per source with BySource. articles supply the headlines shown in
// tooltips and may be nil.
func Killed(facts []corpus.Fact, articles []corpus.Article, options ...Option) *Chart {
	cfg := newConfig("Deaths over time", options)
	sel := selectFacts(facts, []corpus.Category{corpus.Killed}, cfg.logScale)
	var groups []group
	if cfg.bySource {
		groups = groupBy(sel.figs, sourceName, unknownSource)
	} else {
		groups = groupByCategory(sel.figs, []corpus.Category{corpus.Killed})
	}
	return timeline("killed", cfg, sel, groups, articles, false, false)
}

const unknownHost = "unknown host country"

func hostName(f *corpus.Fact) string {
	if f.Location != "" {
		return f.Location
	}
	return unknownHost
}

// timeline draws groups on a time axis: the figures as markers (joined by
// a line when line is set), and for each series a custom series of the same
// name and colour holding its ranges and periods, so the legend toggles
// both. withCategory puts the category in each tooltip.
func timeline(kind string, cfg *config, sel selection, groups []group, articles []corpus.Article, withCategory, line bool) *Chart {
	titles := titlesOf(articles)
	ec := charts.NewScatter()
	ec.SetGlobalOptions(globals(kind, cfg, note(len(sel.figs), "figure", sel, true))...)
	ec.SetGlobalOptions(
		charts.WithXAxisOpts(opts.XAxis{Type: "time", Name: "published", NameLocation: "middle", NameGap: 28}),
		valueAxis(cfg),
		zoom(),
	)
	seriesType := "scatter"
	if line {
		seriesType = "line"
	}
	for i, g := range groups {
		var data interface{}
		var spans []span
		if len(g.figs) > cfg.maxPoints {
			data, spans = aggregate(g.figs, cfg.maxPoints)
		} else {
			points := make([]point, len(g.figs))
			for j, f := range g.figs {
				points[j] = newPoint(f, titles, withCategory)
				if s, ok := newSpan(f); ok {
					spans = append(spans, s)
				}
			}
			data = points
		}
		c := colour(i)
		ec.AddSeries(g.name, nil, func(s *charts.SingleSeries) {
			s.Type = seriesType
			s.Data = data
			s.SymbolSize = 9
			s.ItemStyle = &opts.ItemStyle{Color: c}
			if line {
				s.LineStyle = &opts.LineStyle{Color: c, Width: 1.5}
			}
		})
		if len(spans) > 0 {
			ec.AddSeries(g.name, nil, func(s *charts.SingleSeries) {
				s.Type = "custom"
				s.Data = spans
				s.ItemStyle = &opts.ItemStyle{Color: c}
				s.Encode = &opts.Encode{X: []int{0, 3}, Y: []int{1, 2}}
			})
		}
	}
	v := &visitor{}
	if len(groups) == 0 {
		v.extra = map[string]interface{}{"graphic": []interface{}{noFigures("No figures")}}
	}
	return finish(kind, cfg, &ec.RectChart, v, len(sel.figs))
}
