package main

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"regexp"
	"strings"
)

// Failure says why a notebook has no report.
type Failure struct {
	Notebook       string // path as given
	Cell           int    // position of the failing cell counting every cell from 1; 0 when unknown
	ExecutionCount int    // the cell's In [n]; 0 when unknown
	FirstLine      string // first line of the cell's source that says something
	Err            string // the error, then what the cell wrote to stderr
}

// Error formats the failure as
//
//	notebooks/x.ipynb: cell 4 (In [3]) `panic("boom")`: ERROR: exit status 2
//	    panic: boom
func (f *Failure) Error() string {
	var b strings.Builder
	b.WriteString(f.Notebook)
	if f.Cell > 0 {
		fmt.Fprintf(&b, ": cell %d", f.Cell)
		if f.ExecutionCount > 0 {
			fmt.Fprintf(&b, " (In [%d])", f.ExecutionCount)
		}
		fmt.Fprintf(&b, " `%s`", f.FirstLine)
	}
	msg := strings.TrimSpace(f.Err)
	head, rest, _ := strings.Cut(msg, "\n")
	b.WriteString(": ")
	b.WriteString(head)
	if rest != "" {
		for _, line := range strings.Split(rest, "\n") {
			b.WriteString("\n    ")
			b.WriteString(line)
		}
	}
	return b.String()
}

// errorMarker matches the marker report.html.j2 writes for a cell error.
var errorMarker = regexp.MustCompile(`(?s)<script type="application/json" class="report-cell-error">(.*?)</script>`)

// cellError is the content of an error marker.
type cellError struct {
	Cell           int    `json:"cell"` // index in the notebook's cells, from 0
	ExecutionCount *int   `json:"execution_count"`
	Ename          string `json:"ename"`
	Evalue         string `json:"evalue"`
	Stderr         string `json:"stderr"`
	ErrorHTML      string `json:"error_html"` // GoNB's HTML rendering of compile errors
}

// cellFailure returns the first cell error recorded in the report of
// notebook, or nil when there is none.
func cellFailure(notebook, report string) (*Failure, error) {
	data, err := os.ReadFile(report)
	if err != nil {
		return nil, err
	}
	m := errorMarker.FindSubmatch(data)
	if m == nil {
		return nil, nil
	}
	var ce cellError
	if err := json.Unmarshal(m[1], &ce); err != nil {
		return nil, fmt.Errorf("%s: reading the error marker of its report: %w", notebook, err)
	}
	f := &Failure{Notebook: notebook, Cell: ce.Cell + 1}
	if ce.ExecutionCount != nil {
		f.ExecutionCount = *ce.ExecutionCount
	}
	f.Err = ce.Ename
	if ce.Evalue != "" && ce.Evalue != ce.Ename {
		f.Err += ": " + ce.Evalue
	}
	detail := ce.Stderr
	if strings.TrimSpace(detail) == "" {
		detail = htmlText(ce.ErrorHTML)
	}
	if s := lastLines(stripANSI(detail), 20); s != "" {
		f.Err += "\n" + s
	}
	if cells, err := readCells(notebook); err == nil && ce.Cell < len(cells) {
		f.FirstLine = firstLine(cells[ce.Cell])
	}
	return f, nil
}

// aborted describes a notebook in which nbconvert stopped (a cell timed out,
// the kernel died or did not start): the cell is the one whose source
// nbclient quotes in its message, when it is found.
func aborted(notebook, logs string, runErr error) *Failure {
	logs = stripANSI(logs)
	f := &Failure{Notebook: notebook}
	if src, ok := quotedSource(logs); ok {
		if cells, err := readCells(notebook); err == nil {
			for i, c := range cells {
				if strings.TrimSpace(c) == src {
					f.Cell, f.FirstLine = i+1, firstLine(c)
					break
				}
			}
		}
	}
	f.Err = "nbconvert stopped"
	if runErr != nil {
		f.Err += " (" + runErr.Error() + ")"
	}
	if msg := lastLines(pythonError(logs), 25); msg != "" {
		f.Err += ":\n" + msg
	}
	return f
}

// quotedRule matches the rules of dashes around the cell source that
// nbclient quotes in its error and timeout messages.
var quotedRule = regexp.MustCompile(`(?m)^-{18,}$`)

// quotedSource returns the cell source nbclient prints between two rules of
// dashes in its error messages.
func quotedSource(logs string) (string, bool) {
	loc := quotedRule.FindAllStringIndex(logs, 2)
	if len(loc) < 2 {
		return "", false
	}
	return strings.TrimSpace(logs[loc[0][1]:loc[1][0]]), true
}

// pythonError returns the message of the last Python traceback in logs
// (the exception line and what follows), or logs when there is none.
func pythonError(logs string) string {
	i := strings.LastIndex(logs, "Traceback (most recent call last):")
	if i < 0 {
		return logs
	}
	lines := strings.Split(logs[i:], "\n")[1:]
	for j, l := range lines {
		if l != "" && l[0] != ' ' && l[0] != '\t' {
			return strings.Join(lines[j:], "\n")
		}
	}
	return logs[i:]
}

// readCells returns the source of every cell of a notebook.
func readCells(notebook string) ([]string, error) {
	data, err := os.ReadFile(notebook)
	if err != nil {
		return nil, err
	}
	var nb struct {
		Cells []struct {
			Source json.RawMessage `json:"source"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(data, &nb); err != nil {
		return nil, fmt.Errorf("%s: %w", notebook, err)
	}
	cells := make([]string, len(nb.Cells))
	for i, c := range nb.Cells {
		// nbformat allows the source as one string or a list of lines.
		var s string
		if err := json.Unmarshal(c.Source, &s); err != nil {
			var lines []string
			if err := json.Unmarshal(c.Source, &lines); err != nil {
				return nil, fmt.Errorf("%s: cell %d: source is neither a string nor a list of strings", notebook, i+1)
			}
			s = strings.Join(lines, "")
		}
		cells[i] = s
	}
	return cells, nil
}

// firstLine returns the first line of source that says something: blank
// lines, a bare %% (GoNB's "the rest is main") and import declarations are
// skipped.
func firstLine(source string) string {
	inImport := false
	for _, line := range strings.Split(source, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case inImport:
			inImport = line != ")"
		case line == "import (":
			inImport = true
		case line == "", line == "%%", line == "%main", strings.HasPrefix(line, "import "):
		default:
			return line
		}
	}
	return ""
}

// lastLines returns the last n non-blank lines of s.
func lastLines(s string, n int) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, strings.TrimRight(l, " \t\r"))
		}
	}
	if len(lines) > n {
		lines = append([]string{"..."}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}

// Patterns for htmlText.
var (
	htmlStyle      = regexp.MustCompile(`(?s)<style.*?</style>`)
	gonbErrContext = regexp.MustCompile(`(?s)<div class="gonb-err-context">.*?</div></div>`)
	htmlTag        = regexp.MustCompile(`(?s)<[^>]*>`)
)

// htmlText returns the text of GoNB's HTML error display: the compiler's
// messages, one per line, without the pop-up copies of the source.
func htmlText(s string) string {
	s = htmlStyle.ReplaceAllString(s, "")
	s = gonbErrContext.ReplaceAllString(s, "</div>")
	s = htmlTag.ReplaceAllString(s, "")
	return html.UnescapeString(s)
}

// ansiEscape matches terminal colour codes, which kernels put in tracebacks.
var ansiEscape = regexp.MustCompile("\x1b\\[[0-9;]*[A-Za-z]")

// stripANSI removes terminal colour codes from s.
func stripANSI(s string) string {
	return ansiEscape.ReplaceAllString(s, "")
}
