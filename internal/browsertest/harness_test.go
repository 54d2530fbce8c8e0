package browsertest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// writePage writes an HTML page with body into dir and returns its
// file:// URL.
func writePage(t *testing.T, dir, name, body string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	html := "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>harness</title></head><body>\n" + body + "\n</body></html>\n"
	if err := os.WriteFile(path, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	u, err := FileURL(path)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// openSettled opens url and waits until the page sets window.done, then a
// little longer for the browser's events to arrive.
func openSettled(t *testing.T, p *Page, url string) {
	t.Helper()
	if err := p.Open(url); err != nil {
		t.Fatal(err)
	}
	if err := p.WaitFor("window.done === true", 10*time.Second); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
}

// TestHarness_Problems checks that the harness notices each kind of
// problem a page can have, and nothing on a clean page.
func TestHarness_Problems(t *testing.T) {
	b := NewBrowser(t)
	local := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*") // the page's origin is file://
		fmt.Fprint(w, "ok")
	}))
	defer local.Close()

	const done = "<script>window.done = true</script>"
	const doneAfterFetch = `.catch(() => {}).finally(() => { window.done = true })</script>`
	tests := []struct {
		name string
		body string
		want []ProblemKind // every kind must be reported; nil means none at all
	}{
		{"clean", `<p>fine</p><script>console.log('hello'); console.warn('careful')</script>` + done, nil},
		{"loopback fetch", `<script>fetch(` + "`" + local.URL + "`" + `).then(r => r.text()).then(t => { if (t !== 'ok') console.error('bad reply', t) })` + doneAfterFetch, nil},
		{"console error", `<script>console.error('broken chart')</script>` + done, []ProblemKind{ConsoleError}},
		{"console assert", `<script>console.assert(1 === 2, 'maths')</script>` + done, []ProblemKind{ConsoleError}},
		{"uncaught exception", `<script>setTimeout(() => { window.done = true }, 0); null.x</script>`, []ProblemKind{Exception}},
		{"rejected promise", `<script>Promise.reject(new Error('nobody waits')); setTimeout(() => { window.done = true }, 0)</script>`, []ProblemKind{Exception}},
		{"alert", `<script>alert('hi')</script>` + done, []ProblemKind{Dialog}},
		{"confirm", `<script>confirm('sure?')</script>` + done, []ProblemKind{Dialog}},
		{"remote script", `<script src="https://cdn.example.com/echarts.min.js"></script>` + done, []ProblemKind{Blocked}},
		{"remote image", `<img src="http://203.0.113.9/pixel.gif" onerror="window.done = true" onload="window.done = true">`, []ProblemKind{Blocked}},
		{"remote fetch", `<script>fetch('https://example.org/track')` + doneAfterFetch, []ProblemKind{Blocked}},
		{"remote websocket", `<script>const ws = new WebSocket('wss://example.net/socket'); ws.onerror = ws.onclose = () => { window.done = true }; setTimeout(() => { window.done = true }, 3000)</script>`, []ProblemKind{Blocked}},
	}
	dir := t.TempDir()
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := b.NewPage(t)
			openSettled(t, p, writePage(t, dir, fmt.Sprintf("page%d.html", i), tt.body))
			got := p.Problems()
			var kinds []ProblemKind
			for _, pr := range got {
				kinds = append(kinds, pr.Kind)
			}
			if tt.want == nil && len(got) > 0 {
				t.Errorf("clean page: got problems %v, want none", got)
			}
			for _, k := range tt.want {
				if !slices.Contains(kinds, k) {
					t.Errorf("got problems %v, want one of kind %q", got, k)
				}
			}
		})
	}
}

// TestHarness_BlockedNeverArrives checks that a refused request is
// recorded and does not reach a server, while an allowed one does.
func TestHarness_BlockedNeverArrives(t *testing.T) {
	b := NewBrowser(t)
	hits := make(chan string, 10)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits <- r.URL.Path
		w.Header().Set("Access-Control-Allow-Origin", "*")
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()
	port := srv.URL[strings.LastIndex(srv.URL, ":")+1:]
	p := b.NewPage(t)
	body := fmt.Sprintf(`<script>
fetch('http://allowed-looking.invalid:%s/remote').catch(() => {})
  .then(() => fetch('%s/local')).catch(() => {}).finally(() => { window.done = true })</script>`, port, srv.URL)
	openSettled(t, p, writePage(t, t.TempDir(), "page.html", body))
	got := p.Problems()
	if len(got) == 0 || got[0].Kind != Blocked || !strings.Contains(got[0].Text, "allowed-looking.invalid") {
		t.Errorf("got problems %v, want the request to allowed-looking.invalid blocked", got)
	}
	close(hits)
	var paths []string
	for h := range hits {
		paths = append(paths, h)
	}
	if !slices.Equal(paths, []string{"/local"}) {
		t.Errorf("server saw %v, want only [/local]", paths)
	}
}

