package synth

import (
	"math"
	"strings"
	"time"

	"github.com/newsroom/displacement/pkg/corpus"
)

// factSentence writes one sentence planting a fact of template t and
// records the fact. follow, when not nil, is the person of the previous
// sentence: the new sentence says "He said ..." and the fact is theirs.
func (g *gen) factSentence(t template, follow *person) (string, *person) {
	core, f := g.core(t)
	var s string
	var p *person
	switch {
	case follow != nil:
		pron := "He"
		if follow.female {
			pron = "She"
		}
		s = pron + " said " + core + "."
		f.Source, p = follow.name, follow
	default:
		s, f.Source, p = g.attribute(core, t.cat)
	}
	f.Sentence = strings.Join(strings.Fields(s), " ")
	g.facts = append(g.facts, f)
	return s, p
}

// core renders the clause of template t and the fact it states, without
// attribution.
func (g *gen) core(t template) (string, corpus.Fact) {
	f := corpus.Fact{
		Article:   g.name,
		Published: g.pub,
		Category:  t.cat,
		Unit:      t.unit,
	}
	switch t.where {
	case "loc":
		f.Location = g.loc
	case "host":
		f.Location = g.host
	default:
		f.Location = t.where
	}
	s := t.text
	var fig figure
	switch {
	case strings.Contains(s, "{num}"):
		fig = g.figure(t.num)
		s = strings.Replace(s, "{num}", fig.text, 1)
	case strings.Contains(s, "{km}"):
		fig = g.figure(t.num)
		fig.text = g.kilometres(fig)
		s = strings.Replace(s, "{km}", fig.text, 1)
	case strings.Contains(s, "{pct}"):
		v := g.pickValue(small)
		fig = figure{text: formatValue(v), value: v, qual: corpus.Exact}
		if g.r.IntN(3) == 0 {
			fig.text, fig.qual = pick(g.r, approxWords)+" "+fig.text, corpus.Approx
		}
		fig.text = g.percent(fig)
		s = strings.Replace(s, "{pct}", fig.text, 1)
	case strings.Contains(s, "{years}"):
		fig = g.warYears()
		s = strings.Replace(s, "{years}", fig.text, 1)
	case strings.Contains(s, "{yearsold}"):
		fig = g.warYears()
		n := int(fig.value)
		fig = figure{text: numberWord(n) + "-year-old", value: float64(n), qual: corpus.Exact}
		s = strings.Replace(s, "{yearsold}", fig.text, 1)
	}
	f.Value, f.ValueHigh, f.Qualifier, f.Phrase = fig.value, fig.high, fig.qual, fig.text
	if t.since {
		var since string
		if g.r.IntN(100) < 40 {
			since, f.PeriodStart = g.period()
		}
		s = strings.Replace(s, "{since}", since, 1)
	}
	s = strings.ReplaceAll(s, "{loc}", g.loc)
	s = strings.ReplaceAll(s, "{host}", g.host)
	return s, f
}

// kilometres adds a distance unit to a small figure: "15 km (9 miles)".
func (g *gen) kilometres(fig figure) string {
	switch g.r.IntN(4) {
	case 0:
		return fig.text + " kilometres"
	case 1:
		return fig.text + " kilometers"
	case 2:
		if fig.qual != corpus.Range && !strings.ContainsAny(fig.text, "abcdefghijklmnopqrstuvwxyz") {
			miles := math.Round(fig.value * 0.621371)
			if miles >= 2 {
				return fig.text + " km (" + formatValue(miles) + " miles)"
			}
		}
	}
	return fig.text + " km"
}

// percent adds a percent unit to a small figure.
func (g *gen) percent(fig figure) string {
	switch g.r.IntN(3) {
	case 0:
		return fig.text + "%"
	case 1:
		return fig.text + " per cent"
	}
	return fig.text + " percent"
}

// warStart is when the war is dated from in "years of war".
var warStart = time.Date(2011, time.March, 15, 0, 0, 0, 0, time.UTC)

// warYears renders the years of war up to the publication date, hedged the
// way reporters hedge it: "nearly nine years", "more than eight years".
func (g *gen) warYears() figure {
	y := g.pub.Sub(warStart).Hours() / 24 / 365.25
	whole := math.Floor(y)
	switch frac := y - whole; {
	case frac > 0.75:
		return figure{text: pick(g.r, []string{"nearly", "almost"}) + " " + numberWord(int(whole)+1) + " years",
			value: whole + 1, qual: corpus.Approx}
	case frac < 0.25:
		return figure{text: "more than " + numberWord(int(whole)) + " years", value: whole, qual: corpus.AtLeast}
	}
	return figure{text: numberWord(int(whole)) + " years", value: whole, qual: corpus.Exact}
}

// period draws a period phrase and the date it resolves to against the
// publication date.
func (g *gen) period() (string, time.Time) {
	y, m, _ := g.pub.Date()
	switch g.r.IntN(6) {
	case 0, 1:
		start := time.Date(y, m-time.Month(1+g.r.IntN(5)), 1, 0, 0, 0, 0, time.UTC)
		return " since the beginning of " + months[start.Month()-1], start
	case 2:
		first := time.Date(y, m-time.Month(1+g.r.IntN(5)), 1, 0, 0, 0, 0, time.UTC)
		last := first.AddDate(0, 1, -1)
		return " since the offensive began at the end of " + months[first.Month()-1], last
	case 3:
		return " since the start of the war in 2011", time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC)
	case 4:
		return " in the past two weeks", g.pub.AddDate(0, 0, -14)
	}
	return " in the past week", g.pub.AddDate(0, 0, -7)
}

// attribute wraps a clause in one of the attribution forms reporters use and
// returns the sentence, the source a careful reader records and the person
// named, if any.
func (g *gen) attribute(core string, cat corpus.Category) (string, string, *person) {
	roll := g.r.IntN(100)
	if roll >= 90 && len(g.people) > 0 {
		// A bare surname refers back to someone named earlier.
		p := &g.people[g.r.IntN(len(g.people))]
		return p.surname() + " said " + core + ".", p.name, p
	}
	switch {
	case roll < 30:
		return capitalize(core) + ".", "reporter", nil
	case roll < 45:
		o := pick(g.r, orgsByCategory[string(cat)])
		return capitalize(o.text) + " said " + core + ".", o.source, nil
	case roll < 58:
		o := pick(g.r, orgsByCategory[string(cat)])
		tail := " said."
		switch g.r.IntN(6) {
		case 0:
			tail = " said in a statement."
		case 1:
			// A paragraph broken mid-sentence by the scraper.
			tail = " said\n\nin a statement."
		}
		return capitalize(core) + ", " + o.text + tail, o.source, nil
	case roll < 66:
		o := pick(g.r, orgsByCategory[string(cat)])
		return "According to " + o.text + ", " + core + ".", o.source, nil
	case roll < 76:
		p := g.newPerson()
		return capitalize(p.role) + " " + p.name + " said " + core + ".", p.name, p
	case roll < 82:
		p := g.newPerson()
		return capitalize(core) + ", said " + p.name + ", " + p.desc + ".", p.name, p
	default:
		p := g.newPerson()
		q := g.quote(capitalize(core) + ",")
		if g.r.IntN(2) == 0 {
			return q + " said " + p.name + ", " + p.desc + ".", p.name, p
		}
		return q + " " + p.name + " told reporters.", p.name, p
	}
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
