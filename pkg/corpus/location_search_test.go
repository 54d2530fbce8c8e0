package corpus

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestWarOwnerMatches checks that the windowed search finds exactly what
// the expression finds over the whole text, on every article the tests
// have and on made-up edge cases.
func TestWarOwnerMatches(t *testing.T) {
	bodies := []string{
		"Syria's long civil war has killed many. The war in Syria goes on.",
		"the Syrian war in Idlib",
		"Turkey's war warfare wars conflict in Iraq and conflicts",
		"warwarwar conflictconflict Syrian conflict",
		"war",
		"",
		"Lebanon's war" + string(make([]byte, 300)) + "Iraqi conflict in Mosul",
	}
	bodies = append(bodies, testArticleBodies(t)...)
	found := 0
	for i, b := range bodies {
		want := warOwner.FindAllStringSubmatch(b, -1)
		got := warOwnerMatches(b)
		found += len(want)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("text %d: windowed matches\n%q\nwant\n%q", i, got, want)
		}
	}
	if found < 10 {
		t.Fatalf("only %d matches in %d texts: the comparison says little", found, len(bodies))
	}
}

// testArticleBodies returns the text of every article the tests have.
func testArticleBodies(t *testing.T) []string {
	t.Helper()
	var bodies []string
	for _, dir := range []string{"testdata/articles", "testdata/heldout*/articles", "../../data/articles"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			bodies = append(bodies, string(raw))
		}
	}
	return bodies
}

// TestLastNamedBefore checks that the places of a kind found once in a
// whole body give, before any offset, what searching the text before
// that offset gives.
func TestLastNamedBefore(t *testing.T) {
	bodies := append([]string{
		"Families reached Kawergosk camp. The camp is full.",
		"Sarmada camp, Atmeh camp and the camp of Qah. Then the camp grew.",
		"",
	}, testArticleBodies(t)...)
	named := 0
	for i, b := range bodies {
		for kind := range namedKind {
			nm := findNamed(b, kind)
			if len(nm.subs) == 0 && lastNamed(b, kind) == "" {
				continue // no place of the kind anywhere
			}
			for end := 0; end <= len(b); end++ {
				if end > 0 && end < len(b) && !strings.HasSuffix(b[:end], ". ") && b[end-1] != '\n' {
					continue // where sentences start
				}
				want := lastNamed(b[:end], kind)
				if got := nm.lastNamedBefore(b, end, kind); got != want {
					t.Fatalf("text %d, %s before %d: got %q, want %q", i, kind, end, got, want)
				}
				if want != "" {
					named++
				}
			}
		}
	}
	if named < 100 {
		t.Fatalf("only %d offsets with a place before them: the comparison says little", named)
	}
}
