// Command report reruns every notebook headlessly through Jupyter and the
// GoNB kernel and writes one HTML report per notebook.
//
// Notebooks run in sorted order, all in one "jupyter nbconvert --execute"
// process (one Python start-up for the whole run). Each report is written to
// a temporary file and moved to OUT/NAME.html only when every cell of its
// notebook succeeded; the report of a failed notebook is deleted, never left
// looking complete. On failure report exits with status 1 and names the
// notebook, the failing cell (its position, counting every cell from 1, its
// In [n] number and its first line) and the error.
//
// Parameters reach the notebooks through the environment: DISPLACEMENT_ROOT
// (the module root), CORPUS (made absolute against the current directory),
// FROM and TO (YYYY-MM-DD). The notebooks' setup cell reads them.
//
// Usage:
//
//	report [flags] [NOTEBOOK.ipynb ...]
//
// Without arguments it runs notebooks/*.ipynb. Flags:
//
//	-out DIR       where reports go (default "reports")
//	-corpus DIR    corpus folder for the notebooks (default: their own, data/articles)
//	-from DATE     only figures published on or after DATE (YYYY-MM-DD)
//	-to DATE       only figures published on or before DATE
//	-hide-code     reports without code cells (nbconvert --no-input)
//	-timeout D     limit for one cell (default 15m; the first cold build is slow)
//	-v             show nbconvert's and the kernels' logs as they come
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
)

func main() {
	log.SetPrefix("report: ")
	log.SetFlags(0)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	switch {
	case err == nil:
	case errors.Is(err, errUsage):
		os.Exit(2)
	default:
		log.Print(err)
		os.Exit(1)
	}
}

// errUsage marks wrong arguments; the flag package has already said why.
var errUsage = errors.New("usage")

// run parses the arguments, runs the notebooks and prints one line per
// report written and one block per failure.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	res, err := Run(ctx, cfg)
	for _, r := range res.Written {
		fmt.Fprintln(stdout, r)
	}
	for _, f := range res.Failed {
		fmt.Fprintf(stderr, "FAIL %v\n", f)
	}
	if err != nil {
		return err
	}
	if n := len(res.Failed); n > 0 {
		return fmt.Errorf("%d of %d notebooks failed", n, len(cfg.Notebooks))
	}
	return nil
}
