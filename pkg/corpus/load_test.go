package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// writeFiles creates files under dir: name -> content.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const goodArticle = "Title of a good article\n\nMay 31, 2019\n\nMore than 200,000 people have fled their homes, the U.N. said.\n"

func TestLoad_BadInput(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		content string
		want    error
		pos     string // "file:line:col" prefix expected in the message
	}{
		{"empty", "empty.txt", "", ErrEmpty, "empty.txt:1:1: empty file"},
		{"blank", "blank.txt", " \n\n\t\n", ErrEmpty, "blank.txt:1:1:"},
		{"binary", "binary.txt", "PK\x03\x04\nsome\x00bytes", ErrBinary, "binary.txt:2:5:"},
		{"invalid UTF-8", "latin1.txt", "Title\n\nCaf\xe9 in Idlib, 200 people fled.\n", ErrUTF8, "latin1.txt:3:4:"},
		{"10 MB single line", "oneline.txt", strings.Repeat("word ", 2<<20), ErrLineTooLong, "oneline.txt:1:1048577:"},
		{"long line after good lines", "late.txt", "Title\n\n" + strings.Repeat("x", DefaultMaxLine+1), ErrLineTooLong, "late.txt:3:1048577:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{tt.file: tt.content, "good.txt": goodArticle})
			c, err := Load(dir)
			if c == nil {
				t.Fatalf("Load returned no corpus: %v", err)
			}
			if n := len(c.ArticleList()); n != 1 || c.ArticleList()[0].Name != "good" {
				t.Errorf("loaded %d articles, want only good", n)
			}
			if len(c.FactList()) != 1 {
				t.Errorf("got %d facts from good.txt, want 1", len(c.FactList()))
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("Load error = %v, want %v", err, tt.want)
			}
			var list ErrorList
			if !errors.As(err, &list) || len(list) != 1 {
				t.Fatalf("error %T %v, want an ErrorList of one", err, err)
			}
			if msg := list[0].Error(); !strings.HasPrefix(msg, filepath.Join(dir, tt.pos)) {
				t.Errorf("message %q, want prefix %q", msg, filepath.Join(dir, tt.pos))
			}
		})
	}
}

func TestLoad_Unreadable(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"good.txt": goodArticle})
	// A dangling link cannot be read, even by root; a file without read
	// permission only by others.
	bad := []string{"link.txt"}
	if err := os.Symlink(filepath.Join(dir, "missing"), filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	if os.Getuid() != 0 {
		writeFiles(t, dir, map[string]string{"locked.txt": goodArticle})
		if err := os.Chmod(filepath.Join(dir, "locked.txt"), 0); err != nil {
			t.Fatal(err)
		}
		bad = append(bad, "locked.txt")
	}
	c, err := Load(dir)
	var list ErrorList
	if !errors.As(err, &list) || len(list) != len(bad) {
		t.Fatalf("Load error = %v, want %d errors", err, len(bad))
	}
	if len(c.ArticleList()) != 1 {
		t.Errorf("loaded %d articles, want 1", len(c.ArticleList()))
	}
	for i, name := range bad {
		if list[i].File != filepath.Join(dir, name) || !strings.Contains(list[i].Error(), name+": open: ") {
			t.Errorf("error %d = %q, want one naming %s", i, list[i], name)
		}
	}
}

