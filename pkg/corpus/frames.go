package corpus

import (
	"fmt"
	"html"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"
)

// Column names of the three tables, in order. The first columns are the
// ones issue 2 fixes; the rest give provenance.
var (
	FactColumns = []string{"article", "published", "category", "value", "value_high",
		"qualifier", "unit", "location", "source", "period_start", "sentence",
		"phrase", "start", "end", "paragraph", "rule"}
	ArticleColumns = []string{"article", "title", "published", "publisher", "wire", "url",
		"words", "dateline", "warnings"}
	QuoteColumns = []string{"article", "speaker", "quote", "sentence"}
)

// FactsFrame builds the facts table. Dates are YYYY-MM-DD strings, empty
// when unknown (gota has no date type; keep the []Fact for real dates).
// value is a float column; value_high is NaN (gota's missing value) when
// the figure is not a range. start, end and paragraph are ints.
//
// Columns are made one at a time, each from a slice that is dropped once
// its series exists, and a date is formatted once however many facts
// share it: gota's own copies are the bulk of the memory a frame needs.
func FactsFrame(facts []Fact) dataframe.DataFrame {
	dates := dateStrings{}
	str := func(name string, get func(f *Fact) string) series.Series {
		col := make([]string, len(facts))
		for i := range facts {
			col[i] = get(&facts[i])
		}
		return series.New(col, series.String, name)
	}
	num := func(name string, get func(f *Fact) float64) series.Series {
		col := make([]float64, len(facts))
		for i := range facts {
			col[i] = get(&facts[i])
		}
		return series.New(col, series.Float, name)
	}
	integer := func(name string, get func(f *Fact) int) series.Series {
		col := make([]int, len(facts))
		for i := range facts {
			col[i] = get(&facts[i])
		}
		return series.New(col, series.Int, name)
	}
	c := FactColumns
	return dataframe.New(
		str(c[0], func(f *Fact) string { return f.Article }),
		str(c[1], func(f *Fact) string { return dates.of(f.Published) }),
		str(c[2], func(f *Fact) string { return string(f.Category) }),
		num(c[3], func(f *Fact) float64 { return f.Value }),
		num(c[4], func(f *Fact) float64 {
			if f.Qualifier == Range {
				return f.ValueHigh
			}
			return math.NaN()
		}),
		str(c[5], func(f *Fact) string { return string(f.Qualifier) }),
		str(c[6], func(f *Fact) string { return f.Unit }),
		str(c[7], func(f *Fact) string { return f.Location }),
		str(c[8], func(f *Fact) string { return f.Source }),
		str(c[9], func(f *Fact) string { return dates.of(f.PeriodStart) }),
		str(c[10], func(f *Fact) string { return f.Sentence }),
		str(c[11], func(f *Fact) string { return f.Phrase }),
		integer(c[12], func(f *Fact) int { return f.Start }),
		integer(c[13], func(f *Fact) int { return f.End }),
		integer(c[14], func(f *Fact) int { return f.Paragraph }),
		str(c[15], func(f *Fact) string { return f.Rule }),
	)
}

// dateStrings formats each date once.
type dateStrings map[time.Time]string

func (d dateStrings) of(t time.Time) string {
	if s, ok := d[t]; ok {
		return s
	}
	s := formatDate(t)
	d[t] = s
	return s
}

// ArticlesFrame builds the articles table; warnings are joined with "; ".
func ArticlesFrame(articles []Article) dataframe.DataFrame {
	n := len(articles)
	cols := make([][]string, len(ArticleColumns))
	for i := range cols {
		cols[i] = make([]string, n)
	}
	words := make([]int, n)
	for i, a := range articles {
		cols[0][i], cols[1][i], cols[2][i] = a.Name, a.Title, formatDate(a.Published)
		cols[3][i], cols[4][i], cols[5][i] = a.Publisher, a.Wire, a.URL
		words[i] = a.Words
		cols[7][i], cols[8][i] = a.Dateline, strings.Join(a.Warnings, "; ")
	}
	var ss []series.Series
	for i, name := range ArticleColumns {
		if name == "words" {
			ss = append(ss, series.New(words, series.Int, name))
			continue
		}
		ss = append(ss, series.New(cols[i], series.String, name))
	}
	return dataframe.New(ss...)
}

// QuotesFrame builds the quotes table.
func QuotesFrame(quotes []Quote) dataframe.DataFrame {
	n := len(quotes)
	article, speaker, quote, sentence := make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	for i, q := range quotes {
		article[i], speaker[i], quote[i], sentence[i] = q.Article, q.Speaker, q.Quote, q.Sentence
	}
	c := QuoteColumns
	return dataframe.New(
		series.New(article, series.String, c[0]),
		series.New(speaker, series.String, c[1]),
		series.New(quote, series.String, c[2]),
		series.New(sentence, series.String, c[3]),
	)
}

// HTMLTable renders a frame as an HTML table under a caption, for notebooks
// and reports: every cell is HTML-escaped, whole numbers get thousands
// separators (520,000) and missing values (a value_high of a figure that is
// not a range) are blank. It returns the error gota keeps in a frame.
func HTMLTable(caption string, df dataframe.DataFrame) (string, error) {
	if df.Err != nil {
		return "", df.Err
	}
	var b strings.Builder
	b.WriteString(`<table><caption style="text-align:left">`)
	b.WriteString(html.EscapeString(caption))
	fmt.Fprintf(&b, " (%d rows)</caption><thead><tr>", df.Nrow())
	names := df.Names()
	for _, name := range names {
		b.WriteString(`<th style="text-align:left">` + html.EscapeString(name) + "</th>")
	}
	b.WriteString("</tr></thead><tbody>\n")
	for i := 0; i < df.Nrow(); i++ {
		b.WriteString("<tr>")
		for j := range names {
			text := cellText(df.Elem(i, j))
			style := "text-align:left"
			if len(text) < 25 {
				style += ";white-space:nowrap" // dates and figures stay on one line
			}
			b.WriteString(`<td style="` + style + `">` + html.EscapeString(text) + "</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody></table>")
	return b.String(), nil
}

// cellText prints a frame cell as HTMLTable shows it.
func cellText(e series.Element) string {
	switch {
	case e.IsNA():
		return ""
	case e.Type() == series.Float || e.Type() == series.Int:
		return FormatCount(e.Float())
	}
	return e.String()
}

// FormatCount prints a whole number with thousands separators (520000 ->
// "520,000") and any other number as Go's shortest decimal form.
func FormatCount(v float64) string {
	if v != math.Trunc(v) || math.Abs(v) >= 1e15 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	digits := strconv.FormatInt(int64(math.Abs(v)), 10)
	for i := len(digits) - 3; i > 0; i -= 3 {
		digits = digits[:i] + "," + digits[i:]
	}
	if v < 0 {
		digits = "-" + digits
	}
	return digits
}
