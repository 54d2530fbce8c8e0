package synth

import "math/rand/v2"

// pick returns a random element of xs.
func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// places are the Syrian towns and regions articles are about.
var places = []string{
	"Idlib", "Aleppo", "Hama", "Saraqeb", "Maarat al-Numan", "Afrin", "Ras al-Ain",
	"Tal Abyad", "Kobani", "Raqqa", "Deir ez-Zor", "Eastern Ghouta", "Daraa", "Homs",
	"Manbij", "Qamishli", "Hasakah", "Jisr al-Shughur", "Atmeh", "Azaz", "Ariha",
	"Khan Sheikhoun", "Douma", "Jarablus", "Sarmada", "Kafranbel", "Tel Rifaat",
}

// hosts are the countries that host refugees.
var hosts = []string{
	"Turkey", "Lebanon", "Jordan", "Iraq", "Egypt", "Germany", "Greece", "Sweden",
}

// cities are the dateline cities of wire stories.
var cities = []string{
	"GENEVA", "BEIRUT", "ISTANBUL", "ANKARA", "AMMAN", "MOSCOW", "DAMASCUS",
	"GAZIANTEP", "UNITED NATIONS", "BRUSSELS", "ATHENS",
}

var months = []string{
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
}

var monthAbbrevs = []string{
	"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
	"Oct.", "Nov.", "Dec.",
}

// org is an organisation a figure can be attributed to: how the text names
// it and the source a careful reader records.
type org struct {
	text   string // as written after "said"/"according to", lower-case article included
	source string
}

// person is a named source; role precedes the name in the text, desc follows
// it ("said Lina Haddad, a spokeswoman for UNICEF").
type person struct {
	name   string
	female bool
	role   string
	desc   string
}

var orgsByCategory = map[string][]org{
	"displaced": {
		{"the U.N.", "U.N."}, {"the United Nations", "United Nations"},
		{"the U.N. Office for the Coordination of Humanitarian Affairs (OCHA)", "OCHA"},
		{"OCHA", "OCHA"}, {"UNHCR", "UNHCR"},
		{"the International Organization for Migration (IOM)", "IOM"},
		{"the Response Coordination Group", "Response Coordination Group"},
		{"the Norwegian Refugee Council", "Norwegian Refugee Council"},
		{"local authorities", "local authorities"},
	},
	"refugees": {
		{"UNHCR", "UNHCR"}, {"the U.N. refugee agency (UNHCR)", "UNHCR"},
		{"the European Commission", "European Commission"},
		{"government figures", "government figures"}, {"the U.N.", "U.N."},
	},
	"killed": {
		{"the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"},
		{"the Syrian Network for Human Rights", "Syrian Network for Human Rights"},
		{"the White Helmets", "White Helmets"}, {"the World Health Organization", "World Health Organization"},
		{"the Union of Medical Care and Relief Organizations (UOSSM)", "UOSSM"},
		{"UOSSM", "UOSSM"}, {"the U.N.", "U.N."},
	},
	"sheltered": {
		{"OCHA", "OCHA"}, {"the Syrian NGO Alliance", "Syrian NGO Alliance"},
		{"camp administrators", "camp administrators"}, {"the IOM", "IOM"},
	},
	"troops": {
		{"a Turkish security official", "Turkish security official"},
		{"the Turkish Defence Ministry", "Turkish Defence Ministry"},
		{"the Russian Defence Ministry", "Russian Defence Ministry"},
		{"the Pentagon", "Pentagon"}, {"a senior Western diplomat", "senior Western diplomat"},
	},
	"other": {
		{"the World Health Organization", "World Health Organization"},
		{"the Turkish military", "Turkish military"}, {"aid groups", "aid groups"},
		{"the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"},
	},
}

func init() {
	orgsByCategory["unsheltered"] = orgsByCategory["sheltered"]
	orgsByCategory["at_risk"] = orgsByCategory["displaced"]
}

var firstNamesM = []string{
	"Omar", "Karim", "Yusuf", "Mahmoud", "Tarek", "Emre", "Murat", "Jonas",
	"Pierre", "Samir", "Hassan", "Anders", "Bilal", "Nabil", "Kerem",
}

var firstNamesF = []string{
	"Lina", "Rania", "Amina", "Selin", "Hala", "Ingrid", "Claire", "Nour",
	"Maya", "Zeynep", "Dana", "Sophie", "Rasha",
}

var surnames = []string{
	"Haddad", "Kassem", "Darwish", "Yilmaz", "Aydin", "Lindqvist", "Moreau",
	"Saleh", "Khoury", "Barakat", "Demir", "Halabi", "Nasser", "Okafor",
	"Strand", "Mansour", "Arslan", "Bauer", "Qureshi", "Sabbagh",
}

// personRoles pairs a role written before the name with the description
// written after it.
var personRoles = []struct{ role, desc string }{
	{"U.N. regional spokesperson", "a regional spokesperson for the United Nations"},
	{"UNHCR spokesperson", "a spokesperson for UNHCR"},
	{"OCHA spokesperson", "a spokesperson for OCHA"},
	{"IOM spokesperson", "a spokesperson for the IOM"},
	{"UNICEF representative", "the UNICEF representative in Syria"},
	{"White Helmets volunteer", "a volunteer with the White Helmets"},
	{"local council head", "who heads a local council in the area"},
	{"camp manager", "who manages a camp near the border"},
	{"aid worker", "an aid worker with a Syrian charity"},
	{"Kurdish official", "an official of the Kurdish-led administration"},
}

var photographers = []string{
	"Anadolu Agency", "DPA / TASS", "Reuters", "AFP", "EPA", "AP Photo", "Kremlin.ru",
	"picture-alliance",
}

var publishers = []string{
	"The Levant Ledger", "Frontline Daily", "Euphrates Herald", "Northern Courier",
	"The Border Monitor", "Crescent Wire Review",
}
