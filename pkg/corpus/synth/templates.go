package synth

import "github.com/newsroom/displacement/pkg/corpus"

// template is the core clause of a fact sentence. Placeholders:
//
//	{num}   the figure with its qualifier ("more than 200,000"); a vague
//	        plural renders as "thousands of", so a noun must follow
//	{km}    a distance: figure and unit ("15 km (9 miles)", "15-20 km")
//	{pct}   a percentage ("40 percent", "about 40%")
//	{years} the years of war so far ("nearly nine years")
//	{yearsold} the same as an adjective ("seven-year-old")
//	{loc}   the article's Syrian place
//	{host}  the article's host country
//	{since} an optional period ("since the beginning of December"), or ""
//
// The clause has no final period and may start in lower case: the
// attribution wrapper decides where it goes in the sentence.
type template struct {
	cat   corpus.Category
	text  string
	unit  string
	where string // which place the figure concerns: "loc", "host" or a literal place
	num   numberOpts
	since bool // the clause contains {since}
}

var (
	people     = numberOpts{mags: []magnitude{medium, large, huge}, vague: true, rangeOK: true}
	manyPeople = numberOpts{mags: []magnitude{large, huge}, vague: true, rangeOK: true}
	somePeople = numberOpts{mags: []magnitude{medium, large}, vague: true, rangeOK: true}
	fewPeople  = numberOpts{mags: []magnitude{small, medium}, vague: true, rangeOK: true}
	count      = numberOpts{mags: []magnitude{small, medium}, rangeOK: true}
	smallCount = numberOpts{mags: []magnitude{small}, rangeOK: true}
	fewThings  = numberOpts{mags: []magnitude{few}}
	percents   = numberOpts{mags: []magnitude{small}}
	bareCount  = numberOpts{mags: []magnitude{small, medium, large}}
	distance   = numberOpts{mags: []magnitude{few}, rangeOK: true, hyphen: true}
)

