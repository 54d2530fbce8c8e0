package browsertest

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Chart is what a page holds for one chart element, as the browser sees
// it after rendering.
type Chart struct {
	ID           string  // the element's id, else its data-chart-id attribute
	Kind         string  // its data-chart attribute (pkg/charts: displacement, refugees, sources, killed)
	CanvasWidth  float64 // CSS pixels of the first <canvas> inside it; 0 when there is none
	CanvasHeight float64
	Colours      int    // distinct colours sampled on that canvas; 1 means blank
	Instance     bool   // echarts.getInstanceByDom found an instance
	Title        string // the option's title texts, joined with " / "
	Series       []Series
	Categories   []string // the x axis' category labels; nil for a time or value axis
	LogScale     bool     // the value (y) axis is logarithmic
}

// Series is one series of a chart's ECharts option (getOption()).
type Series struct {
	Name string
	Type string            // line, bar, scatter, custom, ...
	Data []json.RawMessage // the option's data items, as ECharts holds them
}

// Rendered reports why c does not look drawn, or "" when it does: it needs
// an ECharts instance and a canvas with a non-zero size and more than one
// colour on it.
func (c Chart) Rendered() string {
	switch {
	case !c.Instance:
		return "no ECharts instance (echarts.getInstanceByDom returned nothing)"
	case c.CanvasWidth <= 0 || c.CanvasHeight <= 0:
		return fmt.Sprintf("no canvas with a size (got %gx%g)", c.CanvasWidth, c.CanvasHeight)
	case c.Colours < 2:
		return "the canvas is blank (one colour)"
	}
	return ""
}

// collectChartsJS returns the charts under the elements matching a CSS
// selector (the %s), as a JSON array of Chart.
const collectChartsJS = `(() => {
  const colours = (canvas) => {
    try {
      const ctx = canvas.getContext('2d');
      if (!ctx || !canvas.width || !canvas.height) return 0;
      const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set();
      const step = 4 * 7; // every 7th pixel is plenty to tell drawn from blank
      for (let i = 0; i < px.length && seen.size < 64; i += step) {
        seen.add((px[i] << 24 | px[i+1] << 16 | px[i+2] << 8 | px[i+3]) >>> 0);
      }
      return seen.size;
    } catch (e) { return -1; }
  };
  const out = [];
  for (const el of document.querySelectorAll(%s)) {
    const c = {ID: el.id || el.getAttribute('data-chart-id') || '', Kind: el.getAttribute('data-chart') || '',
               CanvasWidth: 0, CanvasHeight: 0, Colours: 0, Instance: false, Title: '', Series: [], Categories: null, LogScale: false};
    const canvas = el.querySelector('canvas');
    if (canvas) {
      const r = canvas.getBoundingClientRect();
      c.CanvasWidth = r.width; c.CanvasHeight = r.height;
      c.Colours = colours(canvas);
    }
    const ec = window.echarts;
    const inst = ec && ec.getInstanceByDom && ec.getInstanceByDom(el);
    if (inst) {
      c.Instance = true;
      const o = inst.getOption() || {};
      c.Title = [].concat(o.title || []).map(t => (t && t.text) || '').filter(Boolean).join(' / ');
      c.Series = [].concat(o.series || []).map(s => ({Name: String(s.name ?? ''), Type: String(s.type ?? ''), Data: s.data || []}));
      const y = [].concat(o.yAxis || [])[0];
      c.LogScale = !!(y && y.type === 'log');
      const x = [].concat(o.xAxis || [])[0];
      if (x && x.type === 'category' && Array.isArray(x.data)) {
        c.Categories = x.data.map(d => String(d && typeof d === 'object' ? d.value : d));
      }
    }
    out.push(c);
  }
  return out;
})()`

// ChartSelector matches the elements ECharts was initialised on: it marks
// each with an _echarts_instance_ attribute.
const ChartSelector = "[_echarts_instance_]"

// Charts returns the charts under every element matching selector, in
// document order.
func (p *Page) Charts(selector string) ([]Chart, error) {
	sel, _ := json.Marshal(selector)
	var charts []Chart
	if err := p.Eval(fmt.Sprintf(collectChartsJS, sel), &charts); err != nil {
		return nil, fmt.Errorf("collect charts %s: %w", selector, err)
	}
	return charts, nil
}

// WaitCharts waits until n elements match selector and each holds an
// ECharts instance and a canvas, then lets ECharts' entry animation end.
func (p *Page) WaitCharts(selector string, n int, timeout time.Duration) error {
	sel, _ := json.Marshal(selector)
	js := fmt.Sprintf(`(() => {
  const els = document.querySelectorAll(%s);
  return els.length >= %d && window.echarts && [...els].every(el => echarts.getInstanceByDom(el) && el.querySelector('canvas'));
})()`, sel, n)
	if err := p.WaitFor(js, timeout); err != nil {
		return err
	}
	// ECharts animates a chart in over one second by default.
	time.Sleep(1200 * time.Millisecond)
	return nil
}

