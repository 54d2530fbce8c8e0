package corpus

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lineAction says what the parser does with a line of outlet furniture.
type lineAction int

const (
	keepLine    lineAction = iota
	dropLine               // skip this line
	dropBlock              // skip the whole paragraph the line is in
	dropRest               // skip this line and the rest of its paragraph
	startFooter            // skip this line and everything after it
)

// boilerRule is one kind of outlet furniture, recognised by a phrase at the
// start of a line (prefix) or anywhere in its first bytes (contains).
type boilerRule struct {
	name     string
	phrase   string // lower case
	prefix   bool   // the line must start with phrase; otherwise contain it
	action   lineAction
	maxWords int // the line has at most this many words; 0: any length
}

// boilerRules recognise navigation, promotion, link and footer lines in
// the layouts outlets use. They are about the furniture of news pages, not
// about any particular article.
var boilerRules = []boilerRule{
	// A heading alone on its line ("RELATED TOPICS", "Related Articles")
	// over a list of linked headlines, one per line.
	{"related block", "related articles", true, dropRest, 2},
	// "Read also:" alone over linked headlines, in Swedish, Northern
	// Sami, Latvian and Lithuanian: "Läs också:", "Loga maid:", "Lasiet
	// arī:", "Skaitykite taip pat:"
	{"related block", "läs också", true, dropRest, 2},
	{"related block", "les også", true, dropRest, 2},       // Norwegian
	{"related block", "oxşar xəbərlər", true, dropRest, 2}, // Azerbaijani "similar news"
	{"related block", "loga maid", true, dropRest, 2},
	{"related block", "lasiet arī", true, dropRest, 2},
	{"related block", "skaitykite taip pat", true, dropRest, 3},
	{"related block", "mehr zum thema", true, dropRest, 3}, // German: "more on this"
	{"related block", "sur le même sujet", true, dropRest, 4},
	{"related block", "sur le même thème", true, dropRest, 5},
	{"related block", "related topics", true, dropRest, 2},
	{"related block", "related stories", true, dropRest, 2},
	{"related block", "related news", true, dropRest, 2},
	{"related block", "related content", true, dropRest, 2},
	{"related block", "more stories", true, dropRest, 2},
	{"related block", "related coverage", true, dropRest, 2},
	{"related block", "related reading", true, dropRest, 2},
	{"related block", "related links", true, dropRest, 2},
	{"related block", "more news", true, dropRest, 2},
	{"related block", "related", true, dropRest, 1},
	{"related block", "related posts", true, dropRest, 2},
	{"related block", "more from", true, dropRest, 6}, // "More from Middle East & Africa"
	{"related block", "more in ", true, dropRest, 4},  // "MORE IN WORLD" over headlines
	{"related block", "articles in this story", true, dropRest, 4},
	{"related block", "in this story", true, dropRest, 3},
	// An audio player's line: "Listen: 4:12 | Audio version aired on KDVS
	// News, 5 p.m.", "Listen to this article".
	{"audio", "listen:", true, dropLine, 14},
	{"audio", "listen to this", true, dropLine, 8},
	{"audio", "audio version", false, dropLine, 14},
	// A comment counter and its prompt: "Comments 4", "Write a comment...".
	{"comments", "comments", true, dropLine, 2},
	{"comments", "write a comment", true, dropLine, 4},
	{"comments", "leave a comment", true, dropLine, 4},
	{"comments", "welcomes comments", false, dropLine, 16}, // "Sudan Tribune welcomes comments. Please keep them civil."
	{"related block", "most read", true, dropRest, 2},
	{"related block", "most viewed", true, dropRest, 4},  // "MOST VIEWED IN WORLD"
	{"related block", "most popular", true, dropRest, 4}, // "Most Popular in World"
	{"related block", "more reading", true, dropRest, 2},
	{"related block", "trending", true, dropRest, 1},         // "TRENDING" over headlines
	{"related block", "related ", true, dropRest, 4},         // "Related UPI Stories" over headlines
	{"related block", "more information", true, dropRest, 2}, // "More information" over related stories
	{"related block", "read also", true, dropRest, 2},        // "READ ALSO" over a list of headlines
	{"related block", "also read", true, dropRest, 2},
	{"related block", "also see", true, dropRest, 2}, // "Also See" over linked headlines
	{"related block", "see also", true, dropRest, 2},
	{"related block", "lire aussi", true, dropRest, 2},        // "Lire aussi" alone over a headline
	{"related block", "lire aussi :", true, dropRest, 3},      // with French spacing before the colon
	{"related block", "sur le même sujet", true, dropRest, 5}, // French "on the same subject" over headlines
	// An outlet's postal or phone contact line under the story: "Samoa
	// Observer, Vaitele Street, P.O. Box 1572, Apia | Phone: (685) 21099".
	{"contact line", "| phone:", false, dropLine, 20},
	{"contact line", "| tel:", false, dropLine, 20},
	{"contact line", "| tel.:", false, dropLine, 20},
	{"contact line", "p.o. box", false, dropLine, 20},
	// "Read more:" or "Related:" alone on its line heads a list of linked
	// headlines, one per line, like "Related Articles".
	{"related block", "read more", true, dropRest, 2},
	{"related block", "related:", true, dropRest, 1},
	{"download", "download", true, dropLine, 8}, // "Download the full report (PDF, 14 pages)"
	{"related block", "you may also like", true, dropRest, 4},
	{"related block", "also on ", true, dropRest, 6}, // "Also on Times of Oman:"
	{"related block", "you might also like", true, dropRest, 4},
	{"related link", "**related", true, dropLine, 0},
	{"related link", "related article", true, dropLine, 0},
	{"related link", "related:", true, dropLine, 0},
	{"related link", "related news", true, dropLine, 0},
	{"related link", "read more", true, dropLine, 0},
	{"related link", "read also", true, dropLine, 0},
	{"related link", "also in the news", true, dropLine, 0},
	{"related link", "also see:", true, dropLine, 0}, // "Also see: 5 reasons the Bekaa camps flood every winter"
	{"related link", "see also:", true, dropLine, 0},
	// the same in the languages of translated pages: "Les også:", "Läs
	// också:", "Lesen Sie auch:", "Lees ook:", "Leggi anche:"
	{"related link", "les også", true, dropLine, 0},
	{"related link", "læs også", true, dropLine, 0},
	{"related link", "läs också", true, dropLine, 0},
	{"related link", "lesen sie auch", true, dropLine, 0},
	{"related link", "lees ook", true, dropLine, 0},
	{"related link", "leggi anche", true, dropLine, 0},
	{"related link", "lea también", true, dropLine, 0},
	{"related link", "lee también", true, dropLine, 0},
	{"related link", "lee mós", true, dropLine, 0},          // Tetum "read more"
	{"related link", "aqra wkoll", true, dropLine, 0},       // Maltese "read also"
	{"related link", "mehr zum thema:", true, dropLine, 0},  // German "more on this" over one headline
	{"related link", "оврзани вести", false, dropLine, 20},  // Macedonian "Поврзани вести:" (Cyrillic capitals are not lowered)
	{"related link", "олбоотой мэдээ", false, dropLine, 20}, // Mongolian "Холбоотой мэдээ:"
	{"related link", "לקריאה נוספת", true, dropLine, 0},     // Hebrew "further reading"
	{"related link", "leia também", true, dropLine, 0},
	{"related link", "sigue leyendo", true, dropLine, 0},
	{"related block", "pročitajte još", true, dropRest, 3}, // Bosnian, Croatian, Serbian "read more" over headlines
	{"related block", "procitajte jos", true, dropRest, 3},
	{"related link", "ще от ", false, dropLine, 4}, // Bulgarian "Още от Труд:", more from the outlet (Cyrillic capitals are not lowered)
	{"related link", "leia mais", true, dropLine, 0},
	{"related link", "read next", true, dropLine, 0},
	{"related link", "go deeper:", true, dropLine, 0},
	{"related link", "lire aussi", false, dropLine, 20},      // "À lire aussi :" (the capital À is not lowered)
	{"related link", "lire également", false, dropLine, 20},  // "À lire également : ..."
	{"related link", "sur le même sujet", true, dropLine, 0}, // French "on the same subject", over headlines
	{"related link", "sur le même thème", true, dropLine, 0},
	{"related link", "correlati:", true, dropLine, 0},    // Italian "related"
	{"related link", "קראו עוד", true, dropLine, 0},      // Hebrew "read more"
	{"related link", "soma ne bino:", true, dropLine, 0}, // Luganda "read also"
	{"related link", "noticias relacionadas", true, dropLine, 0},
	{"related link", "ιαβάστε ακόμη", false, dropLine, 20}, // Greek "Διαβάστε ακόμη:" ("read more"; the capital Δ is not lowered)
	{"related link", "pānui anō:", true, dropLine, 0},      // Māori "read more"
	{"related link", "dans la même rubrique", true, dropLine, 0},
	{"related link", "sobre el mismo tema", true, dropLine, 0},
	{"related link", "sullo stesso argomento", true, dropLine, 0},
	{"related link", "karanta kuma", true, dropLine, 0},          // Hausa "read also"
	{"related link", "tengdar fréttir", true, dropLine, 0},       // Icelandic "related news"
	{"related link", "ще по темата", false, dropLine, 20},        // Bulgarian "Още по темата:" ("more on the topic")
	{"newsletter", "бонирайте се", false, dropLine, 20},          // Bulgarian "Абонирайте се за бюлетина на 24 часа"
	{"newsletter", "бонамент за", false, dropLine, 20},           // Bulgarian "Абонамент за вестника: 6,90 лв. на месец"
	{"related block", "lgili haberler:", false, dropRest, 3},     // Turkish "İlgili haberler:" over a list of headlines
	{"related link", "lgili haberler", false, dropLine, 20},      // Turkish "İlgili haberler:" (the capital İ is not lowered)
	{"related link", "prečítajte si", true, dropLine, 0},         // Slovak "read also"
	{"related link", "přečtěte si", true, dropLine, 0},           // Czech
	{"related link", "související:", true, dropLine, 0},          // Czech "related:"
	{"related link", "súvisiace články", true, dropLine, 0},      // Slovak "related articles"
	{"related block", "taip pat skaitykite", true, dropRest, 3},  // Lithuanian "also read" over headlines
	{"related block", "habari zinazohusiana", true, dropRest, 3}, // Swahili "related news" over headlines
	{"related link", "ተዛማጅ ዜና", true, dropLine, 0},               // Amharic "related news"
	{"related link", "czytaj także", true, dropLine, 0},          // Polish
	{"related link", "czytaj też", true, dropLine, 0},
	{"related link", "citește și", true, dropLine, 0}, // Romanian
	{"related link", "citiți și", true, dropLine, 0},
	{"related link", "soma pia", true, dropLine, 0},         // Swahili "read also"
	{"related link", "soma nanone", true, dropLine, 0},      // Kinyarwanda
	{"related link", "preberite še", true, dropLine, 0},     // Slovene
	{"related link", "susiję", true, dropLine, 0},           // Lithuanian "related"
	{"related link", "povezane vesti", true, dropLine, 0},   // Serbian "related news"
	{"related link", "les eisini", true, dropLine, 0},       // Faroese "read also"
	{"related link", "llegeix també", true, dropLine, 0},    // Catalan
	{"related link", "máis información", true, dropLine, 0}, // Galician
	{"related link", "итайте также", false, dropLine, 20},   // Russian "Читайте также:" (Cyrillic capitals are not lowered)
	{"related link", "بیشتر بخوانید", true, dropLine, 0},    // Persian "read more"
	{"related link", "loe ka", true, dropLine, 0},           // Estonian
	{"related link", "pročitajte još", true, dropLine, 0},
	{"related link", "darllenwch fwy", true, dropLine, 0}, // Welsh
	{"related link", "leé también", true, dropLine, 0},
	{"related link", "relacionad", true, dropLine, 0},            // "Relacionadas:", "Relacionado:"
	{"related link", "lexo edhe", true, dropLine, 0},             // Albanian "read also"
	{"related link", "weitere artikel:", true, dropLine, 0},      // German "more articles"
	{"related link", "weiterlesen:", true, dropLine, 0},          // German "read on"
	{"related link", "also in this edition:", true, dropLine, 0}, // a weekly's other stories
	{"related link", "you might also like:", true, dropLine, 0},  // a linked headline after the label
	{"related link", "you may also like:", true, dropLine, 0},
	{"related link", "baca juga", true, dropLine, 0},              // Indonesian "read also"
	{"related link", "notícies relacionades", true, dropLine, 0},  // Catalan "related news"
	{"related link", "inkuru bifitanye isano", true, dropLine, 0}, // Kinyarwanda "related stories"
	{"related link", "関連記事", true, dropLine, 0},                   // Japanese "related articles"
	{"related link", "相关新闻", true, dropLine, 0},                   // Chinese "related news"
	{"related link", "관련기사", true, dropLine, 0},                   // Korean "related articles"
	{"related link", "lexo më shumë", true, dropLine, 0},          // Albanian "read more"
	{"related link", "прочетете още", true, dropLine, 0},          // Bulgarian "read more"
	{"related link", "bixwîne:", true, dropLine, 0},               // Kurdish "read"
	{"related link", "more local news", true, dropLine, 0},
	{"related link", "més notícies", true, dropLine, 0},      // Catalan
	{"related link", "shuningdek o‘qing", true, dropLine, 0}, // Uzbek
	{"related link", "shuningdek o'qing", true, dropLine, 0},
	{"related link", "pročitajte i", true, dropLine, 0},
	{"related link", "lue myös", true, dropLine, 0},            // Finnish
	{"related link", "les meir:", true, dropLine, 0},           // Norwegian Nynorsk "read more"
	{"related link", "les mer:", true, dropLine, 0},            // Norwegian Bokmål (not "Les Mercer")
	{"related link", "léigh freisin", true, dropLine, 0},       // Irish "read also"
	{"related link", "tengt efni", true, dropLine, 0},          // Icelandic "related material"
	{"related link", "related fact-checks", true, dropLine, 0}, // a fact-checker's other checks
	{"related link", "lês ek", true, dropLine, 0},              // Frisian
	{"related link", "olvassa el", true, dropLine, 0},          // Hungarian
	{"related link", "ასევე წაიკითხეთ", true, dropLine, 0},     // Georgian
	{"related link", "saistītie raksti", true, dropLine, 0},    // Latvian "related articles"
	{"related link", "прочитај и", true, dropLine, 0},          // Macedonian "read also"
	{"related link", "прочитајте и", true, dropLine, 0},        // Macedonian, formal
	{"related link", "lasi arī", true, dropLine, 0},            // Latvian
	{"related link", "skaitykite taip pat", true, dropLine, 0}, // Lithuanian
	{"related link", "čtěte také", true, dropLine, 0},          // Czech
	{"related link", "прочитајте још", true, dropLine, 0},      // Serbian
	{"related link", "lestu einnig", true, dropLine, 0},        // Icelandic
	{"related link", "bekijk ook", true, dropLine, 0},          // Dutch
	{"related link", "se også", true, dropLine, 0},             // Danish, Norwegian
	{"related link", "կարդացեք նաև", true, dropLine, 0},        // Armenian
	{"related link", "taip pat skaitykite", true, dropLine, 0}, // Lithuanian
	{"related link", "don't miss", true, dropLine, 0},
	{"related link", "don’t miss", true, dropLine, 0},
	{"related link", "more from this", true, dropLine, 0}, // "More from this issue: Ten charts that ..."
	{"related link", "related story:", true, dropLine, 0},
	{"related link", "related stories", true, dropLine, 0},
	// A correction or editor's note under the story is about the story,
	// not part of it: its figures are the ones it corrects.
	{"editor's note", "correction:", true, dropBlock, 0},
	{"editor's note", "editor's note:", true, dropBlock, 0},
	{"editor's note", "editor’s note:", true, dropBlock, 0},
	{"editor's note", "this article was corrected", true, dropBlock, 0},
	{"editor's note", "this story was corrected", true, dropBlock, 0},
	{"editor's note", "this article has been corrected", true, dropBlock, 0},
	{"editor's note", "this story has been corrected", true, dropBlock, 0},
	{"editor's note", "an earlier version of this", true, dropBlock, 0},
	{"editor's note", "correction,", true, dropBlock, 0},  // "Correction, 23/01/2020: ..."
	{"editor's note", "correction (", true, dropBlock, 0}, // "Correction (23 January 2020): ..."
	{"editor's note", "clarification:", true, dropBlock, 0},
	{"editor's note", "(corrects ", true, dropBlock, 0},  // "(Corrects paragraph 5 to show 575,000 children, not 557,000)"
	{"editor's note", "*korrektur:", true, dropBlock, 0}, // German, in italics
	{"editor's note", "korrektur:", true, dropBlock, 0},
	{"editor's note", "correction :", true, dropBlock, 0}, // French spacing
	{"editor's note", "rectificatif", true, dropBlock, 0},

	{"related link", "also read", true, dropLine, 0},
	{"related link", "διαβάστε επίσης", true, dropLine, 0},    // Greek "read also"
	{"related link", "lasiet arī", true, dropLine, 0},         // Latvian "read also"
	{"related link", "te puede interesar", true, dropLine, 0}, // Spanish "you may be interested"
	{"related link", "povezano:", true, dropLine, 0},          // Croatian and Bosnian "related"
	{"related link", "preberite tudi", true, dropLine, 0},     // Slovene "read also"
	{"related link", "irakurri ere", true, dropLine, 0},       // Basque "read also"
	{"related link", "kapcsolódó", true, dropLine, 0},         // Hungarian "related"
	{"related link", "lgili:", false, dropLine, 20},           // Turkish "İlgili:" (the capital İ is not lowered)
	{"related link", "اقرأ أيضا", true, dropLine, 0},          // Arabic "read also" ("اقرأ أيضاً")
	{"related link", "see also", true, dropLine, 0},
	{"related link", "more on this", true, dropLine, 0},
	{"related link", "you may also like", true, dropLine, 0},
	{"related link", "recommended", true, dropLine, 4},
	{"related link", "recommended from", true, dropLine, 0}, // "Recommended from Editorial: 2,500 turn out for ..."
	{"advert", "annonce :", true, dropLine, 0},              // "Annonce : À louer, appartement 4 pièces ... 90 000 MRU par mois."
	{"advert", "- advertisement", true, dropLine, 0},
	{"advert", "advertisement", true, dropLine, 3},
	{"advert", "sponsored", true, dropLine, 3},
	{"newsletter", "subscribe", true, dropLine, 12},
	{"newsletter", "abonē ", true, dropLine, 12},         // Latvian "subscribe": "Abonē Dienu: pirmais mēnesis par 1 eiro."
	{"newsletter", "abbonati ", true, dropLine, 16},      // Italian: "Abbonati a Il Secolo XIX: 1 euro al mese per i primi 3 mesi."
	{"newsletter", "suscríbase", true, dropLine, 16},     // Spanish: "Suscríbase a la edición digital por B/.4.99 al mes."
	{"newsletter", "naročite se", true, dropLine, 16},    // Slovene
	{"newsletter", "előfizetés", false, dropLine, 16},    // Hungarian: "Előfizetés havi 1490 forinttól.", "Digitális előfizetés havi 2490 Ft-tól"
	{"newsletter", "abonneer u", true, dropLine, 16},     // Dutch, formal
	{"newsletter", "podržite", true, dropLine, 16},       // Serbian "support": "Podržite nezavisno novinarstvo – pretplata od 299 dinara"
	{"newsletter", "berlangganan", true, dropLine, 20},   // Indonesian: "Berlangganan koran digital Bali Post: Rp 60.000 per bulan."
	{"newsletter", "pretplatite se", true, dropLine, 20}, // Croatian, Serbian "subscribe": "Pretplatite se na tiskano izdanje: 12 mjeseci za 990 kuna."
	{"newsletter", "předplaťte", true, dropLine, 20},     // Czech
	{"newsletter", "prenumeruj", true, dropLine, 20},     // Polish
	{"newsletter", "prenumeruokite", true, dropLine, 20}, // Lithuanian: "Prenumeruokite naujienlaiškį – siųskite SMS ... numeriu 1234"
	{"newsletter", "abonează-te", true, dropLine, 20},    // Romanian
	{"newsletter", ": tilaa ", false, dropLine, 16},      // Finnish: "Tue laadukasta journalismia: tilaa IL Plus 1 € / kk"
	{"newsletter", "tilaa ", true, dropLine, 16},         // "Tilaa Kalevan uutiskirje – ensimmäinen kuukausi 0 euroa."
	// "Support independent Palestinian journalism – subscribe for 20 NIS a
	// month.", "... is independent and reader-funded. Become a member from
	// S/ 15 a month.", "Support the Guardian. Donate from Rs. 500."
	{"donation", "support independent", true, dropLine, 20},
	{"donation", "ajude ", true, dropLine, 20},                   // Portuguese "help": "Ajude a Terra Nova: assinatura anual 1.500 escudos."
	{"newsletter", "assinatura", false, dropLine, 20},            // Portuguese "subscription"
	{"donation", "support local journalism", true, dropLine, 25}, // "Support local journalism: send KSh 100 via M-Pesa to Paybill 555100."
	{"donation", "поддржете", true, dropLine, 20},                // Macedonian "support": "Поддржете го Сител: СМС донација од 100 денари."
	{"donation", "støtt ", true, dropLine, 20},                   // Norwegian "support": "Støtt uavhengig journalistikk: Vipps et beløp til 512 34"
	{"donation", "reader-funded", false, dropLine, 20},
	{"donation", "lahjoita", true, dropLine, 25},   // Finnish "donate": "Lahjoita: ... tekstiviesti SPR20 numeroon 16499 (20 €)"
	{"donation", "támogassa", true, dropLine, 20},  // Hungarian "support": "Támogassa ...! Adományvonal: 13600 (hívásonként 500 Ft)"
	{"donation", "shyigikira", true, dropLine, 20}, // Kinyarwanda "support": "Shyigikira itangazamakuru ryigenga: tanga guhera kuri 1,000 Frw."
	{"donation", "donate from", false, dropLine, 20},
	{"newsletter", "subscribe to ", true, dropLine, 30}, // "Subscribe to X PLUS to get access to ... for only ₱1 a day."
	{"newsletter", "sign up", true, dropLine, 25},
	{"newsletter", "newsletter", false, dropLine, 20},    // "Get the Essential San Diego newsletter for the top 5 stories every weekday morning."
	{"newsletter", "in your inbox", false, dropLine, 25}, // "Get Maariv's top 5 stories in your inbox every morning at 7:00."
	{"newsletter", "abonnez-vous", false, dropLine, 30},  // "Recevez la newsletter du Matin | Abonnez-vous à partir de 30 DH par mois"
	{"newsletter", "abonnieren", false, dropLine, 30},
	{"newsletter", "assine", true, dropLine, 20},           // Portuguese "subscribe": "Assine a Carta: 1.500 MT por mês."
	{"newsletter", "jiandikishe", true, dropLine, 25},      // Swahili "sign up"
	{"newsletter", "jiunge na jarida", true, dropLine, 25}, // Swahili "join our newsletter"
	{"newsletter", "suscríbete", true, dropLine, 25},
	{"newsletter", "abonnement annuel", true, dropLine, 12}, // "Abonnement annuel : 3 000 MRU."
	{"newsletter", "prenumerera", false, dropLine, 25},      // Swedish: "Stöd HBL:s journalistik – prenumerera från 9,90 euro i månaden."
	{"newsletter", "subscribe to our", false, dropLine, 40},
	{"newsletter", "gift article", false, dropLine, 40}, // "Subscribers may share up to 10 articles using the gift article service"
	{"share", "share this", true, dropLine, 0},
	{"share", "posted by", true, dropLine, 20},           // "Posted by: YL Editor in Lebanon News, Refugees, Syria | 2 Comments"
	{"licence", "creative commons", false, dropLine, 30}, // "sob a Licença Creative Commons Atribuição 3.0 Brasil"
	{"share", "start a conversation", true, dropLine, 4},
	{"share", "share on", true, dropLine, 0},
	{"share", "share or comment", true, dropLine, 0}, // "Share or comment on this article: e-mail | 412 shares"
	{"share", "follow us", true, dropLine, 0},
	{"share", "click here", true, dropLine, 0},
	{"tags", "tags:", true, dropLine, 0},
	{"tags", "topics:", true, dropLine, 0},
	{"credit", "photo:", true, dropLine, 0},
	{"credit", "picture:", true, dropLine, 0},
	{"credit", "picha:", true, dropLine, 0},  // Swahili
	{"credit", "nuotr.", true, dropLine, 0},  // Lithuanian "photo"
	{"credit", "photo :", true, dropLine, 0}, // French spacing
	{"credit", "foto:", true, dropLine, 0},
	{"credit", "снимка:", true, dropLine, 0}, // Bulgarian "photo"
	{"credit", "foto :", true, dropLine, 0},
	{"credit", "fotó:", true, dropLine, 0},
	{"credit", "bild:", true, dropLine, 0},
	{"credit", "imagen:", true, dropLine, 0},
	{"credit", "imagem:", true, dropLine, 0},
	{"credit", "ritratt:", true, dropLine, 0},
	{"advert", "advertise with us", true, dropLine, 20}, // "Advertise with us from 500,000 kip a week."
	{"credit", "image:", true, dropLine, 0},
	{"credit", "credit:", true, dropLine, 0},
	{"credit", "caption:", true, dropLine, 0},
	{"credit", "file photo", true, dropLine, 0},
	{"breadcrumb", "home ›", true, dropLine, 0},
	{"breadcrumb", "home >", true, dropLine, 0},
	{"breadcrumb", "home »", true, dropLine, 0},
	{"breadcrumb", "home /", true, dropLine, 0},
	{"cookie", "cookie", false, dropBlock, 0},
	{"cookie", "vafrakök", false, dropBlock, 0},          // Icelandic: "Við notum vafrakökur til að ..."
	{"cookie", "informasjonskapsl", false, dropBlock, 0}, // Norwegian: "Vi bruker informasjonskapsler for å ..."
	{"donation", "before you go", true, startFooter, 0},
	{"donation", "help us", true, startFooter, 0},
	{"donation", "please support", true, startFooter, 0},
	{"donation", "please donate", true, startFooter, 0},
	{"donation", "abonneer je", true, startFooter, 0}, // Dutch "subscribe"
	{"donation", "word abonnee", true, startFooter, 0},
	{"donation", "helfen sie mit", true, startFooter, 0}, // German: "help out: €30 pays for ..."
	{"donation", "support our", true, startFooter, 0},
	{"donation", "become a member", true, startFooter, 0},
	{"donation", "become a supporter", true, startFooter, 0},
	{"donation", "donate", true, startFooter, 12},
	{"donation", "apoye ", true, dropLine, 25},    // Spanish "support ...: done desde ₡5.000 al mes"
	{"donation", "apoie", true, dropLine, 25},     // Portuguese "support ...: contribua a partir de 100 dobras por mês"
	{"donation", "paremkite", true, dropLine, 25}, // Lithuanian "support ...: tik 5 eurai per mėnesį"
	{"donation", "to donate", true, dropLine, 30}, // "To donate to the charity's appeal: €20 buys a school kit for one child."
	{"donation", "small favor to ask", false, startFooter, 0},
	{"donation", "small favour to ask", false, startFooter, 0},
	{"donation", "support independent journalism", false, startFooter, 0},
	{"donation", "make a donation", false, startFooter, 0},
	{"donation", "donate now", false, startFooter, 0},
	{"donation", "not ready to support", true, startFooter, 0},
	{"donation", "remind me later", true, dropLine, 0},
	{"donation", "payment methods", true, dropLine, 4},
	{"donation", "paiment methods", true, dropLine, 4},
	// After the appeals that end a story: "Support Mihaaru's reporting -
	// donate MVR 100 today.", "Support the Red Cross appeal: give P50 by
	// Orange Money to 16 155."
	{"donation", "donate ", false, dropLine, 14},
	{"donation", "appeal: give", false, dropLine, 20},
	{"donation", "ku tallafa", true, dropLine, 20},                    // Hausa "support": "Ku tallafa wa Aminiya: biyan kudi daga N200 a wata."
	{"donation", "soutenez ", true, dropLine, 20},                     // "Soutenez Quid : abonnement premium à partir de 20 DH par mois."
	{"newsletter", "suscribite", true, dropLine, 16},                  // Rioplatense "subscribe": "Suscribite a El Observador desde $U 190 por mes."
	{"advert", "win a ", true, dropLine, 16},                          // "Win a weekend for two at a Jebel Akhdar resort – enter by 12 March."
	{"donation", "stort op ", true, dropLine, 16},                     // Dutch "deposit to": "Stort op BE12 3456 7890 1234 van 11.11.11."
	{"newsletter", "prøv ", false, dropLine, 12},                      // Norwegian "try": "Få nyhetsbrevet vårt! Prøv fvn+ i 30 dager for kr 1."
	{"newsletter", "subscription costs", false, dropLine, 20},         // "Help our community journalism: a one-year subscription costs P1,200."
	{"donation", "independent journalism costs", false, dropLine, 25}, // "Support X: independent journalism costs money. Donate Le 100,000 or $10 today via Orange Money."
	{"footer", "original url", true, startFooter, 0},
	{"footer", "source url", true, startFooter, 0},
	{"footer", "first published at", false, startFooter, 20},
	{"footer", "originally published at", false, startFooter, 20},
	{"footer", "originally published on", false, startFooter, 20},
	{"footer", "article url", true, startFooter, 0},
	{"footer", "story url", true, startFooter, 0},
	{"footer", "url:", true, startFooter, 3},
	{"footer", "link:", true, startFooter, 3},
	{"footer", "permalink", true, startFooter, 3},
	{"credit", "contributed to this report", false, dropLine, 40},
	{"credit", "contributed to this story", false, dropLine, 40},
	{"credit", "contributed to this article", false, dropLine, 40},
	{"credit", "contributed reporting", false, dropLine, 40},
	{"credit", "additional reporting by", true, dropLine, 40},
	{"credit", "reporting by", true, dropLine, 40},
	{"credit", "(reporting by", true, dropLine, 40}, // "(Reporting by ...; Writing by Reuters Ankara bureau; Editing by ...)"
	{"credit", "editing by", true, dropLine, 40},
	{"credit", "writing by", true, dropLine, 40},
	{"credit", "compiled by", true, dropLine, 40},
	{"footer", "original article", true, startFooter, 0},
	{"footer", "this article appeared in", true, startFooter, 0}, // "... in the print edition under the headline"
	// A release's notes for editors and the organisation's boilerplate.
	{"footer", "notes to editors", true, startFooter, 4},
	{"footer", "note to editors", true, startFooter, 4},
	{"footer", "notes for editors", true, startFooter, 4},
	{"footer", "note for editors", true, startFooter, 4},
	{"footer", "©", true, startFooter, 0},
	{"footer", "(c) ", true, startFooter, 0},
	{"footer", "copyright", true, startFooter, 0},
	{"footer", "all rights reserved", false, startFooter, 0},
}

