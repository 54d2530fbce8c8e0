package browsertest

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/newsroom/displacement/pkg/corpus"
)

// The tests in this file need no browser; they run under -short too.

func TestAllowed(t *testing.T) {
	tests := []struct {
		url  string
		want bool
	}{
		{"file:///work/main/reports/02-displacement.html", true},
		{"file://localhost/tmp/x.html", true},
		{"file://fileserver/share/x.html", false},
		{"data:image/png;base64,AAAA", true},
		{"blob:file:///0b1c", true},
		{"about:blank", true},
		{"http://127.0.0.1:8888/api/kernels", true},
		{"ws://127.0.0.1:8888/api/kernels/1/channels", true},
		{"http://127.1.2.3/", true},
		{"http://[::1]:8888/tree", true},
		{"http://localhost:8888/tree", true},
		{"http://LOCALHOST/", true},
		{"https://cdn.jsdelivr.net/npm/echarts@5.4.3/dist/echarts.min.js", false},
		{"https://go-echarts.github.io/go-echarts-assets/assets/echarts.min.js", false},
		{"http://localhost.example.com/", false},
		{"http://127.0.0.1.nip.io/", false},
		{"http://10.0.0.1/", false},
		{"http://[::ffff:8.8.8.8]/", false},
		{"wss://example.net/socket", false},
		{"chrome://settings", false},
		{"ftp://127.0.0.1/", false},
		{"::not a url", false},
	}
	for _, tt := range tests {
		if got := Allowed(tt.url); got != tt.want {
			t.Errorf("Allowed(%q) = %v, want %v", tt.url, got, tt.want)
		}
	}
}

func TestSeriesValues(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []float64
	}{
		{"numbers", `[1, 2.5, 3e6]`, []float64{1, 2.5, 3e6}},
		{"pairs", `[["2019-05-01", 200000], ["2020-02-01", 520000]]`, []float64{200000, 520000}},
		{"objects", `[{"value": 7}, {"value": ["2019-05-01", 8]}, {"value": "9"}]`, []float64{7, 8, 9}},
		{"spans", `[["2019-05-01", 300, 400, "2019-04-30"]]`, []float64{400}},
		{"gaps", `[null, "-", {"name": "no value"}, 5]`, []float64{5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s Series
			if err := json.Unmarshal([]byte(tt.data), &s.Data); err != nil {
				t.Fatal(err)
			}
			if got := s.Values(); !slices.Equal(got, tt.want) {
				t.Errorf("Values() of %s = %v, want %v", tt.data, got, tt.want)
			}
		})
	}
}

func TestSameValues(t *testing.T) {
	tests := []struct {
		got, want []float64
		same      bool
	}{
		{[]float64{3, 1, 2}, []float64{1, 2, 3}, true},
		{nil, nil, true},
		{[]float64{1, 1}, []float64{1}, false},
		{[]float64{1}, []float64{1, 2}, false},
		{[]float64{200000}, []float64{300000}, false},
	}
	for _, tt := range tests {
		if d := SameValues(tt.got, tt.want); (d == "") != tt.same {
			t.Errorf("SameValues(%v, %v) = %q, want same=%v", tt.got, tt.want, d, tt.same)
		}
	}
}

