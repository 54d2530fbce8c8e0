package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/newsroom/displacement/pkg/corpus"
)

// The facts, articles and quotes commands write one table of a corpus.

func init() {
	register(command{name: "facts", summary: "write the facts table: every figure with its provenance (CSV, JSON or HXL)",
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			return runTable(ctx, factsTable, args, stdout, stderr)
		}})
	register(command{name: "articles", summary: "write the articles table: title, date, outlet, words (CSV, JSON or HXL)",
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			return runTable(ctx, articlesTable, args, stdout, stderr)
		}})
	register(command{name: "quotes", summary: "write the quotes table: direct quotations and their speakers (CSV, JSON or HXL)",
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			return runTable(ctx, quotesTable, args, stdout, stderr)
		}})
}

// defaultDir is the corpus folder when none is given.
const defaultDir = "data/articles"

// column is one column of a table: its header, its HXL hashtag, and how to
// write row i as text and as JSON.
type column struct {
	name, hxl string
	kind      byte // 's' string, 'f' number, 'n' number or null when empty, 'i' integer
}

// table is a kind of table the commands write.
type table struct {
	name    string
	columns []column
	help    string
	rows    func(c *corpus.Corpus) [][]string
}

var factsTable = table{
	name: "facts",
	columns: []column{
		{"article", "#meta+article", 's'}, {"published", "#date+reported", 's'},
		{"category", "#indicator+category", 's'}, {"value", "#affected+num", 'f'},
		{"value_high", "#affected+num+max", 'n'}, {"qualifier", "#indicator+qualifier", 's'},
		{"unit", "#indicator+unit", 's'}, {"location", "#loc+name", 's'},
		{"source", "#meta+source", 's'}, {"period_start", "#date+start", 's'},
		{"sentence", "#description+sentence", 's'}, {"phrase", "#description+phrase", 's'},
		{"start", "#meta+start", 'i'}, {"end", "#meta+end", 'i'},
		{"paragraph", "#meta+paragraph", 'i'}, {"rule", "#meta+rule", 's'},
		{"affected_idps", "#affected+idps", 'n'}, {"affected_refugees", "#affected+refugees", 'n'},
		{"affected_killed", "#affected+killed", 'n'},
	},
	help: `One row per figure found in an article body, in article then text order:

  article       file name without .txt
  published     publication date, YYYY-MM-DD (metadata.csv, else the text;
                empty when neither gives one)
  category      displaced | refugees | killed | sheltered | unsheltered |
                at_risk | troops | other
  value         the figure (the low end of a range): "half a million" is 500000
  value_high    the high end of a range; empty otherwise
  qualifier     exact | approx | at_least | at_most | range
  unit          what is counted: people, refugees, soldiers, km, percent...
  location      the place the figure concerns, as the text names it
  source        who the text credits it to; "reporter" when it states it itself
  period_start  YYYY-MM-DD the count runs from ("since the beginning of
                December"), resolved against the publication date; empty when
                the text gives none (a year or a month alone, "in January",
                "last year", gives none)
  sentence      the sentence the figure comes from
  phrase        the words of the figure; start, end: their byte offsets in the
                cleaned body; paragraph: its 1-based number; rule: the
                extraction rule that set the category ("model" when no rule
                did and the category model learnt from annotated articles
                chose it: check those first)
  affected_idps, affected_refugees, affected_killed
                the value again when the figure counts internally displaced
                people (displaced, sheltered, unsheltered), refugees or deaths;
                empty otherwise, so HDX tools can sum each without filtering

HXL (--format hxl) adds a second row of hashtags: #date+reported, #date+start,
#loc+name, #meta+source, #affected+num for value, and #affected+idps,
#affected+refugees, #affected+killed for the three columns above.`,
	rows: func(c *corpus.Corpus) [][]string {
		facts := c.FactList()
		rows := make([][]string, len(facts))
		for i, f := range facts {
			high := ""
			if f.Qualifier == corpus.Range {
				high = num(f.ValueHigh)
			}
			rows[i] = []string{f.Article, day(f.Published), string(f.Category), num(f.Value), high,
				string(f.Qualifier), f.Unit, f.Location, f.Source, day(f.PeriodStart), f.Sentence,
				f.Phrase, strconv.Itoa(f.Start), strconv.Itoa(f.End), strconv.Itoa(f.Paragraph), f.Rule,
				"", "", ""}
			switch f.Category {
			case corpus.Displaced, corpus.Sheltered, corpus.Unsheltered:
				rows[i][16] = num(f.Value)
			case corpus.Refugees:
				rows[i][17] = num(f.Value)
			case corpus.Killed:
				rows[i][18] = num(f.Value)
			}
		}
		return rows
	},
}

var articlesTable = table{
	name: "articles",
	columns: []column{
		{"article", "#meta+article", 's'}, {"title", "#meta+title", 's'},
		{"published", "#date+reported", 's'}, {"publisher", "#org+publisher", 's'},
		{"wire", "#org+wire", 's'}, {"url", "#meta+url", 's'}, {"words", "#meta+words", 'i'},
		{"dateline", "#loc+dateline", 's'}, {"warnings", "#meta+warnings", 's'},
	},
	help: `One row per loaded article, sorted by name:

  article    file name without .txt
  title      the headline
  published  YYYY-MM-DD from metadata.csv, else from a date line in the text;
             empty (with a warning) when neither gives one
  publisher  the outlet; wire: the news agency credited (Reuters, AP, AFP)
  url        the original address
  words      words in the cleaned body
  dateline   the place of a dateline such as "GENEVA (AP) —"
  warnings   problems that did not stop the article loading, "; "-separated`,
	rows: func(c *corpus.Corpus) [][]string {
		as := c.ArticleList()
		rows := make([][]string, len(as))
		for i, a := range as {
			rows[i] = []string{a.Name, a.Title, day(a.Published), a.Publisher, a.Wire, a.URL,
				strconv.Itoa(a.Words), a.Dateline, strings.Join(a.Warnings, "; ")}
		}
		return rows
	},
}

