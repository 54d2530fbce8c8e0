package browsertest

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsroom/displacement/pkg/corpus"
)

// This file states, from the facts table alone, what each chart of
// pkg/charts must hold, following the rules issue 3 and the package
// documentation give: which categories a chart draws, how figures are
// grouped into series, that a range or a counted period gets a low–high
// span, and that the source comparison shows only periods with two or more
// sources. It does not call pkg/charts, so a chart that drops, invents or
// misplaces a figure disagrees with it.

// Kinds of chart pkg/charts draws, as in the data-chart attribute.
const (
	KindDisplacement = "displacement"
	KindRefugees     = "refugees"
	KindSources      = "sources"
	KindKilled       = "killed"
)

// Kinds lists every chart kind a full export holds.
var Kinds = []string{KindDisplacement, KindRefugees, KindSources, KindKilled}

// unknownHost names the refugee series of figures without a host country.
const unknownHost = "unknown host country"

// CheckFacts compares a rendered chart of pkg/charts, drawn with its
// default options from all of facts, with those facts, and describes every
// difference; nil means the chart holds exactly the figures it should, in
// the series it should.
func CheckFacts(c Chart, facts []corpus.Fact) []string {
	return checkFacts(c, facts, true)
}

// CheckFactsDrawn is the check for a chart drawn from a selection of facts
// (a date range, a category) or with other series (per source): every
// figure it draws must be one of facts, under the chart's rules, and it
// must draw at least one. It describes every figure that is not.
func CheckFactsDrawn(c Chart, facts []corpus.Fact) []string {
	return checkFacts(c, facts, false)
}

func checkFacts(c Chart, facts []corpus.Fact, exact bool) []string {
	switch c.Kind {
	case KindDisplacement:
		return checkTimeline(c, facts, []corpus.Category{corpus.Displaced, corpus.Sheltered, corpus.Unsheltered, corpus.AtRisk},
			func(f corpus.Fact) string { return string(f.Category) }, exact)
	case KindRefugees:
		return checkTimeline(c, facts, []corpus.Category{corpus.Refugees}, func(f corpus.Fact) string {
			if f.Location == "" {
				return unknownHost
			}
			return f.Location
		}, exact)
	case KindKilled:
		return checkTimeline(c, facts, []corpus.Category{corpus.Killed}, func(corpus.Fact) string { return string(corpus.Killed) }, exact)
	case KindSources:
		return checkSources(c, facts, exact)
	}
	return []string{fmt.Sprintf("chart %s: unknown kind %q", c.ID, c.Kind)}
}

// drawable reports whether a chart can place f on a time axis; on a
// logarithmic one, only a positive figure.
func drawable(f corpus.Fact, cats []corpus.Category, log bool) bool {
	return slices.Contains(cats, f.Category) && !f.Published.IsZero() && (!log || f.Value > 0) &&
		!math.IsNaN(f.Value) && !math.IsInf(f.Value, 0) &&
		!math.IsNaN(f.ValueHigh) && !math.IsInf(f.ValueHigh, 0)
}

func isoDay(t time.Time) string { return t.Format(time.DateOnly) }

