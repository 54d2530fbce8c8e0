// Package corpus reads a folder of news articles about people displaced by
// war and extracts every quantitative claim in them, with its provenance:
// what is counted (displaced people, refugees, deaths, people in or without
// shelter, people at risk, troops, other counts), the figure and how the
// text hedges it, the place, who the text credits it to, the start of the
// period it counts from, and the sentence it comes from.
//
// Input is the *.txt files of a folder, in whatever layout outlets and
// scrapers leave them (headlines, bylines, date lines, datelines, image
// credits, related-article links, newsletter and donation appeals, cookie
// notices, footers), plus an optional metadata.csv whose values win over
// the text. Output is typed values and gota DataFrames:
//
//	c, err := corpus.Load("data/articles") // err lists the files that failed
//	for _, f := range c.FactList() {
//		fmt.Println(f.Category, f.Value, f.Source, f.Sentence)
//	}
//	df := c.Facts() // article, published, category, value, value_high, ...
//
// Extraction is rule based and needs no model or gazetteer: a byte scanner
// finds digit runs and number words, and only around them are sentences,
// clauses, hedges, units, attributions and dates read. The categories'
// rules are tables in rules.go, each named; Fact.Rule says which fired.
package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/go-gota/gota/dataframe"
)

// Corpus is a loaded folder of articles. Get one from Load.
type Corpus struct {
	Dir      string // the folder it was loaded from
	articles []Article
	facts    []Fact
	quotes   []Quote
}

// Loader loads a corpus folder. Its zero value is ready to use: as many
// workers as GOMAXPROCS, article bodies dropped after extraction, no
// progress reports.
type Loader struct {
	// Workers is the number of files read and extracted in parallel;
	// 0 means runtime.GOMAXPROCS(0).
	Workers int
	// KeepBodies keeps Article.Body (the cleaned text the facts' offsets
	// point into). By default bodies are dropped once extracted, so memory
	// grows with the facts kept, not with the size of the corpus.
	KeepBodies bool
	// MaxLine is the longest line in bytes a file may have; 0 means
	// DefaultMaxLine. Longer files are reported, not loaded.
	MaxLine int
	// Progress, when set, is called from one goroutine about every
	// ProgressEvery while files load, and once at the end with Done set.
	Progress func(Progress)
	// ProgressEvery is the interval between Progress calls; 0 means 200ms.
	ProgressEvery time.Duration
}

// Progress describes a load under way.
type Progress struct {
	Files, TotalFiles int           // files done and found
	Bytes, TotalBytes int64         // bytes read and found
	Facts             int           // facts extracted so far
	Elapsed           time.Duration // since the load started
	Done              bool          // the last report
}

// Load reads every *.txt file under dir (and dir/metadata.csv when present)
// with a zero Loader. See Loader.Load.
func Load(dir string) (*Corpus, error) {
	var l Loader
	return l.Load(dir)
}

