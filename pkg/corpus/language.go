package corpus

import (
	"strings"
	"unicode"
)

// The stories are read in English. A sentence in another language on the
// page ("Valencia acoge a 57 refugiados sirios llegados desde Líbano",
// "Поддержите Kaktus Media: от 100 сомов в месяц") is the outlet's own
// furniture: a linked headline, an offer, a notice. Its numbers count
// nothing the story reports.

// englishFunctionWords are short words nearly every English sentence of
// five words or more holds one of ("a" is Spanish, Portuguese and Italian
// too).
var englishFunctionWords = wordSet(`the of and to in on at for with from by is are was were has have had
	said says that this which who as be been will would it its their his her they we he she there than
	more about after over into per an not or but`)

// foreignFunctionWords are articles, prepositions and conjunctions of
// other languages written in Latin letters, none of them an English word.
var foreignFunctionWords = wordSet(`de la el los las en del por para con una un une des les du le et est
	pour dans sur au aux der die das und mit von zu für ist im dem den ein eine het een van voor op te
	niet och på för är att og til ikke ja ei että se ny ho tao amin ary na wa ya kwa za di il della che
	nel non uno degli gli do da dos em com não uma ao os és az egy sa ng mga ang pentru prin din pe cu și
	în sunt este al nuestro nuestra auf aus bei nach nicht sich auch wird werden sind wollen`)

// foreignSentence reports a figure whose sentence is in another language:
// five words or more, most of them not in Latin letters, or with no
// English function word and at least two foreign ones (function words,
// or common words with accents).
func foreignSentence(b string, f figure) bool {
	s := sentenceAt(b, f.start)
	words := strings.FieldsFunc(b[s.start:s.end], func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) < 5 {
		return false
	}
	latin, foreign := 0, 0
	for _, w := range words {
		lw := strings.ToLower(w)
		if englishFunctionWords[lw] {
			return false
		}
		if foreignFunctionWords[lw] || lw == w && !isASCII(w) {
			foreign++ // "vysídlených", "stále": English writes few common words with accents
		}
		if isLatinWord(w) {
			latin++
		}
	}
	return latin*2 < len(words) || foreign >= 2
}

// isLatinWord reports a word written in Latin letters.
func isLatinWord(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}
