package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// measureSets are the held-out sets that measure generalisation: nobody
// tunes rules on them and the category model does not learn from them.
var measureSets = map[string]bool{
	"testdata/heldout832": true, "testdata/heldout833": true, "testdata/heldout834": true, "testdata/heldout835": true,
	"testdata/heldout836": true, "testdata/heldout837": true, "testdata/heldout838": true, "testdata/heldout839": true,
	"testdata/heldout840": true, "testdata/heldout841": true, "testdata/heldout842": true, "testdata/heldout843": true,
	"testdata/heldout844": true, "testdata/heldout845": true, "testdata/heldout846": true, "testdata/heldout847": true,
}

// modelTrainingSets returns the annotated article folders the category
// model learns from: the seeds and test articles, the first held-out set
// and every later one that is not a measure.
func modelTrainingSets() []struct {
	annotations string
	articles    []string
} {
	sets := slices.Clone(annotatedSets)
	for _, h := range heldoutSets {
		if !measureSets[h.dir] {
			sets = append(sets, struct {
				annotations string
				articles    []string
			}{h.dir + "/annotations", []string{h.dir + "/articles"}})
		}
	}
	return sets
}

// modelExamples extracts the articles of one annotated folder and returns
// each annotated figure that the extractor found with the annotated value,
// as the features its category was chosen from and the annotated category.
func modelExamples(t *testing.T, annDir string, dirs []string) []modelExample {
	t.Helper()
	articles := map[string]Article{}
	for _, dir := range dirs {
		for _, a := range mustLoad(t, dir).ArticleList() {
			articles[a.Name] = a
		}
	}
	files, _ := filepath.Glob(filepath.Join(annDir, "*.csv"))
	var out []modelExample
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".csv")
		a, ok := articles[name]
		if !ok {
			continue // articles.csv
		}
		feats := map[int][]string{}
		facts, _ := extractTraced(&a, func(f *Fact, words []string, unit string) {
			feats[f.Start] = modelFeatures(words, unit)
		})
		wants := readAnnotations(t, path)
		match, _ := matchAnnotations(a.Body, facts, wants)
		for k, want := range wants {
			if i := match[k]; i >= 0 && sameValue(facts[i].Value, want) && feats[facts[i].Start] != nil {
				out = append(out, modelExample{Category(want.category), feats[facts[i].Start]})
			}
		}
	}
	return out
}

// TestCategoryModel retrains the category model on the training sets and
// requires catmodel.tsv to hold exactly that model (go test -run
// TestCategoryModel -update rewrites it).
func TestCategoryModel(t *testing.T) {
	var examples []modelExample
	for _, set := range modelTrainingSets() {
		if _, err := os.Stat(set.annotations); err != nil {
			t.Fatalf("training set %s: %v", set.annotations, err)
		}
		examples = append(examples, modelExamples(t, set.annotations, set.articles)...)
	}
	if len(examples) < 1000 {
		t.Fatalf("%d training examples, want the annotated sets' thousands", len(examples))
	}
	var buf bytes.Buffer
	if err := trainCategoryModel(examples).writeTo(&buf); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("catmodel.tsv", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote catmodel.tsv from %d examples", len(examples))
		return
	}
	if buf.String() != catModelTSV {
		t.Errorf("catmodel.tsv is stale: %d training examples give another model; run go test -run TestCategoryModel -update and review the scores", len(examples))
	}
}

func TestCategoryModel_Toy(t *testing.T) {
	ex := func(c Category, words ...string) modelExample {
		return modelExample{c, modelFeatures(append(words, figureMark), "people")}
	}
	m := trainCategoryModel([]modelExample{
		ex(Displaced, "fled", "their", "homes"), ex(Displaced, "fled", "the", "town"), ex(Displaced, "fled", "north"),
		ex(Sheltered, "living", "in", "tents"), ex(Sheltered, "in", "tents"),
		ex(Other, "tents", "delivered"),
	})
	if c, margin := m.predict(modelFeatures([]string{"have", "fled", figureMark}, "people")); c != Displaced || margin <= 0 {
		t.Errorf("predict(have fled) = %s, %.2f; want displaced ahead", c, margin)
	}
	if c, _ := m.predict(modelFeatures([]string{"living", "in", "tents", figureMark}, "people")); c != Sheltered {
		t.Errorf("predict(living in tents) = %s, want sheltered", c)
	}
	var buf bytes.Buffer
	if err := m.writeTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := readCategoryModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	back.writeTo(&again)
	m.writeTo(&buf)
	if again.String() != buf.String() {
		t.Errorf("model does not survive writeTo and readCategoryModel:\n%s\nvs\n%s", again.String(), buf.String())
	}
	for _, bad := range []string{"", "#vocab\tx\n", "other\tfled\n", "#prior\tother\tmany\n"} {
		if _, err := readCategoryModel(strings.NewReader(bad)); err == nil {
			t.Errorf("readCategoryModel(%q): no error", bad)
		}
	}
}

// The model never infers deaths or deployments, however sure it is.
func TestFallbackCategory_NoDeathsOrTroops(t *testing.T) {
	for _, words := range [][]string{
		{"were", "killed", "in", "air", "strikes", figureMark, "civilians"},
		{"troops", "deployed", "soldiers", figureMark, "sent", "to", "the", "border"},
	} {
		if c, ok := fallbackCategory(words, "people"); ok && (c == Killed || c == Troops || c == Other) {
			t.Errorf("fallbackCategory(%v) = %s", words, c)
		}
	}
	if _, ok := fallbackCategory([]string{"fled", figureMark}, "tents"); ok {
		t.Error("fallbackCategory answered for tents: it is only for counts of people")
	}
}
