package charts

import (
	"fmt"
	"regexp"
)

// Option changes one setting of a chart constructor. The zero set of options
// gives a 960×540 pixel chart with a title that says what it shows, one
// series per category (Displacement, Killed) or host country (Refugees), on
// a linear axis.
type Option func(*config)

// config holds the settings the options change.
type config struct {
	title     string // drawn above the chart; each constructor has a default
	subtitle  string // extra line under the title; "" for none
	width     string // CSS length of the container
	height    string // CSS length of the container
	id        string // container id; "" derives one from the content
	bySource  bool   // one series per source
	logScale  bool   // logarithmic value axis
	maxPoints int    // a series with more points is aggregated per day or week
}

// defaultMaxPoints is the most points a series draws one by one.
const defaultMaxPoints = 10000

func newConfig(title string, opts []Option) *config {
	cfg := &config{title: title, width: "960px", height: "540px", maxPoints: defaultMaxPoints}
	for _, o := range opts {
		o(cfg)
	}
	return cfg
}

// WithTitle sets the title drawn above the chart.
func WithTitle(title string) Option {
	return func(c *config) { c.title = title }
}

// WithSubtitle adds a line of text under the title, before the line the
// chart writes itself (figure counts, marker key).
func WithSubtitle(subtitle string) Option {
	return func(c *config) { c.subtitle = subtitle }
}

var cssLength = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?(px|%|em|rem|vh|vw)$`)

// WithSize sets the width and height of the chart as CSS lengths, such as
// "960px" or "100%". It panics on anything else.
func WithSize(width, height string) Option {
	for _, s := range []string{width, height} {
		if !cssLength.MatchString(s) {
			panic(fmt.Sprintf("charts: WithSize: %q is not a CSS length such as 960px or 100%%", s))
		}
	}
	return func(c *config) { c.width, c.height = width, height }
}

// WithID fixes the chart's id instead of deriving it from the content. An id
// holds only ASCII letters, digits, '-' and '_'; WithID panics otherwise.
func WithID(id string) Option {
	if !validID(id) {
		panic(fmt.Sprintf("charts: WithID: %q: use ASCII letters, digits, '-' and '_'", id))
	}
	return func(c *config) { c.id = id }
}

// BySource draws one series per source instead of one per category (or per
// host country for Refugees). Sources that differ only in case are one.
// Sources ignores it.
func BySource() Option {
	return func(c *config) { c.bySource = true }
}

// WithLogScale draws the figures on a logarithmic axis, which keeps a few
// thousand and several million readable on one chart. Figures of zero or
// less are left out, and counted in the chart's note.
func WithLogScale() Option {
	return func(c *config) { c.logScale = true }
}
