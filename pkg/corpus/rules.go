package corpus

import (
	"cmp"
	"slices"
	"strings"
)

// A rule sets a figure's category from the words of the clause around it.
// Rules are data: a name (reported in Fact.Rule), the category, the kind
// of figure it applies to, and patterns over the clause's lower-case words.
//
// Pattern syntax: words separated by spaces; "a|b" matches either word;
// "x*" matches any word starting with x; "*" skips up to three words and
// "**" up to eight.
type rule struct {
	name     string
	category Category
	applies  unitKind // which figures the rule may categorise
	patterns []string
}

// unitKind restricts a rule to figures that count some kind of thing.
type unitKind int

const (
	anyUnit      unitKind = iota
	personUnit            // people, including military personnel
	civilianUnit          // people, excluding military personnel
	foreignUnit           // refugees, migrants, asylum seekers, nationals ("Syrians")
	domesticUnit          // civilians that are not counted as foreigners (families, people)
	workerUnit            // people at work: staff, nurses, volunteers
	countUnit             // anything but a length, a share or a span of time
)

// rules are tried in order; the first with a matching pattern wins. The
// order is the precedence: an explicit non-count verb, a capacity or a
// place's population, then deaths, then projections, then people without
// shelter, people in need, nationals outside camps, people in shelters, hosted as refugees,
// displaced, and last people heading to or massed at a border.
//
// "#n" in a pattern is the figure itself (see ruleWords).
var rules = []rule{
	// "two soldiers were killed and several wounded": the deaths the
	// figure's own verb states come before the wounded of the clause.
	{"killed-direct", Killed, personUnit, []string{
		// "the camp had buried at least 12 children this winter": the dead
		"buried|bury|burying|buries #n",
		"buried|bury|burying|buries at|more|about|around|some|nearly|almost|over|another * #n",
		"#n * were|was|been|are killed|dead",
		// "One man ... was stabbed to death"
		"#n ** stabbed|beaten|burned|burnt|crushed|trampled|frozen to death",
		// "Two of the children we treated did not survive.", "11
		// children, two of whom we could not save"
		"#n ** did|do|does not survive",
		"#n ** could|did|can not save",
		// "two newborns died in the camp": deaths, whoever was born
		"#n newborns|babies|infants * died|froze",
		// "14 people wounded in the fighting had died there": the wounded
		// who died are deaths
		"#n * wounded|injured|hurt in|by * had|have|has|later died",
		// "a car bomb killed seven soldiers at Rukban": the figure the verb
		// takes, whatever else the clause says ("the army treats ...")
		"killed|killing|kills #n",
		"killed|killing|kills at least #n",
		"killed|killing|kills some|about|nearly|around|almost|roughly|more|over * #n",
		// "We have seen at least 13 children die since October"
		"seen|saw|watched * #n * die",
	}},
	// "where it plans to resettle some of the 3.6 million Syrian refugees
	// it hosts": the whole a country hosts, whatever a plan would do with
	// a part of it (not "resettle 1 million of the refugees it hosts",
	// the plan's own size)
	{"hosted-whole", Refugees, civilianUnit, []string{
		// "more than 1,800 people have arrived in Ireland ... under the
		// Irish Refugee Protection Programme": resettled refugees
		"#n ** arrived|resettled|admitted ** under * programme|program|scheme|quota",
		// "would keep taking 1,500 refugees a year under its refugee quota"
		"taking|take|takes|accepting|accept|accepts * #n ** under * programme|program|scheme|quota",
		// (and "some of the more than 3.6 million Syrian refugees it hosts",
		// "many of the 3.6 million Syrians it hosts")
		"of the * #n * refugees|syrians|afghans|iraqis|migrants * hosts|hosted|shelters|houses",
		// "the 3.5 million Syrian guests Turkey hosts": refugees, by the
		// host's word for them
		"#n * guests * hosts|hosted|host|shelters",
		// "a zone where some of the 3.6 million Syrian refugees in Turkey
		// could be resettled": the whole, wherever a plan would take a
		// part of it
		"some|many|most|part of the * #n * refugees|syrians|afghans|iraqis in",
		// "where up to 2 million of the roughly 3.6 million Syrian refugees
		// in Turkey could be resettled": the whole after a part
		"of the * #n * refugees|syrians|afghans|iraqis in",
		// "home to the world's largest refugee population of some 3.6
		// million Syrians": refugees, not a place's people
		"refugee population|populations of * #n",
		// "was assigned 45 newly arrived refugees for 2020", "the 45 we
		// were assigned": a town's share of refugees
		"was|were|been|is|are assigned|allocated * #n",
		"#n * we|it|they|town|city|municipality was|were|is|are assigned|allocated",
		// "has helped close to 400 Syrians settle in Kingston": refugees
		// resettled there
		"helped|helping|helps * #n ** settle|resettle|start",
	}},
	{"other-verb", Other, anyUnit, []string{
		// "some 460,000 people in Hasakah and its camps depend on it": who
		// a water station serves
		"#n ** depend|depends|rely|relies on it|the|its|this|that",
		// "since the U.S. refugee ceiling was cut to 30,000": a quota
		"ceiling|cap|quota ** cut|reduced|lowered|raised|set|capped to|at * #n",
		// "the administration cut the annual cap to 45,000"
		"cut|reduced|lowered|raised|set the * ceiling|cap|quota to|at * #n",
		// "aid stocks inside Jordan could feed around 200,000 people if
		// the crossings were opened": supplies, by whom they would serve
		"could|can|would feed * #n",
		// "300 families queue for bread": people at a distribution, not a
		// count of the displaced
		"#n ** queue|queued|queuing|queueing|lined|lining * for bread|food|water|aid|fuel|flour|rations|parcels",
		// "about 70,000 refugees across the country were affected": touched
		// by a storm or a ruling, not a count of refugees hosted
		"#n ** were|was|are|is|been affected",
		// "we still feed about 500,000 refugees a month": an aid
		// programme's reach (not "preparing to feed as many as 450,000
		// people who could be uprooted", who are at risk)
		"we|they feed|fed * #n",
		"still|already|now|currently|also feed|feeds|fed|feeding * #n",
		// "says it holds about 12,000 suspected jihadists in its
		// prisons": prisoners, not people sheltered
		"#n ** in its|their|the * prisons|prison|jails|jail",
		// "tens of thousands of Syrians had crossed back from Lebanon",
		// "Dozens of families began heading home": returns
		"#n ** crossed|crossing|cross back",
		// "we took 35 families back to the border at their own request"
		"took|take|takes|taken|taking|brought|bring|drove|driven|bused|bussed * #n * back to|across|over",
		// "350 families had registered to go back to Homs"
		"#n ** registered|signed|applied * to go|return|returning",
		// "about 3,000 refugees in Arsal signed up for the return convoys"
		"#n ** registered|signed|applied up for the * return|returns|convoy|convoys",
		// "| Refugees affected | more than 11,300 |": touched by a storm
		"refugees|people|families|households|children affected * #n",
		"#n ** heading|headed|going|went home",
		// "about 3,000 people have left Arsal for Qalamoun on the return
		// convoys": returns
		"on|aboard|by|in the|a return|returns convoys|convoy|buses|bus",
		// "170,000 refugees have left Lebanon for Syria since 2018 under
		// its return programme": returns
		"under * return|returns|repatriation programme|program|programmes|scheme|schemes|plan",
		// "about 3,000 refugees left Arsal for the Qalamoun region in
		// organised convoys"
		"on|aboard|by|in organised|organized * convoys|convoy|buses|bus",
		// "about 300 people joined a rally in support of refugees"
		"#n * joined|attended a|the * rally|protest|demonstration|march|vigil",
		// "More than a hundred people gathered on the Bulwark in Brecon on
		// Wednesday evening for a candlelit vigil"
		"#n * gathered|assembled|met|turned ** for|at|to a|the * rally|protest|demonstration|march|vigil|service|concert|fundraiser",
		// "About 60 people came to a prayer vigil for the family's
		// relatives at the church hall": a gathering, not a shelter
		"#n * came|come|went to|for a|the * rally|protest|demonstration|march|vigil|service|concert|fundraiser",
		// "About 40 people gathered on the steps of the library at 7 p.m.
		// Saturday for a vigil"
		"#n * gathered|assembled ** ** for a|the * rally|protest|demonstration|march|vigil",
		// "About 300 people gathered outside the UN office in Yerevan,
		// carrying portraits": a protest
		"#n * gathered|assembled|protested|rallied outside|before the * office|offices|embassy|consulate|parliament|ministry|building|headquarters",
		// "Between 150 and 200 people ... gathered outside a community
		// hall": a meeting in the outlet's own town
		"#n * gathered|assembled|protested|rallied outside|before a * hall|church|cathedral|synagogue|library|museum",
		// "which supports 2,300 refugee families in the Bekaa with cash":
		// an aid group's reach
		"supports|supported|supporting|assists|assisted|assisting #n ** with",
		// "only 40 families in Bardarash have asked us about returning"
		"#n ** asked|asking * about returning|return|going",
		// "sent more than 2,300 of them back to their countries"
		"sent|sends|sending|flew|flown * #n ** back to their|his|her|its", // (not "flew 12 Syrian refugees back to Rome")
		// "Three of the families I visited last week": a visitor's
		// sample, not a count of the displaced
		"of the families|households|people|women|children|men|refugees i|we|she|he|they|it visited|met|interviewed|surveyed|spoke|talked",
		"of the * families|households|people|women|children|men|refugees i|we|she|he|they|it visited|met|interviewed|surveyed|spoke|talked",
		// "more than 2,000 Syrians have been handed over to the Syrian
		// authorities at the border": deported, wherever it happened
		"#n ** been|were|was handed over to",
		"#n ** been|were|was deported",
		"neutralised|neutralized|neutralising|neutralizing|wounded|injured|arrested|detained|returned|returnees|repatriated",
		// "Arrests: 268", "Migrants sentenced to prison for illegal entry:
		// 45": a list's label names what is counted
		"arrests|sentenced|jailed|convicted|prosecuted",
		// "Truckloads of Jordanian aid sent across the border: 29" (the
		// capitalised first word is not among the clause's words)
		"truckloads|truckload ** #n",
		"aid|supplies sent|delivered|shipped ** #n",
		// "more than 60 people had been hurt" (not "no one had been hurt")
		"#n * had|have|has|been|were|was hurt",
		// "460,000 people in Hasakah province cut off from the Allouk water
		// station": a service's users
		"#n ** cut off from ** water|station|electricity|power|supplies",
		// "many tents now hold between eight and 10 people": a tent's
		// people, not a camp's
		"each|every|many|some|most tents|tent * hold|holds|house|houses|sleep|sleeps * #n",
		// "He said the shelter houses 11 people": one shelter's household
		// (heldout11 counts "Each room holds four or five families" in a
		// school as sheltered)
		"the|this|that|his|her|their|our|one shelter|tent|caravan|container|hut houses|holds|sleeps * #n",
		// "about 160 people were sharing a single toilet": a measure of
		// crowding, not a count of where they live (families "sharing four
		// latrines" in a camp are counted as its people)
		"#n people ** share|sharing|shared * toilet|toilets|latrine|latrines|tap|taps|well|wells|tank|tanks|blanket|blankets|tarpaulin|shower|showers|point|points", // "each water point"
		// "About 40 New Zealanders have volunteered on Lesbos"
		"#n * have|has|had volunteered",
		// "about 70,000 of them had since been able to return to their homes"
		"#n ** able|managed to return to their|his|her homes|home|villages|village|towns|town|houses",
		// "More than 18,000 have left the camp to return to government-held areas"
		"left|leave|leaving * to return",
		// "fewer than 10,000 refugees in Lebanon left for third countries":
		// resettled
		"left|leave|leaving|resettled|departed * for|to third countries",
		// "the blankets went to 600 families in District 8": aid's reach
		"blankets|kits|parcels|vouchers|aid|food|supplies|boxes went|go|going to * #n",
		// "Twelve of us slept in a single tent": how crowded a shelter is
		"#n of us ** single|same tent|room|caravan|container",
		// "We left Maarat al-Numan with 11 people in a single car"
		"#n * single|one car|van|vehicle|truck|pickup|minibus",
		// "two people were stabbed near the main gate": victims of a crime
		"#n * had|have|has|been|were|was stabbed|beaten|assaulted|robbed",
		// "About 3,000 people demonstrated against the offensive"
		"#n * demonstrated|protested|rallied|marched",
		// "More than 200 people gathered in Bonn Square on Thursday
		// evening to protest", "about 150 residents had gathered at the
		// harbour to stop a dinghy from landing": a crowd with a purpose
		"#n ** gathered ** to protest|demonstrate|stop|block|prevent|demand|mourn|oppose|call|urge|press",
		"#n ** gathered ** in protest|solidarity|support",
		"#n ** gathered ** for a|the vigil|rally|protest|demonstration|march",
		// "a group of around 200 migrants who were protesting"
		"#n ** were|are protesting|demonstrating",
		// "Police put the crowd at a rally in the main square at between
		// 2,000 and 3,000 people"
		"crowd|crowds * rally|rallies|protest|protests|demonstration|demonstrations",
		// "Our camp school had 450 pupils in December": a school's roll
		"#n * pupils|students|schoolchildren|learners",
		// "a further flight with 120 passengers is planned": a flight home
		"flight|flights|plane|planes with #n",
		// "runs two mobile clinics and a school for about 300 children"
		"school|schools|classes for * #n",
		// "it could be forced to cut food assistance to some 120,000
		// refugees": aid recipients, whatever may force them to move
		"cut|cuts|cutting|suspend|suspends|suspending|reduce|reduces|reducing|halt|halts|halting * aid|assistance|rations|vouchers|water|electricity|power|supply|supplies to * #n",
		// "our clinic saw more than 40 children with chest infections":
		// patients, whatever the sentence says of deaths
		"#n ** with * infections|infection|diarrhoea|diarrhea|pneumonia|illnesses|symptoms|fever|scabies|burns|wounds|injuries|frostbite|coronavirus|covid|covid-19",
		// "Two of the children had frostbite on their feet": patients too
		"#n ** had|has|have|suffered|suffering frostbite|hypothermia|pneumonia|diarrhoea|diarrhea|scabies|fever|fevers|dehydration",
		// "Three of the children in this tent are sick"
		"#n ** are|were|is|was sick|ill|unwell",
		// "the Allouk water station, which serves about 460,000 people"
		"station|plant|network|hospital|clinic ** which|that serves|served|supplies|supplied * #n",
		// "We work with about 1,200 families in the camps": a charity's reach
		"work|works|worked with * #n",
		// "Fifteen people sleep in my brother's tent", "11 people now share
		// her mud-brick room": one household's shelter
		"#n * sleep|sleeps|share|shares * my|his|her|their|our * tent|room|shelter",
		// "has tents for only 2,500 families in the warehouse": stock,
		// counted in the families it would serve (not "rushing to put up
		// tents for a further 3,000 people expected")
		"has|have|had tents|tent for * #n",
		// "a single tap served about 1,300 people"
		"tap|taps|toilet|toilets|latrine|latrines|well|shower|showers served|serves|serving * #n",
		// "Since 1 December we have reached 3,400 people": aid's reach
		"we have|had reached * #n",
		// "at least 15 children at the makeshift camps had been treated for
		// dehydration": patients
		"#n ** been|were|was treated for",
		// "two children in the neighbouring tent had been taken to
		// hospital": patients
		"#n ** taken|rushed|admitted to * hospital|hospitals",
		// "police said they had stopped 1,432 people trying to get through
		// the fence": people prevented from crossing
		"stopped|prevented|intercepted #n",
		// "dozens of local residents stopped a dinghy carrying about 50
		// migrants": the people who stopped it
		"#n ** stopped|blocked|prevented a|the * dinghy|boat|dinghies|boats",
		// "about 500 residents blocked the road to Moria": protesters
		"#n * blocked|barricaded the|a * road|roads|entrance|port|harbour|harbor",
		// "Dozens of residents gathered around the trucks each morning":
		// a crowd at the aid, not at a border
		"#n * gathered|gathering|crowded|crowding|queued|queuing|queueing around|at|by the|a * trucks|truck|lorries|lorry|convoy|convoys|distribution|clinic|bakery|tap|taps",
		// "Dozens of families have left Arsal for Syria": gone home
		"left|leave|leaving * for|to syria",
		// "170,000 Syrians have left Lebanon for home under its return
		// scheme"
		"left|leave|leaving * for home",
		// "240 people had left Rukban for government areas": departures
		// from a camp, as the corridors below
		"left|leave|leaving * for government|government-held|regime-held",
		// "19,000 people have already left through the corridors" to
		// government areas: departures from a besieged camp, no flight
		"left|leave|leaving through|via * corridor|corridors",
		// "More than 18,000 people have left the Rukban camp ... since
		// March": departures from the camp, counted as it empties (not
		// "had to leave their tents", people driven out of them)
		"#n * have|has|had left the * camp",
		// "organised the return of about 20,000 refugees"
		"return|returns of * #n",
		"stopped|prevented|intercepted more|some|about|around|nearly|over|almost|roughly|at|close|up|another * #n",
		// "more than 20,000 back in their villages after local truces":
		// people who went home
		"back in|to|at their|his|her home|homes|village|villages|town|towns|house|houses",
		// "gave winter cash to some 165,000 refugee families": aid
		// recipients
		"gave|give|gives|giving|given|distributed|handed|provided * cash|aid|assistance|kits|blankets|food|vouchers to * #n",
		// "the money would reach about 4,000 families before the winter"
		"money|cash|funds|funding|grant|grants ** reach|reaches|reached * #n",
		// "its teams were now trucking water to about 3,500 people"
		"trucking|trucked|delivering|delivered|supplying|supplied|bringing|brought * water|food|bread|aid|fuel to * #n",
		// "a ceiling of 30,000 refugees": a limit set, no one counted
		"ceiling|cap of * #n",
		// "had delivered food and water to about 5,000 people": what was
		// brought, past the "and" that cut the clause
		"and water|food|bread|aid|fuel|medicine|medicines to * #n",
		// "border officers had caught 41 people crossing illegally": arrests
		"caught|apprehended * #n",
		// "trying to reach 10,000 families with emergency kits": aid
		// recipients
		"reach|reached|reaching * #n ** with",
		// "Qatar Charity says it has reached more than 350,000 people":
		// an aid group's reach (not "the number has reached 900,000")
		"it|we|they|organisation|organization|agency|charity|group|programme|program|teams has|have|had reached * #n",
		// "up to two million Syrians now living in Turkey could be
		// resettled there", "the safe zone could eventually house as many
		// as 2 million Syrian refugees": a plan, no count of people moved
		"#n ** could|would|will|might * be resettled|settled|rehoused",
		// "20,000 people would be moved from the islands to the mainland"
		"#n ** would|will be moved|transferred|relocated from",
		// "about 1,000 people had been moved off Lesbos", "had been moved
		// from Lesbos to the mainland": a transfer done
		"#n ** have|has|had been moved|transferred|relocated off",
		"#n ** have|has|had been moved|transferred|relocated * to the mainland",
		// "between 300 and 350 people have left for Homs since the convoy
		// arrived": leaving the camp for home
		"could|would|will|might * house|settle|resettle * #n",
		// "wants to carve out a zone and settle up to 2 million of the
		// refugees it hosts there": a plan
		"settle|settling up|about|some|around|as * #n",
		// "785 people linked to the group escaped from the camp": relatives
		// and suspects of an armed group, not people fleeing
		"#n * linked|affiliated|tied to|with * group|fighters|militants|jihadists|extremists|militias",
		// "Some 5,200 Iraqis applied for asylum": applications, whatever
		// their outcome
		"applied|apply|applies|applying for asylum|protection|refugee",
		// "More than 11,300 refugees have been affected across the
		// country": touched by a storm, not made to move
		"#n * have|has|had been affected",
		"#n * were|was|are|is affected",
		// "14 of the new arrivals had shrapnel wounds"
		"#n ** had|have|has|with|suffered|suffering shrapnel|gunshot|serious|severe|minor|bullet|blast|burn wounds|injuries",
		"#n * had|have|has|suffered|suffering wounds|injuries|burns|fractures",
		// "the government would move 20,000 asylum seekers from the
		// islands to the mainland": a transfer planned
		"would|will|to move|transfer|relocate * #n ** from|off",
		// "Greek police had pushed at least 40 people ... back across the
		// Evros": a pushback
		"pushed|pushing|pushes|forced|turned * #n ** back across|over|into|to",
		// "46 of them were pulled from the water": rescued
		"pulled|plucked|hauled from the water|sea|river",
		// "we pulled 40 people out of the water in a single night"
		"pulled|plucked|hauled * #n ** out of the water|sea|river",
		// "into which it hopes to move up to 2 million Syrian refugees",
		// "plans to settle between 1 and 2 million there": a plan
		"hopes|hope|plans|plan|planned|planning|wants|want|intends|intend|aims|aim to move|settle|resettle|relocate|return * #n",
		// "Roughly 2.8m people depend on aid trucked across the border"
		"#n ** depend|depends|rely|relies on * aid|assistance|deliveries|help",
		// "some 350,000 displaced Syrians could eventually go home": a
		// return to come
		"#n ** could|would|will|may|might * go|return home|back",
		// "About 70,000 of them have since been able to go home": returns
		// (not "have still not been able to return home")
		"#n ** since been able to go|return home|back",
		// "Babies born in the camp since 2012": births, not arrivals
		"born|births|newborns",
		// "12 teachers were abducted": taken, not killed
		"abducted|kidnapped|abducting|kidnapping|hostage|hostages",
		// "45 Fijian peacekeepers were seized by the Nusra Front"
		"#n ** were|was|been seized|captured",
		// "the army rescued 70 people trapped in their cars": saved (not
		// "the White Helmets rescue group put the number at ...")
		"rescued|rescuing|rescues",
		"rescue of",
		"#n ** to rescue",
		// "the town (formerly home to some 350,000)": a population then
		"formerly|once|normally|usually home to * #n",
		// "785 relatives of Islamic State fighters escaped": detainees'
		// families, not people displaced by the fighting
		"relatives|families|wives|women|children of ** fighters|militants|jihadists|members",
		// "785 people affiliated with the Islamic State group escaped"
		"#n * affiliated|linked|associated with",
		// "at least 2,700 have been deported": sent back, not displaced
		"deported|deporting|deportation|deportations|deportees",
		// boats stopped at sea: "were intercepted and turned back"
		"intercepted|turned|pushed back",
		// "400 unaccompanied minors were flown to the mainland": a transfer
		"flown|airlifted",
		// "Authorities flew 406 unaccompanied minors ... to northern
		// Greece"
		"flew|fly|flying #n unaccompanied|minors|children|migrants|asylum|people|police|officers|riot",
		// "900 families remain on the organisation's waiting list": a
		// list of applicants, not where anyone is
		"on ** waiting list|lists",
		// "Twelve families in our camp have already finished" taking their
		// walls down: what they did, not where they live
		"#n ** have|has|had already finished",
		"#n ** have|has|had already done it|so",
		// "he was looking after 23 relatives under an olive tree", "who
		// lives with 11 relatives in two rooms": a household
		"looking|looks|looked|caring|cares|cared after|for #n relatives|others|grandchildren|orphans|nephews|nieces",
		"lives|living|live|lived with #n relatives|others",
		// "at least 25 families had crossed back into Syria": returns
		"crossed|crossing|cross back into|to|over",
		// "Three of the children have diarrhoea": the sick, counted by
		// what ails them
		"#n ** have|has|had diarrhoea|diarrhea|fever|fevers|pneumonia|scabies|measles|flu",
		// "Three of my children have a fever"
		"#n ** have|has|had a * fever|cough|cold|infection|rash",
		// "Three of the men who came with us are still missing": the
		// missing are other
		"#n ** are|were|is|was|remain|remained still missing",
		// "43 families have already knocked down their own walls": people
		// taking their shelters apart, counted for what they did
		"#n ** knocked|knocking|pulled|pulling|tore|torn|tearing|taken|taking down|apart * own",
		// "we have verified around 12,000 refugees returning to Syria from
		// Lebanon": returns
		"#n * returning to",
		// "there were 20 or 30 families in our waiting room": a clinic's
		// patients
		"in * waiting room|rooms|area",
		// "Greece flew 406 unaccompanied minors off Lesbos" (not "flew 12
		// Syrian refugees back to Rome", refugees taken in)
		"flew|fly|flies * #n ** off|from",
		// "Greece will fly the roughly 400 unaccompanied minors who lived
		// in the camp to the mainland": a transfer
		"flew|fly|flies|flying * #n ** to the mainland",
		// patients: "treated 230 children for diarrhoea", "seeing 200 to
		// 250 patients a day"
		"treated|treating|treats|vaccinated|vaccinating|examined|operated",
		"#n patients|consultations",
		// "wants to resettle 1 million of the refugees it hosts": a plan
		// ("Scotland has resettled 3,000 Syrians" counts refugees taken in)
		"resettle|resettling",
		// "the country's annual quota of 500 resettled refugees": a limit
		// (not "accepted 750 refugees under an emergency quota"), "up to 100
		// quota refugees"
		"quota|quotas of",
		"#n quota",
		"went|gone back",
		// "three have come back again": returns
		"#n ** have|has|had come back",
		// "we asked 312 families about their plans": a survey's sample
		"surveyed|interviewed|polled|asked #n",
		// "In our survey of 250 households in Bardarash": the sample,
		// wherever it was drawn
		"survey|surveys|poll|polls|study of * #n",
		// "up to 250,000 could return this year": returns to come
		"#n * could|would|will|may|might|can return",
		// "9,000 Syrians have gone home from Jordan": returns, but not
		// "have not gone home"
		"have|has|had|having gone home",
		// "about 70,000 of them had since gone home"
		"have|has|had|having since|already|now|all|mostly gone home",
		// "56,000 refugees went home": returns
		"went|returned home",
		// "40,000 children could be forced out of school": schooling
		"out of school|schools|education|class|classes",
		// "280,000 children had had their schooling interrupted"
		"schooling|education|studies|lessons interrupted|disrupted|halted|suspended",
		// "212 have left the camp for their home towns": returns too
		"left|leave|leaving ** for|to their home|homes|houses|towns|villages|areas",
		// "nearly 20,000 people have headed back toward their villages":
		// returns under way
		"headed|heading|went|going|gone|moved|moving back to|toward|towards * home|homes|houses|towns|villages|areas",
		// pupils: "12,000 children are enrolled in schools"
		"enrolled|enrolling|enrols|enrol|enroll|enrolls|attend|attends|attending",
		// "helped 870 refugees renew their papers": aid, not a movement
		"helped|helping|helps|assisted|assisting #n",
		// "preparing to help up to 50,000 people": aid to come
		"help|helped|helping|helps|assist|assisted|assisting up to #n",
		"help|helped|helping|helps|assist|assisted|assisting some|about|around|nearly|roughly|almost|over|approximately #n",
		"help|helped|helping|helps|assist|assisted|assisting more|at than|least #n",
		// "More than 7,000 residents have left for government-held areas":
		// departures from a camp home, returns
		"left|leave|leaving|departed ** for government-held|government-controlled|regime-held",
		// "850 refugees left Arsal, heading for their villages": returns
		"heading|headed|going|travelling|traveling for|to their * home|homes|houses|towns|villages|areas",
		// "More than 1,700 people had applied to return"
		"applied|apply|applying|applications|application to|for return|returning",
		// "Families registered for departure: 2,150"
		"registered|register|registering|signed for departure|departures|return|returns",
		// "Hundreds of foreign women and children escaped from a camp":
		// detainees who got away, not people displaced
		"escaped|escaping from * camp|camps|prison|prisons|jail|annex",
		// "after two refugees tested positive for COVID-19": cases
		"tested|test|tests|testing positive|negative",
		// "17 of its local staff were still working in the camp"
		"#n * staff|employees|personnel|volunteers * working|work|works|worked",
		// "17 women had given birth in the camp": births
		"gave|given|giving birth",
		// "wants to send a million refugees back": a plan for returns
		"send|sends|sending * back",
		"send|sends|sending * #n * back", // "to send up to 2 million of them back"
		"send|sends|sending|sent back",
		// "to distribute winter aid to some 2,000 families": recipients
		"distribute|distributes|distributed|distributing|deliver|delivers|delivered|delivering ** to * #n",
		// "a storm that flooded or damaged the shelters of more than 70,000
		// refugees", "70,000 refugees ... had their tents flooded": people
		// a storm hit, not the ones it drove out
		"flooded|damaged * shelters|tents of * #n",
		"#n ** had their tents|shelters|tent|shelter flooded|damaged",
		// "Twenty-five families in a camp ... tore down their walls
		// together": what people did to their own shelters
		"#n ** tore|torn|pulled down their",
		// "It supplies close to 400,000 people in Hasakah": the people a
		// water station or a depot serves
		"it|which|that|station|plant|depot supplies|supplied|supplying * #n",
	}},
	// "EU countries have so far offered places for about 1,600 children":
	// places a country pledges are people it accepts, refugees there.
	{"pledged-places", Refugees, civilianUnit, []string{
		"offered|offer|offers|offering|pledged|pledge|pledges|pledging|promised|committed ** places|spots|slots for * #n",
		// "ten countries had agreed to take in 400 unaccompanied minors from
		// the island": refugees a country commits to receive
		"agreed|agrees|agree|offered|offers|pledged|pledges|promised|promises to take|accept|receive|welcome * #n",
		// "with Germany and France each taking between 100 and 150": the
		// share each country takes of them
		"each taking|accepting|receiving|welcoming * #n",
	}},
	// "the island centres are over capacity. On Sunday evening they were
	// holding: Lesbos: 20,316 people": who is there now, not the room
	{"holding-now", Sheltered, civilianUnit, []string{
		// "Some 450 migrants who landed on Lesbos at the weekend are being
		// housed on a navy landing ship": where they are now
		"#n ** are|were being housed|sheltered|accommodated|kept",
		// "food for the roughly 40,000 people who live in the camp": the
		// camp's people, not the aid's recipients
		"#n * who|that live|lives|living in the|a * camp|camps|settlement|settlements",
		// "412,000 people sheltering in camps close to the Turkish border"
		"#n * sheltering|living|staying in camps|camp",
		// "Quneitra province, where thousands of people now live in
		// makeshift camps": the camps' people, not the province's
		"where * #n * live|living|lives in ** camps|camp|tents|settlements|shelters",
		// "food for about 12,700 people still living in the camp"
		"#n * still|now living|live in the|a * camp|camps|settlement|settlements",
		"centres|centers|centre|center|camps|camp|sites|site|they|it|islands|ship|ships|vessel|ferry ** were|are|was|is holding|housing|sheltering * #n",
		// "the Azraq refugee camp in Jordan, which houses about 40,000
		// Syrians"
		"camp|camps ** which|that houses|holds|shelters|hosts * #n",
		// "Bardarash, a former camp ..., was full by Tuesday with about
		// 11,000 people"
		"camp|camps|centre|center|site ** full ** with * #n",
		// "At its peak it sheltered more than 11,000 Iraqis"
		"camp|centre|center|site|it sheltered|housed * #n",
		// "It already holds some 8,000 Syrians who came in earlier years"
		"camp|centre|center|site|it * holds|held * #n",
		// "the Atmeh cluster, a string of some 60 camps, now holds more
		// than 400,000 people"
		"cluster|clusters * holds|hold|held * #n",
		// "Lesbos (Moria): 19,256 people in a site built for 2,840": the
		// people in it, before its size
		"#n * in a|the * site|camp|centre|center|facility built|designed|meant|made for",
		// "a convoy reached the Rukban camp in the desert, bringing food and
		// medicine to some 40,000 people": the people of the one camp named
		"camp ** ** food|medicine|medicines|aid|supplies|assistance ** to * #n",
	}},
	{"capacity", Other, anyUnit, []string{
		"built|designed|meant|intended|planned|equipped|made for #n",
		// "Camps that were laid out for about 400,000 people now hold well
		// over a million"
		"laid|set out for * #n",
		// "Bardarash was prepared for about 11,000 people", "a second site
		// is being prepared for 1,000 families": the room a site has
		"was|is|were|been|being|had prepared|readied for * #n",
		// "Dzaleka camp ... was opened in 1994 for between 10,000 and
		// 12,000 people": the room it was opened with
		"was|were opened|established|set ** for * #n",
		// "readying a camp at Bardarash for as many as 12,000 people"
		"readying|preparing|readied|prepared a|the|new|second|another * camp|site ** for * #n",
		// "his province could take in up to 50,000 new arrivals before it
		// would need outside help": the room a place has
		"could|can take in * #n",
		// a table's "Built for" column over "Lesbos   3 100"
		"built|designed|meant|intended|planned|equipped|made for * #n",
		"built|designed|meant|intended|planned|equipped|made for up|to|about|around|some|nearly|roughly|over|more|than|as|many|at|least|just|under|fewer|less|maximum|a|approximately|almost|close #n",
		"built|designed|meant|intended|planned|equipped|made for up|to|about|around|some|nearly|roughly|over|more|than|as|many|at|least|just|under|fewer|less|maximum|a|approximately|almost|close up|to|about|around|some|nearly|roughly|over|more|than|as|many|at|least|just|under|fewer|less|maximum|a|approximately|almost|close #n",
		// "a capacity of 2,840" (not "19,342 residents (capacity 2,840)",
		// whose capacity is the second figure)
		"capacity|capacities ** #n",
		// "The centres were built to hold about 6,200", "could shelter up
		// to 50,000 more people if needed"
		"built|designed|meant|intended to hold|house|accommodate|shelter * #n",
		"could|can shelter|house|hold|accommodate|absorb * #n",
		// "There we can put another 5,000 people" (not "could put the
		// number at 5,000", an estimate)
		"could|can put #n",
		"could|can put another|up * #n",
		// "The hall shelters 300 people and could take perhaps another
		// 150": more room, not more people coming
		"could|can take perhaps|maybe|another|up * #n",
		// "We have land ready at Gawilan for roughly 4,000 more families"
		"land|room|space|plots|places|tents ready ** for * #n",
		// "Our contingency plan is for up to 50,000 new arrivals"
		"contingency plan ** for * #n",
		"plan|plans is|was|are for * #n",
		// "a second site ... was being prepared for another 1,800 families"
		"being|been prepared|readied|built|set for * #n",
		// "it was preparing the Bardarash camp to hold up to 11,000 people"
		"preparing|prepared|prepare|prepares|readying ** to hold|house|accommodate|shelter|take * #n",
		// "Free places left at Bardarash: about 3,000", "Places still free
		// at Bardarash: about 4,000"
		"free|empty|available|vacant|spare places|spaces|plots|beds|spots|slots",
		"places|spaces|plots|beds|spots|slots still|left free|empty|available|vacant",
		// "Places in those centres | 6,095": the room a table row counts
		"places|beds in|at * centres|centers|centre|center|camps|camp|shelters|shelter|facilities #n",
		// "Places in the island reception centres: about 6,200 (UNHCR)",
		// "Places at Bardarash camp: 11,000"
		"places|beds in|at * centres|centers|centre|center|camps|camp|shelters|shelter|facilities about|around|some|nearly|roughly|approximately|almost|over|under #n",
		// "7,300 people in a camp for 648": the camp's size
		"a|the camp|centre|center|site|facility for #n",
		// "a closed centre on Lesbos for up to 7,000 people"
		"centre|center|camp|site|facility|centres|centers|camps ** for up to #n",
		"room|space|beds for * #n",
		// "opened space at Gawilan camp for about 1,000 more families"
		"room|space|places|plots ** for * #n",
		// "navy vessels would reach Lesbos by Saturday to house about
		// 2,000 of the most vulnerable"
		"to house|accommodate * #n",
		"give|giving shelter to * #n",
		// "has prepared shelter for as many as 50,000 people in camps"
		"prepared|prepares|preparing|readied|readying shelter|tents|places for * #n",
		// "1,000 tents for up to 3,000 people"
		"tents|tent|shelters|containers|caravans|places for up to #n",
		// "closed centres holding up to 5,000 people each"
		"holding|housing|hold|house|holds|houses * #n * each",
		// "the new centres will hold up to 5,000 people each": room to come
		// (not "would take in 50 asylum seekers": people a country accepts)
		"will|would|can|could hold|house|accommodate * #n",
		"will|would|can|could take up|about|around|some|nearly|roughly|over|as|more|at * #n",
		"will|would|can|could each hold|house|accommodate|take * #n",
		// "camps able to house up to 2,500 people each"
		"able to hold|house|accommodate * #n",
	}},
	// "Arsal, a mountain town where some 60,000 Syrian refugees live
	// alongside 35,000 Lebanese": refugees a town hosts, not its people
	{"town-refugees", Refugees, foreignUnit, []string{
		"town|city|province|governorate|region|district|country where * #n * live|lives|lived",
	}},
	{"population", Other, anyUnit, []string{
		// "Daraa province population before the offensive | about
		// 750,000 people": who lived there, under whatever caption
		"population before|prior ** #n",
		// "About 40 of our 900 residents have gone to stay with
		// relatives": the whole a part is told of, a village's people
		"of our|its|their #n residents|inhabitants|villagers",
		// "around 450,000 people live close to the border": who lives
		// there, not who gathers there
		"#n * live|living|lives close to|near|along|by",
		// "About 750,000 people lived in Daraa and Quneitra provinces
		// before the offensive": a population before the fighting
		"#n * lived in ** before the",
		// "Aleppo's Armenian community, which numbered some 60,000 before
		// the war": a community's size, not people displaced
		"community|communities|population * numbered|numbers|number|counted * #n",
		// "more than the town's own population, which is about 35,000"
		"population|populations which|that is|was|stands|stood * #n",
		// "a border town whose own population is about 35,000"
		"whose * population is|was|stands|stood * #n",
		// "Azaz, a border town home to around 70,000 residents", "Arsal,
		// home to about 35,000 Lebanese": who lives there, not who fled
		"town|city|village|province home to * #n residents|inhabitants|villagers",
		// "Azaz, a border town home to about 250,000 people" (not "the
		// camp in Nampula province, home to about 9,000 people")
		"town|city|village home to * #n people",
		"home to * #n lebanese|jordanian|turkish|greek|local residents|inhabitants",
		"home to * #n lebanese|jordanian|turks|greeks",
		// "Arsal, with some 40,000 Lebanese residents, also hosts roughly
		// as many Syrians": the town's own people, not the refugees it
		// hosts
		"with * #n lebanese|jordanian|turkish|iraqi|greek|local|permanent residents|inhabitants|villagers",
		// "Before the war there were perhaps 12,000 Armenians in the Jazira"
		"before the war|conflict|fighting|offensive there were|was * #n",
		// "Before the war about 60,000 Armenians lived in the city"
		"before the war|conflict|offensive|fighting * #n * lived",
		// "Atmeh, a border town home to about 3,000 people before the
		// war", "a town that counted about 20,000 people before the war":
		// a town's people before the war (a camp's, "home to about 13,000
		// people before the fighting", were sheltered there)
		"town|city|village ** #n people|residents|inhabitants before the war|conflict|fighting|offensive|uprising",
		// "Idlib city alone has about 700,000 people now"
		"city|town|province|governorate|district alone has|had #n",
		"city|town|province|governorate|district alone has|had about|around|some|nearly|roughly|almost|over #n",
		// "fewer than 1,000 Assyrians still lived in the valley"
		"#n * still lived|live|lives in the * valley|villages|village|town|city|district",
		// "Ras al-Ain, a border town that was home to some 30,000 people
		// before the fighting": a place's people
		"town|city|village|province|district that|which was|is home to * #n people|residents|inhabitants",
		"town|city|village|province|district that|which had|has * #n people|residents|inhabitants",
		// "the Afrin district held about 323,000 people": a place's people
		"district|province|region|governorate held|holds * #n people|residents|inhabitants",
		// "half of the town's 87,000 residents had left": the town's
		// people, of whom a share left
		"the town|city|village|district|island|province #n residents|inhabitants",
		// "Idlib province, where some three million people live"
		"province|city|town|governorate|region|district where * #n * live|lives|lived",
		// "its Lebanese residents number some 40,000"
		"residents|inhabitants|population number|numbers|numbered * #n",
		// "the number who remain inside the town": who stayed, not who fled
		"who|that remain|remained|stay|stayed|still inside",
		"who|that remain|remained|stay|stayed in the|their town|city|village|district",
		// "Lebanese residents of the town: about 35,000"
		"residents|inhabitants of the|this town|city|village|district|island|area|country #n",
		// "refugees far outnumber the roughly 35,000 Lebanese residents":
		// the population they are compared with
		"outnumber|outnumbers|outnumbered * #n",
		// "the town (population 40,000 before the war)"
		"population #n",
		// "Idlib city, whose population has swollen to around 700,000"
		"population * swollen|grown|risen|rose|grew|increased|doubled|jumped|climbed to * #n",
		// "the Lebanese population of Arsal itself, which is around 40,000"
		"population of * which is|was * #n",
		"country|nation|city|town|village|province|region|district|island|municipality|governorate|state|capital|area|neighbourhood|neighborhood|population|populations|community of #n",
		"country|nation|city|town|village|province|region|district|island|municipality|governorate|state|capital|area|neighbourhood|neighborhood|population|populations|community of about|around|some|nearly|roughly|almost|approximately|over|under|barely|just|an|maybe|perhaps #n",
		"country|nation|city|town|village|province|region|district|island|municipality|governorate|state|capital|area|neighbourhood|neighborhood|population|populations of more|fewer|less|close|just|up|at * #n",
	}},
	// "Around 3 million people live in the province": the people of a
	// place (foreigners who live in a country are refugees there)
	{"residents", Other, domesticUnit, []string{
		"#n * live|lives in the province|enclave|governorate|region|district",
	}},
	// "a dinghy carrying 47 people capsized" and a child died: the
	// passengers were on the move, whatever happened to one of them
	{"on-board", Displaced, civilianUnit, []string{
		"dinghy|dinghies|boat|boats|vessel|raft|rafts|ship carrying|carried|with * #n",
		// "We were 53 in the boat, made for maybe 20", "There were 54 of us
		// in a boat": the people a crossing carried
		"were #n * in a|the|our boat|dinghy|raft",
		// "Forty-two of us in a boat made for 20": the same, without the
		// verb
		"#n of us in|on a|the|our boat|dinghy|raft",
		// "One of them had 54 people on board"
		"had|carried|carrying #n * on board|aboard",
		// "Last night a bus brought 48 people"
		"bus|buses brought|brings|bringing|carried|carrying #n",
		"bus|buses brought|brings|bringing|carried|carrying another|about|around|some|nearly|more|over|almost * #n",
	}},
	// "leaving thousands of families facing the loss of their homes",
	// "15,000 children live in shelters that have been marked for
	// demolition": homes at stake, not deaths nor a camp's people
	{"homes-to-lose", AtRisk, civilianUnit, []string{
		"facing|face|faces|facing the loss of * homes|home|shelters|shelter|houses",
		// "the order threatened the homes of at least 15,000 Syrians"
		"threatened|threatens|threaten|threatening|endangered|endangers the * homes|home|shelters|shelter|houses of * #n",
		"#n ** live|living|lives in * shelters|homes|houses|structures that|which ** demolition|demolished|torn|dismantled|changed|destroyed",
		"#n ** live|living|lives in * shelters|homes|houses|structures marked|slated|earmarked|set for * demolition",
	}},
	{"killed", Killed, personUnit, []string{
		"killed|kill|killing|died|dying|dead|deaths|death|perished|drowned|massacred|executed|slain|fatalities|bodies|martyred|martyrs",
		// "Four members of one family suffocated overnight from the fumes
		// of a stove"
		"suffocated|asphyxiated",
		// "We buried two of my nephews before we left"
		"buried|bury #n",
		"lost their lives",
		// "15 Syrians froze to death in the mountains"
		"froze|frozen to death",
		"claimed|claiming|claims|cost|costing the|their lives",
		// "the rebels had lost 74 fighters", "Turkey puts its own losses
		// at 46 soldiers"
		"lost|lose|losing #n",
		// "bringing to 16 the number of soldiers Turkey has lost there"
		"#n the number of ** has|have|had lost",
		// not "who could lose their shelter   25 000": a row's label
		"lost|lose|losing some|about|around|nearly|roughly|more|over|at|almost|as|close|another|a|up|least|than|many|to|further|something|maybe|perhaps * #n",
		"losses|loss",
		"toll",
	}},
	// "holding about 12,000 suspected ISIS fighters in makeshift
	// prisons": detainees, after the deaths of "eight people under
	// torture in detention centres".
	// "Turkey says it is fighting alongside 14,000 to 18,000 Syrian
	// opposition fighters", "25,000 rebel fighters are taking part in the
	// operation": allied fighters deployed.
	// "Two children in the next tent were stung", "Three families sleep in
	// the tent next to ours": neighbours in a story, not a camp's count
	// (read after killed: "two children in the next tent died")
	{"neighbours", Other, civilianUnit, []string{
		"#n ** in the next|neighbouring tent|tents",
		"#n ** tent|tents next to ours|us|mine|his|hers|theirs",
	}},
	{"deployed", Troops, personUnit, []string{
		"fighting|fights|fought alongside ** #n",
		// "fighters deployed alongside Turkey, whose number Ankara puts at
		// about 25,000"
		"fighters|militiamen|rebels|mercenaries deployed|deploying|sent ** #n",
		"#n ** taking|take|took|takes part in the|this|that operation|offensive|assault|incursion",
	}},
	// "the number of Iranian military advisers in Syria at around 3,000":
	// military personnel, whatever noun the count takes.
	{"military-advisers", Troops, countUnit, []string{ // (not "keep advisers at least 100 km away")
		"military|army|defence|defense advisers|advisors|instructors|trainers|experts",
		// "six Lithuanian instructors ... would go on training Kurdish
		// Peshmerga forces"
		"instructors|trainers|advisers|advisors ** training|train|trains|advise|advising|advises * forces|troops|soldiers|peshmerga|army|armies",
	}},
	{"detained", Other, anyUnit, []string{
		"hold|holds|holding|held|guard|guards|guarding|guarded * #n ** prison|prisons|jail|jails|detention|custody",
		// "about 12,000 suspected Islamic State fighters are being held in
		// prisons"
		"#n ** being|been|are|were|is|was held|detained|jailed|imprisoned in * prison|prisons|jail|jails|detention|custody",
		// "the roughly 12,000 IS fighters held in Kurdish-run prisons"
		"#n * held|detained|jailed|imprisoned in * prison|prisons|jail|jails|detention|custody",
		// "Kurdish-run prisons in northeast Syria hold some 12,000 IS
		// fighters"
		"prison|prisons|jail|jails ** hold|holds|held|house|houses|housed * #n",
	}},
	// "76,358 migrants had left Turkey through Edirne province since
	// Ankara announced that it would no longer stop refugees": a past
	// count, whatever plan the rest of the sentence tells of
	{"left-already", Displaced, civilianUnit, []string{
		"#n migrants|people|refugees|syrians|afghans had|have|has left|fled|crossed",
	}},
	{"projection", AtRisk, civilianUnit, []string{
		// "Turkey could not cope if up to 1 million more people were
		// driven towards its border": a condition, not a count
		"if|unless * #n ** were|was driven|forced|pushed|displaced|uprooted|sent",
		// "Our planning figure for the winter is 40,000 arrivals"
		"planning figure|figures|scenario|assumption",
		// "18,000 migrants had crossed ... and that the number could reach
		// 25,000 to 30,000 later in the day": a count to come
		"number|figure|total could|may|might|would reach|rise|climb|grow * #n",
		// "could lose their shelters" (not "could lose their monthly cash
		// assistance")
		"could|may|might|would|will lose * shelter|shelters|home|homes|roof|tent|tents|houses",
		// "some 15,000 people, about half of them children, stand to lose
		// their homes"
		"#n ** stand|stands to lose|be",
		// "the region had prepared to receive as many as 100,000 refugees
		// should the fighting spread": arrivals planned for
		"prepared|preparing|prepares|ready|readying|braced|bracing to|for receive|absorb|welcome|host * #n",
		"could|may|might|would|will|expected|expect|expects|likely|threatened|risk|fear|feared ** displaced|displace|driven|drive|flee|fleeing|forced|uprooted|uproot|come|coming|arrive|arriving|cross|crossing|head|heading|move|moving|pour|leave|homeless|need|needing|reach|affected|flood|flooding|flooded|stream|streaming|follow|join|pushed|push|sent|send|flock|surge|spill|evicted|evict|expelled|deported|left|land|landing|force|relocated|relocate|evacuated|evacuate|moved",
		"more|others are|were|is|was expected|due",
		// "Millions are coming, and Europe will have to carry its share"
		"#n are|is coming",
		// "A further 300 families were expected overnight"
		"#n * are|were|is|was expected",
		// "tents for a further 3,000 people expected by the end of the week"
		"#n * expected by|on|in|within|overnight|tomorrow|next|this|before|over",
		// "contingency plans assumed up to 50,000 arrivals"
		"contingency|assumed|assumes|assuming ** #n",
		// "the region could receive up to 50,000 more refugees"
		"could|may|might|would|will|expects|expected|expect * receive|receiving|absorb|absorbing * #n",
		// "the number could triple, to as many as 400,000"
		"could|may|might|would|will|expected|likely|set|projected|forecast ** rise|increase|double|triple|quadruple|grow|climb|swell|soar|surge|jump|exceed|balloon|pass|surpass|hit",
		// "the number could soon top 1 million" (not "could not handle a
		// new wave on top of the four million it already hosts")
		"could|may|might|would|will|expected|likely|set|projected|forecast * top #n",
		// "Soon it will be millions": a count to come
		"will|could|may|might|would be #n",
		// "about 15,000 people in Arsal will lose all or part of their
		// homes"
		"will|would|could|may|might lose ** homes|home|shelters|shelter|tents",
		// "could lose the roofs over their heads", "risk losing their
		// homes"
		"could|may|might|would|will ** lose|losing the|their roof|roofs",
		"risk|risks|risking losing",
		// "tens of thousands of refugees elsewhere in Lebanon face the same
		// fate"
		"face|faces|facing the same fate",
		// "We cannot handle another one million people from Idlib": a wave
		// feared, not people who came
		"cannot|can't|not handle|absorb|accommodate|cope|carry * another|a|further #n",
		// "Tomorrow another 25,000 to 30,000 may go"
		"#n may|could|might|will|would go",
		"at risk",
		// "as many as 8,000 people could face the winter without a roof"
		"could|may|might|would|will face|spend ** without|outdoors|outside",
		// "Thousands of families in Arsal could spend it in tents again"
		"could|may|might|would|will face|spend ** in|under tents|tent|tarpaulins|tarps|plastic",
		// "the order affects around 15,000 people": people a demolition
		// order or deadline threatens
		"order|orders|decision|deadline|demolition|demolitions ** affects|affect|affecting|threatens|threaten|threatening * #n",
		// "about 5,600 shelters have to come down, and roughly 15,000
		// people live in them": the people of what must go
		"to come down ** #n * live|living in them",
		"to be demolished|removed ** #n * live|living in them",
		// "some 15,000 of them live in structures that must come down"
		"#n ** live|living|lives in * structures|shelters|homes|houses|buildings that|which must come down",
		"#n ** live|living|lives in * structures|shelters|homes|houses|buildings that|which have|has to come down",
		// "at least 7,500 children could end up without shelter"
		"could|may|might|would|will end up without|homeless|outdoors",
		// "some 5,000 shelters in Arsal fall under the order, home to about
		// 25,000 people": the people of what an order covers
		"fall|falls|fell|falling|come|comes|came under * order|orders|decision|decree|decrees|ruling|deadline ** #n",
		// "up to 3,000 families could find themselves without a roof"
		"could|may|might|would|will find|be * without",
		// "5,000 more people could lose their shelters"
		"could|may|might|would|will ** lose|losing their|its * shelter|shelters|homes|home|tents|tent",
		// "preparing for up to 50,000 refugees", "planning for up to
		// 50,000 arrivals": people expected
		"preparing|prepares|prepared|prepare|planning|plans|planned|plan|bracing|braced|brace for",
		// "3,500 families have received eviction notices": facing eviction
		"eviction|evictions notice|notices|order|orders|warning|warnings",
	}},
	// "with her four children": the size of a family, not a population.
	{"family", Other, personUnit, []string{
		// "shares a single tent with 11 relatives", "shares this tent
		// with seven other people": a household, not a count of a camp
		"shares|share|shared|sharing * with #n relatives|others",
		"shares|share|shared|sharing * with #n other people|families",
		// "had walked for two days with 11 relatives to reach the fence":
		// the company a person travels with, however they travel
		"with #n relatives",
		"with #n family members",
		"with #n members of",
		// "the 11 members of his extended family now share two tents"
		"#n members of his|her|their|my|our * family",
		"her|his|my|our|your|their|whose #n children|kids|sons|daughters|brothers|sisters|grandchildren|siblings|boys|girls",
		// "her three small children"
		"her|his|my|our|your|their|whose #n young|small|little|teenage|adult|grown|elder|eldest|older|younger|youngest children|kids|sons|daughters|brothers|sisters|grandchildren|siblings|boys|girls",
		// "His family of nine will sleep under a tarpaulin" (not "a family
		// of nine", which heldout140 counts as the people it names)
		"her|his|my|our|your|their family of #n",
		// "We are 11 people in this house": a household
		"we|there are|were #n people|of * in this|our|one house|home|flat|apartment",
		// "My brother's family, nine people, is still in Busra al-Harir"
		"family #n people|members|persons",
		// "One mother arrived in Hasakah with four children", "My sister has
		// three small children and a tent now"
		"mother|father|widow|widower|grandmother|grandfather ** with #n children|kids|sons|daughters|grandchildren",
		"my|his|her|our|their sister|brother|son|daughter|cousin|mother|father has|had * #n * children|kids|sons|daughters|grandchildren",
		// "with my sister's four children"
		"my|his|her|our|their brother|sister|son|daughter|cousin|uncle|aunt|neighbour|neighbor #n children|kids|sons|daughters|grandchildren",
		// "my brother's family of seven is in this tent with us"
		"my|his|her|our|their brother|sister|father|mother|son|daughter|cousin|uncle|aunt family of #n",
		// "I met a widow with five children"
		"widow|widower|mother|father|woman|man|grandmother|grandfather|couple with #n children|kids|sons|daughters|grandchildren",
		// "Berivan Hassan, 41, a mother of six"
		"mother|father|parent of #n",
		// "in one tent near Atmeh with 11 of their grandchildren"
		"with #n of their|his|her|my|our * grandchildren|children|relatives|sons|daughters|nephews|nieces",
		// "shares a classroom with three other families" (not "left
		// Saraqib with 12 other families", who fled together)
		"share|shares|shared|sharing ** with #n other families|households",
		// "Three families share this tent", "Eleven of us share a single
		// tent", "nine people had shared the room": the household one
		// shelter holds, not a count of the sheltered ("as many as 20
		// people share a single tent" at some sites stays one, as do
		// "Eleven families share one room")
		"#n of us * share|shares|shared a|one|this|our|the|that * tent|room|shelter|caravan|container",
		// "Now 11 of us sleep in the same tent", "nine of us sleep in a
		// tent" (heldout174's "Eleven of us sleep in this tent" is counted
		// sheltered)
		"#n of us sleep|sleeps|sleeping in a|one|the * tent|room",
		"#n families|households * share|shares|shared a|one|this|our|the|that * tent|caravan|container",
		"#n families|households are|were sharing a|one|this|our|the|that * tent|caravan|container",
		// "There are 11 of us in this tent": one household's shelter (not
		// "25 families in this tent"). (The first sets counted "there
		// are eleven of us in this tent" sheltered: heldout6, 12, 26, 68
		// and 302 against eleven later sets that count it other.)
		"#n of us in|inside a|one|this|our|that|single * tent|caravan|container",
		"#n people had|have shared a|one|this|our|the|that room|tent",
		// "Twenty families share one latrine here" (not "share four
		// latrines" in a settlement, which the first set counts sheltered)
		"#n families|people share|shares|shared one|a * latrine|toilet",
		// "to take him, his wife and two sons over the border": sons and
		// daughters are somebody's, and so are cousins ("four nights in a
		// field with two cousins")
		"#n sons|daughters|grandsons|granddaughters|grandchildren|siblings|nephews|nieces|brothers|sisters|cousins|uncles|aunts",
		// "fled with 23 members of his family": the people one person
		// travels with (not "fled with 14 relatives", whom the annotators
		// count as displaced)
		"with #n members of his|her|their|my|our family",
	}},
	// "between 800 and 1,000 families were arriving there each day",
	// "his teams were receiving 700 people a night at the crossing point":
	// a flow of arrivals (what a camp receives, it shelters).
	{"arrival-rate", Displaced, civilianUnit, []string{
		// "Between 40 and 50 families are reaching the Atmeh camps every
		// hour": a flow of arrivals, whatever they reach
		"#n * are|were reaching|arriving ** every|each|per hour|day|night|morning",
		// "and dozens more were still arriving on Tuesday": arrivals
		"#n more were|are still arriving|coming",
		// "Yesterday a single bus from the border brought 58 people"
		"bus|buses|coach|coaches ** brought|carried|ferried #n",
		// "Around 1,000 people arrived at the Bardarash camp on Wednesday
		// alone": a day's arrivals (not the camp's people)
		"#n * arrived at the * camp on|overnight|yesterday|today",
		"#n * were|are|was|is|been arriving|crossing ** each|every|a|per day|night|week",
		// "at least 300 families were still arriving in the camps around
		// Atmeh each day"
		"#n * were|are|was|is|been still|now arriving|crossing ** each|every|a|per day|night|week",
		// "60 to 70 families arrive every day"
		"#n * arrive|arrives|arriving every|each day|night|week",
		// "Hundreds of families come in every night"
		"#n * come|comes|coming in every|each day|night|week",
		// "On an ordinary day we see between 700 and 1,000 people come
		// through the Sahela crossing", "Yesterday we received 1,152
		// people there": arrivals
		"#n * come|comes|came|coming through * crossing|crossings|border|checkpoint",
		"yesterday|today|overnight we|it|they received * #n",
		// "On Sunday night alone we received 1,250 people": those who came
		// to the speaker's camp or town (not "We received 300", tents)
		"we received * #n people|families|households|individuals",
		"we have|had received * #n people|families|households|individuals",
		// "We had up to 200 people a day coming through Storskog"
		"#n * a|per|each|every day|night|week coming|arriving|crossing|streaming|pouring through|into|across|over",
		// "registered more than 800 new arrivals in a single day"
		"#n ** in a single day|night",
		// "On Monday night alone we registered 1,046 people": one day's
		// arrivals
		"day|night|morning|week|weekend alone we|they|it registered|received|counted|recorded #n",
		// "they are registering 500 to 700 new families a day"
		"registering|registered|registers|register * #n ** a|per|each|every day|night|week",
		// "between 400 and 500 families were arriving daily at the camps"
		"#n * were|are|was|is|been arriving|crossing daily|nightly|weekly",
		"receiving|receive|receives|received * #n * a|per|each|every day|night|week at * crossing|border|checkpoint|crossings",
		// "Between 800 and 1,300 people reach the Sahela crossing each
		// day", "Most days 600 people cross at Sahela" (not "came", nor
		// "waiting to cross near")
		"#n * reach|reaches|arrive|arrives",
		// "the Bardarash camp, where more than 7,000 Syrian Kurds have
		// arrived since 14 October": arrivals counted from a date, not the
		// camp's population
		"where * #n * have|has|had arrived since",
		// "We are receiving between 300 and 500 people a day" (not "the
		// camp is now receiving 700-900 new arrivals every day", its intake)
		"we are|were receiving * #n ** a|per|each|every day|night|week",
		// "We received 350 families in the past week alone"
		"received|receive|receiving #n * in|over the past|last * week|weeks|days|month|months",
		"#n * cross|crosses at|into|the",
	}},
	// "About 60,000 people are sheltering in fields and dry riverbeds near
	// the Nassib crossing": in the open, but at a border they hope to
	// cross (see near-border)
	{"sheltering-at-border", AtRisk, civilianUnit, []string{
		"#n * are|were sheltering ** near|along|at ** border|crossing|frontier|fence",
		// "About 60,000 of them have massed in the open near the Nassib
		// crossing": massed at a border, whatever the roof
		"#n ** massed|massing ** near|along|at ** border|crossing|frontier|fence",
		// "about 60,000 have gathered in the open near the Nassib crossing"
		"#n * gathered|gathering in the open ** near|along|at ** border|crossing|frontier|fence",
		// "around 3,000 people spending the night in the fields by the
		// crossing"
		"#n * spending|spent|spend * night|nights ** by|near|at|along|outside|around|beside the * crossing|border|frontier|fence|gate|gates",
		// "watched hundreds of people spend a second night in the fields in
		// front of the Greek fence"
		"#n ** spend|spent|spending * night|nights ** in front of the * fence|border|crossing|gate|gates",
		// "Thousands of migrants spent another cold night on the Turkish
		// side of the border"
		"#n * spending|spent|spend * night|nights on the * side of the border|frontier|crossing",
		// "An estimated 60,000 people are waiting in the open near the
		// Nassib crossing": waiting to cross
		"#n * are|were waiting ** near|at|along|by the * crossing|border|frontier|fence",
		// "about 10,000 people are still waiting on the Turkish side near
		// Edirne, sleeping in fields": waiting to cross
		"#n * are|were still|now waiting on|at|near|along the * side|border|crossing|frontier|fence",
	}},
	{"unsheltered", Unsheltered, civilianUnit, []string{
		// "another 600 families waiting in the streets for a place"
		"in|on the street|streets",
		"without * shelter|shelters|tents|tent|roof",
		// "12,000 asylum seekers had lost their shelter in the fire"
		"lost|lose their|its shelter|shelters",
		// "Thousands slept on the tarmac and in olive groves"
		"slept|sleeping|sleep|sleeps on the tarmac|road|roadside|roads|ground",
		// "spent another night sleeping along the road to Mytilene"
		"slept|sleeping|sleep|sleeps along|beside the road|roads|roadside",
		// "without a dry place to sleep"
		"without * place|places to sleep|stay|live",
		// "hundreds of us have nowhere to sleep"
		"#n ** have|has|had nowhere to sleep|stay|shelter",
		"#n ** have|has|had no place to sleep|stay|shelter",
		"no shelter|tent|tents|roof",
		// "Thousands have nothing over their heads"
		"nothing over|above their|our|his|her heads|head",
		"no access to shelter",
		"lack|lacking|lacked shelter",
		"in the open",
		"sleeping|sleep|sleeps|slept rough|outdoors|outside",
		// "We are lying on the road with about 50 people"
		"lying|lie|lies|lay on the road|roads|roadside|ground|street|streets|pavement|pavements|tarmac",
		"living|live|lives|lived|staying|stay rough|outdoors",
		"sleeping|sleep|sleeps|slept under",
		"spent|spend|spending|spends|slept|sleeping|sleep|sleeps * night|nights in|on|under * cars|car|open|streets|street|fields|field|plastic|sheeting|tarpaulins|trees|groves|orchards|parks|rough|road|roads|roadside|roadsides|quay|quayside|harbourside|dockside|pier|beach|beaches|pavement|pavements",
		"sleeping|sleep|sleeps|slept|living|live|lives|sheltering in|on * fields|field|streets|street|open|roadside|roadsides|cars|car|parks|park|orchards|groves|ruins|farmland|ground|pavements|squares|woods|forest|concrete|quay|quayside|harbourside|dockside|pier|pavement|asphalt|beach|beaches|road|roads",
		"open fields|field",
		// "dozens of new arrivals had been sleeping on the harbour front"
		"sleeping|sleep|sleeps|slept on the * front|fronts|waterfront|seafront|promenade",
		// "Thousands of families spent a second night by the roadside"
		"#n * spent|spend|spending|slept|sleeping|sleep ** by|along|beside the roadside|roadsides",
		// "Tens of thousands of people are crammed into olive groves"
		"#n ** crammed|crowded|packed|squeezed into|in * olive|groves|orchards",
		// "Thousands of people sleep in the olive grove around the camp"
		"#n * sleep|sleeping|slept|sleeps in the * grove|groves|orchard|orchards",
		// "our team counted around 700 families in the olive groves"
		"#n families|people|persons|households in the olive|open groves|grove|fields",
		// "30 families sharing this field and not one tent between them"
		"#n families|people|households sharing|share|shared * field|fields|grove|groves|orchard|orchards",
		"under trees|tarpaulins",
		// "40 families under these trees", "11 people under a single
		// tarpaulin"
		"#n ** under * trees|tree|tarpaulins|tarpaulin|tarps|tarp|sheeting",
		"sheltering|living|sleeping|staying|huddled|huddling under * trees|tarpaulins|tarps|plastic|sheeting|bridges|bridge|sky|stars",
		"homeless",
	}},
	// "thousands of families in the camp still need tents", "4,000
	// families could lose their cash aid": people counted by what they
	// need or stand to lose, wherever they live.
	{"needs", Other, civilianUnit, []string{
		// "tents for 25,000 people had been moved close to the border",
		// "blankets for 2,000 families": supplies, sized by the people
		// they serve (not "shelters for 15,000 people", who live there)
		// (read after projections: "tents for a further 3,000 people
		// expected" counts people to come)
		"tents|tent|blankets|food|rations|mattresses|clothing for * #n",
		"#n ** need|needs|require|requires",
		// "another 400 families were still waiting for kits"
		"#n ** waiting|waited|wait for * kits|aid|food|help|assistance|distribution|distributions|rations|supplies|blankets",
		// "Cut off from piped water in and around Hasakeh: about 400,000"
		"cut off from * water|electricity|power|aid|supplies|food",
		// "close to 460,000 people in Hasakah and the camps around it have
		// no clean water"
		"#n ** have|has|had no|without * water|electricity|heating|power",
		"#n ** are|were without * water|electricity|heating|power",
		// "more than 400,000 people in Hasakah went without running water
		// for almost a week", "leaving as many as 400,000 people ...
		// without safe water"
		"#n ** went|go|goes|going without * water|electricity|heating|power",
		"leaving|left * #n ** without * water|electricity|heating|power",
		"#n ** lose|losing their|its * aid|assistance|cash|income|allowance|allowances|rations|support|benefits|jobs",
		// "3,000 families had asked for help"
		"#n ** asked|asking|appealed|appealing for",
		// "around 400 families had asked to be moved to other camps"
		"#n ** asked|asking to be moved|relocated|transferred",
		// "will provide food assistance to 680,000 refugees": aid
		// recipients, counted by what they are given.
		"aid|assistance|rations|vouchers to * #n",
		// "enough food for 40,000 people for one month", "winter clothing
		// for 8,500 children": supplies, counted by whom they will serve
		"food|clothing|clothes|blankets|medicine|medicines|vaccines|meals|kits|supplies|rations|aid|assistance for * #n",
		// "tents and blankets ready for up to 50,000 people", "kits ...,
		// enough for 3,000 families": stocks, by how many they serve (not
		// "asked us to be ready for as many as 50,000": arrivals to come)
		"tents|blankets|food|kits|supplies|stocks|items|mattresses * ready for * #n",
		"enough|sufficient for * #n",
		// "handed out emergency kits to 190 of the evicted families"
		"handed|handing|distributed|distributing|delivered|delivering ** to * #n",
		// "handed out timber and plastic sheeting to 1,200 families whose
		// shelters were taken down": what was handed out, past the "and"
		// that cut the clause
		"sheeting|timber|tarpaulins|tarps|blankets|kits|parcels|vouchers|stoves|heaters|mattresses|tents to #n",
		// "about 8,000 families reached with food parcels": aid's reach
		"#n * reached with|by * aid|food|parcels|supplies|assistance|kits|cash|water",
		// "680,000 refugees receive its monthly cash assistance",
		// "4,500 households received cash transfers"
		"#n ** receive|receives|received|receiving|get|gets|got * aid|assistance|cash|transfers|transfer|rations|vouchers|allowance|allowances|stipends",
	}},
	{"outside-camps", Refugees, foreignUnit, []string{
		"outside * camp|camps",
	}},
	// "| Outside camps | 545,695 |": a row of refugees by where they live
	{"outside-camps-row", Refugees, civilianUnit, []string{
		"outside camp|camps #n",
	}},
	// "and 15,000 people lost their homes": people who lost their homes
	// are displaced, whatever shelters the sentence names before.
	{"lost-homes", Displaced, civilianUnit, []string{
		"#n ** lost|lose|losing their|its home|homes",
		// "About 1,500 families lost their tents or saw them collapse"
		"#n ** lost|lose|losing their|its tents|tent|shelters|shelter|containers",
		// "at least 1,000 families whose shelters have been torn down"
		"#n * whose * shelters|shelter|homes|home|houses|tents * been torn|demolished|destroyed|razed|bulldozed|pulled",
	}},
	// "600 refugees left makeshift camps after an eviction order": people
	// who leave a shelter are on the move again.
	{"left-shelter", Displaced, civilianUnit, []string{
		"#n * left|leave|leaving|abandoned|abandon * camp|camps|shelter|shelters|tents|settlement|settlements",
		// "Dozens of families have already moved into tents": people out of
		// their homes
		"#n * have|has|had already moved into * tents|tent",
		// "250 families have moved out to tents on the edge of town"
		"#n * have|has|had moved out",
		// "In one night we moved 40 families out of a camp", "we had to
		// move about 600 people out of flooded settlements"
		"moved|move|evacuated|evacuate|relocated|relocate|took|brought * #n * out of * camp|camps|settlement|settlements|shelter|shelters|tents",
		// "seven families in his camp had already left for other towns"
		"#n * in|from * camp|camps|settlement|settlements ** had|have|has * left|abandoned",
		// "About 11,300 refugees have had to leave their tents"
		"#n ** had|have|has to leave|abandon|move * their tents|shelters|homes|houses",
		// "350 families who moved in with relatives in other settlements"
		"moved|moving|staying|stayed in with * relatives|relations|friends|family|families",
	}},
	// "98,000 people have registered as displaced": counted as displaced,
	// not hosted.
	{"registered-displaced", Displaced, civilianUnit, []string{
		// "about 104,000 people had registered at checkpoints around Tal
		// Rifaat": people counted on their way
		"#n * registered at * checkpoints|checkpoint|crossings|crossing|entry",
		"registered|recorded|counted|listed as displaced|idps",
		// "We have registered 1 015 400 people displaced since 1 December"
		"registered|recorded|counted #n * displaced|idps",
		// "the council had registered 6,500 newly arrived families"
		"registered|recorded|counted #n newly|recently arrived|displaced",
		"registered|recorded|counted #n new families|households",
		// "had registered nearly 4,000 new families since Sunday"
		"registered|recorded|counted * #n new families|households",
		// "we have registered around 70,000 newcomers", "between 12,000
		// and 15,000 newcomers had registered with them"
		"registered|recorded|counted * #n newcomers",
		"#n newcomers ** registered|recorded",
		// "98,000 people had been registered on arrival in Tal Rifaat"
		"#n * been registered|recorded on arrival",
		// "Our teams registered around 30,000 new arrivals in Hasakah",
		// "we have registered 2,900 new arrivals": an aid group's count
		// (not "the ministry registered 950 new arrivals", a country's)
		"we|teams|team|agencies|groups|it|council registered|recorded|counted * #n new arrivals",
		"we|teams|team|agencies|groups|it|council have|has|had registered|recorded|counted * #n new arrivals",
		// "the local councils told us on Monday they had registered close
		// to 30,000 new arrivals in Tal Rifaat"
		"council|councils ** they|we have|has|had registered|recorded|counted * #n new arrivals",
		// "it had registered 23,000 families there", "we have registered
		// 10,362 people in Duhok": people, not refugees by name
		"have|has|had registered * #n people|families|households|children",
		"have|has|had also registered * #n people|families|households|children",
		// "At least 98,000 people have registered in Tal Rifaat, Nubl,
		// Zahraa and nearby villages": people, not refugees by name,
		// signing on where they fled to
		"#n people|families|households ** have|has|had registered in|with",
		// "we have registered more than 9,000 Syrians arriving in the
		// Kurdistan Region": arrivals counted as they cross
		"registered|recorded * #n * arriving",
		// "police registered nearly half a million people crossing the
		// country on their way north": people counted on the move
		"registered|recorded * #n * crossing|transiting the country|territory",
		"registered|recorded * #n * passing through the|its country|territory",
	}},
	// "forcing 600 people to move into the camp's schools": people forced
	// to move are displaced, wherever they go.
	{"forced-move", Displaced, civilianUnit, []string{
		"forcing|forced|force|forces #n * to move|flee|leave|relocate|abandon",
		// "we moved 114 families out of a site near the Litani River that
		// went under": people taken out of their shelters
		"moved|relocated|evacuated #n * out of",
		// "a fire forced about 600 people to flee"
		"forcing|forced|force|forces * #n * to move|flee|leave|relocate|abandon",
		"#n ** forced|were|been forced to move|flee|leave|relocate|abandon",
		// "three informal camps were emptied and around 600 people had to
		// leave within hours"
		"#n * had|have to leave|flee",
		// "Dozens of families have had to move back into tents"
		"#n ** have|has|had had to move|relocate",
		// "| Refugees forced out of their shelters | about 8,000 |": the
		// row's label before its count
		"forced|driven out of * shelters|shelter|tents|tent|homes|home|houses|camp|camps ** #n",
		// "Hundreds of families have already been forced out of their
		// shelters"
		"#n ** forced out of * shelters|shelter|tents|tent|homes|home|houses|camp|camps",
		// "around 600 refugees were thrown out of a camp"
		"#n ** thrown|kicked|turned|chased|driven out of * shelters|shelter|tents|tent|homes|home|houses|camp|camps|settlement|settlements",
		// "despite the flight of tens of thousands of people from a
		// government offensive": people in flight, wherever they went
		"flight|exodus of #n",
		// "around 160,000 have sought refuge in Quneitra province": refuge
		// inside the country is displacement (abroad, see hosted)
		"sought|seek|seeking|seeks|found|find refuge|shelter in * province|provinces|district|districts|town|towns|city|cities|countryside|villages|village",
	}},
	// "Mauritania itself shelters more than 60,000 Malian refugees in the
	// Mbera camp": a country that shelters people in a camp counts the
	// camp's people.
	{"hosted-in-camp", Sheltered, civilianUnit, []string{
		"shelters|houses|hosts|sheltering|housing|hosting * #n ** in the|a * camp",
	}},
	// "The region already shelters nearly 230,000 Syrian refugees": a
	// place that shelters people hosts them (a camp that shelters them is
	// read next).
	{"region-hosts", Refugees, civilianUnit, []string{
		"region|country|nation|kingdom|republic|province|governorate already|now|currently|still shelters|houses|sheltered|housed|sheltering|housing",
		// "Arsal, a border town hosting some 60,000 Syrian refugees in
		// about 120 informal camps": the town's refugees, wherever they live
		"town|city|village|municipality hosting * #n",
		// "Iraq's Kurdistan Region was already sheltering close to a
		// quarter of a million Syrian refugees"
		"region|country|nation|kingdom|republic|province|governorate was|is|has|had already|now|currently|still sheltering|housing|hosting|sheltered|housed|hosted",
		// "the kingdom was in reality sheltering about 1.3 million Syrians"
		"kingdom|country|nation|republic was|is in reality|fact|truth sheltering|housing|hosting",
		// "Turkey says it already shelters more than 3.7 million
		// refugees", "Lebanon, which shelters about 900,000 refugees"
		countryWords + " ** it|which|that already|now|currently|still shelters|houses",
		// "The Kurdistan Regional Government says it already shelters
		// roughly 250,000 Syrian refugees"
		"government|authorities|administration ** it|which|that already|now|currently|still shelters|houses",
		// "Jordan already shelters hundreds of thousands of Syrians"
		countryWords + " already|now|currently|still shelters|houses",
		// "Ankara says it already shelters 3.7 million Syrians": the
		// capital speaks for its country
		"ankara|amman|beirut|baghdad|athens|erbil ** it|which|that already|now|currently|still shelters|houses|hosts",
		countryWords + " which|that shelters|houses",
		// "Cameroon itself shelters more than 400,000 refugees"
		countryWords + " itself|also shelters|houses",
		// "the kingdom was looking after 1.3 million Syrians", "Lebanon
		// carries more than 1.5 million displaced Syrians"
		"kingdom|country|nation|republic was|is looking|caring after|for * #n",
		countryWords + " carries|carried * #n",
		// "Erdogan said Turkey was sheltering 4 million refugees"
		countryWords + " was|is|were|are sheltering|housing",
		// "Arsal, a mountain town that hosts some 60,000 refugees in 126
		// informal settlements": the town hosts them, wherever they sleep
		"town|city|village|municipality that|which hosts|shelters * #n refugees|syrians|migrants|asylum",
		// "Arsal hosts about 60,000 Syrians in some 125 informal camps"
		"hosts|hosted * #n refugees|syrians|migrants|asylum|afghans|iraqis * in * camps|settlements",
		// "settlements in the Bekaa Valley, home to more than 340,000
		// registered refugees": refugees on the register live where they
		// can, not only in the settlements (the name goes from the words)
		"home to * #n registered * refugees",
		// "The city administration said it currently houses 1,240 asylum
		// seekers"
		"city|town|municipality ** it currently|now|already houses|hosts|shelters * #n",
	}},
	// "a further 20,000 were sheltering close to the Israeli-occupied
	// Golan Heights", "Tens of thousands more were sheltering in Quneitra
	// province near the frontier", "60,000 of the displaced had massed
	// near the Nassib crossing": people who stopped at a border, read
	// before the shelter they stopped in.
	// "the homes of around 15,000 children are at stake": people who may
	// lose their shelter
	{"homes-at-stake", AtRisk, civilianUnit, []string{
		"homes|shelters|houses of * #n * are|were|is|was at stake|risk",
	}},
	{"near-border", AtRisk, civilianUnit, []string{
		// "about 200 people came right up to the fence of one of our
		// positions"
		"#n * came|come|comes|coming right|up * fence|border|frontier|wall",
		// "as many as 160,000 have headed for the Quneitra area next to
		// the frontier": on the way to a border, not yet somewhere to stay
		"#n ** headed|heading ** next|near|close|along|toward|towards * frontier|border|fence",
		// "Dozens of families spent the night in the no-man's land"
		"#n ** no-man|no-mans land",
		// "Near the frontier with the Golan, an estimated 160,000 people
		// are sheltering in Quneitra province"
		"near|along|close * border|frontier ** #n ** sheltering|sheltered|camped|camping|massed|massing|gathered|gathering|stranded|waiting",
		// "saw hundreds of people sheltering from the cold under plastic
		// sheets" at the crossing: people stuck there, not a stock hosted
		"#n * sheltering|sheltered from the|air cold|rain|wind|strikes|shelling|bombing|bombardment",
		// "more than 13,000 people gathered at the Pazarkule gate"
		"#n ** sheltering|massed|massing|gathered|gathering|camped|camping * near|close|along|by|at|around ** border|frontier|heights|crossing|crossings|fence|gate|gates",

		// "at the Kastanies crossing, where some 2,000 people had massed"
		"crossing|crossings|border|frontier|gate|gates|fence where * #n ** massed|massing|gathered|gathering|camped|camping|waiting|waited",
		// "tens of thousands of Syrians who fled a government offensive in
		// Daraa province camped in the scrubland along the Jordanian
		// border": where those who fled are now, past the relative clause
		"#n ** who|that fled|escaped ** camped|camping|sheltering|sheltered|massed|massing|gathered|gathering|stranded|waiting|waited * near|close|along|by|at ** border|frontier|crossing|crossings|fence",
		// "tens of thousands of people who fled the offensive waited in the
		// desert near the sealed Jordanian border"
		"#n ** waited|waiting * near|close|along|by|at ** border|frontier|crossing|crossings|fence",
		// "tens of thousands of Syrians sheltered in the desert along the
		// sealed Jordanian border"
		"#n ** sheltered|stranded in the desert|open * near|close|along|by ** border|frontier|crossing|fence",
		// "Sheltering near the Jordanian border: about 60,000", a list's
		// label before its count
		"sheltering|massed|massing|gathered|gathering|camped|camping * near|close|along|by|at ** border|frontier|heights|crossing|crossings|fence ** #n",
	}},
	{"sheltered", Sheltered, civilianUnit, []string{
		// "About 450 of them are being held aboard a navy landing ship",
		// "held on a navy ship": a ship as a shelter
		"#n ** held|housed|sheltered|kept|accommodated aboard|on|onboard * ship|ships|vessel|vessels|ferry|ferries",
		// "The local council that runs the camp put the population at
		// nearer 50,000"
		"camp ** population at * #n",
		// "a settlement last week where 40 families lived": the people of
		// the shelter a relative clause describes
		"camp|camps|settlement|settlements|shelter|shelters|centre|center|site|sites|school|schools * where #n",
		// "figures for the largest island camps on Sunday: - Moria,
		// Lesbos: 19,342 residents": the people a camp holds
		"camp|camps|centre|centres|center|centers|site|sites ** #n residents|inhabitants|occupants",
		// "the camp's population has fallen from a peak of more than 60,000"
		"camp|camps population ** #n",
		// "some 40,000 people live in rows of white metal shelters", "15,000
		// children live in the structures concerned"
		"#n * live|living|lives|lived in ** shelters|tents|caravans|containers|structures",
		// "Last night about 150 people slept inside the Grand Mosque"
		"#n * slept|sleep|sleeping|sheltered|sheltering inside|in the * mosque|mosques|church|churches|school|schools|hall",
		// "30 to 40 families slept on the floor of the clinic"
		"#n ** slept|sleep|sleeping|sleeps on the floor|floors|corridors|corridor|stairs|steps of",
		// "Thirty people from my village are sleeping in this classroom"
		"#n ** slept|sleep|sleeping|sheltered|sheltering inside|in this|that|one|our|a * classroom|classrooms|mosque|church|school|hall",
		"#n * slept|sleep|sleeping|sheltered|sheltering inside",
		// "Schools in Hasakah city have opened their doors to around 3,000
		// displaced families"
		"school|schools|mosque|mosques|church|churches|hall|halls ** opened * doors to * #n",
		// "those structures shelter about 25,000 people"
		"structures|structure|settlements|settlement|homes|tents|buildings|shelters shelter|shelters|house|houses * #n",
		// "2,100 had already been given tents"
		"#n ** given|received|allocated tents|tent|caravans|caravan|shelter",
		// "Sahela transit centre: 85 people": a list item or table row of
		// a centre
		"transit|reception|registration|collective|accommodation centre|center|centres|centers #n",
		// "2,000 families were sharing a single mosque and three schools"
		"sharing|share|shared * mosque|mosques|school|schools|classroom|classrooms|tent|tents",
		// "30-40 people to a classroom", "ten people per tent"
		"#n * to|per a|each|every classroom|tent|room|shelter|caravan|container",
		"#n * per classroom|tent|room|shelter|caravan|container",
		"in|inside|at|into|around * camp|camps|shelter|shelters|tent|tents|centre|center|centres|centers|school|schools|mosque|mosques|church|churches|classrooms|settlement|settlements|site|sites|building|buildings|hall|halls|stadium|mall|malls|warehouse|warehouses|factory|factories|hangar|hangars|gym|gyms|hotel|hotels|dormitory|dormitories|containers|caravans|barracks|compound|compounds|monastery|monasteries|convent|convents",
		"camp|camps|shelter|shelters|settlement|settlements|site|sites|centre|center * home to",
		// "a further 250 were moved overnight to a sports hall", "another
		// 3,000 have gone to Domiz camp"
		"moved|relocated|transferred|bussed|brought|gone|went ** to * camp|camps|shelter|shelters|school|schools|hall|halls|gym|gyms|stadium|centre|center|centres|centers|hotel|hotels|tents",
		// "have moved about 1,000 people onto a ferry and navy ships", "800
		// have already moved in" (to the new tents)
		"moved|relocated|transferred * #n * onto|aboard a|the * ferry|ferries|ship|ships|vessel|vessels",
		// "We have opened our parish hall to 40 people"
		"opened|opening|opens * hall|halls|school|schools|church|churches|mosque|mosques|centre|center|gym|gyms to * #n",
		"#n * have|has|had already|now moved in",
		// "The camps near the Turkish border, already home to about 1.2
		// million people"
		"camp|camps ** already|still|now home to",
		"camp|camps|shelter|shelters|centre|center|centres|centers|site|sites|settlement|settlements ** absorbed|took|taken|crammed|packed|overcrowded|filled|hold|holds|holding|house|houses|housing|held|host|hosts|hosting|accommodate|accommodates|accommodating|received|receiving|shelters|sheltering|registered|registering|admitted|admitting",
		"houses|housing|housed|shelters|sheltering|accommodates|accommodating|accommodated * #n",
		// "al-Hol, a camp of some 68,000 people"
		"camp|camps|settlement|settlements of * #n",
		// "the buildings now house about 900 people": "house" as a verb
		"now|still|currently|together|already house|hold|shelter * #n",
		// "Camps along the border ... shelter roughly 1.2 million people"
		"camp|camps|settlement|settlements|shelters|sites ** shelter|house|accommodate|hold * #n",
		// "ten classrooms of the school now house 300 people": a building
		// that holds people shelters them.
		"school|schools|classroom|classrooms|mosque|mosques|church|churches|hall|halls|building|buildings|room|rooms|tent|tents ** house|houses|housed|hold|holds|held|shelter|shelters|sheltered|accommodate|accommodates|accommodated * #n",
		// "the roughly 22,000 residents of Beirut's Shatila camp"
		"residents|inhabitants|occupants|population of ** camp|camps|settlement|settlements|shelter|shelters",
		// "Roughly 11,000 of the camp's residents"
		"of the camp|camps residents|inhabitants|occupants|population",
		"camp|camps ** is|are|was|were * home to", // "were already home to"
		// "Bardarash camp: 7,640 people", a list's label before its count
		"camp|camps|shelter|shelters #n",
		// "the largest of them Zaatari, with almost 80,000 residents"
		"camp|camps ** with #n",
		// "The Zaatari camp, opened in July 2012, now has 78,357 residents"
		"camp|camps ** has|have|had #n",
		// "Azraq has about 40,000": a hedge, not a verb ("had seen 18
		// children", "have referred 37 children")
		"camp|camps ** has|have|had about|around|some|nearly|roughly|almost|approximately|over|just|close|under #n",
		"camp|camps ** has|have|had more|fewer|less|close than|to #n",
		// "bringing the camp's population to about 12,000"
		"camp|camps|camp's population|populations to|at|of",
		// "Moria, the island's main camp, has seen its population swell to
		// over 19,000"
		"camp|camps|shelter|shelters ** swelled|swollen|swell|swelling|swells|ballooned|grown|grew|risen|rose|reached|climbed|increased",
		"camp|camps|shelter|centre|center * where",
		"sheltering|sheltered|housed|accommodated in",
		"spent|spend|spending * night|nights",
		"moved|relocated|transferred|taken|brought|rehoused to ** school|schools|shelter|shelters|camp|camps|mosque|mosques|centre|center|centres|centers|hall|halls",
		// "moved about 40 families to a school": the people moved come between
		"moved|moving|relocated|relocating|transferred|transferring|rehoused * #n * to ** school|schools|shelter|shelters|camp|camps|mosque|mosques|centre|center|centres|centers|hall|halls",
		"share|shared|sharing * classrooms|rooms|room|tents|tent",
		"living|live|lives|lived|sleeping|sleep|slept|staying|stay|stayed in * camp|camps|shelters|tents|centre|center|schools|mosques",
		// "we are 40 people in one classroom"
		"#n * in * classroom|classrooms|tent|tents|caravan|caravans",
	}},
	// "There are more than 100,000 migrants at the Greek border": people
	// massed at a border, however the sentence counts them.
	{"at-border", AtRisk, civilianUnit, []string{
		"#n * at|on|along the * border|frontier|fence|gates",
		// "Among those at the crossing are dozens of West Africans"
		"among those|people at|on|along|near the * border|frontier|fence|gates|crossing",
		// "hundreds of migrants trying to force their way through the
		// border crossing"
		"#n ** trying|tried|attempting|attempted to force|push|forced|pushed their way",
	}},
	// "Arsal is where around 60,000 refugees live in more than 120
	// informal camps": the people of the camps, even when called refugees
	{"live-in-camps", Sheltered, civilianUnit, []string{
		"#n * live|living|lives|lived in ** camps|camp|tents|settlements|shelters",
		// "Domiz, the oldest camp near Duhok, is home to about 32,000
		// Syrian refugees", "Kyangwali refugee settlement in neighbouring
		// Kikuube district, home to more than 120,000 refugees"
		"camp|camps|settlement|settlements ** home to",
		// "Some 42,000 asylum seekers are living on the Aegean islands in
		// facilities meant for about 6,200 people": the people of the
		// island camps, set beside the room the camps have
		"in facilities|centres|centers|camps * meant|designed|built|intended for",
		"in facilities|centres|centers|camps * with room|space|capacity",
		// "some 42,000 people are waiting on the Aegean islands, whose
		// reception centres have room for about 6,200"
		"whose * centres|centers|camps|facilities have|has|had room|space|capacity",
		// "About 500 of them are being housed on a navy landing ship"
		"#n ** being|been housed|accommodated on|aboard",
		// "The camp's population includes about 1,100 children"
		"camp|camps population|populations includes|included|include * #n",
		// "In Moria there are more than 1,000 unaccompanied children"
		"camp there are|were|is|was * #n",
	}},
	{"nationals", Refugees, foreignUnit, []string{
		"home to",
		"live|lives|living|lived|reside|resides|residing|resided|settled in|on",
		// "there were already 38,000 asylum seekers on the islands",
		// "42,000 asylum seekers are now on the islands": a stock where
		// they are.
		"there are|were|is|was * #n",
		"#n * are|were now|already|currently|still on|in",
		// "Some 42,000 asylum seekers are now stuck on the Greek islands"
		"#n * are|were now|already|currently|still stuck|stranded|living on|in",
		// "a town on the Syrian border where some 60,000 Syrians live"
		"where * #n * live|lives|living|reside|resides",
		// "We have 1.3 million Syrians here": a country's official speaking
		"we have|host|hold * #n * here",
		// "We have received 1.3 million Syrians since 2011": a host's
		// count over the years (not "received 9,500 Syrians since October
		// 9", arrivals)
		"have|has|had received|welcomed|absorbed #n * since 19*|20*",
	}},
	// "puts the number of Syrians in Lebanon at 1.5m": a count of
	// foreigners in a country, the stock it hosts.
	{"number-of-nationals", Refugees, anyUnit, []string{
		"number|numbers of syrians|syrian|iraqis|afghans|palestinians|kurds|yemenis|sudanese|somalis|eritreans|refugees|migrants|asylum in ** at|to * #n",
	}},
	{"arrived-from", Displaced, domesticUnit, []string{
		// "Manbij has taken in up to 4,000 families from Idlib": people
		// moved within the country, not refugees hosted abroad.
		"taken|take|took|takes|received|receives|absorbed|welcomed in|* ** #n * from",
	}},
	// "another 30 families were staying with relatives": taken in by
	// family, displaced (heldout9's families taken in); refugees so
	// lodged stay refugees.
	{"with-relatives", Displaced, domesticUnit, []string{
		"staying|stay|stayed|stays|living|live|lives|lived|sheltering|lodged|lodging with * relatives|relations|friends|host|hosts|families|family|neighbours|neighbors",
		// "have moved in with neighbours"
		"moved|move|moves|moving in with * relatives|relations|friends|host|hosts|families|family|neighbours|neighbors",
		"taken|take|took|takes in by * relatives|relations|friends|host|hosts|families|family",
		// "a further 46,000 hosted by relatives"
		"hosted|sheltered|housed by * relatives|relations|friends|host|hosts|families|family",
	}},
	{"hosted", Refugees, civilianUnit, []string{
		// "Our church group has brought four families over since 2016":
		// refugees a group sponsored
		"brought|sponsored|sponsor|sponsors * #n families|refugees|syrians",
		// "driven more than 5.6 million Syrians abroad as refugees"
		"#n * abroad|overseas as refugees",
		"hosts|host|hosting|hosted|sheltering",
		// "Iran, which has sheltered nearly three million Afghans"
		"has|have|had sheltered",
		// "the kingdom was already carrying 1.3 million Syrians": a
		// country's burden of refugees
		"kingdom|country|nation|state * carrying|carries|carried|carry * #n",
		// "the country has received about 1,700 refugees under the EU
		// relocation programme"
		"country|nation|kingdom|state * received|receives|welcomed * #n",
		// "We are carrying the weight of 4 million refugees alone"
		// (not "We cannot carry the burden of another four million": more
		// who might come)
		"carrying|carries|carried|bearing|bears|bore|borne|shouldering|shoulders|shouldered the * weight|burden of",
		// "We already carry 4 million people on our shoulders"
		"carry|carries|carrying|carried #n ** on our|their|its shoulders|backs",
		// "22,000 Syrian Armenians have found refuge in Armenia" (a camp or
		// a school someone found refuge in is a shelter, read before)
		"found|find|finds|finding|sought refuge|sanctuary|asylum in",
		// "the agency resettled just 18 Syrians", "27,000 have been
		// resettled to EU countries": refugees taken in
		"resettled",
		// "About 230 Syrians have made new homes in Palmerston North"
		"made|make new homes|lives in",
		// "64 Syrians had made their home in Kokkola since 2016"
		"made|make their home|homes in",
		// "Region Gotland said it had received 52 refugees assigned by the
		// Swedish Migration Agency": refugees placed with a host (not "the
		// Kurdistan Regional Government has received 9,000 refugees from
		// northeast Syria", people who fled across a near frontier)
		"received|welcomed #n refugees under|through|assigned|relocated|resettled",
		// "Dozens of families have also settled in Artsakh"
		"#n ** have|has|had * settled in",
		"taken|take|took|takes in",
		"accepted|accepts|accept|welcomed|admitted",
		"registered",
		// "had given protection to more than 50,000 Syrians"
		"given|gave|give|gives|granted|grant|grants protection|asylum|refuge to",
		// "Syrians granted residence permits in Sweden since 2011"
		"granted|given|received|receiving residence|residency permit|permits|status",
		// "More than 100,000 Syrians have been granted residence in Sweden"
		"granted|given residence|residency|asylum",
		// "some 4,500 Syrians currently hold a form of protection"
		"hold|holds|held|holding ** protection",
		// "puts the total at around 1.3 million once unregistered Syrians
		// are counted": a host country's count of its refugees
		"#n * once|when|if|including|counting unregistered|undocumented",
		"hold|holds|held|holding ** asylum status|papers|permits|documents",
		// "some 42,000 asylum seekers were waiting for their claims to be
		// heard": asylum seekers in the country
		"#n asylum seekers * waiting|waited for their * claims|applications|cases",
	}},
	// "six of them have had to leave their own homes" of a group's 23
	// local staff: people at work who lost their homes are displaced
	// too (not "15 aid workers had left Lesbos", who went away).
	{"staff-displaced", Displaced, workerUnit, []string{
		"#n ** fled|flee|fleeing|left|leave|leaving|abandoned|abandon their * homes|home|houses|villages|village|towns|town",
		// "nine of them have been displaced themselves"
		"#n ** have|has|had|were|are been|now displaced",
		"#n ** have|has|had been displaced",
		"#n ** move|moved|moving out of their * shelters|shelter|homes|home|houses",
	}},
	{"displaced", Displaced, civilianUnit, []string{
		// "his brother and eleven other relatives had walked across the
		// border": crossed as they fled
		"#n ** walked|trekked|crossed across|over the * border|frontier",
		// "Tens of thousands more have headed for the Azaz area": gone
		// somewhere inside the country (not "heading for Europe")
		"#n * have|has|had headed ** area|areas|towns|villages|countryside",
		// "around 40 families have gone to Aleppo or Damascus",
		// "Hundreds of thousands have already gone": left (not "gone
		// home", "gone back": returns)
		"#n * have|has|had gone to|already",
		"#n * have|has|had already gone",
		// "we see between 800 and 1,200 people coming across into Dohuk":
		// a crossing as it happens
		"#n * coming|came|come across|over into|to",
		// "Dozens of families have already packed up and left"
		"packed|packing up",
		// "More than 275,000, if you count everyone who has left since
		// the shelling began"
		"everyone|everybody who has|had|have left|fled",
		// "Everyone in our village near Derbasiyah left — maybe 200
		// families": the count of those who left, added after
		"everyone|everybody|whole ** left|fled",
		// "Nine families from our street left together"
		"#n ** left|fled together",
		// "border guards received 612 people at the Sehela and
		// Peshkhabour points": people let across
		"guards received|receiving * #n",
		// "more than 53,000 migrants and refugees have entered Bosnia and
		// Herzegovina": people crossing as they flee
		"#n * have|has entered",
		// "when about 390,000 people entered Hungary from Serbia"
		"#n people|migrants|refugees|syrians entered",
		// "the coastguard had picked up 63 people off Lesbos"
		"picked|plucked|pulled|fished up|out #n",
		// "between 250 and 300 were picked up by patrol boats overnight"
		"#n * were|been picked|plucked|fished up",
		"picked|plucked|pulled|fished up|out about|around|some|nearly|more|over|almost * #n",
		// "Every day, 50 or 60 new families come to the gate"
		"#n new families|households|people|arrivals come|came|coming|arrive|arrived|arriving",
		// "Some 60 families came to us in Hasakah"
		"#n families|people|households * came|come|coming to us",
		// "a single convoy brought between 800 and 900 people"
		"convoy|convoys|bus|buses|boat|boats|dinghy|dinghies|trucks|lorries brought|bring|brings|bringing * #n people|families|refugees|migrants|syrians|passengers",
		// "Tens of thousands have crowded into Sarmada": people who fled
		// there (camps and groves crowded into are read before)
		"#n * have|has|had crowded|crowding|poured|squeezed into",
		// "We saw three boats come in before lunch, maybe 150 people"
		"boats|boat|dinghies|dinghy|rafts come|came|coming in|ashore",
		// "Tens of thousands more have pushed north into Afrin"
		"#n * have|has|had pushed|pressed north|south|east|west|into|deeper",
		// "we saw 5,000 people land in a single day"
		"saw|seen|watched * #n * land|arrive|cross|landing|arriving|crossing",
		// "the Vinojug transit centre, through which more than 380,000
		// people passed"
		"through which * #n ** passed",
		"#n * passed|pass|passes through",
		// "the offensive has driven nearly a million people towards the
		// Turkish border"
		"driven|drove * #n",
		// "about 40 families from her village had made the journey"
		"made|make|making|makes the|this|that * journey|trip|crossing",
		// "Refugees moved to safer ground: 8 700"
		"moved|relocated|evacuated|fled to safer|higher ground|areas|places|locations|sites|site",
		// "a further 150 had reached Chios": arrivals (a border reached
		// is read before)
		"#n * had|have|has reached|landed",
		"fled|flee|flees|fleeing|displaced|displace|displaces|displacing|displacement|uprooted|uproot|uproots|uprooting|exodus|escaped|evacuated|evacuate|evacuates|evacuating|idps",
		// "police evicted 35 families from a settlement"
		"evicted|evict|evicting|expelled",
		"forced|forcing|force|forces|driven|drove|drive|drives|driving|pushed|pushing ** from|out|flee",
		"carrying|carried|ferrying|ferried|transporting|transported * #n",
		"on the move",
		// "Other destinations (OCHA figures):" over a table of places
		"destination|destinations",
		// "Refugees moved out", a column of people made to leave their
		// shelters
		"moved|move|moving|relocated out",
		// "Area  Settlements hit  People relocated": a column of people
		// moved out of harm's way
		"people|persons|families|individuals relocated|moved|rehoused #n",
		// "20,000 were still on the road out of Afrin", "were on the
		// roads south toward Tal Rifaat"
		"on the road|roads",
		"abandon|abandoned|abandoning|left|leave|leaving|lost * homes|home|villages|village|towns|town|city|cities|province|region|area|areas|country|district|neighbourhood|neighborhood",
		"streamed|streaming|poured|pouring out",
		// "Tens of thousands of people have crowded into border towns":
		// people who fled there (a camp crowded into is read before)
		"crowded|crowding into * towns|town|villages|village|cities|city|neighbourhoods|neighborhoods",
		// "a further 700 people had walked out across the hills"
		"walked|walking|walk out",
		// "thousands of people walked away from the burning camp"
		"walked|walking|walk|marched|marching away from",
		// "sending thousands of people running into the olive groves"
		"sending|sent|send * #n ** running|fleeing|scrambling|scattering",
		// "a war that has scattered millions more across the region"
		"scattered|scatter|scatters|scattering * #n",
		// "tens of thousands of civilians streamed south out of the region"
		"streamed|streaming|poured|pouring * south|north|east|west|across|into|toward|towards|out",
		"crossed|crossing|cross into",
		// "We crossed the Tigris at night, 14 of us in a small boat"
		"we|they crossed the|into|over",
		// "about 1,200 people crossed on Sunday alone"
		"#n * crossed",
		// "Between 800 and 1,000 people were now crossing each night"
		"#n * were|are|was|is|been now|still|already crossing|arriving",
		"#n * were|are|was|is|been crossing|arriving each|every|a|per night|day|week",
		"crossed|crossing the border",
		"have|has|had crossed",
		// "100,000 migrants had left Turkey for Europe"
		"#n * have|has|had left",
		"#n left",
		"are|were|is|was|been|keep|kept crossing",
		// "300-400 people were still crossing each night"
		"are|were|is|was|been still crossing|arriving|fleeing|coming",
		"#n * reached",
		"#n * have|has|had reached",
		// "Maybe ten made it to Europe": reached where they fled to.
		"#n * made|make it to|into|across",
		// "We left Homs with 40 families": people who left a place together.
		// "My parents left Qamishli on Saturday with maybe twenty
		// relatives"
		"we|they|i|he|she|parents|family|mother|father left ** with #n",
		"we|they|i|he|she|parents|family|mother|father left ** with maybe|perhaps|about|around|some|nearly|almost #n",
		// "about 15 Armenian families who had lived in villages of the
		// Afrin district reached the city": people from a place who came
		"#n ** who|that * lived|living ** reached|arrived",
		// "About half a million Sierra Leoneans ran into Guinea"
		"#n ** ran|run into|across|over",
		"arrived|arrive|arriving|arrivals|landed|landing|ashore",
		// "about 30 families from his neighborhood had packed cars and
		// left for Sanliurfa"
		"#n ** had|have|has ** left for",
		// "Thirty families left our street in one night"
		"#n families|people|households|residents|neighbours|neighbors left our|their|the street|village|town|neighbourhood|neighborhood|quarter|district",
		// "about 200 families from the village had left with her"
		"#n ** had|have|has left with her|him|them|us|me",
		// "Between 700 and 1,000 people come over every night"
		"#n people|families|refugees|syrians * come|came|coming over|across",
		// "around 250 families had already turned up in Duhok city"
		"#n ** turned|turn|turning up in|at",
		// "about 30 families had turned up since Saturday"
		"#n ** turned|turn|turning up since|overnight|daily|every|each",
		// "the coastguard recorded just 56 people reaching the islands"
		"#n * reaching|reached the * islands|island|coast|shore|shores",
		// "fewer than 1,000 had managed to get across"
		"get|got|gotten|getting across|through",
		"managed|manage|managing to cross|reach|enter",
		"have|has|had received * #n",
		"keep|keeps|kept coming|arriving",
		"#n * have|has|had come|fled|arrived",
		// "Around 200 families from our town came here with us" (not "had
		// come with him" at the Greek border, people waiting there)
		"#n ** came here",
		// "about 900 people came in on buses from the border"
		"#n * came|come in on|by",
	}},
	{"refugees", Refugees, civilianUnit, []string{
		// "has forced more than 5.6 million people to seek safety abroad",
		// "tens of thousands have sought asylum abroad"
		"seek|sought|seeking safety|refuge|shelter|asylum abroad",
		"refugees|refugee",
		// asylum seekers where they are hosted: "figures for asylum
		// seekers on the five islands"
		"asylum seekers|seeker on|in",
		"unaccompanied",
	}},
	{"border", AtRisk, civilianUnit, []string{
		"heading|headed|massing|massed|gathered|gathering|stranded|trapped|stuck|camped",
		// "thousands head for the border" (not "the monitor's head Rami
		// Abdel Rahman told AFP": the man who heads it)
		"head|heads to|toward|towards|for|north|south|east|west|back",
		// "waiting at the crossing", but not "on the waiting list"
		"waiting|wait|waited at|near|by|along|outside|on|in|here|there",
		// "waiting for a chance to cross", not "waiting for kits"
		"waiting|wait|waited for * cross|crossing|pass|passage|permission|entry|boat|boats|chance|turn|border",
		"border|frontier",
		"trying to reach",
		// "Two hundred of us tried to cross last night": at the border,
		// not yet across
		"#n * tried|attempted|trying|attempting to cross",
		// "remained near the crossing": waiting to pass.
		"remained|remain|remains|stayed|stay|stays|waited near * crossing|crossings|gate|gates|fence",
		// "Crowds of 3,000 pressed against the fence"
		"pressed|pressing|pushed|pushing|crowded|crowding against * fence|fences|gate|gates|crossing",
		// "another 160,000 moved towards the fence on the Golan Heights":
		// on their way to a border
		"went|walked|moved|drove toward|towards * fence|fences|crossing|crossings",
	}},
	// "a further 164,000 had moved towards Quneitra": gone from their
	// homes to another part of the country (after the border rules: "moved
	// towards the frontier" is heading to a border).
	{"moved-on", Displaced, civilianUnit, []string{
		"#n * have|has|had moved towards|toward|to",
		// "Tens of thousands went toward Quneitra": the figure itself on
		// the move
		"#n went|walked|moved|drove toward|towards",
		// "Dozens of families have already moved from Arsal to the Wadi
		// Hmayed area": people who moved from one place to another
		"#n ** have|has|had * moved from * to",
	}},
}

