package corpus

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// monthNames maps lower-case month names and abbreviations to months.
var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// foreignMonths are the full month names, in ASCII, that Swedish, German,
// French, Italian, Spanish, Romanian, Portuguese, Dutch, Turkish, Estonian,
// South Slavic and Polish date lines use
// where they differ from English ("Publicerat onsdag 22 januari 2020",
// "domenica 1 marzo 2020", "Joi, 20 februarie 2020") and Turkish ones
// ("1 Mart 2020 Pazar");
// they are read in lower case too.
var foreignMonths = map[string]time.Month{
	"januari": 1, "februari": 2, "mars": 3, "maj": 5, "juni": 6, "juli": 7, "augusti": 8, "oktober": 10,
	"januar": 1, "februar": 2, "dezember": 12,
	"janvier": 1, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
	"septembre": 9, "octobre": 10, "novembre": 11,
	"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
	"agosto": 8, "settembre": 9, "ottobre": 10, "dicembre": 12,
	"enero": 1, "febrero": 2, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "septiembre": 9,
	"octubre": 10, "noviembre": 11, "diciembre": 12,
	"ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
	"septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
	"janeiro": 1, "fevereiro": 2, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
	"outubro": 10, "novembro": 11, "dezembro": 12, "março": 3, "marco": 3,
	"maart": 3, "mei": 5, "augustus": 8,
	"ocak": 1, "mart": 3, "nisan": 4, "haziran": 6, "temmuz": 7, "ekim": 10,
	"jaanuar": 1, "veebruar": 2, "aprill": 4, "juuni": 6, "juuli": 7, "oktoober": 10, "detsember": 12,
	// Bosnian, Croatian, Serbian and Slovenian in Latin letters, and
	// Polish, in the genitive a date uses ("19. marta 2018.", "3
	// kwietnia 2020"); not "listopad", October in Croatian and November
	// in Polish.
	"januara": 1, "februara": 2, "marta": 3, "aprila": 4, "maja": 5, "juna": 6, "jula": 7,
	"augusta": 8, "avgusta": 8, "septembra": 9, "oktobra": 10, "novembra": 11, "decembra": 12,
	"septembar": 9, "oktobar": 10, "novembar": 11, "decembar": 12,
	"januarja": 1, "februarja": 2, "marca": 3, "junija": 6, "julija": 7,
	"travnja": 4, "svibnja": 5, "lipnja": 6, "srpnja": 7, "kolovoza": 8, "rujna": 9, "prosinca": 12,
	"stycznia": 1, "lutego": 2, "kwietnia": 4, "czerwca": 6, "lipca": 7, "sierpnia": 8, "grudnia": 12,
	// Maltese: "7 ta’ Lulju 2018"
	"jannar": 1, "frar": 2, "marzu": 3, "mejju": 5, "lulju": 7, "awwissu": 8, "settembru": 9,
	"ottubru": 10, "novembru": 11,
	// French abbreviations: "21 janv. 2020"; Portuguese: "23 Out 2019"
	// ("Out", October, is read only between a day and a year: see
	// dateAt)
	"janv": 1, "avr": 4, "juil": 7, "fev": 2, "dez": 12,
	// Zulu: "ULwesihlanu, 21 Febhuwari 2020"
	"januwari": 1, "febhuwari": 2, "mashi": 3, "ephreli": 4, "meyi": 5, "julayi": 7, "agasti": 8,
	"septhemba": 9, "okthoba": 10, "disemba": 12,
	// Dutch abbreviations: "zo 13 okt 2019 om 09:12"
	"okt": 10, "mrt": 3,
	// Czech, in the genitive: "9. září 2020" (with those below)
	"ledna": 1, "dubna": 4, "srpna": 8, "listopadu": 11, "prosince": 12,
	// Hungarian ("2019. július 4.", with those below) and Afrikaans
	// ("4 Maart 2020")
	"augusztus": 8, "szeptember": 9,
	// the English names that Dutch, Scandinavian and Hungarian pages
	// write in lower case ("10 september 2020"); not "may", a verb
	"april": 4, "september": 9, "november": 11, "december": 12,
	// Swahili ("07 Julai 2018") and Samoan ("6 Mati 2020")
	"machi": 3, "aprili": 4, "julai": 7, "agosti": 8, "septemba": 9, "oktoba": 10, "novemba": 11, "desemba": 12,
	"ianuari": 1, "fepuari": 2, "mati": 3, "aperila": 4, "iuni": 6, "iulai": 7, "aokuso": 8, "setema": 9,
	"oketopa": 10, "novema": 11, "tesema": 12,
	// Tuvaluan ("23 Okotopa 2019") and Tongan, where they differ
	"ianuali": 1, "fepuali": 2, "apelila": 4, "aukuso": 8, "okotopa": 10,
	"sanuali": 1, "fepueli": 2, "sune": 6, "siulai": 7, "sepitema": 9, "okatopa": 10, "tisema": 12,
	"januarie": 1, "junie": 6, "julie": 7, "desember": 12,
	// Luganda ("Olwokutaano, Marisi 6, 2020"; "juuni" is above, with Estonian)
	"janwali": 1, "febwali": 2, "marisi": 3, "apuli": 4, "maayi": 5, "julaayi": 7,
	"agusito": 8, "sebuttemba": 9, "okitobba": 10,
	// Afaan Oromo ("Jimaata, Onkoloolessa 18, 2019")
	"amajjii": 1, "guraandhala": 2, "bitootessa": 3, "caamsaa": 5, "waxabajjii": 6, "adoolessa": 7,
	"hagayya": 8, "fulbaana": 9, "onkoloolessa": 10, "sadaasa": 11, "muddee": 12,
	// Runyankore-Rukiga, the months by their ordinals ("20 Okwakashatu
	// 2018"; not "Okwaikumi", which opens November's and December's
	// names too)
	"okwokubanza": 1, "okwakabiri": 2, "okwakashatu": 3, "okwakana": 4, "okwakataano": 5, "okwamukaaga": 6,
	"okwamushanju": 7, "okwamunaana": 8, "okwamwenda": 9,
	// abbreviations in lower case, as Spanish agencies' datelines write
	// them ("Beirut, 2 jul (EFE).-")
	"ene": 1, "feb": 2, "abr": 4, "jun": 6, "jul": 7, "dic": 12, "oct": 10, "nov": 11, "dec": 12,
	// and Italian ones, as ANSA's datelines write them ("BEIRUT, 2 LUG -";
	// not "set", "ago" and "gen", English words)
	"mag": 5, "giu": 6, "lug": 7, "ott": 10,
	// Uzbek in Latin letters ("23-oktabr, 2019"; not "may")
	"yanvar": 1, "fevral": 2, "aprel": 4, "iyun": 6, "iyul": 7, "avgust": 8, "sentabr": 9, "oktabr": 10,
	"noyabr": 11, "dekabr": 12,
	// and Azerbaijani ("11 oktyabr 2019"), where they differ
	"avqust": 8, "sentyabr": 9, "oktyabr": 10,
	// Albanian ("6 korrik 2018"; with "mars" and "maj" above)
	"janar": 1, "shkurt": 2, "prill": 4, "qershor": 6, "korrik": 7, "gusht": 8, "shtator": 9, "tetor": 10,
	"dhjetor": 12,
	// Kurdish (Kurmanji) in Latin letters ("17 Cotmeh 2019"; with those
	// below)
	"sibat": 2, "adar": 3, "gulan": 5, "tebax": 8, "cotmeh": 10, "mijdar": 11,
	// Tetum ("11 Fevereiru 2020"; with "abril", "novembru" and others above)
	"janeiru": 1, "fevereiru": 2, "marsu": 3, "maiu": 5, "jullu": 7, "agostu": 8, "setembru": 9,
	"outubru": 10, "dezembru": 12,
	// Tagalog ("Lunes, Hulyo 2, 2018"; "enero", "abril", "mayo" and
	// "agosto" are Spanish's too)
	"pebrero": 2, "marso": 3, "hunyo": 6, "hulyo": 7, "setyembre": 9, "oktubre": 10, "nobyembre": 11, "disyembre": 12,
	// Kinyarwanda ("14 Ukwakira 2019")
	"mutarama": 1, "gashyantare": 2, "werurwe": 3, "mata": 4, "gicurasi": 5, "kamena": 6, "nyakanga": 7,
	"kanama": 8, "nzeri": 9, "ukwakira": 10, "ugushyingo": 11, "ukuboza": 12,
	// Lithuanian, in the genitive ("2019 m. liepos 5 d.")
	"sausio": 1, "vasario": 2, "kovo": 3, "liepos": 7, "spalio": 10,
	// Catalan ("18 de febrer de 2019") and Danish ("5. marts 2020")
	"gener": 1, "febrer": 2, "maig": 5, "juny": 6, "juliol": 7, "setembre": 9, "desembre": 12,
	"marts": 3,
	// Basque, in the genitive a date uses ("2019ko urriaren 17a")
	"urtarrilaren": 1, "otsailaren": 2, "martxoaren": 3, "apirilaren": 4, "maiatzaren": 5, "ekainaren": 6,
	"uztailaren": 7, "abuztuaren": 8, "irailaren": 9, "urriaren": 10, "azaroaren": 11, "abenduaren": 12,
	// Latvian in the nominative ("2018. gada 6. jūlijs"; with "marts"
	// above and those below)
	"maijs": 5, "augusts": 8, "septembris": 9, "oktobris": 10, "novembris": 11, "decembris": 12,
	// Hausa ("Talata, 3 ga Yuli, 2018")
	"janairu": 1, "fabrairu": 2, "afrilu": 4, "mayu": 5, "yuni": 6, "yuli": 7, "agusta": 8,
	"maris": 3, "satumba": 9, "nuwamba": 11, "disamba": 12,
	// Somali ("Sabti, 7 Luulyo 2018")
	"janaayo": 1, "febraayo": 2, "maarso": 3, "abriil": 4, "maajo": 5, "juun": 6, "luulyo": 7,
	"agoosto": 8, "sebtembar": 9, "oktoobar": 10, "nofeembar": 11, "diseembar": 12,
	// Malagasy ("Zoma 21 Febroary 2020")
	"janoary": 1, "febroary": 2, "martsa": 3, "aprily": 4, "mey": 5, "jona": 6, "jolay": 7,
	"aogositra": 8, "septambra": 9, "novambra": 11, "desambra": 12, // ("oktobra" is above)
	// Welsh ("Dydd Mercher, 23ain Hydref 2019"; "mai" is above) and
	// Occitan ("Dimècres 26 de febrièr de 2020", with those below)
	"ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mehefin": 6, "gorffennaf": 7, "awst": 8,
	"medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
	"junh": 6, "julhet": 7, "agost": 8, "decembre": 12,
	// Mauritian Creole ("Dimans 13 Oktob 2019"; "mars" and "avril" are
	// above)
	"zanvie": 1, "fevrie": 2, "zin": 6, "zilie": 7, "septam": 9, "oktob": 10, "novam": 11, "desam": 12,
	// Sesotho, as Lesotho writes it ("Labobedi, 22 Mphalane 2019")
	"pherekhong": 1, "hlakola": 2, "hlakubele": 3, "mmesa": 4, "motsheanong": 5, "phupjane": 6,
	"phupu": 7, "phato": 8, "loetse": 9, "mphalane": 10, "pulungoana": 11, "tshitoe": 12,
	// Turkmen where it writes ASCII ("3-nji fewral, 2020"; "mart",
	// "aprel" and "dekabr" are above, with Uzbek and Turkish)
	"fewral": 2, "awgust": 8,
}

