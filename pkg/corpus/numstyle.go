package corpus

import "strings"

// European number style: many translated and continental outlets group
// thousands with a full stop and write decimals with a comma ("12.000
// people", "3,6 million"). The shape "2.500" alone is ambiguous, so an
// article is read in that style only when its own numbers say so: it has
// dot-grouped figures and no comma-grouped ones, and either a decimal
// comma before a scale word ("3,6 million") or more than one dot-grouped
// figure.

// europeanNumbers reports whether body writes its numbers in the
// European style.
func europeanNumbers(body string) bool {
	dots, commas, decimalComma := 0, 0, false
	for i := 0; i < len(body); i++ {
		if !isDigit(body[i]) || (i > 0 && (isDigit(body[i-1]) || body[i-1] == '.' || body[i-1] == ',')) {
			continue
		}
		j := i
		for j < len(body) && isDigit(body[j]) {
			j++
		}
		if j-i > 3 || j >= len(body) || (body[j] != '.' && body[j] != ',') {
			continue
		}
		sep := body[j]
		k, groups := j, 0
		for k+4 <= len(body) && body[k] == sep && allDigits(body[k+1:k+4]) && (k+4 == len(body) || !isDigit(body[k+4])) {
			k += 4
			groups++
		}
		switch {
		case groups > 0 && sep == '.' && (k >= len(body) || body[k] != ','):
			dots++
		case groups > 0 && sep == ',' && (k >= len(body) || body[k] != '.' || k+1 >= len(body) || !isDigit(body[k+1])):
			commas++
		case groups == 0 && sep == ',' && decimalBeforeScale(body, j+1):
			decimalComma = true
		}
		i = max(k, j)
	}
	return dots > 0 && commas == 0 && (decimalComma || dots > 1)
}

// decimalBeforeScale reports whether s[i:] is one or two digits and then a
// scale word: "6 million" after "3,".
func decimalBeforeScale(s string, i int) bool {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 3 {
		j++
	}
	if j == i || j-i > 2 || j >= len(s) || s[j] != ' ' {
		return false
	}
	w := strings.ToLower(letterRun(s, j+1))
	return w == "million" || w == "billion" || w == "milyon" || w == "milyar" || w == "millionen" || w == "milliarden"
}

// swapNumberMarks returns body with the full stops and commas between
// digits exchanged, so that European-style figures parse as English ones
// at the same byte offsets.
func swapNumberMarks(body string) string {
	b := []byte(body)
	for i := 1; i+1 < len(b); i++ {
		if (b[i] == '.' || b[i] == ',') && isDigit(b[i-1]) && isDigit(b[i+1]) {
			if b[i] == '.' {
				b[i] = ','
			} else {
				b[i] = '.'
			}
		}
	}
	return string(b)
}

// spacedThousands reports a text that groups thousands with a no-break,
// narrow no-break or thin space ("865 531"): its writers may group some
// figures with a plain space too ("Kos: 3 700"); or one that groups them
// only with plain spaces (see plainSpacedThousands).
func spacedThousands(body string) bool {
	return nbspThousands(body) || plainSpacedThousands(body)
}

// plainSpacedThousands reports a text that never groups thousands with a
// comma ("1,500") and twice or more writes a count grouped by a plain
// space before a word: "Nearly 900 000 people", "more than 5 000
// soldiers".
func plainSpacedThousands(body string) bool {
	n := 0
	for i := 1; i+4 < len(body); i++ {
		switch {
		case body[i] == ',' && isDigit(body[i-1]) && threeDigits(body, i+1):
			return false // "1,500": commas group this text's thousands
		case body[i] == ' ' && isDigit(body[i-1]) && threeDigits(body, i+1):
			j := i
			for j > 0 && isDigit(body[j-1]) {
				j--
			}
			if i-j > 3 || j > 0 && (body[j-1] == '.' || body[j-1] == ',' || body[j-1] == ':') {
				continue
			}
			if k := i + 4; k+1 < len(body) && body[k] == ' ' && isLetter(body[k+1]) {
				n++
			}
		}
	}
	return n >= 2
}