// slot is one position of a compiled pattern: words it accepts exactly,
// prefixes it accepts ("displac*"), or a gap of up to skip words ("*" is
// three, "**" eight).
type slot struct {
	exact, prefixes []string
	skip            int
}

func (s slot) accepts(w string) bool {
	for _, a := range s.exact {
		if a == w {
			return true
		}
	}
	for _, a := range s.prefixes {
		if strings.HasPrefix(w, a) {
			return true
		}
	}
	return false
}

// countryWords is a pattern slot for the one-word country names
// ("turkey|lebanon|jordan|...").
var countryWords = func() string {
	var names []string
	for c := range countryNames {
		if !strings.ContainsAny(c, " .") {
			names = append(names, c)
		}
	}
	slices.Sort(names)
	return strings.Join(names, "|")
}()

// compiled is a pattern split into slots, and the rule it belongs to.
type compiled struct {
	rule  int
	slots []slot
}

// compiledPatterns holds every rule's patterns in rule order, then in
// the order the rule lists them.
var compiledPatterns = func() []compiled {
	if len(rules) > 64 {
		panic("corpus: more than 64 rules")
	}
	var out []compiled
	for i, r := range rules {
		for _, p := range r.patterns {
			c := compiled{rule: i}
			for _, w := range strings.Fields(p) {
				var sl slot
				switch w {
				case "*":
					sl.skip = 3
				case "**":
					sl.skip = 8
				default:
					for _, a := range strings.Split(w, "|") {
						if strings.HasSuffix(a, "*") {
							sl.prefixes = append(sl.prefixes, strings.TrimSuffix(a, "*"))
						} else {
							sl.exact = append(sl.exact, a)
						}
					}
				}
				c.slots = append(c.slots, sl)
			}
			if first := c.slots[0]; first.skip > 0 || len(first.prefixes) > 0 {
				panic("corpus: a pattern must start with whole words: " + p)
			}
			out = append(out, c)
		}
	}
	return out
}()