// accentedMonths are the month names written with a letter outside ASCII:
// "22. Jänner 2020", "7 février 2020", "29 Şubat 2020".
var accentedMonths = map[string]time.Month{
	// Icelandic ("Fimmtudagur 4. júlí 2019"; "mars", "september" and
	// "desember" are in the map above, "október" below with Hungarian)
	"janúar": 1, "febrúar": 2, "apríl": 4, "maí": 5, "júní": 6, "júlí": 7, "ágúst": 8, "nóvember": 11,
	// German, French, Portuguese, Turkish and Estonian
	"jänner": 1, "märz": 3, "février": 2, "août": 8, "décembre": 12, "março": 3,
	"şubat": 2, "mayıs": 5, "ağustos": 8, "eylül": 9, "kasım": 11, "aralık": 12, "märts": 3,
	// Turkmen ("Sişenbe, 3-nji iýul, 2018 ý.")
	"ýanwar": 1, "maý": 5, "iýun": 6, "iýul": 7, "sentýabr": 9, "oktýabr": 10, "noýabr": 11,
	// Arabic, the Levantine and the Egyptian names of one word:
	// "الثلاثاء 02 تموز 2019"
	"شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
	"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "أغسطس": 8,
	"سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
	// and the Maghreb's, from the French: "الجمعة 21 فيفري 2020"
	"جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
	// Russian, in the genitive a date uses: "23 октября 2019"
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
	"августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
	// Croatian and Polish genitives with a letter outside ASCII
	"siječnja": 1, "veljače": 2, "ožujka": 3, "września": 9, "października": 10,
	// Maltese and French abbreviations: "Ġunju", "21 févr. 2020"
	"ġunju": 6, "diċembru": 12, "févr": 2, "déc": 12, "març": 3,
	"balandžio": 4, "gegužės": 5, "birželio": 6, "rugpjūčio": 8, "rugsėjo": 9, "lapkričio": 11, "gruodžio": 12,
	// Macedonian, Bulgarian and Serbian in Cyrillic: "21 февруари 2020"
	"јануари": 1, "януари": 1, "јануар": 1, "февруари": 2, "фебруар": 2, "март": 3, "април": 4,
	"мај": 5, "май": 5, "јуни": 6, "юни": 6, "јун": 6, "јули": 7, "юли": 7, "јул": 7, "август": 8,
	"септември": 9, "септембар": 9, "октомври": 10, "октобар": 10, "ноември": 11, "новембар": 11,
	"декември": 12, "децембар": 12,
	"února": 2, "března": 3, "května": 5, "června": 6, "července": 7, "září": 9, "října": 10,
	"január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6, "július": 7,
	"október": 10,
	// Occitan with a letter outside ASCII (the rest are above)
	"genièr": 1, "febrièr": 2,
	// Sesotho with a letter outside ASCII (the rest are above)
	"motšeanong": 5, "tšitoe": 12,
	// Slovak, in the genitive a date uses: "11. júla 2019"
	"januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7, "októbra": 10,
	// Hebrew, with the "in" a date gives it: "17 ביולי 2018"
	"בינואר": 1, "בפברואר": 2, "במרץ": 3, "באפריל": 4, "במאי": 5, "ביוני": 6, "ביולי": 7, "באוגוסט": 8,
	"בספטמבר": 9, "באוקטובר": 10, "בנובמבר": 11, "בדצמבר": 12,
	// Greek, in the genitive a date uses: "Τετάρτη, 4 Μαρτίου 2020"
	"ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "ιουνίου": 6,
	"ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
	// Bengali: "১৫ জুলাই ২০১৯"
	"জানুয়ারি": 1, "ফেব্রুয়ারি": 2, "মার্চ": 3, "এপ্রিল": 4, "মে": 5, "জুন": 6, "জুলাই": 7, "আগস্ট": 8,
	"সেপ্টেম্বর": 9, "অক্টোবর": 10, "নভেম্বর": 11, "ডিসেম্বর": 12,
	"nëntor": 11,                                      // Albanian November
	"nîsan":  4, "hezîran": 6, "tîrmeh": 7, "îlon": 9, // Kurdish (Kurmanji)
	// Kyrgyz, in the nominative: "13-сентябрь, 2019" (with март, май and
	// август above)
	"январь": 1, "февраль": 2, "апрель": 4, "июнь": 6, "июль": 7, "сентябрь": 9, "октябрь": 10,
	"ноябрь": 11, "декабрь": 12,
	// Tajik, bare and with the izafet a date line gives it: "Ҷумъа, 12
	// июли 2019" (with март, май and август above)
	"январ": 1, "феврал": 2, "апрел": 4, "июн": 6, "июл": 7, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
	"январи": 1, "феврали": 2, "марти": 3, "апрели": 4, "майи": 5, "июни": 6, "июли": 7, "августи": 8,
	"сентябри": 9, "октябри": 10, "ноябри": 11, "декабри": 12,
	// Armenian, bare and in the genitive: "Հոկտեմբեր 18, 2019", "18
	// հոկտեմբերի 2019"
	"հունվար": 1, "փետրվար": 2, "մարտ": 3, "ապրիլ": 4, "մայիս": 5, "հունիս": 6, "հուլիս": 7,
	"օգոստոս": 8, "սեպտեմբեր": 9, "հոկտեմբեր": 10, "նոյեմբեր": 11, "դեկտեմբեր": 12,
	"հունվարի": 1, "փետրվարի": 2, "մարտի": 3, "ապրիլի": 4, "մայիսի": 5, "հունիսի": 6, "հուլիսի": 7,
	"օգոստոսի": 8, "սեպտեմբերի": 9, "հոկտեմբերի": 10, "նոյեմբերի": 11, "դեկտեմբերի": 12,
	// Kazakh: "18 ақпан 2020"
	"қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7,
	"тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
	// Ukrainian, in the genitive: "23 жовтня 2019"
	"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
	"серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
	// Latvian, in the nominative and in the locative a date line uses:
	// "2018. gada 6. jūlijā"
	"janvāris": 1, "februāris": 2, "aprīlis": 4, "jūnijs": 6, "jūlijs": 7,
	"janvārī": 1, "februārī": 2, "martā": 3, "aprīlī": 4, "maijā": 5, "jūnijā": 6, "jūlijā": 7,
	"augustā": 8, "septembrī": 9, "oktobrī": 10, "novembrī": 11, "decembrī": 12,
	// Tamil: "03 ஜூலை 2019"
	"ஜனவரி": 1, "பிப்ரவரி": 2, "மார்ச்": 3, "ஏப்ரல்": 4, "மே": 5, "ஜூன்": 6, "ஜூலை": 7,
	"ஆகஸ்ட்": 8, "செப்டம்பர்": 9, "அக்டோபர்": 10, "நவம்பர்": 11, "டிசம்பர்": 12,
	// Hindi, with the spellings with and without the nukta and the
	// half nasal: "14 अक्टूबर 2019"
	"जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6, "जुलाई": 7,
	"अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
	// Georgian: "18 ოქტომბერი 2019"
	"იანვარი": 1, "თებერვალი": 2, "მარტი": 3, "აპრილი": 4, "მაისი": 5, "ივნისი": 6, "ივლისი": 7,
	"აგვისტო": 8, "სექტემბერი": 9, "ოქტომბერი": 10, "ნოემბერი": 11, "დეკემბერი": 12,
}

