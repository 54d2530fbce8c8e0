package corpus

import (
	"strings"
	"unicode"
)

// Transliteration: a masthead printed only in Cyrillic or Greek letters
// ("ЖАС АЛАШ", "ΡΙΖΟΣΠΑΣΤΗΣ") whose site's address spells it in Latin
// letters ("zhasalash.kz", "rizospastis.gr") is named as the address
// spells it: "Zhas Alash", "Rizospastis". The address is the check: no
// name is transliterated that its own site does not confirm.

// latinLetters spell the Cyrillic (Russian, Bulgarian, Kazakh, Kyrgyz,
// Tajik) and Greek letters in Latin ones, as the sites of those outlets
// write their addresses.
var latinLetters = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "yo", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	'ә': "a", 'ғ': "g", 'қ': "k", 'ң': "ng", 'ө': "o", 'ұ': "u", 'ү': "u", 'һ': "h", 'і': "i",
	'ӣ': "i", 'ӯ': "u", 'ҳ': "h", 'ҷ': "j",
	'α': "a", 'ά': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'έ': "e", 'ζ': "z", 'η': "i", 'ή': "i",
	'θ': "th", 'ι': "i", 'ί': "i", 'ϊ': "i", 'ΐ': "i", 'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x",
	'ο': "o", 'ό': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t", 'υ': "y", 'ύ': "y", 'ϋ': "y",
	'ΰ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o", 'ώ': "o",
}

// greekPairs are the Greek vowel pairs spelled as one sound: "ΑΥΓΗ" as
// "Avgi", "ΟΥ" as "ou".
var greekPairs = strings.NewReplacer("αυ", "av", "ευ", "ev", "ου", "ou", "αύ", "av", "εύ", "ev", "ού", "ou")

// transliterate spells a word of Cyrillic or Greek letters in Latin ones,
// in lower case; ok is false when a letter has no spelling.
func transliterate(word string) (latin string, ok bool) {
	var b strings.Builder
	for _, r := range greekPairs.Replace(strings.ToLower(word)) {
		switch l, known := latinLetters[r]; {
		case known:
			b.WriteString(l)
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		case unicode.IsLetter(r):
			return "", false
		}
	}
	return b.String(), true
}

// addressedTransliteration returns the masthead name spelled in Latin
// letters when the site's host (without "www." and its domain) spells
// it, give or take three letters around it ("segabg" for "СЕГА",
// "e-thessalia" for "Θεσσαλία"); else "".
func addressedTransliteration(name, url string) string {
	host := urlHost(url)
	if i := strings.IndexByte(host, '.'); i > 0 {
		host = host[:i]
	}
	host = squash(host)
	name = strings.Trim(name, "«»„“”\"' ")
	words := strings.Fields(name)
	if host == "" || len(words) == 0 || len(words) > 4 || strings.ContainsFunc(name, isLatinLetter) {
		return ""
	}
	var spelled []string
	for _, w := range words {
		l, ok := transliterate(w)
		if !ok || l == "" {
			return ""
		}
		spelled = append(spelled, l)
	}
	joined := strings.Join(spelled, "")
	if !strings.Contains(yAsI.Replace(host), yAsI.Replace(joined)) && strings.Contains(joined, "ng") {
		// "ң" is "ng" on some sites and "n" on others ("ӨСКЕН ӨҢІР" at
		// osken-onir.kz)
		for k, l := range spelled {
			spelled[k] = strings.ReplaceAll(l, "ng", "n")
		}
		joined = strings.Join(spelled, "")
	}
	// "й" is "y" on some sites and "i" on others ("Айқын" at aikyn.kz):
	// the two compare alike, and the address's letters are kept.
	i := strings.Index(yAsI.Replace(host), yAsI.Replace(joined))
	if len(joined) < 4 || i < 0 || len(host)-len(joined) > 3 {
		return shortenedFirstWord(spelled, host)
	}
	for k, l := range spelled {
		l = host[i : i+len(l)]
		i += len(l)
		spelled[k] = strings.ToUpper(l[:1]) + l[1:]
	}
	return strings.Join(spelled, " ")
}

// latinMasthead returns the page's first line in title case when it is a
// masthead in Latin capitals that a word of the name, written in Cyrillic
// or Greek letters, spells letter for letter once accents are set aside:
// "Türkistan" for "TÜRKISTAN" over a footer's "«Түркістан» апталығы"
// ("Türkistan weekly"); else "".
func latinMasthead(first, name string) string {
	first = strings.TrimPrefix(first, "\ufeff")
	if first == "" || strings.ToUpper(first) != first || !strings.ContainsFunc(first, isLatinLetter) || wordCount(first) > 4 {
		return ""
	}
	want := squash(foldAccents(strings.ToLower(first)))
	for _, w := range strings.Fields(name) {
		if l, ok := transliterate(strings.Trim(w, "«»„“”\"'")); ok && len(l) >= 4 && squash(l) == want {
			return titleCase(first)
		}
	}
	return ""
}

// shortenedFirstWord returns the name in Latin letters when the host
// shortens its first word and spells the rest in full: "prkommuna" for
// "ПРИКАСПИЙСКАЯ КОММУНА", "Prikaspiyskaya Kommuna"; else "".
func shortenedFirstWord(spelled []string, host string) string {
	if len(spelled) < 2 {
		return ""
	}
	rest := strings.Join(spelled[1:], "")
	first := strings.TrimSuffix(yAsI.Replace(host), yAsI.Replace(rest))
	if len(rest) < 4 || len(first) < 2 || len(first) == len(host) || !strings.HasPrefix(yAsI.Replace(spelled[0]), first) {
		return ""
	}
	named, tail := make([]string, len(spelled)), host[len(first):]
	for k, l := range spelled {
		if k > 0 {
			l, tail = tail[:len(l)], tail[len(l):] // the address's letters
		}
		named[k] = strings.ToUpper(l[:1]) + l[1:]
	}
	return strings.Join(named, " ")
}

// yAsI folds "y" into "i" for comparing spellings.
var yAsI = strings.NewReplacer("y", "i")
