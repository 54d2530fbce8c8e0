package corpus_test

// Benchmarks of the scale targets (issue 6). They run on generated corpora:
//
//	BENCH_CORPUS_DIR    corpus for BenchmarkScaleExtract and BenchmarkScaleReadTree (make
//	                    bench passes a generated corpus of at least 1 GB); without
//	                    it, one of BENCH_CORPUS_BYTES (default 8MB) is generated
//	                    and cached under the temporary directory
//	BENCH_E2E_DIR       corpus for BenchmarkScaleEndToEnd; without it, one with
//	                    BENCH_E2E_FACTS facts (default 20000) is generated and cached
//	BENCH_AGG_FACTS     facts for BenchmarkScaleAggregate (default 100000)
//
// Measure one and two cores in separate runs, the one-core run pinned to
// one CPU (make bench does this):
//
//	taskset -c 0 go test -run '^$' -bench Scale -cpu 1 ./pkg/corpus
//	go test -run '^$' -bench Scale -cpu 2 ./pkg/corpus
//
// Not -cpu 1,2 in one run: a benchmark that uses b.Loop runs whole in its
// first call, before the testing package applies the first -cpu value, so
// the first value's row is measured with the last value's GOMAXPROCS
// (golang/go#49980). Each row reports the procs it actually ran with.

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"
	"github.com/newsroom/displacement/pkg/corpus"
	"github.com/newsroom/displacement/pkg/corpus/synth"
)

// benchSeed is the seed of every generated benchmark corpus.
const benchSeed = 1

// benchCorpus returns the corpus named by the environment variable dirEnv,
// or generates one limited by cfg into a cache directory reused by later runs.
func benchCorpus(b *testing.B, dirEnv string, cfg synth.Config) string {
	b.Helper()
	if dir := os.Getenv(dirEnv); dir != "" {
		return dir
	}
	dir := filepath.Join(os.TempDir(), "displacement-bench",
		fmt.Sprintf("seed%d-articles%d-bytes%d-facts%d", cfg.Seed, cfg.Articles, cfg.Bytes, cfg.Facts))
	done := filepath.Join(dir, ".complete")
	if _, err := os.Stat(done); err == nil {
		return dir
	}
	if _, err := cfg.Write(dir); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(done, nil, 0o644); err != nil {
		b.Fatal(err)
	}
	return dir
}

// envInt reads a size from the environment: "8MB", "1GB", "20000".
func envInt(b *testing.B, name string, def int64) int64 {
	b.Helper()
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}} {
		if strings.HasSuffix(strings.ToUpper(s), u.suffix) {
			s, mult = s[:len(s)-len(u.suffix)], u.mult
			break
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n <= 0 {
		b.Fatalf("%s=%q: want a positive number, optionally with KB, MB or GB", name, os.Getenv(name))
	}
	return n * mult
}

// articleFiles lists the *.txt files of dir and their total size.
func articleFiles(b *testing.B, dir string) ([]string, int64) {
	b.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	var files []string
	var size int64
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".txt") {
			info, err := e.Info()
			if err != nil {
				b.Fatal(err)
			}
			files = append(files, filepath.Join(dir, e.Name()))
			size += info.Size()
		}
	}
	if len(files) == 0 {
		b.Fatalf("no *.txt files in %s", dir)
	}
	return files, size
}

// readTree reads every file and nothing more: the floor a loader is
// compared with.
func readTree(files []string, buf []byte) (int64, error) {
	var n int64
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return n, err
		}
		for {
			k, err := f.Read(buf)
			n += int64(k)
			if err == io.EOF {
				break
			}
			if err != nil {
				f.Close()
				return n, err
			}
		}
		f.Close()
	}
	return n, nil
}

func mustLoad(b *testing.B, dir string) *corpus.Corpus {
	b.Helper()
	c, err := corpus.Load(dir)
	if err != nil {
		b.Fatalf("Load(%s): %v", dir, err)
	}
	return c
}

