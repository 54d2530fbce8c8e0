package browsertest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	gocharts "github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/newsroom/displacement/pkg/charts"
	"github.com/newsroom/displacement/pkg/corpus"
)

// Payloads article text could carry into a chart: markup that closes the
// chart's <script> and runs its own, go-echarts' marker for raw
// JavaScript, and an image whose error handler opens a dialog.
const (
	payloadScript = `</script><b id="pwned">x</b><script>document.title='PWNED'</script>`
	payloadMarker = `__f__function(){document.title='PWNED'}__f__`
	payloadImage  = `<img src=x onerror=alert(1)>`
)

var payloads = []string{payloadScript, payloadMarker, payloadImage}

// hostileFacts puts the payloads in every text field a chart shows: the
// headline, the sentence, the source (a series name in the source
// comparison), the place (a series name for refugees) and the unit.
func hostileFacts() ([]corpus.Fact, []corpus.Article) {
	title := "Idlib " + payloadScript + " " + payloadImage
	articles := []corpus.Article{
		{Name: "h1", Title: title, Published: day("2019-05-20")},
		{Name: "h2", Title: title, Published: day("2019-05-27")},
	}
	sentence := "More than 200,000 people fled " + payloadScript + " " + payloadMarker + " " + payloadImage + "."
	var facts []corpus.Fact
	for i, cat := range []corpus.Category{corpus.Displaced, corpus.Refugees, corpus.Killed} {
		for j, src := range []string{payloadImage, payloadMarker} {
			art := articles[j]
			facts = append(facts, corpus.Fact{
				Article: art.Name, Published: art.Published, Category: cat,
				Value: float64(100000*(i+1) + 1000*j), Qualifier: corpus.AtLeast,
				Unit: payloadMarker, Location: payloadScript, Source: src, Sentence: sentence,
			})
		}
	}
	return facts, articles
}

// TestHostileCorpus draws charts of figures whose text carries script,
// markup and go-echarts code markers, opens them, and checks that nothing
// ran: no dialog, no injected element, the title unchanged; and that the
// payloads are shown as text in the tooltips.
func TestHostileCorpus(t *testing.T) {
	b := NewBrowser(t)
	facts, articles := hostileFacts()
	dir := t.TempDir()
	pages := []struct {
		name, title string // title: the document.title the page must keep
		save        func(path string) error
		kinds       []string
	}{
		{"all", "Hostile corpus", func(path string) error {
			return charts.Page{Title: "Hostile corpus"}.Save(path, allCharts(facts, articles)...)
		}, Kinds},
		// A chart titled with the payload: the page's <title> is that text.
		{"titled", payloadScript, func(path string) error {
			return charts.SaveHTML(path, charts.Displacement(facts, articles, charts.WithTitle(payloadScript)))
		}, []string{KindDisplacement}},
		{"by-source", "Refugees by host country", func(path string) error {
			return charts.SaveHTML(path, charts.Refugees(facts, articles, charts.BySource()))
		}, []string{KindRefugees}},
	}
	for _, pg := range pages {
		t.Run(pg.name, func(t *testing.T) {
			path := filepath.Join(dir, pg.name+".html")
			if err := pg.save(path); err != nil {
				t.Fatal(err)
			}
			u, _ := FileURL(path)
			p := b.NewPage(t)
			if err := p.Open(u); err != nil {
				t.Fatal(err)
			}
			got := p.CheckCharts(t, pg.name, ChartCheck{Count: len(pg.kinds), Kinds: pg.kinds, Facts: facts, Exact: pg.name != "by-source"})
			checkNothingRan(t, p, pg.title)
			for i, c := range got {
				checkTooltip(t, p, i, c)
			}
			p.Screenshot(t, pg.name+"-tooltip")
			checkNothingRan(t, p, pg.title)
		})
	}
}

// checkNothingRan fails t when a payload left a trace in the page.
func checkNothingRan(t *testing.T, p *Page, title string) {
	t.Helper()
	var state struct {
		Title    string
		Injected int
		Images   int
	}
	err := p.Eval(`({Title: document.title,
  Injected: document.querySelectorAll('#pwned, b[id]').length,
  Images: document.querySelectorAll('img').length})`, &state)
	if err != nil {
		t.Fatal(err)
	}
	if state.Title != title {
		t.Errorf("document.title = %q, want %q", state.Title, title)
	}
	if state.Injected > 0 {
		t.Errorf("%d injected <b id=...> elements in the page", state.Injected)
	}
	if state.Images > 0 {
		t.Errorf("%d <img> elements in the page, want none", state.Images)
	}
	for _, pr := range p.Problems() {
		t.Errorf("page: %s", pr)
	}
}

// checkTooltip shows the tooltip of the first figure of chart i and checks
// that it shows every payload as text and holds none of their elements.
func checkTooltip(t *testing.T, p *Page, i int, c Chart) {
	t.Helper()
	if len(c.Series) == 0 {
		t.Errorf("chart %s: no series", c.Kind)
		return
	}
	item := c.Series[0].FirstItem()
	tip, err := p.ShowTip(PageCharts, i, 0, item)
	if err != nil {
		t.Errorf("chart %s: %v", c.Kind, err)
		return
	}
	checkTipAsText(t, c.Kind, tip, payloads)
	// The option keeps the marker payload as a string, not as code.
	if !strings.Contains(string(c.Series[0].Data[item]), jsonString(payloadMarker)) {
		t.Errorf("chart %s: first item %s does not hold the string %q", c.Kind, c.Series[0].Data[item], payloadMarker)
	}
}

// jsonString is s as encoding/json writes it inside a JSON string (without
// quotes), with <, > and & escaped as browsers return them unescaped.
func jsonString(s string) string {
	return strings.Trim(fmt.Sprintf("%q", s), `"`)
}

