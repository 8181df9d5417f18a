# ------------------------------------------------------------------ Svalbard: Norway blocks cargo for Barentsburg at Storskog (Russian MFA statements page, 29 June - 6 July 2022)
d = "page_svalbard_barentsburg_cargo2022_mfastatements.txt"
# Not statements: ministry masthead, menu, breadcrumb, language bar, page title, print/share bar, time stamps, item titles,
# "---" rules, the journalists' questions, tags, share line, related materials, copyright.
U(d, "On 29 June, the Chargé d'Affaires of the Kingdom of Norway in Moscow was invited", "was invited to the Ministry.",
  ("Russia", C, neg, "Norway", "the ministry's own page: summoning a state's envoy = a diplomatic measure in protest (condemning); passive, the Ministry is the source"))
U(d, "The Norwegian diplomat was told that the refusal", "the Consulate General in Barentsburg.",
  ("Russia", C, neg, "Norway", "passive 'was told': the Ministry's charge that Norway's refusal created an 'untenable situation' = judgement without a stock word"))
U(d, "The Ministry stressed that the Treaty concerning Spitsbergen", "both its letter and its spirit.",
  ("Russia", C, neg, "Norway", "'the Ministry' = the site's own state; charges a treaty breach"))
U(d, "It was demanded that the Norwegian side remove the obstacles", "without delay.",
  ("Russia", T, neg, "Norway", "demand to one side with no judgement word in the sentence = calling_for_talks, negative (labels/README)"))
U(d, "The diplomat was also warned that hostile steps", "measures of its own.",
  ("Russia", C, neg, "Norway", "threat of a response = condemning; Moscow = metonym for the speaker"))
U(d, "The Norwegian side undertook to convey the Russian position to Oslo.", "to Oslo.",
  ("Norway", N, neu, "", "procedural undertaking by the summoned envoy = neutral"))
U(d, "We have taken note of the explanations offered in Oslo.", "offered in Oslo.",
  ("Russia", N, neu, "", "Zakharova ('the Official Representative'): procedural line, no evaluation yet"))
U(d, "According to statements from the Norwegian Ministry of Foreign Affairs, the sanctions regime", "from a Russian port.",
  ("Norway", N, neu, "", "Norway's explanation reported second-hand ('according to statements from') = facts/procedure, no judgement"))
U(d, "Norwegian Foreign Minister Anniken Huitfeldt was quoted by local media", "under the treaty in full.",
  ("Norway", N, neg, "", "passive attribution 'was quoted ... as saying'; denial of a treaty breach = neutral, negative tone"))
U(d, "Such reasoning will persuade no one.", "persuade no one.",
  ("Russia", C, neg, "Norway", "dismissal of Norway's argument = judgement without stock words"))
U(d, "For decades, supplies for Barentsburg have travelled overland", "for these goods.",
  ("Russia", C, neg, "Norway", "'Oslo knows perfectly well' = charge of bad faith (judgement); Tromsø, Storskog = places"))
U(d, "To present the closing of that route as a technicality", "the official representative said.",
  ("Russia", C, neg, "Norway", "speaker given by role only ('the official representative'); accusation of hiding behind procedure"))
U(d, "She added that the Russian side remains open to a practical settlement", "navigation season ends.",
  ("Russia", T, neu, "Norway", "'She' = Zakharova; openness to a settlement through diplomatic channels, no judgement in this unit"))
# "Question: How does the Ministry assess ..." = a journalist's question, no row.
U(d, "Answer: We have seen the remarks of a European Commission spokesperson", "stood by that choice.",
  ("European Union", S, pos, "Norway", "the EU's position reported by Russia ('was reported as saying'): backing of Norway = supporting; Russia only notes it (no Russia row)"))
U(d, "In Brussels they like to call this \"solidarity\".", "\"solidarity\".",
  ("Russia", C, neg, "European Union", "sarcasm aimed at the EU = judgement without stock words; Brussels = metonym for the EU"))
U(d, "For the residents of Barentsburg it means that their food is being held hostage", "someone else's capital.",
  ("Russia", C, neg, "European Union", "'held hostage to a political line drawn in someone else's capital' = judgement of the EU line (unsure: target could be left empty, Norway applies it)"))
U(d, "The pattern is the same as in Lithuania", "discriminatory decisions.",
  ("Russia", C, neg, "", "'discriminatory' aimed at Lithuania and Norway together -> target empty"))
# "Question: Has the Kremlin commented?" = question, no row.
U(d, "Answer: Presidential Press Secretary D.S. Peskov told journalists", "the President had been informed.",
  ("Russia", N, neu, "", "Peskov's reported procedural remark (who handles the matter) = neutral"))
U(d, "I have nothing to add to that.", "nothing to add to that.",
  ("Russia", N, neu, "", "procedural line of the spokesperson = neutral"))
# "A roundtable on ... was held at the Ministry's Diplomatic Academy ..." = narration of an event, no row.
U(d, "Irina Severtseva, a professor of international maritime law", "agreed to in 1920\".",
  ("Irina Severtseva", C, neg, "Norway", "invented scholar (person); 'selective blockade ... stretches that sovereignty beyond what the signatories agreed' = judgement"))
U(d, "Professor Severtseva suggested that the two governments set up a standing working group", "exchanges of notes.",
  ("Irina Severtseva", T, pos, "", "surname only; proposal of an expert working group = calling_for_talks; addressed to both governments"))
U(d, "A representative of the trust told participants that stocks of fresh produce", "from Murmansk.",
  ("Russia", N, neu, "", "Arktikugol is a Russian state trust (a state body resolves to its state); facts and plans (unsure: could be left without a row as a company)"))
U(d, "Gennady Volkov, a veteran polar navigator invited as an independent expert", "such a disruption.",
  ("Gennady Volkov", N, neg, "", "invented expert (person); cost warning and remark on the disruption's novelty: concern without an explicit judgement or appeal = neutral"))
# "On 6 July, Deputy Minister ... held a conversation with the Ambassador of Norway to Russia." = a meeting listed in narrative, no row.
U(d, "The Deputy Minister reiterated that the Russian side considers the restrictions", "the Spitsbergen Treaty.",
  ("Russia", C, neg, "Norway", "Grushko by title; 'unjustified and inconsistent with the Treaty' = judgement"))
U(d, "The Norwegian Ambassador stated that the Norwegian Government had not closed", "sanctions legislation.",
  ("Norway", T, neu, "", "denial + readiness to consider delivery options = an offer of a practical settlement; the offer decides (unsure: could be neutral as a denial with procedure)"))
U(d, "The parties agreed to continue contacts on the matter at the working level.", "at the working level.",
  ("Russia", T, neu, "", "agreeing to continue contacts = calling_for_talks"),
  ("Norway", T, neu, "", "same agreement, the other party"))
U(d, "The Ministry welcomes the readiness of the Norwegian side to look for solutions", "appropriate reaction.",
  ("Russia", C, neg, "Norway", "welcome joined to a warning of 'an appropriate reaction': the threat decides (rule 1)"))
U(d, "The Embassy of Russia in Oslo, led by Ambassador T.O. Ramishvili", "working on Spitsbergen.",
  ("Russia", N, neu, "", "the embassy's support for its own citizens = own conduct, neutral (not support of another actor)"))
