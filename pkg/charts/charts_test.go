package charts

import (
	"bytes"
	"encoding/json"
	"flag"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsroom/displacement/pkg/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// constructor is the signature shared by the four charts.
type constructor func([]corpus.Fact, []corpus.Article, ...Option) *Chart

var constructors = []struct {
	name string
	make constructor
}{
	{"displacement", Displacement},
	{"refugees", Refugees},
	{"sources", Sources},
	{"killed", Killed},
}

// golden compares got with testdata/golden/name, or rewrites it with -update.
// JSON is indented first so that diffs are reviewable.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	var b bytes.Buffer
	if err := json.Indent(&b, got, "", "  "); err != nil {
		t.Fatalf("%s: option is not JSON: %v", name, err)
	}
	b.WriteByte('\n')
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("%s differs from the golden file; got:\n%s\nrun go test -update and review the diff", path, b.Bytes())
	}
}

// option decodes a chart's option JSON.
func option(t *testing.T, c *Chart) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(c.OptionJSON(), &m); err != nil {
		t.Fatalf("%s: %v", c.Kind(), err)
	}
	return m
}

// series returns the option's series.
func series(t *testing.T, c *Chart) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, s := range option(t, c)["series"].([]any) {
		out = append(out, s.(map[string]any))
	}
	return out
}

func TestGolden_Fixture(t *testing.T) {
	facts, articles := handFacts()
	for _, tc := range constructors {
		t.Run(tc.name, func(t *testing.T) {
			golden(t, "fixture_"+tc.name+".json", tc.make(facts, articles).OptionJSON())
		})
	}
	t.Run("displacement_by_source", func(t *testing.T) {
		golden(t, "fixture_displacement_by_source.json", Displacement(facts, articles, BySource(), WithLogScale()).OptionJSON())
	})
}

// seedCorpus loads the seed articles in data/articles.
func seedCorpus(t *testing.T) ([]corpus.Fact, []corpus.Article) {
	t.Helper()
	c, err := corpus.Load(filepath.Join("..", "..", "data", "articles"))
	if err != nil {
		t.Fatalf("load the seed corpus: %v", err)
	}
	return c.FactList(), c.ArticleList()
}

// TestGolden_Seed pins the option of every chart of the seed corpus. A
// change in the extractor shows up here too: review the diff with the
// articles at hand before running -update.
func TestGolden_Seed(t *testing.T) {
	facts, articles := seedCorpus(t)
	for _, tc := range constructors {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.make(facts, articles)
			if tc.name != "sources" && c.Figures() == 0 {
				t.Errorf("the seed corpus gives an empty %s chart", tc.name)
			}
			golden(t, "seed_"+tc.name+".json", c.OptionJSON())
		})
	}
	t.Run("displacement_by_source", func(t *testing.T) {
		golden(t, "seed_displacement_by_source.json", Displacement(facts, articles, BySource()).OptionJSON())
	})
}

func TestDeterminism(t *testing.T) {
	facts, articles := handFacts()
	for _, tc := range constructors {
		t.Run(tc.name, func(t *testing.T) {
			var first bytes.Buffer
			if err := tc.make(facts, articles).Render(&first); err != nil {
				t.Fatal(err)
			}
			// The same facts in another order, and a second render, give
			// the same bytes.
			r := rand.New(rand.NewPCG(1, 2))
			for i := 0; i < 5; i++ {
				shuffled := slices.Clone(facts)
				r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
				var again bytes.Buffer
				if err := tc.make(shuffled, articles).Render(&again); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(first.Bytes(), again.Bytes()) {
					t.Fatalf("render %d of shuffled facts differs from the first", i)
				}
			}
		})
	}
}

func TestEmpty(t *testing.T) {
	facts, articles := handFacts()
	undatedOnly := []corpus.Fact{facts[len(facts)-1]}
	for _, tc := range constructors {
		for _, in := range []struct {
			name  string
			facts []corpus.Fact
		}{{"nil", nil}, {"undated only", undatedOnly}, {"other categories only", []corpus.Fact{facts[20]}}} {
			t.Run(tc.name+"/"+in.name, func(t *testing.T) {
				c := tc.make(in.facts, articles)
				if c.Figures() != 0 {
					t.Errorf("Figures() = %d, want 0", c.Figures())
				}
				m := option(t, c)
				g, _ := json.Marshal(m["graphic"])
				if !strings.Contains(string(g), `"No figures"`) {
					t.Errorf("graphic = %s, want the text No figures", g)
				}
				if len(m["series"].([]any)) != 0 {
					t.Errorf("series = %v, want none", m["series"])
				}
				var b bytes.Buffer
				if err := c.Render(&b); err != nil {
					t.Fatalf("Render: %v", err)
				}
			})
		}
	}
}