// BenchmarkScaleExtract loads a corpus: read, parse, extract. MB/s is per
// article byte; run once with -cpu 1 and once with -cpu 2.
func BenchmarkScaleExtract(b *testing.B) {
	dir := benchCorpus(b, "BENCH_CORPUS_DIR", synth.Config{Seed: benchSeed, Bytes: envInt(b, "BENCH_CORPUS_BYTES", 8e6)})
	files, size := articleFiles(b, dir)
	b.SetBytes(size)
	var facts int
	cpu := cpuTime()
	for b.Loop() {
		facts = len(mustLoad(b, dir).FactList())
	}
	reportCPU(b, size, cpuTime()-cpu)
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "procs")
	b.ReportMetric(float64(len(files)), "files")
	b.ReportMetric(float64(facts), "facts")
}

// cpuTime returns the user and system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the throughput per CPU-second and the cores used on
// average (cpu-util): on a machine shared with other work, wall-clock
// throughput understates what the code does with the CPU it gets.
func reportCPU(b *testing.B, size int64, cpu time.Duration) {
	if cpu <= 0 {
		return
	}
	b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	b.ReportMetric(cpu.Seconds()/b.Elapsed().Seconds(), "cpu-util")
}

// BenchmarkScaleReadTree reads the same files as BenchmarkScaleExtract and does
// nothing else.
func BenchmarkScaleReadTree(b *testing.B) {
	dir := benchCorpus(b, "BENCH_CORPUS_DIR", synth.Config{Seed: benchSeed, Bytes: envInt(b, "BENCH_CORPUS_BYTES", 8e6)})
	files, size := articleFiles(b, dir)
	b.SetBytes(size)
	buf := make([]byte, 64<<10)
	cpu := cpuTime()
	for b.Loop() {
		if _, err := readTree(files, buf); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, size, cpuTime()-cpu)
}

// BenchmarkScaleEndToEnd goes from files to facts to a gota DataFrame and
// reports the time against merely reading the tree (x-read), the share of
// DataFrame construction (df-%) and the peak resident memory of the same
// work in a fresh process (peak-MiB).
func BenchmarkScaleEndToEnd(b *testing.B) {
	dir := benchCorpus(b, "BENCH_E2E_DIR", synth.Config{Seed: benchSeed, Facts: int(envInt(b, "BENCH_E2E_FACTS", 20000))})
	files, size := articleFiles(b, dir)
	buf := make([]byte, 64<<10)
	var reads []time.Duration
	for range 3 {
		start := time.Now()
		if _, err := readTree(files, buf); err != nil {
			b.Fatal(err)
		}
		reads = append(reads, time.Since(start))
	}
	slices.Sort(reads)
	read := reads[1]

	b.SetBytes(size)
	var load, frame time.Duration
	var facts int
	for b.Loop() {
		t0 := time.Now()
		c := mustLoad(b, dir)
		t1 := time.Now()
		df := c.Facts()
		frame += time.Since(t1)
		load += t1.Sub(t0)
		if err := df.Error(); err != nil {
			b.Fatal(err)
		}
		facts = df.Nrow()
	}
	total := load + frame
	b.ReportMetric(float64(total)/float64(b.N)/float64(read), "x-read")
	b.ReportMetric(100*float64(frame)/float64(total), "df-%")
	b.ReportMetric(float64(facts), "facts")
	b.ReportMetric(float64(read.Milliseconds()), "read-ms")
	b.ReportMetric(peakRSS(b, rssEnv+"="+dir), "peak-MiB")
	b.ReportMetric(peakRSS(b, rssFloorEnv+"="+strconv.Itoa(facts)), "floor-MiB")
	b.ReportMetric(peakRSS(b, rssGotaEnv+"="+strconv.Itoa(facts)), "gota-MiB")
}

// The child process of a memory measurement loads the corpus in
// $BENCH_RSS_DIR, or only holds $BENCH_RSS_FLOOR_FACTS facts and their
// frame: the floor any loader pays for the typed facts and the gota
// DataFrame (which copies every series it is given), or only builds a
// gota frame of $BENCH_RSS_GOTA_ROWS rows of the eleven required
// columns, every cell the same short string or zero: what gota alone
// needs for that many rows.
const (
	rssEnv      = "BENCH_RSS_DIR"
	rssFloorEnv = "BENCH_RSS_FLOOR_FACTS"
	rssGotaEnv  = "BENCH_RSS_GOTA_ROWS"
)

