package charts

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsroom/displacement/pkg/corpus"
)

// FuzzTextStaysText puts arbitrary text in every string a chart shows and
// checks that the option JSON cannot leave its <script>, holds no
// go-echarts function marker, and still carries the text.
//
//	go test -run '^$' -fuzz FuzzTextStaysText -fuzztime 10s ./pkg/charts
func FuzzTextStaysText(f *testing.F) {
	for _, s := range []string{payloadScript, payloadImg, payloadMarker, "", "\u2028\u2029", "<!--<script>", "</SCRIPT >", `\u003c`, "a\x00b", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		facts := []corpus.Fact{
			fx("a", "2020-01-01", corpus.Displaced, 1, 0, corpus.Exact, s, s, s, "", s),
			fx("a", "2020-01-01", corpus.Displaced, 2, 0, corpus.AtLeast, s, s, "other "+s, "", s),
		}
		articles := []corpus.Article{{Name: "a", Title: s}}
		for _, c := range []*Chart{Displacement(facts, articles, BySource(), WithTitle(s)), Sources(facts, articles)} {
			opt := c.OptionJSON()
			if i := bytes.IndexAny(opt, "<>&"); i >= 0 {
				t.Fatalf("%s: raw %q in the option at %d", c.Kind(), opt[i], i)
			}
			if bytes.Contains(opt, []byte("__f__")) {
				t.Fatalf("%s: option holds __f__", c.Kind())
			}
			var m map[string]any
			if err := json.Unmarshal(opt, &m); err != nil {
				t.Fatalf("%s: option is not JSON: %v", c.Kind(), err)
			}
			if s != "" && utf8.ValidString(s) {
				enc, _ := json.Marshal(map[string]string{"sent": s})
				back, _ := json.Marshal(m)
				if !bytes.Contains(back, enc[1:len(enc)-1]) {
					t.Fatalf("%s: sentence %q lost", c.Kind(), s)
				}
			}
			var b bytes.Buffer
			w := bufio.NewWriter(&b)
			writeChart(w, c, c.ID(), true)
			w.Flush()
			var scripts []element
			for _, e := range parse(t, b.Bytes()) {
				if e.tag == "script" {
					scripts = append(scripts, e)
				}
				if e.tag != "script" && e.tag != "div" && e.tag != "html" && e.tag != "head" && e.tag != "body" {
					t.Fatalf("%s: text made a <%s> element", c.Kind(), e.tag)
				}
			}
			if len(scripts) != 1 || !strings.HasSuffix(scripts[0].text, string(opt)+");") {
				t.Fatalf("%s: the script does not hold exactly the option", c.Kind())
			}
		}
	})
}
