package corpus

import "strings"

// acronymGloss is an organisation's description that the article gave
// its acronym with: "the UN refugee agency UNHCR", "the U.N. humanitarian
// office (OCHA)".
type acronymGloss struct {
	description string // "UN refugee agency"
	acronym     string // "UNHCR"
	at          int    // where the acronym was given
}

// acronymGlosses lists the descriptions body gives acronyms to: words
// that end on an organisation's noun in lower case ("agency", "office"),
// right before an acronym of three to six capitals, alone or in brackets.
func acronymGlosses(body string) []acronymGloss {
	var out []acronymGloss
	for i := 0; i < len(body); i++ {
		if !isUpper(body[i]) || i > 0 && (isAlpha[body[i-1]] || body[i-1] == '.') {
			continue
		}
		w := letterRun(body, i)
		end := i + len(w)
		if len(w) < 3 || len(w) > 6 || strings.ToUpper(w) != w || end < len(body) && (isDigit(body[end]) || body[end] == '-') {
			i = end
			continue
		}
		before := body[:i]
		if strings.HasSuffix(before, "(") {
			before = before[:len(before)-1]
		}
		if !strings.HasSuffix(before, " ") {
			i = end
			continue
		}
		if d := descriptionBefore(strings.TrimSuffix(before, " ")); d != "" {
			out = append(out, acronymGloss{description: d, acronym: w, at: i})
		}
		i = end
	}
	return out
}

// descriptionBefore returns the organisation's description that text ends
// with, "UN refugee agency" in "... according to the UN refugee agency":
// up to four words after an article, the last an organisation's noun in
// lower case and the first capitalised ("UN", "U.N.", "Turkish"); or "".
func descriptionBefore(text string) string {
	ws := strings.Fields(text[max(0, len(text)-80):])
	n := len(ws)
	if n < 3 || !orgWords[ws[n-1]] {
		return ""
	}
	for k := n - 2; k >= 0 && k >= n-4; k-- {
		if lw := strings.ToLower(ws[k]); lw == "the" || lw == "a" || lw == "an" {
			if k == n-2 || !isUpper(ws[k+1][0]) {
				return ""
			}
			return strings.Join(ws[k+1:], " ")
		}
		if strings.ContainsAny(ws[k], ",;:()\"“”") {
			return ""
		}
	}
	return ""
}

// acronymForDescription returns the acronym the article gave the
// description source before pos ("The UN refugee agency said" after "the
// UN refugee agency UNHCR"), or "".
func (x *extractor) acronymForDescription(source string, pos int) string {
	if !x.acronymsDone {
		x.acronyms, x.acronymsDone = acronymGlosses(x.body), true
	}
	for _, d := range x.acronyms {
		if d.at < pos && strings.EqualFold(d.description, source) {
			return d.acronym
		}
	}
	return ""
}
