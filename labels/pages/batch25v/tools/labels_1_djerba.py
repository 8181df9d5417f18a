# ------------------------------------------------------------------ Djerba: the Ghriba synagogue shooting (international wire copy, 2023-05-10)
d = "page_tunisia_djerba_ghriba2023_wire.txt"
# Not statements: menu, UPDATE headline, byline, read time, the four bullets, crossheads, ADVERTISEMENT, reporting credits,
# Our Standards, Related coverage, tags, most read, copyright.
U(d, "Tunisia's interior ministry said on Wednesday that the national guardsman", "motive was still being established.",
  ("Tunisia", N, neu, "", "dateline excluded; long wire lead: narration + the ministry's finding, no judgement; declining the word terrorism is not a position"))
# "The gunman, a member of the naval guard post at Aghir ..." = narration, no row.
U(d, "Interior Minister Kamel Feki told state television that two visitors", "died of his wounds overnight.",
  ("Tunisia", N, neu, "", "death toll given by a minister = neutral figures"))
U(d, "\"Our forces stopped him at the gate in under two minutes", "during the evening prayers.",
  ("Tunisia", N, neg, "", "denial of a security lapse (rejecting online claims) = neutral, negative tone"))
U(d, "President Kais Saied, chairing a meeting of the National Security Council", "most visible moment of the year.",
  ("Tunisia", C, neg, "", "'treacherous crime' = judgement on the perpetrators; attacker not an actor -> target empty"))
U(d, "\"This was aimed at the country's bread and at its peace", "released by his office.",
  ("Tunisia", C, neg, "", "judgement without a stock word: the attack as an assault on the country; quote closed by its speaker"))
U(d, "He said visitors had no reason to stay away", "under reinforced security.",
  ("Tunisia", N, pos, "", "reassurance about own conduct and plans = neutral, positive tone"))
U(d, "Saied also warned that anyone found to have helped the gunman", "leave his post armed.",
  ("Tunisia", C, neg, "", "threat against accomplices ('answer for every drop of blood') = condemning; the inquiry order rides along; no canonical target"))
U(d, "The Tunisian foreign ministry said it had been in contact with the embassies", "judicial procedures were complete.",
  ("Tunisia", N, neu, "", "procedural line"))
U(d, "Tourism Minister Mohamed Moez Belhassine told local radio", "by Wednesday afternoon.",
  ("Tunisia", N, neu, "", "fact given by a minister"))
U(d, "France, whose citizen was among the dead, condemned the shooting", "buried its dead in 2002.",
  ("France", C, neg, "", "long sentence: narration + condemnation by the spokeswoman; no canonical target"))
U(d, "\"France grieves with the family of our compatriot", "told reporters in Paris.",
  ("France", S, neg, "Tunisia", "condolences to the Tunisian people = solidarity (supporting), grief = negative tone"))
U(d, "President Emmanuel Macron wrote on Twitter that the attack on a place of prayer", "hatred of Jews win.",
  ("France", C, neg, "", "judgement of the attack as antisemitic, no canonical target"))
U(d, "France's national anti-terrorism prosecutor's office said it had opened an investigation", "was a French national.",
  ("France", N, neu, "", "a state body's procedural step (opening an inquiry), no evaluation"))
U(d, "The French embassy in Tunis said consular staff had been sent to Djerba", "repatriation of the body.",
  ("France", N, neu, "", "consular help to its own citizen's family = own conduct, not backing of another side"))
U(d, "Israel, which has no diplomatic relations with Tunisia, said it was in contact", "home for burial.",
  ("Israel", N, neu, "", "long sentence: background + procedural steps on the victim's body"))
U(d, "Cohen said the shooting was a murderous antisemitic attack", "could not look away from it.",
  ("Israel", C, neg, "", "surname only; judgement of the attack, no canonical target"))
U(d, "An Israeli foreign ministry official said Israel expected Tunisia to say plainly", "had not done so by chance.",
  ("Israel", C, neg, "Tunisia", "unnamed official of a named ministry; pressure on Tunisia implying it is evading the motive = judgement without a stock word (unsure: could be read as a demand, calling_for_talks)"))
U(d, "The Tunisian foreign ministry, asked about the Israeli remarks", "protects its Jewish citizens.",
  ("Tunisia", C, neg, "Israel", "'does not accept lessons' = rebuff of Israel's remarks, a judgement (unsure: could be a bare denial, neutral)"))
U(d, "The United States called the shooting a cowardly assault on worshippers", "Matthew Miller said.",
  ("United States", C, neg, "", "judgement + praise of Tunisian officers: rule 1, the judgement decides; attribution tail"))
U(d, "The European Union said it was deeply saddened by the loss of life", "through the tragedy intact.",
  ("European Union", T, neg, "", "sorrow + hope that coexistence survives = hope for calm (calling_for_talks); sadness sets the tone"))
U(d, "Algeria's foreign ministry sent a message of solidarity", "any help it asked for.",
  ("Algeria", S, pos, "Tunisia", "solidarity + offer of help = supporting"))
U(d, "The office of U.N. Secretary-General Antonio Guterres said it was following the events", "Tunisian investigation.",
  ("United Nations", N, neg, "", "alarm with no appeal = neutral, negative"))
U(d, "The German embassy in Tunis condemned what it called a senseless act", "felt the attack deeply.",
  ("Germany", C, neg, "", "embassy speaks for its state; judgement"))
U(d, "The Conference of European Rabbis said it was alarmed", "rest of the pilgrimage season.",
  ("Conference of European Rabbis", T, neg, "Tunisia", "alarm + appeal to protect the community, no judgement = calling_for_talks"))
U(d, "Within Tunisia, the Ennahda party, whose leader Rached Ghannouchi", "settle political scores.",
  ("Ennahda", C, neg, "", "condemnation + call for an inquiry: rule 1"))
U(d, "The powerful UGTT labour union condemned the killings", "blacken the country's name.",
  ("Tunisian General Labour Union", C, neg, "", "condemnation + accusation of unnamed foreign media; no canonical target"))
U(d, "A pilgrim from Marseille, Yohan Sitbon, said he had been standing near the gate", "into the inner courtyard.",
  ("Yohan Sitbon", N, neu, "", "invented named witness; his account = facts"))
U(d, "\"We heard the first shots and everyone ran", "he said.",
  ("Yohan Sitbon", N, neg, "", "witness account, fear in tone, no judgement"))
U(d, "Sitbon said he would come back next year", "pilgrimage through in peace.",
  ("Yohan Sitbon", T, pos, "", "hope for calm = calling_for_talks"))
U(d, "Hedi Ben Mrad, a security researcher at the Tunis Centre for Strategic Studies", "findings of the inquiry.",
  ("Hedi Ben Mrad", C, neg, "Tunisia", "invented analyst; judgement of the government's reticence without a stock word"))
U(d, "\"The authorities are more worried about the tourist season", "he said.",
  ("Hedi Ben Mrad", C, neg, "Tunisia", "judgement of the authorities' priorities"))
U(d, "Ben Mrad said Tunis and Paris should share their investigative files", "different stories.",
  ("Hedi Ben Mrad", T, neu, "", "appeal for cooperation between two governments, no judgement; two addressees -> target empty"))
# "The Ghriba synagogue was targeted in April 2002 ..." = background, no row.
