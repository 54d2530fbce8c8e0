package charts

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// palette colours series in order; a range or period series takes the
// colour of the figures it belongs to.
var palette = []string{
	"#5470c6", "#91cc75", "#fac858", "#ee6666", "#73c0de", "#3ba272",
	"#fc8452", "#9a60b4", "#ea7ccc", "#2f4554", "#c23531", "#61a0a8",
}

func colour(i int) string { return palette[i%len(palette)] }

// visitor adds the parts of the option that go-echarts has no field for.
type visitor struct {
	charts.BaseConfigurationVisitor
	extra map[string]interface{} // added at the top level
	xAxis interface{}            // replaces the x axes when set
}

func (v *visitor) VisitXAxis(x []opts.XAxis) interface{} {
	if v.xAxis != nil {
		return v.xAxis
	}
	return x
}

// tooltipOpt adds what go-echarts' Tooltip lacks. The formatter is attached
// in the page (runtime.js), never sent as code in the JSON.
type tooltipOpt struct {
	opts.Tooltip
	Confine      bool   `json:"confine"`
	ExtraCSSText string `json:"extraCssText"`
}

func (v *visitor) VisitTooltipOpt(t opts.Tooltip) interface{} {
	return tooltipOpt{Tooltip: t, Confine: true, ExtraCSSText: "max-width:32em;white-space:normal;"}
}

// seriesOpt adds "silent" to go-echarts' series: the range and period
// series ignore the mouse, so tooltips come from the figures' markers.
type seriesOpt struct {
	charts.SingleSeries
	Silent bool `json:"silent,omitempty"`
}

func (v *visitor) VisitSeriesOpt(series charts.MultiSeries) interface{} {
	out := make([]seriesOpt, len(series))
	for i, s := range series {
		out[i] = seriesOpt{SingleSeries: s, Silent: s.Type == "custom"}
	}
	return out
}

func (v *visitor) Visit(m map[string]interface{}) {
	for k, x := range v.extra {
		m[k] = x
	}
}

// noFigures is the text drawn in the middle of an empty chart.
func noFigures(text string) map[string]interface{} {
	return map[string]interface{}{
		"type": "text", "left": "center", "top": "middle", "silent": true,
		"style": map[string]interface{}{"text": text, "fontSize": 22, "fill": "#888"},
	}
}

// globals are the options every chart shares: size, title with the note,
// legend, item tooltip, save-as-image, layout. The legend and the plot
// start below the lines of the title.
func globals(kind string, cfg *config, note string) []charts.GlobalOpts {
	sub := note
	if cfg.subtitle != "" {
		sub = cfg.subtitle + "\n" + note
	}
	legendTop := 44 + 16*(strings.Count(sub, "\n")+1)
	return []charts.GlobalOpts{
		charts.WithInitializationOpts(opts.Initialization{
			PageTitle: cfg.title, Width: cfg.width, Height: cfg.height,
			// A fixed id keeps go-echarts from drawing a random one; the
			// Chart's real id derives from the JSON.
			ChartID: kind,
		}),
		charts.WithTitleOpts(opts.Title{
			Title: cfg.title, Subtitle: sub, Left: "10",
			SubtitleStyle: &opts.TextStyle{LineHeight: 16, Color: "#666"},
		}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Type: "scroll", Top: strconv.Itoa(legendTop), Left: "10", Right: "10"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithToolboxOpts(opts.Toolbox{Show: opts.Bool(true), Right: "20", Feature: &opts.ToolBoxFeature{
			SaveAsImage: &opts.ToolBoxFeatureSaveAsImage{Show: opts.Bool(true), Type: "png", Name: kind, Title: "Save as image"},
			Restore:     &opts.ToolBoxFeatureRestore{Show: opts.Bool(true), Title: "Reset"},
		}}),
		charts.WithGridOpts(opts.Grid{Top: strconv.Itoa(legendTop + 44), Bottom: "100", Left: "90", Right: "50"}),
	}
}

// zoom is a slider under the x axis plus wheel and drag zoom inside it.
func zoom() charts.GlobalOpts {
	return charts.WithDataZoomOpts(
		opts.DataZoom{Type: "slider", XAxisIndex: 0, Start: 0, End: 100},
		opts.DataZoom{Type: "inside", XAxisIndex: 0, Start: 0, End: 100},
	)
}

// valueAxis is the y axis of figures.
func valueAxis(cfg *config) charts.GlobalOpts {
	t := "value"
	if cfg.logScale {
		t = "log"
	}
	return charts.WithYAxisOpts(opts.YAxis{Type: t, Name: "figure", Scale: opts.Bool(cfg.logScale), AxisLabel: &opts.AxisLabel{Show: opts.Bool(true)}})
}

// note is the line under the title: how many figures, what was left out,
// and (for time charts) the marker key.
func note(drawn int, what string, sel selection, key bool) string {
	parts := []string{plural(drawn, what)}
	if sel.undated > 0 {
		parts = append(parts, plural(sel.undated, "undated figure")+" not shown")
	}
	if sel.unusable > 0 {
		parts = append(parts, plural(sel.unusable, "unusable figure")+" not shown")
	}
	s := strings.Join(parts, " · ")
	if key {
		s += "\n" + markerKey
	}
	return s
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
