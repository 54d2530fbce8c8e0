package main

import (
	"bufio"
	"io"
	"slices"
	"strconv"
	"strings"
)

// results holds every value of every metric of every benchmark, keyed by
// benchmark name (procs suffix included, "BenchmarkExtract-2") and unit.
type results map[string]map[string][]float64

// parse reads `go test -bench` output. Lines that are not benchmark
// results are ignored.
func (r results) parse(rd io.Reader) error {
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") || len(f)%2 != 0 {
			continue
		}
		if _, err := strconv.Atoi(f[1]); err != nil {
			continue
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			if r[f[0]] == nil {
				r[f[0]] = map[string][]float64{}
			}
			r[f[0]][f[i+1]] = append(r[f[0]][f[i+1]], v)
		}
	}
	return sc.Err()
}

// median returns the median of a benchmark's metric over the runs, and
// false when there is none.
func (r results) median(name, unit string) (float64, bool) {
	vs := r[name][unit]
	if len(vs) == 0 {
		return 0, false
	}
	s := slices.Clone(vs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2], true
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2, true
}

// withMetric lists the benchmarks that report unit, sorted.
func (r results) withMetric(unit string) []string {
	var names []string
	for name, m := range r {
		if len(m[unit]) > 0 {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}
