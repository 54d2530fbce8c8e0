// Package corpus reads a folder of news articles and extracts every
// quantitative claim about displacement, refugees and deaths, with its
// provenance.
package corpus

import "errors"

// Corpus is a loaded folder of articles.
type Corpus struct {
	Dir      string
	Articles []Article
	Facts    []Fact
	Quotes   []Quote
}

// Load reads every *.txt file in dir. (Placeholder: being written.)
func Load(dir string) (*Corpus, error) {
	return nil, errors.New("corpus: Load not implemented yet")
}
