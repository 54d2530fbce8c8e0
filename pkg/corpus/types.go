package corpus

import "time"

// Category says what a figure counts.
type Category string

// The categories a Fact can have. See the package documentation for the
// definitions the extractor applies.
const (
	Displaced   Category = "displaced"   // people who fled, were displaced, forced from homes, on the move
	Refugees    Category = "refugees"    // refugees hosted or accepted by a country
	Killed      Category = "killed"      // deaths
	Sheltered   Category = "sheltered"   // displaced people in camps or shelters
	Unsheltered Category = "unsheltered" // displaced people without shelter
	AtRisk      Category = "at_risk"     // projections; people heading to or massing at a border
	Troops      Category = "troops"      // military personnel deployed or sent
	Other       Category = "other"       // any other count: posts, km, years, percentages, wounded
)

// Categories lists every Category in a fixed, documented order.
var Categories = []Category{Displaced, Refugees, Killed, Sheltered, Unsheltered, AtRisk, Troops, Other}

// Qualifier says how the text hedges a figure.
type Qualifier string

// The qualifiers a Fact can have.
const (
	Exact   Qualifier = "exact"    // the figure as stated
	Approx  Qualifier = "approx"   // around, about, nearly, some, almost, roughly, close to
	AtLeast Qualifier = "at_least" // more than, over, at least, vague plurals ("thousands")
	AtMost  Qualifier = "at_most"  // up to, fewer than, as many as
	Range   Qualifier = "range"    // a low and a high figure; see Fact.ValueHigh
)

// Fact is one quantitative claim in an article body.
type Fact struct {
	Article     string    // file name without ".txt"
	Published   time.Time // publication date of the article; zero when unknown
	Category    Category
	Value       float64   // the figure; the low end of a range
	ValueHigh   float64   // the high end of a range; 0 when the figure is not a range
	Qualifier   Qualifier // exact, approx, at_least, at_most or range
	Unit        string    // the thing counted: people, soldiers, refugees, km, percent, years...
	Location    string    // the place the figure concerns; "" when the text names none
	Source      string    // who the text attributes the figure to; "reporter" when the article states it
	PeriodStart time.Time // start of the period the figure counts from; zero when none
	Sentence    string    // the whole sentence, whitespace normalised

	Phrase    string // the matched text of the figure, e.g. "more than 200,000 people"
	Start     int    // byte offset of Phrase in the article body
	End       int    // byte offset just past Phrase in the article body
	Paragraph int    // 1-based paragraph number in the body
	Rule      string // name of the extraction rule that set the category
}

// Article is one loaded file with its metadata.
type Article struct {
	Name      string    // file name without ".txt"
	Title     string    // headline
	Published time.Time // zero when neither text nor metadata gives a date
	Publisher string    // outlet, e.g. "The Moscow Times"
	Wire      string    // wire service credited in the byline, e.g. "Reuters"
	URL       string    // original address
	Words     int       // words in the body
	Dateline  string    // place in a dateline such as "MOSCOW –"; "" when none
	Warnings  []string  // non-fatal problems, e.g. "no publication date"
	Body      string    // the cleaned body text the facts' offsets point into

	release bool   // an organisation's own press release or briefing note
	items   []int  // body offsets of the paragraphs the page bulleted or numbered
	author  string // the organisation whose own report a site reposts ("Source: OCHA"); "" when none
}

// Quote is a direct quotation in an article.
type Quote struct {
	Article  string
	Speaker  string // resolved as for Fact.Source
	Quote    string // the quoted words, without quotation marks
	Sentence string
}