// boilerPhrases are the rules' phrases as bytes.
var boilerPhrases = func() [][]byte {
	out := make([][]byte, len(boilerRules))
	for i, r := range boilerRules {
		out[i] = []byte(r.phrase)
	}
	return out
}()

// maxBoilerRules bounds the rule table: classifyLine keeps a bit per rule
// on its stack.
const maxBoilerRules = 512

// boilerByFirst lists, for each first byte of a lowered line, the indices
// in boilerRules order of the rules that can match it: the prefix rules whose
// phrase starts with that byte and every contains rule. boilerNoLetter
// lists the contains rules, for an empty line.
var boilerByFirst, boilerNoLetter = func() (by [256][]uint16, contains []uint16) {
	if len(boilerRules) > maxBoilerRules {
		panic("corpus: more boilerRules than classifyLine has bits for: raise maxBoilerRules")
	}
	for i, r := range boilerRules {
		if !r.prefix {
			contains = append(contains, uint16(i))
		}
	}
	for c := range by {
		for i, r := range boilerRules {
			if !r.prefix || r.phrase[0] == byte(c) {
				by[c] = append(by[c], uint16(i))
			}
		}
	}
	return by, contains
}()

// containsByFirst lists, for each byte, the contains rules whose phrase
// starts with it; containsBigrams has a bit set for the first two bytes
// of each, so that most positions of a line are passed over at once.
var containsByFirst, containsBigrams = func() (by [256][]uint16, bigrams [1 << 16 / 64]uint64) {
	for i, r := range boilerRules {
		if !r.prefix {
			if len(r.phrase) < 2 {
				panic("corpus: a contains rule needs a phrase of two bytes or more: " + r.phrase)
			}
			by[r.phrase[0]] = append(by[r.phrase[0]], uint16(i))
			k := uint16(r.phrase[0])<<8 | uint16(r.phrase[1])
			bigrams[k/64] |= 1 << (k % 64)
		}
	}
	return by, bigrams
}()

