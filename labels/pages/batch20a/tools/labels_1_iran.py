# ------------------------------------------------------------------ Iran's disputed election and the crackdown (international wire, 2009-06-23)
d = "page_iran_election_wire.txt"
# No rows: headline, byline, captions with "1 of 4", crossheads, "Related:", credits, topics, newsletter, most read.
U(d, "Britain said on Tuesday it was sending two Iranian diplomats home", "the West in years.",
  ("United Kingdom", C, neg, "Iran", "dateline excluded; long lead carrying narration and a measure: expelling diplomats in retaliation = condemning"))
U(d, "Prime Minister Gordon Brown told the House of Commons", "earlier in the day.",
  ("United Kingdom", C, neg, "Iran", "judgement without stock words ('no justification whatsoever', 'no basis in fact'); London = metonym inside the sentence"))
U(d, "Iran's Foreign Ministry, quoted by state television", "streets of the capital.",
  ("Iran", C, neg, "United Kingdom", "the ministry through state TV (the broadcaster is not an actor); reason for the expulsion + accusation"))
# "The tit-for-tat came at the end of a week ..." : background narration with election figures, no row.
U(d, "Supreme Leader Ayatollah Ali Khamenei set the tone at Friday prayers", "harming the Islamic Republic.",
  ("Iran", C, neg, "United Kingdom", "judgement put in the narrator's words ('reserved his harshest words for the British government')"))
U(d, "Foreign Minister Manouchehr Mottaki went further on Sunday", "in the weeks before it.",
  ("Iran", C, neg, "United Kingdom", "accusation of a plot; London = metonym for the UK"))
U(d, "Foreign Secretary David Miliband rejected the accusation the same day", "choose Iran's president for it.",
  ("United Kingdom", N, neg, "", "denial = neutral, negative tone"))
U(d, "\"How the authorities in Tehran treat the people", "he said in a statement.",
  ("United Kingdom", C, neg, "Iran", "two-sentence quote closed by 'he said' (Miliband); holds the authorities responsible = condemning"))
# "A few hundred hardline students gathered outside the British embassy ..." : unnamed students, scene, no row.
U(d, "In Washington, President Barack Obama used a White House news conference", "denounced them as unjust.",
  ("United States", C, neg, "Iran", "long sentence; Washington = place; 'denounced them as unjust'"))
U(d, "He dismissed Iranian charges that the United States was behind the unrest", "not interfering in its politics.",
  ("United States", N, neg, "", "'He' = Obama; denial + reassurance of non-interference = neutral"))
U(d, "Asked whether his offer of direct talks on Iran's nuclear programme still stood", "weigh on any dialogue.",
  ("United States", T, neu, "Iran", "keeps the offer of talks open (conditional) = calling_for_talks"))
U(d, "U.N. Secretary-General Ban Ki-moon had appealed to the authorities on Monday", "peaceful and lawful means.",
  ("United Nations", T, neg, "", "appeal to stop force + peaceful settlement, no judgement; addressed to both the leaders and the opposition -> target empty"))
# "Tehran hit back on Tuesday." : summary line before the specific statement, no row.
U(d, "The Foreign Ministry said Ban had gone beyond his mandate", "certain foreign powers.",
  ("Iran", C, neg, "United Nations", "'The Foreign Ministry' = Iran by context; accusation of overstepping + bias; IRNA is not an actor"))
U(d, "Iran's Guardian Council, the 12-member body that must certify the result", "out of the question.",
  ("Iran", N, neg, "", "state body's procedural ruling; rejection of the fraud claims = denial, neutral with a negative tone"))
U(d, "Its spokesman, Abbasali Kadkhodai, acknowledged on state television", "changed who won.",
  ("Iran", N, neu, "", "'Its spokesman' = the Guardian Council; figures"))
U(d, "The Revolutionary Guards warned on Monday that any further unauthorised gathering", "the Guards' website.",
  ("Iran", C, neg, "", "threat against protesters (non-canonical target -> empty); the Guards speak for the state"))
# "At least 17 people have been killed ... according to state media ..." : toll from state media (agency, not an actor); "Rights groups say" unnamed, no row.
U(d, "Mir Hossein Mousavi, a former prime minister who says victory was stolen from him", "many polling stations.",
  ("Mir Hossein Mousavi", C, neg, "Iran", "opposition candidate under his own name; accusation of large-scale fraud against the authorities"))
U(d, "He asked for a fresh review of the whole election", "to avoid violence.",
  ("Mir Hossein Mousavi", T, neu, "", "'He' = Mousavi; review by a trusted body + non-violence = calling_for_talks"))
# The Tehran resident: unnamed, not an actor, no row.
U(d, "At least five European Union governments summoned Iranian ambassadors", "diplomats in Brussels said.",
  ("France", C, neg, "Iran", "summoning ambassadors in protest = condemning; list of three named states = one row each; 'diplomats in Brussels' are unnamed and only the source"),
  ("Germany", C, neg, "Iran", "same list"),
  ("Italy", C, neg, "Iran", "same list"))
U(d, "German Chancellor Angela Merkel, who had earlier called for a recount", "being used against them.",
  ("Germany", C, neg, "Iran", "solidarity + 'would not accept the violence' = judgement decides (rule 1)"))
U(d, "French Foreign Minister Bernard Kouchner said he was deeply disturbed", "had been detained.",
  ("France", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Italian Foreign Minister Franco Frattini, who hosts Group of Eight foreign ministers", "rather than outside it.",
  ("Italy", T, neu, "Iran", "invitation to talks kept open = calling_for_talks"))
U(d, "The Czech Republic, which holds the EU's rotating presidency", "had to end at once.",
  ("European Union", C, neg, "", "the presidency speaking on behalf of the 27 = European Union; 'could not be tolerated' + demand (rule 1); the use of force is named, not its author -> target empty"))
U(d, "EU foreign policy chief Javier Solana said he hoped", "complaints seriously.",
  ("European Union", T, pos, "Iran", "hope that bloodshed ends + expectation addressed to the authorities = calling_for_talks"))
# "Not every capital joined the criticism." : summary line, no row.
U(d, "Russia, whose president Dmitry Medvedev welcomed Ahmadinejad", "a matter for Iranians alone.",
  ("Russia", S, pos, "Iran", "backing by act (received the re-elected president at a summit) + 'a matter for Iranians alone'"))
U(d, "In Beijing, a foreign ministry spokesman said China respected the choice", "Iranian people.",
  ("China", S, pos, "Iran", "unnamed official of a named government speaks for it; respect for the result = supporting; Beijing = place"))
# "Analysts said the establishment appeared ..." : unnamed analysts, no row.
U(d, "\"The leadership has decided that a few weeks of isolation", "Caspian Studies in London.",
  ("Nasrin Aflatouni", N, neg, "", "independent analyst, multi-sentence quote closed by the speaker; scenarios without judgement"))
U(d, "She said the most likely path was a slow grinding down", "most of the cards.",
  ("Nasrin Aflatouni", N, neg, "", "'She' = Aflatouni; forecast, no judgement"))
U(d, "Daniel Perlmutter, who followed Iran at the State Department for a decade", "inside the country and out.",
  ("Daniel Perlmutter", C, neg, "Iran", "former official speaking under his own name (not for the US); 'chosen force over persuasion' = judgement"))
U(d, "\"Western governments should keep every channel to Tehran open", "Perlmutter said.",
  ("Daniel Perlmutter", T, neu, "", "appeal for diplomacy addressed to Western governments (non-canonical) -> target empty; Tehran = metonym as object"))
# "The Guardian Council is due to hand its final ruling ..." : narration of a procedure, no position stated, no row.
