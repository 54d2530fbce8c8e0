package main

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// reportTemplate is the nbconvert template of every report; see the
// comment at its top.
//
//go:embed report.html.j2
var reportTemplate []byte

// Result lists what a run produced, in notebook order.
type Result struct {
	Written []string   // paths of the reports written
	Failed  []*Failure // notebooks whose report was not written
}

// Run executes cfg.Notebooks and moves each report into cfg.OutDir once
// its notebook ran without a cell error. A notebook that failed loses any
// report left from an earlier run and is listed in Result.Failed. The
// error is for problems that stop the whole run (no jupyter, no kernel,
// cancellation); failed notebooks alone do not make one.
func Run(ctx context.Context, cfg Config) (Result, error) {
	var res Result
	if cfg.OutDir == "" {
		cfg.OutDir = "reports"
	}
	if cfg.CellTimeout <= 0 {
		cfg.CellTimeout = 15 * time.Minute
	}
	if cfg.Kernel == "" {
		cfg.Kernel = "gonb"
	}
	if strings.TrimSpace(cfg.Jupyter) == "" {
		cfg.Jupyter = "jupyter"
	}
	if err := cfg.check(); err != nil {
		return res, err
	}
	if err := os.MkdirAll(cfg.OutDir, 0o755); err != nil {
		return res, err
	}
	// The temporary folder lives in OutDir so that finished reports move
	// into place with a rename.
	tmp, err := os.MkdirTemp(cfg.OutDir, ".report-")
	if err != nil {
		return res, err
	}
	defer os.RemoveAll(tmp)
	template := filepath.Join(tmp, "report.html.j2")
	if err := os.WriteFile(template, reportTemplate, 0o644); err != nil {
		return res, err
	}
	out := filepath.Join(tmp, "out")

	// One nbconvert process runs the notebooks in order. A cell error does
	// not stop it (--allow-errors; the template marks the error), but a
	// timeout or a dead kernel does: the notebooks after that one then go
	// to a fresh process.
	remaining := cfg.Notebooks
	for len(remaining) > 0 {
		logs, runErr := nbconvert(ctx, cfg, template, out, remaining)
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
		var execErr *exec.Error
		if errors.As(runErr, &execErr) {
			return res, fmt.Errorf("%w (install Jupyter with: make setup-jupyter)", runErr)
		}
		next := []string(nil)
		for i, nb := range remaining {
			final := filepath.Join(cfg.OutDir, reportName(nb)+".html")
			html := filepath.Join(out, reportName(nb)+".html")
			if _, err := os.Stat(html); err != nil {
				// nbconvert stopped in this notebook.
				if err := removeStale(final); err != nil {
					return res, err
				}
				f := aborted(nb, logs, runErr)
				res.Failed = append(res.Failed, f)
				if strings.Contains(logs, "NoSuchKernel") {
					return res, fmt.Errorf("no Jupyter kernel %q (register GoNB with: make setup-gonb)", cfg.Kernel)
				}
				next = remaining[i+1:]
				break
			}
			fail, err := cellFailure(nb, html)
			if err != nil {
				return res, err
			}
			if fail != nil {
				if err := removeStale(final); err != nil {
					return res, err
				}
				res.Failed = append(res.Failed, fail)
				continue
			}
			if err := os.Rename(html, final); err != nil {
				return res, err
			}
			res.Written = append(res.Written, final)
		}
		remaining = next
	}
	return res, nil
}

// nbconvert runs one jupyter nbconvert process over notebooks, writing
// NAME.html files into out. It returns the process's output.
func nbconvert(ctx context.Context, cfg Config, template, out string, notebooks []string) (string, error) {
	args := []string{"nbconvert",
		"--execute", "--allow-errors",
		"--to", "html", "--template", "lab", "--template-file", template,
		"--ExecutePreprocessor.kernel_name=" + cfg.Kernel,
		"--ExecutePreprocessor.timeout=" + strconv.Itoa(max(1, int(math.Ceil(cfg.CellTimeout.Seconds())))),
		"--ExecutePreprocessor.startup_timeout=120",
		"--output-dir", out,
	}
	if cfg.HideCode {
		args = append(args, "--no-input")
	}
	args = append(args, notebooks...)
	// Jupyter may be a command with arguments, e.g. "python3 -m jupyter".
	jupyter := strings.Fields(cfg.Jupyter)
	cmd := exec.CommandContext(ctx, jupyter[0], append(jupyter[1:], args...)...)
	cmd.Env = cfg.env(os.Environ())
	var logs bytes.Buffer
	var w io.Writer = &logs
	if cfg.Log != nil {
		w = io.MultiWriter(&logs, cfg.Log)
	}
	cmd.Stdout, cmd.Stderr = w, w
	// The kernel inherits the output pipe; do not wait for a stray one.
	// After cancellation, nbconvert has this long to stop its kernel.
	cmd.WaitDelay = 10 * time.Second
	stop := inGroup(cmd)
	err := cmd.Run()
	if ctx.Err() != nil {
		stop()
	}
	return logs.String(), err
}

// removeStale deletes the report a failed notebook left from an earlier run.
func removeStale(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}
