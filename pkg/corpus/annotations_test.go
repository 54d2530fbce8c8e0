package corpus

import (
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// The annotation test measures the extractor against the hand annotations
// in testdata/annotations and testdata/heldout/annotations (format and
// conventions in testdata/ANNOTATION.md): every annotated figure must be
// found with its category and value, nothing else may be extracted from an
// annotated article, and qualifier, source and period_start must be right
// for at least 95% of the figures found.

const (
	seedDir       = "../../data/articles"
	testArticles  = "testdata/articles"
	annotationDir = "testdata/annotations"
)

// mustLoad loads dir keeping bodies and fails the test on any error.
func mustLoad(t *testing.T, dir string) *Corpus {
	t.Helper()
	l := Loader{KeepBodies: true}
	c, err := l.Load(dir)
	if err != nil {
		t.Fatalf("Load(%s): %v", dir, err)
	}
	return c
}

// annotation is one row of an annotation file.
type annotation struct {
	line                           int
	phrase, category, qualifier    string
	unit, location, source, period string
	value, high                    float64
	decimals                       int // digits after the point written in value: the precision to compare at
}

func readAnnotations(t *testing.T, path string) []annotation {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	want := "phrase,category,value,value_high,qualifier,unit,location,source,period_start"
	if len(recs) == 0 || strings.Join(recs[0], ",") != want {
		t.Fatalf("%s: header must be %s", path, want)
	}
	var out []annotation
	for i, rec := range recs[1:] {
		if len(rec) != 9 {
			t.Fatalf("%s:%d: %d fields, want 9", path, i+2, len(rec))
		}
		a := annotation{line: i + 2, phrase: rec[0], category: rec[1], qualifier: rec[4],
			unit: rec[5], location: rec[6], source: rec[7], period: rec[8]}
		if dot := strings.IndexByte(rec[2], '.'); dot >= 0 {
			a.decimals = len(rec[2]) - dot - 1
		}
		if a.value, err = strconv.ParseFloat(rec[2], 64); err != nil {
			t.Fatalf("%s:%d: value %q: %v", path, i+2, rec[2], err)
		}
		if rec[3] != "" {
			if a.high, err = strconv.ParseFloat(rec[3], 64); err != nil {
				t.Fatalf("%s:%d: value_high %q: %v", path, i+2, rec[3], err)
			}
		}
		out = append(out, a)
	}
	return out
}

// findPhrase returns the spans of body where phrase occurs, treating any
// run of white space (no-break spaces included) as equal.
func findPhrase(body, phrase string) []span {
	canon := func(s string) ([]rune, []int) {
		var rs []rune
		var offs []int
		space := false
		for i, r := range s {
			if unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' {
				if !space {
					rs = append(rs, ' ')
					offs = append(offs, i)
				}
				space = true
				continue
			}
			space = false
			rs = append(rs, r)
			offs = append(offs, i)
		}
		offs = append(offs, len(s))
		return rs, offs
	}
	b, boffs := canon(body)
	p, _ := canon(strings.TrimSpace(phrase))
	var out []span
	for i := 0; i+len(p) <= len(b); i++ {
		match := true
		for j := range p {
			if b[i+j] != p[j] {
				match = false
				break
			}
		}
		if match {
			out = append(out, span{boffs[i], boffs[i+len(p)]})
		}
	}
	return out
}

type score struct{ ok, total int }

func (s score) String() string {
	if s.total == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%d/%d (%.1f%%)", s.ok, s.total, 100*float64(s.ok)/float64(s.total))
}

func (s score) pct() float64 {
	if s.total == 0 {
		return 100
	}
	return 100 * float64(s.ok) / float64(s.total)
}

// annotatedSets are the article folders TestAnnotations holds to its
// thresholds, with their annotations. The first held-out set joined them
// once the extractor met the same thresholds on it (it had scored 81% of
// figures found at 76% precision before the rules were generalised).
var annotatedSets = []struct {
	annotations string
	articles    []string
}{
	{annotationDir, []string{seedDir, testArticles}},
	{heldoutDir + "/annotations", []string{heldoutDir + "/articles"}},
}

// heldoutDir is the first held-out set.
const heldoutDir = "testdata/heldout"

