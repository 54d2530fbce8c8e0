// Package charts draws the corpus figures as interactive ECharts charts, for
// notebooks (GoNB) and as self-contained offline HTML files.
//
// Four constructors take the facts of a corpus (and its articles, for the
// headlines shown in tooltips) and return a *Chart:
//
//   - Displacement: displaced, sheltered, unsheltered and at_risk figures over
//     time, one series per category (or per source, with BySource).
//   - Refugees: refugee counts over time, one series per host country.
//   - Sources: figures for the same category and period from different
//     sources side by side, so disagreement shows.
//   - Killed: deaths over time.
//
// The time axis is the publication date. A figure that counts from a start
// date (Fact.PeriodStart) draws a dashed line back to it; a range draws a
// low–high bar. Markers show the qualifier: ● exact, ◆ about, ▲ more than,
// ▼ up to, ■ range. The tooltip gives the figure in words ("more than
// 200,000"), its source, the article's date and headline, and the sentence.
// Charts have a legend that toggles series, a zoomable time axis and a
// save-as-image button. A chart with nothing to draw says "No figures".
//
// A typical use:
//
//	c, _ := corpus.Load("data/articles")
//	d := charts.Displacement(c.FactList(), c.ArticleList())
//	err := charts.SaveHTML("displacement.html", d) // one file, ECharts inlined
//	err = charts.Display(d)                        // inline in a GoNB notebook
//
// The ECharts library (5.4.3, from npm) is read at run time; see EChartsEnv
// and ErrNoECharts. The option set of each chart is built with go-echarts,
// but the package writes the page itself: go-echarts puts the option JSON in
// a <script> without HTML escaping and turns any string holding
// "__f__…__f__" into raw JavaScript, which article text must never become.
// Here every string is JSON-encoded with <, > and & escaped, "__f__" is
// spelled with a \u005f escape, and the tooltip encodes HTML. The output is
// byte-identical for the same facts: chart ids derive from the content.
package charts

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"io"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
)

// Chart is one chart, ready to render. It is immutable once built and safe
// to render from several goroutines.
type Chart struct {
	kind    string
	id      string
	title   string
	width   string
	height  string
	figures int
	option  []byte // compact JSON; no "<", ">", "&" or "__f__" bytes
}

// Kind names the chart type: "displacement", "refugees", "sources" or
// "killed". It is the container's data-chart attribute in HTML output.
func (c *Chart) Kind() string { return c.kind }

// ID is the chart's id: the one given with WithID, else the kind and a hash
// of the content, such as "displacement-1f3a9c07". In an exported page it is
// the id of the chart's container element.
func (c *Chart) ID() string { return c.id }

// Title is the title drawn above the chart.
func (c *Chart) Title() string { return c.title }

// Figures is the number of facts the chart draws (for Sources, the number of
// bars). It is 0 for a chart that says "No figures".
func (c *Chart) Figures() int { return c.figures }

// OptionJSON returns the ECharts option of the chart as compact JSON, without
// the JavaScript functions (tooltip formatter, range drawing) that the page
// attaches at load time.
func (c *Chart) OptionJSON() []byte { return bytes.Clone(c.option) }

// Render writes a complete HTML page holding this chart and the ECharts
// library, as SaveHTML does.
func (c *Chart) Render(w io.Writer) error { return Page{}.Render(w, c) }

// finish turns a configured go-echarts chart into a Chart.
func finish(kind string, cfg *config, ec *charts.RectChart, v *visitor, figures int) *Chart {
	ec.Accept(v)
	ec.Validate()
	option := encodeOption(ec.JSON())
	c := &Chart{
		kind:    kind,
		title:   cfg.title,
		width:   cfg.width,
		height:  cfg.height,
		figures: figures,
		option:  option,
		id:      cfg.id,
	}
	if c.id == "" {
		h := crc32.NewIEEE()
		fmt.Fprintf(h, "%s\x00%s\x00%s\x00", kind, cfg.width, cfg.height)
		h.Write(option)
		c.id = fmt.Sprintf("%s-%08x", kind, h.Sum32())
	}
	return c
}

// encodeOption marshals an option map. encoding/json sorts map keys and
// escapes <, >, &, U+2028 and U+2029, so the result can sit inside a
// <script> element; "__f__", go-echarts' marker for raw JavaScript, is
// respelled so no renderer can mistake a string for code.
func encodeOption(m map[string]interface{}) []byte {
	b, err := json.Marshal(m)
	if err != nil {
		// The option holds only finite numbers and strings.
		panic("charts: encode option: " + err.Error())
	}
	return neutralizeMarkers(b)
}

// neutralizeMarkers replaces the first "_" of every "__f__" in JSON text by
// the escape \u005f. The marker can only occur inside JSON strings, where
// the escape decodes to the same character.
func neutralizeMarkers(b []byte) []byte {
	marker := []byte("__f__")
	for bytes.Contains(b, marker) {
		b = bytes.ReplaceAll(b, marker, []byte(`\u005f_f__`))
	}
	return b
}

// validID reports whether id is usable in HTML attributes, CSS selectors and
// JavaScript strings.
func validID(id string) bool {
	if id == "" || len(id) > 128 {
		return false
	}
	return strings.IndexFunc(id, func(r rune) bool {
		return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '-' || r == '_')
	}) < 0
}
