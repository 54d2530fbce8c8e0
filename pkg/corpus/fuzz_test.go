package corpus

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// addSeeds adds every seed and test article to the fuzz corpus.
func addSeeds(f *testing.F) {
	for _, dir := range []string{seedDir, testArticles} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, path := range files {
			b, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(string(b))
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"more than 200,000", "half a million", "two and a half million", "15-20 km",
		"between 160,000 and 300,000", "tens of thousands", "865\u00a0500", "1.5m", "a dozen", "thirty-three",
		"up to 1.5 to 2 million", "9999999999999999999999999 million", "half a half", "and and", "-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNumber(s)
		if err != nil {
			return
		}
		if math.IsNaN(n.Value) || n.Value < 0 {
			t.Errorf("ParseNumber(%q) value %v", s, n.Value)
		}
		if n.Qualifier == Range && !(n.High > n.Value) || n.Qualifier != Range && n.High != 0 {
			t.Errorf("ParseNumber(%q) = %+v: high and qualifier disagree", s, n)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"May 31, 2019", "17/02/2020", "2020-02-21", "Published: 2020-02-21 14:03",
		"Tuesday, 18 February 2020", "31/02/2020", "Feb. 29, 2021", "99/99/9999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err == nil && (d.Year() < 1900 || d.Year() > 2099) {
			t.Errorf("ParseDate(%q) = %v, outside the years a date line gives", s, d)
		}
	})
}

// FuzzArticle checks the parser and extractor on any text: no panic, the
// body splits into paragraphs and sentences that reassemble it byte for
// byte, and every fact points at its phrase in the body.
func FuzzArticle(f *testing.F) {
	addSeeds(f)
	for _, s := range []string{"", "\ufeff", "\r\n\r\n", "\"", "“", "”\"“", "# \n\nBy [", "A.\n\nb.",
		"GENEVA (AP) —", "1,2,3,4,5", "some of the 3.6 million", "\u00a0\u202f", "since since since"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		if !utf8.ValidString(raw) || strings.IndexByte(raw, 0) >= 0 {
			return // Load rejects these before parsing
		}
		a := parseArticle("fuzz", raw)
		body := a.Body
		var sb strings.Builder
		for _, s := range splitSentences(body) {
			if s.start >= s.end {
				t.Fatalf("empty sentence span %v", s)
			}
			sb.WriteString(body[s.start:s.end])
		}
		if sb.String() != body {
			t.Fatalf("sentences do not reassemble the body:\n%q\n%q", sb.String(), body)
		}
		sb.Reset()
		for _, p := range paragraphs(body) {
			sb.WriteString(body[p.start:p.end])
		}
		if sb.String() != body {
			t.Fatalf("paragraphs do not reassemble the body")
		}
		facts, _ := extract(a)
		if a.Words != len(strings.FieldsFunc(body, func(r rune) bool { return r < 0x80 && isSpace(byte(r)) || r == '\v' || r == '\f' })) {
			t.Errorf("words = %d, want the number of space-separated runs", a.Words)
		}
		last := -1
		for _, fact := range facts {
			if fact.Start < 0 || fact.End > len(body) || fact.Start >= fact.End {
				t.Fatalf("fact %+v out of the body (%d bytes)", fact, len(body))
			}
			if fact.Phrase != body[fact.Start:fact.End] {
				t.Fatalf("phrase %q is not body[%d:%d] = %q", fact.Phrase, fact.Start, fact.End, body[fact.Start:fact.End])
			}
			if fact.Start <= last {
				t.Fatalf("facts overlap or are out of order at %d", fact.Start)
			}
			last = fact.Start
			if math.IsNaN(fact.Value) || fact.Paragraph < 1 || fact.Category == "" || fact.Qualifier == "" {
				t.Fatalf("bad fact %+v", fact)
			}
		}
	})
}
