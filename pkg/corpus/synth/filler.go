package synth

import "strings"

// Filler sentences carry no figures: most of a real article is narrative,
// diplomacy and quotes. They are assembled from parts so that a large
// corpus does not repeat the same sentence every few kilobytes.

var fillerSubjects = []string{
	"The Kremlin", "Turkish officials", "Russian diplomats", "Aid agencies",
	"Residents of {loc}", "The Syrian army", "Rebel commanders", "Western governments",
	"The European Union", "Humanitarian groups", "Local councils in {loc}", "Witnesses",
	"Opposition activists", "Government forces", "Doctors in {loc}", "Ankara",
	"Moscow", "Damascus", "Washington", "The Security Council", "Medical charities",
	"Kurdish-led forces", "Teachers in {loc}", "Relief workers", "Diplomats in Geneva",
	"The Turkish president", "Syrian state media", "Monitoring groups", "Farmers near {loc}",
	"Camp residents",
}

var fillerVerbs = []string{
	"said on Monday that", "said on Tuesday that", "said on Wednesday that",
	"said on Thursday that", "said on Friday that", "said on Saturday that",
	"said on Sunday that", "warned that", "told reporters that",
	"said in a statement that", "acknowledged that", "insisted that", "argued that",
	"complained that", "feared that", "warned late on Thursday that", "reported that",
	"denied that", "had long maintained that", "said privately that",
}

var fillerClauses = []string{
	"the ceasefire in {loc} was collapsing",
	"the offensive would continue until the highway was secured",
	"talks in Ankara had made little progress",
	"the shelling of {loc} had intensified overnight",
	"the border crossing would remain closed for now",
	"aid convoys were struggling to reach {loc}",
	"the de-escalation zone existed only on paper",
	"militants were using civilian areas as cover",
	"hospitals in {loc} were running short of fuel and medicine",
	"the government was determined to retake the province",
	"any new assault would be a humanitarian catastrophe",
	"the winter had made conditions in the camps far worse",
	"the frontline had shifted again during the night",
	"families were burning plastic to keep warm",
	"the roads out of {loc} were jammed with cars and tractors",
	"the agreement with Moscow had to be revived",
	"diplomacy was still the preferred option",
	"the rebels had launched a counter-offensive near {loc}",
	"bakeries in {loc} had stopped working because of the bombing",
	"Turkish troops would retaliate if their positions came under fire again",
	"government artillery was targeting its positions",
	"the situation near {loc} had deteriorated dramatically",
	"schools in {loc} had been turned into shelters",
	"drinking water was becoming scarce in the north",
	"the fighting had cut the main road between {loc} and the coast",
	"prices of bread and fuel had soared",
	"the crossing points were overwhelmed",
	"the army had taken control of several villages around {loc}",
	"the air strikes had hit markets and clinics",
	"the talks would resume after the holiday",
	"the militants must withdraw from the buffer zone",
	"the responsibility for the truce lay with the other side",
	"there was no military solution to the conflict",
	"humanitarian access had to be guaranteed",
	"the joint patrols had been suspended",
	"the checkpoints around {loc} had been reinforced",
	"the sanctions were hurting ordinary people",
	"the reconstruction of {loc} could not begin without a political settlement",
	"returns to {loc} were neither safe nor voluntary",
	"the camps were not built for such numbers",
	"the snow had blocked the mountain roads",
	"the power station near {loc} had been damaged",
	"the displaced were moving closer to the border every day",
	"the opposition would not attend the next round of talks",
	"the humanitarian corridors announced by Moscow were not being used",
	"the airspace over {loc} was controlled by Russian jets",
}

var fillerTails = []string{
	"", "", "", "", "", "", "", "", "", "", "", "", "", "",
	", despite international appeals for calm",
	", a claim Moscow denied",
	", according to people familiar with the discussions",
	", without giving details",
	", in a sign of growing frustration",
	", echoing earlier warnings",
	", as the bombardment continued",
	" while calling for restraint",
	" amid mounting pressure from Europe",
}

// Descriptive sentences that stand alone.
var fillerStatements = []string{
	"The dispute over {loc} has tested the partnership between Ankara and Moscow.",
	"{loc} is the last significant stronghold held by the opposition.",
	"The road to the border was lined with tents, trucks and makeshift shelters.",
	"Some families have moved from village to village for years.",
	"Temperatures at night have fallen below freezing.",
	"Aid workers describe the camps near the border as overcrowded.",
	"The offensive is backed by Russian air power.",
	"Turkey and Russia back opposing sides in the conflict.",
	"The United Nations has warned of a humanitarian catastrophe.",
	"The government says it is fighting terrorists.",
	"Families carried what they could on foot through the mud.",
	"The Syrian government was not represented at the talks.",
	"Russia has blamed Turkey for not doing enough to rein in the militants.",
	"Most of the shops in {loc} have closed.",
	"The bombardment has emptied whole neighbourhoods of {loc}.",
	"Neither side has published a map of the agreed lines.",
	"The displaced have little money left for food or rent.",
	"Convoys of military vehicles were seen crossing the border.",
	"Moscow has shown little sign of changing course.",
	"Western powers have largely stayed on the sidelines.",
	"Smoke rose over the outskirts of {loc} on Sunday.",
	"The main highway through {loc} links the capital with the north.",
	"Ankara says it cannot handle a new influx.",
	"Most of the camps lack proper sanitation.",
	"Assad has reclaimed much of the territory he lost early in the war.",
	"The region is home to farmland, olive groves and crowded market towns.",
	"The crossing is the main route for aid into the north-west.",
	"Rents in the border towns have soared as the displaced look for rooms.",
	"Diplomats say a lasting settlement remains out of reach.",
	"The Syrian government denies targeting civilians.",
	"The rebels include factions backed by Turkey and jihadist groups.",
	"Few of the displaced expect to go home soon.",
	"Aid deliveries depend on a small number of border crossings.",
	"The European Union has called for an immediate halt to the fighting.",
	"Russia says its strikes target only militants.",
	"The talks are expected to resume in the coming weeks.",
	"Relief agencies have appealed for more funding.",
	"Many of the camps are built on farmland that floods in winter.",
	"Turkey has closed its border to new arrivals.",
	"The offensive has emptied towns along the main highway.",
	"What happens next in {loc} is anyone's guess.",
}