// thaiMonths are the abbreviated Thai month names a date line uses with
// the Buddhist era's year: "2 ก.ค. 2562" is 2 July 2019.
var thaiMonths = map[string]time.Month{
	"ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6,
	"ก.ค.": 7, "ส.ค.": 8, "ก.ย.": 9, "ต.ค.": 10, "พ.ย.": 11, "ธ.ค.": 12,
}

// burmeseMonths are the Burmese month names, without the "လ" (month)
// that a date puts after them: "၂၀၁၉ ခုနှစ်၊ အောက်တိုဘာလ ၂၃ ရက်".
var burmeseMonths = map[string]time.Month{
	"ဇန်နဝါရီ": 1, "ဖေဖော်ဝါရီ": 2, "မတ်": 3, "ဧပြီ": 4, "မေ": 5, "ဇွန်": 6, "ဇူလိုင်": 7,
	"ဩဂုတ်": 8, "ဪဂုတ်": 8, "စက်တင်ဘာ": 9, "အောက်တိုဘာ": 10, "နိုဝင်ဘာ": 11, "ဒီဇင်ဘာ": 12,
}

// levantineMonths are the Levantine month names of two words, by their
// first word and then their second: "27 تشرين الأول 2019".
var levantineMonths = map[string]map[string]time.Month{
	"تشرين": {"الأول": 10, "الاول": 10, "الثاني": 11},
	"كانون": {"الأول": 12, "الاول": 12, "الثاني": 1},
}

