package charts_test

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/newsroom/displacement/pkg/charts"
	"github.com/newsroom/displacement/pkg/corpus"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// facts is a tiny corpus: two sources disagree on one offensive, Turkey's
// refugee count rises, and a soldier toll is reported.
var (
	articles = []corpus.Article{
		{Name: "idlib-2019", Title: "Thousands flee Idlib offensive", Published: day("2019-05-31")},
		{Name: "turkey-2020", Title: "Turkey says it hosts 3.6 million", Published: day("2020-02-15")},
	}
	facts = []corpus.Fact{
		{Article: "idlib-2019", Published: day("2019-05-31"), Category: corpus.Displaced, Value: 200000,
			Qualifier: corpus.AtLeast, Unit: "people", Location: "Idlib", Source: "U.N.", PeriodStart: day("2019-04-30"),
			Sentence: "More than 200,000 people have fled since the end of April, the U.N. said."},
		{Article: "idlib-2019", Published: day("2019-05-31"), Category: corpus.Displaced, Value: 300000,
			Qualifier: corpus.AtLeast, Unit: "people", Location: "Idlib", Source: "UOSSM", PeriodStart: day("2019-04-30"),
			Sentence: "UOSSM put the number at more than 300,000."},
		{Article: "idlib-2019", Published: day("2019-05-31"), Category: corpus.Refugees, Value: 3500000,
			Qualifier: corpus.Exact, Unit: "refugees", Location: "Turkey", Source: "reporter",
			Sentence: "Turkey hosts 3.5 million refugees."},
		{Article: "turkey-2020", Published: day("2020-02-15"), Category: corpus.Refugees, Value: 3600000,
			Qualifier: corpus.AtLeast, Unit: "refugees", Location: "Turkey", Source: "Fuat Oktay",
			Sentence: "Turkey hosts more than 3.6 million Syrian refugees, Oktay said."},
		{Article: "turkey-2020", Published: day("2020-02-15"), Category: corpus.Killed, Value: 13,
			Qualifier: corpus.Exact, Unit: "soldiers", Location: "Idlib", Source: "reporter",
			Sentence: "13 Turkish soldiers have been killed this month."},
	}
)

// describe prints what a chart draws: its kind, figure count and series.
func describe(c *charts.Chart) {
	var opt struct {
		Series []struct{ Name, Type string }
	}
	if err := json.Unmarshal(c.OptionJSON(), &opt); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s, figures=%d\n", c.Kind(), c.Figures())
	for _, s := range opt.Series {
		fmt.Printf("  %s %s\n", s.Type, s.Name)
	}
}

func ExampleDisplacement() {
	c := charts.Displacement(facts, articles, charts.WithTitle("Idlib, May 2019"))
	describe(c)

	// One self-contained page, ECharts inlined.
	path := filepath.Join(os.TempDir(), "displacement-example.html")
	if err := charts.SaveHTML(path, c); err != nil {
		log.Fatal(err)
	}
	defer os.Remove(path)
	// Output:
	// displacement, figures=2
	//   scatter displaced
	//   custom displaced
}

func ExampleDisplacement_bySource() {
	describe(charts.Displacement(facts, articles, charts.BySource(), charts.WithLogScale()))
	// Output:
	// displacement, figures=2
	//   scatter U.N.
	//   custom U.N.
	//   scatter UOSSM
	//   custom UOSSM
}

func ExampleRefugees() {
	describe(charts.Refugees(facts, articles, charts.WithSize("100%", "400px")))
	// Output:
	// refugees, figures=2
	//   line Turkey
}

func ExampleSources() {
	describe(charts.Sources(facts, articles))
	// Output:
	// sources, figures=2
	//   bar U.N.
	//   bar UOSSM
}

func ExampleKilled() {
	describe(charts.Killed(facts, articles))
	describe(charts.Killed(nil, nil)) // draws "No figures"
	// Output:
	// killed, figures=1
	//   scatter killed
	// killed, figures=0
}

func ExamplePage() {
	page := charts.Page{Title: "Idlib"}
	path := filepath.Join(os.TempDir(), "charts-example.html")
	err := page.Save(path,
		charts.Displacement(facts, articles),
		charts.Sources(facts, articles),
	)
	if err != nil {
		log.Fatal(err)
	}
	defer os.Remove(path)
	fmt.Println("saved")
	// Output: saved
}

func ExampleDisplay() {
	// In a GoNB cell this shows the chart; elsewhere it does nothing.
	if err := charts.Display(charts.Killed(facts, articles)); err != nil {
		log.Fatal(err)
	}
	fmt.Println("ok")
	// Output: ok
}