// Scenes, each opened by a time phrase.
var fillerTimes = []string{
	"On Sunday", "On Monday", "Overnight", "Earlier this week", "By nightfall",
	"In the morning", "Late on Friday", "At dawn", "Throughout the day", "Last month",
	"Before the talks", "After the strikes",
}

var fillerScenes = []string{
	"columns of cars and trucks crawled north towards the border",
	"smoke hung over the southern districts of {loc}",
	"families loaded mattresses and blankets onto pick-up trucks",
	"volunteers handed out bread at the entrance to the camp",
	"the streets of {loc} were almost empty",
	"rescuers dug through the rubble of a collapsed building",
	"the sound of jets could be heard over {loc}",
	"a convoy of ambulances left {loc} for the border",
	"shops in the town centre stayed shut",
	"heavy rain turned the camp paths into mud",
	"residents queued for hours at the only working bakery",
	"a hospital on the edge of {loc} stopped admitting patients",
	"the main road was closed by shelling",
	"civil defence teams put out fires in the old market",
	"aid trucks waited at the crossing for permission to enter",
	"teachers moved their classes into tents",
	"the electricity was cut across much of {loc}",
	"people gathered at the border fence to demand passage",
	"Turkish armoured vehicles were seen moving south",
	"government troops entered the outskirts of {loc}",
	"rebels shelled government positions on the hills",
	"the last doctors left the clinic",
	"mosques broadcast warnings to leave",
	"relatives searched the hospitals for the missing",
}

// Quotes without figures.
var fillerQuotes = []string{
	"We cannot stay here any longer",
	"There is nowhere left to go",
	"The world has forgotten us",
	"We left everything behind",
	"Every night the shelling comes closer",
	"A ceasefire is needed now, not next month",
	"Our patience with the talks is running out",
	"The situation is catastrophic and getting worse by the hour",
	"Our teams are working around the clock",
	"Nobody is safe in this area",
	"We are asking for the crossings to be opened",
	"The children are cold and hungry",
	"Nobody in the camps believes the promises any more",
	"We will not allow a new wave of migration",
	"This is the responsibility of the other side",
	"The battle for the province is going to be decisive",
}

var quoteVerbs = []string{"said", "told reporters", "told Reuters", "said in a statement", "added"}

// subheadings break long articles into sections.
var subheadings = []string{
	"People fleeing", "Serious test", "Winter camps", "Talks stall", "Border pressure",
	"Humanitarian crisis", "Diplomatic push", "No way out", "Rising toll", "Frontline shifts",
}

// fillerSentence writes a sentence with no figure, avoiding sentences the
// article already has.
func (g *gen) fillerSentence() string {
	var s string
	for try := 0; try < 4; try++ {
		switch r := g.r.IntN(10); {
		case r < 3:
			s = pick(g.r, fillerStatements)
		case r < 5:
			s = pick(g.r, fillerTimes) + ", " + pick(g.r, fillerScenes) + "."
		default:
			s = pick(g.r, fillerSubjects) + " " + pick(g.r, fillerVerbs) + " " +
				pick(g.r, fillerClauses) + pick(g.r, fillerTails) + "."
		}
		if !g.used[s] {
			break
		}
	}
	g.used[s] = true
	return g.place(s)
}

// fillerQuote writes a quotation with no figure, attributed to a person.
func (g *gen) fillerQuote() string {
	p := g.newPerson()
	q := g.quote(pick(g.r, fillerQuotes) + ",")
	if g.r.IntN(2) == 0 {
		return q + " said " + p.name + ", " + p.desc + "."
	}
	return q + " " + p.name + " " + pick(g.r, quoteVerbs) + "."
}

// place replaces {loc} with the article's place.
func (g *gen) place(s string) string {
	return strings.ReplaceAll(s, "{loc}", g.loc)
}

// quote wraps s in the outlet's quotation marks.
func (g *gen) quote(s string) string {
	if g.style.smartQuotes {
		return "\u201c" + s + "\u201d"
	}
	return `"` + s + `"`
}
