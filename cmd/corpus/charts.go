package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsroom/displacement/pkg/charts"
	"github.com/newsroom/displacement/pkg/corpus"
)

func init() {
	register(command{
		name:    "chart",
		summary: "write one chart (displacement, refugees, sources or killed) as a standalone HTML file",
		run:     runChart,
	})
	register(command{
		name:    "charts",
		summary: "write every chart, each in its own HTML file, plus index.html with all of them",
		run:     runCharts,
	})
}

// loadFacts reads the facts and articles of a corpus folder; tests replace
// it. ok says whether there is a corpus to chart: Load returns the good
// files with an error naming the bad ones.
var loadFacts = func(dir string) (facts []corpus.Fact, articles []corpus.Article, ok bool, err error) {
	c, err := corpus.Load(dir)
	if c == nil {
		return nil, nil, false, err
	}
	return c.FactList(), c.ArticleList(), true, err
}

// chartKind is a chart the command line can name.
type chartKind struct {
	name string
	make func([]corpus.Fact, []corpus.Article, ...charts.Option) *charts.Chart
}

// chartKinds maps the chart names of the command line to constructors, in
// the order the charts command writes them.
var chartKinds = []chartKind{
	{"displacement", charts.Displacement},
	{"refugees", charts.Refugees},
	{"sources", charts.Sources},
	{"killed", charts.Killed},
}

func kindNames() string {
	var names []string
	for _, k := range chartKinds {
		names = append(names, k.name)
	}
	return strings.Join(names, "|")
}

const chartUsage = `Usage: corpus chart KIND --out FILE.html [flags] [DIR]

Chart loads the corpus in DIR (default data/articles) and writes one chart
of its figures to FILE.html, a self-contained page with the ECharts library
inlined: it opens offline, from disk, with no network request. KIND is one
of displacement, refugees, sources, killed.

Flags:
`

const chartsUsage = `Usage: corpus charts --out DIR [flags] [CORPUS]

Charts loads the corpus in CORPUS (default data/articles) and writes into DIR
(created if needed) displacement.html, refugees.html, sources.html and
killed.html, and index.html holding all four. Every page is self-contained
and opens offline.

Flags:
`

// chartFlags are the options both commands share.
type chartFlags struct {
	bySource bool
	logScale bool
	cdn      string
}

// newChartFlags returns the flag set of a chart command, with the flags
// both commands share registered and its usage text set.
func newChartFlags(name, usage string, stderr io.Writer) (*flag.FlagSet, *chartFlags) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	cf := new(chartFlags)
	cf.register(fs)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	return fs, cf
}

func (f *chartFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&f.bySource, "by-source", false, "one series per source instead of per category or host country")
	fs.BoolVar(&f.logScale, "log", false, "draw figures on a logarithmic axis")
	fs.StringVar(&f.cdn, "cdn", "", "load ECharts from `URL` instead of inlining it (the page then needs the network)")
}

func (f *chartFlags) options() []charts.Option {
	var opts []charts.Option
	if f.bySource {
		opts = append(opts, charts.BySource())
	}
	if f.logScale {
		opts = append(opts, charts.WithLogScale())
	}
	return opts
}

func runChart(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, cf := newChartFlags("chart", chartUsage, stderr)
	out := fs.String("out", "", "write the chart to `FILE` (required)")
	title := fs.String("title", "", "chart `TITLE` (default: one that says what the chart shows)")
	pos, err := parseArgs(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return errUsage
	}
	k := -1
	if len(pos) > 0 {
		k = slices.IndexFunc(chartKinds, func(c chartKind) bool { return c.name == pos[0] })
	}
	switch {
	case len(pos) == 0:
		err = fmt.Errorf("missing KIND (%s)", kindNames())
	case k < 0:
		err = fmt.Errorf("unknown chart %q (want %s)", pos[0], kindNames())
	case *out == "":
		err = errors.New("--out is required")
	case len(pos) > 2:
		err = fmt.Errorf("unexpected argument %q", pos[2])
	}
	if err != nil {
		return usageError(fs, err)
	}
	dir := defaultDir
	if len(pos) == 2 {
		dir = pos[1]
	}
	facts, articles, err := load(dir, stderr)
	if err != nil { // no corpus at all
		return err
	}
	opts := cf.options()
	if *title != "" {
		opts = append(opts, charts.WithTitle(*title))
	}
	chart := chartKinds[k].make(facts, articles, opts...)
	if err := (charts.Page{CDN: cf.cdn}).Save(*out, chart); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %s chart, %d figures\n", *out, chart.Kind(), chart.Figures())
	return nil
}

func runCharts(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, cf := newChartFlags("charts", chartsUsage, stderr)
	out := fs.String("out", "", "write the pages into `DIR` (required)")
	title := fs.String("title", "Displacement, refugee and casualty figures", "`TITLE` of index.html")
	pos, err := parseArgs(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return errUsage
	}
	switch {
	case *out == "":
		err = errors.New("--out is required")
	case len(pos) > 1:
		err = fmt.Errorf("unexpected argument %q", pos[1])
	}
	if err != nil {
		return usageError(fs, err)
	}
	dir := defaultDir
	if len(pos) == 1 {
		dir = pos[0]
	}
	facts, articles, err := load(dir, stderr)
	if err != nil { // no corpus at all
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	var all []*charts.Chart
	for _, k := range chartKinds {
		chart := k.make(facts, articles, cf.options()...)
		path := filepath.Join(*out, k.name+".html")
		if err := (charts.Page{CDN: cf.cdn}).Save(path, chart); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: %s chart, %d figures\n", path, chart.Kind(), chart.Figures())
		all = append(all, chart)
	}
	index := filepath.Join(*out, "index.html")
	if err := (charts.Page{Title: *title, CDN: cf.cdn}).Save(index, all...); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: all %d charts\n", index, len(all))
	return nil
}

// load reads the corpus. When some files cannot be loaded, it reports them
// on stderr and returns the good ones with the error, which the command
// returns after writing its output (exit status 1). When there is no
// corpus at all, it returns only the error.
func load(dir string, stderr io.Writer) ([]corpus.Fact, []corpus.Article, error) {
	facts, articles, ok, err := loadFacts(dir)
	if !ok {
		if err == nil {
			err = fmt.Errorf("load %s: no corpus", dir)
		}
		return nil, nil, err
	}
	if err != nil {
		// As for the tables: the bad files are reported, the good ones charted,
		// and the exit status stays zero unless nothing could be loaded.
		fmt.Fprintf(stderr, "corpus: some files could not be loaded; charting the others:\n%v\n", err)
	}
	if facts == nil {
		facts = []corpus.Fact{} // a corpus without facts: charts say so
	}
	return facts, articles, nil
}
