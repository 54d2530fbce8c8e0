package corpus

import (
	"bytes"
	"encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/facts/*.golden with the extractor's output")

// TestGolden compares the facts and quotes extracted from every seed, test
// and first held-out article with testdata/facts/NAME.golden. Run go test -update after
// a deliberate change and review the diff.
func TestGolden(t *testing.T) {
	for _, dir := range []string{seedDir, testArticles, heldoutDir + "/articles"} {
		c := mustLoad(t, dir)
		facts := map[string][]Fact{}
		quotes := map[string][]Quote{}
		for _, f := range c.FactList() {
			facts[f.Article] = append(facts[f.Article], f)
		}
		for _, q := range c.QuoteList() {
			quotes[q.Article] = append(quotes[q.Article], q)
		}
		for _, a := range c.ArticleList() {
			got := goldenText(a, facts[a.Name], quotes[a.Name])
			path := filepath.Join("testdata", "facts", a.Name+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Errorf("%v (run go test -update to create it)", err)
				continue
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s: output differs from %s (run go test -update and review the diff)\n%s",
					a.Name, path, firstDiff(string(got), string(want)))
			}
		}
	}
}

// goldenText renders an article's metadata, facts and quotes as CSV
// sections.
func goldenText(a Article, facts []Fact, quotes []Quote) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(ArticleColumns)
	w.Write([]string{a.Name, a.Title, formatDate(a.Published), a.Publisher, a.Wire, a.URL,
		strconv.Itoa(a.Words), a.Dateline, strings.Join(a.Warnings, "; ")})
	w.Write(nil)
	w.Write(FactColumns)
	for _, f := range facts {
		high := ""
		if f.Qualifier == Range {
			high = formatValue(f.ValueHigh)
		}
		w.Write([]string{f.Article, formatDate(f.Published), string(f.Category), formatValue(f.Value), high,
			string(f.Qualifier), f.Unit, f.Location, f.Source, formatDate(f.PeriodStart), f.Sentence,
			f.Phrase, strconv.Itoa(f.Start), strconv.Itoa(f.End), strconv.Itoa(f.Paragraph), f.Rule})
	}
	w.Write(nil)
	w.Write(QuoteColumns)
	for _, q := range quotes {
		w.Write([]string{q.Article, q.Speaker, q.Quote, q.Sentence})
	}
	w.Flush()
	return buf.Bytes()
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}
