// Command benchtable prints the scale benchmarks of the project as one
// table: each measured figure next to its target and whether it is met.
//
// It reads the output of `go test -bench` (one or more files), takes the
// median of repeated runs (-count), and, given the benchmark corpus, times
// `wc -w` over the same article files so the extraction throughput can be
// compared with it in the same run.
//
// Usage:
//
//	benchtable [-corpus DIR] [-wc-runs N] FILE...
//
// The benchmarks it knows are BenchmarkScaleExtract (run with -cpu 1,2),
// BenchmarkScaleReadTree, BenchmarkScaleEndToEnd and BenchmarkScaleAggregate
// in pkg/corpus, and any benchmark reporting the metrics x-json (render time
// over encoding/json time) or page/json (exported page size without the
// ECharts library, over the JSON size), as pkg/charts' BenchmarkRenderVsJSON
// does. Rows without data say "not measured".
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
)

func main() {
	log.SetPrefix("benchtable: ")
	log.SetFlags(0)
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			log.Print(err)
		}
		os.Exit(2)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("benchtable", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpusDir := fs.String("corpus", "", "time `wc -w` over the *.txt files of `DIR`")
	wcRuns := fs.Int("wc-runs", 3, "time wc -w this many `times` and take the median")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: benchtable [-corpus DIR] [-wc-runs N] FILE...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("no benchmark output files")
	}
	results := results{}
	for _, name := range fs.Args() {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		err = results.parse(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	var wc *measurement
	if *corpusDir != "" {
		m, err := timeWC(ctx, *corpusDir, *wcRuns)
		if err != nil {
			return err
		}
		wc = &m
	}
	writeTable(stdout, rows(results, wc))
	return nil
}