func TestLoad_Metadata(t *testing.T) {
	tests := []struct {
		name     string
		metadata string
		want     []error
		pos      []string
		pub      string // published date of good after loading
	}{
		{"good", "article,published,publisher\ngood,2020-02-04,The Daily\n", nil, nil, "2020-02-04"},
		{"with .txt", "article,published\ngood.txt,2020-02-04\n", nil, nil, "2020-02-04"},
		{"any column order", "publisher,article\nThe Daily,good\n", nil, nil, "2019-05-31"},
		{"bad date", "article,published\ngood,04/02/2020\n", []error{ErrBadDate}, []string{"metadata.csv:2:6:"}, "2019-05-31"},
		{"impossible date", "article,published\ngood,2019-02-30\n", []error{ErrBadDate}, []string{"metadata.csv:2:6:"}, "2019-05-31"},
		{"unknown article", "article,published\ngood,2020-02-04\nghost,2020-02-05\n", []error{ErrUnknown}, []string{"metadata.csv:3:1:"}, "2020-02-04"},
		{"unknown column", "article,date\ngood,2020-02-04\n", []error{ErrMetadata}, []string{"metadata.csv:1:9:"}, "2019-05-31"},
		{"no article column", "name,published\ngood,2020-02-04\n", []error{ErrMetadata, ErrMetadata}, []string{"metadata.csv:1:1: bad metadata: unknown column", "metadata.csv:1:1: bad metadata: no article"}, "2019-05-31"},
		{"duplicate row", "article,published\ngood,2020-02-04\ngood,2020-02-05\n", []error{ErrMetadata}, []string{"metadata.csv:3:1:"}, "2020-02-04"},
		{"bad quoting", "article,published\n\"good,2020-02-04\n", []error{ErrMetadata}, []string{"metadata.csv:"}, "2019-05-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{"good.txt": goodArticle, "metadata.csv": tt.metadata})
			c, err := Load(dir)
			var list ErrorList
			errors.As(err, &list)
			if len(list) != len(tt.want) {
				t.Fatalf("Load error = %v, want %d errors", err, len(tt.want))
			}
			for i, w := range tt.want {
				if !errors.Is(list[i], w) {
					t.Errorf("error %d = %v, want %v", i, list[i], w)
				}
				if !strings.HasPrefix(list[i].Error(), filepath.Join(dir, tt.pos[i])) {
					t.Errorf("error %d = %q, want prefix %q", i, list[i].Error(), tt.pos[i])
				}
			}
			if got := formatDate(c.ArticleList()[0].Published); got != tt.pub {
				t.Errorf("published = %s, want %s", got, tt.pub)
			}
		})
	}
}

func TestLoad_NoDate(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"undated.txt": "A title\n\nThese comments were made yesterday, May 31st, when 300 people fled.\n"})
	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	a := c.ArticleList()[0]
	if !a.Published.IsZero() {
		t.Errorf("published = %s, want none (never invented)", a.Published)
	}
	if w := c.Warnings(); len(w) != 1 || !strings.Contains(w[0], "undated: no publication date") {
		t.Errorf("warnings = %q, want one about the date", w)
	}
}

func TestLoad_NotADir(t *testing.T) {
	if c, err := Load(filepath.Join(t.TempDir(), "nothing")); err == nil || c != nil {
		t.Errorf("Load(missing dir) = %v, %v; want nil and an error", c, err)
	}
}

func TestLoad_Deterministic(t *testing.T) {
	for _, dir := range []string{seedDir, testArticles} {
		var want *Corpus
		for _, workers := range []int{1, 2, 7} {
			l := Loader{Workers: workers, KeepBodies: true}
			c, err := l.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			if want == nil {
				want = c
				continue
			}
			if !reflect.DeepEqual(c, want) {
				t.Errorf("%s: %d workers give a different corpus than 1", dir, workers)
			}
		}
	}
}

func TestLoad_Subfolders(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"2019/a.txt": goodArticle, "b.txt": goodArticle, ".hidden/c.txt": goodArticle, "notes.md": "x"})
	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range c.ArticleList() {
		names = append(names, a.Name)
	}
	if want := []string{"2019/a", "b"}; !reflect.DeepEqual(names, want) {
		t.Errorf("articles %q, want %q", names, want)
	}
}

func TestLoad_Progress(t *testing.T) {
	var calls []Progress
	l := Loader{Progress: func(p Progress) { calls = append(calls, p) }}
	c, err := l.Load(seedDir)
	if err != nil {
		t.Fatal(err)
	}
	last := calls[len(calls)-1]
	if !last.Done || last.Files != 5 || last.TotalFiles != 5 || last.Facts != len(c.FactList()) || last.Bytes != last.TotalBytes || last.Bytes == 0 {
		t.Errorf("last progress %+v, want done with 5 files, all bytes and %d facts", last, len(c.FactList()))
	}
	if c.ArticleList()[0].Body != "" {
		t.Error("bodies kept without KeepBodies")
	}
}
