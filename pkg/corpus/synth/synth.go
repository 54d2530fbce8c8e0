// Package synth writes deterministic synthetic news corpora for testing the
// corpus extractor at scale.
//
// A generated corpus is a folder of raw article files in the layouts the
// corpus parser reads (markdown and plain titles, wire bylines, date lines
// such as "May 31, 2019", "Published: 2020-02-21 14:03", "17 February 2020"
// and "17/02/2020", datelines such as "GENEVA (AP) —", outlet boilerplate,
// related-article links and "Original url:" footers), a metadata.csv for the
// articles whose text carries no date, and facts.golden.csv listing every
// figure planted in the bodies:
//
//	out/
//	    0000000_1f0c27e3a9b4d2c1.txt
//	    0000001_8a7e4b12c3d5f6a0.txt
//	    ...
//	    metadata.csv
//	    facts.golden.csv
//
// Figures are planted by sentence templates of every category (displaced,
// refugees, killed, sheltered, unsheltered, at_risk, troops, other) with
// attribution before and after the figure, number words, millions, ranges,
// vague plurals and qualifiers, at about one figure per 80–150 words. The
// rest is narrative without figures, quotes, and distractors that are not
// facts (years, dates, ages, ordinals, clock times, headline and boilerplate
// numbers).
//
// The same Config gives byte-identical output: article i is drawn from a PCG
// generator seeded with (Seed, i), so any article can be regenerated alone
// with Generate.
package synth

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Config says how much to generate. The zero value writes 100 articles with
// seed 0. When several limits are set, generation stops at the first one
// reached.
type Config struct {
	Seed     uint64 // seed of the generator; the same seed gives the same corpus
	Articles int    // number of articles; 0 means no limit on the count
	Bytes    int64  // stop once the article files total at least this many bytes; 0: no limit
	Facts    int    // stop once at least this many facts are planted; 0: no limit
}

// Stats describes a written corpus.
type Stats struct {
	Articles int   // article files written
	Facts    int   // facts planted, the rows of facts.golden.csv
	Bytes    int64 // bytes of the article files
}

// GoldenFile and MetadataFile are the names of the files Write adds next to
// the articles.
const (
	GoldenFile   = "facts.golden.csv"
	MetadataFile = "metadata.csv"
)

