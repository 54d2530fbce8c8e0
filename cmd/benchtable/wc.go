package main

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// measurement is a throughput: bytes processed in a time, using cpu of
// processor time.
type measurement struct {
	bytes int64
	time  time.Duration
	cpu   time.Duration // user + system; 0 when unknown
}

// mbps returns the throughput in MB/s (10⁶ bytes per second), as go test
// reports it.
func (m measurement) mbps() float64 { return float64(m.bytes) / 1e6 / m.time.Seconds() }

// perCPU returns the throughput per CPU-second in MB, 0 when unknown.
func (m measurement) perCPU() float64 {
	if m.cpu <= 0 {
		return 0
	}
	return float64(m.bytes) / 1e6 / m.cpu.Seconds()
}

// timeWC runs `wc -w` over every *.txt file of dir, in batches like xargs,
// runs times, and returns the median time.
func timeWC(ctx context.Context, dir string, runs int) (measurement, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return measurement{}, fmt.Errorf("no *.txt files in %s", dir)
	}
	var size int64
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			return measurement{}, err
		}
		size += st.Size()
	}
	var runsDone []measurement
	for range max(runs, 1) {
		start := time.Now()
		var cpu time.Duration
		for _, batch := range batches(files, 128<<10) {
			// Stdout stays nil: the counts go to the null device.
			var stderr bytes.Buffer
			cmd := exec.CommandContext(ctx, "wc", append([]string{"-w"}, batch...)...)
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				return measurement{}, fmt.Errorf("wc -w: %v: %s", err, strings.TrimSpace(stderr.String()))
			}
			cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		}
		runsDone = append(runsDone, measurement{bytes: size, time: time.Since(start), cpu: cpu})
	}
	slices.SortFunc(runsDone, func(a, b measurement) int { return cmp.Compare(a.time, b.time) })
	return runsDone[len(runsDone)/2], nil
}

// batches splits args into runs whose total length stays under limit
// bytes, as xargs does to respect the kernel's argument limit.
func batches(args []string, limit int) [][]string {
	var out [][]string
	start, n := 0, 0
	for i, a := range args {
		if n+len(a)+1 > limit && i > start {
			out = append(out, args[start:i])
			start, n = i, 0
		}
		n += len(a) + 1
	}
	if start < len(args) {
		out = append(out, args[start:])
	}
	return out
}
