// Package corpus reads a folder of news articles and extracts every
// quantitative claim about displacement, refugees and deaths, with its
// provenance. (API contract; the implementation is being written.)
package corpus

import (
	"errors"

	"github.com/go-gota/gota/dataframe"
)

// Corpus is a loaded folder of articles.
type Corpus struct {
	Dir      string
	articles []Article
	facts    []Fact
	quotes   []Quote
}

// Load reads every *.txt file in dir (and dir/metadata.csv when present).
// Files that cannot be loaded are reported in the returned error (an
// ErrorList naming file and line); the Corpus still holds every good file.
func Load(dir string) (*Corpus, error) {
	return nil, errors.New("corpus: Load not implemented yet")
}

// ArticleList returns the loaded articles, sorted by name.
func (c *Corpus) ArticleList() []Article { return c.articles }

// FactList returns every fact, in article order then body order.
func (c *Corpus) FactList() []Fact { return c.facts }

// QuoteList returns every direct quotation, in article then body order.
func (c *Corpus) QuoteList() []Quote { return c.quotes }

// Articles returns the articles table as a gota DataFrame.
func (c *Corpus) Articles() dataframe.DataFrame { panic("not implemented") }

// Facts returns the facts table as a gota DataFrame.
func (c *Corpus) Facts() dataframe.DataFrame { panic("not implemented") }

// Quotes returns the quotes table as a gota DataFrame.
func (c *Corpus) Quotes() dataframe.DataFrame { panic("not implemented") }
