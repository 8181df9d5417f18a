# ------------------------------------------------------------------ Cuba: the arrest of José Daniel Ferrer (UNPACU) and the row with the EU and the US (regional daily analysis, 2019-11-29)
d = "page_cuba_ferrer_unpacu_arrest2019_regionalanalysis.txt"
# Not statements: masthead, date line, breadcrumb, kicker, headline and standfirst (both carry positions; never statements), byline, update time, photo line, crossheads, Related, tags, share bar, most read, copyright.
# "When police broke down the door ..." = narration of the arrest, no row (the act is not attributed to a speaking actor; unsure: could be Cuba, neutral).
# "José Daniel Ferrer, the founder ... has not been seen in public since." = narration.
U(d, "His family says they were allowed to visit him for the first time", "he had lost weight.",
  ("", N, neg, "", "Ferrer's family (unnamed relatives, no actor); kept as a stance example with an empty actor: their account of the visit"))
# "Eight weeks on, his case has done something few Cuban dissidents manage ..." = the writer's narration, no row.
U(d, "On Thursday the European Parliament voted for a resolution", "raise his case at every level.",
  ("European Union", C, neg, "Cuba", "European Parliament = EU; demand for release + 'deplored' the conditions = judgement"))
U(d, "The text went further than many in Brussels had expected", "if the situation did not improve.",
  ("European Union", C, neg, "Cuba", "'the text' = the Parliament's resolution; veiled threat to the cooperation = condemning"))
# "The Cuban foreign ministry answered within hours." = summary line, no row.
U(d, "In a statement read on the evening television news, it said the Parliament", "not a political prisoner.",
  ("Cuba", C, neg, "European Union", "'it' = the Cuban foreign ministry (previous sentence); accusation of a smear operation; the denial that Ferrer is a political prisoner is joined to the judgement; Washington as organiser is a second target -> the Parliament kept as main target (unsure: could be empty)"))
U(d, "Havana had already set out its version in a programme broadcast on state television", "letters smuggled out of prison.",
  ("Cuba", C, neg, "", "Havana = metonym; state-media programme = the government's position; accuses Ferrer (not a canonical actor) of inventing injuries -> target empty"))
U(d, "The foreign minister, Bruno Rodríguez, repeated the charge on Twitter.", "on Twitter.",
  ("Cuba", C, neg, "", "minister named by title and name; 'repeated the charge' = the same accusation"))
U(d, "He wrote that the United States embassy in Havana had \"turned a police case into a campaign,\"", "rather than a diplomat.",
  ("Cuba", C, neg, "United States", "pronoun = Rodríguez; accusation against the US embassy and its chargé"))
# "That accusation is not new." and "Tekach has toured the eastern provinces, met relatives ... posted about Ferrer ..." = narration of the chargé's activity, no row (unsure: her posts are specific acts, but their content is not given).
U(d, "The State Department has stood by her.", "stood by her.",
  ("United States", N, neu, "", "the department backs its own envoy: own conduct, no stance toward another actor"))
U(d, "Its top official for the hemisphere, Michael Kozak, told reporters in Washington", "until he walked free.",
  ("United States", C, neg, "Cuba", "named by role first; detention for speech = judgement without a stock word + pledge to keep pressing"))
U(d, "Secretary of State Mike Pompeo, for his part, has described Cuba's treatment of Ferrer", "the arrests of 2003.",
  ("United States", C, neg, "Cuba", "reported clause: judgement of Cuba's conduct"))
U(d, "Senator Marco Rubio went further, urging the administration to add the officials", "entering the country.",
  ("United States", C, neg, "Cuba", "senator speaks for his state (guide); call for visa sanctions = condemning"))
# "The Europeans have been more careful, but the distance ... has grown." = summary line, no row.
U(d, "A spokesperson for the EU's foreign policy chief, Federica Mogherini, said in October", "due process to be respected.",
  ("European Union", T, neu, "Cuba", "request for information + expectation of due process, no judgement = calling_for_talks (unsure: could be neutral)"))
