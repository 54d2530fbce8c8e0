package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
)

// Config says which notebooks to rerun and how. Run fills in the zero
// values it documents.
type Config struct {
	// Notebooks are the .ipynb files to run, in this order. Their base
	// names must differ: each gives OutDir/NAME.html.
	Notebooks []string
	// OutDir receives the reports; created when missing. Zero: "reports".
	OutDir string
	// Root is the module root, passed to the notebooks as
	// DISPLACEMENT_ROOT. Zero: found by walking up from the current
	// directory to the go.mod of the module.
	Root string
	// Corpus is the corpus folder, passed as an absolute CORPUS.
	// Zero: CORPUS is unset and the notebooks use their default.
	Corpus string
	// From and To bound the publication dates (YYYY-MM-DD), passed as
	// FROM and TO. Zero: unset, no bound.
	From, To string
	// HideCode leaves code cells out of the reports.
	HideCode bool
	// CellTimeout limits one cell. Zero: 15 minutes.
	CellTimeout time.Duration
	// Kernel is the Jupyter kernel name. Zero: "gonb".
	Kernel string
	// Jupyter is the jupyter command, possibly with arguments
	// ("python3 -m jupyter"). Zero: "jupyter".
	Jupyter string
	// Log receives nbconvert's and the kernels' output as it comes.
	// Nil: it is kept and shown only in the error of a notebook that
	// could not run to the end.
	Log io.Writer
}

// modulePath is the module whose root the notebooks build against.
const modulePath = "github.com/newsroom/displacement"

// parseFlags reads the command line into a Config with absolute paths and
// checked parameters.
func parseFlags(args []string, stderr io.Writer) (Config, error) {
	var cfg Config
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: report [flags] [NOTEBOOK.ipynb ...]\n\n"+
			"Reruns the notebooks (default notebooks/*.ipynb) into OUT/NAME.html.\n\n")
		fs.PrintDefaults()
	}
	fs.StringVar(&cfg.OutDir, "out", "reports", "directory for the reports")
	fs.StringVar(&cfg.Corpus, "corpus", "", "corpus folder passed to the notebooks as CORPUS (default: theirs)")
	fs.StringVar(&cfg.From, "from", "", "earliest publication date, YYYY-MM-DD, passed as FROM")
	fs.StringVar(&cfg.To, "to", "", "latest publication date, YYYY-MM-DD, passed as TO")
	fs.BoolVar(&cfg.HideCode, "hide-code", false, "leave code cells out of the reports")
	fs.DurationVar(&cfg.CellTimeout, "timeout", 15*time.Minute, "time limit for one cell")
	fs.StringVar(&cfg.Kernel, "kernel", "gonb", "Jupyter kernel name")
	fs.StringVar(&cfg.Jupyter, "jupyter", "jupyter", `jupyter command, possibly with arguments ("python3 -m jupyter")`)
	fs.StringVar(&cfg.Root, "root", "", "module root (default: found from the current directory)")
	verbose := fs.Bool("v", false, "show nbconvert's and the kernels' logs")
	if err := fs.Parse(args); err != nil {
		return cfg, errUsage // the flag package has said why
	}
	if *verbose {
		cfg.Log = stderr
	}
	cfg.Notebooks = fs.Args()
	if len(cfg.Notebooks) == 0 {
		nbs, err := filepath.Glob(filepath.Join("notebooks", "*.ipynb"))
		if err != nil {
			return cfg, err
		}
		if len(nbs) == 0 {
			return cfg, errors.New("no notebooks/*.ipynb here; run from the repository root or name the notebooks")
		}
		sort.Strings(nbs)
		cfg.Notebooks = nbs
	}
	return cfg, cfg.check()
}

// check validates the parameters and makes Root and Corpus absolute.
func (cfg *Config) check() error {
	for _, d := range []struct{ name, value string }{{"from", cfg.From}, {"to", cfg.To}} {
		if d.value == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.value); err != nil {
			return fmt.Errorf("-%s %q: want a date like 2019-12-31", d.name, d.value)
		}
	}
	if cfg.From != "" && cfg.To != "" && cfg.From > cfg.To {
		return fmt.Errorf("-from %s is after -to %s", cfg.From, cfg.To)
	}
	if cfg.Corpus != "" {
		abs, err := filepath.Abs(cfg.Corpus)
		if err != nil {
			return err
		}
		if fi, err := os.Stat(abs); err != nil || !fi.IsDir() {
			return fmt.Errorf("corpus %s: not a folder", cfg.Corpus)
		}
		cfg.Corpus = abs
	}
	if cfg.Root == "" {
		wd, err := os.Getwd()
		if err != nil {
			return err
		}
		root, err := findModuleRoot(wd)
		if err != nil {
			return err
		}
		cfg.Root = root
	}
	root, err := filepath.Abs(cfg.Root)
	if err != nil {
		return err
	}
	cfg.Root = root
	seen := map[string]string{}
	for _, nb := range cfg.Notebooks {
		if !strings.HasSuffix(nb, ".ipynb") {
			return fmt.Errorf("%s: not a .ipynb notebook", nb)
		}
		if _, err := os.Stat(nb); err != nil {
			return err
		}
		name := reportName(nb)
		if other, dup := seen[name]; dup {
			return fmt.Errorf("%s and %s would both write %s.html", other, nb, name)
		}
		seen[name] = nb
	}
	return nil
}

// findModuleRoot walks up from dir to the directory whose go.mod declares
// modulePath.
func findModuleRoot(dir string) (string, error) {
	for d := dir; ; d = filepath.Dir(d) {
		data, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil && declaresModule(string(data)) {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no go.mod of %s in %s or above; use -root", modulePath, dir)
		}
	}
}

// declaresModule reports whether a go.mod text declares modulePath.
func declaresModule(gomod string) bool {
	for _, line := range strings.Split(gomod, "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && f[0] == "module" && strings.Trim(f[1], `"`) == modulePath {
			return true
		}
	}
	return false
}

// reportName is the notebook's base name without ".ipynb".
func reportName(notebook string) string {
	return strings.TrimSuffix(filepath.Base(notebook), ".ipynb")
}

// env returns base with the notebook parameters set, or removed when
// empty, so that a stray variable in the caller's environment cannot leak
// into a report. It also makes nbformat validate with jsonschema unless
// base chooses: nbconvert validates a notebook after each of its ten or so
// steps, and nbformat's default (fastjsonschema) compiles the schema anew
// every time, about half a second per notebook.
func (cfg *Config) env(base []string) []string {
	set := map[string]string{
		"DISPLACEMENT_ROOT": cfg.Root,
		"CORPUS":            cfg.Corpus,
		"FROM":              cfg.From,
		"TO":                cfg.To,
	}
	out := make([]string, 0, len(base)+len(set))
	for _, kv := range base {
		k, _, _ := strings.Cut(kv, "=")
		if _, ours := set[k]; !ours {
			out = append(out, kv)
		}
	}
	for _, k := range []string{"DISPLACEMENT_ROOT", "CORPUS", "FROM", "TO"} {
		if v := set[k]; v != "" {
			out = append(out, k+"="+v)
		}
	}
	if !slices.ContainsFunc(base, func(kv string) bool { return strings.HasPrefix(kv, "NBFORMAT_VALIDATOR=") }) {
		out = append(out, "NBFORMAT_VALIDATOR=jsonschema")
	}
	return out
}