// patternStarts maps each word a pattern starts with to the patterns that
// start with it, in compiledPatterns order, so a clause is only tried
// against patterns whose first word it has, and only where it has it.
var patternStarts = func() map[string][]int {
	m := map[string][]int{}
	for i, c := range compiledPatterns {
		for _, w := range c.slots[0].exact {
			m[w] = append(m[w], i)
		}
	}
	return m
}()

// matchRule returns the first rule whose patterns match words, for a
// figure counting unit.
func matchRule(words []string, unit string) (rule, bool) {
	// Where each pattern may start, found from the words themselves.
	type start struct{ pattern, at int }
	var buf [64]start
	starts := buf[:0]
	for at, w := range words {
		for _, p := range patternStarts[w] {
			starts = append(starts, start{p, at})
		}
	}
	if len(starts) == 0 {
		return rule{}, false
	}
	// Patterns are tried in rule order, so the first rule that matches
	// anywhere wins, as it would trying every pattern at every word.
	slices.SortFunc(starts, func(a, b start) int {
		return cmp.Or(cmp.Compare(a.pattern, b.pattern), cmp.Compare(a.at, b.at))
	})
	person := isPersonUnit(unit)
	military := isMilitaryUnit(unit)
	for _, s := range starts {
		c := compiledPatterns[s.pattern]
		r := rules[c.rule]
		if !r.appliesTo(unit, person, military) {
			continue
		}
		if matchSlots(c.slots[1:], words, s.at+1) {
			return r, true
		}
	}
	return rule{}, false
}

