package corpus

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A broadcast transcript opens each turn with its speaker's label in
// capitals: "JANE DOE, BYLINE:", "JANE DOE, HOST:", "DOE:", "UNIDENTIFIED
// WOMAN:". What a paragraph says without any other attribution is its
// speaker's; the host's and the reporters' turns are the reporter's.

// speakerTurn is a labelled paragraph of a transcript.
type speakerTurn struct {
	start, end int    // the paragraph, label included
	speaker    string // "reporter" for the host and reporters
}

// newsRoles are the label roles ("NAME, ROLE:") of the programme's own
// voices.
var newsRoles = []string{"HOST", "BYLINE", "ANCHOR", "CORRESPONDENT", "REPORTER"}

// speakerLabel returns the label opening line, split at its comma, or
// ok false: capitals, spaces and name punctuation up to a colon and a
// space within the first 60 bytes.
func speakerLabel(line string) (name, role string, ok bool) {
	if len(line) < 4 || line[0] < 'A' || line[0] > 'Z' || line[1] < 'A' || line[1] > 'Z' && line[1] != '.' && line[1] != ' ' {
		return "", "", false
	}
	for i := 0; i < len(line) && i < 60; i++ {
		c := line[i]
		switch {
		case c == ':':
			if i+1 >= len(line) || line[i+1] != ' ' && line[i+1] != '\n' {
				return "", "", false
			}
			name, role, _ = strings.Cut(line[:i], ",")
			return strings.TrimSpace(name), strings.TrimSpace(role), strings.TrimSpace(name) != ""
		case 'A' <= c && c <= 'Z', c == ' ', c == '.', c == '\'', c == '-', c == ',':
		default:
			return "", "", false
		}
	}
	return "", "", false
}

// transcriptTurns finds the labelled paragraphs of body when it reads as
// a transcript: at least two labelled paragraphs, one of them with a
// role. Otherwise nil.
func transcriptTurns(body string) []speakerTurn {
	type label struct {
		start, end int
		name, role string
	}
	var labels []label
	roles := 0
	for ls := 0; ls < len(body); {
		le := strings.IndexByte(body[ls:], '\n')
		if le < 0 {
			le = len(body)
		} else {
			le += ls
		}
		if name, role, ok := speakerLabel(body[ls:le]); ok {
			labels = append(labels, label{ls, le, name, role})
			if role != "" {
				roles++
			}
		}
		ls = le + 1
	}
	if len(labels) < 2 || roles == 0 {
		return nil
	}
	own := map[string]bool{}    // surnames of the programme's voices
	full := map[string]string{} // surname -> full name of the others
	turns := make([]speakerTurn, 0, len(labels))
	for _, l := range labels {
		words := strings.Fields(l.name)
		last := words[len(words)-1]
		speaker := ""
		for _, r := range newsRoles {
			if strings.Contains(l.role, r) {
				speaker = "reporter"
				own[last] = true
			}
		}
		switch {
		case speaker != "":
		case len(words) == 1 && own[last]:
			speaker = "reporter"
		case len(words) == 1 && full[last] != "":
			speaker = full[last]
		case words[0] == "UNIDENTIFIED":
			speaker = strings.ToLower(l.name)
		default:
			speaker = nameCase(l.name)
			full[last] = speaker
		}
		turns = append(turns, speakerTurn{l.start, l.end, speaker})
	}
	return turns
}