// weekdayNames maps lower-case weekday names to weekdays.
var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// monthAt returns the month named by the word at s[i] ("May", "Feb.",
// "September") and the index after it, including an abbreviation's dot.
func monthAt(s string, i int) (time.Month, int, bool) {
	if i >= len(s) || !isUpper(s[i]) && !isLower(s[i]) && s[i] < 0x80 {
		return 0, i, false
	}
	w := letterRun(s, i)
	if j := i + len(w); j < len(s) && s[j] >= 0x80 {
		// "Jänner", "März", "février", "août", "décembre": a month with a
		// letter outside ASCII.
		k := j
		for k < len(s) && (s[k] >= 0x80 || isLetter(s[k])) {
			k++
		}
		word := strings.ToLower(s[i:k])
		if m, ok := accentedMonths[word]; ok {
			if k < len(s) && s[k] == '.' && utf8.RuneCountInString(word) <= 4 {
				k++ // "févr.", "déc."
			}
			if k+1 < len(s) && s[k] == '/' && s[k+1] >= 0x80 {
				// "5 تموز/يوليو 2018": the month's Levantine and Egyptian
				// names
				e := k + 1
				for e < len(s) && s[e] >= 0x80 {
					e++
				}
				if _, ok := accentedMonths[s[k+1:e]]; ok {
					k = e
				}
			}
			return m, k, true
		}
		if second, ok := levantineMonths[word]; ok && k < len(s) && s[k] == ' ' {
			e := k + 1
			for e < len(s) && s[e] >= 0x80 {
				e++
			}
			if m, ok := second[s[k+1:e]]; ok {
				return m, e, true
			}
		}
		return 0, i, false
	}
	if len(w) < 3 || len(w) > 12 {
		return 0, i, false // "May" to "urtarrilaren" and "gashyantare"
	}
	var buf [12]byte
	for k := 0; k < len(w); k++ {
		buf[k] = w[k] | 0x20 // ASCII letters: lower case without allocating
	}
	m, ok := monthNames[string(buf[:len(w)])]
	if ok && !isUpper(s[i]) {
		ok = false // "may" is a verb: English months are capitalised
	}
	if !ok {
		if m, ok = foreignMonths[string(buf[:len(w)])]; !ok {
			return 0, i, false
		}
	}
	j := i + len(w)
	if j < len(s) && s[j] == '.' && len(w) <= 4 {
		j++
	}
	return m, j, true
}

