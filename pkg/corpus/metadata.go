package corpus

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// MetadataFile is the optional file in a corpus folder that gives, per
// article, values that win over what the text says. Its header names any
// of the columns article (required), published (YYYY-MM-DD), publisher,
// wire and url, in any order.
const MetadataFile = "metadata.csv"

// metadata is one row of metadata.csv.
type metadata struct {
	line      int
	published time.Time
	publisher string
	wire      string
	url       string
	set       map[string]bool // columns present with a non-empty value
}

// readMetadata reads path. It returns the good rows by article name and a
// ParseError for each bad row or column; a missing file is no error.
func readMetadata(path, display string) (map[string]*metadata, ErrorList) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, ErrorList{{File: display, Err: err}}
	}
	defer f.Close()
	return parseMetadata(f, display)
}

func parseMetadata(r io.Reader, display string) (map[string]*metadata, ErrorList) {
	var errs ErrorList
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, nil
	}
	if err != nil {
		return nil, ErrorList{csvError(display, err)}
	}
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\ufeff")
	}
	col := map[string]int{}
	for i, h := range header {
		name := strings.ToLower(strings.TrimSpace(h))
		switch name {
		case "article", "published", "publisher", "wire", "url":
			col[name] = i
		default:
			line, c := cr.FieldPos(i)
			errs = append(errs, &ParseError{File: display, Line: line, Column: c,
				Err: fmt.Errorf("%w: unknown column %q (want article, published, publisher, wire, url)", ErrMetadata, h)})
		}
	}
	if _, ok := col["article"]; !ok {
		return nil, append(errs, &ParseError{File: display, Line: 1, Column: 1,
			Err: fmt.Errorf("%w: no article column", ErrMetadata)})
	}
	rows := map[string]*metadata{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, csvError(display, err))
			if _, ok := err.(*csv.ParseError); ok {
				continue
			}
			break
		}
		line, _ := cr.FieldPos(0)
		get := func(name string) (string, int) {
			i, ok := col[name]
			if !ok || i >= len(rec) {
				return "", 0
			}
			_, c := cr.FieldPos(i)
			return strings.TrimSpace(rec[i]), c
		}
		name, c := get("article")
		name = strings.TrimSuffix(name, ".txt")
		if name == "" {
			errs = append(errs, &ParseError{File: display, Line: line, Column: c, Err: fmt.Errorf("%w: empty article name", ErrMetadata)})
			continue
		}
		if prev, dup := rows[name]; dup {
			errs = append(errs, &ParseError{File: display, Line: line, Column: c,
				Err: fmt.Errorf("%w: article %q already given on line %d", ErrMetadata, name, prev.line)})
			continue
		}
		m := &metadata{line: line, set: map[string]bool{}}
		if s, c := get("published"); s != "" {
			t, err := time.Parse("2006-01-02", s)
			if err != nil {
				errs = append(errs, &ParseError{File: display, Line: line, Column: c,
					Err: fmt.Errorf("%w %q for %s (want YYYY-MM-DD)", ErrBadDate, s, name)})
			} else {
				m.published = t
				m.set["published"] = true
			}
		}
		for _, k := range []string{"publisher", "wire", "url"} {
			if s, _ := get(k); s != "" {
				m.set[k] = true
				switch k {
				case "publisher":
					m.publisher = s
				case "wire":
					m.wire = s
				case "url":
					m.url = s
				}
			}
		}
		rows[name] = m
	}
	return rows, errs
}

func csvError(display string, err error) *ParseError {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{File: display, Line: pe.Line, Column: pe.Column, Err: fmt.Errorf("%w: %v", ErrMetadata, pe.Err)}
	}
	return &ParseError{File: display, Err: err}
}

// apply overrides the article's fields with the row's.
func (m *metadata) apply(a *Article) {
	if m == nil {
		return
	}
	if m.set["published"] {
		a.Published = m.published
	}
	if m.set["publisher"] {
		a.Publisher = m.publisher
	}
	if m.set["wire"] {
		a.Wire = m.wire
	} else if ownWire(a.Wire, a.Publisher) {
		a.Wire = "" // the agency's own story
	}
	if m.set["url"] {
		a.URL = m.url
	}
}