func TestAnnotations(t *testing.T) {
	for _, set := range annotatedSets {
		t.Run(strings.ReplaceAll(set.annotations, "/", "_"), func(t *testing.T) {
			sc := scoreAnnotations(t, set.annotations, set.articles, t.Errorf, t.Logf)
			if sc.found.total == 0 {
				t.Fatalf("no annotated figures in %s", set.annotations)
			}
			for _, s := range []struct {
				name string
				sc   score
			}{{"qualifier", sc.qual}, {"source", sc.src}, {"period_start", sc.period}} {
				if s.sc.pct() < 95 {
					t.Errorf("%s right for %s of matched figures, want at least 95%%", s.name, s.sc)
				}
			}
		})
	}
}

// annotationScores are the measures of one comparison of extracted facts
// with hand annotations.
type annotationScores struct {
	found   score // annotated figures found with category and value right
	precise score // extracted figures that are annotated
	correct score // extracted figures that are annotated with this category and value
	qual    score // of the figures found: qualifier right
	src     score // source right
	period  score // period_start right
	unit    score // unit right (not a threshold, reported)
	place   score // location right (not a threshold, reported)
}

// scoreAnnotations compares the facts of the articles in dirs with the
// annotation files in annDir. Misses (annotated figures not found or with
// the wrong category or value) and extras (figures extracted but not
// annotated) go to miss; wrong qualifiers, sources, periods, units and
// locations to detail.
func scoreAnnotations(t *testing.T, annDir string, dirs []string, miss, detail func(string, ...any)) annotationScores {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(annDir, "*.csv"))
	var annotated []string
	for _, f := range files {
		if filepath.Base(f) != "articles.csv" {
			annotated = append(annotated, f)
		}
	}
	articles := map[string]Article{}
	facts := map[string][]Fact{}
	for _, dir := range dirs {
		c := mustLoad(t, dir)
		for _, a := range c.ArticleList() {
			articles[a.Name] = a
		}
		for _, f := range c.FactList() {
			facts[f.Article] = append(facts[f.Article], f)
		}
	}
	var sc annotationScores
	for _, path := range annotated {
		name := strings.TrimSuffix(filepath.Base(path), ".csv")
		a, ok := articles[name]
		if !ok {
			t.Errorf("%s: no article %s in %s", path, name, strings.Join(dirs, " or "))
			continue
		}
		got := facts[name]
		wants := readAnnotations(t, path)
		match, occurrences := matchAnnotations(a.Body, got, wants)
		used := make([]bool, len(got))
		for k, want := range wants {
			where := fmt.Sprintf("%s:%d", path, want.line)
			sc.found.total++
			best := match[k]
			if occurrences[k] <= 0 {
				miss("%s: MISSED %q: phrase not in the body (%d occurrences)", where, want.phrase, -occurrences[k])
				continue
			}
			if best < 0 {
				miss("%s: MISSED %s %v in %q", where, want.category, want.value, want.phrase)
				continue
			}
			used[best] = true
			f := got[best]
			if string(f.Category) != want.category || !sameValue(f.Value, want) || f.ValueHigh != want.high {
				miss("%s: WRONG %q: got %s %v-%v (rule %s), want %s %v-%v\n\tsentence: %s",
					where, want.phrase, f.Category, f.Value, f.ValueHigh, f.Rule, want.category, want.value, want.high, f.Sentence)
				continue
			}
			sc.found.ok++
			check := func(s *score, field, got, want string) {
				s.total++
				if strings.EqualFold(got, want) {
					s.ok++
					return
				}
				detail("%s: %s %q: got %q, want %q", where, field, f.Phrase, got, want)
			}
			check(&sc.qual, "qualifier", string(f.Qualifier), want.qualifier)
			check(&sc.src, "source", f.Source, want.source)
			check(&sc.period, "period_start", formatDate(f.PeriodStart), want.period)
			check(&sc.unit, "unit", f.Unit, want.unit)
			check(&sc.place, "location", f.Location, want.location)
		}
		for i, f := range got {
			sc.precise.total++
			if used[i] {
				sc.precise.ok++
				continue
			}
			miss("%s: EXTRA %s %v %q (rule %s)\n\tsentence: %s", path, f.Category, f.Value, f.Phrase, f.Rule, f.Sentence)
		}
	}
	sc.correct = score{sc.found.ok, sc.precise.total}
	t.Logf("%s: category and value: %s of annotated figures found; %s of extracted figures annotated, %s with category and value right",
		annDir, sc.found, sc.precise, sc.correct)
	t.Logf("%s: qualifier %s, source %s, period_start %s, unit %s, location %s of matched figures",
		annDir, sc.qual, sc.src, sc.period, sc.unit, sc.place)
	return sc
}