// Write generates a corpus into dir, creating it if needed. Existing files
// with the same names are overwritten; others are left alone. Articles are
// generated and written by a pool of goroutines (file creation dominates on
// most file systems); the result does not depend on the pool size.
func (c Config) Write(dir string) (Stats, error) {
	var st Stats
	if c.Articles < 0 || c.Bytes < 0 || c.Facts < 0 {
		return st, errors.New("synth: negative limit")
	}
	if c.Articles == 0 && c.Bytes == 0 && c.Facts == 0 {
		c.Articles = 100
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return st, fmt.Errorf("synth: %w", err)
	}
	golden, err := newTable(filepath.Join(dir, GoldenFile), goldenHeader)
	if err != nil {
		return st, err
	}
	meta, err := newTable(filepath.Join(dir, MetadataFile), []string{"article", "published", "publisher", "wire", "url"})
	if err != nil {
		golden.close()
		return st, err
	}

	// Workers claim article numbers in order, generate and write them and
	// hand the rest to this goroutine, which consumes them in order and
	// decides where the corpus ends. Files written past the end are removed.
	var (
		next    atomic.Int64
		stop    atomic.Bool
		wg      sync.WaitGroup
		results = make(chan written, 64)
	)
	workers := 2 * runtime.GOMAXPROCS(0)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			for !stop.Load() {
				i := int(next.Add(1) - 1)
				if c.Articles > 0 && i >= c.Articles {
					return
				}
				a := generate(c.Seed, i, &buf)
				path := filepath.Join(dir, a.Name+".txt")
				err := os.WriteFile(path, a.Text, 0o644)
				results <- written{i: i, path: path, size: int64(len(a.Text)), a: a, err: err}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := map[int]written{}
	var extra []string
	done := false
	for w := range results {
		if done {
			extra = append(extra, w.path)
			continue
		}
		pending[w.i] = w
		for !done {
			w, ok := pending[st.Articles]
			if !ok {
				break
			}
			delete(pending, st.Articles)
			switch {
			case c.Articles > 0 && st.Articles >= c.Articles,
				c.Bytes > 0 && st.Bytes >= c.Bytes,
				c.Facts > 0 && st.Facts >= c.Facts:
				done = true
				extra = append(extra, w.path)
				continue
			case w.err != nil:
				err = fmt.Errorf("synth: %w", w.err)
				done = true
				continue
			}
			if !w.a.InText {
				meta.write([]string{w.a.Name, w.a.Published.Format(time.DateOnly), w.a.Publisher, "", ""})
			}
			for _, f := range w.a.Facts {
				golden.write(goldenRow(f))
			}
			st.Articles++
			st.Facts += len(w.a.Facts)
			st.Bytes += w.size
		}
		if done {
			stop.Store(true)
			for _, w := range pending {
				extra = append(extra, w.path)
			}
		}
	}
	for _, path := range extra {
		os.Remove(path)
	}
	if cerr := golden.close(); err == nil {
		err = cerr
	}
	if cerr := meta.close(); err == nil {
		err = cerr
	}
	return st, err
}

// written is an article a worker has written.
type written struct {
	i    int
	path string
	size int64
	a    Article // Text is not valid any more
	err  error
}

// Generate returns article i of the corpus with the given seed, exactly as
// Write writes it.
func Generate(seed uint64, i int) Article {
	var buf bytes.Buffer
	a := generate(seed, i, &buf)
	a.Text = bytes.Clone(a.Text)
	return a
}

// Epoch bounds of publication dates: the war years the archive covers.
var (
	firstDay = time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)
	lastDay  = time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC)
)

// generate draws article i into buf; the returned Text aliases buf.
func generate(seed uint64, i int, buf *bytes.Buffer) Article {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	days := int(lastDay.Sub(firstDay).Hours()/24) + 1
	g := &gen{
		r:     r,
		style: newStyle(r.IntN(nLayouts)),
		pub:   firstDay.AddDate(0, 0, r.IntN(days)),
		loc:   pick(r, places),
		host:  pick(r, hosts),
		used:  map[string]bool{},
	}
	g.name = fmt.Sprintf("%07d_%016x", i, r.Uint64())
	publisher := pick(r, publishers)
	wire := pick(r, wires)
	title := g.title()
	paras := g.body()
	buf.Reset()
	if r.IntN(30) == 0 {
		buf.WriteString("\ufeff")
	}
	g.compose(buf, title, publisher, wire, paras)
	text := buf.Bytes()
	if r.IntN(30) == 0 {
		text = bytes.ReplaceAll(text, []byte("\n"), []byte("\r\n"))
	}
	return Article{
		Name:      g.name,
		Text:      text,
		Published: g.pub,
		Publisher: publisher,
		InText:    g.style.inText(),
		Facts:     g.facts,
	}
}

// table is a CSV file being written.
type table struct {
	f  *os.File
	bw *bufio.Writer
	w  *csv.Writer
}

func newTable(path string, header []string) (*table, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	t := &table{f: f, bw: bufio.NewWriterSize(f, 1<<20)}
	t.w = csv.NewWriter(t.bw)
	t.write(header)
	return t, nil
}

// write adds a row; errors surface in close.
func (t *table) write(row []string) { _ = t.w.Write(row) }

func (t *table) close() error {
	t.w.Flush()
	err := t.w.Error()
	if ferr := t.bw.Flush(); err == nil {
		err = ferr
	}
	if cerr := t.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("synth: write %s: %w", t.f.Name(), err)
	}
	return nil
}