// Load reads every *.txt file under dir, in sorted path order, and
// dir/metadata.csv when present. A file that cannot be loaded (empty,
// binary, invalid UTF-8, a line longer than MaxLine, unreadable) and a bad
// metadata row are reported in the returned error, an ErrorList of
// *ParseError naming file, line and column; the Corpus still holds every
// good file. Load returns a nil Corpus only when dir itself cannot be read.
// The result is the same, in the same order, whatever the number of
// workers.
func (l *Loader) Load(dir string) (*Corpus, error) {
	start := time.Now()
	files, sizes, err := listFiles(dir, l.Progress != nil)
	if err != nil {
		return nil, fmt.Errorf("corpus: load %s: %w", dir, err)
	}
	var errs ErrorList
	meta, merrs := readMetadata(filepath.Join(dir, MetadataFile), filepath.Join(dir, MetadataFile))
	errs = append(errs, merrs...)
	names := make(map[string]bool, len(files))
	for _, f := range files {
		names[articleName(f)] = true
	}
	var unknown []string
	for name := range meta {
		if !names[name] {
			unknown = append(unknown, name)
		}
	}
	sort.Strings(unknown)
	for _, name := range unknown {
		errs = append(errs, &ParseError{File: filepath.Join(dir, MetadataFile), Line: meta[name].line, Column: 1,
			Err: fmt.Errorf("%w %q: no file %s.txt", ErrUnknown, name, filepath.ToSlash(filepath.Join(dir, name)))})
	}

	results := make([]fileResult, len(files))
	in := &interner{}
	workers := l.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan int)
	done := make(chan int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = l.loadFile(dir, files[i], meta[articleName(files[i])], in)
				done <- i
			}
		}()
	}
	go func() {
		for i := range files {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		close(done)
	}()
	var p Progress
	p.TotalFiles = len(files)
	for _, s := range sizes {
		p.TotalBytes += s
	}
	every := l.ProgressEvery
	if every <= 0 {
		every = 200 * time.Millisecond
	}
	last := start
	// Results are taken in file order as soon as the files before them
	// are done, and dropped: facts are not held twice, nor every file's
	// at once.
	c := &Corpus{Dir: dir}
	ready := make([]bool, len(files))
	next := 0
	for i := range done {
		ready[i] = true
		p.Files++
		p.Bytes += results[i].size
		p.Facts += len(results[i].facts)
		for ; next < len(files) && ready[next]; next++ {
			r := &results[next]
			if r.err != nil {
				errs = append(errs, r.err)
			} else {
				c.articles = append(c.articles, *r.article)
				c.facts = append(c.facts, r.facts...)
				c.quotes = append(c.quotes, r.quotes...)
			}
			results[next] = fileResult{}
		}
		if l.Progress != nil && time.Since(last) >= every {
			last = time.Now()
			p.Elapsed = last.Sub(start)
			l.Progress(p)
		}
	}
	if l.Progress != nil {
		p.Elapsed, p.Done = time.Since(start), true
		l.Progress(p)
	}
	if c.facts == nil {
		c.facts = []Fact{}
	}
	if c.quotes == nil {
		c.quotes = []Quote{}
	}
	c.inferPublishers()
	errs.Sort()
	return c, errs.Err()
}

// fileResult is what a worker makes of one file.
type fileResult struct {
	article *Article
	facts   []Fact
	quotes  []Quote
	size    int64
	err     *ParseError
}

// loadFile reads, checks, parses and extracts one file.
func (l *Loader) loadFile(dir, rel string, m *metadata, in *interner) fileResult {
	path := filepath.Join(dir, rel)
	raw, err := readText(path)
	if err != nil {
		return fileResult{err: &ParseError{File: path, Err: unwrapPath(err)}}
	}
	res := fileResult{size: int64(len(raw))}
	if err := validate(path, raw, l.MaxLine); err != nil {
		var pe *ParseError
		errors.As(err, &pe)
		res.err = pe
		return res
	}
	a := parseArticle(articleName(rel), raw)
	m.apply(a)
	if a.Published.IsZero() {
		a.Warnings = append(a.Warnings, "no publication date in the text or metadata")
	}
	res.facts, res.quotes = extract(a)
	if !l.KeepBodies {
		a.Body = ""
		detach(a, res.facts, res.quotes, in)
	}
	res.article = a
	return res
}

// detach copies the strings that point into an article's text, so that
// the text can be freed: memory then grows with the facts kept, not with
// the size of the corpus. Strings many facts repeat (units, places,
// sources) are shared through in; the facts and quotes of one sentence
// share its text, and a phrase found in its sentence is a part of it.
func detach(a *Article, facts []Fact, quotes []Quote, in *interner) {
	c := strings.Clone
	a.Title, a.URL, a.Dateline = c(a.Title), c(a.URL), in.get(a.Dateline)
	a.Publisher, a.Wire = in.get(a.Publisher), in.get(a.Wire)
	sentences := map[string]string{}
	sentence := func(s string) string {
		if t, ok := sentences[s]; ok {
			return t
		}
		sentences[s] = s
		return s
	}
	for i := range facts {
		f := &facts[i]
		f.Unit, f.Location, f.Source, f.Rule = in.get(f.Unit), in.get(f.Location), in.get(f.Source), in.get(f.Rule)
		f.Sentence = sentence(f.Sentence)
		if k := strings.Index(f.Sentence, f.Phrase); k >= 0 {
			f.Phrase = f.Sentence[k : k+len(f.Phrase)]
		} else {
			f.Phrase = c(f.Phrase)
		}
	}
	for i := range quotes {
		q := &quotes[i]
		q.Speaker = in.get(q.Speaker)
		q.Sentence = sentence(q.Sentence)
		if k := strings.Index(q.Sentence, q.Quote); k >= 0 {
			q.Quote = q.Sentence[k : k+len(q.Quote)]
		}
	}
}