// appealWords mark the paragraphs of a donation appeal that come before
// the line that gave it away ("Donate now"): they are removed with it.
var appealWords = []string{"donat", "paywall", "a gift of", "support us", "support our",
	"independent journalism", "independent reporting", "our reporting", "our journalism",
	"contribution", "costs money", "your support", "our correspondents", "our newsroom",
	"make a gift", "membership"}

// isAppeal reports a paragraph that reads like a donation appeal.
func isAppeal(p string) bool {
	low := strings.ToLower(p)
	n := 0
	for _, w := range appealWords {
		if strings.Contains(low, w) {
			n++
		}
	}
	return n >= 2 || n == 1 && strings.Contains(low, "$")
}

// moreNewsHeading reports a lowered heading over a list of a section's
// headlines: "more world news:", "more local news".
func moreNewsHeading(low []byte) bool {
	t := bytes.TrimRight(low, ": ")
	return bytes.HasPrefix(t, []byte("more ")) && bytes.HasSuffix(t, []byte(" news")) && bytes.Count(t, []byte(" ")) <= 3
}

// classifyLine applies boilerRules to a trimmed line. It looks at the
// first bytes of long lines only, so prose costs little: prefix rules need
// the start of the line, and the phrases of the contains rules open the
// paragraphs they mark or sit in short lines.
func classifyLine(line string) (lineAction, string) {
	// Phrases inside a line are looked for near its start in paragraphs of
	// prose (innerBytes), anywhere in short lines; prefix phrases are
	// shorter than innerBytes. Only those bytes are lowered.
	var buf [shortLine / 2]byte
	need := len(line)
	if len(line) > shortLine/2 {
		need = innerBytes + 8 // room for a leading ellipsis
	}
	n, nonASCII := 0, false
	for i := 0; i < len(line) && n < need; i++ {
		c := line[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		nonASCII = nonASCII || c >= 0x80
		buf[n] = c
		n++
	}
	low := buf[:n]
	if nonASCII && bytes.ContainsFunc(low, func(r rune) bool { return r >= 0x80 && unicode.IsUpper(r) }) {
		// "Διαβάστε επίσης:", "À lire aussi": capitals outside ASCII,
		// lowered as well (rarely: most lines need only the loop above)
		low = bytes.ToLower(low)
	}
	// Skip a leading ellipsis or dots ("… we have a small favor to ask").
	for len(low) > 0 && (low[0] == '.' || low[0] == ' ') {
		low = low[1:]
	}
	if bytes.HasPrefix(low, []byte("…")) {
		low = bytes.TrimLeft(low[len("…"):], " ")
	}
	inner := low
	if len(line) > shortLine/2 && len(inner) > innerBytes {
		inner = inner[:innerBytes]
	}
	words := -1
	cands := boilerNoLetter
	if len(low) > 0 {
		cands = boilerByFirst[low[0]]
	}
	// One pass over inner marks the contains rules whose phrase occurs in
	// it; the rules are then tried in order.
	var found [maxBoilerRules / 64]uint64 // a bit per rule index
	for j := 0; j+1 < len(inner); j++ {
		if k := uint16(inner[j])<<8 | uint16(inner[j+1]); containsBigrams[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, i := range containsByFirst[inner[j]] {
			if bytes.HasPrefix(inner[j:], boilerPhrases[i]) {
				found[i/64] |= 1 << (i % 64)
			}
		}
	}
	for _, i := range cands {
		r := &boilerRules[i]
		if r.maxWords > 0 && len(line) > 16*r.maxWords+16 {
			continue // too long to have so few words
		}
		var hit bool
		if r.prefix {
			hit = bytes.HasPrefix(low, boilerPhrases[i])
		} else {
			hit = found[i/64]&(1<<(i%64)) != 0
		}
		if !hit {
			continue
		}
		if r.maxWords > 0 {
			if words < 0 {
				words = wordCount(line)
			}
			if words > r.maxWords {
				continue
			}
		}
		return r.action, r.name
	}
	if aboutOrganisation(line, low) {
		return dropBlock, "about"
	}
	if moreNewsHeading(low) {
		return dropRest, "related block"
	}
	if shoutedCopyright(line) {
		return startFooter, "shouted footer"
	}
	for _, c := range shortLineChecks {
		if c.is(line) {
			return dropLine, c.name
		}
	}
	if len(line) > shortLine/2 {
		return keepLine, ""
	}
	if isLinkLine(line) {
		return dropLine, "link"
	}
	if isBreadcrumb(line) {
		return dropLine, "breadcrumb"
	}
	if commentCounter(line) {
		return dropLine, "comments"
	}
	return keepLine, ""
}

// commentCounter reports a comment counter on a line of its own: "17
// Comments", "Comments (4)".
func commentCounter(line string) bool {
	if len(line) > 24 || !strings.Contains(line, "omment") && !strings.Contains(line, "OMMENT") {
		return false // most lines: no allocation
	}
	w := strings.Fields(strings.ToLower(strings.Trim(line, "()[] ")))
	if len(w) != 2 {
		return false
	}
	count := strings.Trim(w[0], "()[]")
	if w[0] == "comments" || w[0] == "comment" {
		count = strings.Trim(w[1], "()[]")
	} else if w[1] != "comments" && w[1] != "comment" {
		return false
	}
	return count != "" && allDigits(count)
}

// aboutOrganisation reports the paragraph a release ends with to present
// its organisation: "About IOM: Established in 1951, ...", "About the
// Agency: ...". low is the line's first bytes in lower case. A count
// ("About 3,000 people: ...") starts with a digit, not a name.
func aboutOrganisation(line string, low []byte) bool {
	if !bytes.HasPrefix(low, []byte("about ")) || len(line) <= len("about ") || !isUpper(line[len("about ")]) && !bytes.HasPrefix(low[len("about "):], []byte("the ")) && !bytes.HasPrefix(low[len("about "):], []byte("us:")) {
		return false
	}
	for i := len("about "); i < len(low) && i < 60; i++ {
		switch low[i] {
		case ':':
			return true
		case '.', ',', ';':
			return false
		}
	}
	return organisationHeading(line[len("about "):])
}

// organisationWords end the names of organisations.
var organisationWords = wordSet(`council committee organization organisation agency fund programme program
	foundation society network centre center international federation commission office mission corps aid
	relief alliance institute group crescent cross frontières frontieres`)

// organisationHeading reports the rest of a heading "About DRC", "About
// the Norwegian Refugee Council" on a line of its own: an acronym or a
// name that ends like an organisation's, which a release's boilerplate
// paragraph follows. "About Idlib" heads no such paragraph.
func organisationHeading(name string) bool {
	w := strings.Fields(name)
	if len(w) == 0 || len(w) > 6 {
		return false
	}
	last := w[len(w)-1]
	return len(w) == 1 && isAcronym(last) || isUpper(last[0]) && hasLower(organisationWords, last)
}

// A line longer than shortLine/2 bytes is a paragraph of prose: contains
// phrases are looked for in its first innerBytes only.
const (
	shortLine  = 320
	innerBytes = 64
)

// isLinkLine reports a line that is only a link: "[title](url)",
// "<https://...>", "https://...".
func isLinkLine(line string) bool {
	l := strings.Trim(line, "*_ ")
	if strings.HasPrefix(l, "[") && strings.HasSuffix(l, ")") && strings.Contains(l, "](") {
		return true
	}
	return urlOnly(l) != ""
}

// urlOnly returns the address when line is only a URL, "<url>" or "url".
func urlOnly(line string) string {
	l := strings.TrimSpace(line)
	l = strings.TrimPrefix(l, "<")
	l = strings.TrimSuffix(l, ">")
	if (strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")) && !strings.ContainsAny(l, " \t") {
		return l
	}
	return ""
}

// youAreHere open a navigation trail in English, French (with and without
// the space French puts before a colon), German, Spanish, Portuguese,
// Italian and Dutch: "Vous êtes ici : Accueil › International".
var youAreHere = []string{"You are here: ", "Vous êtes ici : ", "Vous êtes ici: ", "Sie sind hier: ",
	"Usted está aquí: ", "Está aquí: ", "Você está aqui: ", "Sei qui: ", "U bent hier: "}

// withoutTrail returns a headline without the navigation trail the page
// puts before it on the same line: "Henley church appeal" for "You are
// here: Home / News / Local / Henley church appeal".
func withoutTrail(l string) string {
	for _, here := range youAreHere {
		if rest, ok := strings.CutPrefix(l, here); ok {
			for _, sep := range []string{" / ", " › ", " > ", " » "} {
				if i := strings.LastIndex(rest, sep); i >= 0 && wordCount(rest[i+len(sep):]) >= 3 {
					return strings.TrimSpace(rest[i+len(sep):])
				}
			}
		}
	}
	return l
}

// isBreadcrumb reports navigation trails: "News › Middle East › Syria".
func isBreadcrumb(line string) bool {
	for _, here := range youAreHere {
		if rest, ok := strings.CutPrefix(line, here); ok && wordCount(rest) <= 8 {
			return true // "You are here: Home / World"
		}
	}
	if !mayBeTrail(line) {
		return false // most lines: one pass over the bytes, no allocation
	}
	if hasAnyPrefix(line, englishBylinePrefixes) {
		return false // "by: teleSUR / EFE / jc": a byline's names
	}
	if !strings.Contains(line, " › ") && !strings.Contains(line, " ‹ ") && !strings.Contains(line, " » ") && !strings.Contains(line, " → ") && !strings.Contains(line, " ▸ ") && !strings.Contains(line, " ➜ ") && !strings.Contains(line, " ➤ ") && !strings.Contains(line, " ► ") && !strings.Contains(line, " :: ") && strings.IndexByte(line, '>') < 0 && strings.Count(line, " · ") < 2 && strings.Count(line, " • ") < 2 &&
		(strings.Count(line, " / ") < 2 && strings.Count(line, " - ") < 2 && strings.Count(line, " | ") < 3 && len(spacedParts(line)) < 5 || hasDigit(line)) {
		return false
	}
	if parts := spacedParts(line); len(parts) >= 5 {
		// "Home  Africa  Americas  Asia-Pacific  Europe": a menu
		for _, p := range parts {
			if wordCount(p) > 3 {
				return false
			}
		}
		return true
	}
	for _, sep := range []string{" › ", " ‹ ", " » ", " > ", " → ", " ▸ ", " ➜ ", " ➤ ", " ► ", " :: ", " / ", " - ", " | ", " · ", " • "} {
		plain := sep == " - " || sep == " | " || sep == " · " || sep == " • " // separators prose and bylines use too
		if plain && hasDigit(line) {
			continue // "Maya Nassar · 15/3/2020 · 4 min read": a byline and date
		}
		if n := strings.Count(line, sep); n >= 2 || n == 1 && wordCount(line) <= 6 && !plain {
			parts := strings.Split(line, sep)
			short, most := true, 4
			if n >= 2 {
				most = 6 // "Press releases › Middle East and North Africa › Syria"
			}
			if plain {
				most = 3 // "Home - Jordan - Refugees", "Kurdistan | Iraq | Politics"
				if n >= 3 {
					most = 4 // "Menu | Weekly edition | The world in brief | Search"
				}
			}
			for _, p := range parts {
				if wordCount(p) > most {
					short = false
				}
			}
			if short {
				return true
			}
		}
	}
	return false
}

// wordCount counts space-separated words.
func wordCount(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := isSpace(s[i])
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// agencies maps how bylines, datelines and footers name news agencies to
// the short name used in the wire column.
var agencies = map[string]string{
	"reuters": "Reuters", "thomson reuters": "Reuters",
	"ap": "AP", "associated press": "AP", "the associated press": "AP",
	"afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
	"dpa": "dpa", "deutsche presse-agentur": "dpa",
	"anadolu": "Anadolu Agency", "anadolu agency": "Anadolu Agency", "aa": "Anadolu Agency",
	"tass": "TASS", "xinhua": "Xinhua", "upi": "UPI", "efe": "EFE",
	"ansa": "ANSA", "interfax": "Interfax", "ria novosti": "RIA Novosti",
	"sana": "SANA", "bloomberg": "Bloomberg", "irna": "IRNA", "kyodo": "Kyodo",
	"keystone-sda": "Keystone-SDA", "sda": "Keystone-SDA", "apa": "APA", "belga": "Belga", "ana-mpa": "ANA-MPA",
	"petra": "Petra", "wam": "WAM", "dha": "DHA", "iha": "IHA", "aap": "AAP", "amna": "AMNA", "ana": "ANA", "kuna": "KUNA", "qna": "QNA", "mena": "MENA", "nna": "NNA",
	// National agencies elsewhere, by the names bylines give them.
	"stt": "STT", "tt": "TT", "ntb": "NTB", "leta": "LETA", "bns": "BNS", "elta": "ELTA", "ritzau": "Ritzau", "pap": "PAP", "ctk": "CTK", "čtk": "ČTK", "mti": "MTI", "anp": "ANP",
	"lusa": "Lusa", "europa press": "Europa Press", "agi": "AGI", "adnkronos": "Adnkronos", "yonhap": "Yonhap",
	"pti": "PTI", "ians": "IANS", "bernama": "Bernama", "antara": "Antara", "jiji": "Jiji", "spa": "SPA",
	"saudi press agency": "SPA", "bna": "BNA", "ona": "ONA", "ina": "INA", "iraqi news agency": "INA", "suna": "SUNA",
	"aps": "APS", "isna": "ISNA", "irib": "IRIB", "fars": "Fars", "tasnim": "Tasnim", "mehr": "Mehr",
	"ukrinform": "Ukrinform", "bta": "BTA", "agerpres": "Agerpres", "hina": "Hina", "tanjug": "Tanjug", "sta": "STA",
	"press association": "PA", "pa media": "PA", "pa": "PA", "canadian press": "The Canadian Press", "the canadian press": "The Canadian Press", "nan": "NAN", "sapa": "SAPA",
	"vna": "VNA", "vietnam news agency": "VNA", "ena": "ENA", "ethiopian news agency": "ENA", "kna": "KNA", "kenya news agency": "KNA",
	"beta": "Beta", "fonet": "FoNet", "fena": "Fena", "srna": "SRNA", "mia": "MIA",
	"keystone-ats": "Keystone-ATS", "ats": "Keystone-ATS", "prensa latina": "Prensa Latina",
}

// agencyIn returns the agency named by s (after trimming), or "".
func agencyIn(s string) string {
	s = strings.Trim(strings.TrimSpace(s), "*_()[]. ,")
	if a := agencies[strings.ToLower(s)]; a != "" {
		return a
	}
	for _, service := range []string{" English service", " English"} {
		if name, ok := strings.CutSuffix(s, service); ok && name != "" {
			return agencies[strings.ToLower(name)] // "con ANSA English": the agency's service in English
		}
	}
	for _, article := range []string{"l'", "l’", "L'", "L’"} {
		if name, ok := strings.CutPrefix(s, article); ok && name != "" {
			return agencies[strings.ToLower(name)] // "avec l'AFP": French elides its article
		}
	}
	return ""
}

// outlets maps well-known news sites to their names, for articles whose
// only trace of the outlet is an address.
var outlets = map[string]string{
	"reuters.com": "Reuters", "apnews.com": "AP", "afp.com": "AFP",
	"bbc.co.uk": "BBC", "bbc.com": "BBC", "aljazeera.com": "Al Jazeera",
	"theguardian.com": "The Guardian", "nytimes.com": "The New York Times",
	"washingtonpost.com": "The Washington Post", "france24.com": "France 24",
	"dw.com": "Deutsche Welle", "middleeasteye.net": "Middle East Eye",
	"dailysabah.com": "Daily Sabah", "aa.com.tr": "Anadolu Agency",
	"hurriyetdailynews.com": "Hürriyet Daily News", "unhcr.org": "UNHCR",
	"reliefweb.int": "ReliefWeb", "news.un.org": "UN News", "arabnews.com": "Arab News",
	"thenationalnews.com": "The National", "euronews.com": "Euronews",
	"tass.com": "TASS", "al-monitor.com": "Al-Monitor", "rudaw.net": "Rudaw",
	"kurdistan24.net": "Kurdistan 24", "syriadirect.org": "Syria Direct",
	"enabbaladi.net": "Enab Baladi", "thenewhumanitarian.org": "The New Humanitarian",
	"rt.com": "RT", "cnn.com": "CNN", "npr.org": "NPR", "voanews.com": "VOA",
}

// knownOutletName returns the well-known outlet s names, compared without
// regard to case ("al jazeera" -> "Al Jazeera"), or "".
func knownOutletName(s string) string {
	for _, name := range outlets {
		if strings.EqualFold(name, s) {
			return name
		}
	}
	return ""
}

// outletsBySquash maps the squashed name of each well-known outlet to its
// name.
var outletsBySquash = func() map[string]string {
	m := make(map[string]string, len(outlets))
	for _, name := range outlets {
		m[squash(name)] = name
	}
	return m
}()

// squashedOutlet returns the well-known outlet s names, compared without
// case, spaces or punctuation ("ALJAZEERA" -> "Al Jazeera"), or "".
func squashedOutlet(s string) string {
	return outletsBySquash[squash(s)]
}

// urlHost returns the host of an address without "www.".
func urlHost(u string) string {
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	if i := strings.IndexAny(u, "/?#"); i >= 0 {
		u = u[:i]
	}
	return strings.TrimPrefix(strings.ToLower(u), "www.")
}

// squash lower-cases s and removes everything but letters and digits, so
// "The Moscow Times" and "themoscowtimes" compare equal.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// spacedParts splits a line at runs of two spaces or more, as menus and
// tables scraped as text are laid out.
// mayBeTrail reports a line with something a breadcrumb or menu is parted
// by: "›", "»", "·", "→", "▸" (multi-byte), ">", "::", or a space before
// "|", "/", "-" or another space.
func mayBeTrail(line string) bool {
	for i := 0; i+1 < len(line); i++ {
		switch c := line[i]; c {
		case '>', 0xc2, 0xe2:
			return true
		case ':':
			if line[i+1] == ':' {
				return true
			}
		case ' ', '\t':
			switch line[i+1] {
			case ' ', '|', '/', '-', '\t':
				return true
			}
		}
	}
	return false
}

// cells splits a line at sep, a run of spaces or a tab, dropping the empty
// and trimming the rest: "Lesbos<TAB>19 085<TAB>" gives "Lesbos", "19 085".
func cells(line, sep string) []string {
	var parts []string
	for _, p := range strings.Split(line, sep) {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}

// spacedParts splits a line at runs of two spaces or more.
func spacedParts(line string) []string { return cells(line, "  ") }

// shoutedCopyright reports a footer line in capitals with a copyright
// sign somewhere in it, "THE HILL 1625 K STREET, NW ... ARE ©2019
// CAPITOL HILL PUBLISHING CORP.": a photo credit with "©" is in mixed
// case and stays a line.
func shoutedCopyright(line string) bool {
	i := strings.Index(line, "©")
	if i < 0 {
		return false
	}
	upper, lower := 0, 0
	for k := 0; k < len(line); k++ {
		switch c := line[k]; {
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
			lower++
		}
	}
	return upper >= 20 && lower*10 < upper
}

// liveStamp reports the line that heads a live blog's entry: "UPDATE 6 |
// 21:40", "Update 3", "10.05pm", "08:45 GMT", "ore 8.40", "Saat 11.00", "21h30 GMT". Its numbers
// count nothing.
func liveStamp(line string) bool {
	line = strings.TrimLeft(line, "—–-•· ") // "— 5:48 pm"
	if len(line) > 32 || line == "" {
		return false
	}
	for _, pre := range []string{"ore ", "Ore ", "um ", "Um ", "kl. ", "kl ", "Saat ", "saat "} {
		line = strings.TrimPrefix(line, pre) // "ore 8.40": the Italian hour; "Saat 11.00", the Turkish
	}
	rest := line
	if len(rest) >= 6 && strings.EqualFold(rest[:6], "update") {
		rest = strings.TrimLeft(rest[6:], "dD")
		rest = strings.TrimLeft(rest, " :")
		i := 0
		for i < len(rest) && isDigit(rest[i]) {
			i++
		}
		if i == 0 && rest != "" && !isDigit(rest[0]) {
			return false // "Updates on the border": a heading
		}
		rest = strings.TrimLeft(rest[i:], " |-–—•·:")
		if rest == "" {
			return true
		}
	} else if !isDigit(line[0]) {
		return false
	}
	// A clock time, "21:40" or "9.30", perhaps with am/pm and a zone,
	// and nothing else: not a date such as "24.10.2019".
	i := 0
	for i < len(rest) && isDigit(rest[i]) {
		i++
	}
	if i == 0 || i > 2 || i+3 > len(rest) || rest[i] != ':' && rest[i] != '.' && rest[i] != 'h' || !isDigit(rest[i+1]) || !isDigit(rest[i+2]) {
		return false
	}
	i += 3
	if i < len(rest) && (isDigit(rest[i]) || rest[i] == '.' || rest[i] == ':') {
		return false
	}
	zone := strings.TrimSpace(rest[i:])
	for _, m := range []string{"am ", "pm ", "a.m. ", "p.m. ", "AM ", "PM "} {
		zone = strings.TrimPrefix(zone, m) // "9:31 pm ET"
	}
	if strings.HasPrefix(zone, "(") && strings.HasSuffix(zone, ")") {
		zone = zone[1 : len(zone)-1] // "10:47 PM (IST)"
	}
	tail := strings.ToLower(zone)
	switch tail {
	case "", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "cet", "eet", "local time", "uhr", "น.", "น", "時", "시", "ч.", "ч":
		return true // also Thai "14.05 น." (นาฬิกา, o'clock) and Bulgarian "15:40 ч." (часа)
	}
	return utf8.RuneCountInString(zone) <= 4 && isAcronym(zone) // also "TSİ", Turkey's time
}

// counterWords name what a page counts about itself.
var counterWords = wordSet(`reads views hits visits read min mins minute minutes reading time`)

// counterLine reports a page's count of itself on a line of its own:
// "Reads: 1417", "Views: 1,482", "3 min read", "Reading time: 4 min".
func counterLine(line string) bool {
	if len(line) > 30 || line == "" || !hasDigit(line) {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(strings.TrimSuffix(line, ".")), func(r rune) bool { return r == ' ' || r == ':' || r == '|' })
	named := false
	for _, w := range words {
		switch {
		case counterWords[w]:
			named = true
		case allDigits(strings.ReplaceAll(w, ",", "")):
		default:
			return false
		}
	}
	return named
}

// labelledCount reports a word and a bracketed count on a line of their
// own, in any language: "Comments (12)", "Σχόλια (0)".
func labelledCount(line string) bool {
	if len(line) > 40 || !strings.HasSuffix(line, ")") {
		return false
	}
	label, count, ok := strings.Cut(line, " (")
	if !ok || label == "" || !strings.HasSuffix(count, ")") || !allDigits(strings.TrimSuffix(count, ")")) {
		return false
	}
	for _, r := range label {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// contactLine reports a short line that opens with a "Contact:" label or
// gives an e-mail address, whose numbers are contact numbers: "Send us
// news: news@outlet.gr | 22510 29999".
func contactLine(line string) bool {
	if strings.HasPrefix(line, "Contact") && wordCount(line) <= 25 {
		// "Contact: Navhind Times, Navhind Bhavan, ..., Goa 403001",
		// "Contact the newsroom: ...": a label and a colon open it
		if i := strings.IndexByte(line, ':'); i > 0 && wordCount(line[:i]) <= 4 {
			return true
		}
	}
	if len(line) <= 160 && (strings.Contains(line, " · ") || strings.Contains(line, " | ")) && (phoneMark(line) || priceAndPhone(line)) {
		// "24.kg news agency · 720040, Bishkek, 124 Chui Avenue · +996 312
		// 66 01 01"; "Apêl DEC: tecstiwch SYRIA i 70000 i roi £5 ·
		// Ffoniwch 0370 60 60 900", an appeal in any language
		return true
	}
	if len(line) > 160 || strings.IndexByte(line, '@') < 0 || wordCount(line) > 12 {
		return false
	}
	for _, w := range strings.Fields(line) {
		if at := strings.IndexByte(w, '@'); at > 0 && strings.Contains(w[at:], ".") {
			return true
		}
	}
	return false
}

// priceAndPhone reports a line that gives a price in pounds, euros or
// dollars and a national phone number in spaced groups: "roi £5 ·
// Ffoniwch 0370 60 60 900".
func priceAndPhone(line string) bool {
	price := false
	for _, c := range []string{"£", "€", "$"} {
		if i := strings.Index(line, c); i >= 0 && i+len(c) < len(line) && isDigit(line[i+len(c)]) {
			price = true
		}
	}
	if !price {
		return false
	}
	for _, w := range strings.Fields(line) {
		if w[0] != '0' || !allDigits(w) || len(w) < 3 {
			continue
		}
		digits := 0
		for _, g := range strings.Fields(line[strings.Index(line, w):]) {
			if !allDigits(g) {
				break
			}
			digits += len(g)
		}
		if digits >= 9 {
			return true // "0370 60 60 900"
		}
	}
	return false
}

// phoneMark reports a telephone's label or an international number:
// "Tel.", "Tel:", "+996 312 ...".
func phoneMark(line string) bool {
	if strings.Contains(line, "Tel.") || strings.Contains(line, "Tel:") || strings.Contains(line, "Phone:") {
		return true
	}
	// "+996 312 ...", not a time zone's "+0300" or "+02:00"
	for from := 0; ; {
		i := strings.IndexByte(line[from:], '+')
		if i < 0 {
			return false
		}
		i += from
		j := i + 1
		for j < len(line) && isDigit(line[j]) {
			j++
		}
		if j-i >= 2 && j-i <= 5 && j+2 < len(line) && line[j] == ' ' && isDigit(line[j+1]) && isDigit(line[j+2]) {
			return true
		}
		from = i + 1
	}
}

// translationLine reports a note that the story was translated: a line of
// its own, "Translated from Kurdish by the English Desk", "Translated
// from Arabic".
func translationLine(line string) bool {
	if len(line) > 80 || !strings.HasPrefix(line, "Translated from ") && !strings.HasPrefix(line, "Translated by ") {
		return false
	}
	return !endsSentence(line) || wordCount(line) <= 8
}

// shortLineChecks recognise furniture lines that no phrase names.
var shortLineChecks = []struct {
	name string
	is   func(string) bool
}{
	{"live stamp", liveStamp},
	{"counter", counterLine},
	{"labelled count", labelledCount},
	{"contact", contactLine},
	{"translation note", translationLine},
	{"related link", alsoOnLine},
	{"share", pipeCounterLine},
}

// pipeCounterLine reports a bar of page links and counters parted by
// pipes: "Full article | 2 comments | Share: Facebook | Twitter".
func pipeCounterLine(line string) bool {
	if strings.Count(line, "|") < 2 || len(line) > 160 {
		return false
	}
	counter := false
	for _, c := range strings.Split(line, "|") {
		c = strings.TrimSpace(c)
		if wordCount(c) > 4 {
			return false
		}
		w := strings.Fields(strings.ToLower(c))
		switch {
		case len(w) == 2 && allDigits(w[0]) && (w[1] == "comments" || w[1] == "comment" || w[1] == "shares"):
			counter = true
		case strings.HasPrefix(c, "Share:"):
		case hasDigit(c):
			return false // a table's row: "Hasakah | 41 000 | Share in tents"
		}
	}
	return counter
}

// alsoOnLine reports a link to another story on the outlet's own site,
// named by a capitalised outlet before a colon: "Also on People Daily:
// Turkey says 18 killed in cross-border shelling", or its section: "More
// from World News: 39 bodies found in lorry". Prose that opens "Also on
// Tuesday, ..." has no colon after the name.
func alsoOnLine(line string) bool {
	prefix := ""
	for _, p := range []string{"Also on ", "More from ", "ALSO ON ", "MORE FROM "} {
		if strings.HasPrefix(line, p) {
			prefix = p // "More from World News: 39 bodies found in lorry"
		}
	}
	if len(line) > 200 || prefix == "" {
		return false
	}
	name, _, ok := strings.Cut(line[len(prefix):], ":")
	if !ok || name == "" {
		return false
	}
	words := strings.Fields(name)
	if len(words) > 1 && words[0] == "the" {
		words = words[1:] // "Also on the Chronicle:"
	}
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !isUpper(w[0]) {
			return false
		}
	}
	return true
}
