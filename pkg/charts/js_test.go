package charts

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsroom/displacement/pkg/corpus"
)

// runNode runs testdata/js/check.js in mode with input and decodes its
// output into out. Node.js comes with the project's setup (make setup-js).
func runNode(t *testing.T, mode string, input any, out any) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node not found (it comes with make setup-js): %v", err)
	}
	dir := t.TempDir()
	lib, err := loadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	in, err := json.Marshal(input)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"runtime.js": []byte(runtimeJS), "library.js": lib, "input.json": in} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(node, filepath.Join("testdata", "js", "check.js"), mode, dir)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("node check.js %s: %v\n%s", mode, err, stderr.String())
	}
	if err := json.Unmarshal(stdout, out); err != nil {
		t.Fatalf("node check.js %s: %v\n%.500s", mode, err, stdout)
	}
}

func TestRuntime_Formatting(t *testing.T) {
	tests := []struct {
		call []any
		want string
	}{
		{[]any{"formatNumber", 200000}, "200,000"},
		{[]any{"formatNumber", 1234.5}, "1,234.5"},
		{[]any{"formatNumber", 3600000}, "3,600,000"},
		{[]any{"formatNumber", -1000}, "-1,000"},
		{[]any{"formatNumber", 0.07}, "0.07"},
		{[]any{"qualified", "at_least", 200000}, "more than 200,000"},
		{[]any{"qualified", "approx", 103000}, "about 103,000"},
		{[]any{"qualified", "at_most", 50}, "up to 50"},
		{[]any{"qualified", "range", 15000, 20000}, "between 15,000 and 20,000"},
		{[]any{"qualified", "exact", 8}, "8"},
		{[]any{"compact", 3600000}, "3.6M"},
		{[]any{"compact", 200000}, "200k"},
		{[]any{"compact", 999}, "999"},
		{[]any{"barLabel", map[string]any{"data": map[string]any{"value": 300000, "q": "at_least"}}}, ">300k"},
		{[]any{"barLabel", map[string]any{"data": map[string]any{"value": 15, "hi": 20, "q": "range"}}}, "15–20"},
		{[]any{"escapeHTML", `<a href="x">'&'</a>`}, "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"},
		{[]any{"formatDate", 1559260800000}, "2019-05-31"},
	}
	var calls [][]any
	for _, tc := range tests {
		calls = append(calls, tc.call)
	}
	var out struct{ Results []string }
	runNode(t, "runtime", map[string]any{"calls": calls}, &out)
	for i, tc := range tests {
		if out.Results[i] != tc.want {
			t.Errorf("%v = %q, want %q", tc.call, out.Results[i], tc.want)
		}
	}
}

func TestRuntime_Tooltip(t *testing.T) {
	item := map[string]any{
		"value": []any{"2019-05-31", 200000}, "q": "at_least", "from": "2019-04-30",
		"u": "people", "loc": "Idlib", "src": "U.N.", "art": "000",
		"title": "Russia Says It's Turkey's Duty", "sent": "More than 200,000 people have fled.",
	}
	hostile := map[string]any{
		"value": []any{"2020-01-01", 5}, "src": payloadScript, "loc": payloadImg,
		"u": payloadImg, "cat": payloadImg, "title": payloadScript, "sent": payloadMarker,
	}
	bucket := map[string]any{"value": []any{"2020-01-06", 12000}, "n": 42, "wk": true, "min": 300, "max": 200000, "ns": 5}
	var out struct{ Results []string }
	runNode(t, "runtime", map[string]any{"calls": [][]any{
		{"tooltip", map[string]any{"data": item, "seriesName": "displaced", "marker": ""}},
		{"tooltip", map[string]any{"data": hostile, "seriesName": payloadScript, "marker": ""}},
		{"tooltip", map[string]any{"data": bucket, "seriesName": payloadImg, "marker": ""}},
		{"tooltip", map[string]any{"data": []any{"2020-01-01", 1, 2, "2019-01-01"}}},
	}}, &out)

	for _, want := range []string{"<b>more than 200,000</b> people", "(Idlib)", "Source: U.N.", "2019-05-31, counting since 2019-04-30",
		"<i>Russia Says It&#39;s Turkey&#39;s Duty</i>", "More than 200,000 people have fled."} {
		if !strings.Contains(out.Results[0], want) {
			t.Errorf("tooltip %q lacks %q", out.Results[0], want)
		}
	}
	for i, html := range out.Results[1:3] {
		for _, raw := range []string{"<img", "<b id", "</script>", "<script>"} {
			if strings.Contains(html, raw) {
				t.Errorf("hostile tooltip %d holds raw %q: %s", i, raw, html)
			}
		}
	}
	if !strings.Contains(out.Results[1], "&lt;/script&gt;&lt;b id=&quot;pwned&quot;&gt;") || !strings.Contains(out.Results[1], "__f__function(){document.title=&#39;PWNED&#39;}__f__") {
		t.Errorf("hostile tooltip does not show the payloads as text: %s", out.Results[1])
	}
	for _, want := range []string{"<b>42 figures</b>, week of 2020-01-06", "median 12,000, lowest 300, highest 200,000", "from 5 sources", "&lt;img"} {
		if !strings.Contains(out.Results[2], want) {
			t.Errorf("bucket tooltip %q lacks %q", out.Results[2], want)
		}
	}
	if out.Results[3] != "" {
		t.Errorf("span item tooltip = %q, want none", out.Results[3])
	}
}