// Values returns the numbers the series plots, one per data item, in data
// order: a plain number; the last number of an array ([x, y] or [x, low,
// high] gives y or high); the same rules applied to an object's "value".
// An item with no number ("-", null) is skipped.
func (s Series) Values() []float64 {
	var out []float64
	for _, raw := range s.Data {
		if v, ok := itemValue(raw); ok {
			out = append(out, v)
		}
	}
	return out
}

// Items returns the data items decoded into generic Go values.
func (s Series) Items() []any {
	out := make([]any, len(s.Data))
	for i, raw := range s.Data {
		_ = json.Unmarshal(raw, &out[i])
	}
	return out
}

func itemValue(raw json.RawMessage) (float64, bool) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return 0, false
	}
	return numberOf(v)
}

func numberOf(v any) (float64, bool) {
	switch v := v.(type) {
	case float64:
		return v, true
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		return f, err == nil && !math.IsNaN(f)
	case []any:
		for i := len(v) - 1; i >= 0; i-- {
			if f, ok := v[i].(float64); ok {
				return f, true
			}
		}
	case map[string]any:
		if val, ok := v["value"]; ok {
			return numberOf(val)
		}
	}
	return 0, false
}

// SameValues compares two lists of figures as multisets (order does not
// matter) and describes the difference, or returns "" when they match.
func SameValues(got, want []float64) string {
	g := append([]float64(nil), got...)
	w := append([]float64(nil), want...)
	sort.Float64s(g)
	sort.Float64s(w)
	var missing, extra []float64
	i, j := 0, 0
	for i < len(g) || j < len(w) {
		switch {
		case j >= len(w) || (i < len(g) && g[i] < w[j]):
			extra = append(extra, g[i])
			i++
		case i >= len(g) || w[j] < g[i]:
			missing = append(missing, w[j])
			j++
		default:
			i++
			j++
		}
	}
	if len(missing) == 0 && len(extra) == 0 {
		return ""
	}
	return fmt.Sprintf("got %d values, want %d; missing %v; unexpected %v", len(got), len(want), missing, extra)
}

// Tooltip is the tooltip ECharts shows for one data item.
type Tooltip struct {
	Text string   // its text content, as a reader sees it
	HTML string   // its inner HTML
	Tags []string // the tag names of every element inside it, lower case
	IDs  []string // the ids of the elements inside it that have one
}

// showTipJS shows the tooltip of one item (chart %d of the elements
// matching %s, series %d, item %d) and resolves to its Tooltip, or null
// when none appears within three seconds. ECharts puts the tooltip in a
// child <div> of the chart element, beside the one holding the canvas.
const showTipJS = `new Promise(resolve => {
  const el = document.querySelectorAll(%[2]s)[%[1]d];
  const inst = el && window.echarts && echarts.getInstanceByDom(el);
  if (!inst) { resolve(null); return; }
  inst.dispatchAction({type: 'showTip', seriesIndex: %[3]d, dataIndex: %[4]d});
  const start = Date.now();
  const poll = () => {
    const tips = [...el.querySelectorAll(':scope > div')].filter(d =>
      !d.querySelector('canvas') && d.textContent.trim() !== '' && getComputedStyle(d).display !== 'none');
    if (tips.length) {
      const t = tips[0];
      resolve({Text: t.textContent, HTML: t.innerHTML, Tags: [...t.querySelectorAll('*')].map(e => e.tagName.toLowerCase()),
        IDs: [...t.querySelectorAll('[id]')].map(e => e.id)});
    } else if (Date.now() - start > 3000) {
      resolve(null);
    } else {
      setTimeout(poll, 50);
    }
  };
  poll();
})`

// ShowTip shows the tooltip of item dataIndex of series seriesIndex in
// chart index of the elements matching selector, as hovering would, and
// returns it.
func (p *Page) ShowTip(selector string, index, seriesIndex, dataIndex int) (Tooltip, error) {
	sel, _ := json.Marshal(selector)
	var tip *Tooltip
	if err := p.Eval(fmt.Sprintf(showTipJS, index, sel, seriesIndex, dataIndex), &tip); err != nil {
		return Tooltip{}, fmt.Errorf("show tooltip: %w", err)
	}
	if tip == nil {
		return Tooltip{}, fmt.Errorf("no tooltip for chart %d of %s, series %d, item %d", index, selector, seriesIndex, dataIndex)
	}
	return *tip, nil
}

// FirstItem returns the index of the first data item of the series that is
// not null, or -1.
func (s Series) FirstItem() int {
	for i, raw := range s.Data {
		if string(raw) != "null" {
			return i
		}
	}
	return -1
}
