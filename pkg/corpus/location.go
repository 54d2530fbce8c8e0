package corpus

import (
	"strings"
)

// Locations: the place a figure concerns, read from capitalised names after
// place prepositions ("in Idlib", "from Afrin", "near the Turkish border")
// without a gazetteer. Places where people are or were win over places
// they head to.

// placePrepositions rank where a name after them says a figure happened.
var placePrepositions = map[string]int{
	"in": 1, "inside": 1, "near": 1, "around": 1, "at": 1, "across": 1, "throughout": 1,
	"outside": 1, "within": 1, "of": 2, "from": 2, "along": 2, "on": 3,
	"to": 4, "towards": 4, "toward": 4, "into": 4,
}

// notPlaces are capitalised words that follow place prepositions but are
// not places.
var notPlaces = wordSet(`january february march april may june july august september october
	november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
	thursday friday saturday sunday i we he she they it the a an this that`)

// placeNouns before "of" introduce a place: "the Syrian town of Afrin".
var placeNouns = wordSet(`town city village province district region island governorate area
	areas countryside outskirts suburb suburbs capital state county neighbourhood neighborhood`)

// directions may precede a place name: "northeast Syria".
var directions = wordSet(`north south east west northeast northwest southeast southwest northern
	southern eastern western northeastern northwestern southeastern southwestern central`)

// place is a candidate location with its rank and offset.
type place struct {
	name string
	rank int
	at   int
}

// placesIn finds place names in b[from:to].
func placesIn(b string, from, to int) []place {
	return placesOf(tokenize(b, from, to))
}

// placesOf finds place names in a run of tokens.
func placesOf(toks []token) []place {
	var out []place
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		lw := t.lower()
		rank, ok := placePrepositions[lw]
		if ok && lw == "of" && (i == 0 || !placeNouns[toks[i-1].lower()]) {
			ok = false // "the town of Afrin", not "the Union of Medical Care"
		}
		if ok {
			j := i + 1
			if j < len(toks) && toks[j].lower() == "the" {
				j++
			}
			dir := ""
			if j < len(toks) && directions[toks[j].lower()] {
				dir = toks[j].text + " "
				j++
			}
			if p := placeRun(toks, j); p != "" {
				out = append(out, place{dir + p, rank, t.start})
			}
			continue
		}
		// "the Turkish border", "the Syrian-Turkish border"
		if t.capitalised() && i+1 < len(toks) {
			next := toks[i+1].lower()
			if (next == "border" || next == "side") && (demonymCountry[lw] != "" || strings.Contains(lw, "-")) {
				out = append(out, place{t.text + " " + toks[i+1].text, 2, t.start})
			}
		}
	}
	return out
}

// placeRun reads a capitalised place name at toks[j]: "Idlib", "Ras
// al-Ain", "Bab al-Hawa", "Syria's Idlib province" (-> Idlib).
func placeRun(toks []token, j int) string {
	var parts []string
	for k := j; k < len(toks) && len(parts) < 4; k++ {
		t := toks[k]
		lw := strings.TrimSuffix(t.lower(), ".")
		if t.punct || !(t.capitalised() || strings.HasPrefix(lw, "al-") || strings.HasPrefix(lw, "ez-") || strings.HasPrefix(lw, "el-")) {
			break
		}
		if notPlaces[lw] || orgWords[lw] || titleWords[lw] || isAcronym(t.text) && !countryNames[lw] || adjectiveHyphen(t.text) {
			if len(parts) > 0 {
				break
			}
			return ""
		}
		text := t.text
		if strings.HasSuffix(lw, "'s") {
			// "Syria's Idlib": the possessor is context, the place follows.
			parts = nil
			continue
		}
		parts = append(parts, text)
	}
	if len(parts) == 0 {
		return ""
	}
	name := strings.Join(parts, " ")
	if demonymCountry[strings.ToLower(name)] != "" {
		return "" // "in Syrian ..." is an adjective
	}
	return name
}

// bestPlace picks the best ranked place, nearest first among equals.
func bestPlace(ps []place, pos int) string {
	best := -1
	for i, p := range ps {
		if best < 0 || p.rank < ps[best].rank || p.rank == ps[best].rank && abs(p.at-pos) < abs(ps[best].at-pos) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return ps[best].name
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
