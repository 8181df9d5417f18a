# ------------------------------------------------------------------ Spain withdraws its ambassador to Argentina after Milei's remarks (full HTML, Madrid English-language daily, 2024-05-21)
d = "page_spain_argentina_webpage.html"
U(d, "Spain said on Tuesday it was withdrawing its ambassador to Argentina permanently", "in Madrid on Sunday.",
  ("Spain", C, neg, "Argentina", "lead with two actors: withdrawing an ambassador in protest = a measure against Argentina (guide)"),
  ("Argentina", C, neg, "Spain", "same sentence: Milei's refusal to apologise for calling the PM's wife corrupt = standing by the insult, refusal in protest; the wife is not canonical, the insult aims at Sánchez's government -> target Spain (unsure)"))
U(d, "\"There has been no apology, and so the ambassador will not be going back,\"", "weekly cabinet meeting.",
  ("Spain", C, neg, "Argentina", "quote closed by its speaker: the withdrawal itself, justified by the missing apology = condemning"))
U(d, "\"Our embassy in Buenos Aires will be run by a chargé d'affaires.\"", "\"Our embassy in Buenos Aires will be run by a chargé d'affaires.\"",
  ("Spain", N, neu, "", "quotation continued after the attribution = own unit, same speaker (Albares); procedure"))
U(d, "Albares stressed that the step did not amount to a break", "the two countries.",
  ("Spain", N, neu, "", "clarification of its own step, no judgement"))
U(d, "He described Milei's words as an assault without precedent", "befitting a president.",
  ("Spain", C, neg, "Argentina", "'assault without precedent on Spain's institutions' = judgement of the Argentine president"))
U(d, "Albares added that the government would look closely at the nature", "would be received.",
  ("Spain", N, neg, "", "a plan stated coolly; could be read as a veiled warning (unsure: condemning if read as a threat)"))
U(d, "Milei, who spoke at the Vox party's Europa Viva 24 rally", "by Spanish ministers.",
  ("Argentina", C, neg, "Spain", "refusal to apologise with a grievance stated (insulted by Spanish ministers) = condemning (README: refusing in protest); Begoña Gómez only mentioned"))
U(d, "Spain's decision was the absurd overreaction of an arrogant socialist", "recalling its own envoy.",
  ("Argentina", C, neg, "Spain", "possessive before the speaker ('Spain\'s decision ..., Milei told'): Spain is the target, Milei the speaker; 'absurd overreaction of an arrogant socialist' = judgement; not reciprocating is stated in the same sentence (rule 1)"))
U(d, "\"If Sánchez wants to make a mistake, that is his business.", "he said.",
  ("Argentina", C, neg, "Spain", "multi-sentence quote closed by its speaker; judgement of Sánchez with warmth for the Spanish people (rule 1); target Spain = the government (unsure: he separates Sánchez from Spain)"))
U(d, "Presidential spokesman Manuel Adorni had said on Sunday", "had said about Milei.",
  ("Argentina", C, neg, "Spain", "no apology owed + Spain should apologise = counter-accusation"))
U(d, "The row dates back to early May, when Transport Minister Óscar Puente", "said he regretted.",
  ("Spain", C, neg, "Argentina", "a minister's disparaging remarks reported as an act (background), later regretted; rule 1 keeps condemning (unsure: could be read as narrative)"))
U(d, "Sánchez said on Monday that Milei had fallen short", "a public retraction.",
  ("Spain", C, neg, "Argentina", "'fallen short of what his office demanded' = judgement + demand (rule 1)"))
U(d, "He added that the person who spoke on Sunday did not speak for the Argentine people", "ties of brotherhood.",
  ("Spain", S, pos, "", "affection for the Argentine people ('ties of brotherhood') = solidarity; aimed at the people, not the government led by Milei -> target empty (unsure)"))
U(d, "On Monday, Albares called in Argentina's newly accredited ambassador", "demand for an apology.",
  ("Spain", C, neg, "Argentina", "summoning the envoy to demand an apology = protest measure"))
U(d, "Bosch told him that Buenos Aires hoped relations could be put back on track", "an Argentine diplomatic source.",
  ("Argentina", T, pos, "Spain", "hope that ties recover = calling_for_talks; Buenos Aires = metonym; the source is an official of a named government"))
U(d, "Albares said on Sunday that he had also consulted Josep Borrell", "the whole European Union.",
  ("European Union", C, neg, "", "Borrell's view reported by Albares = an EU statement (guide: a position of X reported by Y); 'an attack on the whole EU' = judgement; Milei not named in the sentence -> target empty; Albares only reports (no Spain row)"))
U(d, "Alberto Núñez Feijóo, leader of the opposition People's Party (PP), said neither Milei nor the government", "accused Sánchez of overacting.",
  ("Popular Party", C, neg, "", "opposition party judges both Milei and its own government ('overacting') -> target empty (both sides)"))
U(d, "Vox leader Santiago Abascal, who hosted Milei at the rally", "on a personal whim.",
  ("Vox", C, neg, "Spain", "far-right party judges its own government's withdrawal ('personal whim'); sides with Milei only implicitly"))
