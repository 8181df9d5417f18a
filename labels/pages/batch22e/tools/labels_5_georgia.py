# ------------------------------------------------------------------ Georgia's state of emergency and the Imedi raid (European news site, full HTML, 2007-11-14)
d = "page_georgia_emergency_eusite.html"
# No row: cookie bar, logo/claim/edition, nav, kicker, headline, standfirst, byline, dates, share bar, captions with "Photo N of 2" and credits, ADVERTISEMENT, crossheads, "Related:", topics, newsletter, comments, most read, footer.
# No row: the lead "Georgia's Western partners on Wednesday stepped up pressure ..." (summary line before the specific statements; the candidate named is narration).
U(d, "Matthew Bryza, the U.S. deputy assistant secretary of state for Europe", "without delay.",
  ("United States", T, neg, "Georgia", "demand to reopen broadcasters and lift the emergency, no judgement word; Washington = metonym"))
U(d, "Asked about Saakashvili's claim that Russian intelligence had been behind the unrest", "the case.",
  ("United States", N, neu, "", "doubt about Georgia's accusation (a reported position of Georgia inside the sentence, not labelled twice); no judgement of an actor"))
U(d, "The State Department had earlier welcomed Saakashvili's decision", "peaceful protest again.",
  ("United States", T, pos, "Georgia", "welcome + appeal with no judgement: rule 2 before rule 3"))
U(d, "In Brussels, EU foreign policy chief Javier Solana said he was following events", "within the constitution.",
  ("European Union", T, neg, "", "concern + appeal to both sides; Brussels = place"))
U(d, "External Relations Commissioner Benita Ferrero-Waldner was blunter:", "the European Union.",
  ("European Union", C, neg, "Georgia", "quote-like position opened after a colon; judgement without stock words ('had no place')"))
U(d, "The EU's special representative for the South Caucasus, Peter Semneby", "together.",
  ("European Union", T, pos, "", "mediation by act = calling_for_talks"))
U(d, "The OSCE chairman-in-office, Spanish Foreign Minister Miguel Ángel Moratinos", "under any emergency.",
  ("OSCE", C, neg, "Georgia", "welcome + judgement: rule 1 (the judgement decides); the chair speaks for the OSCE"))
U(d, "The organisation's representative on freedom of the media, Miklós Haraszti", "taken off the air.",
  ("OSCE", T, neu, "Georgia", "'The organisation' = OSCE by context; a demand without a judgement word"))
U(d, "NATO Secretary General Jaap de Hoop Scheffer said last Thursday", "join the alliance.",
  ("NATO", C, neg, "Georgia", "judgement without stock words ('sat uneasily with the democratic standards')"))
# No row: "The government insists it acted to prevent a coup." (summary line before the specific statements)
U(d, "In a televised address on 7 November, hours after the police operation", "recalled.",
  ("Georgia", C, neg, "Russia", "accusation + expulsion of diplomats and recall of the ambassador = measures; Moscow = place"))
U(d, "The Interior Ministry released video and audio recordings", "conspiring to seize power.",
  ("Georgia", C, neg, "", "accusation against opposition politicians and Russian intelligence + charges = measures; targets several/non-canonical -> empty"))
U(d, "Prime Minister Zurab Noghaideli said the emergency banned street rallies", "public order did.",
  ("Georgia", N, neu, "", "own measures described in crisis vocabulary, no position on another actor"))
U(d, "Nino Burjanadze, the speaker of parliament, said on Tuesday", "the country had held.",
  ("Georgia", N, pos, "", "speaker of parliament = Georgia; reassurance about own conduct"))
U(d, "Government officials have also rejected accusations that the police used excessive force", "around parliament.",
  ("Georgia", N, neg, "", "denial = neutral, negative ('government officials' = officials of a named government)"))
# No row: "More than 500 people sought medical treatment ..., according to health officials." (figures from unnamed officials)
U(d, "News Corporation, Rupert Murdoch's media group, which manages Imedi", "on a free press.",
  ("News Corporation", C, neg, "Georgia", "company under its own name; accusation + judgement of the raid"))
U(d, "Russia answered the expulsions on 8 November by ordering three Georgian diplomats", "to leave Moscow.",
  ("Russia", C, neg, "Georgia", "expulsion of diplomats in retaliation = condemning (a measure against another side)"))
U(d, "Foreign Ministry spokesman Mikhail Kamynin said the Georgian leadership", "troubles at home.",
  ("Russia", C, neg, "Georgia", "judgement of the Georgian leadership (blaming its failures on others)"))
U(d, "He dismissed the claims that Russia had meddled", "as pure invention.",
  ("Russia", N, neg, "", "'He' = Kamynin; denial = neutral, negative"))
U(d, "On Monday the opposition National Council named Levan Gachechiladze", "for the presidency.",
  ("National Council (Georgia)", N, neu, "", "opposition coalition under its own name; choosing a candidate = neutral act"))
U(d, "\"This government beat its own people and shut the mouths of journalists.", "reopen Imedi.",
  ("National Council (Georgia)", C, neg, "Georgia", "the coalition's candidate speaking at its headquarters; judgement + demand (rule 1)"))
U(d, "Salome Zurabishvili, a former foreign minister who now leads the Georgia's Way party", "crude fabrications.",
  ("Georgia's Way", N, neg, "", "party leader; denial of contacts (neutral); 'crude fabrications' is part of the denial (unsure: could be condemning Georgia)"))
U(d, "Patarkatsishvili, speaking from London, said he would stand in the election himself", "without being arrested.",
  ("Badri Patarkatsishvili", N, neg, "", "surname only; a private businessman under his own name; own plans, London = place"))
# No row: "Analysts said the crisis had badly dented ..." (unnamed, summary)
U(d, "\"Saakashvili has gambled that an early election will wash away the pictures", "Caucasus Policy Forum in Tbilisi.",
  ("Tamar Kiknadze", N, neu, "", "independent analyst; scenario"))
U(d, "Kiknadze said the opposition had less than two months", "if the margin was large.",
  ("Tamar Kiknadze", N, neg, "", "risk of new protests"))
U(d, "\"Closing Imedi was a serious mistake and a self-inflicted wound.", "she said.",
  ("Tamar Kiknadze", C, neg, "Georgia", "analyst's explicit judgement of the government's act"))
U(d, "Jonas Wirth, a researcher at the Centre for East European Studies in Berlin", "in April.",
  ("Jonas Wirth", N, neg, "", "independent researcher; Germany and France's scepticism is his report, not their statement (no rows for them)"))
U(d, "\"Moscow did not need to lift a finger.", "Wirth said.",
  ("Jonas Wirth", N, neg, "", "analysis; Moscow and 'the capitals' as metonyms inside his words"))
U(d, "He said the most likely scenario was that Saakashvili would lift the emergency", "most likely flashpoints.",
  ("Jonas Wirth", N, neg, "", "scenario"))
U(d, "\"What is needed now is a round table between the government and the opposition", "Wirth said.",
  ("Jonas Wirth", T, neu, "", "appeal for talks on the election rules"))
# No row: the student near Rustaveli Avenue (unnamed resident); commenters.
U(d, "He said Washington remained a firm friend of Georgia", "bid to join NATO.",
  ("United States", S, pos, "Georgia", "'He' = Bryza; backing of sovereignty and the NATO bid = supporting"))
