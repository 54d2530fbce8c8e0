package main

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// The speed targets of make report, on a 2-core machine with Go's build
// cache warm (run each benchmark once first, or after make report):
//
//	BenchmarkReport      a rerun of every notebook: at most 15 s per op
//	BenchmarkChartCell   a cell that displays a chart: under 1 s
//
//	go test -run '^$' -bench . -benchtime 3x ./cmd/report

// BenchmarkReport reruns every notebook in notebooks/ into a temporary
// folder, as make report does.
func BenchmarkReport(b *testing.B) {
	notebooks, err := filepath.Glob("../../notebooks/*.ipynb")
	if err != nil || len(notebooks) == 0 {
		b.Fatalf("no notebooks: %v", err)
	}
	slices.Sort(notebooks)
	out := b.TempDir()
	for b.Loop() {
		res, err := Run(context.Background(), Config{Notebooks: notebooks, OutDir: out, Root: "../.."})
		if err != nil || len(res.Failed) > 0 {
			b.Fatalf("Run: %v %v", err, res.Failed)
		}
	}
}

// BenchmarkChartCell reports how long a warm cell that displays a chart
// takes, as s/chart-cell: it runs the setup cell alone, then the setup cell
// and five chart cells (each slightly different, so that nothing is reused
// but Go's build cache), and divides the difference by five. It counts the
// HTML conversion of the chart too, so it errs on the slow side.
func BenchmarkChartCell(b *testing.B) {
	const cells = 5
	dir := b.TempDir()
	setup := setupCell(b)
	alone, charted := filepath.Join(dir, "alone.ipynb"), filepath.Join(dir, "charted.ipynb")
	writeNotebook(b, alone, setup)
	sources := []string{setup}
	for i := range cells {
		sources = append(sources, fmt.Sprintf("%%%%\n// chart cell %d\n"+
			"if err := charts.Display(charts.Displacement(period.Apply(c.FactList()), c.ArticleList())); err != nil {\n\tpanic(err)\n}", i))
	}
	writeNotebook(b, charted, sources...)
	run := func(nb string) time.Duration {
		start := time.Now()
		res, err := Run(context.Background(), Config{Notebooks: []string{nb}, OutDir: filepath.Join(dir, "out"), Root: "../.."})
		if err != nil || len(res.Failed) > 0 {
			b.Fatalf("Run %s: %v %v", nb, err, res.Failed)
		}
		return time.Since(start)
	}
	var perCell time.Duration
	for b.Loop() {
		perCell += (run(charted) - run(alone)) / cells
	}
	b.ReportMetric(perCell.Seconds()/float64(b.N), "s/chart-cell")
}
