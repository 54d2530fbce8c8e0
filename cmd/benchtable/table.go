package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// row is one line of the table.
type row struct {
	metric   string
	measured string
	target   string
	ok       string // "yes", "NO" or "" when not measured
}

const notMeasured = "not measured"

// verdict writes "yes" or "NO".
func verdict(ok bool) string {
	if ok {
		return "yes"
	}
	return "NO"
}

// rows evaluates the targets of issue 6 on the results; wc is the wc -w
// measurement, nil when it was not taken.
func rows(r results, wc *measurement) []row {
	var out []row
	one, haveOne := r.median("BenchmarkScaleExtract", "MB/s")
	two, haveTwo := r.median("BenchmarkScaleExtract-2", "MB/s")

	wcRow := row{metric: "wc -w throughput (floor)", measured: notMeasured, target: "reference"}
	if wc != nil {
		wcRow.measured = fmt.Sprintf("%.0f MB/s", wc.mbps())
		if wc.perCPU() > 0 {
			wcRow.measured += fmt.Sprintf("; %.0f MB/cpu-s", wc.perCPU())
		}
	}
	out = append(out, wcRow)
	if read, ok := r.median(findBench(r, "BenchmarkScaleReadTree", "MB/s"), "MB/s"); ok {
		out = append(out, row{metric: "reading the files only (floor)", measured: fmt.Sprintf("%.0f MB/s", read), target: "reference"})
	}

	x := row{metric: "extraction, 1 core (one CPU, GOMAXPROCS=1)", measured: notMeasured, target: "≥ 0.8× wc -w"}
	switch {
	case haveOne && wc != nil:
		ratio := one / wc.mbps()
		x.measured = fmt.Sprintf("%.0f MB/s = %.2f× wc -w", one, ratio)
		x.ok = verdict(ratio >= 0.8)
	case haveOne:
		x.measured = fmt.Sprintf("%.0f MB/s", one)
	}
	// A row run with -cpu 1,2 in one process is measured with the last
	// value's GOMAXPROCS (golang/go#49980): it is no one-core figure.
	if procs, ok := r.median("BenchmarkScaleExtract", "procs"); ok && procs != 1 {
		x.measured += fmt.Sprintf(" (ran with GOMAXPROCS=%.0f: not a one-core figure)", procs)
		x.ok = ""
	}
	out = append(out, x)
	// Per CPU-second, the comparison holds on a machine shared with other
	// work, where wall-clock figures depend on what else runs.
	if cpuOne, ok := r.median("BenchmarkScaleExtract", "MB/cpu-s"); ok {
		x := row{metric: "  same, per CPU-second", measured: fmt.Sprintf("%.1f MB/cpu-s", cpuOne), target: "(information)"}
		if wc != nil && wc.perCPU() > 0 {
			x.measured += fmt.Sprintf(" = %.2f× wc -w", cpuOne/wc.perCPU())
		}
		out = append(out, x)
	}

	x = row{metric: "extraction, 2 cores", measured: notMeasured, target: "≥ 1.8× one core"}
	if haveOne && haveTwo {
		ratio := two / one
		x.measured = fmt.Sprintf("%.0f MB/s = %.2f× one core", two, ratio)
		x.ok = verdict(ratio >= 1.8)
	}
	out = append(out, x)
	if util, ok := r.median("BenchmarkScaleExtract-2", "cpu-util"); ok {
		x := row{metric: "  same, cores actually used", measured: fmt.Sprintf("%.2f of 2", util), target: "(information)"}
		cpuOne, ok1 := r.median("BenchmarkScaleExtract", "MB/cpu-s")
		cpuTwo, ok2 := r.median("BenchmarkScaleExtract-2", "MB/cpu-s")
		if ok1 && ok2 {
			// With two whole cores the speed-up would be 2 × the ratio of
			// the per-CPU-second throughputs.
			x.measured += fmt.Sprintf("; %.2f× with 2 free cores", 2*cpuTwo/cpuOne)
		}
		out = append(out, x)
	}

	e2e := findBench(r, "BenchmarkScaleEndToEnd", "x-read")
	facts, _ := r.median(e2e, "facts")
	x = row{metric: "end to end files → facts → DataFrame", measured: notMeasured, target: "≤ 4× reading the tree"}
	if v, ok := r.median(e2e, "x-read"); ok {
		ns, _ := r.median(e2e, "ns/op")
		x.measured = fmt.Sprintf("%.2f× (%.1f s for %.0f facts)", v, ns/1e9, facts)
		x.ok = verdict(v <= 4)
	}
	out = append(out, x)
	x = row{metric: "DataFrame construction share", measured: notMeasured, target: "≤ 10% of end to end"}
	if v, ok := r.median(e2e, "df-%"); ok {
		x.measured = fmt.Sprintf("%.1f%%", v)
		x.ok = verdict(v <= 10)
	}
	out = append(out, x)
	x = row{metric: "peak RSS, end to end", measured: notMeasured, target: "≤ 400 MiB"}
	if v, ok := r.median(e2e, "peak-MiB"); ok {
		x.measured = fmt.Sprintf("%.0f MiB", v)
		x.ok = verdict(v <= 400)
	}
	out = append(out, x)
	if v, ok := r.median(e2e, "floor-MiB"); ok {
		// What holding the typed facts and their gota frame costs with no
		// text and no extraction: the floor of the row above.
		out = append(out, row{metric: "  floor: the facts and their frame alone",
			measured: fmt.Sprintf("%.0f MiB", v), target: "reference"})
	}
	if v, ok := r.median(e2e, "gota-MiB"); ok {
		// A gota frame of as many rows with only the eleven required
		// columns, every cell the same: what the library alone needs.
		out = append(out, row{metric: "  floor: gota alone, 11 required columns",
			measured: fmt.Sprintf("%.0f MiB", v), target: "reference"})
	}

	for _, name := range r.withMetric("x-map") {
		v, _ := r.median(name, "x-map")
		ns, _ := r.median(name, "ns/op")
		out = append(out, row{
			metric:   "aggregation " + strings.TrimPrefix(stripProcs(name), "BenchmarkScaleAggregate/"),
			measured: fmt.Sprintf("%.2f× plain map (%.1f ms)", v, ns/1e6),
			target:   "≤ 2× plain Go map",
			ok:       verdict(v <= 2),
		})
	}
	if len(r.withMetric("x-map")) == 0 {
		out = append(out, row{metric: "aggregations", measured: notMeasured, target: "≤ 2× plain Go map"})
	}

	for _, m := range []struct{ unit, what, target string }{
		{"x-json", "chart rendering", "≤ 2.5× encoding/json"},
		{"page/json", "exported page size", "≤ 1.3× JSON + ECharts"},
	} {
		names := r.withMetric(m.unit)
		if len(names) == 0 {
			out = append(out, row{metric: m.what, measured: notMeasured, target: m.target})
		}
		limit := 2.5
		if m.unit == "page/json" {
			limit = 1.3
		}
		for _, name := range names {
			v, _ := r.median(name, m.unit)
			out = append(out, row{
				metric:   m.what + " " + strings.TrimPrefix(stripProcs(name), "Benchmark"),
				measured: fmt.Sprintf("%.2f×", v),
				target:   m.target,
				ok:       verdict(v <= limit),
			})
		}
	}
	return out
}

// findBench returns the name under which base reported unit, whatever its
// procs suffix; base itself when none did.
func findBench(r results, base, unit string) string {
	for _, name := range r.withMetric(unit) {
		if stripProcs(name) == base {
			return name
		}
	}
	return base
}

// stripProcs removes the "-N" GOMAXPROCS suffix go test adds.
func stripProcs(name string) string {
	i := strings.LastIndexByte(name, '-')
	if i < 0 {
		return name
	}
	for _, c := range name[i+1:] {
		if c < '0' || c > '9' {
			return name
		}
	}
	return name[:i]
}

// writeTable prints the rows as an aligned table with a header.
func writeTable(w io.Writer, rs []row) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "metric\tmeasured\ttarget\tok?")
	fmt.Fprintln(tw, "------\t--------\t------\t---")
	for _, r := range rs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.metric, r.measured, r.target, r.ok)
	}
	tw.Flush()
}
