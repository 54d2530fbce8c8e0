package corpus

import (
	"slices"
	"strings"
)

// Attribution: who the text credits a figure to. The extractor finds the
// statement verbs of a sentence ("said", "told", "according to", "put the
// number at"), the subject each credits, and whether the reported content
// follows the verb ("X said that ...") or precedes it ("..., X said").

// speechVerbs report what someone said or counted; their scope runs to the
// end of the sentence.
var speechVerbs = wordSet(`said says say told tells tell added adds adding stated states
	reported reports report estimated estimates estimate announced announces warned warns warn noted notes
	explained explains confirmed confirms claimed claims wrote writes tweeted insisted stressed
	argued recorded registered counted documented verified asked asks replied recalled shouted saying noting
	warning stressing explaining insisting counts count vowed vows pledged promised repeated repeats reiterated
	acknowledged acknowledges`) // (not "admitted": "the U.S. admitted 12,587 Syrian refugees" took them in)

// sightVerbs credit what was seen to a witness among witnessNouns up to
// six words before: "an AFP correspondent at Pazarkule saw hundreds of
// people", "An AFP correspondent on the Turkish side saw".
var (
	sightVerbs   = wordSet(`saw sees see witnessed watched`)
	witnessNouns = wordSet(`correspondent correspondents reporter reporters journalist journalists photographer
	photographers cameraman witness witnesses`)
)

// believerNouns are people whose fears and beliefs the text reports:
// "municipal officials believe ...", unlike "raised fears of".
var believerNouns = wordSet(`officials authorities experts analysts observers diplomats officers
	workers activists residents leaders sources agencies groups organisations organizations charities`)

// attitudeVerbs credit a feared or expected outcome to their subject; their
// scope ends with the clause.
var attitudeVerbs = wordSet(`fears feared fear worries worried believes believe expects expected expect hopes
	predicted predicts predict thinks wants wanted`)

// wishVerbs are the attitude verbs that say what their subject wants, a
// plan whose figures it gives ("Ankara wants a 'safe zone' about 30 km
// deep"), unless someone in the sentence says so ("Turkey wants to
// resettle up to 2 million, Erdogan said").
var wishVerbs = wordSet(`wants wanted`)

// dataVerbs credit a figure to the source of the data that shows it:
// "interior ministry figures show", "figures from the U.N. show".
var dataVerbs = wordSet(`show shows showed shown suggest suggests suggested indicate indicates indicated
	found finds`)

// dataNouns are what dataVerbs need as subject.
var dataNouns = wordSet(`figures data statistics numbers records estimates estimate count counts tally census survey
	report reports study`)

// putVerbs credit a figure when followed by "the number|figure|toll ...".
var putVerbs = wordSet(`put puts putting placed places`)

// reviseVerbs change a count their subject keeps: "OCHA raised its
// estimate to 270,000".
var reviseVerbs = wordSet(`raised raises lowered lowers revised revises updated updates`)