// nameCase turns a name in capitals into the usual case: "ABU JAMAL" is
// "Abu Jamal", "AL-AHMAD" is "Al-Ahmad".
func nameCase(s string) string {
	b := []byte(strings.ToLower(s))
	for i := range b {
		if 'a' <= b[i] && b[i] <= 'z' && (i == 0 || b[i-1] == ' ' || b[i-1] == '-') {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// turnSpeaker returns the speaker of the transcript paragraph holding pos,
// or "". The turns are found once per article.
func (x *extractor) turnSpeaker(pos int) string {
	if !x.turnsDone {
		x.turns, x.turnsDone = transcriptTurns(x.body), true
		if x.turns == nil {
			x.turns = interviewTurns(x.body, x.a.Publisher)
		}
		if x.turns == nil {
			x.turns = questionTurns(x.body)
		}
	}
	i := sort.Search(len(x.turns), func(i int) bool { return x.turns[i].end > pos })
	if i < len(x.turns) && x.turns[i].start <= pos {
		return withoutHonorific(x.turns[i].speaker)
	}
	return ""
}

// An interview printed as questions and answers opens each paragraph
// with its speaker's name in the usual case, "Salma Kabbani:", later
// "Kabbani:", and the outlet's questions with its name or initials,
// "The New Humanitarian:", "TNH:".

// interviewLabel returns the mixed-case label opening a paragraph: one to
// four capitalised words before ": ", or "".
func interviewLabel(para string) string {
	if strings.HasPrefix(para, "Q. ") || strings.HasPrefix(para, "A. ") {
		return para[:1] // "Q. How many ...?" / "A. About 915,000 ..."
	}
	if strings.HasPrefix(para, "R. ") || strings.HasPrefix(para, "R: ") {
		return "A" // "R. Since Monday, maybe 40 families ...": the French réponse, the Portuguese and Italian resposta, risposta
	}
	if strings.HasPrefix(para, "P. ") || strings.HasPrefix(para, "P: ") || strings.HasPrefix(para, "D: ") {
		return "Q" // "P. How many people have left?": the Spanish pregunta, before its "R."; the Italian domanda
	}
	i := strings.Index(para, ": ")
	if i > 1 && para[i-1] == ' ' {
		i-- // "TelQuel : How many ...?": French spacing before the colon
	}
	if i <= 0 || i > 40 {
		return ""
	}
	words := strings.Fields(para[:i])
	if len(words) == 0 || len(words) > 4 {
		return ""
	}
	for k, w := range words {
		if k == 0 && (len(words) > 1 && len(w) == 2 && w[1] == '.' || len(words) == 1 && (siteLabel(w) || digitInitials(w) || numberedName(w) || brandCase(w) || dottedInitials(w))) {
			continue // "D. Kazlauskas:", "LRT.lt:", "B24:", "Golwg360:", "iTromsø:"
		}
		if k > 0 && k < len(words)-1 && labelJoiners[w] {
			continue // "La Voix du Nord:", "Eye on Libya:", "Abu Bakr al Sayed:"
		}
		if k > 0 && k == len(words)-1 && len(w) <= 4 && allDigits(w) {
			continue // "Kanaal 7:", "Radio 702:": a station's number ends its name
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789,.;()") {
			return "" // "Şîrîn Hesen:" is a label too
		}
	}
	return para[:i]
}

// initialLetters returns the letters of a speaker's initials, each with
// its full stop ("T.M.", "J.-P.K."), or nil for any other word.
func initialLetters(w string) []rune {
	if !strings.HasSuffix(w, ".") {
		return nil
	}
	var letters []rune
	for _, part := range strings.Split(strings.TrimSuffix(w, "."), ".") {
		part = strings.TrimPrefix(part, "-")
		if r, size := utf8.DecodeRuneInString(part); size == 0 || size != len(part) || !unicode.IsUpper(r) {
			return nil
		}
		letters = append(letters, []rune(part)[0])
	}
	if len(letters) < 2 || len(letters) > 3 {
		return nil
	}
	return letters
}

// dottedInitials reports a speaker's initials, each with its full stop:
// "T.M.", "J.-P.K.".
func dottedInitials(w string) bool { return initialLetters(w) != nil }

// dottedInitialsName returns the first name in intro whose words' first
// letters are the dotted initials label, "Taras Melnyk" for "T.M.", or "".
func dottedInitialsName(intro, label string) string {
	letters := initialLetters(label)
	if letters == nil {
		return ""
	}
	words := strings.Fields(intro)
	for i := 0; i+len(letters) <= len(words); i++ {
		name := make([]string, len(letters))
		for k := range letters {
			w := strings.TrimRight(words[i+k], ",.;:")
			first, _ := utf8.DecodeRuneInString(w)
			if end, _ := utf8.DecodeLastRuneInString(w); first != letters[k] || len(w) < 2 || !unicode.IsLower(end) {
				name = nil
				break
			}
			name[k] = w
		}
		if name != nil {
			return strings.Join(name, " ")
		}
	}
	return ""
}

// publisherLabel returns the outlet's name opening a paragraph before
// ": " as its questions' label, however it cases its words ("Surxon
// tongi: Who is arriving?") or shortens them ("1FLTV:" for "1FLTV
// Medien"), or "".
func publisherLabel(para, publisher string) string {
	if i := strings.Index(para, ": "); i > 1 && i <= 60 && publisher != "" && ownVoice(para[:i], publisher) {
		return para[:i]
	}
	return ""
}

// pictureLabels open a paragraph with a colon without giving anyone's
// turn: "Pic: AFP – A Syrian family ...", "Photo: Reuters", and the
// desk's own notes, "Background: Turkey hosts about 3.6 million ...".
var pictureLabels = wordSet(`pic pics photo photos picture pictures image images foto fotos caption credit credits video
	note update updated background context factbox`)

// shareLabel reports a share bar's label opening a paragraph, "Partager
// : Facebook | Mastodon", whatever buttons follow it; initials in
// capitals that spell a share word ("ON:" for Omar Nasser) are a
// speaker's.
func shareLabel(name string) bool {
	return shareWords[strings.ToLower(name)] && strings.ToUpper(name) != name
}

// honorifics open a label that gives a surname: "Ms Simons:", "Dr.
// Haddad:".
var honorifics = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true}

// labelJoiners are the lower-case words a name may hold between its
// capitalised ones.
var labelJoiners = map[string]bool{"du": true, "de": true, "des": true, "del": true, "la": true, "le": true, "on": true,
	"al": true, "el": true, "bin": true, "van": true, "von": true, "der": true, "di": true, "da": true, "dos": true}

// interviewTurns finds the labelled paragraphs of an interview: three or
// more, with two speakers or more, one of them the publisher (by name or
// initials), whose turns are the reporter's. Otherwise nil.
func interviewTurns(body, publisher string) []speakerTurn {
	if publisher == "" {
		return nil
	}
	var labels []labelledSpan
	own := false
	for _, p := range paragraphSpans(body) {
		if name := cmp.Or(interviewLabel(body[p.start:p.end]), publisherLabel(body[p.start:p.end], publisher)); name != "" && !pictureLabels[strings.ToLower(name)] && !creditLabels[strings.ToLower(name)] && !shareLabel(name) {
			if name == "Q" {
				// "Q. How far has it gone? A. Families were given ...":
				// the answer joined to its question's paragraph.
				// Also "Q: How many?\nA: About 3,600": the answer on the
				// question's next line.
				for _, a := range []string{"? A. ", "? A: ", "?\nA: ", "?\nA. ", "?\r\nA: ", "? R. ", "?\nR. ", "? R: ", "?\nR: "} { // "P. ...? R. ...": pregunta, respuesta
					if i := strings.Index(body[p.start:p.end], a); i > 0 {
						at := p.start + i + len(a) - 3
						labels = append(labels, labelledSpan{p.start, at, "Q"}, labelledSpan{at, p.end, "A"})
						name = ""
						break
					}
				}
				if name == "" {
					continue
				}
			}
			if at, answer := answerInside(body[p.start:p.end], name); answer != "" {
				// "TelQuel : How many? Rana Khoury : About 3,600 ...": the
				// answer's line joined to its question's paragraph.
				labels = append(labels, labelledSpan{p.start, p.start + at, name}, labelledSpan{p.start + at, p.end, answer})
				own = own || ownVoice(name, publisher) || ownVoice(answer, publisher)
				continue
			}
			labels = append(labels, labelledSpan{p.start, p.end, name})
			own = own || ownVoice(name, publisher)
		}
	}
	host := ""
	if !own {
		host = questioner(body, labels)
	}
	if len(labels) < 3 || !own && host == "" {
		return nil
	}
	full := map[string]string{} // surname -> full name
	turns := make([]speakerTurn, 0, len(labels))
	names := map[string]bool{}
	for _, l := range labels {
		speaker := l.name
		words := strings.Fields(l.name)
		titled := false
		if len(words) == 2 && (honorifics[strings.TrimSuffix(words[0], ".")] || honorifics[nameCase(strings.TrimSuffix(words[0], "."))]) {
			words = words[1:] // "Ms Simons:" for "Kerry-Ann Simons", "DR MOLLEL:" for "Dr Neema Mollel"
			speaker, titled = words[0], true
		}
		last := words[len(words)-1]
		switch {
		case ownVoice(l.name, publisher) || host != "" && labelKey(l.name) == host:
			speaker = "reporter"
		case len(words) == 1 && full[last] != "":
			speaker = full[last]
		case len(words) == 1:
			key := last
			if (len(last) > 3 || titled) && strings.ToUpper(last) == last {
				key = nameCase(last) // "SELAM:" for "Selam Abebe", "DR OBI:" for "Dr Chiamaka Obi"
			}
			if name := labelledName(body, labels[0].start, key); name != "" {
				speaker = name
				if fuller := familyAfterLabel(body[:labels[0].start], name); fuller != "" && strings.HasSuffix(name, " "+key) {
					speaker = fuller // "Akech:" for "Mary Akech Deng", named in full in the introduction
				}
			} else if name := dottedInitialsName(body[:labels[0].start], last); name != "" {
				speaker = name // "T.M.:" for "Taras Melnyk, 41, a logistician from Lviv"
			} else if last == "A" {
				speaker = "reporter" // an explainer answers its own questions
			}
			full[last] = speaker // found once per label
		default:
			label := l.name
			if strings.ToUpper(label) == label {
				label = nameCase(label) // "ABOU KHALED:" for "Lisa Abou Khaled"
				speaker = label
			}
			if name := fullerLabel(body[:labels[0].start], label); name != "" {
				speaker = name // "Abu Taha:" for "General Khaled Abu Taha"
			} else if name := particleLabel(body[:labels[0].start], label); name != "" {
				speaker = name // "Da Costa:" for "Jacinta da Costa"
			} else if name := initialExpanded(body[:labels[0].start], words); name != "" {
				speaker = name // "D. Kazlauskas:" for "Darius Kazlauskas"
			} else if name := familyAfterLabel(body[:labels[0].start], label); name != "" {
				speaker = name // "Achol Majok:" for "Achol Majok Deng"
			}
			full[last] = speaker
		}
		names[speaker] = true
		turns = append(turns, speakerTurn{l.start, l.end, speaker})
	}
	if len(names) < 2 {
		return nil
	}
	return turns
}

// familyAfterLabel returns the label of two words or more and the
// capitalised name the introduction gives after it, "Achol Majok Deng
// grew up in Mingkaman" for "Achol Majok:", or "".
func familyAfterLabel(intro, label string) string {
	if !strings.Contains(label, " ") {
		return ""
	}
	for _, k := range wordsAfterName(intro, label) {
		w := letterRun(intro, k)
		if w == "" || !isUpper(w[0]) || notFirstNames[w] || k+len(w) < len(intro) && !strings.ContainsRune(" ,.", rune(intro[k+len(w)])) {
			continue
		}
		return label + " " + w
	}
	return ""
}

// wordsAfterName returns, for each place text names name as whole words
// followed by a space, the offset of the word after it.
func wordsAfterName(text, name string) []int {
	var at []int
	for from := 0; ; {
		i := strings.Index(text[from:], name+" ")
		if i < 0 {
			return at
		}
		i += from
		from = i + 1
		if i > 0 && isLetter(text[i-1]) {
			continue
		}
		at = append(at, i+len(name)+1)
	}
}

// answerInside finds another speaker's label after a question in a
// labelled paragraph, "TelQuel : How many? Rana Khoury : About 3,600":
// the offset the answer starts at and its label, or "".
func answerInside(para, label string) (int, string) {
	for from := 0; ; {
		i := strings.Index(para[from:], "? ")
		if i < 0 {
			return 0, ""
		}
		at := from + i + 2
		if l := interviewLabel(para[at:]); l != "" && l != label && l != "Q" && l != "A" {
			return at, l
		}
		from = at
	}
}

// siteLabel reports an outlet's web address used as a speaker's label,
// "LRT.lt", "Rudaw.net": a name, a dot and a top-level domain of two to
// four lower-case letters.
func siteLabel(w string) bool {
	i := strings.LastIndexByte(w, '.')
	if i <= 0 || len(w)-i-1 < 2 || len(w)-i-1 > 4 || !isUpper(w[0]) {
		return false
	}
	for _, c := range []byte(w[i+1:]) {
		if !isLower(c) {
			return false
		}
	}
	return lettersOnly(w[:i])
}

// initialExpanded returns the name an interview's introduction gives a
// speaker labelled with an initial and a surname, "Darius Kazlauskas" for
// "D. Kazlauskas", or "": the first place the surname follows a
// capitalised word with that initial.
func initialExpanded(intro string, words []string) string {
	if len(words) != 2 || len(words[0]) != 2 || words[0][1] != '.' {
		return ""
	}
	name := ""
	forEachWord(intro, " "+words[1], len(intro), func(i int) {
		if w, _ := wordBack(intro, i+1); name == "" && len(w) > 2 && w[0] == words[0][0] && lettersOnly(w) {
			name = w + " " + words[1]
		}
	})
	return name
}

// fullerLabel returns the fuller name an interview's introduction gives
// a speaker whose label has two words or more, "Khaled Abu Taha" for "Abu
// Taha" after "spoke to Brigadier General Khaled Abu Taha", or "": one
// capitalised word right before the label that is no title.
func fullerLabel(intro, label string) string {
	i := strings.Index(intro, " "+label)
	if i <= 0 {
		return ""
	}
	w, _ := wordBack(intro, i+1)
	if w == "" || !isUpper(w[0]) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) || hasLower(titleWords, w) || notFirstNames[w] {
		return "" // (a given name may hold a letter outside ASCII: "Siobhán Ní Chonghaile")
	}
	return w + " " + label
}

// initialsName returns the name an interview introduces with the initials
// its labels use, "spoke to Lina Haddad (LH)" for "LH", or "".
func initialsName(body, label string) string {
	if len(label) < 2 || len(label) > 4 || strings.ToUpper(label) != label {
		return ""
	}
	i := strings.Index(body, " ("+label+")")
	if i < 0 {
		return ""
	}
	words := strings.Fields(body[max(0, i-80):i])
	if len(words) < len(label) {
		return ""
	}
	name := words[len(words)-len(label):]
	for k, w := range name {
		if w[0] != label[k] {
			return ""
		}
	}
	return strings.Join(name, " ")
}

// labelledSpan is a paragraph that opens with its speaker's label.
type labelledSpan struct {
	start, end int
	name       string
}

// questioner returns the speaker who asks the questions of an interview
// between two people that names neither as the outlet ("Dana Whitcomb:
// ... what does this mean for the refugees?"): the one of exactly two
// speakers with at least three turns in all whose turns hold questions
// more often than the other's, at least half of them, as its labelKey.
// Otherwise "".
func questioner(body string, turns []labelledSpan) string {
	asked := map[string]int{}
	count := map[string]int{}
	for _, t := range turns {
		// "DANA WHITFIELD:" once, then "WHITFIELD:": one speaker
		count[labelKey(t.name)]++
		if strings.Contains(body[t.start:t.end], "?") {
			asked[labelKey(t.name)]++
		}
	}
	if len(count) != 2 || len(turns) < 3 {
		return ""
	}
	var names []string
	for n := range count {
		names = append(names, n)
	}
	sort.Strings(names)
	a, b := names[0], names[1]
	ra := float64(asked[a]) / float64(count[a])
	rb := float64(asked[b]) / float64(count[b])
	switch {
	case ra >= 0.5 && ra > rb:
		return a
	case rb >= 0.5 && rb > ra:
		return b
	}
	return ""
}

// labelKey is what tells a speaker's labels apart: the last word, in
// upper case ("WHITFIELD" for "DANA WHITFIELD:" and "Whitfield:").
func labelKey(label string) string {
	ws := strings.Fields(label)
	if len(ws) == 0 {
		return ""
	}
	return strings.ToUpper(ws[len(ws)-1])
}

// digitInitials reports a short label of capitals and digits, "B24",
// which an outlet named with a number signs its questions with.
func digitInitials(w string) bool {
	return len(w) >= 2 && len(w) <= 5 && isUpper(w[0]) && hasDigit(w) && strings.ToUpper(w) == w && !strings.ContainsAny(w, ".,;()")
}

// brandCase reports a word written as some outlets write their names, a
// small letter and then a capital: "iTromsø", "eNCA".
func brandCase(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	r2, _ := utf8.DecodeRuneInString(w[size:])
	return len(w) >= 4 && unicode.IsLower(r) && unicode.IsUpper(r2) && !strings.ContainsAny(w, "0123456789,.;()")
}

// numberedName reports a capitalised word of letters that ends in digits,
// "Golwg360", as outlets named with a number write their names.
func numberedName(w string) bool {
	d := strings.IndexAny(w, "0123456789")
	return d >= 3 && isUpper(w[0]) && lettersOnly(w[:d]) && allDigits(w[d:])
}

// ownVoice reports a label that names the publisher or gives its initials.
func ownVoice(label, publisher string) bool {
	if digitInitials(label) && publisher != "" && label[0] == publisher[0] {
		d := strings.IndexAny(label, "0123456789")
		return strings.HasSuffix(publisher, label[d:]) // "B24:" for Burkina24
	}
	return strings.EqualFold(label, publisher) || strings.EqualFold(label, initials(publisher)) ||
		strings.EqualFold(label, firstLetters(publisher)) ||
		len(label) >= 4 && strings.HasPrefix(strings.ToLower(publisher), strings.ToLower(label)+" ") || // "Executive:" for Executive Magazine
		len(label) >= 4 && !strings.Contains(label, " ") && strings.HasSuffix(strings.ToLower(publisher), " "+strings.ToLower(label)) // "Journal:" for the Melfort Journal
}

// notFirstNames are capitalised words before a surname that are no first
// name: "A Nasser spoke", "Dr Haddad".
var notFirstNames = map[string]bool{"A": true, "An": true, "The": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true,
	"When": true, "While": true, "After": true, "Before": true, "If": true, "As": true, "Since": true, "Although": true, // "When Martha Grindle landed"
	"Though": true, "Because": true, "Once": true, "Until": true, "Where": true, "But": true, "And": true, "So": true, "Then": true}

// introducedName returns the full name the body gives a speaker whose
// label is a surname alone, "Rania Khoury heads ..." for "Khoury:", or "":
// the first place the surname follows one capitalised word.
func introducedName(body, surname string) string {
	for from := 0; ; {
		i := strings.Index(body[from:], " "+surname)
		if i < 0 {
			return ""
		}
		i += from
		from = i + 1
		end := i + 1 + len(surname)
		if end < len(body) && isLetter(body[end]) {
			continue
		}
		j := i
		for j > 0 && (isLetter(body[j-1]) || body[j-1] >= 0x80 || j > 1 && body[j-1] == '-' && isUpper(body[j]) && isLetter(body[j-2])) {
			j-- // a first name of two parts, "Kerry-Ann", or with letters outside ASCII, "Lucía"
		}
		if first := body[j:i]; j < i && isUpper(body[j]) && (j == 0 || !isLetter(body[j-1])) && !notFirstNames[first] {
			if w, k := wordBack(body, j); w != "" && isUpper(w[0]) && !notFirstNames[w] && !titleWords[strings.ToLower(w)] && lettersOnly(w) &&
				k+len(w)+1 == j && !orgWords[strings.ToLower(w)] {
				return body[k:end] // "Ana Lucía Ortega": two given names
			}
			return body[j:end]
		}
	}
}

// particleLabel is fullerLabel for a label that opens a family name's
// particle with a capital, as a sentence does ("Da Costa:" for "Jacinta
// da Costa"), or "".
func particleLabel(intro, label string) string {
	w, rest, ok := strings.Cut(label, " ")
	if !ok || !nameParticles[strings.ToLower(w)] {
		return ""
	}
	return fullerLabel(intro, strings.ToLower(w)+" "+rest)
}

// nameParticles open a family name in lower case: "Jacinta da Costa",
// "Ruud van Dijk".
var nameParticles = wordSet(`da de do dos das di du van von der den la le el al`)

// labelledName returns the full name a one-word interview label stands
// for, looked up in the body and in its introduction (the text before the
// first label, at introEnd): initials ("LH" for "Lina Haddad (LH)"), a
// surname ("Khoury" after "Rania Khoury heads ..."), a family name written
// first ("Zhou" after "Zhou Rong, a researcher"), or "A" for the person
// the introduction presents; "" when none.
func labelledName(body string, introEnd int, label string) string {
	intro := body[:introEnd]
	if label == "A" {
		// The answer of a Q/A interview, whose intro may open with "A
		// Medicine Hat nurse": the article is no name's first letter.
		return leadPerson(intro)
	}
	if name := initialsName(body, label); name != "" {
		return name
	}
	if i := strings.IndexByte(label, '-'); i > 0 && i <= 3 && isUpper(label[0]) && isLower(label[1]) {
		// "Al-Harbi:" for "Majed al-Harbi": a label opens its particle
		// with a capital, as a sentence does.
		if name := introducedName(intro, strings.ToLower(label[:1])+label[1:]); name != "" {
			return name
		}
	}
	if name := introducedName(intro, label); name != "" {
		return name
	}

	if name := givenNameAfter(intro, label); name != "" {
		return name
	}
	if len(label) >= 2 && len(label) <= 4 && strings.ToUpper(label) == label {
		// "AM:" for "spoke to Dr Anjali Menon": the person the
		// introduction presents, when the initials are theirs.
		if name := withoutTitles(leadPerson(intro)); name != "" && initials(name) == label {
			return name
		}
		if name := initialsInText(intro, label); name != "" {
			return name // "RC:" for "aid worker Rudo Chikwanha, 36,"
		}
	}
	return ""
}

// initialsInText returns the first run of capitalised words in text whose
// initials spell label, "Rudo Chikwanha" for "RC", or "".
func initialsInText(text, label string) string {
	words := strings.Fields(text)
	n := len(label)
	for i := 0; i+n <= len(words); i++ {
		name := make([]string, 0, n)
		for k := 0; k < n; k++ {
			w := strings.TrimRight(words[i+k], ",.;:)")
			if w == "" || w[0] != label[k] || !isLower(w[len(w)-1]) || k < n-1 && w != words[i+k] {
				break
			}
			name = append(name, w)
		}
		if len(name) == n {
			return strings.Join(name, " ")
		}
	}
	return ""
}

// withoutTitles drops the titles that open a name, as stripTitles does
// for tokens: "Dr Anjali Menon" is "Anjali Menon".
func withoutTitles(name string) string {
	return joinTokens(stripTitles(tokenize(name, 0, len(name))))
}

// fullIntroName returns the interviewee's name as the introduction gives
// it in full: "Rojin Hassan" for "Hassan" after "Dr. Rojin Hassan flew
// home"; a name of several words as it is; "" for a lone word the
// introduction never names in full.
func fullIntroName(intro, name string) string {
	if name == "" || strings.Contains(name, " ") {
		return name
	}
	return introducedName(intro, name)
}

// particleName reports a name word opened by a lower-case particle and a
// hyphen: "al-Qassab", "el-Sayed".
func particleName(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i <= 3 && i+1 < len(w) && isUpper(w[i+1]) && isLower(w[0])
}

// leadPerson returns the person an interview's introduction presents:
// the name after an interview verb ("spoke with Rania Haddad"), or the two
// or three capitalised words and a comma that open one of its paragraphs
// ("Rania Haddad, a Montreal family physician who ..."), or "".
func leadPerson(intro string) string {
	for _, p := range paragraphSpans(intro) {
		if name := fullIntroName(intro, interviewee(intro[p.start:p.end])); name != "" {
			return name
		}
	}
	for _, p := range paragraphSpans(intro) {
		para := intro[p.start:p.end]
		c := strings.IndexByte(para, ',')
		if c <= 0 {
			continue
		}
		words := strings.Fields(para[:c])
		if capitalisedName(words) && !slices.ContainsFunc(words, func(w string) bool { return notFirstNames[w] }) {
			return para[:c]
		}
	}
	for _, p := range paragraphSpans(intro) {
		if name := openingName(intro, intro[p.start:p.end]); name != "" {
			return name
		}
	}
	for _, p := range paragraphSpans(intro) {
		if name := agedName(intro[p.start:p.end]); name != "" {
			return name
		}
	}
	return ""
}

// agedName returns the name of a person a paragraph introduces with an
// age after a role, "Hokitika nurse Anna Kerr, 58, has just returned": two
// or three capitalised words after a word in lower case, then a comma and
// an age; or "".
func agedName(para string) string {
	for c := 0; ; {
		k := strings.IndexByte(para[c:], ',')
		if k < 0 {
			return ""
		}
		c += k
		if c > 0 && ageAfterComma(para[c:]) {
			if name := namedBefore(strings.Fields(para[:c])); name != "" {
				return name
			}
		}
		c++
	}
}

// namedBefore returns the two or three capitalised words that end words
// after a word in lower case or a title ("Dr Nasrin Rahimi"), or "".
func namedBefore(words []string) string {
	for n := 3; n >= 2; n-- {
		if len(words) <= n {
			continue
		}
		prev := words[len(words)-n-1]
		if !isLower(prev[0]) && !honorifics[strings.TrimSuffix(prev, ".")] {
			continue
		}
		name := words[len(words)-n:]
		if capitalisedName(name) && !slices.ContainsFunc(name, func(w string) bool { return notFirstNames[w] }) {
			return strings.Join(name, " ")
		}
	}
	return ""
}

// ageAfterComma reports ", 58," opening s.
func ageAfterComma(s string) bool {
	s = strings.TrimLeft(strings.TrimPrefix(s, ","), " ")
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return n >= 1 && n <= 2 && n < len(s) && s[n] == ','
}

// openingName returns the person's name that opens a paragraph as its
// subject, "Leilani Tuilagi grew up in Vaitele ...": two or three
// capitalised words that name no people, country or organisation and that
// the introduction never writes in lower case ("Storm Norma swept ..."),
// then a word in lower case, in a paragraph that goes on with "she" or
// "he". Otherwise "".
func openingName(intro, para string) string {
	words := strings.Fields(para)
	for n := 2; n <= 3 && n < len(words); n++ {
		if !capitalisedName(words[:n]) || !isLower(words[n][0]) {
			continue
		}
		for _, w := range words[:n] {
			lw := strings.ToLower(w)
			if notFirstNames[w] || demonymCountry[lw] != "" || countryNames[lw] || orgWords[lw] || npStop[lw] || directions[lw] || notPlaces[lw] || lowerWordIn(intro, lw) {
				return ""
			}
		}
		if !lowerWordIn(para, "she") && !lowerWordIn(para, "he") && !strings.Contains(para, "She ") && !strings.Contains(para, "He ") {
			return "" // a person's introduction goes on about her or him
		}
		return strings.Join(words[:n], " ")
	}
	return ""
}

// givenNameAfter returns the full name the body gives a speaker whose
// label is a family name written first, "Zhou Rong, a researcher ..." for
// "Zhou:", or "".
func givenNameAfter(body, family string) string {
	for _, k := range wordsAfterName(body, family) {
		i := k - len(family) - 1
		end := -1
		for n := 0; n < 2; n++ {
			// "Zhou Rong, a researcher" for "Zhou:"; "Sólveig Ósk
			// Einarsdóttir, 29, a nurse" for "Sólveig:"
			w := nameWordAt(body, k)
			if w == "" || notFirstNames[w] {
				break
			}
			e := k + len(w)
			if e == len(body) || body[e] == ',' {
				end = e
				break
			}
			if body[e] != ' ' {
				break
			}
			end, k = e, e+1
		}
		if end > 0 {
			return strings.TrimSpace(body[i:end])
		}
	}
	return ""
}

// nameWordAt returns the capitalised word of letters (any script) at
// b[i], or "".
func nameWordAt(b string, i int) string {
	r, _ := utf8.DecodeRuneInString(b[i:])
	if !unicode.IsUpper(r) {
		return ""
	}
	j := i
	for j < len(b) {
		r, n := utf8.DecodeRuneInString(b[j:])
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			break
		}
		j += n
	}
	return b[i:j]
}