// TestHostileCorpus_CatchesUnsafePage checks that the checks above can
// fail: go-echarts' own page writer puts the option JSON into <script>
// unescaped, so the same payloads must run there and be caught.
func TestHostileCorpus_CatchesUnsafePage(t *testing.T) {
	b := NewBrowser(t)
	lib, err := EChartsJS()
	if err != nil {
		t.Fatal(err)
	}
	host, _ := FileURL(filepath.Dir(lib))
	bar := gocharts.NewBar()
	bar.SetGlobalOptions(
		gocharts.WithInitializationOpts(opts.Initialization{AssetsHost: host + "/", ChartID: "unsafe", PageTitle: "Unsafe"}),
		gocharts.WithTitleOpts(opts.Title{Title: payloadScript}),
	)
	bar.SetXAxis([]string{payloadImage}).AddSeries("figures", []opts.BarData{{Value: 200000}})
	path := filepath.Join(t.TempDir(), "unsafe.html")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := bar.Render(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	u, _ := FileURL(path)
	p := b.NewPage(t)
	if err := p.Open(u); err != nil {
		t.Fatal(err)
	}
	if err := p.WaitFor("document.title === 'PWNED'", 10*time.Second); err != nil {
		t.Errorf("the payload did not run on go-echarts' page, so this test proves nothing: %v", err)
	}
	time.Sleep(500 * time.Millisecond) // let the image fail and the dialog open
	// JSON escapes the quotes, so the element's id is \"pwned\".
	var injected int
	if err := p.Eval(`document.querySelectorAll('b[id]').length`, &injected); err != nil {
		t.Fatal(err)
	}
	if injected != 1 {
		t.Errorf("got %d injected <b id=...> elements on go-echarts' page, want 1", injected)
	}
	var kinds []ProblemKind
	for _, pr := range p.Problems() {
		kinds = append(kinds, pr.Kind)
	}
	if !slices.Contains(kinds, Dialog) {
		t.Errorf("got problems %q on go-echarts' page, want a dialog", kinds)
	}
}

// TestHostileCorpus_CLI runs `corpus charts` on articles whose headlines
// and sentences carry the payloads (testdata/hostile), opens the index
// page with every chart, and checks that nothing ran and that each chart's
// tooltip shows the text of its figure: headline, sentence and source.
func TestHostileCorpus_CLI(t *testing.T) {
	b := NewBrowser(t)
	dir, err := filepath.Abs(filepath.Join("testdata", "hostile"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Load(dir)
	if err != nil {
		t.Fatalf("load %s: %v", dir, err)
	}
	facts := c.FactList()
	out := t.TempDir()
	if _, err := GoRun(t, DefaultGoRunTimeout, nil, "./cmd/corpus", "charts", "--out", out, dir); err != nil {
		t.Fatal(err)
	}
	u, _ := FileURL(filepath.Join(out, "index.html"))
	p := b.NewPage(t)
	if err := p.Open(u); err != nil {
		t.Fatal(err)
	}
	var title string
	if err := p.Eval(`document.title`, &title); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(title, "PWNED") {
		t.Fatalf("document.title = %q after loading", title)
	}
	got := p.CheckCharts(t, "hostile-cli", ChartCheck{Count: len(Kinds), Kinds: Kinds, Facts: facts, Exact: true})
	checkNothingRan(t, p, title)
	var shown string // every tooltip's text
	for i, c := range got {
		if len(c.Series) == 0 || c.Series[0].FirstItem() < 0 {
			continue // a chart that says "No figures"
		}
		shown += checkTooltipShowsItem(t, p, i, c)
	}
	// Unless the payloads reached the tooltips, this test proves nothing.
	for _, want := range payloads {
		if !strings.Contains(shown, want) {
			t.Errorf("no tooltip shows %q: the extractor dropped or changed it, so the check above proves nothing for it", want)
		}
	}
	p.Screenshot(t, "hostile-cli-tooltip")
	checkNothingRan(t, p, title)
}

// checkTooltipShowsItem shows the tooltip of the first figure of chart i
// and checks that it shows the figure's headline, sentence and source as
// text and holds no element of theirs. It returns the tooltip's text.
func checkTooltipShowsItem(t *testing.T, p *Page, i int, c Chart) string {
	t.Helper()
	item := c.Series[0].FirstItem()
	var fields struct {
		Title    string `json:"title"`
		Sentence string `json:"sent"`
		Source   string `json:"src"`
	}
	if err := json.Unmarshal(c.Series[0].Data[item], &fields); err != nil {
		t.Errorf("chart %s: item %s: %v", c.Kind, c.Series[0].Data[item], err)
		return ""
	}
	tip, err := p.ShowTip(PageCharts, i, 0, item)
	if err != nil {
		t.Errorf("chart %s: %v", c.Kind, err)
		return ""
	}
	checkTipAsText(t, c.Kind, tip, []string{fields.Title, fields.Sentence, fields.Source})
	return tip.Text
}

// checkTipAsText checks that a chart's tooltip shows every string in want
// as text and holds no <img> or <script> element and no element with an id
// (an injected payload would bring one).
func checkTipAsText(t *testing.T, kind string, tip Tooltip, want []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(tip.Text, w) {
			t.Errorf("chart %s: tooltip text %q does not show %q", kind, tip.Text, w)
		}
	}
	for _, tag := range []string{"img", "script"} {
		if slices.Contains(tip.Tags, tag) {
			t.Errorf("chart %s: tooltip holds a <%s> element: %s", kind, tag, tip.HTML)
		}
	}
	if len(tip.IDs) > 0 {
		t.Errorf("chart %s: tooltip holds elements with ids %q: %s", kind, tip.IDs, tip.HTML)
	}
}