// TestCheckFacts_Timeline checks the comparison on hand-written options:
// the figures of a table, then options with a figure missing, changed,
// in the wrong series, invented, or without its range.
func TestCheckFacts_Timeline(t *testing.T) {
	facts := []corpus.Fact{
		{Article: "a", Published: day("2019-05-20"), Category: corpus.Displaced, Value: 200000, Qualifier: corpus.AtLeast, Source: "U.N.", PeriodStart: day("2019-04-29")},
		{Article: "b", Published: day("2019-05-28"), Category: corpus.Sheltered, Value: 100000, ValueHigh: 110000, Qualifier: corpus.Range, Source: "NGO"},
		{Article: "b", Published: day("2019-05-28"), Category: corpus.Killed, Value: 20, Source: "reporter"},
		{Article: "c", Category: corpus.Displaced, Value: 5, Source: "reporter"}, // undated: not drawn
	}
	const (
		displaced = `{"value":["2019-05-20",200000],"q":"at_least","src":"U.N.","art":"a"}`
		sheltered = `{"value":["2019-05-28",100000],"q":"range","hi":110000,"src":"NGO","art":"b"}`
		since     = `["2019-05-20",200000,200000,"2019-04-29"]`
		rng       = `["2019-05-28",100000,110000,"2019-05-28"]`
	)
	chart := func(series ...string) Chart {
		c := Chart{ID: "t", Kind: KindDisplacement}
		for _, s := range series {
			name, rest, _ := strings.Cut(s, "=")
			typ, data, _ := strings.Cut(rest, ":")
			var items []json.RawMessage
			if err := json.Unmarshal([]byte(data), &items); err != nil {
				t.Fatalf("%s: %v", data, err)
			}
			c.Series = append(c.Series, Series{Name: name, Type: typ, Data: items})
		}
		return c
	}
	tests := []struct {
		name  string
		chart Chart
		exact int // differences CheckFacts must find
		drawn int // differences CheckFactsDrawn must find
	}{
		{"right", chart("displaced=scatter:["+displaced+"]", "displaced=custom:["+since+"]",
			"sheltered=scatter:["+sheltered+"]", "sheltered=custom:["+rng+"]"), 0, 0},
		{"missing figure", chart("displaced=scatter:["+displaced+"]", "displaced=custom:["+since+"]",
			"sheltered=custom:["+rng+"]"), 1, 0},
		{"changed figure", chart("displaced=scatter:["+strings.Replace(displaced, "200000", "250000", 1)+"]", "displaced=custom:["+since+"]",
			"sheltered=scatter:["+sheltered+"]", "sheltered=custom:["+rng+"]"), 1, 1},
		{"wrong series", chart("sheltered=scatter:["+displaced+","+sheltered+"]", "displaced=custom:["+since+"]",
			"sheltered=custom:["+rng+"]"), 2, 0},
		{"no range", chart("displaced=scatter:["+displaced+"]", "displaced=custom:["+since+"]",
			"sheltered=scatter:["+sheltered+"]"), 1, 0},
		{"invented", chart("displaced=scatter:["+displaced+",{\"value\":[\"2019-05-21\",1],\"src\":\"x\",\"art\":\"z\"}]", "displaced=custom:["+since+"]",
			"sheltered=scatter:["+sheltered+"]", "sheltered=custom:["+rng+"]"), 1, 1},
		{"undated drawn", chart("displaced=scatter:["+displaced+",{\"value\":[\"0001-01-01\",5],\"src\":\"reporter\",\"art\":\"c\"}]", "displaced=custom:["+since+"]",
			"sheltered=scatter:["+sheltered+"]", "sheltered=custom:["+rng+"]"), 1, 1},
		{"empty", chart(), 4, 1}, // figures and ranges of both series
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := CheckFacts(tt.chart, facts); len(d) != tt.exact {
				t.Errorf("CheckFacts: got %d differences %q, want %d", len(d), d, tt.exact)
			}
			if d := CheckFactsDrawn(tt.chart, facts); len(d) != tt.drawn {
				t.Errorf("CheckFactsDrawn: got %d differences %q, want %d", len(d), d, tt.drawn)
			}
		})
	}
}

// TestCheckFacts_LogScale checks that a logarithmic chart is not expected
// to draw a figure of zero, and a linear one is.
func TestCheckFacts_LogScale(t *testing.T) {
	facts := []corpus.Fact{
		{Article: "a", Published: day("2019-05-20"), Category: corpus.Killed, Value: 12, Source: "reporter"},
		{Article: "a", Published: day("2019-05-20"), Category: corpus.Killed, Value: 0, Source: "reporter"},
	}
	item := json.RawMessage(`{"value":["2019-05-20",12],"src":"reporter","art":"a"}`)
	c := Chart{ID: "t", Kind: KindKilled, Series: []Series{{Name: "killed", Type: "scatter", Data: []json.RawMessage{item}}}}
	for _, log := range []bool{true, false} {
		c.LogScale = log
		d := CheckFacts(c, facts)
		if log && len(d) > 0 {
			t.Errorf("log scale: got differences %q, want none", d)
		}
		if !log && len(d) != 1 {
			t.Errorf("linear scale: got differences %q, want the zero figure missing", d)
		}
	}
}
