package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// These tests run Jupyter and the GoNB kernel (make setup-jupyter
// setup-gonb installs them; make test-go depends on both). Each takes a few
// seconds once Go's build cache is warm.

func skipShort(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("skipped under -short: runs Jupyter nbconvert and the GoNB kernel")
	}
}

// TestRun_FailingCell runs a good and a failing notebook through the
// command line: the good report is written, the failure names notebook,
// cell and error, and the failing notebook's old report is deleted.
func TestRun_FailingCell(t *testing.T) {
	skipShort(t)
	out := t.TempDir()
	stale := filepath.Join(out, "fail.html")
	mustWrite(t, stale, "<html>an old, complete-looking report</html>")

	var stdout, stderr strings.Builder
	err := run(context.Background(), []string{"-out", out, "-root", "../..", "testdata/ok.ipynb", "testdata/fail.ipynb"}, &stdout, &stderr)
	if err == nil || err.Error() != "1 of 2 notebooks failed" {
		t.Errorf("run error = %v, want 1 of 2 notebooks failed", err)
	}
	ok := filepath.Join(out, "ok.html")
	if got := strings.TrimSpace(stdout.String()); got != ok {
		t.Errorf("stdout = %q, want the report written, %q", got, ok)
	}
	// Cell 3 counting the markdown cell; In [2] is the second code cell.
	wantFail := "FAIL testdata/fail.ipynb: cell 3 (In [2]) `panic(\"boom 51c2\")`: ERROR: exit status 2\n    panic: boom 51c2"
	if !strings.HasPrefix(stderr.String(), wantFail) {
		t.Errorf("stderr = %q,\nwant it to start with %q", stderr.String(), wantFail)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stale report of the failed notebook: Stat = %v, want it deleted", err)
	}
	report := mustRead(t, ok)
	for _, want := range []string{"visible output 7f3a", "code marker 4b8e", "Markdown is kept in the report."} {
		if !strings.Contains(report, want) {
			t.Errorf("ok.html lacks %q", want)
		}
	}
	for _, bad := range []string{"<script src=", "mathjax", "require.min.js"} {
		if strings.Contains(strings.ToLower(report), strings.ToLower(bad)) {
			t.Errorf("ok.html loads an external script: contains %q", bad)
		}
	}
	if entries, _ := os.ReadDir(out); len(entries) != 1 {
		t.Errorf("out holds %d entries, want only ok.html (temporary files removed)", len(entries))
	}
}

// TestSetupCell_Parameters runs the notebooks' setup cell with every
// parameter set and HideCode: the parameters arrive, the code does not.
func TestSetupCell_Parameters(t *testing.T) {
	skipShort(t)
	dir := t.TempDir()
	nb := filepath.Join(dir, "params.ipynb")
	writeNotebook(t, nb, setupCell(t), "%%\n// code marker 9d1e\n"+
		`fmt.Printf("root=%s corpus=%s from=%s to=%s\n", moduleRoot, corpusDir, from.Format(time.DateOnly), to.Format(time.DateOnly))`)
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "reports")
	res, err := Run(context.Background(), Config{
		Notebooks: []string{nb}, OutDir: out, Root: root,
		Corpus: "../../data/articles", From: "2019-05-01", To: "2020-02-29", HideCode: true,
	})
	if err != nil || len(res.Failed) > 0 {
		t.Fatalf("Run: %v %v", err, res.Failed)
	}
	report := mustRead(t, filepath.Join(out, "params.html"))
	corpus, _ := filepath.Abs("../../data/articles")
	want := "root=" + root + " corpus=" + corpus + " from=2019-05-01 to=2020-02-29"
	if !strings.Contains(report, want) {
		t.Errorf("report lacks the parameters %q", want)
	}
	for _, code := range []string{"code marker 9d1e", "noautoget", "goworkfix"} {
		if strings.Contains(report, code) {
			t.Errorf("HideCode report shows code: contains %q", code)
		}
	}
}