var templates = []template{
	// displaced
	{cat: corpus.Displaced, unit: "people", where: "loc", num: somePeople, since: true,
		text: "{num} people have fled their homes in {loc}{since}"},
	{cat: corpus.Displaced, unit: "people", where: "loc", num: somePeople, since: true,
		text: "{num} people had been displaced in {loc}{since}"},
	{cat: corpus.Displaced, unit: "people", where: "loc", num: somePeople, since: true,
		text: "the fighting has forced {num} people from their homes in {loc}{since}"},
	{cat: corpus.Displaced, unit: "civilians", where: "loc", num: somePeople, since: true,
		text: "{num} civilians have fled the bombardment of {loc}{since}"},
	{cat: corpus.Displaced, unit: "people", where: "loc", num: somePeople,
		text: "{num} people are on the move in and around {loc}"},
	{cat: corpus.Displaced, unit: "people", where: "loc", num: somePeople, since: true,
		text: "the offensive on {loc} has displaced {num} people{since}"},
	{cat: corpus.Displaced, unit: "people", where: "Syria", num: people,
		text: "{num} people are now displaced inside Syria"},
	{cat: corpus.Displaced, unit: "children", where: "loc", num: somePeople, since: true,
		text: "{num} children have been uprooted by the fighting in {loc}{since}"},
	{cat: corpus.Displaced, unit: "families", where: "loc", num: count, since: true,
		text: "{num} families have abandoned their homes in {loc}{since}"},
	{cat: corpus.Displaced, unit: "people", where: "Syria", num: manyPeople,
		text: "the war has forced {num} people to flee their homes"},

	// refugees
	{cat: corpus.Refugees, unit: "refugees", where: "host", num: manyPeople,
		text: "{host} hosts {num} Syrian refugees"},
	{cat: corpus.Refugees, unit: "refugees", where: "host", num: manyPeople,
		text: "{host} is home to {num} refugees from Syria"},
	{cat: corpus.Refugees, unit: "refugees", where: "host", num: somePeople, since: true,
		text: "{host} has taken in {num} Syrian refugees{since}"},
	{cat: corpus.Refugees, unit: "refugees", where: "host", num: somePeople,
		text: "{num} Syrian refugees are registered in {host}"},
	{cat: corpus.Refugees, unit: "refugees", where: "host", num: manyPeople,
		text: "{host}, which already hosts {num} Syrian refugees, cannot absorb another wave"},

	// killed
	{cat: corpus.Killed, unit: "civilians", where: "loc", num: fewPeople, since: true,
		text: "{num} civilians have been killed in {loc}{since}"},
	{cat: corpus.Killed, unit: "people", where: "loc", num: smallCount,
		text: "air strikes on {loc} killed {num} people on Sunday"},
	{cat: corpus.Killed, unit: "people", where: "Syria", num: somePeople, since: true,
		text: "the war has killed {num} people{since}"},
	{cat: corpus.Killed, unit: "soldiers", where: "loc", num: smallCount, since: true,
		text: "{num} Turkish soldiers were killed in attacks near {loc}{since}"},
	{cat: corpus.Killed, unit: "people", where: "loc", num: bareCount,
		text: "the death toll from the strikes on {loc} has risen to {num}"},
	{cat: corpus.Killed, unit: "children", where: "loc", num: smallCount,
		text: "{num} children were among the dead in {loc}"},
	{cat: corpus.Killed, unit: "people", where: "loc", num: smallCount,
		text: "{num} people died when shells hit a market in {loc}"},

	// sheltered
	{cat: corpus.Sheltered, unit: "people", where: "loc", num: somePeople,
		text: "the camps near {loc} have absorbed {num} people"},
	{cat: corpus.Sheltered, unit: "people", where: "loc", num: somePeople,
		text: "{num} displaced people are living in tents near {loc}"},
	{cat: corpus.Sheltered, unit: "people", where: "loc", num: somePeople,
		text: "{num} people are sheltering in schools and mosques in {loc}"},
	{cat: corpus.Sheltered, unit: "people", where: "loc", num: somePeople,
		text: "camps along the border near {loc} now hold {num} people"},

	// unsheltered
	{cat: corpus.Unsheltered, unit: "people", where: "loc", num: somePeople,
		text: "{num} people around {loc} have no access to shelter"},
	{cat: corpus.Unsheltered, unit: "people", where: "loc", num: somePeople,
		text: "{num} displaced people are sleeping in the open near {loc}"},
	{cat: corpus.Unsheltered, unit: "people", where: "loc", num: somePeople,
		text: "{num} people are living under trees and in fields around {loc}"},
	{cat: corpus.Unsheltered, unit: "families", where: "loc", num: count,
		text: "{num} families near {loc} have no roof over their heads"},

	// at_risk
	{cat: corpus.AtRisk, unit: "people", where: "loc", num: manyPeople,
		text: "an additional {num} people could be displaced from {loc}"},
	{cat: corpus.AtRisk, unit: "people", where: "loc", num: manyPeople,
		text: "{num} people were heading to the Turkish border from {loc}"},
	{cat: corpus.AtRisk, unit: "people", where: "loc", num: somePeople,
		text: "{num} people are massing at the border near {loc}"},
	{cat: corpus.AtRisk, unit: "civilians", where: "loc", num: manyPeople,
		text: "{num} civilians in {loc} are at risk of displacement"},
	{cat: corpus.AtRisk, unit: "people", where: "loc", num: manyPeople,
		text: "a new assault on {loc} could drive {num} people towards the border"},

	// troops
	{cat: corpus.Troops, unit: "troops", where: "loc", num: count,
		text: "Turkey has sent {num} troops to {loc}"},
	{cat: corpus.Troops, unit: "soldiers", where: "loc", num: count,
		text: "{num} soldiers have been deployed around {loc}"},
	{cat: corpus.Troops, unit: "soldiers", where: "loc", num: count,
		text: "the army has moved {num} soldiers to the front lines near {loc}"},
	{cat: corpus.Troops, unit: "troops", where: "loc", num: count,
		text: "{num} Russian troops were sent to {loc}"},

	// other
	{cat: corpus.Other, unit: "posts", where: "loc", num: fewThings,
		text: "Turkey has {num} observation posts around {loc}"},
	{cat: corpus.Other, unit: "km", where: "loc", num: distance,
		text: "government forces advanced {km} towards {loc}"},
	{cat: corpus.Other, unit: "km", where: "loc", num: distance,
		text: "the front line now runs {km} south of {loc}"},
	{cat: corpus.Other, unit: "people", where: "loc", num: fewPeople,
		text: "{num} people were wounded in the shelling of {loc}"},
	{cat: corpus.Other, unit: "percent", where: "loc", num: percents,
		text: "{pct} of the hospitals in {loc} are out of service"},
	{cat: corpus.Other, unit: "years", where: "Syria",
		text: "after {years} of war, much of {loc} lies in ruins"},
	{cat: corpus.Other, unit: "years", where: "Syria",
		text: "the {yearsold} war has left much of {loc} in ruins"},
	{cat: corpus.Other, unit: "trucks", where: "loc", num: count,
		text: "a convoy of {num} aid trucks crossed into {loc}"},
	{cat: corpus.Other, unit: "schools", where: "loc", num: smallCount,
		text: "{num} schools in {loc} have been damaged or destroyed"},
}

// categoryWeights says how often each category is planted, in
// corpus.Categories order. Displacement and deaths dominate real coverage.
var categoryWeights = []int{26, 12, 18, 8, 6, 8, 8, 14}

// byCategory indexes templates by category.
var byCategory = func() map[corpus.Category][]template {
	m := map[corpus.Category][]template{}
	for _, t := range templates {
		m[t.cat] = append(m[t.cat], t)
	}
	return m
}()
