# ------------------------------------------------------------------ Spain: answer to López Obrador's letter on the conquest (MFA press page, full HTML, 2019-03-25/26)
d = "page_spain_mexico_conquestletter2019_mfa.html"
# Not statements: top bar, language list, search, nav, breadcrumb, release numbers and dates, titles (h1/h2), caption with credit,
# "The following is an extract ...", the journalists' own questions ("How does the Government respond?"), aside lists, comments notice, footer.
# Borrell: labels/actors.csv maps the alias "Borrell" to the European Union (his office from December 2019); on this page's date he is
# Spain's foreign minister (officeholders.csv: 2018-06-07 to 2019-11-30), so his words are Spain's.
U(d, "The Government of Spain has learned with surprise", "what that letter asks of Spain.",
  ("Spain", C, neg, "Mexico", "disapproval of making the letter public + rejection of its demand = judgement of Mexico's step (unsure: the rejection alone could be read as a refusal, neutral)"))
U(d, "History is studied by historians, and no Spaniard of today", "a sixteenth-century crown.",
  ("Spain", N, neg, "", "refuses responsibility for the conquest = a denial, neutral with a negative tone"))
U(d, "Spaniards and Mexicans share a language, families and a past", "never needed intermediaries.",
  ("Spain", S, pos, "Mexico", "praise of the bond with Mexico = supporting (unsure: could be neutral, a conciliatory statement of fact)"))
U(d, "The Government of Spain will keep working with the Government of Mexico", "to migration and security.",
  ("Spain", T, pos, "Mexico", "commitment to keep working on the joint agenda = keeps the channel open, addressed to Mexico"))
U(d, "The Minister said that the Government had given its answer", "the apology requested.",
  ("Spain", N, neg, "", "'the Minister' = Borrell, Spain's foreign minister on this date; refusal of the apology restated = neutral, negative (as the denial above)"))
U(d, "He added that the Government would do everything in its power", "with Mexico, not back.",
  ("Spain", T, pos, "Mexico", "de-escalation: keep the row from spilling over = calling_for_talks"))
U(d, "President López Obrador said this morning at his daily press conference", "acknowledged by the Spanish State.",
  ("Mexico", C, neg, "Spain", "journalist's question reporting Mexico's position (labels/README.md, 27th session): the demand that Spain acknowledge abuses holds it responsible"))
U(d, "He also proposed that the two countries set up a joint working group", "a reconciliation in 2021.",
  ("Mexico", T, pos, "Spain", "proposal of a joint group for reconciliation = offer of talks"))
U(d, "We have always been willing to talk with Mexico about anything", "better than governments.",
  ("Spain", T, neu, "Mexico", "minister's turn: openness to dialogue, no judgement in this sentence"))
U(d, "But a conversation between friends does not begin with one of them asking", "go down on his knees.",
  ("Spain", C, neg, "Mexico", "the demand likened to asking Spain to kneel = judgement of Mexico's demand"))
U(d, "The Mexican Foreign Minister, Marcelo Ebrard, said yesterday", "relations with Spain are excellent.",
  ("Mexico", N, pos, "", "reported reassurance ('not written to offend') = neutral, positive (unsure: could be supporting Spain)"))
U(d, "I spoke with Marcelo a few weeks ago and we have an excellent relationship.", "we have an excellent relationship.",
  ("Spain", N, pos, "", "'Marcelo' = Ebrard by first name only; the state of the ministers' own relationship, no stance on an actor's act"))
U(d, "I take him at his word.", "I take him at his word.",
  ("Spain", S, pos, "Mexico", "accepting Ebrard's reassurance = approval of Mexico's foreign minister"))
U(d, "At home, Podemos says the Government should have answered the letter", "of insulting Spain.",
  ("Podemos", T, neu, "Spain", "a call for dialogue on historical memory addressed to the Spanish government; 'flat rejection' describes rather than condemns (unsure: could be condemning Spain)"),
  ("Popular Party", C, neg, "Mexico", "same sentence: 'accuse ... of insulting Spain' = judgement of López Obrador; 'Partido Popular' added as an alias of Popular Party in new_actors.csv"),
  ("Ciudadanos", C, neg, "Mexico", "same sentence, the second party of the pair: one row each"))
U(d, "The Government's position is the one it made public on Monday", "the great majority of Spaniards.",
  ("Spain", N, neu, "", "restates the Government's position; 'In a democracy every party says what it thinks, and I respect that.' gets no row"))
U(d, "The Minister also said that the letter had been addressed to the King", "the foreign policy of Spain.",
  ("Spain", N, neu, "", "constitutional procedure: the Government, not the King, answers"))
U(d, "Minister Faurie thanked Spain for its constant support", "to a close this year.",
  ("Argentina", S, pos, "Spain", "thanks for Spain's support = supporting; Madrid = metonym; the meeting itself (previous sentence) is narration"))
U(d, "Both ministers expressed their support for a peaceful and democratic way out", "the Lima Group respectively.",
  ("Spain", T, neu, "", "'support for a peaceful way out' = an appeal for a peaceful course (rule 2 before rule 3); aimed at no single Venezuelan side -> target empty"),
  ("Argentina", T, neu, "", "'both ministers' = one row per state"))
U(d, "Minister Borrell reaffirmed Spain's commitment to Argentina's economic recovery", "investment in the country.",
  ("Spain", S, pos, "Argentina", "commitment to Argentina's recovery + welcome = supporting"))