// TestSetupCell_FailsOutsideModule checks that the setup cell stops the
// notebook when the module cannot be used, instead of only printing.
func TestSetupCell_FailsOutsideModule(t *testing.T) {
	skipShort(t)
	dir := t.TempDir()
	nb := filepath.Join(dir, "lost.ipynb")
	writeNotebook(t, nb, setupCell(t), "%%\nfmt.Println(\"should not matter\")")
	res, err := Run(context.Background(), Config{
		Notebooks: []string{nb}, OutDir: filepath.Join(dir, "reports"),
		Root: t.TempDir(), // no go.mod there
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Failed) != 1 || len(res.Written) != 0 {
		t.Fatalf("Run = %+v, want one failure and no report", res)
	}
	f := res.Failed[0]
	t.Logf("failure: %v", f)
	if f.Cell != 1 || !strings.Contains(f.Err, "setup failed") {
		t.Errorf("failure = %v, want cell 1 and the setup's message", f)
	}
}

// TestNotebooks_Committed checks every notebook in notebooks/: GoNB kernel,
// no outputs, and the same setup cell first.
func TestNotebooks_Committed(t *testing.T) {
	paths, err := filepath.Glob("../../notebooks/*.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < 4 {
		t.Fatalf("found %d notebooks, want at least 4", len(paths))
	}
	setup := ""
	for _, p := range paths {
		nb := readNotebook(t, p)
		if nb.Metadata.Kernelspec.Name != "gonb" {
			t.Errorf("%s: kernel %q, want gonb", p, nb.Metadata.Kernelspec.Name)
		}
		first := ""
		for i, c := range nb.Cells {
			if len(c.Outputs) > 0 || (c.ExecutionCount != nil && string(c.ExecutionCount) != "null") {
				t.Errorf("%s: cell %d has outputs; run make clear-notebooks", p, i+1)
			}
			if c.CellType == "code" && first == "" {
				first = c.source(t)
			}
		}
		for _, want := range []string{"%noautoget", "!*", "go work init", "%goworkfix", "DISPLACEMENT_ROOT", "setup failed"} {
			if !strings.Contains(first, want) {
				t.Errorf("%s: first code cell lacks %q", p, want)
			}
		}
		if setup == "" {
			setup = first
		} else if first != setup {
			t.Errorf("%s: setup cell differs from %s's", p, paths[0])
		}
	}
}

// ipynb is the part of a notebook file the tests look at.
type ipynb struct {
	Cells    []ipynbCell `json:"cells"`
	Metadata struct {
		Kernelspec struct {
			Name string `json:"name"`
		} `json:"kernelspec"`
	} `json:"metadata"`
}

type ipynbCell struct {
	CellType       string          `json:"cell_type"`
	Source         json.RawMessage `json:"source"`
	Outputs        []any           `json:"outputs"`
	ExecutionCount json.RawMessage `json:"execution_count"`
}

// source returns the cell's source, given as a string or a list of lines.
func (c ipynbCell) source(t testing.TB) string {
	t.Helper()
	var s string
	if json.Unmarshal(c.Source, &s) == nil {
		return s
	}
	var lines []string
	if err := json.Unmarshal(c.Source, &lines); err != nil {
		t.Fatalf("cell source %s: %v", c.Source, err)
	}
	return strings.Join(lines, "")
}

func readNotebook(t testing.TB, path string) ipynb {
	t.Helper()
	var nb ipynb
	if err := json.Unmarshal([]byte(mustRead(t, path)), &nb); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return nb
}

// setupCell returns the first code cell of the first notebook in notebooks/.
func setupCell(t testing.TB) string {
	t.Helper()
	paths, _ := filepath.Glob("../../notebooks/*.ipynb")
	if len(paths) == 0 {
		t.Fatal("no notebooks in ../../notebooks")
	}
	slices.Sort(paths)
	for _, c := range readNotebook(t, paths[0]).Cells {
		if c.CellType == "code" {
			return c.source(t)
		}
	}
	t.Fatalf("%s has no code cell", paths[0])
	return ""
}

// writeNotebook writes a GoNB notebook made of the given code cells.
func writeNotebook(t testing.TB, path string, cells ...string) {
	t.Helper()
	type cell struct {
		ID             string   `json:"id"`
		CellType       string   `json:"cell_type"`
		Metadata       struct{} `json:"metadata"`
		Source         string   `json:"source"`
		Outputs        []any    `json:"outputs"`
		ExecutionCount *int     `json:"execution_count"`
	}
	nb := map[string]any{
		"nbformat": 4, "nbformat_minor": 5,
		"metadata": map[string]any{"kernelspec": map[string]string{"name": "gonb", "display_name": "Go (gonb)", "language": "go"}},
	}
	var cs []cell
	for i, src := range cells {
		cs = append(cs, cell{ID: fmt.Sprintf("c%d", i), CellType: "code", Source: src, Outputs: []any{}})
	}
	nb["cells"] = cs
	data, err := json.MarshalIndent(nb, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, path, string(data))
}

func mustRead(t testing.TB, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
