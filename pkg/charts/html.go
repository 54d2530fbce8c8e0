package charts

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"html"
	"io"
	"net/url"
	"os"
	"strconv"
)

// runtimeJS is the script that formats tooltips, draws ranges and periods,
// and mounts charts (see runtime.js).
//
//go:embed runtime.js
var runtimeJS string

// Page is an HTML page of one or more charts. Its zero value writes a
// self-contained page: the ECharts library is inlined, so the file opens
// from disk, offline, with no network request.
//
// Each chart sits in
//
//	<div class="newsroom-chart" id="ID" data-chart="KIND" data-chart-id="ID">
//
// where ID is Chart.ID (with "-2", "-3"... appended when a page holds the
// same chart more than once) and KIND is Chart.Kind.
type Page struct {
	// Title is the page's <title>, and a heading when the page holds more
	// than one chart. "" means the chart's title for a one-chart page and
	// "Charts" otherwise.
	Title string

	// CDN, when set, is the address a <script src> loads ECharts from
	// instead of inlining the library. The page then needs the network.
	// Leave it "" unless that is what you want.
	CDN string
}

// SaveHTML writes charts to one self-contained HTML file at path, ECharts
// included; see Page.
func SaveHTML(path string, charts ...*Chart) error {
	return Page{}.Save(path, charts...)
}

// Save writes the page to path.
func (p Page) Save(path string, charts ...*Chart) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("charts: %w", err)
	}
	if err := p.Render(f, charts...); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("charts: %w", err)
	}
	return nil
}

// Render writes the page to w. It fails with ErrNoECharts when the library
// is to be inlined and cannot be found.
func (p Page) Render(w io.Writer, charts ...*Chart) error {
	var lib []byte
	if p.CDN == "" {
		var err error
		if lib, err = loadLibrary(); err != nil {
			return err
		}
	} else if u, err := url.Parse(p.CDN); err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		return fmt.Errorf("charts: Page.CDN %q is not an http(s) address", p.CDN)
	}
	title := p.Title
	if title == "" {
		title = "Charts"
		if len(charts) == 1 {
			title = charts[0].title
		}
	}
	size := len(lib) + len(runtimeJS) + 1024
	for _, c := range charts {
		size += len(c.option) + 256
	}
	bw := bufio.NewWriterSize(w, min(size, 1<<20))
	bw.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	bw.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	bw.WriteString(html.EscapeString(title))
	bw.WriteString("</title>\n<style>body{font-family:sans-serif;margin:16px;color:#222}" +
		"h1{font-size:1.4em}.newsroom-chart{margin:16px auto;max-width:100%}</style>\n<script>\n")
	bw.WriteString(runtimeJS)
	bw.WriteString("</script>\n")
	if p.CDN != "" {
		bw.WriteString("<script src=\"" + html.EscapeString(p.CDN) + "\"></script>\n")
	} else {
		bw.WriteString("<script>\n")
		bw.Write(lib)
		bw.WriteString("</script>\n")
	}
	bw.WriteString("</head>\n<body>\n")
	if len(charts) > 1 {
		bw.WriteString("<h1>" + html.EscapeString(title) + "</h1>\n")
	}
	seen := map[string]int{}
	for _, c := range charts {
		if c == nil {
			return errors.New("charts: Page.Render: nil chart")
		}
		id := c.id
		if n := seen[c.id]; n > 0 {
			id += "-" + strconv.Itoa(n+1)
		}
		seen[c.id]++
		writeChart(bw, c, id, true)
	}
	bw.WriteString("</body>\n</html>\n")
	return bw.Flush()
}

// writeChart writes a chart's container and the script that mounts it. The
// id, kind and size are checked when the chart is built (ASCII letters,
// digits, '-', '_'; CSS lengths), and the option JSON has no '<', '>' or
// '&', so nothing here can leave its attribute or <script>.
func writeChart(w *bufio.Writer, c *Chart, id string, withID bool) {
	w.WriteString(`<div class="newsroom-chart"`)
	if withID {
		w.WriteString(` id="` + id + `"`)
	}
	w.WriteString(` data-chart="` + c.kind + `" data-chart-id="` + id +
		`" style="width:` + c.width + `;height:` + c.height + `"></div>` + "\n<script>newsroomCharts.mount(\"" + id + "\", ")
	w.Write(c.option)
	w.WriteString(");</script>\n")
}
