# ------------------------------------------------------------------ Algeria suspends its friendship treaty with Spain (Algerian daily machine-translated from Arabic, full HTML, 2022-06-10)
d = "page_algeria_spain_treaty_translated.html"
U(d, "The Presidency of the Republic announced, Wednesday evening", "8 October 2002.",
  ("Algeria", C, neg, "Spain", "long translated sentence with titles before the name ('Head of State, Supreme Chief …'); suspending a treaty in protest = a measure against another side"))
U(d, "According to the same communiqué, the Spanish authorities", "imposes upon them.",
  ("Algeria", C, neg, "Spain", "the communiqué's accusation (a position contrary to international legitimacy); 'the Spanish authorities' are only the target"))
U(d, "In Madrid, the Minister of Foreign Affairs, European Union and Cooperation", "at its disposal.",
  ("Spain", C, neg, "Algeria", "'regrets' the decision (a judgement, guide) + a firm defence of its firms; Madrid = place"))
U(d, "He affirmed that the Spanish Government favours the diplomatic path", "at any moment.",
  ("Spain", T, pos, "Algeria", "offer of dialogue to the Algerian side, no judgement = calling_for_talks"))
U(d, "For their part, the High Representative of the European Union", "one of its members.",
  ("European Union", C, neg, "Algeria", "Borrell + Dombrovskis joint declaration = EU; concern + breach of the Association Agreement + warning against pressure = judgement and threat"))
U(d, "The two European officials nevertheless called for dialogue", "normal relations.",
  ("European Union", T, neu, "", "appeal for dialogue between Algiers and Madrid; both addressed, target empty"))
U(d, "In reaction, a source at the Ministry of Foreign Affairs and the National Community Abroad", "towards the Union.",
  ("Algeria", C, neg, "European Union", "unnamed source of a named ministry speaks for Algeria; 'premature' = judgement of the EU declaration, with a rebuttal"))
U(d, "The same source affirmed that Algeria will continue to honour", "to Spain.",
  ("Algeria", N, pos, "", "reassurance about its own conduct (gas contracts) = neutral, positive tone"))
U(d, "The representative of the Polisario Front in Algiers, for his part, saluted", "Algerian revolution.",
  ("Polisario Front", S, pos, "Algeria", "unnamed representative of a named movement speaks for it; praise of Algeria's decision"))
U(d, "In Spain, the president of the Popular Party, Mr. Alberto Núñez Feijóo, held", "the parliament.",
  ("Popular Party", C, neg, "Spain", "opposition party (Feijóo is its alias in the name files) blames its own government; the Head of Government = Spain"))
