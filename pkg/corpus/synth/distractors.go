package synth

import (
	"strconv"
)

// distractor writes a sentence whose numbers are not facts: years, dates,
// ages, ordinals, clock times, resolution numbers, frequency adverbs.
func (g *gen) distractor() string {
	year := g.pub.Year()
	switch g.r.IntN(11) {
	case 0:
		y := 2012 + g.r.IntN(max(1, year-2012))
		return "The " + strconv.Itoa(y) + " agreement between Ankara and Moscow set up a de-escalation zone around " + g.loc + "."
	case 1:
		return "The talks took place on " + pick(g.r, months) + " " + strconv.Itoa(1+g.r.IntN(28)) + "."
	case 2:
		p := g.newPerson()
		pron := "he"
		if p.female {
			pron = "she"
		}
		return p.name + ", " + strconv.Itoa(19+g.r.IntN(60)) + ", said " + pron + " had not slept for days."
	case 3:
		return "It was the second time this month that a convoy had been hit near " + g.loc + "."
	case 4:
		return "The presidents have spoken twice by phone since the clashes began."
	case 5:
		return "The Security Council has debated Resolution " + strconv.Itoa(2100+g.r.IntN(600)) + " on cross-border aid."
	case 6:
		return "The strike hit " + g.loc + " shortly after " + strconv.Itoa(1+g.r.IntN(11)) + " a.m. local time, residents said."
	case 7:
		return "Aid agencies call it the worst humanitarian crisis of the 21st century."
	case 8:
		return "A ceasefire agreed on " + pick(g.r, monthAbbrevs) + " " + strconv.Itoa(1+g.r.IntN(28)) + " has been violated repeatedly."
	case 9:
		d := 1 + g.r.IntN(28)
		return "On " + pick(g.r, months) + " " + ordinal(d) + ", officials from the guarantor countries met in Astana."
	}
	return "Turkey, a NATO member with the alliance's second-biggest army, has backed the rebels."
}

// ordinal writes n with its English suffix: 1st, 2nd, 3rd, 11th, 22nd.
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}