// TestHarness_ProxyFence checks the second fence: a tab without request
// interception still cannot reach a non-loopback address.
func TestHarness_ProxyFence(t *testing.T) {
	b := NewBrowser(t)
	ctx, cancel := chromedp.NewContext(b.ctx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 30*time.Second)
	defer cancelT()
	var outcome string
	err := chromedp.Run(ctx,
		chromedp.Navigate("about:blank"),
		chromedp.Evaluate(`fetch('http://203.0.113.9/').then(() => 'reached', e => 'failed: ' + e.message)`, &outcome, awaitPromise),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(outcome, "failed") {
		t.Errorf("fetch of a remote address from an unguarded tab: got %q, want it to fail", outcome)
	}
}

// TestHarness_Charts checks the chart collector on a page with ECharts
// from node_modules: two drawn charts with known data, one element whose
// chart never initialised, and one initialised without an option.
func TestHarness_Charts(t *testing.T) {
	b := NewBrowser(t)
	js, err := EChartsJS()
	if err != nil {
		t.Fatal(err)
	}
	jsURL, _ := FileURL(js)
	body := `<script src="` + jsURL + `"></script>
<div class="chart" id="bars" style="width:600px;height:300px"></div>
<div class="chart" id="points" style="width:600px;height:300px"></div>
<div class="chart" id="broken" style="width:600px;height:300px"></div>
<div class="chart" id="empty" style="width:600px;height:300px"></div>
<script>
echarts.init(document.getElementById('empty')); // an instance that never gets an option
echarts.init(document.getElementById('bars')).setOption({
  title: {text: 'Bars'}, xAxis: {data: ['a', 'b', 'c']}, yAxis: {},
  series: [{name: 'counts', type: 'bar', data: [12500, 200000, {value: 3.5e6, itemStyle: {color: 'red'}}]}]});
echarts.init(document.getElementById('points')).setOption({
  title: {text: 'Points'}, xAxis: {type: 'time'}, yAxis: {},
  series: [{name: 'displaced', type: 'line', data: [['2019-05-01', 200000], {value: ['2020-02-01', 520000]}, '-']},
           {name: 'range', type: 'custom', renderItem: () => null, data: [['2019-05-01', 200000, 300000]]}]});
window.done = true;
</script>`
	p := b.NewPage(t)
	openSettled(t, p, writePage(t, t.TempDir(), "charts.html", body))
	if err := p.WaitCharts("#bars, #points", 2, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	p.Screenshot(t, "charts")
	charts, err := p.Charts(".chart")
	if err != nil {
		t.Fatal(err)
	}
	if len(charts) != 4 {
		t.Fatalf("got %d chart elements, want 4", len(charts))
	}
	want := []struct {
		id, title, rendered string
		series              map[string][]float64
	}{
		{"bars", "Bars", "", map[string][]float64{"counts": {12500, 200000, 3.5e6}}},
		{"points", "Points", "", map[string][]float64{"displaced": {200000, 520000}, "range": {300000}}},
		{"broken", "", "no ECharts instance", nil},
		{"empty", "", "no canvas with a size", nil},
	}
	for i, w := range want {
		c := charts[i]
		if c.ID != w.id || c.Title != w.title {
			t.Errorf("chart %d: got id %q title %q, want %q %q", i, c.ID, c.Title, w.id, w.title)
		}
		if got := c.Rendered(); !strings.HasPrefix(got, w.rendered) || (w.rendered == "") != (got == "") {
			t.Errorf("chart %s: Rendered() = %q, want prefix %q", c.ID, got, w.rendered)
		}
		if w.rendered == "" && (c.CanvasWidth != 600 || c.CanvasHeight != 300) {
			t.Errorf("chart %s: canvas %gx%g, want 600x300", c.ID, c.CanvasWidth, c.CanvasHeight)
		}
		if len(c.Series) != len(w.series) {
			t.Errorf("chart %s: got %d series, want %d", c.ID, len(c.Series), len(w.series))
		}
		for _, s := range c.Series {
			if d := SameValues(s.Values(), w.series[s.Name]); d != "" {
				t.Errorf("chart %s series %q: %s", c.ID, s.Name, d)
			}
		}
	}
}