// interner keeps one copy of each string it is given, for strings that
// recur across a corpus. It is safe for concurrent use.
type interner struct {
	mu sync.Mutex
	m  map[string]string
}

// get returns the kept copy of s, keeping a copy of s first when there is
// none.
func (in *interner) get(s string) string {
	if s == "" {
		return ""
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	if t, ok := in.m[s]; ok {
		return t
	}
	if in.m == nil {
		in.m = map[string]string{}
	}
	t := strings.Clone(s)
	in.m[t] = t
	return t
}

// unwrapPath drops the path from an *fs.PathError, which ParseError.File
// already names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// listFiles returns the *.txt files under dir (relative, slash-separated,
// sorted), skipping hidden files and folders, and their sizes when asked.
func listFiles(dir string, wantSizes bool) ([]string, []int64, error) {
	var files []string
	var sizes []int64
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == dir {
				return err
			}
			// An unreadable subfolder: its files cannot be listed. Report
			// it as a file that failed.
			files = append(files, mustRel(dir, path))
			sizes = append(sizes, 0)
			return fs.SkipDir
		}
		name := d.Name()
		if path != dir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !strings.HasSuffix(name, ".txt") {
			return nil
		}
		files = append(files, mustRel(dir, path))
		var size int64
		if wantSizes {
			if info, err := d.Info(); err == nil {
				size = info.Size()
			}
		}
		sizes = append(sizes, size)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return files, sizes, nil
}

func mustRel(dir, path string) string {
	rel, err := filepath.Rel(dir, path)
	if err != nil {
		return path
	}
	return rel
}

// articleName is a file's path below the corpus folder without ".txt",
// with forward slashes.
func articleName(rel string) string {
	return strings.TrimSuffix(filepath.ToSlash(rel), ".txt")
}

// inferPublishers fills the publisher of articles whose only trace of the
// outlet is their address, from outlets named elsewhere in the corpus
// ("The Moscow Times" for themoscowtimes.com) or well-known sites.
func (c *Corpus) inferPublishers() {
	known := map[string]string{}
	for _, a := range c.articles {
		if a.Publisher != "" {
			known[squash(a.Publisher)] = a.Publisher
		}
	}
	for i := range c.articles {
		a := &c.articles[i]
		if a.Publisher != "" || a.URL == "" {
			continue
		}
		host := urlHost(a.URL)
		if name, ok := outlets[host]; ok {
			a.Publisher = name
			continue
		}
		core := host
		if k := strings.LastIndexByte(core, '.'); k > 0 {
			core = core[:k]
		}
		if name, ok := known[squash(core)]; ok {
			a.Publisher = name
		}
	}
}

// ArticleList returns the loaded articles, sorted by name.
func (c *Corpus) ArticleList() []Article { return c.articles }

// FactList returns every fact, in article order then body order.
func (c *Corpus) FactList() []Fact { return c.facts }

// QuoteList returns every direct quotation, in article then body order.
func (c *Corpus) QuoteList() []Quote { return c.quotes }

// Warnings lists the non-fatal problems met while loading, one line per
// problem: "ARTICLE: message".
func (c *Corpus) Warnings() []string {
	var out []string
	for _, a := range c.articles {
		for _, w := range a.Warnings {
			out = append(out, a.Name+": "+w)
		}
	}
	return out
}

// Articles returns the articles table as a gota DataFrame; see
// ArticlesFrame.
func (c *Corpus) Articles() dataframe.DataFrame { return ArticlesFrame(c.articles) }

// Facts returns the facts table as a gota DataFrame; see FactsFrame.
func (c *Corpus) Facts() dataframe.DataFrame { return FactsFrame(c.facts) }

// Quotes returns the quotes table as a gota DataFrame; see QuotesFrame.
func (c *Corpus) Quotes() dataframe.DataFrame { return QuotesFrame(c.quotes) }
