package charts

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// element is an HTML element as a parser sees it.
type element struct {
	tag   string
	attrs map[string]string
	text  string // text of a <script>
}

// parse lists the elements of an HTML page, the way a browser tokenizes it.
func parse(t *testing.T, page []byte) []element {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []element
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			e := element{tag: n.Data, attrs: map[string]string{}}
			for _, a := range n.Attr {
				e.attrs[a.Key] = a.Val
			}
			if n.Data == "script" && n.FirstChild != nil {
				e.text = n.FirstChild.Data
			}
			out = append(out, e)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func render(t *testing.T, p Page, charts ...*Chart) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := p.Render(&b, charts...); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func allCharts(t *testing.T) []*Chart {
	facts, articles := handFacts()
	var out []*Chart
	for _, tc := range constructors {
		out = append(out, tc.make(facts, articles))
	}
	return out
}

func TestPage_Structure(t *testing.T) {
	charts := allCharts(t)
	page := render(t, Page{Title: "Seed corpus"}, charts...)
	var scripts, containers []element
	for _, e := range parse(t, page) {
		switch {
		case e.tag == "script":
			scripts = append(scripts, e)
		case e.tag == "div" && e.attrs["class"] == "newsroom-chart":
			containers = append(containers, e)
		}
	}
	// runtime, library, then one mounting script per chart.
	if len(scripts) != 2+len(charts) {
		t.Fatalf("%d <script> elements, want %d", len(scripts), 2+len(charts))
	}
	if !strings.Contains(scripts[1].text, `t.version="`+EChartsVersion+`"`) {
		t.Errorf("second script is not ECharts %s", EChartsVersion)
	}
	if len(containers) != len(charts) {
		t.Fatalf("%d chart containers, want %d", len(containers), len(charts))
	}
	for i, c := range charts {
		e := containers[i]
		if e.attrs["id"] != c.ID() || e.attrs["data-chart-id"] != c.ID() || e.attrs["data-chart"] != c.Kind() {
			t.Errorf("container %d attrs = %v, want id and data-chart-id %q, data-chart %q", i, e.attrs, c.ID(), c.Kind())
		}
		if e.attrs["style"] != "width:960px;height:540px" {
			t.Errorf("container %d style = %q", i, e.attrs["style"])
		}
		// The mounting script carries exactly the option JSON.
		want := `newsroomCharts.mount("` + c.ID() + `", ` + string(c.OptionJSON()) + `);`
		if scripts[2+i].text != want {
			t.Errorf("script %d = %.200s..., want the mount call of %s", i, scripts[2+i].text, c.ID())
		}
	}
}

func TestPage_DuplicateCharts(t *testing.T) {
	c := Killed(nil, nil, WithID("toll"))
	page := render(t, Page{}, c, c, c)
	var ids []string
	for _, e := range parse(t, page) {
		if e.attrs["class"] == "newsroom-chart" {
			ids = append(ids, e.attrs["id"])
		}
	}
	if strings.Join(ids, " ") != "toll toll-2 toll-3" {
		t.Errorf("ids = %q, want toll toll-2 toll-3", ids)
	}
}

// networkRef finds attributes that would make the browser fetch something.
var networkRef = regexp.MustCompile(`(?i)<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?\s*(https?:)?//`)

func TestPage_Offline(t *testing.T) {
	page := render(t, Page{}, allCharts(t)...)
	if m := networkRef.Find(page); m != nil {
		t.Errorf("page loads from the network: %s", m)
	}
	for _, e := range parse(t, page) {
		for _, k := range []string{"src", "href"} {
			if v, ok := e.attrs[k]; ok {
				t.Errorf("<%s %s=%q>: the page must not reference files", e.tag, k, v)
			}
		}
	}
	// The opt-in CDN page is the only one with a src.
	cdn := render(t, Page{CDN: "https://cdn.example/echarts.min.js"}, allCharts(t)...)
	if m := networkRef.Find(cdn); m == nil {
		t.Error("Page.CDN did not add a script src")
	}
	if bytes.Contains(cdn, []byte("Apache Software Foundation")) {
		t.Error("Page.CDN still inlined the library")
	}
	var b bytes.Buffer
	if err := (Page{CDN: "javascript:alert(1)"}).Render(&b); err == nil {
		t.Error("a javascript: CDN address was accepted")
	}
}

func TestHostileText(t *testing.T) {
	facts, articles := hostileFacts()
	var charts []*Chart
	for _, tc := range constructors {
		charts = append(charts, tc.make(facts, articles, BySource()))
	}
	charts = append(charts, Displacement(facts, articles, WithTitle(payloadScript), WithSubtitle(payloadImg)))
	page := render(t, Page{Title: payloadScript}, charts...)

	for _, p := range []string{payloadScript, payloadImg, `<b id="pwned">`, "<img src=x", "__f__", "onerror=alert(1)>"} {
		if i := bytes.Index(page, []byte(p)); i >= 0 && !inLibrary(page, i) {
			t.Errorf("page holds %q raw at byte %d: ...%s...", p, i, page[max(0, i-40):min(len(page), i+80)])
		}
	}
	var scripts int
	for _, e := range parse(t, page) {
		switch e.tag {
		case "script":
			scripts++
		case "b", "img":
			t.Errorf("payload became a <%s> element", e.tag)
		}
	}
	if scripts != 2+len(charts) {
		t.Errorf("%d <script> elements, want %d: a payload broke out", scripts, 2+len(charts))
	}
	// The text itself survives: the JSON decodes back to the payloads.
	for _, c := range charts {
		var m map[string]any
		if err := json.Unmarshal(c.OptionJSON(), &m); err != nil {
			t.Fatal(err)
		}
		all, _ := json.Marshal(m)
		for _, p := range []string{payloadScript, payloadImg, payloadMarker} {
			enc, _ := json.Marshal(p)
			if !bytes.Contains(all, enc[1:len(enc)-1]) {
				t.Errorf("%s: payload %q lost from the option", c.Kind(), p)
			}
		}
	}
}

// inLibrary reports whether offset i of page falls inside the inlined
// ECharts bundle, whose own strings hold tags such as "<b".
func inLibrary(page []byte, i int) bool {
	start := bytes.Index(page, []byte("(function (define, module, exports) {"))
	end := bytes.Index(page, []byte("}).call(window);"))
	return start >= 0 && start < i && i < end
}

func TestSaveHTML(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.html")
	charts := allCharts(t)
	if err := SaveHTML(path, charts...); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := render(t, Page{}, charts...); !bytes.Equal(got, want) {
		t.Error("SaveHTML wrote something else than Page.Render")
	}
	if err := SaveHTML(filepath.Join(t.TempDir(), "missing", "dir", "x.html"), charts...); err == nil {
		t.Error("SaveHTML into a missing directory did not fail")
	}
}

func TestRender_NoECharts(t *testing.T) {
	t.Setenv(EChartsEnv, filepath.Join(t.TempDir(), "nowhere.js"))
	var b bytes.Buffer
	err := Killed(nil, nil).Render(&b)
	if !errors.Is(err, ErrNoECharts) {
		t.Fatalf("Render error = %v, want ErrNoECharts", err)
	}
	for _, want := range []string{"make setup-js", "npm ci", EChartsEnv} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if b.Len() != 0 {
		t.Errorf("Render wrote %d bytes before failing", b.Len())
	}
}
