package charts

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/janpfeifer/gonb/gonbui"
)

func TestDisplay_OutsideNotebook(t *testing.T) {
	if gonbui.IsNotebook {
		t.Fatal("the tests run inside a GoNB notebook")
	}
	// A no-op: not even a missing library is an error.
	t.Setenv(EChartsEnv, filepath.Join(t.TempDir(), "missing.js"))
	if err := Display(Killed(nil, nil)); err != nil {
		t.Errorf("Display outside a notebook = %v, want nil", err)
	}
	if err := (Notebook{LibraryOnce: true}).Display(Killed(nil, nil)); err != nil {
		t.Errorf("Notebook.Display outside a notebook = %v, want nil", err)
	}
}

func TestNotebookHTML(t *testing.T) {
	charts := allCharts(t)
	for _, withLibrary := range []bool{true, false} {
		out, err := notebookHTML(charts, withLibrary)
		if err != nil {
			t.Fatal(err)
		}
		els := parse(t, []byte(out))
		var scripts, containers int
		for _, e := range els {
			switch {
			case e.tag == "script":
				scripts++
			case e.attrs["class"] == "newsroom-chart":
				if _, ok := e.attrs["id"]; ok {
					t.Errorf("notebook container has an id attribute: %v", e.attrs)
				}
				if e.attrs["data-chart-id"] != charts[containers].ID() {
					t.Errorf("container %d data-chart-id = %q, want %q", containers, e.attrs["data-chart-id"], charts[containers].ID())
				}
				containers++
			}
		}
		want := 1 + len(charts)
		if withLibrary {
			want++
		}
		if scripts != want || containers != len(charts) {
			t.Errorf("withLibrary=%v: %d scripts, %d containers; want %d, %d", withLibrary, scripts, containers, want, len(charts))
		}
		if has := strings.Contains(out, `t.version="`+EChartsVersion+`"`); has != withLibrary {
			t.Errorf("withLibrary=%v: library present = %v", withLibrary, has)
		}
		// Re-running a cell runs the scripts again: no top-level let,
		// const or class may be declared twice.
		if regexp.MustCompile(`(?m)^\s*(let|const|class)\s`).MatchString(stripLibrary(out)) {
			t.Error("notebook output declares a top-level let/const/class")
		}
	}
}

// stripLibrary removes the inlined bundle from a page or output.
func stripLibrary(s string) string {
	i := strings.Index(s, "(function (define, module, exports) {")
	j := strings.Index(s, "}).call(window);")
	if i < 0 || j < 0 {
		return s
	}
	return s[:i] + s[j:]
}

// browserHarness is a page that plays notebook front ends. Each entry of
// outputs is the HTML of one display output. show() inserts one the way
// JupyterLab does (innerHTML, then each script re-created), showEval() the
// way classic Notebook does (jQuery: scripts run by global eval). A fake
// RequireJS define sits on the page, as in Notebook 6. The results land in
// an attribute that --dump-dom shows.
const browserHarness = `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<script>
window.defineCalls = 0;
window.define = function () { window.defineCalls++; };
window.define.amd = {};
</script>
</head><body>
<div id="outputs"></div>
<script>
var outputs = OUTPUTS;
function show(html) {
  var div = document.createElement("div");
  div.className = "output";
  div.innerHTML = html;
  document.getElementById("outputs").appendChild(div);
  Array.prototype.forEach.call(div.querySelectorAll("script"), function (old) {
    var s = document.createElement("script");
    s.text = old.text;
    old.parentNode.replaceChild(s, old);
  });
  return div;
}
function showEval(html) {
  var div = document.createElement("div");
  div.className = "output";
  div.innerHTML = html;
  document.getElementById("outputs").appendChild(div);
  Array.prototype.forEach.call(div.querySelectorAll("script"), function (s) { (0, eval)(s.text); });
  return div;
}
var result = { errors: [] };
window.onerror = function (m) { result.errors.push(String(m)); };
try {
  // Cell 2 shows a chart before cell 1's output brought the library
  // (Notebook.LibraryOnce, cells run out of order): it must wait.
  var early = showEval(outputs[1]);
  var waiting = early.textContent.indexOf("Waiting for the ECharts library") >= 0;
  var cell1 = show(outputs[0]);
  // Re-run cell 1: its old output goes, the new one comes.
  cell1.parentNode.removeChild(cell1);
  show(outputs[0]);
  // Cell 3 shows the same chart as cell 2 again, library included.
  showEval(outputs[0]);
  result.waiting = waiting;
  result.version = window.echarts && window.echarts.version;
  result.defineCalls = window.defineCalls;
  result.charts = Array.prototype.map.call(document.querySelectorAll("div.newsroom-chart"), function (el) {
    var inst = window.echarts && window.echarts.getInstanceByDom(el);
    return { id: el.getAttribute("data-chart-id"), mounted: !!inst, series: inst ? inst.getOption().series.length : 0 };
  });
} catch (e) { result.errors.push(String(e)); }
document.body.setAttribute("data-result", JSON.stringify(result));
</script>
</body></html>
`

func TestNotebookHTML_Browser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts chromium")
	}
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatalf("chromium not found (make setup-browser installs it): %v", err)
	}
	facts, articles := handFacts()
	a := Displacement(facts, articles)
	b := Sources(facts, articles)
	first, err := notebookHTML([]*Chart{a, b}, true)
	if err != nil {
		t.Fatal(err)
	}
	later, err := notebookHTML([]*Chart{a}, false)
	if err != nil {
		t.Fatal(err)
	}
	outputs, _ := json.Marshal([]string{first, later}) // escapes <, > and &
	page := strings.Replace(browserHarness, "OUTPUTS", string(outputs), 1)
	path := filepath.Join(t.TempDir(), "notebook.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--user-data-dir="+t.TempDir(), "--virtual-time-budget=5000", "--dump-dom", "file://"+path)
	dom, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	m := regexp.MustCompile(`data-result="([^"]*)"`).FindSubmatch(dom)
	if m == nil {
		t.Fatalf("no result in the page:\n%.2000s", dom)
	}
	raw := strings.NewReplacer("&quot;", `"`, "&amp;", "&", "&lt;", "<", "&gt;", ">").Replace(string(m[1]))
	var res struct {
		Errors      []string
		Waiting     bool
		Version     string
		DefineCalls int
		Charts      []struct {
			ID      string
			Mounted bool
			Series  int
		}
	}
	if err := json.Unmarshal([]byte(raw), &res); err != nil {
		t.Fatalf("%v: %s", err, raw)
	}
	if len(res.Errors) > 0 {
		t.Errorf("page errors: %q", res.Errors)
	}
	if !res.Waiting {
		t.Error("a chart shown before the library did not say it was waiting")
	}
	if res.Version != EChartsVersion || res.DefineCalls != 0 {
		t.Errorf("echarts %q, define called %d times; want %s and 0", res.Version, res.DefineCalls, EChartsVersion)
	}
	// Outputs left: early (a), re-run cell 1 (a, b), cell 3 (a, b).
	want := []string{a.ID(), a.ID(), b.ID(), a.ID(), b.ID()}
	if len(res.Charts) != len(want) {
		t.Fatalf("%d containers, want %d: %+v", len(res.Charts), len(want), res.Charts)
	}
	for i, c := range res.Charts {
		if c.ID != want[i] || !c.Mounted || c.Series == 0 {
			t.Errorf("container %d = %+v, want %s mounted with series", i, c, want[i])
		}
	}
}
