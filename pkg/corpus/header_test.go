package corpus

import "testing"

// Header stacks in layouts of our own: outlet labels above the headline,
// decks under it, byline, date and share lines closing the stack.
func TestParseArticle_HeaderStack(t *testing.T) {
	tests := []struct {
		name, text                           string
		title, publisher, wire, dateline, at string // at: the body's first words
		published                            string
	}{
		{"outlet, tagline and section above the headline, deck under it",
			"The Plains Courier\nNews you can trust\nWorld\nFloods uproot 4,000 families across the delta region\nRescue teams said 12 villages were cut off by the water\n12 March 2021\nShare: Facebook | Twitter\n\nMore than 4,000 families have left their homes, officials said.\n\n© 2021 The Plains Courier\n",
			"Floods uproot 4,000 families across the delta region", "The Plains Courier", "", "", "More than 4,000", "2021-03-12"},
		{"an acronym above the name it stands for",
			"RPB\nRadio Plains Broadcasting\nWorld\nRiver crossings close as 9,000 people wait at the frontier\nBy RPB Staff\nMarch 12, 2021 09:30 AM\n\nAbout 9,000 people waited at the river on Friday.\n",
			"River crossings close as 9,000 people wait at the frontier", "Radio Plains Broadcasting", "", "", "About 9,000", "2021-03-12"},
		{"an outlet name in capitals that the story spells in mixed case",
			"DELTA RELIEF NETWORK\nNews › Statements\nPRESS RELEASE\n3 May 2021\nDelta Relief Network warns 20,000 people face a winter in tents\n\nDelta Relief Network said on Monday that 20,000 people face the winter in tents.\n",
			"Delta Relief Network warns 20,000 people face a winter in tents", "Delta Relief Network", "", "", "Delta Relief Network said", "2021-05-03"},
		{"a headline with a slash is no photo credit",
			"Watchdog Weekly\nRivia/Norland: Shelling Empties Border Villages as Talks Stall\n4 June 2021\n\nShelling has emptied six villages, Watchdog Weekly said.\n",
			"Rivia/Norland: Shelling Empties Border Villages as Talks Stall", "Watchdog Weekly", "", "", "Shelling has emptied", "2021-06-04"},
		{"a caption with its credit glued to the first paragraph",
			"Families flee the valley as fighting nears the town\nBy Sam Roe\n5 June 2021\nA boy waits by a truck near the river on June 4, 2021. Photo: Jo Doe/AFP via Getty Images\nPORTVILLE (AP) — At least 300 families fled overnight.\n",
			"Families flee the valley as fighting nears the town", "", "AP", "PORTVILLE", "At least 300", "2021-06-05"},
		{"an acronym and the name it spells out on one masthead line",
			"DPA | Delta Press Agency\nHome / World\nWorld\n\nFamilies flee the valley as fighting nears the town\n\nSun 06/06/2021 10:42\n\nAt least 300 families fled overnight, aid workers said.\n",
			"Families flee the valley as fighting nears the town", "Delta Press Agency", "", "", "At least 300", "2021-06-06"},
		{"a one-word masthead in capitals that the page spells in mixed case",
			"VALLEYPOST\nNews | World\n\nFamilies flee the valley as fighting nears the town\n\n6 June 2021\n\nAt least 300 families fled overnight, aid workers said.\n\n© 2021 Valleypost\n",
			"Families flee the valley as fighting nears the town", "Valleypost", "", "", "At least 300", "2021-06-06"},
		{"a place and a date on a line of their own, ending in a colon",
			"Floods sweep the camps\n\nBy Staff\n\nMafraq, 12 January 2021:\n\nHeavy rain flooded 300 tents overnight, officials said.\n",
			"Floods sweep the camps", "", "", "Mafraq", "Heavy rain", "2021-01-12"},
		{"a date, then the place in brackets, then a dash; a closing sign-off names the wire",
			"Floods sweep the camps\n\nJanuary 12, 2021 (MAFRAQ, Jordan) – Heavy rain flooded 300 tents overnight, officials said.\n\n(JT/AFP)\n",
			"Floods sweep the camps", "", "AFP", "MAFRAQ", "Heavy rain", "2021-01-12"},
		{"a one-word section is not the outlet",
			"News | Valley War\nFamilies flee the valley as fighting nears the town\nby Sam Roe\n5 June 2021\n\nAt least 300 families fled overnight, aid workers said.\n",
			"Families flee the valley as fighting nears the town", "", "", "", "At least 300", "2021-06-05"},
		{"a byline with an agency after with and a date after a bullet",
			"Valley War Today\nFamilies flee the valley as fighting nears the town\nBy Valley War Today with AFP • Updated: 05/06/2021 - 10:20\n\nAt least 300 families fled overnight, aid workers said.\n",
			"Families flee the valley as fighting nears the town", "Valley War Today", "AFP", "", "At least 300", "2021-06-05"},
		{"a tagline above a breadcrumb is no headline",
			"Plains Courier\nNews from the heart of the delta\nHome / News / Delta\nFamilies flee the valley as fighting nears the town\nInterview by Sam Roe\nShare | Tweet | Email | Print\n\nAt least 300 families fled overnight, aid workers said.\n\n© 2021 Plains Courier\n",
			"Families flee the valley as fighting nears the town", "Plains Courier", "", "", "At least 300", ""},
		{"byline and date on one line, a wire signed with initials",
			"Plains Courier\nValley News\nFamilies flee the valley as fighting nears the town\nby Plains Courier Newsdesk 07 June 2021, 13:48\nKeystone-SDA/jr\n\nAt least 300 families fled overnight, aid workers said.\n\n© 2021 Plains Courier\n",
			"Families flee the valley as fighting nears the town", "Plains Courier", "Keystone-SDA", "", "At least 300", "2021-06-07"},
		{"two dates on the posted line, an acronym outlet",
			"VBC News\nHome › World\nFamilies flee the valley as fighting nears the town\nPosted Mon 7 Jun 2021 at 5:14am, updated Mon 7 Jun 2021 at 9:02am\n\nAt least 300 families fled overnight, aid workers said.\n",
			"Families flee the valley as fighting nears the town", "VBC News", "", "", "At least 300", "2021-06-07"},
		{"a year-first date with slashes, a breadcrumb with dashes",
			"Home - World - Valley\nFamilies flee the valley as fighting nears the town\n2021/06/07\n\nAt least 300 families fled overnight, aid workers said.\n",
			"Families flee the valley as fighting nears the town", "", "", "", "At least 300", "2021-06-07"},
		{"a date without its year closes the stack, the outlet before the dateline",
			"Valley Wire\nFamilies flee the valley as fighting nears the town\nA deck that tells 11 boats were stopped overnight\n03 June, 16:27\n(Valley Wire) - PORTVILLE, JUNE 3 - At least 300 families fled overnight.\n",
			"Families flee the valley as fighting nears the town", "Valley Wire", "", "PORTVILLE", "At least 300", ""},
		{"an acronym, the name in full, a section line, no date",
			"VBC\nValley Broadcasting Corporation International\nHome | Valley News\nFamilies flee the valley as fighting nears the town\nTranslated from Arabic\n\nAt least 300 families fled overnight, aid workers said.\n",
			"Families flee the valley as fighting nears the town", "Valley Broadcasting Corporation International", "", "", "At least 300", ""},
		{"a created-on date line",
			"Families flee the valley as fighting nears the town\nCreated on 22/01/2021\n\nAt least 300 families fled overnight, aid workers said.\n",
			"Families flee the valley as fighting nears the town", "", "", "", "At least 300", "2021-01-22"},
		{"a release label under the headline is no breadcrumb",
			"Valley Relief Council\nHome / News / Press releases\nValley floods: 9,000 families uprooted as the river rises\nPress release\n12 JUN 2021\nShare: [Facebook] [Twitter] [Email]\n\nPORTVILLE, 12 June 2021 – At least 300 families fled overnight, the Valley Relief Council said.\n",
			"Valley floods: 9,000 families uprooted as the river rises", "Valley Relief Council", "", "PORTVILLE", "At least 300", "2021-06-12"},
		{"a long menu line, a kicker, and the place after the date",
			"The Valley Weekly\nMenu | Weekly edition | The world in brief | Search | Subscribe\nValley war\nFamilies flee the valley as fighting nears the town\nFeb 20th 2021 | PORTVILLE\n\nAt least 300 families fled overnight, aid workers said.\n",
			"Families flee the valley as fighting nears the town", "The Valley Weekly", "", "PORTVILLE", "At least 300", "2021-02-20"},
		{"the outlet with an agency under the headline",
			"Valley Times\nHome > World\nFamilies flee the valley as fighting nears the town\nValley Times with ANA-MPA\nPublished 9/9/2020\n\nAt least 300 families fled overnight, aid workers said.\n",
			"Families flee the valley as fighting nears the town", "Valley Times", "ANA-MPA", "", "At least 300", "2020-09-09"},
		{"the outlet, a comma and a national agency",
			"Valley Times\nHome > World\nFamilies flee the valley as fighting nears the town\nValley Times, STT\n19.12.2019 13:42\n\nAt least 300 families fled overnight, aid workers said.\n",
			"Families flee the valley as fighting nears the town", "Valley Times", "STT", "", "At least 300", "2019-12-19"},
		{"an agency's own label line is the name it spells out, not a place",
			"INA | Iraqi News Agency\nHome » Iraq\n\nFamilies flee the valley as fighting nears the town\n\nDuhok – INA – At least 300 families fled overnight.\n",
			"Families flee the valley as fighting nears the town", "Iraqi News Agency", "", "Duhok", "At least 300", ""},
		{"a byline and a date parted by slashes, a copyright word",
			"Families flee the valley as fighting nears the town\nBy Sara Roe // 10 December 2019\n\nAt least 300 families fled overnight, aid workers said.\n\n© Copyright Valley Times 2019\n",
			"Families flee the valley as fighting nears the town", "Valley Times", "", "", "At least 300", "2019-12-10"},
		{"an acronym outlet above a section line, a byline of outlet and agency",
			"VBC\nValley | World | Business | Sport\nWorld\n\nFamilies flee the valley as fighting nears the town\n\nText by: VBC with AFP\n20 Feb 2021 05:48PM\n\nAt least 300 families fled overnight, aid workers said.\n",
			"Families flee the valley as fighting nears the town", "VBC", "AFP", "", "At least 300", "2021-02-20"},
		{"a one-paragraph brief with a share line under it keeps its story",
			"Families flee the valley as fighting nears the town\n\nAt least 300 families fled overnight, aid workers said on Monday.\n\nShare this article\n",
			"Families flee the valley as fighting nears the town", "", "", "", "At least 300", ""},
		{"a headline ending on a quotation, an agency line, a date line parted by dots",
			"The Valley Post\nAlways in the know\nValley | Business | World\nWorld › Middle East\nValley exodus: 'There is nowhere left to run'\nAgence France-Presse\nBeirut, Lebanon   ●   Tue, February 18, 2020   ●   03:14 pm\nShare This Article\nChange Size\n\nNearly 9,000 people have fled their homes since the start of December, the agency said.\n",
			"Valley exodus: 'There is nowhere left to run'", "The Valley Post", "AFP", "Beirut", "Nearly 9,000", "2020-02-18"},
		{"no stack: a plain title line and the story",
			"Families flee the valley as fighting nears the town\n\nAt least 300 families fled overnight, aid workers said.\n",
			"Families flee the valley as fighting nears the town", "", "", "", "At least 300", ""},
		{"a byline in capitals with a bar, a caption credited after a dash",
			"THE DELTA HERALD\nThe delta's oldest daily\nHome | News | World\nWorld News / Asia\nQ&A: Why the river camp flooded, and where its 8,000 people sleep now\nBy MARTA OLSEN | Associated Press\n2021-03-12 08:15\nFamilies wade through the camp on Friday. – AP Photo\nThis website uses cookies to improve your experience. Accept | Read more\n\nRIVERTON, Delta (AP) — Floods on Thursday night swamped most of the camp. Some 8,000 people lived there.\n",
			"Q&A: Why the river camp flooded, and where its 8,000 people sleep now", "The Delta Herald", "AP", "RIVERTON", "Floods on Thursday", "2021-03-12"},
		{"a caption, a share bar and the dateline with no blank line between",
			"The Plains Courier\nWorld\nFloods uproot 4,000 families across the delta region\nAFP\nMarch 12, 2021\nVillagers carry their belongings along a flooded road. — AFP\nShare: Facebook | Twitter | WhatsApp\nRIVERTON, Delta: More than 4,000 families have left their homes, officials said.\n",
			"Floods uproot 4,000 families across the delta region", "The Plains Courier", "AFP", "RIVERTON", "More than 4,000", "2021-03-12"},
		{"a German byline under a date line with 'Uhr'",
			"Valley Radio\nLIVEBLOG\nBorder crossings blocked as 8,000 wait at the river\nStand: 01.03.2020 21:57 Uhr\nVon Anna Keller, Studio Athen\nTeilen: Facebook | Twitter | E-Mail\n\nSince Friday about 8,000 people have gathered at the river.\n",
			"Border crossings blocked as 8,000 wait at the river", "", "", "", "Since Friday about", "2020-03-01"},
		{"an agency credited where its reporter was, in French",
			"Le Courrier\nInternational\nValley: thousands flee as the army closes in on the town\nAgence France-Presse à Beyrouth\n16 mars 2018\n\nMore than 3,000 civilians fled the valley on Thursday, a monitor said.\n",
			"Valley: thousands flee as the army closes in on the town", "", "AFP", "", "More than 3,000", "2018-03-16"},
		{"an agency's byline with a dash before the translator",
			"THE VALLEY TIMES\nHome » World\nThe city adds €2 million for the camps as 9,000 more arrive\nWritten by STT – translated by The Valley Times\nFont size  -  +  |  Print  |  Email\n\nThe city will give a further 2 million euros, the mayor said on Monday.\n",
			"The city adds €2 million for the camps as 9,000 more arrive", "The Valley Times", "STT", "", "The city will", ""},
		{"a place with the page's age, tags and a captioned photo under the headline",
			"VALLEY TRADE\nBusiness News Information\nHome | Business | Retail | Health | Events\nHome > Press Releases > Charity\n\nCharity sends 30 trucks of winter aid to the valley\n\nRIVERTON, 3 hours ago\n\nTags: Valley | Charity | Aid\n\nThe convoy at the river crossing. Image: Valley Aid\n\nThe Valley Aid Foundation (VAF) has sent 30 trucks to the valley, the foundation said.\n",
			"Charity sends 30 trucks of winter aid to the valley", "", "", "RIVERTON", "The Valley Aid", ""},
		{"a donation appeal above the story ends nothing",
			"Valley Times\nWorld News\nThousands flee as the offensive nears the valley\nPosted by Valley Times Staff | Source: Reuters\nSupport independent journalism: donate K50 or more today.\n\nRIVERTON, Valley (Reuters) - About 16,000 people have fled since Tuesday, the U.N. said.\n",
			"Thousands flee as the offensive nears the valley", "Valley Times", "Reuters", "RIVERTON", "About 16,000", ""},
		{"a byline with the reporter's place in brackets, and two dates with the city's clock",
			"The Daily Valley\nThe Daily Valley in English\nWorld | Europe | Middle East\nIn the camps along the border, \u201cthere is no more room\u201d\nBy Anna Keller (Riverton (Valley), special correspondent)\nPublished on February 21, 2020 at 11:05 am (Paris) - Updated on February 21, 2020 at 4:40 pm\nReading time 4 min.\n\nRIVERTON (Valley) \u2013 About 2,000 families arrived at the camp this week.\n",
			"In the camps along the border, \u201cthere is no more room\u201d", "The Daily Valley", "", "RIVERTON", "About 2,000", "2020-02-21"},
		{"an update line with the city's clock in brackets",
			"Floods sweep the camps\nUpdated: 2021.01.12 22:15 (Valley time)\n\nHeavy rain flooded 300 tents overnight, officials said.\n",
			"Floods sweep the camps", "", "", "", "Heavy rain flooded", "2021-01-12"},
		{"a month name with the parts between spaced hyphens",
			"Floods sweep the camps\nSource: AFP\nJan - 12 - 2021 , 06:12\n\nHeavy rain flooded 300 tents overnight, officials said.\n",
			"Floods sweep the camps", "", "AFP", "", "Heavy rain flooded", "2021-01-12"},
		{"a breadcrumb with single angle quotes above the headline",
			"Valley Gazette\nHome \u2039 Arab World \u2039 Valley\nArmy takes the town as more than 20,000 flee\nMarch 18, 2018\n\nMore than 20,000 people fled the town on Sunday, a monitor said.\n",
			"Army takes the town as more than 20,000 flee", "", "", "", "More than 20,000", "2018-03-18"},
		{"a place and the agency in capitals, parted by a full stop",
			"Thirty children return to the valley\n\nRIVERTON. VALLEYNEWS \u2013 About 30 children were flown home on Friday, officials said.\n",
			"Thirty children return to the valley", "", "", "RIVERTON", "About 30 children", ""},
		{"another calendar's date with ours in brackets after it",
			"Floods sweep the camps\n\nMeskerem 3/2014 (Monday, September 13, 2021)\nSource: Xinhua\n\nMAFRAQ, Sept. 13 (Xinhua) -- Heavy rain flooded 300 tents overnight, officials said.\n",
			"Floods sweep the camps", "", "Xinhua", "MAFRAQ", "Heavy rain", "2021-09-13"},
		{"a month, a comma, then the day and the year after a slash",
			"Floods sweep the camps\nMarch, 04/2021 - 10:15\n\nMAFRAQ (VNA) — Heavy rain flooded 300 tents overnight, officials said.\n",
			"Floods sweep the camps", "", "VNA", "MAFRAQ", "Heavy rain", "2021-03-04"},
		{"a French byline names the agency after avec",
			"Floods sweep the camps\nPar La Gazette avec AFP | Traduit du français\nPublié le 04/03/2021 à 10:15\n\nHeavy rain flooded 300 tents overnight, officials said.\n",
			"Floods sweep the camps", "", "AFP", "", "Heavy rain", "2021-03-04"},
		{"a French date line with its weekday and a clock time",
			"LA GAZETTE\nAccueil | Monde\nFloods sweep the camps as the river rises\nPublié le mardi 3 mars 2021 à 09h12 | Mis à jour à 21h40\n\nHeavy rain flooded 300 tents overnight, officials said.\n",
			"Floods sweep the camps as the river rises", "La Gazette", "", "", "Heavy rain", "2021-03-03"},
		{"an outlet's name with its tagline, and a counters line under the byline",
			"Valley Mirror - The Delta's Favourite Newspaper\nHome | News | World\nWorld News\nFloods sweep the camps as the river rises\nReuters\nComments (0) | Views: 1,284\nShare: Facebook | Viber\n\nMAFRAQ (Reuters) - Heavy rain flooded 300 tents overnight, officials said.\n",
			"Floods sweep the camps as the river rises", "Valley Mirror", "Reuters", "MAFRAQ", "Heavy rain", ""},
		{"a masthead in capitals whose second word is digital",
			"DELTA DIGITAL\nHome | News | World\nFloods sweep the camps as the river rises\nBy The Associated Press\nPublished on: Tue, Mar 2nd, 2021 07:45:12 AM EAT\n\nMAFRAQ, Jordan (AP) — Heavy rain flooded 300 tents overnight, officials said.\n",
			"Floods sweep the camps as the river rises", "Delta Digital", "AP", "MAFRAQ", "Heavy rain", "2021-03-02"},
		{"a masthead with its edition after a middle dot, and our date with the Hijri one",
			"THE VALLEY HERALD · ENGLISH EDITION\nNews · Region · Sport\nHome / Region\nFloods sweep the camps as the river rises\nTuesday 2 March 2021 - 18 Rajab 1442\nSource: Petra | Edited by the English desk\n\nMAFRAQ, March 2 (Petra) -- Heavy rain flooded 300 tents overnight, officials said.\n",
			"Floods sweep the camps as the river rises", "The Valley Herald", "Petra", "MAFRAQ", "Heavy rain", "2021-03-02"},
		{"a share bar that shares via its buttons closes the stack",
			"Valley News\nValley News in English · News from the delta\nHome | World | Sport\nWorld › Europe\nFloods sweep the camps as the river rises\nUpdated today, 14:32\nAFP, translated by the English desk\nShare via: WhatsApp · Facebook · E-mail\n\nMAFRAQ (AFP) - Heavy rain flooded 300 tents overnight, officials said.\n",
			"Floods sweep the camps as the river rises", "Valley News", "AFP", "MAFRAQ", "Heavy rain", ""},
		{"a headline that asks a question, with a comma, above the byline",
			"The Valley Post\nSubscribe | Log In\nNews | World\nExplainer: Who has fled the valley, and where are they going?\nBy The Associated Press\nPUBLISHED: March 2, 2021 at 11:48 am | UPDATED: March 2, 2021 at 2:05 pm\n\nMAFRAQ, Jordan (AP) — Heavy rain flooded 300 tents overnight, officials said.\n",
			"Explainer: Who has fled the valley, and where are they going?", "The Valley Post", "AP", "MAFRAQ", "Heavy rain", "2021-03-02"},
		{"a date line with two dates parted by a semicolon, and the place and day alone on a line",
			"The Plains Tribune\nVoice of the plains since 1901\nHome | World\nFloods sweep the camps as the river rises\nPosted at: Mar 2, 2021, 7:41 PM; last updated: Mar 2, 2021, 8:05 PM (IST)\nPTI\nShare: WhatsApp | Email\n\nMafraq, March 2\n\nHeavy rain flooded 300 tents overnight, officials said.\n",
			"Floods sweep the camps as the river rises", "The Plains Tribune", "PTI", "Mafraq", "Heavy rain", "2021-03-02"},
		{"a one-word masthead that the page's address spells",
			"Sentinel\nSign in | Newsletters\nNews | World\nFloods sweep the camps as the river rises\nUpdated 16:52, 2 MAR 2021\nBy Jo Park, Live News Reporter\nShare | Comments\n\nHeavy rain flooded 300 tents overnight, officials said.\n\nhttps://www.sentinel.co.uk/news/floods-camps-1234\n",
			"Floods sweep the camps as the river rises", "Sentinel", "", "", "Heavy rain", "2021-03-02"},
		{"a source line that names the agency and its translator",
			"DELTA WEEK\nNews | World\nFloods sweep the camps as the river rises\n02 Mar 2021 · 18:20\nSource: Hina · Translated from Croatian by Delta Week\nShare: Facebook · Email\n\nHeavy rain flooded 300 tents overnight, officials said.\n",
			"Floods sweep the camps as the river rises", "Delta Week", "Hina", "", "Heavy rain", "2021-03-02"},
		{"a masthead in capitals beside its name in another script",
			"VALLEY DAWN | فجر الوادي\nEnglish Edition\nHome | Region | World\nRegion / Syria\nFloods sweep the camps as the river rises\nSunday, 2 March, 2021 - 11:20 AM\nSource: QNA | Translated by the Valley Dawn English desk\n\nHeavy rain flooded 300 tents overnight, officials said.\n\n© 2021 Dar Valley Dawn for Printing and Publishing\n",
			"Floods sweep the camps as the river rises", "Valley Dawn", "QNA", "", "Heavy rain", "2021-03-02"},
		{"a masthead of two acronyms without vowels",
			"VRT NWS\nNews | World\nFloods sweep the camps as the river rises\nTue 2 Mar 2021 · 10:15\n\nHeavy rain flooded 300 tents overnight, officials said.\n\n© 2021 VRT NWS\n",
			"Floods sweep the camps as the river rises", "VRT NWS", "", "", "Heavy rain", "2021-03-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseArticle("t", tt.text)
			if a.Title != tt.title || a.Publisher != tt.publisher || a.Wire != tt.wire || a.Dateline != tt.dateline {
				t.Errorf("title %q publisher %q wire %q dateline %q, want %q %q %q %q",
					a.Title, a.Publisher, a.Wire, a.Dateline, tt.title, tt.publisher, tt.wire, tt.dateline)
			}
			if got := formatDate(a.Published); got != tt.published {
				t.Errorf("published %q, want %q", got, tt.published)
			}
			if len(a.Body) < len(tt.at) || a.Body[:len(tt.at)] != tt.at {
				t.Errorf("body starts %.60q, want %q", a.Body, tt.at)
			}
		})
	}
}

