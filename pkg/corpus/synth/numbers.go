package synth

import (
	"math"
	"strconv"
	"strings"

	"github.com/newsroom/displacement/pkg/corpus"
)

// magnitude is the order of size a template asks for.
type magnitude int

const (
	few    magnitude = iota // 2–40: distances, posts
	small                   // 2–99: often written as words
	medium                  // 100–9,900
	large                   // 10,000–990,000
	huge                    // 1–6 million
)

// figure is one rendered number phrase and what a careful reader takes from
// it.
type figure struct {
	text      string // e.g. "more than 200,000", "thousands of", "between 15 and 20"
	value     float64
	high      float64 // 0 unless qual is Range
	qual      corpus.Qualifier
	vague     bool // a vague plural such as "thousands of": the noun follows "of"
	separator bool // the text uses a no-break space as thousands separator
}

var smallWords = [...]string{
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
	"seventeen", "eighteen", "nineteen",
}

var tensWords = [...]string{
	"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
}

// numberWord spells n (1–99) in English words: 33 → "thirty-three".
func numberWord(n int) string {
	if n < 20 {
		return smallWords[n]
	}
	w := tensWords[n/10]
	if n%10 != 0 {
		w += "-" + smallWords[n%10]
	}
	return w
}

// groupDigits writes n with sep between groups of three digits:
// 1234567, "," → "1,234,567".
func groupDigits(n int64, sep string) string {
	s := strconv.FormatInt(n, 10)
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	head := len(s) % 3
	if head == 0 {
		head = 3
	}
	b.WriteString(s[:head])
	for i := head; i < len(s); i += 3 {
		b.WriteString(sep)
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// formatValue renders v the way a number is written in CSV: no exponent,
// no trailing zeros.
func formatValue(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// pickValue draws a realistic, rounded figure of magnitude m: two or three
// significant digits, as reporters round.
func (g *gen) pickValue(m magnitude) float64 {
	switch m {
	case few:
		return float64(2 + g.r.IntN(39))
	case small:
		return float64(2 + g.r.IntN(98))
	case medium:
		return float64((1 + g.r.IntN(99)) * 100)
	case large:
		// Smaller figures are the more frequent.
		switch r := g.r.IntN(20); {
		case r < 10:
			return float64((10 + g.r.IntN(90)) * 1000) // 10,000–99,000
		case r < 17:
			return float64((10 + g.r.IntN(40)) * 10000) // 100,000–490,000
		}
		return float64((500 + g.r.IntN(500)) * 1000) // 520,000
	default:
		return float64(10+g.r.IntN(51)) * 100000 // 1.0–6.0 million
	}
}

// digits renders v (a whole number) with the separators outlets use.
func (g *gen) digits(v float64) (string, bool) {
	n := int64(v)
	if n >= 1000 && g.r.IntN(25) == 0 {
		// "865 500" with a no-break or narrow no-break space.
		if g.r.IntN(2) == 0 {
			return groupDigits(n, "\u00a0"), true
		}
		return groupDigits(n, "\u202f"), true
	}
	return groupDigits(n, ","), false
}

// millions renders v (≥ 1,000,000) in the forms reporters use for millions.
func (g *gen) millions(v float64) string {
	m := v / 1e6
	whole := m == math.Trunc(m)
	switch {
	case m == 2.5 && g.r.IntN(3) == 0:
		return "two and a half million"
	case m == 1.5 && g.r.IntN(3) == 0:
		return "one and a half million"
	case g.style.shortMillions && !whole && g.r.IntN(2) == 0:
		return strconv.FormatFloat(m, 'f', -1, 64) + "m"
	case g.r.IntN(8) == 0:
		s, _ := g.digits(v)
		return s
	}
	return strconv.FormatFloat(m, 'f', -1, 64) + " million"
}

// plain renders v with no qualifier.
func (g *gen) plain(v float64, m magnitude) (string, bool) {
	switch {
	case m <= small && g.r.IntN(2) == 0:
		return numberWord(int(v)), false
	case v == 500000 && g.r.IntN(2) == 0:
		return "half a million", false
	case v >= 1e6:
		return g.millions(v), false
	}
	return g.digits(v)
}

var (
	approxWords  = []string{"around", "about", "nearly", "some", "almost", "roughly", "close to"}
	atLeastWords = []string{"more than", "over", "at least"}
	atMostWords  = []string{"up to", "fewer than", "as many as"}
)

// vaguePlurals are the vague quantities and the value each stands for.
var vaguePlurals = map[magnitude][]struct {
	text  string
	value float64
}{
	few:    {{"dozens of", 12}},
	small:  {{"dozens of", 12}},
	medium: {{"hundreds of", 100}, {"thousands of", 1000}},
	large:  {{"tens of thousands of", 10000}, {"hundreds of thousands of", 100000}},
	huge:   {{"millions of", 1000000}},
}

// numberOpts says which forms a template accepts.
type numberOpts struct {
	mags    []magnitude // magnitudes to choose from
	vague   bool        // allow "thousands of"
	rangeOK bool        // allow "between 160,000 and 300,000"
	hyphen  bool        // allow "15-20" ranges (units such as km)
}

// figure draws a number phrase for a template.
func (g *gen) figure(o numberOpts) figure {
	m := o.mags[g.r.IntN(len(o.mags))]
	roll := g.r.IntN(100)
	if o.vague && roll < 10 {
		vs := vaguePlurals[m]
		v := vs[g.r.IntN(len(vs))]
		return figure{text: v.text, value: v.value, qual: corpus.AtLeast, vague: true}
	}
	if o.rangeOK && roll >= 10 && roll < 20 {
		return g.rangeFigure(m, o.hyphen)
	}
	v := g.pickValue(m)
	text, sep := g.plain(v, m)
	f := figure{text: text, value: v, qual: corpus.Exact, separator: sep}
	switch q := g.r.IntN(100); {
	case q < 25:
		f.qual = corpus.Approx
		f.text = pick(g.r, approxWords) + " " + text
	case q < 50:
		f.qual = corpus.AtLeast
		f.text = pick(g.r, atLeastWords) + " " + text
	case q < 60:
		f.qual = corpus.AtMost
		f.text = pick(g.r, atMostWords) + " " + text
	}
	return f
}

// rangeFigure draws a low–high pair of magnitude m.
func (g *gen) rangeFigure(m magnitude, hyphen bool) figure {
	lo := g.pickValue(m)
	hi := lo * float64(2+g.r.IntN(3)) / 2 // 1.5× to 2×, rounded below
	if m <= small {
		hi = lo + float64(1+g.r.IntN(10))
	}
	hi = roundLike(hi, m)
	if hi <= lo {
		hi = lo + step(m)
	}
	f := figure{value: lo, high: hi, qual: corpus.Range}
	if lo >= 1e6 && hi >= 1e6 {
		// "between 1.2 and 1.5 million" reads naturally, but reporters more
		// often repeat the unit; keep the unambiguous form.
		f.text = "between " + strconv.FormatFloat(lo/1e6, 'f', -1, 64) + " million and " +
			strconv.FormatFloat(hi/1e6, 'f', -1, 64) + " million"
		return f
	}
	l, _ := g.digits(lo)
	h, _ := g.digits(hi)
	if m <= small && hi < 100 && g.r.IntN(3) == 0 {
		l, h = numberWord(int(lo)), numberWord(int(hi))
		hyphen = false
	}
	switch r := g.r.IntN(4); {
	case hyphen && r == 0:
		f.text = l + "-" + h
	case r == 1:
		f.text = l + " to " + h
	case r == 2:
		f.text = "from " + l + " to " + h
	default:
		f.text = "between " + l + " and " + h
	}
	return f
}

// step is the rounding unit of magnitude m.
func step(m magnitude) float64 {
	switch m {
	case few, small:
		return 1
	case medium:
		return 100
	case large:
		return 10000
	}
	return 100000
}

// roundLike rounds v to the rounding unit of m.
func roundLike(v float64, m magnitude) float64 {
	s := step(m)
	return math.Round(v/s) * s
}