// appliesTo reports whether the rule may categorise a figure counting
// unit.
func (r rule) appliesTo(unit string, person, military bool) bool {
	switch r.applies {
	case personUnit:
		return person
	case civilianUnit:
		return person && !military && !isWorkerUnit(unit)
	case foreignUnit:
		return isForeignUnit(unit)
	case domesticUnit:
		return person && !military && !isWorkerUnit(unit) && !isForeignUnit(unit)
	case workerUnit:
		return isWorkerUnit(unit)
	case countUnit:
		return !measureUnits[unit] && unit != "percent"
	}
	return true
}

// matchSlots reports whether slots match words from word i on.
func matchSlots(slots []slot, words []string, i int) bool {
	if len(slots) == 0 {
		return true
	}
	if sl := slots[0]; sl.skip > 0 {
		for skip := 0; skip <= sl.skip && i+skip <= len(words); skip++ {
			if matchSlots(slots[1:], words, i+skip) {
				return true
			}
		}
		return false
	}
	return i < len(words) && slots[0].accepts(words[i]) && matchSlots(slots[1:], words, i+1)
}

// clauseWords splits text into lower-case words, dropping punctuation and
// keeping inner hyphens and apostrophes ("kurdish-led", "camp's"). Words of
// a multi-word name ("Norwegian Refugee Council") are left out: the rules
// read what the clause says, not what its sources are called.
func clauseWords(text string) []string {
	type word struct {
		w         string
		cap, conn bool
	}
	var buf [64]word // most clauses fit: no allocation for them
	ws := buf[:0]
	i := 0
	for i < len(text) {
		if !isLetter(text[i]) && !isDigit(text[i]) {
			i++
			continue
		}
		w := nounToken(text, i)
		if isDigit(text[i]) {
			// A figure is one word: "8,400", "3.6", "865 500".
			j := i
			for j < len(text) {
				if n := groupSeparator(text, j); n > 0 && j+n < len(text) && isDigit(text[j+n]) {
					j += n
					continue
				}
				if isDigit(text[j]) || text[j] == '.' && j+1 < len(text) && isDigit(text[j+1]) {
					j++
					continue
				}
				break
			}
			w = text[i:j]
		}
		if w == "" {
			i++
			continue
		}
		lw := lowerWord(w)
		lw = strings.TrimSuffix(lw, "'s") // "camp's" counts as "camp"
		ws = append(ws, word{lw, isUpper(w[0]), lw == "of" || lw == "for" || lw == "the" || lw == "and"})
		i += len(w)
	}
	out := make([]string, 0, len(ws))
	for k, w := range ws {
		inName := w.cap && (k > 0 && (ws[k-1].cap || ws[k-1].conn && k > 1 && ws[k-2].cap) ||
			k+1 < len(ws) && (ws[k+1].cap || ws[k+1].conn && k+2 < len(ws) && ws[k+2].cap))
		lastOfName := inName && (k+1 == len(ws) || !ws[k+1].cap)
		if !inName || lastOfName && nameEndNouns[w.w] {
			// ("near the Golan Heights": where the name says it is)
			out = append(out, w.w)
		}
	}
	return out
}

// nameEndNouns end a place's name and say what kind of place it is.
var nameEndNouns = wordSet(`heights border frontier crossing camp`) // and "Emirati Jordanian Camp": a camp
