package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const exampleDir = "../../pkg/corpus/testdata/example"

// runCmd runs the command line and returns stdout, stderr and the error.
func runTableCmd(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestTables_Headers(t *testing.T) {
	tests := []struct {
		cmd, header string
	}{
		{"facts", "article,published,category,value,value_high,qualifier,unit,location,source,period_start,sentence,phrase,start,end,paragraph,rule,affected_idps,affected_refugees,affected_killed"},
		{"articles", "article,title,published,publisher,wire,url,words,dateline,warnings"},
		{"quotes", "article,speaker,quote,sentence"},
	}
	for _, tt := range tests {
		for _, format := range []string{"csv", "hxl"} {
			out, _, err := runTableCmd(t, tt.cmd, "--format", format, exampleDir)
			if err != nil {
				t.Fatalf("%s --format %s: %v", tt.cmd, format, err)
			}
			recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil {
				t.Fatalf("%s --format %s: output is not CSV: %v", tt.cmd, format, err)
			}
			if got := strings.Join(recs[0], ","); got != tt.header {
				t.Errorf("%s --format %s header\n got %s\nwant %s", tt.cmd, format, got, tt.header)
			}
			if format == "hxl" {
				for i, tag := range recs[1] {
					if !strings.HasPrefix(tag, "#") {
						t.Errorf("%s hxl column %s has tag %q, want a #hashtag", tt.cmd, recs[0][i], tag)
					}
				}
			}
		}
	}
}

func TestTables_Facts(t *testing.T) {
	out, _, err := runTableCmd(t, "facts", exampleDir)
	if err != nil {
		t.Fatal(err)
	}
	recs, _ := csv.NewReader(strings.NewReader(out)).ReadAll()
	if len(recs) != 4 {
		t.Fatalf("got %d rows, want a header and 3 facts:\n%s", len(recs), out)
	}
	first := strings.Join(recs[1][:10], ",")
	if want := "gaziantep,2020-03-03,displaced,900000,,at_least,people,northwest Syria,U.N.,2019-12-01"; first != want {
		t.Errorf("first fact\n got %s\nwant %s", first, want)
	}
}

func TestTables_JSON(t *testing.T) {
	out, _, err := runTableCmd(t, "facts", "--format", "json", exampleDir)
	if err != nil {
		t.Fatal(err)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if len(rows) != 3 {
		t.Fatalf("got %d objects, want 3", len(rows))
	}
	if rows[0]["value"] != 900000.0 || rows[0]["value_high"] != nil || rows[0]["start"] != 0.0 || rows[0]["source"] != "U.N." {
		t.Errorf("first object %v", rows[0])
	}
	if !strings.HasPrefix(out, "[\n  {\"article\": ") {
		t.Errorf("keys are not in column order: %.40s", out)
	}
	empty := t.TempDir()
	os.WriteFile(filepath.Join(empty, "a.txt"), []byte("Title\n\nNothing is counted in this article at all.\n"), 0o644)
	out, _, err = runTableCmd(t, "quotes", "--format=json", empty)
	if err != nil || out != "[]\n" {
		t.Errorf("no quotes: got %q, %v; want []", out, err)
	}
}

func TestTables_Errors(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("Title\n\nMay 31, 2019\n\nMore than 200,000 people have fled, the U.N. said.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	emptyDir := t.TempDir()
	tests := []struct {
		name    string
		args    []string
		usage   bool   // a usage error (exit 2)
		fails   bool   // another error (exit 1)
		stderr  string // in stderr
		outRows int    // CSV records on stdout, header included
	}{
		{"unknown format", []string{"facts", "--format", "xml", dir}, true, false, "unknown format", 0},
		{"two dirs", []string{"facts", dir, dir}, true, false, "at most one DIR", 0},
		{"unknown flag", []string{"articles", "--nope"}, true, false, "flag provided but not defined", 0},
		{"missing dir", []string{"facts", filepath.Join(dir, "missing")}, false, true, "", 0},
		{"nothing loaded", []string{"facts", emptyDir}, false, true, "", 0},
		{"bad file reported, good loaded", []string{"facts", dir}, false, false, "empty.txt:1:1: empty file", 2},
		{"flags after DIR", []string{"facts", dir, "--quiet"}, false, false, "empty.txt:1:1", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, err := runTableCmd(t, tt.args...)
			if tt.usage != errors.Is(err, errUsage) {
				t.Errorf("err = %v, usage error %v", err, tt.usage)
			}
			if tt.fails != (err != nil && !errors.Is(err, errUsage)) {
				t.Errorf("err = %v, want failure %v", err, tt.fails)
			}
			if !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr %q lacks %q", errOut, tt.stderr)
			}
			if tt.outRows > 0 {
				recs, _ := csv.NewReader(strings.NewReader(out)).ReadAll()
				if len(recs) != tt.outRows {
					t.Errorf("got %d CSV records, want %d", len(recs), tt.outRows)
				}
			}
		})
	}
}

func TestTables_Help(t *testing.T) {
	for _, cmd := range []string{"facts", "articles", "quotes"} {
		out, _, err := runTableCmd(t, cmd, "--help")
		if err != nil {
			t.Fatalf("%s --help: %v", cmd, err)
		}
		if !strings.Contains(out, "Usage: corpus "+cmd) || !strings.Contains(out, "-format") {
			t.Errorf("%s --help does not explain usage and flags:\n%s", cmd, out)
		}
	}
	out, _, _ := runTableCmd(t, "facts", "--help")
	for _, col := range []string{"value_high", "qualifier", "period_start", "reporter"} {
		if !strings.Contains(out, col) {
			t.Errorf("facts --help does not explain %s", col)
		}
	}
}

// The facts of a folder as HXL-tagged CSV, ready for HDX tools.
func Example_facts() {
	run(context.Background(), []string{"facts", "--format", "hxl", "--quiet", exampleDir}, os.Stdout, os.Stderr)
	// Output:
	// article,published,category,value,value_high,qualifier,unit,location,source,period_start,sentence,phrase,start,end,paragraph,rule,affected_idps,affected_refugees,affected_killed
	// #meta+article,#date+reported,#indicator+category,#affected+num,#affected+num+max,#indicator+qualifier,#indicator+unit,#loc+name,#meta+source,#date+start,#description+sentence,#description+phrase,#meta+start,#meta+end,#meta+paragraph,#meta+rule,#affected+idps,#affected+refugees,#affected+killed
	// gaziantep,2020-03-03,displaced,900000,,at_least,people,northwest Syria,U.N.,2019-12-01,"More than 900,000 people have fled their homes in northwest Syria since the beginning of December, the U.N. said on Tuesday.","More than 900,000 people",0,24,1,left-already,900000,,
	// gaziantep,2020-03-03,unsheltered,80000,,approx,people,northwest Syria,Rana Haddad,,"About 80,000 of them are sleeping in the open, said Rana Haddad, a spokeswoman for the aid group Shelter Now.","About 80,000 of them",126,146,2,unsheltered,80000,,
	// gaziantep,2020-03-03,at_risk,300000,,exact,people,northwest Syria,Rana Haddad,,"""Another 300,000 could be displaced within weeks,"" she said.","300,000",246,253,3,projection,,,
}

// The articles table: one row per file, metadata.csv values winning.
func Example_articles() {
	run(context.Background(), []string{"articles", "--quiet", exampleDir}, os.Stdout, os.Stderr)
	// Output:
	// article,title,published,publisher,wire,url,words,dateline,warnings
	// gaziantep,Aid Groups Warn of New Exodus Towards Turkish Border,2020-03-03,Example Wire Service,Reuters,,50,GAZIANTEP,
}

// The HDX columns repeat the value of exactly the facts of their category.
func TestFacts_HDXColumns(t *testing.T) {
	out, _, err := runTableCmd(t, "facts", "--quiet", "../../data/articles")
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, name := range recs[0] {
		col[name] = i
	}
	want := map[string]string{
		"displaced": "affected_idps", "sheltered": "affected_idps", "unsheltered": "affected_idps",
		"refugees": "affected_refugees", "killed": "affected_killed",
	}
	seen := map[string]bool{}
	for _, r := range recs[1:] {
		cat := r[col["category"]]
		for _, hdx := range []string{"affected_idps", "affected_refugees", "affected_killed"} {
			got, wantVal := r[col[hdx]], ""
			if want[cat] == hdx {
				wantVal = r[col["value"]]
				seen[hdx] = true
			}
			if got != wantVal {
				t.Errorf("%s fact %q: %s = %q, want %q", cat, r[col["phrase"]], hdx, got, wantVal)
			}
		}
	}
	if len(seen) != 3 {
		t.Errorf("the seed corpus filled only %v; want all three HDX columns exercised", seen)
	}
}
