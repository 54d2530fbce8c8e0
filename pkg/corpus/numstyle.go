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
