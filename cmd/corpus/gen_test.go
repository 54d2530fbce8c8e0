package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
	}{
		{"4096", 4096},
		{"1GB", 1_000_000_000},
		{"1gb", 1_000_000_000},
		{"200MB", 200_000_000},
		{"1.5GiB", 3 << 29},
		{"64KiB", 64 << 10},
		{"10k", 10_000},
		{" 2 MB ", 2_000_000},
		{"512B", 512},
	} {
		got, err := parseSize(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "GB", "-1MB", "0", "1TB", "1e20GB", "ten"} {
		if got, err := parseSize(bad); err == nil {
			t.Errorf("parseSize(%q) = %d, want an error", bad, got)
		}
	}
}

func TestGen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"gen", "--articles", "12", "--seed", "5", "--out", dir}, &stdout, &stderr)
	if err != nil {
		t.Fatalf("gen: %v; stderr %s", err, stderr.String())
	}
	if !strings.HasPrefix(stdout.String(), "wrote 12 articles") {
		t.Errorf("stdout = %q, want a summary starting with %q", stdout.String(), "wrote 12 articles")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) != 12 {
		t.Errorf("%d article files, want 12", len(files))
	}
	golden, err := os.ReadFile(filepath.Join(dir, "facts.golden.csv"))
	if err != nil || !strings.HasPrefix(string(golden), "article,published,category,value,value_high,qualifier,") {
		t.Errorf("facts.golden.csv: %v, starts %.60q", err, golden)
	}

	// The same seed again gives the same files.
	dir2 := filepath.Join(t.TempDir(), "again")
	if err := run(context.Background(), []string{"gen", "--articles=12", "--seed=5", "--out=" + dir2}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	for _, f := range append(files, filepath.Join(dir, "facts.golden.csv"), filepath.Join(dir, "metadata.csv")) {
		a, _ := os.ReadFile(f)
		b, err := os.ReadFile(filepath.Join(dir2, filepath.Base(f)))
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs with seed 5 (%v)", filepath.Base(f), err)
		}
	}
}

func TestGen_Bytes(t *testing.T) {
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"gen", "--bytes", "40KB", "--out", dir}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var size int64
	for _, f := range files {
		st, _ := os.Stat(f)
		size += st.Size()
	}
	if size < 40_000 || size > 60_000 {
		t.Errorf("--bytes 40KB wrote %d bytes in %d files", size, len(files))
	}
}

func TestGen_BadArgs(t *testing.T) {
	for _, args := range [][]string{
		{"gen"},                                 // no --out
		{"gen", "--out", "x", "--bytes", "1TB"}, // bad size
		{"gen", "--out", "x", "--articles", "-3"},
		{"gen", "--out", "x", "extra"},
		{"gen", "--nosuchflag"},
	} {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), args, &stdout, &stderr)
		if !errors.Is(err, errUsage) || stderr.Len() == 0 {
			t.Errorf("run(%q) = %v with stderr %q; want a usage error explained on stderr", args, err, stderr.String())
		}
	}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"gen", "--help"}, &stdout, &stderr); err != nil ||
		!strings.Contains(stderr.String(), "facts.golden.csv") {
		t.Errorf("gen --help = %v, output %q; want the usage", err, stderr.String())
	}
}
