package corpus_test

import (
	"fmt"
	"log"
	"os"

	"github.com/newsroom/displacement/pkg/corpus"
)

// Load a folder and list its facts with their provenance.
func ExampleLoad() {
	c, err := corpus.Load("testdata/example")
	if err != nil {
		log.Fatal(err) // an ErrorList: file:line:col: message for each bad file
	}
	for _, a := range c.ArticleList() {
		fmt.Printf("%s: %q, %s, %s via %s\n", a.Name, a.Title, a.Published.Format("2006-01-02"), a.Publisher, a.Wire)
	}
	for _, f := range c.FactList() {
		fmt.Printf("%s %v (%s) %s in %s, source %s", f.Category, f.Value, f.Qualifier, f.Unit, f.Location, f.Source)
		if !f.PeriodStart.IsZero() {
			fmt.Printf(", since %s", f.PeriodStart.Format("2006-01-02"))
		}
		fmt.Println()
	}
	// Output:
	// gaziantep: "Aid Groups Warn of New Exodus Towards Turkish Border", 2020-03-03, Example Wire Service via Reuters
	// displaced 900000 (at_least) people in northwest Syria, source U.N., since 2019-12-01
	// unsheltered 80000 (approx) people in northwest Syria, source Rana Haddad
	// at_risk 300000 (exact) people in northwest Syria, source Rana Haddad
}

// The facts table as a gota DataFrame, for notebooks.
func ExampleCorpus_Facts() {
	c, err := corpus.Load("testdata/example")
	if err != nil {
		log.Fatal(err)
	}
	df := c.Facts().Select([]string{"category", "value", "qualifier", "source", "period_start"})
	df.WriteCSV(os.Stdout)
	// Output:
	// category,value,qualifier,source,period_start
	// displaced,900000.000000,at_least,U.N.,2019-12-01
	// unsheltered,80000.000000,approx,Rana Haddad,
	// at_risk,300000.000000,exact,Rana Haddad,
}

// Select facts for a chart: one category, published in a date range.
func ExampleFilter() {
	c, err := corpus.Load("../../data/articles")
	if err != nil {
		log.Fatal(err)
	}
	from, _ := corpus.ParseDate("2020-01-01")
	displaced := corpus.Filter{Categories: []corpus.Category{corpus.Displaced}, From: from}.Apply(c.FactList())
	for _, f := range displaced {
		fmt.Printf("%s %v %s: %s\n", f.Published.Format("2006-01-02"), f.Value, f.Source, f.Phrase)
	}
	// Output:
	// 2020-02-04 520000 David Swanson: 520,000 people
	// 2020-02-04 100000 reporter: hundreds of thousands of civilians
	// 2020-02-15 100000 Fuat Oktay: hundreds of thousands
	// 2020-02-15 100000 reporter: hundreds of thousands of people
}

func ExampleParseNumber() {
	for _, s := range []string{"half a million", "nearly 1 million", "between 160,000 and 300,000", "tens of thousands"} {
		n, _ := corpus.ParseNumber(s)
		fmt.Printf("%s: %v %v %s\n", s, n.Value, n.High, n.Qualifier)
	}
	// Output:
	// half a million: 500000 0 exact
	// nearly 1 million: 1e+06 0 approx
	// between 160,000 and 300,000: 160000 300000 range
	// tens of thousands: 10000 0 at_least
}

func ExampleSentences() {
	for _, s := range corpus.Sentences(`The U.N. said on Jan. 12 that 200 fled. "We left," he said. Mr. Ali agreed.`) {
		fmt.Println(s)
	}
	// Output:
	// The U.N. said on Jan. 12 that 200 fled.
	// "We left," he said.
	// Mr. Ali agreed.
}