// Datelines in the forms outlets use, in sentences of our own.
func TestLooseDateline(t *testing.T) {
	tests := []struct {
		text, publisher   string
		place, wire, body string
		ok                bool
	}{
		{"PORTVILLE: Heavy rain fell all week.", "", "PORTVILLE", "", "Heavy rain fell all week.", true},
		{"Portville – The agency said 400 tents flooded.", "", "Portville", "", "The agency said 400 tents flooded.", true},
		{"Portville (CNN) Hundreds waited at the gate.", "CNN", "Portville", "", "Hundreds waited at the gate.", true},
		{"KORVA, May 4. /TASS/. More than 900 people returned.", "TASS", "KORVA", "TASS", "More than 900 people returned.", true},
		{"Korva, SNA- A new group of families arrived.", "Syrian News Agency", "Korva", "", "A new group of families arrived.", true},
		{"Korva, Jan. 6 (Petra) -- The minister spoke.", "", "Korva", "Petra", "The minister spoke.", true},
		{"Portville, 18 February: The agency said 400 tents flooded.", "", "Portville", "", "The agency said 400 tents flooded.", true},              // day first, no year
		{"VALLEYNEWS.CO, Portville - The agency said 400 tents flooded.", "ValleyNews", "Portville", "", "The agency said 400 tents flooded.", true}, // the outlet, then the place
		{"Portville: the town waited.", "", "", "", "", false},                                                                                       // mixed case needs a dash
		{"Portville (XYZ) Hundreds waited.", "", "", "", "", false},                                                                                  // no outlet marks it
		{"The agency – which runs camps – said so.", "", "", "", "", false},
		{"Some 400 families fled.", "", "", "", "", false},
	}
	for _, tt := range tests {
		body, place, wire, _, ok := looseDateline(tt.text, tt.publisher)
		if ok != tt.ok || ok && (place != tt.place || wire != tt.wire || body != tt.body) {
			t.Errorf("looseDateline(%q) = %q %q %q %v, want %q %q %q %v", tt.text, body, place, wire, ok, tt.body, tt.place, tt.wire, tt.ok)
		}
	}
}

func TestCaptionLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"A girl carries water near Korva on May 2, 2021. Photo: Jo Doe/AFP via Getty Images", true},
		{"Tents stand in mud outside the town, May 1, 2021. (Valley Star/Sam Roe)", true},
		{"A man waits at the gate on May 2, 2021. [AP Photo/Jo Doe]", true},
		{"Some 400 families fled the town, the agency said (UNHCR).", false},
		{"The agency said 400 families fled (see the map below).", false},
		{"Photo: the camp at dawn shows hundreds of tents under snow and more arriving.", false},
	}
	for _, tt := range tests {
		if got := captionLine(tt.line); got != tt.want {
			t.Errorf("captionLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestOwnWire(t *testing.T) {
	tests := []struct {
		wire, publisher string
		want            bool
	}{
		{"SNA", "Syrian News Agency", true},
		{"Petra", "Jordan News Agency (Petra)", true},
		{"Xinhua", "Xinhua", true},
		{"AFP", "Euronews", false},
		{"AP", "Valley Star", false},
		{"", "Valley Star", false},
	}
	for _, tt := range tests {
		if got := ownWire(tt.wire, tt.publisher); got != tt.want {
			t.Errorf("ownWire(%q, %q) = %v, want %v", tt.wire, tt.publisher, got, tt.want)
		}
	}
}

// Page furniture in the languages and layouts outlets use, in text of our
// own: what is read as the story, and what the header gives. Publisher and
// published are checked when the case gives them.
func TestParseArticle_Furniture(t *testing.T) {
	tests := []struct{ name, text, body, wire, dateline, title, publisher, published string }{
		{"a French credit for the agency and its translators, a share bar with a spaced colon",
			"Floods sweep the camps as the river rises\nPublié le mardi 2 mars 2021 à 10h32\nAFP — Dépêche traduite du français par la rédaction\n[Photo : Des tentes près du camp. © AFP]\nPartager : Facebook | Twitter | Imprimer\n\nMAFRAQ (AFP) — Heavy rain flooded 300 tents overnight.\n",
			"Heavy rain flooded 300 tents overnight.", "AFP", "MAFRAQ", "Floods sweep the camps as the river rises", "", ""},
		{"an outlet and its agency parted by a slash, shares on each network",
			"Valley Daily\nNews in English since 2011\nPolitics | World\nHome / World\nLIVE – Floods sweep the camps as the river rises\nValley Daily / MTI\n2021.03.02. 18:45\nShare on Facebook | Share on Twitter | Copy link\n\nHeavy rain flooded 300 tents overnight.\n",
			"Heavy rain flooded 300 tents overnight.", "MTI", "", "LIVE – Floods sweep the camps as the river rises", "", ""},
		{"a German correction above the story and a related block below it",
			"Floods sweep the camps as the river rises\nVon Anna Berg\n3. März 2021 · 16:20\n*Korrektur: In einer früheren Version hieß es 9 500 Menschen. Richtig ist 7 500.\n\nHeavy rain flooded 300 tents overnight.\n\nMehr zum Thema:\nLager für 650 Menschen beherbergt 7500\n",
			"Heavy rain flooded 300 tents overnight.", "", "", "Floods sweep the camps as the river rises", "", ""},
		{"a Reuters correction line and an arrow breadcrumb",
			"VALLEY WIRE\nHome ➤ World ➤ Refugees\nFloods sweep the camps as the river rises\n(Corrects paragraph 2 to show 575 tents, not 557)\n\nMAFRAQ (Reuters) - Heavy rain flooded 300 tents overnight.\n",
			"Heavy rain flooded 300 tents overnight.", "Reuters", "MAFRAQ", "Floods sweep the camps as the river rises", "", ""},
		{"a weekday opening a live page's date line is no dateline",
			"Floods sweep the camps as the river rises\nSunday, March 7, 2021 — Live updates, all times GMT\nCompiled from Associated Press reports\n\nHeavy rain flooded 300 tents overnight.\n",
			"Heavy rain flooded 300 tents overnight.", "", "", "Floods sweep the camps as the river rises", "", ""},
		{"a caption in brackets that opens the first line",
			"Floods sweep the camps as the river rises\nBy Jo Park\nMarch 7, 2021\n(Photo: Jo Park, AFP) Families wade through a flooded camp.\n\nMafraq — Heavy rain flooded 300 tents overnight.\n",
			"Heavy rain flooded 300 tents overnight.", "", "Mafraq", "Floods sweep the camps as the river rises", "", ""},
		{"a French byline with its agency, an age stamp and a newsletter line in French",
			"Floods sweep the camps as the river rises\nPar La Gazette avec AFP\nMis à jour il y a 3 heures\nPhoto : AFP\n\nHeavy rain flooded 300 tents overnight, officials said.\n\nRecevez la newsletter de la Gazette | Abonnez-vous à partir de 30 DH par mois\n",
			"Heavy rain flooded 300 tents overnight, officials said.", "AFP", "", "Floods sweep the camps as the river rises", "", ""},
		{"an Italian live page: clock stamps, a masthead the address spells, read-also lines in two languages",
			"VALLE DELLA SERA\nEnglish edition\nHome > Esteri\nLIVE | Floods sweep the camps as the river rises\ndomenica 7 marzo 2021 | aggiornato alle 21:05\n\n" +
				"ore 8.40\nHeavy rain flooded 300 tents overnight, police said.\n\nore 9.15\nMore rain is expected.\n\n" +
				"Leggi anche: Floods: 5 things to know\nΔιαβάστε επίσης: 1,500 police to guard the camps\n\n" +
				"Get the Valley newsletter for the top 5 stories every weekday morning, straight to your inbox.\n" +
				"Copyright 1995 - 2021. All rights reserved.\nOriginal url: https://www.valle.it/english/floods-camps\n",
			"Heavy rain flooded 300 tents overnight, police said.\n\nMore rain is expected.", "", "", "LIVE | Floods sweep the camps as the river rises", "Valle della Sera", "2021-03-07"},
		{"a share-or-comment bar with its count, and links to the outlet's other stories",
			"Floods sweep the camps as the river rises\nBy Jo Park\nShare or comment on this article: e-mail | 87 shares\n\nHeavy rain flooded 300 tents overnight.\n\nAlso on Valley Daily: 4 hurt as storm hits the coast\nAlso on Valley Daily: Camp school reopens for 600 pupils\n\nAlso on Sunday, 40 tents blew down.\n",
			"Heavy rain flooded 300 tents overnight.\n\nAlso on Sunday, 40 tents blew down.", "", "", "Floods sweep the camps as the river rises", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseArticle("t", tt.text)
			if a.Body != tt.body || a.Wire != tt.wire || a.Dateline != tt.dateline || a.Title != tt.title {
				t.Errorf("body %q wire %q dateline %q title %q, want %q %q %q %q", a.Body, a.Wire, a.Dateline, a.Title, tt.body, tt.wire, tt.dateline, tt.title)
			}
			if tt.publisher != "" && a.Publisher != tt.publisher || tt.published != "" && formatDate(a.Published) != tt.published {
				t.Errorf("publisher %q published %s, want %q %s", a.Publisher, formatDate(a.Published), tt.publisher, tt.published)
			}
		})
	}
}
