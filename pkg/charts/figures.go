package charts

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/newsroom/displacement/pkg/corpus"
)

// about is what a tooltip says about one figure besides its value. JSON keys
// are short because a chart can carry thousands of them.
type about struct {
	Qualifier string  `json:"q,omitempty"`     // omitted for exact
	High      float64 `json:"hi,omitempty"`    // high end of a range
	From      string  `json:"from,omitempty"`  // PeriodStart, YYYY-MM-DD
	Category  string  `json:"cat,omitempty"`   // omitted when the series is the category
	Unit      string  `json:"u,omitempty"`     // people, refugees, soldiers...
	Location  string  `json:"loc,omitempty"`   // place the figure concerns
	Source    string  `json:"src"`             // who the article attributes it to
	Article   string  `json:"art"`             // article name
	Title     string  `json:"title,omitempty"` // article headline
	Sentence  string  `json:"sent,omitempty"`  // the sentence the figure is in
}

// point is one figure on a time axis, as an ECharts data item.
type point struct {
	Value        [2]any `json:"value"` // publication date (YYYY-MM-DD), figure
	Symbol       string `json:"symbol,omitempty"`
	SymbolRotate int    `json:"symbolRotate,omitempty"`
	about
}

// span is a custom-series item [publication date, low, high, period start]
// drawn as a range bar and a period line; high equals low when the figure
// is not a range, and the start equals the publication date when it has
// none. Dates are YYYY-MM-DD.
type span [4]any

// markers gives the symbol (and rotation) that shows each qualifier.
var markers = map[corpus.Qualifier]struct {
	symbol string
	rotate int
}{
	corpus.Exact:   {"circle", 0},
	corpus.Approx:  {"diamond", 0},
	corpus.AtLeast: {"triangle", 0},
	corpus.AtMost:  {"triangle", 180},
	corpus.Range:   {"rect", 0},
}

// markerKey explains the markers in the chart's note.
const markerKey = "● exact  ◆ about  ▲ more than  ▼ up to  ■ range  ┄ period counted"

// day is the publication date as midnight UTC, whatever zone the time is in.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func millis(t time.Time) float64 { return float64(day(t).UnixMilli()) }

// isoDate formats a day given in ms since 1970 UTC as YYYY-MM-DD.
func isoDate(ms float64) string { return time.UnixMilli(int64(ms)).UTC().Format(time.DateOnly) }

// describe fills the tooltip fields of f.
func describe(f *corpus.Fact, titles map[string]string, withCategory bool) about {
	a := about{
		Unit:     f.Unit,
		Location: f.Location,
		Source:   f.Source,
		Article:  f.Article,
		Title:    titles[f.Article],
		Sentence: f.Sentence,
	}
	if f.Qualifier != corpus.Exact && f.Qualifier != "" {
		a.Qualifier = string(f.Qualifier)
	}
	if f.Qualifier == corpus.Range || f.ValueHigh > f.Value {
		a.High = f.ValueHigh
	}
	if !f.PeriodStart.IsZero() {
		a.From = day(f.PeriodStart).Format(time.DateOnly)
	}
	if withCategory {
		a.Category = string(f.Category)
	}
	return a
}

// newPoint makes the data item of a dated fact.
func newPoint(f fig, titles map[string]string, withCategory bool) point {
	p := point{Value: [2]any{isoDate(f.at), f.Value}, about: describe(f.Fact, titles, withCategory)}
	m, ok := markers[f.Qualifier]
	if !ok {
		m = markers[corpus.Exact]
	}
	if m.symbol != "circle" {
		p.Symbol, p.SymbolRotate = m.symbol, m.rotate
	}
	return p
}

// newSpan returns the range/period item of f, or false when f has neither.
func newSpan(f fig) (span, bool) {
	ranged := f.ValueHigh > f.Value
	since := !f.PeriodStart.IsZero() && millis(f.PeriodStart) < f.at
	if !ranged && !since {
		return span{}, false
	}
	x := isoDate(f.at)
	s := span{x, f.Value, f.Value, x}
	if ranged {
		s[2] = f.ValueHigh
	}
	if since {
		s[3] = day(f.PeriodStart).Format(time.DateOnly)
	}
	return s, true
}