func TestSources_NoComparablePeriod(t *testing.T) {
	facts, articles := handFacts()
	c := Sources(facts[:1], articles) // one figure: nothing to compare
	g, _ := json.Marshal(option(t, c)["graphic"])
	if !strings.Contains(string(g), "No figures from two sources") {
		t.Errorf("graphic = %s, want the no-comparison text", g)
	}
}

// dataOf returns the data items of the series named name and type typ.
func dataOf(t *testing.T, c *Chart, name, typ string) []any {
	t.Helper()
	for _, s := range series(t, c) {
		if s["name"] == name && s["type"] == typ {
			return s["data"].([]any)
		}
	}
	t.Fatalf("%s: no %s series %q", c.Kind(), typ, name)
	return nil
}

func TestDisplacement_Series(t *testing.T) {
	facts, articles := handFacts()
	tests := []struct {
		name    string
		options []Option
		want    []string // main series names in order
	}{
		{"by category", nil, []string{"displaced", "sheltered", "unsheltered", "at_risk"}},
		{"by source", []Option{BySource()}, []string{"Ankara", "David Swanson", "Fuat Oktay", "Mohammed Othman", "reporter", "Tayyip Erdogan", "U.N.", "UOSSM"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := Displacement(facts, articles, tc.options...)
			var got []string
			for _, s := range series(t, c) {
				if s["type"] == "scatter" {
					got = append(got, s["name"].(string))
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("series = %q, want %q", got, tc.want)
			}
			// 13 dated displacement-type facts; the undated one and the
			// troops, killed and refugee facts are not drawn.
			if c.Figures() != 13 {
				t.Errorf("Figures() = %d, want 13", c.Figures())
			}
		})
	}
}

func TestDisplacement_Points(t *testing.T) {
	facts, articles := handFacts()
	c := Displacement(facts, articles)
	data := dataOf(t, c, "displaced", "scatter")
	type want struct {
		date  string
		value float64
		extra map[string]any
	}
	wants := []want{
		{"2018-09-07", 11000000, map[string]any{"src": "reporter", "art": "003_truce", "title": "Russia Opposes Turkey's Calls for Truce in Idlib"}},
		{"2019-05-31", 200000, map[string]any{"q": "at_least", "symbol": "triangle", "from": "2019-04-30", "src": "U.N."}},
		{"2019-05-31", 300000, map[string]any{"q": "at_least", "src": "UOSSM"}},
		{"2019-06-01", 15000, map[string]any{"q": "range", "hi": 20000.0, "symbol": "rect"}},
		{"2020-02-04", 520000, map[string]any{"from": "2019-12-01", "src": "David Swanson"}},
		{"2020-02-04", 100000, map[string]any{"u": "civilians"}},
		{"2020-02-15", 100000, map[string]any{"src": "Fuat Oktay"}},
		{"2020-02-15", 100000, map[string]any{"src": "reporter", "art": "004_met_responsibilities"}},
	}
	if len(data) != len(wants) {
		t.Fatalf("got %d displaced points, want %d: %v", len(data), len(wants), data)
	}
	for i, w := range wants {
		d := data[i].(map[string]any)
		v := d["value"].([]any)
		if v[0] != w.date || v[1] != w.value {
			t.Errorf("point %d value = %v, want [%s %v]", i, v, w.date, w.value)
		}
		for k, x := range w.extra {
			if d[k] != x {
				t.Errorf("point %d %s = %v, want %v", i, k, d[k], x)
			}
		}
	}
	// Exact figures keep the default circle, without a symbol field.
	if _, ok := data[0].(map[string]any)["symbol"]; ok {
		t.Errorf("exact point has a symbol: %v", data[0])
	}
	// Ranges and periods go to the custom series of the same name.
	spans := dataOf(t, c, "displaced", "custom")
	wantSpans := [][]any{
		{"2019-05-31", 200000.0, 200000.0, "2019-04-30"},
		{"2019-05-31", 300000.0, 300000.0, "2019-04-30"},
		{"2019-06-01", 15000.0, 20000.0, "2019-06-01"},
		{"2020-02-04", 520000.0, 520000.0, "2019-12-01"},
	}
	if len(spans) != len(wantSpans) {
		t.Fatalf("spans = %v, want %v", spans, wantSpans)
	}
	for i, w := range wantSpans {
		if !slices.Equal(spans[i].([]any), w) {
			t.Errorf("span %d = %v, want %v", i, spans[i], w)
		}
	}
}

func TestMarkers(t *testing.T) {
	tests := []struct {
		q      corpus.Qualifier
		symbol string
		rotate float64
	}{
		{corpus.Exact, "", 0},
		{corpus.Approx, "diamond", 0},
		{corpus.AtLeast, "triangle", 0},
		{corpus.AtMost, "triangle", 180},
		{corpus.Range, "rect", 0},
		{"", "", 0},
	}
	for _, tc := range tests {
		f := fx("a", "2020-01-01", corpus.Killed, 5, 0, tc.q, "people", "", "x", "", "s")
		if tc.q == corpus.Range {
			f.ValueHigh = 9
		}
		d := dataOf(t, Killed([]corpus.Fact{f}, nil), "killed", "scatter")[0].(map[string]any)
		sym, _ := d["symbol"].(string)
		rot, _ := d["symbolRotate"].(float64)
		if sym != tc.symbol || rot != tc.rotate {
			t.Errorf("qualifier %q: symbol %q rotate %v, want %q %v", tc.q, sym, rot, tc.symbol, tc.rotate)
		}
	}
}

func TestRefugees_HostCountries(t *testing.T) {
	facts := []corpus.Fact{
		fx("a", "2018-09-07", corpus.Refugees, 3500000, 0, corpus.Exact, "refugees", "Turkey", "reporter", "", "s1"),
		fx("b", "2020-02-04", corpus.Refugees, 3600000, 0, corpus.Exact, "refugees", "turkey", "reporter", "", "s2"),
		fx("c", "2019-01-01", corpus.Refugees, 1000000, 0, corpus.Approx, "refugees", "Lebanon", "UNHCR", "", "s3"),
		fx("d", "2019-01-01", corpus.Refugees, 5000, 0, corpus.Approx, "refugees", "", "UNHCR", "", "s4"),
	}
	c := Refugees(facts, nil)
	var names []string
	for _, s := range series(t, c) {
		if s["type"] != "line" {
			t.Errorf("series %v has type %v, want line", s["name"], s["type"])
		}
		names = append(names, s["name"].(string))
	}
	want := []string{"Lebanon", "Turkey", unknownHost}
	if !slices.Equal(names, want) {
		t.Errorf("series = %q, want %q (hosts compared case-insensitively, unknown last)", names, want)
	}
	turkey := dataOf(t, c, "Turkey", "line")
	if len(turkey) != 2 {
		t.Fatalf("Turkey has %d points, want 2", len(turkey))
	}
	for i, w := range []float64{3500000, 3600000} {
		if v := turkey[i].(map[string]any)["value"].([]any)[1]; v != w {
			t.Errorf("Turkey point %d = %v, want %v", i, v, w)
		}
	}
}

func TestSources_SideBySide(t *testing.T) {
	facts, articles := handFacts()
	c := Sources(facts, articles)
	m := option(t, c)
	labels := m["xAxis"].([]any)[0].(map[string]any)["data"].([]any)
	wantLabels := []any{"displaced\nsince 30 Apr 2019", "displaced\nFeb 2020", "at_risk\nFeb 2020", "refugees\nFeb 2020"}
	if !slices.Equal(labels, wantLabels) {
		t.Fatalf("periods = %q, want %q", labels, wantLabels)
	}
	// The U.N. and UOSSM disagree on the same offensive: both bars, in the
	// first period, with their own figures.
	for src, want := range map[string]float64{"U.N.": 200000, "UOSSM": 300000} {
		d := dataOf(t, c, src, "bar")
		if d[0] == nil || d[0].(map[string]any)["value"] != want {
			t.Errorf("%s bar for the first period = %v, want %v", src, d[0], want)
		}
		for i := 1; i < len(d); i++ {
			if d[i] != nil {
				t.Errorf("%s has a bar in period %d: %v", src, i, d[i])
			}
		}
	}
	// reporter gave two displaced figures in Feb 2020 (4th and 15th): the
	// latest is shown and the other counted.
	rep := dataOf(t, c, "reporter", "bar")[1].(map[string]any)
	if rep["date"] != "2020-02-15" || rep["more"] != 1.0 {
		t.Errorf("reporter Feb 2020 bar = %v, want the 2020-02-15 figure with more=1", rep)
	}
	if c.Figures() != 8 {
		t.Errorf("Figures() = %d, want 8 bars (2+2+2+2)", c.Figures())
	}
}

func TestNonFinite(t *testing.T) {
	facts := []corpus.Fact{
		fx("a", "2020-01-01", corpus.Killed, math.NaN(), 0, corpus.Exact, "", "", "x", "", "s"),
		fx("a", "2020-01-01", corpus.Killed, math.Inf(1), 0, corpus.Exact, "", "", "x", "", "s"),
		fx("a", "2020-01-01", corpus.Killed, 3, 0, corpus.Exact, "", "", "x", "", "s"),
		fx("a", "2020-01-01", corpus.Killed, 0, 0, corpus.Exact, "", "", "x", "", "s"),
	}
	if got := Killed(facts, nil).Figures(); got != 2 {
		t.Errorf("linear: Figures() = %d, want 2", got)
	}
	c := Killed(facts, nil, WithLogScale())
	if got := c.Figures(); got != 1 {
		t.Errorf("log: Figures() = %d, want 1 (zero dropped)", got)
	}
	if !strings.Contains(string(c.OptionJSON()), "3 unusable figures not shown") {
		t.Errorf("note does not count the dropped figures: %s", c.OptionJSON())
	}
}

func TestOptions(t *testing.T) {
	c := Killed(nil, nil, WithTitle("Toll"), WithSubtitle("Seed corpus"), WithSize("100%", "30em"), WithID("toll"))
	if c.ID() != "toll" || c.Title() != "Toll" || c.width != "100%" || c.height != "30em" {
		t.Errorf("got id %q title %q size %s×%s", c.ID(), c.Title(), c.width, c.height)
	}
	title := option(t, c)["title"].(map[string]any)
	if title["text"] != "Toll" || !strings.HasPrefix(title["subtext"].(string), "Seed corpus\n") {
		t.Errorf("title = %v", title)
	}
	d := Killed(nil, nil)
	if d.width != "960px" || d.height != "540px" || !strings.HasPrefix(d.ID(), "killed-") {
		t.Errorf("defaults: id %q size %s×%s", d.ID(), d.width, d.height)
	}

	for _, bad := range []func(){
		func() { WithSize("960", "540px") },
		func() { WithSize("960px", "1px;background:url(x)") },
		func() { WithID(`a"b`) },
		func() { WithID("") },
	} {
		func() {
			defer func() {
				if r := recover(); r == nil {
					t.Error("no panic for a bad option")
				}
			}()
			bad()
		}()
	}
}

func TestIDs(t *testing.T) {
	facts, articles := handFacts()
	a := Displacement(facts, articles)
	b := Displacement(facts[:5], articles)
	if a.ID() == b.ID() {
		t.Errorf("different content, same id %q", a.ID())
	}
	if !validID(a.ID()) {
		t.Errorf("id %q is not a valid id", a.ID())
	}
}

func TestNeutralizeMarkers(t *testing.T) {
	tests := []string{"__f__", "__f__f__", "___f___", "x__f__y__f__z", `\__f__`, "no marker"}
	for _, in := range tests {
		raw, _ := json.Marshal(in)
		out := neutralizeMarkers(raw)
		if bytes.Contains(out, []byte("__f__")) {
			t.Errorf("%q: output %s still holds __f__", in, out)
		}
		var back string
		if err := json.Unmarshal(out, &back); err != nil || back != in {
			t.Errorf("%q: output %s decodes to %q, %v", in, out, back, err)
		}
	}
}
