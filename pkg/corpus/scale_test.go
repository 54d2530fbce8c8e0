package corpus_test

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsroom/displacement/pkg/corpus"
	"github.com/newsroom/displacement/pkg/corpus/synth"
)

// TestScale_SyntheticCorpus loads a generated corpus and compares the facts
// with the ones the generator planted: every planted figure must be found
// with its category and value, nothing else may be reported as a fact, and
// qualifier, source and period start must be right for at least 95%.
func TestScale_SyntheticCorpus(t *testing.T) {
	dir := t.TempDir()
	st, err := synth.Config{Seed: 42, Articles: 200}.Write(dir)
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Load(dir)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if n := len(c.ArticleList()); n != st.Articles {
		t.Errorf("loaded %d articles, generated %d", n, st.Articles)
	}
	golden, err := synth.ReadGolden(filepath.Join(dir, synth.GoldenFile))
	if err != nil {
		t.Fatal(err)
	}
	m := matchPlanted(golden, c.FactList())
	t.Logf("%d planted facts, %d extracted: recall %.4f, precision %.4f (category and value); "+
		"qualifier %.4f, source %.4f, period_start %.4f of the found",
		len(golden), len(c.FactList()), m.recall(), m.precision(),
		m.share(m.qualifier), m.share(m.source), m.share(m.period))
	for _, s := range m.missed[:min(len(m.missed), 15)] {
		t.Errorf("planted, not found: %s", s)
	}
	for _, s := range m.spurious[:min(len(m.spurious), 15)] {
		t.Errorf("found, not planted: %s", s)
	}
	for _, d := range []struct {
		name string
		n    int
		bad  []string
	}{
		{"qualifier", m.qualifier, m.badQualifier},
		{"source", m.source, m.badSource},
		{"period_start", m.period, m.badPeriod},
	} {
		if m.share(d.n) < 0.95 {
			t.Errorf("%s right for %.3f of the found facts, want ≥ 0.95; first differences:\n%s",
				d.name, m.share(d.n), strings.Join(d.bad[:min(len(d.bad), 10)], "\n"))
		}
	}
}

// plantedMatch is the comparison of extracted facts with planted ones.
type plantedMatch struct {
	planted, extracted, found int // found: same article, sentence, value and category
	qualifier, source, period int // of the found, how many have this right
	missed, spurious          []string
	badQualifier, badSource   []string
	badPeriod                 []string
}

func (m plantedMatch) recall() float64     { return scaleRatio(m.found, m.planted) }
func (m plantedMatch) precision() float64  { return scaleRatio(m.found, m.extracted) }
func (m plantedMatch) share(n int) float64 { return scaleRatio(n, m.found) }

func scaleRatio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// collapseSpace collapses white space, no-break spaces included, so sentences
// compare whatever normalisation the extractor applies.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// matchPlanted pairs each planted fact with an extracted fact of the same
// article, value and high value whose sentence contains the planted one's
// (or is contained in it), preferring the same category.
func matchPlanted(golden, got []corpus.Fact) plantedMatch {
	m := plantedMatch{planted: len(golden), extracted: len(got)}
	byArticle := map[string][]int{}
	for i, f := range got {
		byArticle[f.Article] = append(byArticle[f.Article], i)
	}
	used := make([]bool, len(got))
	describe := func(f corpus.Fact) string {
		return fmt.Sprintf("%s %s %v-%v %s (%s) in %q", f.Article, f.Category, f.Value, f.ValueHigh, f.Qualifier, f.Source, collapseSpace(f.Sentence))
	}
	for _, g := range golden {
		gs := collapseSpace(g.Sentence)
		best := -1
		for _, i := range byArticle[g.Article] {
			e := got[i]
			if used[i] || e.Value != g.Value || e.ValueHigh != g.ValueHigh {
				continue
			}
			es := collapseSpace(e.Sentence)
			if !strings.Contains(es, gs) && !strings.Contains(gs, es) {
				continue
			}
			if best < 0 || e.Category == g.Category && got[best].Category != g.Category {
				best = i
			}
		}
		if best < 0 || got[best].Category != g.Category {
			m.missed = append(m.missed, describe(g))
			continue
		}
		used[best] = true
		e := got[best]
		m.found++
		if e.Qualifier == g.Qualifier {
			m.qualifier++
		} else {
			m.badQualifier = append(m.badQualifier, fmt.Sprintf("  got %s, want %s: %s", e.Qualifier, g.Qualifier, describe(g)))
		}
		if strings.EqualFold(e.Source, g.Source) {
			m.source++
		} else {
			m.badSource = append(m.badSource, fmt.Sprintf("  got %q, want %q: %s", e.Source, g.Source, describe(g)))
		}
		if e.PeriodStart.Equal(g.PeriodStart) {
			m.period++
		} else {
			m.badPeriod = append(m.badPeriod, fmt.Sprintf("  got %s, want %s: %s",
				e.PeriodStart.Format("2006-01-02"), g.PeriodStart.Format("2006-01-02"), describe(g)))
		}
	}
	for i, e := range got {
		if !used[i] {
			m.spurious = append(m.spurious, describe(e))
		}
	}
	sort.Strings(m.missed)
	sort.Strings(m.spurious)
	return m
}
