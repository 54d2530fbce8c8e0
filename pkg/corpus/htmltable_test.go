package corpus

import (
	"math"
	"strings"
	"testing"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"
)

func TestFormatCount(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0"}, {999, "999"}, {1000, "1,000"}, {520000, "520,000"},
		{3600000, "3,600,000"}, {-12500, "-12,500"}, {33.33, "33.33"}, {1.5, "1.5"},
	}
	for _, tt := range tests {
		if got := FormatCount(tt.in); got != tt.want {
			t.Errorf("FormatCount(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHTMLTable(t *testing.T) {
	df := dataframe.New(
		series.New([]string{"<b>x</b>", "U.N."}, series.String, "source"),
		series.New([]float64{200000, 300000}, series.Float, "value"),
		series.New([]float64{math.NaN(), 20}, series.Float, "value_high"),
	)
	got, err := HTMLTable("Figures & <sources>", df)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Figures &amp; &lt;sources&gt; (2 rows)",
		"<th style=\"text-align:left\">value_high</th>",
		"&lt;b&gt;x&lt;/b&gt;", // corpus text stays text
		">200,000</td>", ">300,000</td>", ">20</td>",
		"nowrap\"></td>", // NaN: a blank cell
	} {
		if !strings.Contains(got, want) {
			t.Errorf("HTMLTable output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "<b>") || strings.Contains(got, "NaN") {
		t.Errorf("HTMLTable output has raw HTML or NaN:\n%s", got)
	}
	if _, err := HTMLTable("bad", df.Select([]string{"nope"})); err == nil {
		t.Error("HTMLTable of a frame with an error: want the error")
	}
}
