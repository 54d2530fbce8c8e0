package browsertest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// SeedCorpus is the corpus the project ships, relative to the module root.
const SeedCorpus = "data/articles"

// GoRun runs `go run PKG ARGS...` in the module root, with extra
// environment, for at most timeout, and returns its standard output. A
// failure carries the command's standard error.
func GoRun(t testing.TB, timeout time.Duration, env []string, pkg string, args ...string) (string, error) {
	t.Helper()
	root, err := ModuleRoot()
	if err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	gobin, err := exec.LookPath("go")
	if err != nil {
		gobin = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	cmd := exec.CommandContext(ctx, gobin, append([]string{"run", pkg}, args...)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err = cmd.Run()
	t.Logf("go run %s %s: %v", pkg, strings.Join(args, " "), time.Since(start).Round(time.Millisecond))
	if err != nil {
		return stdout.String(), fmt.Errorf("go run %s %s: %w\n%s%s", pkg, strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String(), nil
}

// Time limits of the project checks. The first run of a notebook on a
// machine builds its cells cold (tens of seconds each); later runs reuse
// Go's build cache.
const (
	DefaultGoRunTimeout    = 3 * time.Minute  // go run ./cmd/corpus
	DefaultReportTimeout   = 10 * time.Minute // go run ./cmd/report, every notebook
	DefaultNotebookTimeout = 5 * time.Minute  // one notebook in the live server
)
