package corpus

import (
	"os"
	"path/filepath"
	"reflect"
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