// peakRSS runs TestScale_PeakRSSHelper in a child process with the
// environment variable env ("NAME=value") and returns its peak resident
// set size in MiB.
func peakRSS(b *testing.B, env string) float64 {
	b.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestScale_PeakRSSHelper$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), env)
	out, err := cmd.CombinedOutput()
	if err != nil {
		b.Fatalf("peak RSS helper: %v\n%s", err, out)
	}
	for line := range strings.Lines(string(out)) {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "peak-rss-kib:"); ok {
			kib, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil {
				break
			}
			return kib / 1024
		}
	}
	b.Fatalf("peak RSS helper printed no peak-rss-kib line:\n%s", out)
	return 0
}

// TestScale_PeakRSSHelper is the child process of BenchmarkScaleEndToEnd's
// memory measurement: it loads the corpus in $BENCH_RSS_DIR, builds the
// facts DataFrame and prints the peak resident set size (VmHWM). Without
// the variable it is not a test and skips.
func TestScale_PeakRSSHelper(t *testing.T) {
	dir, floor, gota := os.Getenv(rssEnv), os.Getenv(rssFloorEnv), os.Getenv(rssGotaEnv)
	if dir == "" && floor == "" && gota == "" {
		t.Skip("helper process for BenchmarkScaleEndToEnd; runs only with " + rssEnv + ", " + rssFloorEnv + " or " + rssGotaEnv + " set")
	}
	if gota != "" {
		n, err := strconv.Atoi(gota)
		if err != nil {
			t.Fatal(err)
		}
		df := requiredColumnsFrame(n)
		kib, err := vmHWM()
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("rows: %d\npeak-rss-kib: %d\n", df.Nrow(), kib)
		return
	}
	var facts []corpus.Fact
	var c *corpus.Corpus // kept to the end, as a notebook keeps it
	if floor != "" {
		n, err := strconv.Atoi(floor)
		if err != nil {
			t.Fatal(err)
		}
		facts = floorFacts(n)
	} else {
		var err error
		if c, err = corpus.Load(dir); err != nil {
			t.Fatal(err)
		}
		facts = c.FactList()
	}
	df := corpus.FactsFrame(facts)
	kib, err := vmHWM()
	runtime.KeepAlive(c)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("facts: %d\npeak-rss-kib: %d\n", df.Nrow(), kib)
}

// requiredColumnsFrame builds a gota frame of n rows with the eleven
// columns issue 2 requires of the facts table (value and value_high
// floats, the rest strings), every string cell the same one-byte string.
func requiredColumnsFrame(n int) dataframe.DataFrame {
	var ss []series.Series
	for _, name := range corpus.FactColumns[:11] {
		if name == "value" || name == "value_high" {
			ss = append(ss, series.New(make([]float64, n), series.Float, name))
			continue
		}
		col := make([]string, n)
		for i := range col {
			col[i] = "x"
		}
		ss = append(ss, series.New(col, series.String, name))
	}
	return dataframe.New(ss...)
}

// floorFacts returns n facts whose strings are all shared: the memory
// they take is the facts' own and their frame's, not their text's.
func floorFacts(n int) []corpus.Fact {
	facts := make([]corpus.Fact, n)
	day := time.Date(2020, 2, 4, 0, 0, 0, 0, time.UTC)
	for i := range facts {
		facts[i] = corpus.Fact{Article: "article", Published: day, Category: corpus.Displaced, Value: float64(i),
			Qualifier: corpus.Approx, Unit: "people", Location: "Idlib", Source: "UN", PeriodStart: day,
			Sentence: "Some 100,000 people have fled, the UN said.", Phrase: "Some 100,000 people", Rule: "fled"}
	}
	return facts
}

// vmHWM reads the peak resident set size of this process from
// /proc/self/status, in KiB.
func vmHWM() (int64, error) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			return strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
		}
	}
	return 0, errors.New("no VmHWM in /proc/self/status")
}