U(d, "According to two European diplomats, the EU's ambassador in Havana, Alberto Navarro, raised the case", "this month.",
  ("European Union", N, neu, "", "act reported by unnamed diplomats; raising a case in a meeting = diplomatic procedure, neutral"))
U(d, "Navarro himself has been criticised by conservative members of the Parliament", "than to Brussels.",
  ("European Union", N, neg, "", "criticism from unnamed MEPs inside the EU aimed at the EU's own envoy; his attacks on the US embargo only reported as background (unsure: could carry an EU-on-US condemnation, or no row)"))
# "Spain, the EU state with the deepest ties to the island, has chosen a quieter line." = summary line, no row.
U(d, "The Spanish foreign ministry said in a note to this newspaper", "\"through the appropriate channels.\"",
  ("Spain", N, neu, "", "ministry given by its state's adjective; following the case + conveyed its interest = procedural, no judgement, no appeal"))
U(d, "Amnesty International named Ferrer a prisoner of conscience", "silence him and his organisation.",
  ("Amnesty International", C, neg, "Cuba", "charge called fabricated to silence him = accusation"))
U(d, "UNPACU says at least a dozen of its activists have been detained", "since Ferrer's arrest.",
  ("Patriotic Union of Cuba", N, neg, "", "figures from the group, no blame in the sentence"))
U(d, "Its coordinator in Santiago, speaking to the Herald by telephone, said", "or all at once.\"",
  ("Patriotic Union of Cuba", N, neg, "", "unnamed official of a named body speaks for it; defiance about its own activity, no appeal"))
U(d, "For Ileana Suárez, a historian of Cuban dissent", "is telling.",
  ("Ileana Suárez", N, neu, "", "invented historian; framing of the charge, no explicit judgement"))
U(d, "\"Havana learned in 2003 that long sentences", "or so it hoped.\"",
  ("Ileana Suárez", C, neg, "Cuba", "multi-sentence quote closed by its speaker; implies the charge is a pretext = judgement without a stock word"))
U(d, "She said the European Parliament's vote showed that the hope had been misplaced", "over a single case.",
  ("Ileana Suárez", N, neu, "", "forecast and warning about expectations, no judgement, no appeal"))
U(d, "\"The agreement has a human rights clause that nobody has ever used,\" she said.", "she said.",
  ("Ileana Suárez", N, neu, "", "quote continued in a new paragraph, same speaker; fact about the agreement"))
# "I would be surprised ..." = labelled at the end of this file (forecast, neutral).
# "Ernesto Lay, a Miami lawyer ..., was blunter." = summary line, no row.
U(d, "\"The Cuban state has put a man in a cell, then put him on television", "what kind of trial he can expect.\"",
  ("Ernesto Lay", C, neg, "Cuba", "invented lawyer; judgement of the state's conduct and the coming trial"))
U(d, "Lay said he hoped the Catholic Church, which helped secure Ferrer's release", "good offices again.",
  ("Ernesto Lay", T, pos, "", "hope for mediation = calling_for_talks"))
U(d, "The Organization of American States' secretary general, Luis Almagro, has called", "ignores its statements.",
  ("Organization of American States", T, neg, "Cuba", "call for release, no judgement word in the sentence = calling_for_talks (README: a demand to one side with no judgement); Cuba's refusal is narration"))
# "Ferrer's trial has not yet been scheduled." = narration, no row.
U(d, "\"I would be surprised if this were the first time.\"", "the first time.\"",
  ("Ileana Suárez", N, neu, "", "forecast, no judgement"))
# "Havana has not been entirely alone." = summary line, no row.
U(d, "According to Cuban state media, Nicaragua's foreign ministry sent a message of solidarity", "today as always.\"",
  ("Nicaragua", S, pos, "Cuba", "second-hand attribution via state media (the outlet is not an actor); solidarity with Havana = supporting"))