var quotesTable = table{
	name: "quotes",
	columns: []column{
		{"article", "#meta+article", 's'}, {"speaker", "#meta+speaker", 's'},
		{"quote", "#description+quote", 's'}, {"sentence", "#description+sentence", 's'},
	},
	help: `One row per direct quotation, in article then text order:

  article   file name without .txt
  speaker   who says it, named as for the facts' source ("he said" resolved
            to the person named before); empty when the text does not say
  quote     the quoted words without quotation marks
  sentence  the sentence or sentences the quotation stands in`,
	rows: func(c *corpus.Corpus) [][]string {
		qs := c.QuoteList()
		rows := make([][]string, len(qs))
		for i, q := range qs {
			rows[i] = []string{q.Article, q.Speaker, q.Quote, q.Sentence}
		}
		return rows
	},
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func runTable(ctx context.Context, t table, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet(t.name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "csv", "output `FORMAT`: csv, json or hxl (CSV with a row of HXL hashtags)")
	quiet := fs.Bool("quiet", false, "no progress or warnings on stderr (errors are still reported)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: corpus %s [--format csv|json|hxl] [--quiet] [DIR]\n\n", t.name)
		fmt.Fprintf(fs.Output(), "Writes the %s table of the corpus in DIR (default %s) to stdout.\n\n", t.name, defaultDir)
		fmt.Fprintln(fs.Output(), t.help)
		fmt.Fprintln(fs.Output(), "\nFlags:")
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return nil
		}
		return errUsage
	}
	switch {
	case len(pos) > 1:
		err = fmt.Errorf("want at most one DIR, got %d arguments", len(pos))
	case *format != "csv" && *format != "json" && *format != "hxl":
		err = fmt.Errorf("unknown format %q: want csv, json or hxl", *format)
	}
	if err != nil {
		return usageError(fs, err)
	}
	dir := defaultDir
	if len(pos) == 1 {
		dir = pos[0]
	}
	var l corpus.Loader
	if !*quiet && isTerminal(stderr) {
		l.Progress = progressPrinter(stderr)
	}
	c, loadErr := l.Load(dir)
	if c == nil {
		return loadErr
	}
	if loadErr != nil {
		fmt.Fprintf(stderr, "corpus %s: some files could not be loaded:\n%v\n", t.name, loadErr)
	}
	if len(c.ArticleList()) == 0 {
		return fmt.Errorf("%s: no articles loaded (want *.txt files)", dir)
	}
	if !*quiet {
		for _, w := range c.Warnings() {
			fmt.Fprintf(stderr, "corpus %s: warning: %s\n", t.name, w)
		}
	}
	return t.write(stdout, *format, t.rows(c))
}

// write writes rows in the format, with the header (and for hxl the
// hashtag row) first.
func (t table) write(w io.Writer, format string, rows [][]string) error {
	if format == "json" {
		return t.writeJSON(w, rows)
	}
	cw := csv.NewWriter(w)
	header := make([]string, len(t.columns))
	tags := make([]string, len(t.columns))
	for i, c := range t.columns {
		header[i], tags[i] = c.name, c.hxl
	}
	cw.Write(header)
	if format == "hxl" {
		cw.Write(tags)
	}
	for _, r := range rows {
		cw.Write(r)
	}
	cw.Flush()
	return cw.Error()
}

// writeJSON writes an array of objects whose keys are in column order.
func (t table) writeJSON(w io.Writer, rows [][]string) error {
	var buf bytes.Buffer
	buf.WriteString("[")
	for i, r := range rows {
		if i > 0 {
			buf.WriteString(",")
		}
		buf.WriteString("\n  {")
		for j, c := range t.columns {
			if j > 0 {
				buf.WriteString(", ")
			}
			k, _ := json.Marshal(c.name)
			buf.Write(k)
			buf.WriteString(": ")
			switch {
			case c.kind == 'n' && r[j] == "":
				buf.WriteString("null")
			case c.kind == 'f' || c.kind == 'n' || c.kind == 'i':
				buf.WriteString(r[j])
			default:
				v, _ := json.Marshal(r[j])
				buf.Write(v)
			}
		}
		buf.WriteString("}")
		if buf.Len() > 1<<16 {
			if _, err := w.Write(buf.Bytes()); err != nil {
				return err
			}
			buf.Reset()
		}
	}
	if len(rows) > 0 {
		buf.WriteString("\n")
	}
	buf.WriteString("]\n")
	_, err := w.Write(buf.Bytes())
	return err
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progressPrinter returns a Loader.Progress that redraws one status line:
// files, MB/s, facts and the time left, then the totals.
func progressPrinter(w io.Writer) func(corpus.Progress) {
	return func(p corpus.Progress) {
		if p.Done {
			fmt.Fprintf(w, "\r%s%*s\n", p, 12, "")
			return
		}
		fmt.Fprintf(w, "\r%s   ", p)
	}
}
