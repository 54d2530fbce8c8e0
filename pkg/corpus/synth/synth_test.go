package synth

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsroom/displacement/pkg/corpus"
)

func TestGenerate_Deterministic(t *testing.T) {
	for i := range 50 {
		a, b := Generate(7, i), Generate(7, i)
		if !bytes.Equal(a.Text, b.Text) || !slices.EqualFunc(a.Facts, b.Facts, func(x, y corpus.Fact) bool { return x == y }) {
			t.Fatalf("article %d of seed 7 differs between two runs", i)
		}
	}
	if bytes.Equal(Generate(7, 0).Text, Generate(8, 0).Text) {
		t.Error("seeds 7 and 8 give the same article 0")
	}
}

// TestGenerate_FactsInText checks each planted fact against the article:
// the sentence and the phrase are in it, the values are consistent, the
// category and qualifier are known.
func TestGenerate_FactsInText(t *testing.T) {
	categories := map[corpus.Category]int{}
	qualifiers := map[corpus.Qualifier]int{}
	sources := map[string]bool{}
	periods, facts, words := 0, 0, 0
	for i := range 400 {
		a := Generate(1, i)
		if !utf8.Valid(a.Text) {
			t.Fatalf("article %d: invalid UTF-8", i)
		}
		text := normalize(string(a.Text))
		words += len(strings.Fields(string(a.Text)))
		for _, f := range a.Facts {
			facts++
			categories[f.Category]++
			qualifiers[f.Qualifier]++
			sources[f.Source] = true
			if !f.PeriodStart.IsZero() {
				periods++
				if f.PeriodStart.After(f.Published) {
					t.Errorf("article %d: period start %v after publication %v: %q", i, f.PeriodStart, f.Published, f.Sentence)
				}
			}
			if !strings.Contains(text, f.Sentence) {
				t.Errorf("article %d: sentence %q not in text", i, f.Sentence)
			}
			if !strings.Contains(strings.ToLower(f.Sentence), normalize(f.Phrase)) {
				t.Errorf("article %d: phrase %q not in sentence %q", i, f.Phrase, f.Sentence)
			}
			if f.Value <= 0 || (f.Qualifier == corpus.Range) != (f.ValueHigh > f.Value) {
				t.Errorf("article %d: value %v, high %v, qualifier %s: %q", i, f.Value, f.ValueHigh, f.Qualifier, f.Sentence)
			}
			if f.Source == "" || f.Unit == "" || f.Location == "" || f.Article != a.Name || f.Published != a.Published {
				t.Errorf("article %d: incomplete fact %+v", i, f)
			}
		}
	}
	for _, c := range corpus.Categories {
		if categories[c] == 0 {
			t.Errorf("no %s fact planted in 400 articles", c)
		}
	}
	for _, q := range []corpus.Qualifier{corpus.Exact, corpus.Approx, corpus.AtLeast, corpus.AtMost, corpus.Range} {
		if qualifiers[q] == 0 {
			t.Errorf("no %s fact planted in 400 articles", q)
		}
	}
	if periods == 0 || len(sources) < 20 {
		t.Errorf("%d facts with a period start and %d sources; want variety", periods, len(sources))
	}
	// Real reporting has few figures: one per 80–150 words.
	if per := words / facts; per < 70 || per > 160 {
		t.Errorf("one fact per %d words; want 70–160", per)
	}
}

// normalize collapses every run of white space, no-break spaces included,
// to one space, as the golden sentences are written.
func normalize(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestNumberWord(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{{2, "two"}, {13, "thirteen"}, {20, "twenty"}, {33, "thirty-three"}, {99, "ninety-nine"}} {
		if got := numberWord(tc.n); got != tc.want {
			t.Errorf("numberWord(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestGroupDigits(t *testing.T) {
	for _, tc := range []struct {
		n    int64
		want string
	}{{7, "7"}, {999, "999"}, {1000, "1,000"}, {865500, "865,500"}, {3600000, "3,600,000"}} {
		if got := groupDigits(tc.n, ","); got != tc.want {
			t.Errorf("groupDigits(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd", 28: "28th"} {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	st, err := Config{Seed: 3, Articles: 30}.Write(dir)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if st.Articles != 30 || len(files) != 30 {
		t.Fatalf("wrote %d articles, %d files; want 30", st.Articles, len(files))
	}
	facts, err := ReadGolden(filepath.Join(dir, GoldenFile))
	if err != nil {
		t.Fatal(err)
	}
	if len(facts) != st.Facts {
		t.Fatalf("golden file has %d facts, stats say %d", len(facts), st.Facts)
	}
	var want []corpus.Fact
	var size int64
	for i := range 30 {
		a := Generate(3, i)
		want = append(want, a.Facts...)
		size += int64(len(a.Text))
		got, err := os.ReadFile(filepath.Join(dir, a.Name+".txt"))
		if err != nil || !bytes.Equal(got, a.Text) {
			t.Fatalf("file of article %d differs from Generate (err %v)", i, err)
		}
	}
	if size != st.Bytes {
		t.Errorf("stats say %d bytes, files have %d", st.Bytes, size)
	}
	for i := range want {
		if want[i] != facts[i] {
			t.Fatalf("golden row %d = %+v, want %+v", i+1, facts[i], want[i])
		}
	}
	meta, err := os.ReadFile(filepath.Join(dir, MetadataFile))
	if err != nil || !strings.HasPrefix(string(meta), "article,published,publisher,wire,url\n") {
		t.Fatalf("metadata.csv: %v %q", err, meta)
	}
}

func TestWrite_Limits(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
		ok   func(Stats) bool
	}{
		{"bytes", Config{Bytes: 50_000}, func(s Stats) bool { return s.Bytes >= 50_000 && s.Bytes < 70_000 }},
		{"facts", Config{Facts: 40}, func(s Stats) bool { return s.Facts >= 40 && s.Facts < 60 }},
		{"first limit wins", Config{Articles: 3, Facts: 1000}, func(s Stats) bool { return s.Articles == 3 }},
		{"zero value", Config{}, func(s Stats) bool { return s.Articles == 100 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, err := tc.cfg.Write(t.TempDir())
			if err != nil || !tc.ok(st) {
				t.Errorf("%+v.Write = %+v, %v", tc.cfg, st, err)
			}
		})
	}
	if _, err := (Config{Articles: -1}).Write(t.TempDir()); err == nil {
		t.Error("negative limit: no error")
	}
}

func BenchmarkGenerate(b *testing.B) {
	var buf bytes.Buffer
	var n int64
	for i := 0; b.Loop(); i++ {
		a := generate(1, i, &buf)
		n += int64(len(a.Text))
	}
	b.SetBytes(n / int64(b.N))
}

func ExampleConfig_Write() {
	dir, err := os.MkdirTemp("", "synth")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	st, err := Config{Seed: 1, Articles: 10}.Write(dir)
	if err != nil {
		panic(err)
	}
	facts, err := ReadGolden(filepath.Join(dir, GoldenFile))
	if err != nil {
		panic(err)
	}
	fmt.Println(st.Articles, "articles;", len(facts) == st.Facts)
	// Output:
	// 10 articles; true
}