// aggFacts makes n facts with the spread of a real archive: every
// category, a few dozen sources, twelve years of dates.
func aggFacts(n int) []corpus.Fact {
	r := rand.New(rand.NewPCG(benchSeed, 2))
	sources := make([]string, 60)
	for i := range sources {
		sources[i] = "source " + strconv.Itoa(i)
	}
	start := time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)
	facts := make([]corpus.Fact, n)
	for i := range facts {
		facts[i] = corpus.Fact{
			Article:   "a" + strconv.Itoa(i/6),
			Published: start.AddDate(0, 0, i/6%4380),
			Category:  corpus.Categories[r.IntN(len(corpus.Categories))],
			Value:     float64(r.IntN(1000000)),
			Source:    sources[r.IntN(len(sources))],
		}
	}
	return facts
}

type mapTotal struct {
	count    int
	sum, max float64
}

func (t *mapTotal) add(v float64) {
	if t.count == 0 || v > t.max {
		t.max = v
	}
	t.count++
	t.sum += v
}

// BenchmarkScaleAggregate times each aggregation on BENCH_AGG_FACTS facts and,
// outside the timer, a plain Go map doing the same work with the same
// output order; x-map is the ratio.
func BenchmarkScaleAggregate(b *testing.B) {
	facts := aggFacts(int(envInt(b, "BENCH_AGG_FACTS", 100000)))
	for _, bc := range []struct {
		name string
		ours func()
		base func()
	}{
		{"by-category", func() { corpus.TotalsByCategory(facts) }, func() {
			m := map[corpus.Category]*mapTotal{}
			for i := range facts {
				t := m[facts[i].Category]
				if t == nil {
					t = &mapTotal{}
					m[facts[i].Category] = t
				}
				t.add(facts[i].Value)
			}
			out := make([]mapTotal, 0, len(m))
			for _, c := range corpus.Categories {
				if t := m[c]; t != nil {
					out = append(out, *t)
				}
			}
		}},
		{"by-source", func() { corpus.TotalsBySource(facts, "") }, func() {
			m := map[string]*mapTotal{}
			for i := range facts {
				t := m[facts[i].Source]
				if t == nil {
					t = &mapTotal{}
					m[facts[i].Source] = t
				}
				t.add(facts[i].Value)
			}
			keys := make([]string, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			slices.SortFunc(keys, func(a, b string) int {
				return cmp.Or(cmp.Compare(m[b].count, m[a].count), cmp.Compare(a, b))
			})
		}},
		{"by-month", func() { corpus.TotalsByMonth(facts, "") }, func() {
			m := map[int]*mapTotal{}
			for i := range facts {
				y, mo, _ := facts[i].Published.Date()
				k := y*12 + int(mo) - 1
				t := m[k]
				if t == nil {
					t = &mapTotal{}
					m[k] = t
				}
				t.add(facts[i].Value)
			}
			keys := make([]int, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			slices.Sort(keys)
		}},
		{"latest-by-source", func() { corpus.LatestBySource(facts, "") }, func() {
			type key struct {
				s string
				c corpus.Category
			}
			m := map[key]*corpus.Fact{}
			for i := range facts {
				k := key{facts[i].Source, facts[i].Category}
				if f := m[k]; f == nil || !facts[i].Published.Before(f.Published) {
					m[k] = &facts[i]
				}
			}
			out := make([]*corpus.Fact, 0, len(m))
			for _, f := range m {
				out = append(out, f)
			}
			slices.SortFunc(out, func(a, b *corpus.Fact) int {
				return cmp.Or(cmp.Compare(a.Category, b.Category), cmp.Compare(a.Source, b.Source))
			})
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var base time.Duration
			for b.Loop() {
				// Each side starts from a collected heap, so that neither
				// pays for the other's garbage.
				b.StopTimer()
				runtime.GC()
				b.StartTimer()
				bc.ours()
				b.StopTimer()
				runtime.GC()
				t := time.Now()
				bc.base()
				base += time.Since(t)
				b.StartTimer()
			}
			b.ReportMetric(float64(b.Elapsed())/float64(base), "x-map")
			b.ReportMetric(float64(base.Nanoseconds())/float64(b.N), "map-ns/op")
		})
	}
}