// titlesOf maps article names to headlines.
func titlesOf(articles []corpus.Article) map[string]string {
	m := make(map[string]string, len(articles))
	for _, a := range articles {
		m[a.Name] = a.Title
	}
	return m
}

// fig is a fact a chart draws, with its publication day in ms.
type fig struct {
	at float64
	*corpus.Fact
}

// selection is the facts a chart draws, in canonical order, and what was
// left out.
type selection struct {
	figs     []fig
	undated  int // facts without a publication date
	unusable int // non-finite values, or not positive on a log axis
}

// selectFacts keeps the facts of the given categories, sorted so that the
// output does not depend on the order of the input. The figs point into
// facts.
func selectFacts(facts []corpus.Fact, cats []corpus.Category, logScale bool) selection {
	var s selection
	for i := range facts {
		f := &facts[i]
		if !slices.Contains(cats, f.Category) {
			continue
		}
		switch {
		case math.IsNaN(f.Value) || math.IsInf(f.Value, 0) || math.IsNaN(f.ValueHigh) || math.IsInf(f.ValueHigh, 0):
			s.unusable++
		case logScale && f.Value <= 0:
			s.unusable++
		case f.Published.IsZero():
			s.undated++
		default:
			s.figs = append(s.figs, fig{millis(f.Published), f})
		}
	}
	sortFigs(s.figs)
	return s
}

// sortFigs orders figures by publication day, then by every field a chart
// shows, so equal inputs in any order give the same chart.
func sortFigs(figs []fig) {
	slices.SortStableFunc(figs, func(x, y fig) int {
		if c := cmp.Compare(x.at, y.at); c != 0 {
			return c
		}
		a, b := x.Fact, y.Fact
		return cmp.Or(
			strings.Compare(a.Article, b.Article),
			cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.End, b.End),
			strings.Compare(string(a.Category), string(b.Category)),
			cmp.Compare(a.Value, b.Value),
			cmp.Compare(a.ValueHigh, b.ValueHigh),
			strings.Compare(string(a.Qualifier), string(b.Qualifier)),
			strings.Compare(a.Source, b.Source),
			strings.Compare(a.Location, b.Location),
			strings.Compare(a.Unit, b.Unit),
			a.PeriodStart.Compare(b.PeriodStart),
			strings.Compare(a.Sentence, b.Sentence),
		)
	})
}

// group is the figures of one series.
type group struct {
	name string
	figs []fig
}

// groupBy splits sorted figures by a case-insensitive key. A group is named
// by the first spelling met; groups are sorted by that name,
// case-insensitively, with the group named last (such as "unknown source")
// at the end.
func groupBy(figs []fig, name func(*corpus.Fact) string, last string) []group {
	index := map[string]int{}
	var groups []group
	for _, g := range figs {
		n := name(g.Fact)
		k := strings.ToLower(n)
		j, ok := index[k]
		if !ok {
			j = len(groups)
			index[k] = j
			groups = append(groups, group{name: n})
		}
		groups[j].figs = append(groups[j].figs, g)
	}
	slices.SortFunc(groups, func(a, b group) int {
		if (a.name == last) != (b.name == last) {
			if a.name == last {
				return 1
			}
			return -1
		}
		return cmp.Or(
			strings.Compare(strings.ToLower(a.name), strings.ToLower(b.name)),
			strings.Compare(a.name, b.name),
		)
	})
	return groups
}

// groupByCategory splits sorted figures per category, in the order of cats,
// leaving out categories without figures.
func groupByCategory(figs []fig, cats []corpus.Category) []group {
	var groups []group
	for _, c := range cats {
		g := group{name: string(c)}
		for _, f := range figs {
			if f.Category == c {
				g.figs = append(g.figs, f)
			}
		}
		if len(g.figs) > 0 {
			groups = append(groups, g)
		}
	}
	return groups
}

// sourceName is the series name of a fact's source.
func sourceName(f *corpus.Fact) string {
	if s := strings.TrimSpace(f.Source); s != "" {
		return s
	}
	return unknownSource
}

const unknownSource = "unknown source"