// TestArticleMetadata compares the articles table with the articles.csv
// of every annotated set.
// matchAnnotations pairs each annotation with the extracted fact (an
// index into got, or -1) whose phrase overlaps the annotation's phrase,
// the n-th time that phrase occurs for its n-th annotation, preferring a
// fact of the annotated value; a fact pairs at most once. occurrences
// holds how often each phrase occurs in body, negated when the
// annotation's turn is past them all (the phrase is missing).
func matchAnnotations(body string, got []Fact, wants []annotation) (match, occurrences []int) {
	used := make([]bool, len(got))
	seen := map[string]int{}
	match = make([]int, len(wants))
	occurrences = make([]int, len(wants))
	for k, want := range wants {
		match[k] = -1
		occ := findPhrase(body, want.phrase)
		n := seen[want.phrase]
		seen[want.phrase]++
		occurrences[k] = len(occ)
		if n >= len(occ) {
			occurrences[k] = -len(occ)
			continue
		}
		sp := occ[n]
		best := -1
		for i, f := range got {
			if used[i] || f.End <= sp.start || f.Start >= sp.end {
				continue
			}
			if best < 0 || sameValue(f.Value, want) && !sameValue(got[best].Value, want) {
				best = i
			}
		}
		if best >= 0 {
			used[best] = true
			match[k] = best
		}
	}
	return match, occurrences
}

func TestArticleMetadata(t *testing.T) {
	for _, set := range annotatedSets {
		sc := scoreArticles(t, set.annotations, set.articles, t.Errorf)
		if sc.total == 0 {
			t.Fatalf("%s/articles.csv has no rows", set.annotations)
		}
	}
}

// articleColumns are the metadata columns compared with articles.csv.
var articleColumns = []string{"title", "published", "publisher", "wire", "url", "dateline"}

// scoreArticles compares the articles of dirs with annDir/articles.csv,
// one score point per article and column; differences go to miss.
func scoreArticles(t *testing.T, annDir string, dirs []string, miss func(string, ...any)) score {
	t.Helper()
	f, err := os.Open(filepath.Join(annDir, "articles.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) < 1 {
		return score{}
	}
	articles := map[string]Article{}
	for _, dir := range dirs {
		for _, a := range mustLoad(t, dir).ArticleList() {
			articles[a.Name] = a
		}
	}
	header := recs[0]
	var sc score
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, h := range header {
			row[h] = rec[i]
		}
		name := row["article"]
		a, ok := articles[name]
		if !ok {
			t.Errorf("%s/articles.csv: no article %s", annDir, name)
			continue
		}
		got := map[string]string{
			"title": a.Title, "published": formatDate(a.Published), "publisher": a.Publisher,
			"wire": a.Wire, "url": a.URL, "dateline": a.Dateline,
		}
		for _, col := range articleColumns {
			sc.total++
			if got[col] == row[col] {
				sc.ok++
				continue
			}
			miss("%s: %s = %q, want %q", name, col, got[col], row[col])
		}
	}
	t.Logf("%s: article metadata %s right", annDir, sc)
	return sc
}

// sameValue compares an extracted value with an annotated one at the
// precision the annotation writes: a share such as "a third" has no exact
// decimal form, and 33.33 and 33.3 both write it; whole numbers compare
// exactly.
func sameValue(got float64, want annotation) bool {
	if want.decimals == 0 {
		return got == want.value
	}
	scale := math.Pow(10, float64(want.decimals))
	return math.Round(got*scale) == math.Round(want.value*scale)
}

func TestSameValue(t *testing.T) {
	tests := []struct {
		got  float64
		want annotation
		same bool
	}{
		{33.33, annotation{value: 33.3, decimals: 1}, true},
		{33.33, annotation{value: 33.33, decimals: 2}, true},
		{33.33, annotation{value: 33.4, decimals: 1}, false},
		{14.29, annotation{value: 14.3, decimals: 1}, true},
		{1000, annotation{value: 1000}, true},
		{1000.4, annotation{value: 1000}, false},
	}
	for _, tt := range tests {
		if got := sameValue(tt.got, tt.want); got != tt.same {
			t.Errorf("sameValue(%v, %v at %d decimals) = %v, want %v", tt.got, tt.want.value, tt.want.decimals, got, tt.same)
		}
	}
}
