# ------------------------------------------------------------------ El Junquito raid and the killing of Óscar Pérez, live blog (2018-01-15/16)
d = "page_venezuela_eljunquito2018_liveblog.txt"
# Not statements: masthead, menu, LIVE label, headline, last-updated line, credits, auto-refresh/share line, key events bullets,
# entry time stamps and entry headlines (incl. quoted ones: "They chose to finish it", "an execution", "false", "they won't let us
# surrender"), the closing note, ADVERTISEMENT, [Photo 1 of 4] caption, Related, topics, newsletter prompt, copyright.
# "We are closing this live blog ..." = outlet furniture, no row.
U(d, "Spain's foreign ministry said on Tuesday evening that it hoped", "under way in Santo Domingo.",
  ("Spain", T, pos, "", "hope for an investigation and a negotiated way out = calling_for_talks"))
U(d, "Andrés Echenique, a security analyst at the Andean Observatory on Citizen Security", "how the operation ended.",
  ("Andrés Echenique", C, neg, "Venezuela", "invented analyst introduced by role; 'left little doubt about how it ended' = judgement by implication (unsure: could be neutral lead-in)"))
U(d, "\"Men who are filming themselves offering to surrender", "Echenique said.",
  ("Andrés Echenique", C, neg, "Venezuela", "multi-sentence quote closed by its speaker; 'chose to finish it' = judgement without stock words"))
U(d, "He expects the government to use the operation as a warning", "follow Pérez.",
  ("Andrés Echenique", N, neu, "", "forecast"))
U(d, "A spokesperson for EU foreign policy chief Federica Mogherini said the bloc expected", "those detained.",
  ("European Union", T, neu, "Venezuela", "expectation of clarification and respect for rights, no judgement word = calling_for_talks"))
U(d, "The State Department said in a statement that the United States was deeply troubled", "independent investigation.",
  ("United States", T, neg, "Venezuela", "concern + appeal for an inquiry = calling_for_talks"))
U(d, "OAS Secretary General Luis Almagro wrote on Twitter that what happened in El Junquito", "respect the law.",
  ("Organization of American States", C, neg, "Venezuela", "'execution' and 'regime' = judgement"))
U(d, "The rights group Foro Penal said it would demand an investigation", "without delay.",
  ("Foro Penal", T, neg, "Venezuela", "demand for an inquiry and for the bodies' release: calling_for_talks as demands for an inquiry"))
U(d, "Asked about El Junquito, a spokeswoman for the UN human rights office", "on the operation.",
  ("United Nations", N, neu, "", "unnamed spokeswoman of a named body = UN; aware and gathering information, no appeal = neutral"))
U(d, "The Democratic Unity Roundtable (MUD) said in a statement that it rejected as false", "Santo Domingo talks.",
  ("Democratic Unity Roundtable", N, neg, "", "denial of the minister's claim = neutral, negative tone ('rejected as false' is aimed at a claim about itself)"))
U(d, "The coalition also asked why armed pro-government civilians", "owed the country an answer.",
  ("Democratic Unity Roundtable", C, neg, "Venezuela", "'the coalition'; demands an answer on armed civilians = accusation"))
U(d, "Luisa Ortega Díaz, the attorney general removed by the Constituent Assembly", "killed anyway.",
  ("Luisa Ortega Díaz", C, neg, "Venezuela", "former official in exile speaking for no body = person; accusation of killing a man who offered to surrender"))
U(d, "Ortega Díaz said she would send the videos to the International Criminal Court", "security forces.",
  ("Luisa Ortega Díaz", C, neg, "Venezuela", "taking the case to the ICC as 'crimes' = judgement and a measure"))
U(d, "Colombian Foreign Minister María Ángela Holguín rejected Maduro's accusation", "internal conflicts.",
  ("Colombia", N, neg, "", "denial = neutral, negative tone"))
U(d, "On Monday, in his annual address to the Constituent Assembly, Maduro had accused", "destabilise his country.",
  ("Venezuela", C, neg, "Colombia", "accusation, reported in the pluperfect as background but a specific statement"))
U(d, "Interior Minister Néstor Reverol has confirmed that Pérez was among seven members", "died in the operation.",
  ("Venezuela", C, neg, "Óscar Pérez", "confirmation of deaths + labelling the group 'a terrorist cell' (reported as his term) = judgement (unsure: could be neutral toll)"))
U(d, "According to Reverol, two police officers were killed", "explosives were seized.",
  ("Venezuela", N, neu, "", "figures given by the minister = neutral"))
U(d, "The minister said Pérez's men had attacked the officers", "loaded with explosives.",
  ("Venezuela", C, neg, "Óscar Pérez", "accusation against Pérez's group"))
U(d, "Reverol also said the location of the group had been established partly thanks", "Dominican Republic.",
  ("Venezuela", N, neu, "", "claim of fact about the opposition's cooperation, no evaluation stated (unsure)"))
U(d, "Yusmary Contreras, who lives two streets from the house", "before noon.",
  ("Yusmary Contreras", N, neu, "", "invented named resident (person): eyewitness facts"))
U(d, "An anchor on state television said five members", "security forces.",
  ("Venezuela", N, neu, "", "state media relaying the authorities' account of arrests = the state's facts (labels/README: state media report of the government's decision is the state) (unsure: an anchor may be just an outlet)"))
U(d, "In a new video posted to Instagram, Pérez, his face covered in blood", "kept shooting.",
  ("Óscar Pérez", C, neg, "Venezuela", "rebel leader as a person actor; charge that the forces kept firing on men ready to surrender"))
U(d, "In a later clip, Pérez said there were civilians inside the house", "could come out.",
  ("Óscar Pérez", T, neg, "Venezuela", "appeal to stop firing, no judgement word = calling_for_talks"))
# "Security forces have surrounded a house in El Junquito ..." and the background on the helicopter attack = narration, no row.
U(d, "Peruvian Foreign Minister Cayetana Aljovín said the deaths in El Junquito", "next meet.",
  ("Peru", N, neu, "", "a meeting agenda announced = procedure, neutral"))
U(d, "Speaking at a military ceremony in Caracas on Tuesday, Maduro praised the officers", "against the republic.",
  ("Venezuela", C, neg, "", "praise of own forces + warning to anyone who takes up arms = threat (the threat decides); no named side -> target empty"))