// TestLibrary_RequireJS loads the wrapped bundle where an AMD define and
// CommonJS module/exports exist, as in classic Jupyter Notebook.
func TestLibrary_RequireJS(t *testing.T) {
	var out struct {
		Version      string
		SameInstance bool
		DefineCalls  int
		ExportsKeys  []string
	}
	runNode(t, "amd", nil, &out)
	if out.Version != EChartsVersion {
		t.Errorf("window.echarts.version = %q, want %q", out.Version, EChartsVersion)
	}
	if out.DefineCalls != 0 || len(out.ExportsKeys) != 0 {
		t.Errorf("bundle registered with the loader: define called %d times, exports %v", out.DefineCalls, out.ExportsKeys)
	}
	if !out.SameInstance {
		t.Error("a second copy of the bundle replaced window.echarts")
	}
}

// TestECharts_SSR draws every chart with the real ECharts (server-side SVG)
// and checks that the options load, the functions attach, and hostile text
// stays text.
func TestECharts_SSR(t *testing.T) {
	facts, articles := hostileFacts()
	charts := allCharts(t)
	for _, tc := range constructors {
		charts = append(charts, tc.make(facts, articles, BySource(), WithID("hostile-"+tc.name)))
	}
	charts = append(charts, Displacement(manyFacts(defaultMaxPoints+1), nil, WithID("large")))
	charts = append(charts, Killed(nil, nil, WithID("empty")))
	plain := fx("a", "2020-01-01", corpus.Killed, 5, 0, corpus.Exact, "", "", "x", "", "s")
	charts = append(charts, Killed([]corpus.Fact{plain}, nil, WithID("plain")))
	var input []map[string]any
	for _, c := range charts {
		var opt any
		if err := json.Unmarshal(c.OptionJSON(), &opt); err != nil {
			t.Fatal(err)
		}
		input = append(input, map[string]any{"id": c.ID(), "width": 960, "height": 540, "option": opt})
	}
	var out struct {
		Charts []struct {
			ID     string
			SVG    string
			Series []struct {
				Name, Type, RenderItem string
				N                      int
			}
			TooltipFormatter string
			Tooltips         []string
			Labels           []string
		}
	}
	runNode(t, "ssr", map[string]any{"charts": input}, &out)
	if len(out.Charts) != len(charts) {
		t.Fatalf("%d charts drawn, want %d", len(out.Charts), len(charts))
	}
	for i, got := range out.Charts {
		c := charts[i]
		if !strings.HasPrefix(got.SVG, "<svg") {
			t.Errorf("%s: no SVG drawn", got.ID)
		}
		if got.TooltipFormatter != "function" {
			t.Errorf("%s: tooltip formatter is %s", got.ID, got.TooltipFormatter)
		}
		for _, s := range got.Series {
			if s.Type == "custom" && s.RenderItem != "function" {
				t.Errorf("%s: custom series %q has no renderItem", got.ID, s.Name)
			}
		}
		if c.Figures() > 0 && len(got.Tooltips) == 0 {
			t.Errorf("%s: no tooltips", got.ID)
		}
		for _, html := range got.Tooltips {
			if strings.Contains(html, "<img") || strings.Contains(html, "<script") || strings.Contains(html, "<b id") {
				t.Errorf("%s: tooltip holds raw markup: %s", got.ID, html)
			}
		}
		if strings.HasPrefix(got.ID, "hostile-") {
			if strings.Contains(got.SVG, "<img") || strings.Contains(got.SVG, "<b id") || strings.Contains(got.SVG, "<script") {
				t.Errorf("%s: SVG holds raw markup", got.ID)
			}
			if !strings.Contains(got.SVG, "&lt;img src=x onerror=alert(1)&gt;") {
				t.Errorf("%s: the legend does not show the payload as text", got.ID)
			}
		}
		// The fixture's periods draw dashed lines through renderSpan.
		if c.Kind() != "sources" && c.Figures() > 0 && !strings.HasPrefix(got.ID, "hostile-") && got.ID != "large" && got.ID != "plain" && !strings.Contains(got.SVG, "stroke-dasharray") {
			t.Errorf("%s: no dashed period line drawn", got.ID)
		}
		if got.ID == "plain" && strings.Contains(got.SVG, "stroke-dasharray") {
			t.Errorf("a chart without periods draws dashed lines: the check above proves nothing")
		}
		if got.ID == "empty" && !strings.Contains(got.SVG, "No figures") {
			t.Errorf("empty chart SVG does not say No figures")
		}
		if c.Kind() == "sources" && c.Figures() > 0 && len(got.Labels) != c.Figures() {
			t.Errorf("%s: %d bar labels, want %d", got.ID, len(got.Labels), c.Figures())
		}
	}
}