// An interview may also print its questions as paragraphs of their own,
// unlabelled, under an introduction that names the interviewee: "Devex
// spoke with Mireille Haddad, ...". Every paragraph between one question
// and the next is the interviewee's answer.

// interviewVerbs introduce the interviewee in an interview's opening.
var interviewVerbs = []string{"spoke with ", "spoke to ", "talked to ", "talked with ", "sat down with ", "interviewed ",
	// "We spoke by phone with Rania Haddad"
	"spoke by phone with ", "spoke by phone to ", "spoke by telephone with ", "spoke by telephone to ",
	"talked by phone with ", "talked by phone to ", "spoke over the phone with ", "spoke on the phone with "}

// questionTurns finds the answers of such an interview: three questions
// or more, and the interviewee named in the paragraphs before the first.
// Otherwise nil.
func questionTurns(body string) []speakerTurn {
	paras := paragraphSpans(body)
	questions, first := 0, -1
	for i, p := range paras {
		if question(body[p.start:p.end]) {
			questions++
			if first < 0 {
				first = i
			}
		}
	}
	if questions < 3 {
		return nil
	}
	name := ""
	for _, p := range paras[:first] {
		if name = interviewee(body[p.start:p.end]); name != "" {
			break
		}
	}
	if name == "" && first+1 < len(paras) {
		// "KIMURA  Just under 77,000 people ...": answers that open with
		// the speaker's name in capitals, named in the introduction.
		if label := capitalsLabel(body[paras[first+1].start:paras[first+1].end]); label != "" {
			intro := body[:paras[first].start]
			if name = givenNameAfter(intro, label); name == "" {
				name = introducedName(intro, label)
			}
		}
	}
	if name == "" && first+1 < len(paras) {
		// "Pierre-Yves Marchand: Around Atmeh ...": the first answer
		// names its speaker, the later ones do not.
		if label := interviewLabel(body[paras[first+1].start:paras[first+1].end]); capitalisedName(strings.Fields(label)) {
			name = label
		}
	}
	if name = fullIntroName(body[:paras[first].start], name); name == "" {
		return nil // a lone capitalised word the introduction never names in full
	}
	var turns []speakerTurn
	for _, p := range paras[first:] {
		speaker := name
		if question(body[p.start:p.end]) {
			speaker = "reporter"
		}
		turns = append(turns, speakerTurn{p.start, p.end, speaker})
	}
	return turns
}

