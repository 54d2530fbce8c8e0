package synth

import (
	"math/rand/v2"
	"strings"
	"time"

	"github.com/newsroom/displacement/pkg/corpus"
)

// Article is one generated article: its file text and the facts planted in
// its body.
type Article struct {
	Name      string        // file name without ".txt"
	Text      []byte        // the file contents
	Published time.Time     // publication date
	Publisher string        // outlet
	InText    bool          // the date is written in the text; otherwise only metadata.csv has it
	Facts     []corpus.Fact // planted facts, in body order
}

// gen holds the state of one article being generated.
type gen struct {
	r      *rand.Rand
	style  style
	name   string
	pub    time.Time
	loc    string
	host   string
	people []person
	facts  []corpus.Fact
	used   map[string]bool // filler sentences already in the article
}

// surname is the last word of the name.
func (p *person) surname() string {
	return p.name[strings.LastIndexByte(p.name, ' ')+1:]
}

// newPerson introduces a person with a surname not yet used in the article.
func (g *gen) newPerson() *person {
	for {
		female := g.r.IntN(2) == 0
		first := pick(g.r, firstNamesM)
		if female {
			first = pick(g.r, firstNamesF)
		}
		last := pick(g.r, surnames)
		clash := false
		for _, p := range g.people {
			if p.surname() == last {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		r := pick(g.r, personRoles)
		g.people = append(g.people, person{name: first + " " + last, female: female, role: r.role, desc: r.desc})
		return &g.people[len(g.people)-1]
	}
}

// pickTemplate draws a template, categories weighted by categoryWeights.
func (g *gen) pickTemplate() template {
	total := 0
	for _, w := range categoryWeights {
		total += w
	}
	n := g.r.IntN(total)
	for i, w := range categoryWeights {
		if n < w {
			return pick(g.r, byCategory[corpus.Categories[i]])
		}
		n -= w
	}
	panic("synth: category weights out of range")
}

// body writes the article body as paragraphs, planting a figure every
// 80–150 words on average. The first sentence never carries a figure, so a
// dateline can precede it.
func (g *gen) body() []string {
	target := 350 + g.r.IntN(750)
	perFact := 80 + g.r.IntN(71)
	nextFact := perFact/2 + g.r.IntN(perFact)
	nextDistractor := 150 + g.r.IntN(300)

	var paras []string
	var cur []string
	paraLen := 1 + g.r.IntN(2)
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = cur[:0]
		}
		paraLen = 1 + g.r.IntN(4)
	}
	words := 0
	add := func(s string) {
		cur = append(cur, s)
		words += wordCount(s)
	}
	for words < target {
		switch {
		case words >= nextFact:
			s, p := g.factSentence(g.pickTemplate(), nil)
			add(s)
			if p != nil && g.r.IntN(4) == 0 {
				// "He said ..." continues with the same source.
				s, _ = g.factSentence(g.pickTemplate(), p)
				add(s)
			}
			nextFact = words + perFact/2 + g.r.IntN(perFact)
		case words >= nextDistractor:
			add(g.distractor())
			nextDistractor = words + 150 + g.r.IntN(300)
		case words > 0 && g.r.IntN(12) == 0:
			flush()
			add(g.fillerQuote())
			paraLen = 1
		case words > 200 && g.r.IntN(50) == 0 && g.style.subheading != nil:
			flush()
			paras = append(paras, g.style.subheading(pick(g.r, subheadings)))
			add(g.fillerSentence())
		default:
			add(g.fillerSentence())
		}
		if len(cur) >= paraLen {
			flush()
		}
	}
	flush()
	return paras
}

// wordCount counts the words of a sentence: the spaces plus one. Sentences
// have single spaces, and the rare "\n\n" break does not matter here.
func wordCount(s string) int {
	return strings.Count(s, " ") + 1
}
