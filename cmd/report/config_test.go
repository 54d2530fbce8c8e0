package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestConfigCheck(t *testing.T) {
	dir := t.TempDir()
	nb := filepath.Join(dir, "a.ipynb")
	other := filepath.Join(dir, "sub", "a.ipynb")
	mustWrite(t, nb, "{}")
	mustWrite(t, other, "{}")
	mustWrite(t, filepath.Join(dir, "notes.txt"), "")
	tests := []struct {
		name    string
		cfg     Config
		wantErr string // "" for success
	}{
		{"plain", Config{Notebooks: []string{nb}}, ""},
		{"dates", Config{Notebooks: []string{nb}, From: "2019-01-01", To: "2020-12-31"}, ""},
		{"same day", Config{Notebooks: []string{nb}, From: "2019-05-01", To: "2019-05-01"}, ""},
		{"bad from", Config{Notebooks: []string{nb}, From: "2019-13-01"}, `-from "2019-13-01": want a date`},
		{"day first", Config{Notebooks: []string{nb}, To: "31/12/2020"}, `-to "31/12/2020": want a date`},
		{"from after to", Config{Notebooks: []string{nb}, From: "2020-01-02", To: "2020-01-01"}, "is after -to"},
		{"corpus is a file", Config{Notebooks: []string{nb}, Corpus: filepath.Join(dir, "notes.txt")}, "not a folder"},
		{"corpus missing", Config{Notebooks: []string{nb}, Corpus: filepath.Join(dir, "nope")}, "not a folder"},
		{"not a notebook", Config{Notebooks: []string{filepath.Join(dir, "notes.txt")}}, "not a .ipynb notebook"},
		{"notebook missing", Config{Notebooks: []string{filepath.Join(dir, "b.ipynb")}}, "no such file"},
		{"same report name", Config{Notebooks: []string{nb, other}}, "would both write a.html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.cfg.Root = dir
			err := tt.cfg.check()
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("check(%+v): %v", tt.cfg, err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("check(%+v) = %v, want an error containing %q", tt.cfg, err, tt.wantErr)
			}
		})
	}
}

func TestConfigCheck_AbsoluteCorpus(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.Mkdir("articles", 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := Config{Root: ".", Corpus: "articles"}
	if err := cfg.check(); err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "articles"); cfg.Corpus != want {
		t.Errorf("Corpus = %q, want %q", cfg.Corpus, want)
	}
	if cfg.Root != dir {
		t.Errorf("Root = %q, want %q", cfg.Root, dir)
	}
}

func TestFindModuleRoot(t *testing.T) {
	root := t.TempDir()
	mustWrite(t, filepath.Join(root, "go.mod"), "// a comment\nmodule "+modulePath+"\n\ngo 1.26\n")
	deep := filepath.Join(root, "notebooks", "drafts")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	// A nested module of another name does not stop the walk.
	mustWrite(t, filepath.Join(root, "notebooks", "go.mod"), "module example.com/other\n")
	got, err := findModuleRoot(deep)
	if err != nil || got != root {
		t.Errorf("findModuleRoot(%q) = %q, %v; want %q", deep, got, err, root)
	}
	if _, err := findModuleRoot(t.TempDir()); err == nil {
		t.Error("findModuleRoot outside the module: no error")
	}
}

func TestConfigEnv(t *testing.T) {
	base := []string{"PATH=/bin", "CORPUS=/stale", "FROM=1999-01-01", "HOME=/root", "TO=2000-01-01"}
	tests := []struct {
		name string
		base []string
		cfg  Config
		want []string
	}{
		{"all set", base, Config{Root: "/repo", Corpus: "/data", From: "2019-01-01", To: "2020-12-31"},
			[]string{"PATH=/bin", "HOME=/root", "DISPLACEMENT_ROOT=/repo", "CORPUS=/data", "FROM=2019-01-01", "TO=2020-12-31", "NBFORMAT_VALIDATOR=jsonschema"}},
		{"unset ones are removed", base, Config{Root: "/repo"},
			[]string{"PATH=/bin", "HOME=/root", "DISPLACEMENT_ROOT=/repo", "NBFORMAT_VALIDATOR=jsonschema"}},
		{"validator chosen by the caller", []string{"NBFORMAT_VALIDATOR=fastjsonschema"}, Config{Root: "/repo"},
			[]string{"NBFORMAT_VALIDATOR=fastjsonschema", "DISPLACEMENT_ROOT=/repo"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.cfg.env(tt.base); !slices.Equal(got, tt.want) {
				t.Errorf("env(%q) = %q, want %q", tt.base, got, tt.want)
			}
		})
	}
}

func TestParseFlags(t *testing.T) {
	var stderr strings.Builder
	if _, err := parseFlags([]string{"-nope"}, &stderr); err != errUsage {
		t.Errorf("parseFlags(-nope) = %v, want errUsage", err)
	}
	if !strings.Contains(stderr.String(), "Usage: report") {
		t.Errorf("usage not printed on a bad flag: %q", stderr.String())
	}
	cfg, err := parseFlags([]string{"-hide-code", "-from", "2019-01-01", "-root", "../..", "testdata/ok.ipynb"}, &stderr)
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.HideCode || cfg.From != "2019-01-01" || !slices.Equal(cfg.Notebooks, []string{"testdata/ok.ipynb"}) {
		t.Errorf("parseFlags gave %+v", cfg)
	}
}

// mustWrite writes a file, creating its folder.
func mustWrite(t testing.TB, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