// dayAt reads a day of month "7", "07", "31st" at s[i].
func dayAt(s string, i int) (int, int, bool) {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 3 {
		j++
	}
	if j == i || j-i > 2 || (j < len(s) && isDigit(s[j])) {
		return 0, i, false
	}
	d, _ := strconv.Atoi(s[i:j])
	if suf := strings.ToLower(letterRun(s, j)); suf == "st" || suf == "nd" || suf == "rd" || suf == "th" || suf == "er" && d == 1 {
		j += 2 // "21st", "1er mars" in French
	} else if welshOrdinals[suf] {
		j += len(suf) // "23ain Hydref 2019"
	} else if suf != "" {
		return 0, i, false
	}
	return d, j, d >= 1 && d <= 31
}

// welshOrdinals end a day's number in Welsh: "1af", "2il", "3ydd",
// "5ed", "7fed", "11eg", "21ain".
var welshOrdinals = wordSet(`af il ydd ed fed eg ain`)

// turkmenOrdinals end a day's number in Turkmen, after a hyphen: "3-nji",
// "6-njy".
var turkmenOrdinals = wordSet(`nji njy`)

// yearAt reads a four-digit year 1900–2099 at s[i].
func yearAt(s string, i int) (int, int, bool) {
	if i+4 > len(s) || !allDigits(s[i:i+4]) || (i+4 < len(s) && isWordByte(s[i+4])) {
		return 0, i, false
	}
	y, _ := strconv.Atoi(s[i : i+4])
	return y, i + 4, y >= 1900 && y <= 2099
}

// shortYearAt reads a year of two digits, "20" for 2020, that ends a
// numeric date: not followed by another digit, a slash or a letter.
func shortYearAt(s string, i int) (int, int, bool) {
	if i+2 > len(s) || !allDigits(s[i:i+2]) || i+2 < len(s) && (isWordByte(s[i+2]) || s[i+2] == '/') {
		return 0, i, false
	}
	y, _ := strconv.Atoi(s[i : i+2])
	return 2000 + y, i + 2, y < 70
}

// monthFirst reads a numeric date written month first, "3/2/20" for 2
// March 2020, as American pages do.
func monthFirst(s string) (time.Time, bool) {
	m, j, ok := numAt(s, 0, 2)
	if !ok || j >= len(s) || s[j] != '/' {
		return time.Time{}, false
	}
	d, k, ok := numAt(s, j+1, 2)
	if !ok || k >= len(s) || s[k] != '/' {
		return time.Time{}, false
	}
	y, e, ok := yearAt(s, k+1)
	if !ok {
		y, e, ok = shortYearAt(s, k+1)
	}
	if !ok || e != len(s) {
		return time.Time{}, false
	}
	t, ok := date(y, time.Month(m), d)
	if !ok {
		return time.Time{}, false
	}
	return t, true
}

// usTimeZones mark a line of an American page, whose numeric dates put
// the month first.
var usTimeZones = []string{" EST", " EDT", " ET", " CST", " CDT", " PST", " PDT", " MST", " MDT"}

// usTimeZone reports a line that gives one of usTimeZones.
func usTimeZone(l string) bool {
	for _, z := range usTimeZones {
		if i := strings.Index(l, z); i >= 0 && (i+len(z) == len(l) || !isLetter(l[i+len(z)])) {
			return true
		}
	}
	return false
}

// date builds a calendar date, failing when the day does not exist.
func date(y int, m time.Month, d int) (time.Time, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Year() == y && t.Month() == m && t.Day() == d
}