// withoutHonorific returns name without the honorifics that open it:
// "Dr Selam Tadesse" is Selam Tadesse.
func withoutHonorific(name string) string {
	w := strings.Fields(name)
	for len(w) > 2 && honorifics[strings.TrimSuffix(w[0], ".")] {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// capitalsLabel returns the name in capitals, followed by two spaces,
// that opens an answer ("KIMURA  Just under ..."), in the usual case, or
// "".
func capitalsLabel(p string) string {
	i := strings.Index(p, "  ")
	if i < 3 || i > 20 {
		return ""
	}
	w := p[:i]
	for _, c := range []byte(w) {
		if !isUpper(c) {
			return ""
		}
	}
	return nameCase(w)
}

// question reports a paragraph that is one short question.
func question(p string) bool {
	italic := len(p) > 2 && (p[0] == '*' || p[0] == '_') && p[len(p)-1] == p[0]
	p = strings.Trim(p, "*_") // "*How many have no roof at all?*": a question in italics
	// An italic question may open with the figure it asks about: "*The
	// UN counts 900,000 displaced. What does that look like?*"
	return strings.HasSuffix(p, "?") && wordCount(p) <= 30 && !strings.ContainsAny(p[:len(p)-1], "?!") &&
		(strings.Count(p, ". ") == 0 || italic && strings.Count(p, ". ") == 1)
}

// interviewee returns the capitalised name after an interview verb:
// "Devex spoke with Mireille Haddad, Lebanon country director" gives
// "Mireille Haddad".
func interviewee(p string) string {
	for _, v := range interviewVerbs {
		i := strings.Index(p, v)
		if i < 0 {
			continue
		}
		rest := p[i+len(v):]
		if name := roleThenName(rest); name != "" {
			return name // "spoke to its director, Mohammed Al Dhaheri."
		}
		if name := speakerSubject(p, i); name != "" && strings.Contains(name, " ") && (strings.HasPrefix(v, "spoke") || strings.HasPrefix(v, "talked")) {
			// "Grace Ajak Deng, a doctor from Bor who runs field clinics,
			// spoke to Eye Radio by phone": who spoke to the outlet.
			return name
		}
		if strings.HasPrefix(rest, "The ") || strings.HasPrefix(rest, "the ") {
			// "X, a doctor, spoke to The New Times": the outlet; the
			// interviewee is the subject.
			if name := speakerSubject(p, i); name != "" {
				return name
			}
			continue
		}
		end, words := 0, 0
		for words < 4 {
			w := nounToken(rest, end)
			if w == "" || !isUpper(w[0]) && !(words > 0 && particleName(w)) {
				break
			}
			words++
			end = skipSpaceInline(rest, end+len(w))
		}
		if named := strings.TrimSpace(rest[:end]); words >= 2 && !strings.Contains(named, "'s ") && !strings.Contains(named, "’s ") {
			return named
		} else if words >= 2 {
			// "she spoke to Kairi FM's Morning Dialogue": the outlet's
			// programme; the interviewee is the subject
			if name := speakerSubject(p, i); name != "" {
				return name
			}
			if c := strings.IndexByte(p, ','); c > 0 && ageAfterComma(p[c:]) {
				// "Dr Merissa Laville, 36, grew up ... This week she spoke
				// to": the person the paragraph opens with, and her age
				if words := strings.Fields(p[:c]); len(words) >= 2 && len(words) <= 4 && capitalisedName(words) {
					return withoutHonorific(strings.Join(words, " "))
				}
			}
		}
	}
	return ""
}

// roleThenName returns the name that follows a role in apposition after
// an interview verb, "its director, Mohammed Al Dhaheri", or "": a
// determiner, up to four words in lower case, a comma, then two to four
// capitalised words.
func roleThenName(rest string) string {
	c := strings.IndexByte(rest, ',')
	if c <= 0 || c > 60 {
		return ""
	}
	role := strings.Fields(rest[:c])
	if len(role) < 2 || len(role) > 5 || !possessives[role[0]] && role[0] != "the" && role[0] != "a" && role[0] != "an" {
		return ""
	}
	for _, w := range role {
		if !isLower(w[0]) {
			return ""
		}
	}
	var name []string
	for _, w := range strings.Fields(rest[c+1:]) {
		bare := strings.TrimRight(w, ".,;:")
		if bare == "" || !isUpper(bare[0]) || !lettersOnly(bare) || len(name) == 4 {
			break
		}
		name = append(name, bare)
		if bare != w {
			break
		}
	}
	if len(name) < 2 {
		return ""
	}
	return strings.Join(name, " ")
}

// subjectName returns the name that opens a sentence before its first
// comma, a title dropped: "Dr. Rima Nasser, a Brookline pediatrician who
// ..., spoke with" gives "Rima Nasser", or "".
// speakerSubject returns the name that is the subject of the interview
// verb at i in paragraph p, "Grace Ajak Deng, a doctor, spoke to", or,
// for "She spoke to", the name opening the sentence before ("Dilani
// Perera, 34, from Kandy, has worked ... She spoke to the Sunday
// Observer").
func speakerSubject(p string, i int) string {
	s := sentenceAt(p, i)
	subj := strings.TrimSpace(p[s.start:i])
	pronoun := subj == "She" || subj == "He"
	if !pronoun && !describedAgain(subj) {
		return subjectName(p[s.start:i])
	}
	if s.start == 0 {
		return ""
	}
	prev := sentenceAt(p, prevNonSpace(p, s.start))
	if pronoun {
		return subjectName(p[prev.start:prev.end])
	}
	// "When Janelle Kennedy flew home ..., she brought back ... The
	// 41-year-old nurse spoke to the Koori Mail": the person the sentence
	// before opened with
	text := p[prev.start:]
	if w, rest, ok := strings.Cut(text, " "); ok && subordinators[strings.ToLower(w)] {
		text = rest // "When Janelle Kennedy flew home"
	}
	return openingName("", text)
}

// describedAgain reports a subject that describes someone named before
// without naming them: "The 41-year-old Gumbaynggirr nurse".
func describedAgain(subj string) bool {
	w := strings.Fields(subj)
	return len(w) >= 2 && len(w) <= 5 && w[0] == "The" && !isUpper(w[1][0]) && !strings.ContainsAny(subj, ",;:")
}

func subjectName(s string) string {
	c := strings.IndexByte(s, ',')
	if c <= 0 {
		return ""
	}
	words := strings.Fields(s[:c])
	if len(words) > 0 && notFirstNames[strings.TrimSuffix(words[0], ".")] {
		words = words[1:]
	}
	if len(words) == 1 && isUpper(words[0][0]) && lettersOnly(words[0]) {
		return words[0] // "Hassan, an emergency physician, spoke to": a surname, named in full before
	}
	if !capitalisedName(words) {
		return ""
	}
	return strings.Join(words, " ")
}

// capitalisedName reports two or three capitalised words of letters: a
// person's name as an introduction opens with it.
func capitalisedName(words []string) bool {
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !isUpper(w[0]) || !lettersOnly(w) {
			return false
		}
	}
	return true
}

// paragraphSpans returns the paragraphs of body, which blank lines part.
func paragraphSpans(body string) []span {
	var out []span
	for ps := 0; ps < len(body); {
		pe := strings.Index(body[ps:], "\n\n")
		if pe < 0 {
			pe = len(body)
		} else {
			pe += ps
		}
		out = append(out, span{ps, pe})
		ps = pe + 2
	}
	return out
}