// spacedCount reports a text that, whatever it does elsewhere, groups a
// count of people by a plain space at least once: "More than 19 000
// people are now living in ... a site built for 2 840": its writer's
// other spaced groups are thousands too.
func spacedCount(body string) bool {
	for from := 0; ; {
		i := strings.Index(body[from:], " 000 ")
		if i < 0 {
			return false
		}
		i += from
		from = i + 1
		if i == 0 || !isDigit(body[i-1]) || i >= 4 && isDigit(body[i-4]) {
			continue // not "1 000", or "2019 000"
		}
		if personNoun(strings.ToLower(letterRun(body, i+5))) {
			return true
		}
	}
}

// nbspThousands reports a figure grouped by a no-break, narrow no-break
// or thin space.
func nbspThousands(body string) bool {
	for _, sp := range []string{"\u00a0", "\u202f", "\u2009"} {
		for from := 0; ; {
			i := strings.Index(body[from:], sp)
			if i < 0 {
				break
			}
			i += from
			from = i + len(sp)
			if i > 0 && isDigit(body[i-1]) && threeDigits(body, from) {
				return true
			}
		}
	}
	return false
}

// threeDigits reports exactly three digits at s[i].
func threeDigits(s string, i int) bool {
	return i+3 <= len(s) && isDigit(s[i]) && isDigit(s[i+1]) && isDigit(s[i+2]) && (i+3 == len(s) || !isDigit(s[i+3]))
}

// joinSpacedGroups returns s with each plain space that groups a figure's
// thousands ("3 700": one to three digits, a space, three digits) turned
// into a comma, at the same byte offsets. A day of a month before a count
// ("March 3 700 people") stays apart.
func joinSpacedGroups(s string) string {
	return joinGroups(s, false)
}

// joinRoundThousands joins only the groups that are "000" ("5 000 FBu
// par mois") or fill a table cell ("| 9 100 |"), in a text that otherwise
// groups its thousands with commas: three zeros are never a count of
// their own, nor is a cell two numbers.
func joinRoundThousands(s string) string {
	if !strings.Contains(s, " 000") && !strings.Contains(s, "| ") {
		return s
	}
	return joinGroups(s, true)
}

// cellNumber reports a figure grouped by the plain space at i that fills
// a table cell on its own: "| 9 100 |", or the last cell of a row,
// "Bardarash | 9 254".
func cellNumber(s string, i int) bool {
	j := i
	for j > 0 && isDigit(s[j-1]) {
		j--
	}
	k := i + 4
	endsCell := k == len(s) || s[k] == '\n' || s[k] == '\r' || k+1 < len(s) && s[k] == ' ' && s[k+1] == '|'
	return i-j <= 3 && j >= 2 && s[j-1] == ' ' && s[j-2] == '|' && endsCell
}

// joinGroups does the work of joinSpacedGroups and, with roundOnly,
// joinRoundThousands.
func joinGroups(s string, roundOnly bool) string {
	b := []byte(s)
	last := -1 // where the last space was joined: "1 000 000" goes on
	for i := 1; i+3 < len(b); i++ {
		if b[i] != ' ' || !isDigit(b[i-1]) || !threeDigits(s, i+1) || roundOnly && s[i+1:i+4] != "000" && !cellNumber(s, i) {
			continue
		}
		j := i
		for j > 0 && isDigit(b[j-1]) {
			j--
		}
		if j > 0 && j-1 == last {
			b[i], last = ',', i
			continue
		}
		if i-j > 3 || j > 0 && (b[j-1] == '.' || b[j-1] == ',' || b[j-1] == ':' && j >= 2 && isDigit(b[j-2])) {
			continue // "2019 300", "1.5 000", "10:30 000"
		}
		if _, at := wordBack(s, j); at < j {
			if _, _, month := monthAt(s, at); month {
				continue
			}
		}
		b[i], last = ',', i
	}
	return string(b)
}
