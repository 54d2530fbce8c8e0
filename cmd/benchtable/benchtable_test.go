package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const sampleOutput = `goos: linux
goarch: amd64
pkg: github.com/newsroom/displacement/pkg/corpus
cpu: Intel(R) Xeon(R) Processor
BenchmarkScaleExtract         	       1	2000000000 ns/op	 500.00 MB/s	 500.0 MB/cpu-s	 1.0 cpu-util	 1 procs	    205000 files	   1100000 facts
BenchmarkScaleExtract         	       1	2100000000 ns/op	 476.19 MB/s	    205000 files	   1100000 facts
BenchmarkScaleExtract         	       1	1900000000 ns/op	 526.31 MB/s	    205000 files	   1100000 facts
BenchmarkScaleExtract-2       	       1	1050000000 ns/op	 952.38 MB/s	 480.0 MB/cpu-s	 1.98 cpu-util	    205000 files	   1100000 facts
BenchmarkScaleExtract-2       	       1	1100000000 ns/op	 909.09 MB/s	    205000 files	   1100000 facts
BenchmarkScaleReadTree-2      	       1	 500000000 ns/op	2000.00 MB/s
BenchmarkScaleEndToEnd-2      	       1	3000000000 ns/op	 300.0 MB/s	         3.50 x-read	         8.00 df-%	   1000000 facts	       850.0 read-ms	       420.0 peak-MiB	      1075.0 floor-MiB	       578.0 gota-MiB
BenchmarkScaleAggregate/by-category-2         	      20	   5031409 ns/op	   5255152 map-ns/op	         0.9574 x-map
BenchmarkScaleAggregate/by-source-2           	      20	   4200096 ns/op	   4179277 map-ns/op	         2.5 x-map
PASS
ok  	github.com/newsroom/displacement/pkg/corpus	1.057s
`

