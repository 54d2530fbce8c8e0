package synth

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/newsroom/displacement/pkg/corpus"
)

// goldenHeader is the header of facts.golden.csv: the facts table's
// columns that a generator can know for certain, then the figure's phrase.
var goldenHeader = []string{
	"article", "published", "category", "value", "value_high", "qualifier",
	"unit", "location", "source", "period_start", "sentence", "phrase",
}

func goldenRow(f corpus.Fact) []string {
	high := ""
	if f.ValueHigh != 0 {
		high = formatValue(f.ValueHigh)
	}
	return []string{
		f.Article, formatDate(f.Published), string(f.Category), formatValue(f.Value), high,
		string(f.Qualifier), f.Unit, f.Location, f.Source, formatDate(f.PeriodStart),
		f.Sentence, f.Phrase,
	}
}

func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// ReadGolden reads a facts.golden.csv written by Write.
func ReadGolden(path string) ([]corpus.Fact, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = len(goldenHeader)
	r.ReuseRecord = true
	if _, err := r.Read(); err != nil {
		return nil, fmt.Errorf("synth: %s: header: %w", path, err)
	}
	var facts []corpus.Fact
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return facts, nil
		}
		if err != nil {
			return nil, fmt.Errorf("synth: %s: %w", path, err)
		}
		fact, err := parseRow(rec)
		if err != nil {
			line, _ := r.FieldPos(0)
			return nil, fmt.Errorf("synth: %s:%d: %w", path, line, err)
		}
		facts = append(facts, fact)
	}
}

func parseRow(rec []string) (corpus.Fact, error) {
	f := corpus.Fact{
		Article:   rec[0],
		Category:  corpus.Category(rec[2]),
		Qualifier: corpus.Qualifier(rec[5]),
		Unit:      rec[6],
		Location:  rec[7],
		Source:    rec[8],
		Sentence:  rec[10],
		Phrase:    rec[11],
	}
	var err error
	if f.Published, err = parseDate(rec[1]); err != nil {
		return f, err
	}
	if f.Value, err = strconv.ParseFloat(rec[3], 64); err != nil {
		return f, err
	}
	if rec[4] != "" {
		if f.ValueHigh, err = strconv.ParseFloat(rec[4], 64); err != nil {
			return f, err
		}
	}
	if f.PeriodStart, err = parseDate(rec[9]); err != nil {
		return f, err
	}
	return f, nil
}

func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.DateOnly, s)
}