// ParseDate reads the first full date in s: "May 31, 2019", "September 07,
// 2018", "Feb. 17, 2020", "17 February 2020", "17/02/2020" (day first),
// "2020-02-21", "Published: 2020-02-21 14:03". A date without a year
// ("May 31st") is not a full date. It returns an error wrapping ErrBadDate
// when s holds none.
func ParseDate(s string) (time.Time, error) {
	if t, _, _, ok := findDate(s); ok {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%w: %q", ErrBadDate, s)
}

// findDate finds the first full date in s and returns it with its span.
func findDate(s string) (t time.Time, start, end int, ok bool) {
	for i := 0; i < len(s); i++ {
		if !atWordStart(s, i) && !(s[i] >= 0xC0 && (i == 0 || s[i-1] < 0x80 && !isLetter(s[i-1]) && !isDigit(s[i-1]))) {
			continue // (or a word in other letters, "Հոկտեմբեր 18, 2019")
		}
		if t, end, ok := dateAt(s, i); ok {
			return t, i, end, true
		}
	}
	return time.Time{}, 0, 0, false
}

// dateAt reads a full date starting at s[i].
func dateAt(s string, i int) (time.Time, int, bool) {
	if i >= len(s) {
		return time.Time{}, 0, false
	}
	if isDigit(s[i]) {
		// 2020-02-21, 2019/10/21, 2019.10.21
		if y, j, ok := yearAt(s, i); ok && j+6 <= len(s) && (s[j] == '-' || s[j] == '/' || s[j] == '.') && s[j+3] == s[j] &&
			allDigits(s[j+1:j+3]) && allDigits(s[j+4:j+6]) && (j+6 == len(s) || !isDigit(s[j+6])) {
			m, _ := strconv.Atoi(s[j+1 : j+3])
			d, _ := strconv.Atoi(s[j+4 : j+6])
			t, ok := date(y, time.Month(m), d)
			return t, j + 6, ok
		}
		// 17/02/2020, 17.02.2020, "10. 3. 2020": day first unless that
		// cannot be; 3/2/20 with a year of two digits after slashes.
		if a, j, ok := numAt(s, i, 2); ok && j < len(s) && (s[j] == '/' || s[j] == '.' || s[j] == '-') {
			sep := s[j]
			gap := 0 // "10. 3. 2020": a space after each dot
			if sep == '.' && j+2 < len(s) && s[j+1] == ' ' && isDigit(s[j+2]) {
				gap = 1
			}
			if b, k, ok := numAt(s, j+1+gap, 2); ok && k < len(s) && s[k] == sep && (gap == 0 || k+1 < len(s) && s[k+1] == ' ') {
				y, e, ok := yearAt(s, k+1+gap)
				if !ok && (sep == '/' || sep == '.' && gap == 0 && (k+3 >= len(s) || s[k+3] == ',' || s[k+3] == ' ')) {
					// "3/2/20"; "18.03.18, 16:45" on a Swiss page
					y, e, ok = shortYearAt(s, k+1)
				}
				if ok {
					d, m := a, b
					if m > 12 && d <= 12 {
						d, m = m, d
					}
					t, ok := date(y, time.Month(m), d)
					return t, e, ok
				}
			}
		}
		// "2019 m. liepos 5 d.": Lithuanian, the year, the month and the day
		if y, j, ok := yearAt(s, i); ok && strings.HasPrefix(s[j:], " m. ") {
			if m, k, ok := monthAt(s, j+len(" m. ")); ok && k+1 < len(s) && s[k] == ' ' {
				if d, e, ok := dayAt(s, k+1); ok && strings.HasPrefix(s[e:], " d.") {
					t, ok := date(y, m, d)
					return t, e + 3, ok
				}
			}
		}
		// "2019年10月24日": Japanese and Chinese, "2019년 10월 24일": Korean
		if j := i + 4; j <= len(s) && allDigits(s[i:j]) {
			y, _ := strconv.Atoi(s[i:j])
			for _, u := range [][3]string{{"年", "月", "日"}, {"년 ", "월 ", "일"}} {
				if !strings.HasPrefix(s[j:], u[0]) {
					continue
				}
				if m, k, ok := numAt(s, j+len(u[0]), 2); ok && strings.HasPrefix(s[k:], u[1]) {
					if d, e, ok := numAt(s, k+len(u[1]), 2); ok && strings.HasPrefix(s[e:], u[2]) {
						t, ok := date(y, time.Month(m), d)
						return t, e + len(u[2]), ok
					}
				}
			}
		}
		// "2019. július 4.": Hungarian, the year, the month and the day
		if y, j, ok := yearAt(s, i); ok && strings.HasPrefix(s[j:], ". ") {
			if m, k, ok := monthAt(s, j+2); ok && k+1 < len(s) && s[k] == ' ' {
				if d, e, ok := dayAt(s, k+1); ok && e < len(s) && s[e] == '.' {
					t, ok := date(y, m, d)
					return t, e + 1, ok
				}
			}
		}
		// "2019ko urriaren 17a": Basque, the year, the month and the day
		if y, j, ok := yearAt(s[:min(len(s), i+4)], i); ok && strings.HasPrefix(s[j:], "ko ") {
			if m, k, ok := monthAt(s, j+len("ko ")); ok && k+1 < len(s) && s[k] == ' ' {
				if d, e, ok := numAt(s, k+1, 2); ok {
					if strings.HasPrefix(s[e:], "an") {
						e += 2 // "17an", on the 17th
					} else if strings.HasPrefix(s[e:], "a") {
						e++
					}
					t, ok := date(y, m, d)
					return t, e, ok
				}
			}
		}
		// "2018. gada 6. jūlijā": Latvian, the year, the day and the month
		if y, j, ok := yearAt(s, i); ok && strings.HasPrefix(s[j:], ". gada ") {
			if d, k, ok := dayAt(s, j+len(". gada ")); ok && strings.HasPrefix(s[k:], ". ") {
				if m, e, ok := monthAt(s, k+2); ok {
					t, ok := date(y, m, d)
					return t, e, ok
				}
			}
		}
		// "2019 оны 01 сарын 16": Mongolian, the year, the month's number
		// and the day
		if y, j, ok := yearAt(s, i); ok && strings.HasPrefix(s[j:], " оны ") {
			m, k, ok := numAt(s, j+len(" оны "), 2)
			if ok && strings.HasPrefix(s[k:], "-р") {
				k += len("-р") // "2020 оны 9-р сарын 10": the ninth month
			}
			if ok && strings.HasPrefix(s[k:], " сарын ") {
				if d, e, ok := dayAt(s, k+len(" сарын ")); ok {
					t, ok := date(y, time.Month(m), d)
					return t, e, ok
				}
			}
		}
		// "2019 ခုနှစ်၊ အောက်တိုဘာလ 23 ရက်": Burmese, the year, the month
		// and the day
		if y, j, ok := yearAt(s, i); ok {
			if t, e, ok := burmeseDate(s, y, j); ok {
				return t, e, true
			}
		}
		// "2018-yil 20-mart": Uzbek, the year, then the day and the month
		if y, j, ok := yearAt(s, i); ok && strings.HasPrefix(s[j:], "-yil ") {
			if d, k, ok := dayAt(s, j+len("-yil ")); ok && k < len(s) && s[k] == '-' {
				if m, e, ok := monthAt(s, k+1); ok {
					t, ok := date(y, m, d)
					return t, e, ok
				}
			}
		}
		// 01-Mar-2020; Kyrgyz "13-сентябрь, 2019"; Turkmen "3-nji iýul,
		// 2018", the day with its ordinal's ending
		if d, j, ok := dayAt(s, i); ok && j < len(s) && s[j] == '-' {
			if suf := letterRun(s, j+1); turkmenOrdinals[suf] && strings.HasPrefix(s[j+1+len(suf):], " ") {
				if m, e, ok := monthAt(s, j+len(suf)+2); ok && strings.HasPrefix(s[e:], ", ") {
					if y, e, ok := yearAt(s, e+2); ok {
						t, ok := date(y, m, d)
						return t, e, ok
					}
				}
			}
			if m, e, ok := monthAt(s, j+1); ok && e < len(s) && s[e] == '-' {
				if y, e, ok := yearAt(s, e+1); ok {
					t, ok := date(y, m, d)
					return t, e, ok
				}
			} else if ok && strings.HasPrefix(s[e:], ", ") {
				if y, e, ok := yearAt(s, e+2); ok {
					t, ok := date(y, m, d)
					return t, e, ok
				}
			}
		}
		// "2 ก.ค. 2562": Thai, the day, the month and the Buddhist era's
		// year, 543 years ahead
		if d, j, ok := dayAt(s, i); ok && j < len(s) && s[j] == ' ' {
			if sp := strings.IndexByte(s[j+1:], ' '); sp > 0 {
				if m, ok := thaiMonths[s[j+1:j+1+sp]]; ok {
					k := j + 1 + sp + 1
					if k+4 <= len(s) && allDigits(s[k:k+4]) && (k+4 == len(s) || !isDigit(s[k+4])) {
						be, _ := strconv.Atoi(s[k : k+4])
						t, ok := date(be-543, m, d)
						return t, k + 4, ok
					}
				}
			}
		}
		// 17 February 2020; "22. Jänner 2020", the day with a full stop
		if d, j, ok := dayAt(s, i); ok {
			if j+1 < len(s) && s[j] == '.' && s[j+1] == ' ' {
				j++
			}
			dotted := j > 0 && s[j-1] == '.'
			k := skipDe(s, skipSpaceInline(s, j))
			m, e, ok := monthAt(s, k)
			if !ok && strings.HasPrefix(s[k:], "listopada ") {
				// October in Croatian, written after a day with its dot
				// ("18. listopada 2019."), November in Polish ("18
				// listopada 2019")
				m, e, ok = 11, k+len("listopada"), true
				if dotted {
					m = 10
				}
			}
			if !ok && (strings.HasPrefix(s[k:], "Out ") || strings.HasPrefix(s[k:], "out ")) {
				// "23 Out 2019": Portuguese October, which "broke out in"
				// must not be
				if _, _, year := yearAt(s, k+4); year {
					m, e, ok = 10, k+3, true
				}
			}
			if ok && k > j {
				k = skipDe(s, skipSpaceInline(s, e))
				if k < len(s) && s[k] == ',' {
					k = skipSpaceInline(s, k+1)
				}
				if y, e, ok := yearAt(s, k); ok {
					t, ok := date(y, m, d)
					return t, e, ok
				}
			}
		}
		return time.Time{}, i, false
	}
	// May 31, 2019 / Feb. 17 2020 / September 07, 2018 / February, 28, 2020
	m, j, ok := monthAt(s, i)
	if !ok {
		return time.Time{}, i, false
	}
	if j+1 < len(s) && s[j] == ',' && s[j+1] == ' ' {
		j++ // "February, 28, 2020"
	}
	if strings.HasPrefix(s[j:], " - ") {
		// "Mar - 04 - 2020": the parts between spaced hyphens
		if d, e, ok := dayAt(s, j+3); ok && strings.HasPrefix(s[e:], " - ") {
			if y, e, ok := yearAt(s, e+3); ok {
				t, ok := date(y, m, d)
				return t, e, ok
			}
		}
		return time.Time{}, i, false
	}
	k := skipSpaceInline(s, j)
	d, e, ok := dayAt(s, k)
	if !ok || k == j && s[j-1] != '.' { // "Feb.19,2020" glued after the abbreviation's dot
		return time.Time{}, i, false
	}
	k = e
	if k < len(s) && s[k] == '/' && k > j && s[j-1] == ',' {
		// "February, 19/2019 - 09:25": the day and the year after a slash
		if y, e, ok := yearAt(s, k+1); ok {
			t, ok := date(y, m, d)
			return t, e, ok
		}
	}
	if k < len(s) && s[k] == ',' {
		k++
	} else if strings.HasPrefix(s[k:], " - ") {
		k += 2 // "March 3 - 2020"
	}
	k2 := skipSpaceInline(s, k)
	if y, e, ok := yearAt(s, k2); ok && (k2 > k || s[k-1] == ',') {
		t, ok := date(y, m, d)
		return t, e, ok
	}
	return time.Time{}, i, false
}

// burmeseDate reads the rest of a Burmese date after its year y, which
// ends at s[j]: " ခုနှစ်၊ အောက်တိုဘာလ 23 ရက်".
func burmeseDate(s string, y, j int) (time.Time, int, bool) {
	const monthMark, dayMark = "လ", " ရက်"
	yearMark := " ခုနှစ်"
	if !strings.HasPrefix(s[j:], yearMark) {
		yearMark = " ပြည့်နှစ်" // "၂၀၂၀ ပြည့်နှစ်": the year, written in full
		if !strings.HasPrefix(s[j:], yearMark) {
			return time.Time{}, j, false
		}
	}
	k := j + len(yearMark)
	k += len(s[k:]) - len(strings.TrimPrefix(s[k:], "၊"))
	k = skipSpaceInline(s, k)
	e := k
	for e < len(s) && s[e] != ' ' {
		e++
	}
	m, ok := burmeseMonths[strings.TrimSuffix(s[k:e], monthMark)]
	if !ok || e == len(s) {
		return time.Time{}, j, false
	}
	d, end, ok := dayAt(s, e+1)
	if !ok {
		return time.Time{}, j, false
	}
	if strings.HasPrefix(s[end:], dayMark) {
		end += len(dayMark)
	}
	t, ok := date(y, m, d)
	return t, end, ok
}

// numAt reads 1 to max digits at s[i].
func numAt(s string, i, max int) (int, int, bool) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j == i || j-i > max {
		return 0, i, false
	}
	n, _ := strconv.Atoi(s[i:j])
	return n, j, true
}