func parseSample(t *testing.T) results {
	t.Helper()
	r := results{}
	if err := r.parse(strings.NewReader(sampleOutput)); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestParse_Median(t *testing.T) {
	r := parseSample(t)
	for _, tc := range []struct {
		name, unit string
		want       float64
	}{
		{"BenchmarkScaleExtract", "MB/s", 500},                     // median of three
		{"BenchmarkScaleExtract-2", "MB/s", (952.38 + 909.09) / 2}, // even count: mean of the middle two
		{"BenchmarkScaleEndToEnd-2", "peak-MiB", 420},
		{"BenchmarkScaleAggregate/by-source-2", "x-map", 2.5},
	} {
		got, ok := r.median(tc.name, tc.unit)
		if !ok || got != tc.want {
			t.Errorf("median(%s, %s) = %v, %v; want %v", tc.name, tc.unit, got, ok, tc.want)
		}
	}
	if _, ok := r.median("BenchmarkNone", "MB/s"); ok {
		t.Error("median of a missing benchmark reported ok")
	}
}

func TestRows(t *testing.T) {
	r := parseSample(t)
	wc := &measurement{bytes: 600e6, time: time.Second, cpu: 800 * time.Millisecond} // 600 MB/s, 750 MB/cpu-s
	got := map[string]row{}
	for _, x := range rows(r, wc) {
		got[x.metric] = x
	}
	for _, tc := range []struct {
		metric, measured, ok string
	}{
		{"wc -w throughput (floor)", "600 MB/s; 750 MB/cpu-s", ""},
		{"  same, per CPU-second", "500.0 MB/cpu-s = 0.67× wc -w", ""},
		{"  same, cores actually used", "1.98 of 2; 1.92× with 2 free cores", ""},
		{"reading the files only (floor)", "2000 MB/s", ""},
		{"extraction, 1 core (one CPU, GOMAXPROCS=1)", "500 MB/s = 0.83× wc -w", "yes"},
		{"extraction, 2 cores", "931 MB/s = 1.86× one core", "yes"},
		{"end to end files → facts → DataFrame", "3.50× (3.0 s for 1000000 facts)", "yes"},
		{"DataFrame construction share", "8.0%", "yes"},
		{"peak RSS, end to end", "420 MiB", "NO"},
		{"  floor: the facts and their frame alone", "1075 MiB", ""},
		{"  floor: gota alone, 11 required columns", "578 MiB", ""},
		{"aggregation by-category", "0.96× plain map (5.0 ms)", "yes"},
		{"aggregation by-source", "2.50× plain map (4.2 ms)", "NO"},
		{"chart rendering", notMeasured, ""},
	} {
		x, found := got[tc.metric]
		if !found || x.measured != tc.measured || x.ok != tc.ok {
			t.Errorf("row %q = %+v; want measured %q, ok %q", tc.metric, x, tc.measured, tc.ok)
		}
	}
	// A one-core row that ran with more procs gets no verdict.
	two := results{}
	if err := two.parse(strings.NewReader("BenchmarkScaleExtract \t 1\t2000000000 ns/op\t 500.00 MB/s\t 2 procs\n")); err != nil {
		t.Fatal(err)
	}
	for _, x := range rows(two, wc) {
		if strings.HasPrefix(x.metric, "extraction, 1 core") && (x.ok != "" || !strings.Contains(x.measured, "GOMAXPROCS=2: not a one-core figure")) {
			t.Errorf("one-core row run with two procs: %+v", x)
		}
	}
	// Without wc -w, the one-core row shows the throughput but no verdict.
	for _, x := range rows(r, nil) {
		if strings.HasPrefix(x.metric, "extraction, 1 core") && (x.ok != "" || x.measured != "500 MB/s") {
			t.Errorf("without wc: %+v", x)
		}
	}
}

func TestStripProcs(t *testing.T) {
	for in, want := range map[string]string{
		"BenchmarkExtract-2":                    "BenchmarkExtract",
		"BenchmarkExtract":                      "BenchmarkExtract",
		"BenchmarkScaleAggregate/by-month-16":   "BenchmarkScaleAggregate/by-month",
		"BenchmarkScaleAggregate/by-month":      "BenchmarkScaleAggregate/by-month",
		"BenchmarkScaleAggregate/latest-by-src": "BenchmarkScaleAggregate/latest-by-src",
	} {
		if got := stripProcs(in); got != want {
			t.Errorf("stripProcs(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBatches(t *testing.T) {
	args := []string{"aaaa", "bbbb", "cccc", "dddd", "e"}
	got := batches(args, 10) // each arg costs len+1
	if len(got) != 3 || strings.Join(got[0], ",") != "aaaa,bbbb" || strings.Join(got[2], ",") != "e" {
		t.Errorf("batches = %q", got)
	}
	if got := batches([]string{strings.Repeat("x", 50)}, 10); len(got) != 1 {
		t.Errorf("an argument longer than the limit must still get a batch: %q", got)
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "bench.txt")
	if err := os.WriteFile(out, []byte(sampleOutput), 0o644); err != nil {
		t.Fatal(err)
	}
	corpus := filepath.Join(dir, "corpus")
	os.Mkdir(corpus, 0o755)
	for _, name := range []string{"a.txt", "b.txt"} {
		os.WriteFile(filepath.Join(corpus, name), bytes.Repeat([]byte("some words here\n"), 1000), 0o644)
	}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"-corpus", corpus, "-wc-runs", "1", out}, &stdout, &stderr); err != nil {
		t.Fatalf("run: %v (stderr %s)", err, stderr.String())
	}
	table := stdout.String()
	for _, want := range []string{"metric", "wc -w throughput (floor)", "≥ 0.8× wc -w", "peak RSS, end to end", "NO"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
	if err := run(context.Background(), nil, &stdout, &stderr); err == nil {
		t.Error("run without files: no error")
	}
	if err := run(context.Background(), []string{"-corpus", t.TempDir(), out}, &stdout, &stderr); err == nil {
		t.Error("run with an empty corpus: no error")
	}
}

func TestRows_Charts(t *testing.T) {
	r := results{}
	out := `BenchmarkRenderVsJSON/points=1000-2 	 100	  1000 ns/op	 1.80 x-json	 1.10 page/json
BenchmarkRenderVsJSON/points=100000-2 	 10	  1000 ns/op	 3.10 x-json	 1.20 page/json
`
	if err := r.parse(strings.NewReader(out)); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, x := range rows(r, nil) {
		got[x.metric] = x.measured + " " + x.ok
	}
	for metric, want := range map[string]string{
		"chart rendering RenderVsJSON/points=1000":      "1.80× yes",
		"chart rendering RenderVsJSON/points=100000":    "3.10× NO",
		"exported page size RenderVsJSON/points=100000": "1.20× yes",
	} {
		if got[metric] != want {
			t.Errorf("row %q = %q, want %q", metric, got[metric], want)
		}
	}
}
