# page 6: Cameroon, killing of the US missionary Charles Wesco (Bambui, 30 October 2018), Bamenda daily scraped as text, 1 November 2018
d = "page_cameroon_wesco_killing2018_dailyscrape.txt"
# not statements: masthead, menus, breadcrumb, headline, byline, share prompts, photo caption, ADVERTISEMENT, crossheads,
# the opening summary "The death of Charles Wesco ... has opened a fresh war of words ..." (summary line before the specific
# statements), the narrative paragraph "Wesco, 44, ...", "Read also", tags, reader comments, most read, footer.
U(d, "The Governor of the North West Region, Adolphe Lele L'Afrique,", "when the troops returned fire.",
  ("Cameroon", C, neg, "", "regional governor resolves to his state (labels/README: provincial officials); blames separatist fighters enforcing their university boycott (no single canonical group named) -> target empty"))
U(d, "Lele L'Afrique urged residents of Bambui and Bambili", "not to give them shelter.",
  ("Cameroon", N, neu, "", "surname only; security instruction to residents, no judgement and no peace appeal"))
U(d, "The army spokesman, Colonel Didier Badjeck, said on Wednesday", "several suspected accomplices.",
  ("Cameroon", C, neg, "", "the army speaks for its state; reported killing and detention of suspects = operation against the other side (guide); no canonical group named -> target empty"))
U(d, "\"The army does not shoot at civilians", "Badjeck said.",
  ("Cameroon", N, neg, "", "three-sentence quote closed by its speaker; denial of the accusation that soldiers fired = neutral, negative (guide: denials)"))
U(d, "In Yaounde, the Minister Delegate at the Presidency in charge of Defence, Joseph Beti Assomo,", "informed of their movements.",
  ("Cameroon", N, neu, "", "defence minister = Cameroon; travel advice to foreigners, no judgement; Yaounde = place"))
U(d, "The Minister of Communication and Government Spokesman, Issa Tchiroma Bakary,", "project of secession.",
  ("Cameroon", C, neg, "", "government spokesman in his 2018 role speaks for Cameroon (as on the other 2018 Cameroon pages); 'terrorists' burning schools = accusation; separatists unnamed as a group -> target empty"))
U(d, "He said the government had extended the hand of peace many times", "answered it with bullets.",
  ("Cameroon", C, neg, "", "'He' = Tchiroma; blames the fighters for rejecting peace"))
U(d, "In the United States, Timothy Wesco, an Indiana state lawmaker", "shot on purpose.",
  ("Timothy Wesco", C, neg, "", "the brother speaks for the family, not for the US (a state lawmaker on a family matter); rejects the crossfire account and says the killing was deliberate = accusation, shooter unnamed -> target empty (unsure: could be neutral, a dispute of facts)"))
U(d, "His wife, Stephanie Wesco, wrote on Facebook", "anyone in Cameroon.",
  ("Stephanie Wesco", N, pos, "", "faith and absence of bitterness, no position on an actor"))
U(d, "Believers Baptist Church in Warsaw, Indiana,", "carrying them through.",
  ("Believers Baptist Church", N, neg, "", "mourning and faith, no judgement or appeal"))
U(d, "Indiana Governor Eric Holcomb said the whole state", "with the Wesco family.",
  ("United States", S, neg, "", "a state governor resolves to his state (labels/README: provincial officials); sympathy for the family = solidarity; the family is not an actor -> target empty (unsure: neutral, negative)"))
U(d, "The United States Embassy in Yaounde confirmed the death", "condolences to his family.",
  ("United States", S, neg, "", "confirmation + condolences to the family = solidarity (supporting, as condolences across the pages); target empty"))
U(d, "It called on the government and the armed separatists to end the violence", "grievances of Anglophone Cameroonians.",
  ("United States", T, neu, "", "'It' = the embassy; appeal to both sides to end violence and talk -> target empty"))
U(d, "The Embassy also urged American citizens to reconsider", "English-speaking regions.",
  ("United States", N, neg, "", "travel advice to its own citizens, no judgement"))
U(d, "In Washington, State Department spokesperson Heather Nauert said", "deliberately targeted.",
  ("United States", N, neu, "", "no information of targeting = facts"))
U(d, "In a message circulated on social media, the Ambazonia Governing Council said", "shooting the missionary.",
  ("Ambazonia Governing Council", C, neg, "Cameroon", "denial + accusation against government soldiers: the accusation decides (rule 1); soldiers = Cameroon"))
U(d, "Its spokesman said the separatists had no quarrel with foreigners", "accept outside mediation.",
  ("Ambazonia Governing Council", T, neu, "Cameroon", "appeal for mediation, through Washington, that Yaounde should accept; Yaounde = Cameroon"))
U(d, "The Social Democratic Front (SDF) condemned the killing", "every day.",
  ("Social Democratic Front", C, neg, "Cameroon", "opposition party; condemnation + blames the regime's refusal to talk"))
U(d, "Joshua Osih, the party's candidate in the October 7 presidential election,", "without preconditions.",
  ("Social Democratic Front", T, neu, "", "party's candidate speaks for the SDF; ceasefire + inclusive dialogue -> both sides, target empty"))
U(d, "Bamenda-based political analyst Celestine Ndangoh said", "using it for propaganda.",
  ("Celestine Ndangoh", C, neg, "", "invented analyst; accuses both government and separatists of propaganda -> two actors, target empty"))
U(d, "\"What this family deserves, and what every Anglophone family", "Ndangoh said.",
  ("Celestine Ndangoh", T, neg, "", "appeal for an independent inquiry, no judgement word = calling_for_talks"))