// skipDe skips the "de " or "del " that Spanish and Portuguese dates put
// between the day, the month and the year ("3 de setembro de 2019"), and
// Maltese "ta’ " and Hausa "ga ".
func skipDe(s string, i int) int {
	for _, w := range []string{"de ", "del ", "ta’ ", "ta' ", "ga "} { // and Maltese "7 ta’ Lulju 2018", Hausa "3 ga Yuli, 2018"
		if strings.HasPrefix(s[i:], w) {
			return skipSpaceInline(s, i+len(w))
		}
	}
	return i
}

// formatDate writes t as YYYY-MM-DD, or "" for the zero time.
func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// asciiDigits writes the decimal digits of other scripts in s as ASCII
// ones, so that a date line in them reads: Arabic-Indic "٢٧ تشرين الأول
// ٢٠١٩", Persian "۲۷", Burmese "၂၀၁၉", Devanagari "२०२०".
func asciiDigits(s string) string {
	if !strings.ContainsFunc(s, foreignDigit) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if foreignDigit(r) {
			return '0' + digitValue(r)
		}
		return r
	}, s)
}

// foreignDigit reports a decimal digit outside ASCII.
func foreignDigit(r rune) bool { return r > 0x7f && unicode.IsDigit(r) }

// digitValue returns the value of the decimal digit r. Unicode puts each
// script's ten digits in a run from its zero, and each run of the Nd table
// starts at a zero.
func digitValue(r rune) rune {
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return (r - rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return (r - rune(rg.Lo)) % 10
		}
	}
	return 0
}

// lastOnOrBefore returns day d of month m in the last year that puts it
// on or before pub: "20 January" in an article of March 2018 is 20
// January 2018, in one of January 2018 it is 20 January 2017.
func lastOnOrBefore(pub time.Time, m time.Month, d int) time.Time {
	t := time.Date(pub.Year(), m, d, 0, 0, 0, 0, time.UTC)
	if t.After(pub) {
		t = time.Date(pub.Year()-1, m, d, 0, 0, 0, 0, time.UTC)
	}
	return t
}
