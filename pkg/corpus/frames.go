package corpus

import (
	"math"
	"strings"

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
func FactsFrame(facts []Fact) dataframe.DataFrame {
	n := len(facts)
	var (
		article, published, category, qualifier = make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		unit, location, source, period          = make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		sentence, phrase, rule                  = make([]string, n), make([]string, n), make([]string, n)
		value, high                             = make([]float64, n), make([]float64, n)
		start, end, para                        = make([]int, n), make([]int, n), make([]int, n)
	)
	for i, f := range facts {
		article[i], published[i], category[i] = f.Article, formatDate(f.Published), string(f.Category)
		value[i], high[i] = f.Value, math.NaN()
		if f.Qualifier == Range {
			high[i] = f.ValueHigh
		}
		qualifier[i], unit[i], location[i], source[i] = string(f.Qualifier), f.Unit, f.Location, f.Source
		period[i], sentence[i], phrase[i], rule[i] = formatDate(f.PeriodStart), f.Sentence, f.Phrase, f.Rule
		start[i], end[i], para[i] = f.Start, f.End, f.Paragraph
	}
	c := FactColumns
	return dataframe.New(
		series.New(article, series.String, c[0]),
		series.New(published, series.String, c[1]),
		series.New(category, series.String, c[2]),
		series.New(value, series.Float, c[3]),
		series.New(high, series.Float, c[4]),
		series.New(qualifier, series.String, c[5]),
		series.New(unit, series.String, c[6]),
		series.New(location, series.String, c[7]),
		series.New(source, series.String, c[8]),
		series.New(period, series.String, c[9]),
		series.New(sentence, series.String, c[10]),
		series.New(phrase, series.String, c[11]),
		series.New(start, series.Int, c[12]),
		series.New(end, series.Int, c[13]),
		series.New(para, series.Int, c[14]),
		series.New(rule, series.String, c[15]),
	)
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
