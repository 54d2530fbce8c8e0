package browsertest

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/displacement/pkg/corpus"
)

// copyNotebooks copies the *.ipynb files of src into a new temporary
// folder, so that nothing a run saves reaches src, and returns the folder
// and the sorted file names.
func copyNotebooks(t *testing.T, src string) (string, []string) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(src, "*.ipynb"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatalf("no notebooks in %s", src)
	}
	slices.Sort(paths)
	dir := t.TempDir()
	var names []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(p)
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	return dir, names
}

// fingerprint hashes the *.ipynb files of dir, to check that a run left
// them alone.
func fingerprint(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(dir, "*.ipynb"))
	out := map[string][32]byte{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = sha256.Sum256(data)
	}
	return out
}

// notebookEnv is the environment the notebooks' setup cell reads: this
// module, and the corpus (FROM and TO empty: no date bound).
func notebookEnv(t *testing.T, corpusDir string) []string {
	t.Helper()
	root, err := ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	env := []string{"DISPLACEMENT_ROOT=" + root, "FROM=", "TO="}
	if corpusDir != "" {
		abs, err := filepath.Abs(corpusDir)
		if err != nil {
			t.Fatal(err)
		}
		env = append(env, "CORPUS="+abs)
	}
	return env
}

// stopJupyter shuts the kernels down through the REST API, then stops the
// server by its PID, and checks both.
func stopJupyter(t *testing.T, j *Jupyter) {
	t.Helper()
	if err := j.ShutdownKernels(); err != nil {
		t.Errorf("shut kernels down: %v", err)
	}
	j.Stop()
	if !j.Exited() {
		t.Errorf("jupyter (pid %d) still running", j.PID())
	}
}

// harnessFacts are the figures the chart cell of the harness notebooks
// (testdata/notebooks) draws.
var harnessFacts = []corpus.Fact{
	{Article: "a", Published: day("2019-05-20"), Category: corpus.Displaced, Value: 200000, Qualifier: corpus.AtLeast, Source: "U.N."},
	{Article: "b", Published: day("2020-02-04"), Category: corpus.Displaced, Value: 520000, Qualifier: corpus.Exact, Source: "OCHA"},
}

// TestReports_Harness renders a one-chart notebook through the report
// runner, as `make report` does, and checks the chart in the HTML report.
func TestReports_Harness(t *testing.T) {
	b := NewBrowser(t)
	if err := CheckJupyter(); err != nil {
		t.Fatal(err)
	}
	nb, err := filepath.Abs(filepath.Join("testdata", "notebooks", "chart.ipynb"))
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if _, err := GoRun(t, DefaultReportTimeout, nil, "./cmd/report", "-out", out, "-jupyter", strings.Join(JupyterCommand(), " "), nb); err != nil {
		t.Fatal(err)
	}
	u, _ := FileURL(filepath.Join(out, "chart.html"))
	p := b.NewPage(t)
	if err := p.Open(u); err != nil {
		t.Fatal(err)
	}
	p.CheckCharts(t, "chart-report", ChartCheck{Count: 1, Kinds: []string{KindDisplacement}, Facts: harnessFacts, Exact: true})
}

// TestJupyter_Harness runs a small notebook in a live Jupyter Notebook:
// its chart cell must render the chart with the figures the cell holds,
// and its deliberately failing cell must be reported by RunNotebook.
func TestJupyter_Harness(t *testing.T) {
	b := NewBrowser(t)
	src := filepath.Join("testdata", "notebooks")
	before := fingerprint(t, src)
	dir, _ := copyNotebooks(t, src)
	j := StartJupyter(t, dir, notebookEnv(t, ""))
	p := openNotebook(t, b, j, "harness.ipynb")
	cells, err := p.RunNotebook(3 * time.Minute)
	if err == nil || !strings.Contains(err.Error(), "cell 4") || !strings.Contains(err.Error(), "deliberate failure") {
		t.Errorf("RunNotebook error = %v, want cell 4's deliberate failure", err)
	}
	if len(cells) != 3 || cells[1].Count == nil || len(cells[1].Errors) > 0 {
		t.Errorf("got cells %v, want 3 code cells with the chart cell run cleanly", cells)
	}
	if err := j.WaitIdle(30 * time.Second); err != nil {
		t.Error(err)
	}
	p.CheckCharts(t, "harness", ChartCheck{Count: 1, Kinds: []string{KindDisplacement}, Facts: harnessFacts, Exact: true})
	stopJupyter(t, j)
	if after := fingerprint(t, src); !mapsEqual(before, after) {
		t.Errorf("the run changed notebooks in %s", src)
	}
}

// openNotebook opens a notebook of j in a new page of b.
func openNotebook(t *testing.T, b *Browser, j *Jupyter, name string) *Page {
	t.Helper()
	p := b.NewPage(t)
	p.Excuse(LogError, "/nbextensions/widgets/notebook/js/extension.js",
		"Notebook 6 always asks for the ipywidgets extension (main.js, \"HARDCODED WIDGETS HACK\"); none is installed and no notebook uses widgets")
	if err := p.Open(j.NotebookURL(name)); err != nil {
		t.Fatal(err)
	}
	return p
}

func mapsEqual[K, V comparable](a, b map[K]V) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}
