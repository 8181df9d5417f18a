# ------------------------------------------------------------------ Grounding of Evo Morales's plane in Vienna (Latin American English-language site, full HTML, 2013-07-05)
d = "page_morales_plane_latamsite.html"
# Not statements: date/cities bar, logo, nav, kicker, headline, dek, byline, share bar, captions with credits, crossheads,
# Advertisement, "Related:", tags, reader comments, Most popular, footer. Dateline "COCHABAMBA, Bolivia — " excluded.
# Evo Morales is an alias of Movement for Socialism in the name files (he spoke for his party after 2019); here he is
# President -> Bolivia.
# "Six South American presidents gathered ... to stand behind Evo Morales ..." = lead summary before the specific list: no row.
U(d, "The leaders of Argentina, Ecuador, Venezuela, Uruguay and Suriname flew in", "sent envoys.",
  ("Argentina", S, pos, "Bolivia", "backing by act (attending to show support); list of five states, one row each"),
  ("Ecuador", S, pos, "Bolivia", "same list"),
  ("Venezuela", S, pos, "Bolivia", "same list"),
  ("Uruguay", S, pos, "Bolivia", "same list"),
  ("Suriname", S, pos, "Bolivia", "same list; Brazil, Chile, Peru, Colombia only 'sent envoys' = attendance without a stated position: no rows (unsure)"))
U(d, "In a declaration read out by Bolivian Foreign Minister David Choquehuanca", "apologize publicly.",
  ("Union of South American Nations", C, neg, "", "the bloc's declaration (Choquehuanca only reads it) = UNASUR; 'affront' + demand for apology; four states -> target empty"))
U(d, "The bloc also said it would back the complaint Bolivia has lodged", "Human Rights.",
  ("Union of South American Nations", S, pos, "Bolivia", "'The bloc' = UNASUR; backing of Bolivia's complaint; Bolivia's own complaint is narrated as background here"))
U(d, "Morales, who was flying home from an energy summit in Moscow on Tuesday", "orders from Washington.",
  ("Bolivia", C, neg, "United States", "accusation; Washington = metonym; Portugal and France are narrated subjects (no rows)"))
U(d, "\"This was meant to put an indigenous president in his place", "to sustained applause.",
  ("Bolivia", C, neg, "", "multi-sentence quote closed by 'he said' (Morales); 'They' = the European governments -> several targets, empty"))
U(d, "The United States, he said, should know that he would not hesitate", "if the offence were repeated.",
  ("Bolivia", C, neg, "United States", "threat to close the US embassy = threatened measure; 'He then went further.' before it is a lead-in, no row"))
U(d, "Earlier, Vice President Álvaro García Linera had told a crowd at El Alto airport", "a prisoner of the empire.",
  ("Bolivia", C, neg, "", "'a prisoner of the empire' = judgement, no actor named -> target empty"))
U(d, "Bolivia's ambassador to the United Nations, Sacha Llorenti, said in Geneva", "open to it.",
  ("Bolivia", C, neg, "United States", "accusation (Washington pulling the strings; metonym) + taking the matter to international forums (rule 1)"))
U(d, "Defence Minister Rubén Saavedra said the refusal of the overflight had put the lives", "running low.",
  ("Bolivia", C, neg, "", "accusation of endangering the president's life, no state named -> target empty"))
# Flight route narration and the protest at the French embassy (unnamed protesters): no rows.
U(d, "Argentine President Cristina Fernández de Kirchner said on arrival", "one of its own.",
  ("Argentina", C, neg, "", "'a humiliation' + 'would not have dared' = judgement of the Europeans (several) -> target empty"))
U(d, "Ecuador's Rafael Correa said the region could not let the matter pass quietly", "all Latin Americans.",
  ("Ecuador", C, neg, "", "'an outrage' = judgement; several European states -> target empty"))
U(d, "His foreign minister, Ricardo Patiño, who had pressed for the emergency meeting", "make it heard in Europe.",
  ("Ecuador", N, neu, "", "'His' = Correa's; a call for a joint regional response (not peace talks, no judgement in the sentence) = neutral (unsure: could be condemning as a response announced)"))
U(d, "Venezuela's Nicolás Maduro, who had written on Twitter", "colonial powers.",
  ("Venezuela", C, neg, "", "threat on social media + 'like colonial powers' = condemning; targets several"))
U(d, "Foreign Minister Elías Jaua, speaking from Minsk", "dignity of its ally.",
  ("Venezuela", S, pos, "Bolivia", "defence of an ally = support; Minsk = place, Caracas = metonym"))
U(d, "Uruguay's José Mujica said he had come", "respect was owed in both directions.",
  ("Uruguay", C, neg, "", "short quoted tag + reminder of respect: a rebuke of the Europeans (judgement) -> condemning, target empty (unsure)"))
U(d, "Brazil's foreign ministry said President Dilma Rousseff's government viewed the episode with indignation", "respect international law.",
  ("Brazil", C, neg, "", "'indignation' + 'unworthy' = judgement"))
U(d, "Peru, which holds the rotating UNASUR presidency, expressed its solidarity", "statement from Lima.",
  ("Peru", S, pos, "Bolivia", "solidarity; Peru speaks in a national statement, not for UNASUR (plausible line)"))
U(d, "In Washington, Organization of American States Secretary General José Miguel Insulza said", "explain what had happened.",
  ("Organization of American States", C, neg, "", "'no justification' = judgement + demand for explanations: rule 1; Washington = place"))
U(d, "In Paris, Foreign Minister Laurent Fabius called his Bolivian counterpart", "the French foreign ministry said.",
  ("France", N, neg, "", "regret/apology for its own delay = neutral (no judgement of another actor); attribution tail"))
U(d, "President François Hollande said he had given permission as soon as he learned", "for the confusion.",
  ("France", N, neu, "", "explanation of its own conduct"))
U(d, "Spain's foreign minister, José Manuel García-Margallo, insisted", "might be on board.",
  ("Spain", N, neg, "", "denial = neutral, negative"))
U(d, "Portugal's foreign ministry said it had authorized the overflight", "did not specify.",
  ("Portugal", N, neg, "", "denial + technical reason = neutral"))
# "Italy has not commented." = non-statement: no row.
U(d, "The French government spokeswoman, Najat Vallaud-Belkacem, declined", "closed on its side.",
  ("France", N, neu, "", "declines to detail, considers matter closed = neutral"))
U(d, "In Vienna, Foreign Minister Michael Spindelegger said Austrian officials", "delegation was aboard.",
  ("Austria", N, neu, "", "facts about the check; Vienna = place"))
U(d, "Austrian President Heinz Fischer, who went to the airport on Wednesday morning", "safe journey home.",
  ("Austria", N, pos, "", "courtesy, no position on an actor = neutral, positive"))
U(d, "In Washington, State Department spokeswoman Jen Psaki said Washington had made no such decisions", "European capitals concerned.",
  ("United States", N, neu, "", "denial of any US decision + deflection = neutral"))
# "The row has revived talk of a Latin American haven for Snowden ..." = narration: no row.
U(d, "Maduro said on Friday that Venezuela was ready to grant the American humanitarian asylum", "from persecution.",
  ("Venezuela", S, pos, "Edward Snowden", "asylum offer = support (Snowden is canonical in the name files); 'the American' = Snowden"))
U(d, "In Managua, Nicaraguan President Daniel Ortega said his country would gladly receive Snowden", "allowed it.",
  ("Nicaragua", S, pos, "Edward Snowden", "conditional asylum offer = support"))
# Unnamed analyst and the market trader "Mercedes" (named resident; her remark judges no named actor): no rows.
