package main

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestFirstLine(t *testing.T) {
	tests := []struct{ name, source, want string }{
		{"plain", "x := 1\ny := 2", "x := 1"},
		{"main marker skipped", "%%\n\npanic(\"boom\")\n", `panic("boom")`},
		{"indented", "\n   \tfmt.Println(1)  \n", "fmt.Println(1)"},
		{"comment kept", "// Load the corpus.\nc := load()", "// Load the corpus."},
		{"only marker", "%%\n", ""},
		{"imports skipped", "import \"cmp\"\n\n%%\nx := cmp.Compare(1, 2)", "x := cmp.Compare(1, 2)"},
		{"import block skipped", "import (\n\t\"maps\"\n\t\"slices\"\n)\n%%\nkeys := slices.Sorted(maps.Keys(m))", "keys := slices.Sorted(maps.Keys(m))"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := firstLine(tt.source); got != tt.want {
				t.Errorf("firstLine(%q) = %q, want %q", tt.source, got, tt.want)
			}
		})
	}
}

func TestFailureError(t *testing.T) {
	tests := []struct {
		name string
		f    Failure
		want string
	}{
		{"cell", Failure{Notebook: "notebooks/a.ipynb", Cell: 4, ExecutionCount: 3, FirstLine: `panic("x")`, Err: "ERROR: exit status 2\npanic: x\n"},
			"notebooks/a.ipynb: cell 4 (In [3]) `panic(\"x\")`: ERROR: exit status 2\n    panic: x"},
		{"no count", Failure{Notebook: "a.ipynb", Cell: 2, FirstLine: "f()", Err: "boom"},
			"a.ipynb: cell 2 `f()`: boom"},
		{"no cell", Failure{Notebook: "a.ipynb", Err: "nbconvert stopped"},
			"a.ipynb: nbconvert stopped"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
		})
	}
}

// notebookJSON is a notebook with three cells; cell sources are written
// both ways nbformat allows.
const notebookJSON = `{"cells": [
 {"cell_type": "markdown", "source": "# Title"},
 {"cell_type": "code", "source": ["%%\n", "ok()"]},
 {"cell_type": "code", "source": ["%%\n", "\n", "fail(\"x\")\n", "more()"]}
], "nbformat": 4}`

func TestCellFailure(t *testing.T) {
	dir := t.TempDir()
	nb := filepath.Join(dir, "n.ipynb")
	mustWrite(t, nb, notebookJSON)
	tests := []struct {
		name   string
		report string
		want   *Failure // nil: no failure
	}{
		{"no marker", `<html><pre>all good</pre></html>`, nil},
		{"panic", `<div><script type="application/json" class="report-cell-error">{"cell": 2, "execution_count": 2, "ename": "ERROR", "evalue": "exit status 2", "stderr": "\u001b[31mpanic: x\u001b[0m\n\ngoroutine 1\n", "error_html": ""}</script></div>`,
			&Failure{Notebook: nb, Cell: 3, ExecutionCount: 2, FirstLine: `fail("x")`, Err: "ERROR: exit status 2\npanic: x\ngoroutine 1"}},
		{"compile error shown as HTML", `<script type="application/json" class="report-cell-error">{"cell": 1, "execution_count": null, "ename": "ERROR", "evalue": "ERROR", "stderr": "",
			"error_html": "<style>.x{}</style><div><span class=\"gonb-cell-line-info\">Cell[1]: Line 2</span> undefined: ok<div class=\"gonb-err-context\">\nfunc main() {\n<div class=\"gonb-err-line\">ok()\n</div>\n}\n</div></div>"}</script>`,
			&Failure{Notebook: nb, Cell: 2, FirstLine: "ok()", Err: "ERROR\nCell[1]: Line 2 undefined: ok"}},
		{"first of two", `<script type="application/json" class="report-cell-error">{"cell": 1, "execution_count": 1, "ename": "E1", "evalue": "", "stderr": ""}</script>` +
			`<script type="application/json" class="report-cell-error">{"cell": 2, "execution_count": 2, "ename": "E2", "evalue": "", "stderr": ""}</script>`,
			&Failure{Notebook: nb, Cell: 2, ExecutionCount: 1, FirstLine: "ok()", Err: "E1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			report := filepath.Join(dir, "r.html")
			mustWrite(t, report, tt.report)
			got, err := cellFailure(nb, report)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tt.want == nil && got != nil:
				t.Errorf("cellFailure = %+v, want none", got)
			case tt.want != nil && (got == nil || *got != *tt.want):
				t.Errorf("cellFailure = %+v,\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestAborted(t *testing.T) {
	dir := t.TempDir()
	nb := filepath.Join(dir, "n.ipynb")
	mustWrite(t, nb, notebookJSON)
	logs := `[NbConvertApp] Converting notebook n.ipynb to html
Traceback (most recent call last):
  File "/usr/bin/jupyter-nbconvert", line 33, in <module>
    sys.exit(main())
nbclient.exceptions.CellTimeoutError: A cell timed out while it was being executed, after 3 seconds.
Here is a preview of the cell contents:
-------------------
%%

fail("x")
more()
-------------------
`
	f := aborted(nb, logs, errors.New("exit status 1"))
	if f.Cell != 3 || f.FirstLine != `fail("x")` {
		t.Errorf("aborted found cell %d %q, want 3 %q", f.Cell, f.FirstLine, `fail("x")`)
	}
	if !strings.HasPrefix(f.Err, "nbconvert stopped (exit status 1):\nnbclient.exceptions.CellTimeoutError: A cell timed out") {
		t.Errorf("aborted error starts %q, want nbconvert stopped, then the exception line", f.Err)
	}
	if strings.Contains(f.Err, "sys.exit") {
		t.Errorf("aborted error keeps the Python stack: %q", f.Err)
	}

	f = aborted(nb, "jupyter: no such kernel\n", nil)
	if f.Cell != 0 || f.Err != "nbconvert stopped:\njupyter: no such kernel" {
		t.Errorf("aborted without a quoted cell = %+v", f)
	}
}

func TestLastLines(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"a\n\nb\nc\n", 5, "a\nb\nc"},
		{"a\nb\nc\nd", 2, "...\nc\nd"},
		{"  \n\t\n", 3, ""},
	}
	for _, tt := range tests {
		if got := lastLines(tt.in, tt.n); got != tt.want {
			t.Errorf("lastLines(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