// ownCount reports toks opening with a possessive and, within two words,
// a count word: "its estimate", "its own toll", "their death toll".
func ownCount(toks []token) bool {
	if len(toks) < 2 || !possessives[toks[0].lower()] {
		return false
	}
	for k := 1; k < len(toks) && k <= 3; k++ {
		if countWords[toks[k].lower()] {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// countCopulas link a count to its value: "OCHA's latest figure is".
var countCopulas = wordSet(`is was stands stood remains`)

// possessiveCountOwner returns the owner that np, a count's noun phrase,
// opens with a possessive ("OCHA's" in "OCHA's latest figure", "the
// agency's" in "the agency's own estimate"), or nil.
func possessiveCountOwner(np []token) []token {
	n := len(np)
	if n < 2 || !countWords[np[n-1].lower()] && !dataNouns[np[n-1].lower()] {
		return nil
	}
	for k := n - 2; k >= 0 && k >= n-3; k-- {
		if lw := np[k].lower(); strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
			if k == 0 && possessives[lw] {
				return nil
			}
			return np[:k+1]
		}
		if np[k].punct {
			return nil
		}
	}
	return nil
}

// itPutAs follow "put it" when a source gives a count: "puts it closer
// to", "put it at", "put it higher".
var itPutAs = wordSet(`closer nearer at higher lower around near`)

var countWords = wordSet(`number figure toll total tally count estimate losses`)

// restatedCount reports a noun a clause that puts a figure at another
// value may name: a count word, or a population ("puts the camp's
// population higher, at").
func restatedCount(w string) bool { return countWords[w] || w == "population" }

// countParticiples are statement verbs that are often adjectives:
// "452,000 registered Syrians", "have been recorded".
var countParticiples = wordSet(`registered recorded counted documented verified`)

// giveVerbs credit a figure when their object is data: "The ministry gave
// the following breakdown", "UNHCR released new figures".
var giveVerbs = wordSet(`gave gives give released releases publishes published issued issues listed lists provided provides`)

// givenData are the objects of giveVerbs that make them a statement.
var givenData = wordSet(`figures figure data statistics numbers number breakdown estimates estimate count tally toll total assessment
	assessments update`)

// givesData reports data as the object of a giveVerbs verb in the next
// four words: "gave the following breakdown", "released new figures".
func givesData(after []token) bool {
	for k := 0; k < len(after) && k < 4; k++ {
		if after[k].punct {
			return false
		}
		if givenData[after[k].lower()] {
			return true
		}
	}
	return false
}

// subjectSkip are words between a subject and its verb ("Erdogan also said").
var subjectSkip = wordSet(`also has have had later earlier previously separately repeatedly then
	further again now already too just recently first has had once initially subsequently long last only still never`) // "Beirut has long put the total at", "its staff had last counted"

// npStopBack ends a subject noun phrase read backwards.
var npStopBack = wordSet(`that which who whom whose where when while but as after before since
	because if though although so than said says told and or if whether meanwhile however
	yet also nor instead hrs`) // "18:31 hrs Greek police said": a live blog's clock

// pronouns resolve to the last named source.
var pronouns = wordSet(`he she they it we`)

// attribution is one statement verb and the subject it credits.
type attribution struct {
	verbStart, verbEnd int
	subject            []token // the subject noun phrase, in text order
	pre                bool    // the reported content follows the verb
	attitude           bool    // scope ends at the clause
	wish               bool    // a wishVerbs verb: it yields to any other attribution in the sentence
	according          bool    // "according to X": covers the whole sentence
	scopeEnd           int
}

// attributions finds the statement verbs of the sentence b[s.start:s.end].
func attributions(b string, s span) []attribution {
	return attributionsOf(b, s, tokenize(b, s.start, s.end))
}

// attributionsOf is attributions with the sentence's tokens.
func attributionsOf(b string, s span, toks []token) []attribution {
	var out []attribution
	for i, t := range toks {
		if t.punct {
			continue
		}
		if t.capitalised() && i > 0 && toks[i-1].capitalised() && toks[i].start-toks[i-1].end == 1 {
			continue // "The United States will": a word of a name, not a verb
		}
		lw := t.lower()
		if (lw == "has" || lw == "have" || lw == "had") && i > 0 {
			if end := onItsBooks(toks[i+1:]); end > 0 {
				// "UNHCR has some 930,000 Syrians on its books": the keeper
				// of the register counts them, and only them
				if np := subjectBefore(toks, i); len(np) > 0 && !notASpeaker(np) {
					out = append(out, attribution{verbStart: t.start, verbEnd: t.end, subject: np, scopeEnd: end})
				}
				continue
			}
		}
		var owner []token // "by one UN estimate": the estimate's owner
		if countByNouns[lw] {
			owner = ownerBy(toks, i)
		}
		switch {
		case lw == "by" && i+4 < len(toks) && toks[i+1].lower() == "the" && countByNouns[toks[i+2].lower()] && toks[i+3].lower() == "of":
			// "Close to 172,000 Syrians have gone back, by the count of
			// General Security": as "according to" says
			np := npAfterNoun(toks, i+4)
			np = withoutArticles(np)
			if len(np) > 0 && !hasDigit(b[np[len(np)-1].end:s.end]) {
				// (not set off before a count, "government forces now hold,
				// by the count of the Observatory, roughly 60 percent of the
				// province", where it would cover the clauses before too)
				out = append(out, attribution{verbStart: t.start, verbEnd: toks[i+3].end, subject: np, according: true, scopeEnd: s.end})
			}
		case len(owner) > 0:
			// "as many as 160,000 by one UN estimate": the estimate's
			// owner, as "according to" says (not set off before a count)
			if !hasDigit(b[t.end:s.end]) {
				out = append(out, attribution{verbStart: t.start, verbEnd: t.end, subject: owner, according: true, scopeEnd: s.end})
			}
		case lw == "according" && i+1 < len(toks) && toks[i+1].lower() == "to":
			np := npAfterNoun(toks, i+2)
			if acr := acronymAfterList(toks, i+2); acr != nil {
				np = acr // "according to Immigration, Refugees and Citizenship Canada (IRCC)"
			} else if name := nameWithCommas(toks, i+2); name != nil {
				np = name // the same with no acronym after it
			} else if acr := acronymInApposition(toks, i+2, len(np)); acr != nil {
				np = acr // "according to the UN's humanitarian office, OCHA."
			}
			// "according to figures released by the Greek government"
			for k, w := range np {
				if (w.lower() == "by" || w.lower() == "from") && k > 1 && (np[k-1].lower() == "quoted" || np[k-1].lower() == "cited") {
					np = np[:k-1] // "according to local council officials quoted by OCHA": the officials said it
					break
				}
				if (w.lower() == "by" || w.lower() == "from") && k > 0 && k+1 < len(np) {
					np = np[k+1:]
					break
				}
			}
			np = withoutArticles(np)
			if len(np) == 2 && np[0].lower() == "same" && (dataNouns[np[1].lower()] || descriptorNouns[np[1].lower()]) {
				// "according to the same survey", "according to the same
				// monitor": the one named before.
				np = np[1:]
			}
			// "a UN report released on Tuesday": the participle phrase
			// describes the source.
			for k := 1; k < len(np); k++ {
				if lw := np[k].lower(); !np[k].capitalised() && strings.HasSuffix(lw, "ed") && len(lw) > 4 {
					np = np[:k]
					break
				}
			}
			// "a UN report" -> "UN"
			if src := dataSource(np); len(src) > 0 && len(src) < len(np) {
				np = src
			}
			if name := nameInApposition(toks, np); name != nil {
				np = name // "according to its mayor, Bassel al-Hujeiri": the person by name
			}
			if len(np) > 0 {
				out = append(out, attribution{verbStart: t.start, verbEnd: toks[i+1].end, subject: np, according: true, scopeEnd: s.end})
			}
		case dataVerbs[lw]:
			np := dataSource(subjectBefore(toks, i))
			if p := participleBefore(toks, i); len(np) == 0 && p > 0 {
				// "a UN survey published last month found that": the
				// subject is before the participle phrase.
				np = dataSource(subjectBefore(toks, p))
				if len(np) == 0 {
					// "Figures published this week by the Greek migration
					// ministry show": the body after "by"
					np = dataSource(toks[max(0, p-1):i])
				}
			}
			if subj := subjectBefore(toks, i); len(np) == 0 && (lw == "found" || lw == "finds") && len(subj) > 0 && allNameTokens(subj) &&
				i+1 < len(toks) && (toks[i+1].lower() == "that" || toks[i+1].lower() == "in" && i+2 < len(toks) && determiners[toks[i+2].lower()]) {
				// (not "Shelters found in breach of the rules", a list's label)
				// "UNHCR found in a survey that": an organisation's finding.
				np = subj
			}
			if len(np) > 0 {
				out = append(out, attribution{verbStart: t.start, verbEnd: t.end, subject: np,
					pre: contentFollows(toks, i+1), scopeEnd: s.end})
			}
		case countCopulas[lw] && len(possessiveCountOwner(subjectBefore(toks, i))) > 0 && i+1 < len(toks) && !toks[i+1].punct:
			// "OCHA's latest figure is about 180,000 people": the count's
			// owner gives it
			out = append(out, attribution{verbStart: t.start, verbEnd: t.end, subject: possessiveCountOwner(subjectBefore(toks, i)),
				pre: true, scopeEnd: s.end})
		case speechVerbs[lw] || attitudeVerbs[lw] || putVerbs[lw] && i+2 < len(toks) && countPhrase(toks[i+1:]) || reviseVerbs[lw] && ownCount(toks[i+1:]) ||
			speakOf(toks, i) ||
			giveVerbs[lw] && givesData(toks[i+1:]) || sightVerbs[lw] && slices.ContainsFunc(toks[max(0, i-6):i], func(t token) bool { return witnessNouns[t.lower()] }):
			if countParticiples[lw] && i == 0 {
				continue // "Registered Syrian refugees .... 654 692": a row's label
			}
			if countParticiples[lw] && !hasFigure(toks[:i]) && slices.ContainsFunc(toks[i+1:min(len(toks), i+5)], func(t token) bool { return t.text == ":" }) {
				continue // "• Syrian refugees registered in Lebanon: 929,624 (UNHCR)": a label too
			}
			if countParticiples[lw] {
				prev := toks[i-1].lower()
				if prev == "been" || prev == "be" || prev == "being" || prev == "are" || prev == "were" || prev == "was" || prev == "is" {
					continue // passive: "have been registered"
				}
				if prev == "never" || prev == "not" || prev == "newly" || prev == "who" || prev == "that" {
					continue // "some 300,000 who never registered": the refugees, no counter
				}
				if i+1 < len(toks) && (toks[i+1].lower() == "with" || toks[i+1].lower() == "by" || toks[i+1].lower() == "in" || toks[i+1].punct) && hasFigure(subjectBefore(toks, i)) {
					// "hosts 670,000 refugees registered with UNHCR", "UNHCR has
					// about 930,000 Syrians registered,": a participle after its
					// noun
					h := slices.IndexFunc(toks[:i], func(t token) bool { return t.lower() == "has" || t.lower() == "have" || t.lower() == "had" })
					if subj := nameBefore(toks, h); toks[i+1].punct && h > 0 && len(subj) > 0 && hasFigure(toks[h:i]) {
						// "UNHCR has about 930,000 Syrians registered", "...,
						// while UNHCR has fewer than 930,000 registered": who has
						// them registered
						out = append(out, attribution{verbStart: toks[h].start, verbEnd: toks[h].end, subject: subj, pre: true, scopeEnd: t.end})
					}
					continue
				}
				if isDigit(prev[0]) || i+1 < len(toks) && (personNoun(toks[i+1].lower()) || isForeignUnit(toks[i+1].text)) ||
					i+2 < len(toks) && demonymCountry[toks[i+1].lower()] != "" && personNoun(toks[i+2].lower()) {
					continue // an adjective: "452,000 registered Syrians", "(UNHCR, registered Syrian refugees)"
				}
			}
			if lw == "estimate" && i > 0 && (toks[i-1].lower() == "an" || toks[i-1].lower() == "the" || possessives[toks[i-1].lower()] ||
				i > 1 && !toks[i-1].capitalised() && (toks[i-2].lower() == "a" || toks[i-2].lower() == "an" || toks[i-2].lower() == "the" || possessives[toks[i-2].lower()])) {
				continue // the noun, also "a lower estimate", "its own estimate"
			}
			if (lw == "estimated" || lw == "recorded" || lw == "registered" || lw == "reported") && i == 0 {
				continue // "Estimated displacement by destination (OCHA):": an adjective
			}
			if (lw == "claims" || lw == "claim") && i > 0 && (determiners[toks[i-1].lower()] || toks[i-1].lower() == "asylum") {
				continue // "a decision on their asylum claims": the noun
			}
			if (lw == "report" || lw == "count") && (i == 0 || !plural(toks[i-1].lower()) && !pronouns[toks[i-1].lower()] && !(lw == "count" && toks[i-1].capitalised() && !toks[i-1].punct)) {
				continue // "a UN report", "the count": the noun; "partners report that", "local councils in Dana count": the verb
			}
			if (lw == "claimed" || lw == "claims" || lw == "claim") && i+2 < len(toks) &&
				(toks[i+1].lower() == "lives" || toks[i+2].lower() == "lives") {
				continue // "claimed the lives of 14 civilians"
			}
			if (lw == "repeated" || lw == "repeats" || lw == "reiterated") && (i+1 >= len(toks) || toks[i+1].lower() != "that" && !toks[i+1].punct &&
				!(i+3 < len(toks) && possessives[toks[i+1].lower()] && claimNouns[toks[i+2].lower()] && toks[i+3].lower() == "that")) { // "repeated his claim that"
				continue // "repeated its call for a ceasefire", "repeated on Tuesday": no statement of a figure
			}
			if strings.HasSuffix(lw, "ed") && i > 0 && (toks[i-1].lower() == "those" || toks[i-1].lower() == "people") {
				continue // "counting only those registered on arrival": a participle
			}
			if strings.HasSuffix(lw, "ing") && i > 0 && (possessives[toks[i-1].lower()] || toks[i-1].lower() == "the" || toks[i-1].lower() == "a") {
				continue // "doubled down on his warning to Europe": the noun
			}
			if strings.HasSuffix(lw, "ed") && i > 0 && possessives[toks[i-1].lower()] {
				continue // "Its stated aim is to push ...": an adjective before a noun
			}
			if (lw == "tell" || lw == "tells" || lw == "told") && tellsAThing(toks[i+1:]) {
				continue // "the streets tell the story of the war"
			}
			a := attribution{verbStart: t.start, verbEnd: t.end, attitude: attitudeVerbs[lw], wish: wishVerbs[lw], scopeEnd: s.end}
			after := i + 1
			if (i == 0 || toks[i-1].punct) && speechVerbs[lw] && lw != "told" && lw != "tell" && lw != "tells" {
				// "..., said Mohammed Othman, a representative"; but in
				// "..., told AFP" what follows is the listener.
				np := npAfter(toks, i+1)
				npEnd := i + 1
				if len(np) > 0 {
					for npEnd < len(toks) && toks[npEnd].start < np[len(np)-1].end {
						npEnd++
					}
				}
				if relativeClosed(toks[:i]) && !slices.ContainsFunc(np, token.capitalised) {
					np = nil // "Khatib, who left Homs in 1989, said the demolitions fall hardest": Khatib said it
				}
				if len(np) > 0 && (npEnd >= len(toks) || toks[npEnd].punct || toks[npEnd].lower() == "who" && !strings.HasSuffix(lw, "ing") && determinedSpeaker(toks, i+1, np)) && !clauseLike(np) && !conjunctionWords[np[0].lower()] &&
					(!adverbialWords[np[0].lower()] || determinedSpeaker(toks, i+1, np)) && // not "..., said early on Friday"
					!(len(np) > 1 && pronouns[np[0].lower()]) { // not "..., says it wants a \"safe zone\"": a clause
					det := i+1 < len(toks) && (toks[i+1].lower() == "a" || toks[i+1].lower() == "an" || toks[i+1].lower() == "the" || toks[i+1].lower() == "his" || toks[i+1].lower() == "her")
					if (np[0].capitalised() || len(np) <= 3 || det && !longLowerClause(np) || titledName(np) || rolePlusName(np)) && !hasFigure(np) {
						a.subject = np
						after = npEnd
						if after < len(toks) && toks[after].lower() == "who" {
							// "said a local official who spoke on condition of
							// anonymity.": the clause describes the speaker
							for after < len(toks) && !toks[after].punct {
								after++
							}
						}
						// "said his neighbour, Farida, who": the name in apposition.
						k := after
						if !np[len(np)-1].capitalised() && k+2 < len(toks) && toks[k].text == "," {
							m := k + 1
							for m < len(toks) && (toks[m].capitalised() || m > k+1 && isNameToken(toks[m])) && !toks[m].punct {
								m++ // "said its mayor, Bassel al-Hujeiri"
							}
							if m > k+1 && m < len(toks) && (toks[m].punct) {
								a.subject = toks[k+1 : m]
							}
						}
					}
				}
			}
			if len(a.subject) == 0 {
				a.subject = subjectBefore(toks, i)
			}
			if len(a.subject) == 0 && strings.HasSuffix(lw, "ing") && i > 0 && toks[i-1].text == "," && len(out) > 0 {
				// "Oktay said, adding that ...": the speaker goes on.
				a.subject = out[len(out)-1].subject
			}
			if len(a.subject) == 0 && strings.HasSuffix(lw, "ing") && i > 1 && toks[i-1].text == "," && len(out) == 0 {
				// "Suleyman Soylu posted a new tally on Twitter, saying
				// 135,844 migrants had left": the subject of the clause
				// the participle follows
				a.subject = openingSubject(toks[:i-1])
			}
			if a.attitude && len(a.subject) > 0 && !a.subject[len(a.subject)-1].capitalised() && !pronouns[a.subject[0].lower()] &&
				!believerNouns[a.subject[len(a.subject)-1].lower()] {
				continue // "raised fears of": a noun, not a verb
			}
			if len(a.subject) == 0 || !a.according && notASpeaker(a.subject) {
				continue
			}
			if len(a.subject) == 1 && isDigit(a.subject[0].text[0]) && !ageNoun(a.subject[0].lower()) {
				continue // "12 have asked to be brought home": a bare count, no speaker (but "the 38-year-old told")
			}
			for k := 1; k+1 < len(a.subject); k++ {
				// "That figure comes from the Duhok health directorate,
				// which said": the source the clause names.
				if lw := a.subject[k].lower(); (lw == "from" || lw == "by") && speechOrDataVerbBefore(a.subject[:k]) {
					a.subject = a.subject[k+1:]
					for len(a.subject) > 1 && (a.subject[0].lower() == "the" || a.subject[0].lower() == "a") {
						a.subject = a.subject[1:]
					}
					break
				}
			}
			if len(out) > 0 && !out[len(out)-1].according && out[len(out)-1].verbEnd <= t.start &&
				(a.subject[0].lower() == "its" || a.subject[0].lower() == "their") {
				// "IOM said its staff had counted ...": the staff are the
				// speaker's own, whose statement this is.
				continue
			}
			if strings.HasSuffix(lw, "ed") && !a.subject[len(a.subject)-1].capitalised() && announcedNouns[a.subject[len(a.subject)-1].lower()] {
				continue // "a pause announced on Thursday requires": a participle
			}
			if lw == "told" || lw == "tell" || lw == "tells" {
				after = skipObject(toks, after)
			}
			a.pre = contentFollows(toks, after)
			if putVerbs[lw] || giveVerbs[lw] || reviseVerbs[lw] {
				a.pre = true
			}
			if a.attitude {
				for _, br := range breaksIn(b, t.end, s.end, false) {
					if conditionalOpens(b[t.end:br.before]) {
						continue // "fear that if the ceasefire collapses, as many as ...": the fear goes on
					}
					a.scopeEnd = br.before
					break
				}
			}
			rel := i - 1
			if i >= 1 && toks[i-1].lower() != "which" && toks[i-1].lower() != "who" && len(a.subject) > 0 && a.subject[len(a.subject)-1].end <= t.start {
				// ", which officials say houses some 19,000": the relative
				// word before the subject
				rel = tokIndex(toks, a.subject[0].start) - 1
			}
			if rel >= 1 && rel < i && (toks[rel].lower() == "which" || toks[rel].lower() == "who" || rel < i-1 && toks[rel].lower() == "where") && toks[rel-1].text == "," {
				// "Turkey, which says it cannot take in more, already hosts
				// 3.6 million": what a relative clause says ends with it.
				// "An official, who asked not to be named, said ...": the
				// main verb says it too, and the clause goes on.
				for _, br := range breaksIn(b, t.end, s.end, false) {
					if b[br.before] == ',' && !listComma(b, br, s.end) {
						if next := strings.ToLower(letterRun(b, skipSpaceInline(b, br.at))); !speechVerbs[next] && !attitudeVerbs[next] && !dataVerbs[next] {
							a.scopeEnd = br.before
						}
						break
					}
				}
			}
			out = append(out, a)
		}
	}
	if len(out) > 1 && slices.ContainsFunc(out, func(a attribution) bool { return a.wish }) {
		out = slices.DeleteFunc(out, func(a attribution) bool { return a.wish })
	}
	return out
}

// conditionalOpens reports what follows a verb of fearing or expecting
// when it opens with a condition ("that if the ceasefire collapses"), whose
// comma does not end what is feared.
func conditionalOpens(s string) bool {
	w := strings.ToLower(letterRun(s, skipSpaceInline(s, 0)))
	if w == "that" {
		s = s[skipSpaceInline(s, 0)+4:]
		w = strings.ToLower(letterRun(s, skipSpaceInline(s, 0)))
	}
	return w == "if" || w == "unless" || w == "once" || w == "should"
}

// indefiniteSubjects say who without naming anyone: "Nobody tells us
// anything", "People tell me", "Many said".
var indefiniteSubjects = wordSet(`nobody everyone everybody someone somebody anyone anybody people many most few others some all none`)

// shareHedges may open a share: "Nearly nine in ten", "Just over half".
var shareHedges = wordSet(`nearly almost about some around roughly over more than fewer less just only`)

// notASpeaker reports a subject that names no one: an indefinite pronoun
// alone, or a share of a group ("Nearly nine in ten said", "Half of them
// told", "One in five says"), whose statement the article reports from
// whoever counted them.
func notASpeaker(np []token) bool {
	if len(np) == 1 && indefiniteSubjects[np[0].lower()] {
		return true
	}
	if len(np) == 2 && (np[0].lower() == "whatever" || np[0].lower() == "whoever") && indefiniteSubjects[np[1].lower()] {
		return true // "Turkey would not stop “whatever anyone says”"
	}
	i := 0
	for i < len(np)-1 && shareHedges[np[i].lower()] {
		i++
	}
	w := np[i].lower()
	if !isNumberWord(w) && !isDigit(w[0]) && w != "half" {
		return false
	}
	for _, t := range np[i+1:] {
		switch t.lower() {
		case "in", "of", "out":
			return true
		}
	}
	return false
}

// longLowerClause reports words after "said the" that run too long, in
// lower case, for a speaker: "said the shrinking enclave left families
// nowhere to run", "said the water came up to her knees" (not "said the
// head of the local council").
func longLowerClause(np []token) bool {
	if len(np) <= 6 {
		return false
	}
	for _, t := range np {
		if t.capitalised() {
			return false
		}
	}
	return true
}

// conjunctionWords cannot open a speaker's name after a statement verb:
// "the number of Syrians living there, registered or not".
var conjunctionWords = wordSet(`or and not nor but`)

// clauseLike reports words after a statement verb that make a clause, not
// a speaker's name: "said the family already skips meals" has an adverb
// or an auxiliary that "said the mayor of Azaz" does not.
func clauseLike(np []token) bool {
	for _, t := range np[1:] {
		if lw := t.lower(); !t.capitalised() && (auxVerbs[lw] || subjectSkip[lw] || clauseWordsInNP[lw]) {
			return true
		}
	}
	return false
}

// clauseWordsInNP are words no speaker's name holds, which mark a clause
// read as one: "..., say Washington abandoned them when it pulled its
// troops back".
var clauseWordsInNP = wordSet(`them him us when because while`)

// plural reports a lower-case word that reads as a plural subject:
// "partners", "residents", "media", not "its" or "was".
func plural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !auxVerbs[w] && !npStop[w] || w == "media"
}

// dataSource returns who the data in a subject come from: "interior
// ministry figures" -> "interior ministry", "figures from the U.N." ->
// "U.N.", or nil when the subject names no data.
func dataSource(np []token) []token {
	for k, t := range np {
		if !dataNouns[t.lower()] || t.capitalised() && k > 0 {
			continue // "the Institute for the Study of War": a name's word
		}
		if k+1 < len(np) && (np[k+1].lower() == "from" || np[k+1].lower() == "by" || np[k+1].lower() == "of") {
			src := np[k+2:]
			for len(src) > 0 && (src[0].lower() == "the" || src[0].lower() == "a") {
				src = src[1:]
			}
			return src
		}
		if k+1 < len(np) && dataParticiples[np[k+1].lower()] {
			// "Figures published this week by the Greek migration
			// ministry": the body after "by"
			for j := k + 2; j < len(np) && j <= k+5; j++ {
				if np[j].lower() == "by" {
					src := np[j+1:]
					for len(src) > 0 && (src[0].lower() == "the" || src[0].lower() == "a") {
						src = src[1:]
					}
					return src
				}
			}
		}
		src := np[:k]
		for len(src) > 0 && (src[0].lower() == "the" || src[0].lower() == "official" || src[0].lower() == "latest" || src[0].lower() == "new") {
			src = src[1:]
		}
		if len(src) == 1 && genericOwners[src[0].lower()] {
			return np[k-1 : k+1] // "Federal figures show", "government figures": no body named, the figures are the source
		}
		// "the UN's annual vulnerability survey", "a UN vulnerability
		// assessment": the body the data belong to, not the kind of data
		if len(src) > 1 && (src[0].capitalised() || isAcronym(src[0].text)) {
			end := len(src)
			for end > 1 && !src[end-1].capitalised() && !orgWords[src[end-1].lower()] && !descriptorNouns[src[end-1].lower()] {
				end--
			}
			if end < len(src) && (isAcronym(dropPossessive(src[end-1].text)) || orgWords[src[end-1].lower()]) {
				src = src[:end]
			}
		}
		return src
	}
	return nil
}

// participleBefore returns the index of a participle that opens a short
// phrase ending at toks[v] ("published in the autumn"), or -1.
// dataParticiples follow data nouns before the body that gave them:
// "figures published by", "data compiled by".
var dataParticiples = wordSet(`published released compiled issued gathered collected provided given`)

func participleBefore(toks []token, v int) int {
	for k := v - 1; k > 0 && k >= v-8; k-- {
		if toks[k].punct {
			return -1
		}
		switch toks[k].lower() {
		case "published", "released", "conducted", "carried", "issued", "compiled":
			return k
		}
	}
	return -1
}

// audienceNouns are what someone tells a statement to: "told the
// newspaper", "told a news conference".
var audienceNouns = wordSet(`newspaper paper agency broadcaster channel station radio television
	magazine outlet website conference parliament assembly council crowd audience meeting committee
	gathering rally reporters journalists press media news interviewer lawmakers delegates briefing
	summit session hearing`)

// tellsAThing reports "tell the story", "tells a tale": the object of
// tell is a thing, not the audience of a statement.
func tellsAThing(after []token) bool {
	if len(after) < 2 {
		return false
	}
	switch after[0].lower() {
	case "the", "a", "an", "this", "that", "its", "their", "his", "her":
	default:
		return false
	}
	for _, t := range after[1:min(len(after), 3)] {
		if t.punct || prepositions[t.lower()] {
			break
		}
		if t.capitalised() || audienceNouns[t.lower()] || personNoun(t.lower()) {
			return false
		}
	}
	return true
}

// acronymAfterList returns the bracketed acronym that closes a name with
// commas in it, starting at toks[from] ("Immigration, Refugees and
// Citizenship Canada (IRCC)"), or nil: capitalised words, commas and
// "and" up to it, at most ten tokens.
func acronymAfterList(toks []token, from int) []token {
	comma := false
	for k := from; k < len(toks) && k < from+10; k++ {
		t := toks[k]
		switch {
		case strings.HasPrefix(t.text, "(") && strings.HasSuffix(t.text, ")") && len(t.text) > 3:
			if comma && k > from && isAcronym(t.text[1:len(t.text)-1]) {
				return toks[k : k+1]
			}
			return nil
		case t.text == ",":
			comma = true
		case t.punct:
			return nil
		case !t.capitalised() && t.lower() != "and" && t.lower() != "of" && t.lower() != "for":
			return nil
		}
	}
	return nil
}

// nameBefore returns the name that ends right before toks[h] and opens
// its sentence or follows a comma and "while" or "but" ("Lebanon says it
// hosts 1.5 million, while UNHCR has"), or nil.
func nameBefore(toks []token, h int) []token {
	if h <= 0 {
		return nil
	}
	k := h
	for k > 0 && toks[k-1].capitalised() && !toks[k-1].punct {
		k--
	}
	if k == h || !allNameTokens(toks[k:h]) {
		return nil
	}
	j := k
	if j >= 1 && toks[j-1].lower() == "the" {
		j-- // ", while the UN has just under 950,000 registered"
	}
	if j == 0 || j >= 2 && toks[j-2].text == "," && (toks[j-1].lower() == "while" || toks[j-1].lower() == "but" || toks[j-1].lower() == "whereas") {
		return toks[k:h]
	}
	return nil
}

// nameWithCommas returns a name with commas in it that starts at
// toks[from] and ends its clause ("Immigration, Refugees and Citizenship
// Canada,"), or nil: capitalised words, then commas and one "and" between
// them, at most ten tokens.
func nameWithCommas(toks []token, from int) []token {
	comma, and := false, false
	k := from
	for ; k < len(toks) && k < from+10; k++ {
		t := toks[k]
		if t.text == "," && k > from && toks[k-1].capitalised() && !and {
			comma = true
			continue
		}
		if t.punct || t.lower() == "and" && (and || !comma) {
			break
		}
		if t.lower() == "and" {
			and = true
			continue
		}
		if !t.capitalised() {
			return nil
		}
	}
	if k == from+10 || !comma || !and || !toks[k-1].capitalised() {
		return nil
	}
	return toks[from:k]
}

// acronymInApposition returns the acronym set off by a comma after the n
// tokens of a name at toks[from] and closing the sentence or clause
// ("the UN's humanitarian office, OCHA."), or nil.
func acronymInApposition(toks []token, from, n int) []token {
	k := from + n
	for k < len(toks) && (!toks[k].punct || toks[k].text == "." && k > 0 && toks[k].start == toks[k-1].end) && k < from+8 {
		k++ // the rest of the noun phrase npAfterNoun left out, "U.N." and all
	}
	if k+1 >= len(toks) || toks[k].text != "," || !isAcronym(toks[k+1].text) || len(toks[k+1].text) < 2 {
		return nil
	}
	if k+2 < len(toks) && !toks[k+2].punct {
		return nil // "..., UNHCR said": the next clause's subject
	}
	return toks[k+1 : k+2]
}

// titledName reports a noun phrase of titles in lower case before a
// capitalised name: "camp manager Rasheed Hussein".
func titledName(np []token) bool {
	k := 0
	for k < len(np) && !np[k].capitalised() {
		if !titleWords[np[k].lower()] {
			return false
		}
		k++
	}
	return k > 0 && len(np)-k >= 2
}

// hasFigure reports a token with a digit: "said about 60% of them" names
// rolePlusName reports a noun phrase of a role in lower-case words and a
// person's name after it: "committee chair Donna Hynes", "camp manager
// Abu Ahmed".
func rolePlusName(np []token) bool {
	if len(np) < 3 || len(np) > 6 {
		return false
	}
	k := 0
	for k < len(np) && !np[k].capitalised() && !np[k].punct && lettersOnly(np[k].text) {
		k++
	}
	return k >= 1 && k <= 3 && len(np)-k >= 2 && len(np)-k <= 3 && allNameTokens(np[k:]) && personName(np[k:]) != ""
}

// no speaker.
func hasFigure(np []token) bool {
	for _, t := range np {
		if hasDigit(t.text) || smallWords[t.lower()] > 1 && !t.capitalised() {
			return true // also "seven children" (not "One Nation", a name)
		}
	}
	return false
}

// countPhrase reports "the number", "the death toll", "the total number",
// "its own losses".
func countPhrase(toks []token) bool {
	if len(toks) > 1 && toks[0].lower() == "it" && itPutAs[toks[1].lower()] {
		return true // "puts it closer to 300,000", "put it at 320,000"
	}
	for k := 0; k < len(toks) && k < 5; k++ {
		if restatedCount(toks[k].lower()) && k < 4 {
			return true
		}
		if k > 0 && toks[k].lower() == "at" && figureAfterHedges(toks[k+1:]) {
			return true // "put Sunday's arrivals alone at 1,089", "put the turnout at around 2,500"
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// figureAfterHedges reports tokens that open with a figure in digits,
// maybe after hedges: "1,089", "around 2,500", "closer to 700".
func figureAfterHedges(toks []token) bool {
	var ws []string
	for k := 0; k < len(toks) && k < 4; k++ {
		if isDigit(toks[k].text[0]) {
			return k == 0 || hedgePhrase(ws) || k == 1 && ws[0] == "between" // "at between 6,000 and 8,000"
		}
		ws = append(ws, toks[k].lower())
	}
	return false
}

// subjectBefore reads the subject noun phrase before toks[v], skipping
// adverbs, an apposition ("Konstantin Kosachev, a senior Russian lawmaker,
// said") or a relative clause ("UOSSM, which provides assistance, put").
func subjectBefore(toks []token, v int) []token {
	i := v - 1
	for i >= 0 && !toks[i].punct && subjectSkip[toks[i].lower()] {
		i--
	}
	if i < 0 {
		return nil
	}
	if toks[i].lower() == "and" {
		// "Greek officials dismissed the figure and put the number at
		// 13,000": the verb shares the subject that opens the sentence.
		return openingSubject(toks[:i])
	}
	if j := restrictiveClauseStart(toks, i); j > 0 {
		// "The Kurdish administration that runs the region put": the
		// subject is the noun the clause restricts.
		i = j - 1
	}
	if relativeWords[toks[i].lower()] && i >= 2 && toks[i-1].text == "," {
		// "Ankara, which fears ...": the subject is what the clause is about.
		i -= 2
	} else if toks[i].text == "," {
		// The segment between this comma and the one before it.
		j := i - 1
		for j >= 0 && toks[j].text != "," && !isQuoteMark(toks[j].text) {
			j--
		}
		if j < 0 || toks[j].text != "," {
			return nil
		}
		seg := toks[j+1 : i]
		if len(seg) == 0 {
			return nil
		}
		first := seg[0].lower()
		for _, t := range seg {
			if speechVerbs[t.lower()] && !relativeWords[first] && !(strings.HasSuffix(first, "ing") && !speechVerbs[first]) {
				// (but "The United Nations, counting only those registered
				// on arrival, put": a participle's aside)
				// "..., the office said in a statement, adding": a clause,
				// no apposition (but "UNHCR, which counts only returns it
				// can verify, puts": a relative clause, skipped below)
				return nil
			}
		}
		if name := nameGivenIn(seg); len(name) > 0 {
			return name // "A woman from Jinderes, who gave her name only as Rojin, said": Rojin
		}
		switch {
		case len(seg) > 1 && (strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "’s")) && !seg[1].capitalised():
			i = j - 1 // "General Security, Lebanon's border and immigration agency, says": an apposition
		case first == "the" && len(seg) > 2 && allNameTokens(seg[1:]) && j > 0 && !toks[j-1].capitalised():
			// "A local monitoring group, the Syria Response Coordination
			// Group, puts": the group by its name
			return seg[1:]
		case first == "a" || first == "an" || first == "the" || relativeWords[first] || !seg[0].capitalised():
			i = j - 1 // skip the apposition or relative clause
			if k := appositionBefore(toks, i); k > 0 {
				i = k - 1 // "Mahmoud Othman, a coordinator with the group, a network that tracks movements, said"
			}
		case allNameTokens(seg):
			return seg // "A government spokesman, Andreas Kalogirou, said"
		default:
			return nil
		}
	}
	if i < 0 {
		return nil // the apposition opened the sentence: no subject before it
	}
	// "Rojin, 27, who said": skip the age after the name.
	if i >= 2 && isDigit(toks[i].text[0]) && toks[i-1].text == "," {
		i -= 2
	}
	end := i + 1
	if pronouns[toks[i].lower()] {
		// "In a single week in July we documented": a pronoun is the
		// whole subject; the words before it are an adverbial.
		return toks[i:end]
	}
	for i >= 0 {
		t := toks[i]
		lw := t.lower()
		if nameSlash(toks, i, end) {
			i-- // "the Shelter/NFI Cluster": one name
			continue
		}
		if t.punct || npStopBack[lw] && !(lw == "and" && i > 0 && i+1 < end && toks[i-1].capitalised() && toks[i+1].capitalised()) {
			break
		}
		inName := t.capitalised() && i > 0 && toks[i-1].capitalised() // "the United States said"
		if strings.HasSuffix(lw, "ed") && i > 0 && i+1 < end && prepositions[toks[i+1].lower()] && personNoun(toks[i-1].lower()) && !speechVerbs[lw] {
			i-- // "a mother camped near Nassib told": the participle describes the speaker
			continue
		}
		if (speechVerbs[lw] && lw != "report" || attitudeVerbs[lw]) && !inName || auxVerbs[lw] || !t.capitalised() && strings.HasSuffix(lw, "ed") && !strings.Contains(lw, "-") {
			break
		}
		if lw == "the" && i > 0 && i+1 < end && toks[i-1].capitalised() && toks[i+1].capitalised() && !openingAdverbs[toks[i-1].lower()] && !timeWord(toks[i-1].lower()) &&
			!(i == 2 && prepositions[toks[0].lower()]) {
			i-- // "Save the Children" (not "Now the UN says", "Inside Syria the UN says")
			continue
		}
		if lw == "a" || lw == "an" || lw == "the" {
			// Inside a prepositional phrase ("in the region", "on the road
			// from Idlib city to the border") keep going.
			if i > 1 && !toks[i-1].punct && prepositions[toks[i-1].lower()] && (toks[i-1].lower() != "to" || fromBefore(toks[max(0, i-6):i-1])) &&
				!toks[i-2].punct && toks[i-2].lower() != "according" && !speechVerbs[toks[i-2].lower()] {
				i--
				continue
			}
			i--
			break
		}
		if end-i > 14 {
			break
		}
		i--
	}
	np := toks[i+1 : end]
	np = withoutArticles(np)
	if len(np) > 1 && (np[0].lower() == "its" || np[0].lower() == "their") && np[1].capitalised() {
		np = np[1:] // "Its General Security agency says": the agency by its name
	}
	if len(np) == 2 && np[0].lower() == "same" && descriptorNouns[np[1].lower()] {
		np = np[1:] // "The same monitor said": the monitor named before
	}
	for len(np) > 1 && openingAdverbs[np[0].lower()] && np[1].capitalised() {
		np = np[1:] // "Yesterday I registered": the adverb opens the sentence, "I" is the subject
	}
	// "On Friday OCHA had put": a time adverbial with no comma before the
	// subject.
	for len(np) > 2 && (np[0].lower() == "on" || np[0].lower() == "in") && timeWord(np[1].lower()) {
		np = np[2:]
		for len(np) > 1 && (hasDigit(np[0].text) || timeWord(np[0].lower())) {
			np = np[1:] // "On 14 February", "In February 2020"
		}
	}
	// A leading preposition means no subject ("In Afrin ... the office said"
	// is handled by the comma; "by X said" is not a subject).
	if len(np) > 0 && prepositions[np[0].lower()] {
		return nil
	}
	return np
}

// claimNouns are what a speaker repeats before "that" and the figure:
// "He also repeated his claim that 135,844 people had left".
var claimNouns = wordSet(`claim claims assertion estimate figure warning`)

// onItsBooks returns the end of "on its books", or a register like it,
// after a figure within the next few words ("some 930,000 Syrians on its
// register there"), or 0.
func onItsBooks(toks []token) int {
	fig := false
	for k := 0; k+2 < len(toks) && k < 8; k++ {
		fig = fig || hasDigit(toks[k].text)
		if toks[k].lower() == "on" && (toks[k+1].lower() == "its" || toks[k+1].lower() == "their") && registerNouns[toks[k+2].lower()] {
			if fig {
				return toks[k+2].end
			}
			return 0
		}
	}
	return 0
}

// withoutArticles returns np without the articles it opens with: "the
// Syrian Observatory" is the Syrian Observatory.
func withoutArticles(np []token) []token {
	for len(np) > 0 && (np[0].lower() == "a" || np[0].lower() == "an" || np[0].lower() == "the") {
		np = np[1:]
	}
	return np
}

// ownerBy returns the capitalised owner between "by" and the count noun
// at toks[i], "UN" in "by one UN estimate", "Ankara's" in "by Ankara's
// count", or nil.
func ownerBy(toks []token, i int) []token {
	if i+1 < len(toks) && !toks[i+1].punct {
		return nil // "a document seen by the Valley Times estimates that": a verb
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].lower() != "by" {
			continue
		}
		np := toks[k+1 : i]
		if len(np) > 1 && (np[0].lower() == "a" || np[0].lower() == "an" || np[0].lower() == "one" || np[0].lower() == "the") {
			np = np[1:]
		} else if n := len(np); n == 0 || !strings.HasSuffix(np[n-1].text, "'s") && !strings.HasSuffix(np[n-1].text, "’s") &&
			!strings.HasSuffix(toks[i].lower(), "s") {
			return nil // "by Ankara's count", "by UN estimates."
		}
		if !allNameTokens(np) {
			return nil
		}
		return np
	}
	return nil
}

// countByNouns after "by the" and before "of" name whose count a figure is:
// "by the count of General Security".
var countByNouns = wordSet(`count counts tally reckoning estimate estimates`)

// registerNouns are the lists an agency keeps of the people it counts.
var registerNouns = wordSet(`books register registers registry rolls records lists list database`)

// genericOwners are the words that say whose figures they are without
// naming a body: "government figures", "federal figures".
var genericOwners = wordSet(`government federal ministry state provincial municipal`)

// nameInApposition returns the name of two to four capitalised words set
// off by a comma after a role np ends on, closing the sentence or a
// clause: "its mayor, Bassel al-Hujeiri."; or nil.
func nameInApposition(toks, np []token) []token {
	if len(np) == 0 || np[len(np)-1].capitalised() || !titleWords[np[len(np)-1].lower()] {
		return nil
	}
	k := slices.IndexFunc(toks, func(t token) bool { return t.start == np[len(np)-1].start })
	if k < 0 || k+3 >= len(toks) || toks[k+1].text != "," {
		return nil
	}
	m := k + 2
	for m < len(toks) && !toks[m].punct && (toks[m].capitalised() || isNameToken(toks[m])) {
		m++
	}
	if n := m - (k + 2); n < 2 || n > 4 || m < len(toks) && !toks[m].punct {
		return nil
	}
	return stripTitles(toks[k+2 : m]) // "its director, Dr. Park Min-ho"
}

// appositionBefore returns the comma that opens an apposition ending at
// toks[i], "a coordinator with the group" after a name, or 0.
func appositionBefore(toks []token, i int) int {
	k := i
	for k >= 0 && toks[k].text != "," {
		if isQuoteMark(toks[k].text) || speechVerbs[toks[k].lower()] {
			return 0
		}
		k--
	}
	if k < 1 || k+1 > i {
		return 0
	}
	name := k - 1
	aged := isDigit(toks[name].text[0]) && name >= 2 && toks[name-1].text == ","
	if aged {
		name -= 2 // "Nadia Haddad Kassab, 44, the association's president, whose ...": the name before the age
	}
	if d := toks[k+1].lower(); d != "a" && d != "an" && !(d == "the" && aged) {
		return 0
	}
	if !toks[name].capitalised() || toks[name].punct {
		return 0
	}
	return k
}

// nameGivenIn returns the name a relative clause says the person gave,
// "who gave her name only as Rojin", or nil.
func nameGivenIn(seg []token) []token {
	if len(seg) < 5 || seg[0].lower() != "who" {
		return nil
	}
	for k := 1; k+1 < len(seg); k++ {
		if seg[k].lower() != "as" || seg[k-1].lower() != "name" && !(seg[k-1].lower() == "only" && seg[k-2].lower() == "name") {
			continue
		}
		name := seg[k+1:]
		if len(name) > 3 || !allNameTokens(name) {
			return nil
		}
		return name
	}
	return nil
}

// fromBefore reports "from" among toks: the "to" after it closes a span
// ("from Idlib city to the border"), not an infinitive or a listener.
func fromBefore(toks []token) bool {
	return slices.ContainsFunc(toks, func(t token) bool { return t.lower() == "from" })
}

// openingAdverbs open a sentence before its subject with no comma:
// "Now the UN says", "Today the ministry says".
var openingAdverbs = wordSet(`now today yesterday meanwhile still then later earlier tonight so but and yet also here there`)

// timeWord reports a weekday or month name, or a day number.
func timeWord(lw string) bool {
	_, day := weekdayNames[lw]
	return day || monthNames[lw] != 0 || allDigits(lw)
}

// restrictiveClauseStart returns the index of a "that" or "who" opening
// a short relative clause that ends at toks[i] ("that runs the region"),
// right after a noun, or 0.
func restrictiveClauseStart(toks []token, i int) int {
	for j := i; j > 0 && j >= i-5; j-- {
		t := toks[j]
		if t.punct {
			return 0
		}
		if lw := t.lower(); (lw == "that" || lw == "who") && j+1 <= i {
			next := toks[j+1].lower()
			prev := toks[j-1]
			verb := auxVerbs[next] || !toks[j+1].capitalised() && !possessives[next] && !determiners[next] && (strings.HasSuffix(next, "s") || strings.HasSuffix(next, "ed")) // not "that its teams"
			if verb && !prev.punct && !speechVerbs[prev.lower()] && !auxVerbs[prev.lower()] && !prepositions[prev.lower()] {
				return j
			}
			return 0
		}
	}
	return 0
}

// presentVerbs open the first clause of "Ankara denies targeting
// civilians and says ...": verbs in the present that end no noun.
var presentVerbs = wordSet(`denies rejects dismisses disputes accuses blames admits acknowledges
	insists maintains contests`)

// openingSubject returns the noun phrase that opens a clause and its
// first verb, toks being the clause up to a coordinating "and": "Greek
// officials" of "Greek officials dismissed the figure as
// “disinformation”". Nil when a comma or another clause comes between.
func openingSubject(toks []token) []token {
	verb := func(t token) bool {
		lw := t.lower()
		return auxVerbs[lw] || speechVerbs[lw] || !t.capitalised() && (strings.HasSuffix(lw, "ed") || presentVerbs[lw] || pastVerbs[lw]) // "Stelios Petsas gave a very different picture, saying"
	}
	k := 0
	for k < len(toks) && k < 8 {
		t := toks[k]
		if t.punct {
			break
		}
		if k > 0 && verb(t) {
			break
		}
		k++
	}
	if k == 0 || k == len(toks) || k == 8 {
		return nil
	}
	pred := toks[k:]
	if toks[k].text == "," && k+1 < len(toks) && relativeWords[toks[k+1].lower()] && isNameToken(toks[k-1]) {
		// "Ursula von der Leyen, who toured the border on Tuesday,
		// promised ... and said": a name, a clause on it, then the verb
		m := slices.IndexFunc(pred[1:], func(t token) bool { return t.punct })
		if m < 0 || pred[1+m].text != "," || 2+m >= len(pred) || !verb(pred[2+m]) {
			return nil
		}
		pred = pred[2+m:]
	} else if toks[k].punct {
		return nil
	}
	for _, t := range pred {
		if t.punct && !isQuoteMark(t.text) || t.lower() == "and" || relativeWords[t.lower()] {
			return nil
		}
	}
	np := toks[:k]
	np = withoutArticles(np)
	if len(np) == 0 || prepositions[np[0].lower()] || pronouns[np[0].lower()] && len(np) > 1 {
		return nil
	}
	return np
}

// nameSlash reports a slash glued between two capitalised words of a
// name, toks[i] being the slash: "Shelter/NFI Cluster".
func nameSlash(toks []token, i, end int) bool {
	return toks[i].text == "/" && i > 0 && i+1 < end && toks[i-1].end == toks[i].start && toks[i].end == toks[i+1].start &&
		toks[i-1].capitalised() && toks[i+1].capitalised()
}

// auxVerbs end a subject read backwards.
var auxVerbs = wordSet(`is are was were be been being has have had do does did will would could can cannot may
	might must should shall`)

var prepositions = wordSet(`in at from of for on near inside with by to into across around outside within`)

// npAfter reads a noun phrase starting at toks[i] up to punctuation or a
// clause word.
func npAfter(toks []token, i int) []token {
	return npAfterUntil(toks, i, true)
}

// npAfterNoun is npAfter where a noun phrase is certain, so that a speech
// verb's form is a noun in it: "according to the latest estimate from
// IOM".
func npAfterNoun(toks []token, i int) []token {
	return npAfterUntil(toks, i, false)
}

func npAfterUntil(toks []token, i int, verbs bool) []token {
	j := i
	for j < len(toks) && j-i < 14 {
		t := toks[j]
		lw := t.lower()
		if t.punct || relativeWords[lw] || lw == "that" || verbs && speechVerbs[lw] || lw == "and" && !(j > i && toks[j-1].capitalised() && j+1 < len(toks) && toks[j+1].capitalised()) {
			break
		}
		j++
	}
	np := toks[i:j]
	for len(np) > 0 && (np[0].lower() == "a" || np[0].lower() == "an" || np[0].lower() == "the" ||
		np[0].lower() == "his" || np[0].lower() == "her" || np[0].lower() == "their" ||
		verbs && np[0].lower() == "its" && len(np) > 1 && !ownCount(np[1:])) { // "said its co-ordinator, Claire Doucet" (not "its own count", whose owner the pronoun names)
		np = np[1:]
	}
	return np
}

// skipObject skips the object of "told" ("told reporters in Geneva",
// "told broadcaster NTV", "told Anadolu Agency (AA) during a visit to the
// camp on Monday") up to "that", punctuation or a figure, which starts
// the content.
func skipObject(toks []token, i int) int {
	for j := i; j < len(toks) && j < i+14; j++ {
		if toks[j].punct || toks[j].lower() == "that" {
			return j
		}
		if isDigit(toks[j].text[0]) {
			if j > i && toks[j-1].capitalised() && (j+1 == len(toks) || toks[j+1].punct || toks[j+1].lower() == "that") {
				continue // "told France 24": the number ends the audience's name
			}
			break
		}
	}
	return i
}

// determinedSpeaker reports a noun phrase np after a statement verb that
// opens with an article at toks[i] and closes on a person: "..., said an
// official.", "..., said a local official who spoke on condition of
// anonymity", whose first word after the article could also open an
// adverbial ("official statement", "local time").
func determinedSpeaker(toks []token, i int, np []token) bool {
	if i >= len(toks) || len(np) == 0 {
		return false
	}
	switch toks[i].lower() {
	case "a", "an", "the":
	default:
		return false
	}
	last := np[len(np)-1].lower()
	return singlePersons[last] || personNoun(last) && !adverbialWords[last]
}

// adverbialWords may follow a statement verb before its content or the end
// of the sentence: "said on Monday", "said in a statement", "said by
// telephone from Raqqa", "said late on Thursday".
var adverbialWords = wordSet(`on in at by from during late early earlier later last this yesterday
	today tonight again also separately previously a an the its his her their statement report
	latest telephone phone week month year evening morning night afternoon weekend interview
	briefing conference news release email message monday tuesday wednesday thursday friday
	saturday sunday condition anonymity local time recently update updates bulletin tweet post
	televised written joint brief short long separate video radio tv speech address press emailed
	broadcast online official weekly daily`)

// contentFollows reports whether the reported content comes after a verb
// whose object ends at toks[i]: "said that", "said 520,000 people", "said
// on Monday nearly 1 million" — rather than "..., X said." or "X said,
// adding".
func contentFollows(toks []token, i int) bool {
	for j := i; j < len(toks); j++ {
		t := toks[j]
		lw := t.lower()
		switch {
		case lw == "that":
			return true
		case t.punct:
			return false
		case j == i && lw == "of" && j+1 < len(toks) && (toks[j+1].lower() == "the" || toks[j+1].lower() == "them" || toks[j+1].lower() == "those"):
			return false // "..., UNICEF said of the displaced.": whom the words before are about
		case (lw == "in" || lw == "on") && documentAfter(toks[j+1:]):
			return false // "..., OCHA said in its latest situation report.": where it said so
		case adverbialWords[lw] || t.capitalised() && j > i && adverbialWords[toks[j-1].lower()]:
			continue
		case j > i && allDigits(lw) && len(lw) <= 2 && toks[j-1].capitalised():
			continue // "said on Feb. 14.": the day of a date
		case j > i && allDigits(lw) && len(lw) <= 2 && adverbialWords[toks[j-1].lower()]:
			continue // "said on 14 February"
		default:
			return true
		}
	}
	return false
}

// relativeClosed reports tokens before a verb that open with a name and a
// relative clause closed by a comma, "Khatib, who left Homs in 1989,":
// the name is the verb's subject, not a noun phrase after it.
func relativeClosed(toks []token) bool {
	n := 0
	for n < len(toks) && toks[n].capitalised() && !toks[n].punct {
		n++
	}
	return n > 0 && n+2 < len(toks) && toks[n].text == "," && (toks[n+1].lower() == "who" || toks[n+1].lower() == "which") &&
		toks[len(toks)-1].text == ","
}

// documentAfter reports toks opening a noun phrase, up to the clause's
// end, that names a document: "its latest situation report".
func documentAfter(toks []token) bool {
	n := 0
	for n < len(toks) && !toks[n].punct && n < 9 {
		n++
	}
	if n == 0 || n < len(toks) && !toks[n].punct {
		return false
	}
	for d := n - 1; d >= 0 && d >= n-4; d-- {
		if documentNouns[toks[d].lower()] {
			// "in its latest situation report", "in a statement from New
			// York": the document, perhaps with where it came from
			return d < 6 && (d == n-1 || toks[d+1].lower() == "from" && !slices.ContainsFunc(toks[d+2:n], func(t token) bool { return !t.capitalised() }))
		}
	}
	return false
}

func isQuoteMark(s string) bool {
	return s == `"` || s == "“" || s == "”" || s == "«" || s == "»"
}

// allNameTokens reports a run of capitalised words (with name particles
// after the first, "Basil al-Hujairi") and title
// abbreviations: "Andreas Kalogirou", "Brig. Gen. Elias Nakhoul".
func allNameTokens(toks []token) bool {
	for k, t := range toks {
		if !t.capitalised() && !(k > 0 && isNameToken(t)) { // "Basil al-Hujairi"
			return false
		}
	}
	return len(toks) > 0 && len(toks) <= 6
}

// announcedNouns are things announced, not speakers: before a participle
// ("a truce announced on Monday") the verb reports nothing.
var announcedNouns = wordSet(`pause ceasefire truce deal agreement plan decision measures measure law decree
	order ban curfew programme program offensive operation withdrawal evacuation`)

// speechOrDataVerbBefore reports a subject whose words before "from" or
// "by" hold a verb of coming or being given: "figure comes from",
// "data provided by".
func speechOrDataVerbBefore(ws []token) bool {
	for _, t := range ws {
		switch t.lower() {
		case "comes", "come", "came", "provided", "given", "compiled", "released", "published", "supplied":
			return true
		}
	}
	return false
}

// speakOf reports "speak of" before a figure, "Kurdish officials speak of
// nearly 200,000": a count someone gives.
func speakOf(toks []token, i int) bool {
	switch toks[i].lower() {
	case "speak", "speaks", "spoke", "spoken", "talk", "talks", "talked":
	default:
		return false
	}
	return i+2 < len(toks) && toks[i+1].lower() == "of" && hasFigure(toks[i+2:min(len(toks), i+5)])
}
