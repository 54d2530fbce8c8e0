package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedBodies returns the parsed seed and test articles, repeated to about
// n bytes of body text.
func seedBodies(b *testing.B, n int) []*Article {
	b.Helper()
	var raw []string
	for _, dir := range []string{seedDir, testArticles} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			raw = append(raw, string(data))
		}
	}
	var out []*Article
	size := 0
	for size < n {
		for _, r := range raw {
			a := parseArticle("x", r)
			out = append(out, a)
			size += len(a.Body)
		}
	}
	return out
}

// BenchmarkScan measures the byte scanner that finds candidate figures.
func BenchmarkScan(b *testing.B) {
	arts := seedBodies(b, 1<<20)
	var size int64
	for _, a := range arts {
		size += int64(len(a.Body))
	}
	b.SetBytes(size)
	var cands, quotes []int
	for b.Loop() {
		for _, a := range arts {
			_, cands, quotes = scan(a.Body, cands[:0], quotes[:0])
		}
	}
}

// BenchmarkParseArticle measures turning raw text into a cleaned body.
func BenchmarkParseArticle(b *testing.B) {
	var raw []string
	var size int64
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	more, _ := filepath.Glob(filepath.Join(testArticles, "*.txt"))
	for _, f := range append(files, more...) {
		data, _ := os.ReadFile(f)
		raw = append(raw, string(data))
		size += int64(len(data))
	}
	b.SetBytes(size)
	for b.Loop() {
		for _, r := range raw {
			parseArticle("x", r)
		}
	}
}

// BenchmarkExtract measures extraction on the seed and test articles
// (about one figure per 100 words).
func BenchmarkExtract(b *testing.B) {
	arts := seedBodies(b, 256<<10)
	var size int64
	for _, a := range arts {
		size += int64(len(a.Body))
	}
	b.SetBytes(size)
	for b.Loop() {
		for _, a := range arts {
			extract(a)
		}
	}
}

// BenchmarkExtract_FewNumbers measures extraction on prose without
// figures: the cost of the scanner and the per-article work.
func BenchmarkExtract_FewNumbers(b *testing.B) {
	arts := seedBodies(b, 256<<10)
	var size int64
	for _, a := range arts {
		a.Body = strings.Map(func(r rune) rune {
			if '0' <= r && r <= '9' {
				return -1
			}
			return r
		}, a.Body)
		size += int64(len(a.Body))
	}
	b.SetBytes(size)
	for b.Loop() {
		for _, a := range arts {
			extract(a)
		}
	}
}