func num(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// pointKey identifies a figure: date, value, qualifier, source, article.
func pointKey(date string, value float64, q, src, art string) string {
	if q == string(corpus.Exact) {
		q = ""
	}
	return strings.Join([]string{date, num(value), q, src, art}, " | ")
}

// spanKey identifies a range or period item: date, low, high, start.
func spanKey(date string, lo, hi float64, from string) string {
	return strings.Join([]string{date, num(lo), num(hi), from}, " | ")
}

// wantSeries is what one series name must hold.
type wantSeries struct {
	points []string
	spans  []string
}

func checkTimeline(c Chart, facts []corpus.Fact, cats []corpus.Category, group func(corpus.Fact) string, exact bool) []string {
	if !exact {
		// Series names depend on the options: pool every series.
		group = func(corpus.Fact) string { return "all series" }
	}
	want := map[string]*wantSeries{}
	for _, f := range facts {
		if !drawable(f, cats, c.LogScale) {
			continue
		}
		name := strings.ToLower(group(f))
		w := want[name]
		if w == nil {
			w = &wantSeries{}
			want[name] = w
		}
		date := isoDay(f.Published)
		w.points = append(w.points, pointKey(date, f.Value, string(f.Qualifier), f.Source, f.Article))
		ranged := f.ValueHigh > f.Value
		since := !f.PeriodStart.IsZero() && isoDay(f.PeriodStart) < date
		if ranged || since {
			hi, from := f.Value, date
			if ranged {
				hi = f.ValueHigh
			}
			if since {
				from = isoDay(f.PeriodStart)
			}
			w.spans = append(w.spans, spanKey(date, f.Value, hi, from))
		}
	}

	got := map[string]*wantSeries{}
	var diffs []string
	for _, s := range c.Series {
		name := strings.ToLower(s.Name)
		if !exact {
			name = "all series"
		}
		g := got[name]
		if g == nil {
			g = &wantSeries{}
			got[name] = g
		}
		for i, raw := range s.Data {
			var err error
			if s.Type == "custom" {
				var k string
				k, err = spanItem(raw)
				g.spans = append(g.spans, k)
			} else {
				var k string
				k, err = pointItem(raw)
				g.points = append(g.points, k)
			}
			if err != nil {
				diffs = append(diffs, fmt.Sprintf("chart %s series %q item %d: %v", c.ID, s.Name, i, err))
			}
		}
	}
	names := map[string]bool{}
	for n := range want {
		names[n] = true
	}
	for n := range got {
		names[n] = true
	}
	for _, n := range slices.Sorted(mapKeys(names)) {
		w, g := want[n], got[n]
		if w == nil {
			w = &wantSeries{}
		}
		if g == nil {
			g = &wantSeries{}
		}
		if !exact {
			if len(g.points) == 0 {
				diffs = append(diffs, fmt.Sprintf("chart %s draws no figure", c.ID))
			}
			// Compare only the figures drawn: none may be missing from facts.
			w = &wantSeries{points: within(g.points, w.points), spans: within(g.spans, w.spans)}
		}
		if d := sameKeys(g.points, w.points); d != "" {
			diffs = append(diffs, fmt.Sprintf("chart %s series %q figures: %s", c.ID, n, d))
		}
		if d := sameKeys(g.spans, w.spans); d != "" {
			diffs = append(diffs, fmt.Sprintf("chart %s series %q ranges and periods: %s", c.ID, n, d))
		}
	}
	return diffs
}

// within returns the keys of got that want holds, each as often as want
// holds it: the part of want a drawn subset can match.
func within(got, want []string) []string {
	avail := map[string]int{}
	for _, k := range want {
		avail[k]++
	}
	var out []string
	for _, k := range got {
		if avail[k] > 0 {
			avail[k]--
			out = append(out, k)
		}
	}
	return out
}

func mapKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// pointItem reads a figure item {"value": [date, v], "q", "src", "art"}.
func pointItem(raw json.RawMessage) (string, error) {
	var it struct {
		Value   []any   `json:"value"`
		Q       string  `json:"q"`
		Src     string  `json:"src"`
		Art     string  `json:"art"`
		N       int     `json:"n"` // set on a per-day or per-week summary
		Min     float64 `json:"min"`
		Max     float64 `json:"max"`
		Sources int     `json:"ns"`
	}
	if err := json.Unmarshal(raw, &it); err != nil {
		return "", fmt.Errorf("not a figure item: %s", raw)
	}
	if it.N > 0 {
		return "", fmt.Errorf("summarised item (%d figures); this check wants every figure drawn", it.N)
	}
	if len(it.Value) != 2 {
		return "", fmt.Errorf("value %v: want [date, figure]", it.Value)
	}
	date, _ := it.Value[0].(string)
	v, ok := it.Value[1].(float64)
	if !ok {
		return "", fmt.Errorf("value %v: figure is not a number", it.Value)
	}
	return pointKey(date, v, it.Q, it.Src, it.Art), nil
}

// spanItem reads a range or period item [date, low, high, start].
func spanItem(raw json.RawMessage) (string, error) {
	var it []any
	if err := json.Unmarshal(raw, &it); err != nil || len(it) != 4 {
		return "", fmt.Errorf("not a [date, low, high, start] item: %s", raw)
	}
	date, _ := it[0].(string)
	lo, ok1 := it[1].(float64)
	hi, ok2 := it[2].(float64)
	from, _ := it[3].(string)
	if !ok1 || !ok2 {
		return "", fmt.Errorf("low or high is not a number: %s", raw)
	}
	return spanKey(date, lo, hi, from), nil
}

// sameKeys compares two lists of keys as multisets.
func sameKeys(got, want []string) string {
	count := map[string]int{}
	for _, k := range got {
		count[k]++
	}
	for _, k := range want {
		count[k]--
	}
	var missing, extra []string
	for _, k := range slices.Sorted(mapKeys(count)) {
		for n := count[k]; n > 0; n-- {
			extra = append(extra, k)
		}
		for n := count[k]; n < 0; n++ {
			missing = append(missing, k)
		}
	}
	if len(missing) == 0 && len(extra) == 0 {
		return ""
	}
	return fmt.Sprintf("got %d, want %d; missing %q; unexpected %q", len(got), len(want), missing, extra)
}

// comparedCategories are the categories the source comparison draws.
var comparedCategories = []corpus.Category{
	corpus.Displaced, corpus.Sheltered, corpus.Unsheltered, corpus.AtRisk, corpus.Refugees, corpus.Killed,
}

// sourceKey is a fact's source as the comparison groups it.
func sourceKey(f corpus.Fact) string {
	if s := strings.TrimSpace(f.Source); s != "" {
		return strings.ToLower(s)
	}
	return "unknown source"
}

// periodKey is the category and the time a figure counts: from its stated
// start, else the month it was published.
func periodKey(f corpus.Fact) string {
	if !f.PeriodStart.IsZero() {
		return string(f.Category) + " since " + isoDay(f.PeriodStart)
	}
	return string(f.Category) + " in " + f.Published.Format("2006-01")
}

// sourceBar is a bar item of the source comparison.
type sourceBar struct {
	Value float64 `json:"value"`
	Date  string  `json:"date"`
	Cat   string  `json:"cat"`
	From  string  `json:"from"`
	Src   string  `json:"src"`
	Art   string  `json:"art"`
}

func checkSources(c Chart, facts []corpus.Fact, exact bool) []string {
	// The periods with figures from two or more sources, and their sources.
	sources := map[string]map[string]bool{}
	for _, f := range facts {
		if !drawable(f, comparedCategories, c.LogScale) {
			continue
		}
		p := periodKey(f)
		if sources[p] == nil {
			sources[p] = map[string]bool{}
		}
		sources[p][sourceKey(f)] = true
	}
	wantBars := 0
	wantSources := map[string]bool{}
	for p, s := range sources {
		if len(s) < 2 {
			delete(sources, p)
			continue
		}
		wantBars += len(s)
		for k := range s {
			wantSources[k] = true
		}
	}

	var diffs []string
	bad := func(format string, args ...any) {
		diffs = append(diffs, fmt.Sprintf("chart %s: ", c.ID)+fmt.Sprintf(format, args...))
	}
	if !exact {
		return checkSourcesDrawn(c, facts)
	}
	if len(c.Categories) != len(sources) {
		bad("%d periods on the axis, want %d (periods with figures from two or more sources)", len(c.Categories), len(sources))
	}
	gotBars := 0
	periodAt := map[int]string{} // axis index -> period of its bars
	indexOf := map[string]int{}  // period -> axis index
	seenSources := map[string]bool{}
	for _, s := range c.Series {
		name := strings.ToLower(s.Name)
		seenSources[name] = true
		if !wantSources[name] {
			bad("series %q: no period has figures from this source and another", s.Name)
		}
		for i, raw := range s.Data {
			if string(raw) == "null" {
				continue
			}
			gotBars++
			var b sourceBar
			if err := json.Unmarshal(raw, &b); err != nil {
				bad("series %q item %d: not a bar item: %s", s.Name, i, raw)
				continue
			}
			f, ok := findFact(facts, name, b)
			if !ok {
				bad("series %q item %d: no fact of that source gives %s %s on %s in %s", s.Name, i, num(b.Value), b.Cat, b.Date, b.Art)
				continue
			}
			p := periodKey(f)
			if !sources[p][name] {
				bad("series %q item %d: period %s is not one with two or more sources", s.Name, i, p)
			}
			if q, ok := periodAt[i]; ok && q != p {
				bad("axis position %d mixes periods %s and %s", i, q, p)
			}
			if j, ok := indexOf[p]; ok && j != i {
				bad("period %s drawn at axis positions %d and %d", p, j, i)
			}
			periodAt[i], indexOf[p] = p, i
		}
	}
	for k := range wantSources {
		if !seenSources[k] {
			bad("no series for source %q, which shares a period with another source", k)
		}
	}
	if gotBars != wantBars {
		bad("%d bars, want %d (one per source per period)", gotBars, wantBars)
	}
	slices.Sort(diffs)
	return diffs
}

// findFact returns a fact of source src that bar b can stand for.
func findFact(facts []corpus.Fact, src string, b sourceBar) (corpus.Fact, bool) {
	for _, f := range facts {
		if drawable(f, comparedCategories, false) && sourceKey(f) == src && f.Article == b.Art &&
			string(f.Category) == b.Cat && f.Value == b.Value && isoDay(f.Published) == b.Date &&
			(f.PeriodStart.IsZero() && b.From == "" || !f.PeriodStart.IsZero() && isoDay(f.PeriodStart) == b.From) {
			return f, true
		}
	}
	return corpus.Fact{}, false
}

// checkSourcesDrawn checks that every bar stands for a fact of its source.
func checkSourcesDrawn(c Chart, facts []corpus.Fact) []string {
	var diffs []string
	bars := 0
	for _, s := range c.Series {
		for i, raw := range s.Data {
			if string(raw) == "null" {
				continue
			}
			bars++
			var b sourceBar
			if err := json.Unmarshal(raw, &b); err != nil {
				diffs = append(diffs, fmt.Sprintf("chart %s series %q item %d: not a bar item: %s", c.ID, s.Name, i, raw))
				continue
			}
			if _, ok := findFact(facts, strings.ToLower(s.Name), b); !ok {
				diffs = append(diffs, fmt.Sprintf("chart %s series %q item %d: no fact of that source gives %s %s on %s in %s",
					c.ID, s.Name, i, num(b.Value), b.Cat, b.Date, b.Art))
			}
		}
	}
	if bars == 0 {
		diffs = append(diffs, fmt.Sprintf("chart %s draws no bar", c.ID))
	}
	return diffs
}
