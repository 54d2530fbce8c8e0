package corpus

import (
	"strings"
	"time"
)

// Filter selects facts for a notebook cell or a chart. Its zero value
// selects everything; each set field narrows the selection.
//
//	recent := corpus.Filter{
//		Categories: []corpus.Category{corpus.Displaced},
//		From:       time.Date(2019, 12, 1, 0, 0, 0, 0, time.UTC),
//	}.Apply(c.FactList())
type Filter struct {
	Categories []Category // any of these; empty: any category
	// From and To bound the publication date, both days included; a zero
	// bound is open. A fact with no publication date fails any bound.
	From, To time.Time
	Sources  []string // any of these, compared case-insensitively; empty: any
	Articles []string // any of these article names; empty: any
	Location string   // a place the location contains, case-insensitively; "": any
}

// Match reports whether f passes the filter.
func (flt Filter) Match(f Fact) bool {
	if len(flt.Categories) > 0 {
		ok := false
		for _, c := range flt.Categories {
			if f.Category == c {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if !flt.From.IsZero() || !flt.To.IsZero() {
		if f.Published.IsZero() {
			return false
		}
		day := f.Published.Truncate(24 * time.Hour)
		if !flt.From.IsZero() && day.Before(flt.From.Truncate(24*time.Hour)) {
			return false
		}
		if !flt.To.IsZero() && day.After(flt.To.Truncate(24*time.Hour)) {
			return false
		}
	}
	if len(flt.Sources) > 0 {
		ok := false
		for _, s := range flt.Sources {
			if strings.EqualFold(f.Source, s) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if len(flt.Articles) > 0 {
		ok := false
		for _, a := range flt.Articles {
			if f.Article == a {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if flt.Location != "" && !strings.Contains(strings.ToLower(f.Location), strings.ToLower(flt.Location)) {
		return false
	}
	return true
}

// Apply returns the facts that pass the filter, in their order. The
// result is a new slice; facts is not modified.
func (flt Filter) Apply(facts []Fact) []Fact {
	var out []Fact
	for _, f := range facts {
		if flt.Match(f) {
			out = append(out, f)
		}
	}
	return out
}
