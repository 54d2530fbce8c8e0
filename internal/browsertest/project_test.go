package browsertest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/displacement/pkg/corpus"
)

// seedFacts loads the project's seed corpus, which must load cleanly, and
// returns its facts and its absolute path.
func seedFacts(t *testing.T) ([]corpus.Fact, string) {
	t.Helper()
	root, err := ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, SeedCorpus)
	c, err := corpus.Load(dir)
	if err != nil {
		t.Fatalf("load the seed corpus: %v", err)
	}
	facts := c.FactList()
	if len(facts) == 0 {
		t.Fatalf("the seed corpus %s has no facts", dir)
	}
	return facts, dir
}

// displayCalls counts the charts.Display calls in the code cells of a
// notebook: each shows at least one chart.
func displayCalls(t *testing.T, path string) int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var nb struct {
		Cells []struct {
			Type   string          `json:"cell_type"`
			Source json.RawMessage `json:"source"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(data, &nb); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	n := 0
	for _, c := range nb.Cells {
		if c.Type != "code" {
			continue
		}
		var lines []string
		if err := json.Unmarshal(c.Source, &lines); err != nil {
			var one string
			if err := json.Unmarshal(c.Source, &one); err != nil {
				t.Fatalf("%s: cell source: %v", path, err)
			}
			lines = []string{one}
		}
		n += strings.Count(strings.Join(lines, ""), "charts.Display(")
	}
	return n
}

// checkNotebookCharts checks the charts of an executed notebook shown in
// p: at least one per charts.Display call of its source, each rendered and
// holding the figures of facts; or, for a notebook without charts, none.
func checkNotebookCharts(t *testing.T, p *Page, name string, displays int, facts []corpus.Fact) {
	t.Helper()
	if displays == 0 {
		p.Screenshot(t, name)
		charts, err := p.Charts(PageCharts)
		if err != nil {
			t.Error(err)
		}
		if len(charts) > 0 {
			t.Errorf("%s: %d charts, want none (its source calls no charts.Display)", name, len(charts))
		}
		p.Check(t)
		return
	}
	// The notebooks chart every fact of the corpus (no FROM or TO) with
	// the default options, so the check is exact.
	p.CheckCharts(t, name, ChartCheck{Min: displays, Facts: facts, Exact: true})
}

// TestStandaloneCharts writes every chart of the seed corpus with
// `corpus charts`, opens each page from file://, and checks that every
// chart rendered and holds exactly the figures of the corpus's facts.
func TestStandaloneCharts(t *testing.T) {
	b := NewBrowser(t)
	facts, dir := seedFacts(t)
	out := t.TempDir()
	if _, err := GoRun(t, DefaultGoRunTimeout, nil, "./cmd/corpus", "charts", "--out", out, dir); err != nil {
		t.Fatal(err)
	}
	pages, _ := filepath.Glob(filepath.Join(out, "*.html"))
	var names []string
	for _, p := range pages {
		names = append(names, filepath.Base(p))
	}
	want := []string{"index.html"}
	for _, k := range Kinds {
		want = append(want, k+".html")
	}
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Errorf("corpus charts wrote %q, want %q", names, want)
	}
	for _, name := range names {
		t.Run(strings.TrimSuffix(name, ".html"), func(t *testing.T) {
			check := ChartCheck{Count: 1, Kinds: []string{strings.TrimSuffix(name, ".html")}, Facts: facts, Exact: true}
			if name == "index.html" {
				check.Count, check.Kinds = len(Kinds), Kinds
			}
			u, err := FileURL(filepath.Join(out, name))
			if err != nil {
				t.Fatal(err)
			}
			p := b.NewPage(t)
			if err := p.Open(u); err != nil {
				t.Fatal(err)
			}
			p.CheckCharts(t, strings.TrimSuffix(name, ".html"), check)
		})
	}
}

// projectNotebooks returns the project's notebooks, sorted.
func projectNotebooks(t *testing.T) (dir string, paths []string) {
	t.Helper()
	root, err := ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	dir = filepath.Join(root, "notebooks")
	paths, _ = filepath.Glob(filepath.Join(dir, "*.ipynb"))
	if len(paths) == 0 {
		t.Fatalf("no notebooks in %s", dir)
	}
	slices.Sort(paths)
	return dir, paths
}

// TestReports generates the HTML reports of every notebook with the
// report runner (as `make report` does) into a temporary folder, opens
// each from file://, and checks its charts and that it logs no error and
// loads nothing from the network.
func TestReports(t *testing.T) {
	b := NewBrowser(t)
	if err := CheckJupyter(); err != nil {
		t.Fatal(err)
	}
	facts, dir := seedFacts(t)
	nbDir, notebooks := projectNotebooks(t)
	before := fingerprint(t, nbDir)
	out := t.TempDir()
	args := []string{"-out", out, "-corpus", dir, "-jupyter", strings.Join(JupyterCommand(), " ")}
	if _, err := GoRun(t, DefaultReportTimeout, nil, "./cmd/report", args...); err != nil {
		t.Fatal(err)
	}
	if after := fingerprint(t, nbDir); !mapsEqual(before, after) {
		t.Errorf("the report run changed notebooks in %s", nbDir)
	}
	for _, nb := range notebooks {
		name := strings.TrimSuffix(filepath.Base(nb), ".ipynb")
		t.Run(name, func(t *testing.T) {
			u, err := FileURL(filepath.Join(out, name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(filepath.Join(out, name+".html")); err != nil {
				t.Fatalf("no report for %s: %v", nb, err)
			}
			p := b.NewPage(t)
			if err := p.Open(u); err != nil {
				t.Fatal(err)
			}
			checkNotebookCharts(t, p, name, displayCalls(t, nb), facts)
		})
	}
}

// TestNotebooks starts Jupyter Notebook on a copy of notebooks/, opens
// each notebook in the browser, runs all its cells, waits for the kernel
// to go idle, and checks every chart; then it shuts the kernels down
// through the REST API and stops the server by its PID.
func TestNotebooks(t *testing.T) {
	b := NewBrowser(t)
	facts, dir := seedFacts(t)
	nbDir, notebooks := projectNotebooks(t)
	before := fingerprint(t, nbDir)
	work, _ := copyNotebooks(t, nbDir)
	j := StartJupyter(t, work, notebookEnv(t, dir))
	for _, nb := range notebooks {
		name := strings.TrimSuffix(filepath.Base(nb), ".ipynb")
		t.Run(name, func(t *testing.T) {
			p := openNotebook(t, b, j, filepath.Base(nb))
			if _, err := p.RunNotebook(DefaultNotebookTimeout); err != nil {
				t.Errorf("%s: %v", name, err)
			}
			if err := j.WaitIdle(30 * time.Second); err != nil {
				t.Error(err)
			}
			checkNotebookCharts(t, p, name, displayCalls(t, nb), facts)
		})
	}
	stopJupyter(t, j)
	if after := fingerprint(t, nbDir); !mapsEqual(before, after) {
		t.Errorf("the notebook run changed notebooks in %s", nbDir)
	}
}
