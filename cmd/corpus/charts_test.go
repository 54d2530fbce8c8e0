package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/displacement/pkg/corpus"
)

// fakeCorpus makes loadFacts return a small corpus for dir "fixture", an
// error naming a bad file plus the good ones for "partial", and no corpus
// for anything else.
func fakeCorpus(t *testing.T) {
	t.Helper()
	day := time.Date(2019, 5, 31, 0, 0, 0, 0, time.UTC)
	articles := []corpus.Article{{Name: "a", Title: "Thousands flee", Published: day}}
	facts := []corpus.Fact{
		{Article: "a", Published: day, Category: corpus.Displaced, Value: 200000, Qualifier: corpus.AtLeast, Source: "U.N.", Sentence: "s1", Start: 1},
		{Article: "a", Published: day, Category: corpus.Displaced, Value: 300000, Qualifier: corpus.AtLeast, Source: "UOSSM", Sentence: "s2", Start: 2},
		{Article: "a", Published: day, Category: corpus.Refugees, Value: 3600000, Location: "Turkey", Source: "reporter", Sentence: "s3", Start: 3},
	}
	old := loadFacts
	t.Cleanup(func() { loadFacts = old })
	loadFacts = func(dir string) ([]corpus.Fact, []corpus.Article, bool, error) {
		switch dir {
		case "fixture":
			return facts, articles, true, nil
		case "partial":
			return facts, articles, true, errors.New("partial/bad.txt:3:1: no date")
		}
		return nil, nil, false, errors.New("corpus: load " + dir + ": no such directory")
	}
}

func runCmd(args ...string) (stdout, stderr string, err error) {
	var out, errb bytes.Buffer
	err = run(context.Background(), args, &out, &errb)
	return out.String(), errb.String(), err
}

func TestChartCommand(t *testing.T) {
	fakeCorpus(t)
	dir := t.TempDir()
	at := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name    string
		args    []string
		file    string // written page
		kind    string // its data-chart
		wantErr error  // errUsage, or nil
		errText string // in the error or stderr
	}{
		{"displacement", []string{"chart", "displacement", "--out", at("d.html"), "fixture"}, at("d.html"), "displacement", nil, ""},
		{"flags after DIR", []string{"chart", "refugees", "fixture", "--out", at("r.html"), "--by-source"}, at("r.html"), "refugees", nil, ""},
		{"sources", []string{"chart", "--out", at("s.html"), "sources", "fixture"}, at("s.html"), "sources", nil, ""},
		{"killed with title and log", []string{"chart", "killed", "--title", "Toll", "--log", "--out", at("k.html"), "fixture"}, at("k.html"), "killed", nil, ""},
		{"missing kind", []string{"chart", "--out", at("x.html")}, "", "", errUsage, "missing KIND"},
		{"unknown kind", []string{"chart", "deaths", "--out", at("x.html")}, "", "", errUsage, `unknown chart "deaths"`},
		{"missing out", []string{"chart", "killed", "fixture"}, "", "", errUsage, "--out is required"},
		{"extra argument", []string{"chart", "killed", "--out", at("x.html"), "a", "b"}, "", "", errUsage, `unexpected argument "b"`},
		{"bad flag", []string{"chart", "killed", "--nope"}, "", "", errUsage, "flag provided but not defined"},
		{"no corpus", []string{"chart", "killed", "--out", at("x.html"), "missing"}, "", "", nil, "no such directory"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, err := runCmd(tc.args...)
			if tc.errText != "" {
				if err == nil || tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				if !strings.Contains(err.Error()+stderr, tc.errText) {
					t.Errorf("error %q, stderr %q: want %q", err, stderr, tc.errText)
				}
				return
			}
			if err != nil {
				t.Fatalf("%v: %v\n%s", tc.args, err, stderr)
			}
			checkPage(t, tc.file, tc.kind, 1)
			if !strings.Contains(stdout, tc.file) {
				t.Errorf("stdout %q does not name %s", stdout, tc.file)
			}
		})
	}
}

// checkPage reads an exported page and checks it holds n charts, the first
// of the given kind, with the library inlined and nothing loaded from the
// network.
func checkPage(t *testing.T, path, kind string, n int) {
	t.Helper()
	page, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(string(page), `<div class="newsroom-chart"`); got != n {
		t.Errorf("%s: %d charts, want %d", path, got, n)
	}
	if !strings.Contains(string(page), `data-chart="`+kind+`"`) {
		t.Errorf("%s: no %s chart", path, kind)
	}
	if regexp.MustCompile(`(?i)<(script|link)[^>]+(src|href)=`).Match(page) {
		t.Errorf("%s references external files", path)
	}
	if !strings.Contains(string(page), "Apache Software Foundation") {
		t.Errorf("%s: ECharts is not inlined", path)
	}
}

func TestChartsCommand(t *testing.T) {
	fakeCorpus(t)
	dir := filepath.Join(t.TempDir(), "new", "charts")
	stdout, stderr, err := runCmd("charts", "--out", dir, "fixture")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	for _, k := range []string{"displacement", "refugees", "sources", "killed"} {
		checkPage(t, filepath.Join(dir, k+".html"), k, 1)
	}
	checkPage(t, filepath.Join(dir, "index.html"), "displacement", 4)
	if n := strings.Count(stdout, "\n"); n != 5 {
		t.Errorf("stdout has %d lines, want 5:\n%s", n, stdout)
	}

	for _, bad := range [][]string{{"charts"}, {"charts", "--out", dir, "a", "b"}} {
		if _, _, err := runCmd(bad...); !errors.Is(err, errUsage) {
			t.Errorf("%q: err = %v, want usage", bad, err)
		}
	}
}

func TestChartsCommand_PartialCorpus(t *testing.T) {
	fakeCorpus(t)
	dir := t.TempDir()
	_, stderr, err := runCmd("charts", "--out", dir, "partial")
	if err != nil {
		t.Errorf("err = %v, want nil: a partial corpus is charted, its bad files reported", err)
	}
	if !strings.Contains(stderr, "partial/bad.txt:3:1") || !strings.Contains(stderr, "charting the others") {
		t.Errorf("stderr %q does not explain", stderr)
	}
	checkPage(t, filepath.Join(dir, "index.html"), "sources", 4) // written anyway
}

func TestChartCommand_NoECharts(t *testing.T) {
	fakeCorpus(t)
	t.Setenv("ECHARTS_JS", filepath.Join(t.TempDir(), "none.js"))
	_, _, err := runCmd("chart", "killed", "--out", filepath.Join(t.TempDir(), "k.html"), "fixture")
	if err == nil || !strings.Contains(err.Error(), "make setup-js") {
		t.Errorf("err = %v, want the install hint", err)
	}
}

// TestChartsCommand_Seeds runs the command on the seed corpus with the real
// loader.
func TestChartsCommand_Seeds(t *testing.T) {
	dir := t.TempDir()
	stdout, stderr, err := runCmd("charts", "--out", dir, filepath.Join("..", "..", "data", "articles"))
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	checkPage(t, filepath.Join(dir, "index.html"), "displacement", 4)
	// The seeds hold displacement, refugee and death figures.
	for _, k := range []string{"displacement", "refugees", "killed"} {
		if strings.Contains(stdout, k+".html: "+k+" chart, 0 figures") {
			t.Errorf("empty %s chart from the seeds:\n%s", k, stdout)
		}
	}
}
