# ------------------------------------------------------------------ Deaths at the Melilla border fence (Spanish English-language site, full HTML, 2022-06-29)
d = "page_melilla_fence_spainsite.html"
# No rows: cookie bar, edition strip, brand/tagline, nav, breadcrumbs, kicker, headline, standfirst, byline, meta, share bar, figcaptions
# with credits and "1 of 3", ADVERTISEMENT, crossheads, "Related:", credits, tags, newsletter, comments, most read, footer.
U(d, "Spain's public prosecutor opened an investigation on Tuesday", "be held to account.",
  ("Spain", N, neu, "", "long lead: the public prosecutor (a state organ) opening an inquiry = procedure reported as done"),
  ("United Nations", C, neg, "", "same lead: UN accuses the authorities of excessive force + demands accountability (rule 1); 'both sides of the frontier' = Spain and Morocco -> target empty"))
# No row: "Around 2,000 people ... rushed the fence ..." (narration of the event).
U(d, "Authorities in the Moroccan province of Nador have put the death toll at 23", "falls from the fence.",
  ("Morocco", N, neu, "", "provincial authorities = Morocco; toll and injured figures + cause given without blaming an actor"))
U(d, "A source in the provincial administration said the migrants had come prepared for a fight", "sticks, hooks and blades.",
  ("Morocco", C, neg, "", "unnamed official of a named government (the Nador administration) speaks for Morocco; accuses the migrants of violence (migrants are not an actor -> target empty)"))
U(d, "The Spanish NGO Caminando Fronteras, which monitors the route", "may be higher.",
  ("Caminando Fronteras", N, neu, "", "NGO under its own name; its own death count = figures"))
# No row: "Prime Minister Pedro Sánchez has come under pressure ..." (summary line before the specific statements).
U(d, "Speaking in Brussels on Friday after a European Council summit, he blamed human-trafficking gangs", "had handled it.",
  ("Spain", C, neg, "", "'he' = Sánchez; blame on trafficking gangs (not a canonical actor -> target empty); the praise of both forces in the same sentence is outweighed by the judgement (rule 1); Brussels = place"))
U(d, "The next day he called the attempt an attack on Spain's territorial integrity.", "territorial integrity.",
  ("Spain", C, neg, "", "pronoun subject; 'an attack on territorial integrity' = judgement of the crossing (no canonical target)"))
U(d, "He also thanked the Moroccan gendarmerie for working side by side", "push the crowd back.",
  ("Spain", S, pos, "Morocco", "thanks/praise for Morocco's gendarmerie = supporting Morocco"))
# No row: "On Wednesday he struck a more sombre note." (summary line).
U(d, "\"Every life lost at that fence is a tragedy", "Sánchez told Cadena SER radio.",
  ("Spain", N, neg, "", "grief and sympathy for the families with no appeal and no judgement = neutral, negative (the families are not an actor)"))
U(d, "He said three inquiries were now under way, by Spanish prosecutors", "cooperate with all of them in full.",
  ("Spain", N, pos, "", "facts + pledge to cooperate with the inquiries = own commitment (unsure: could be read as calling_for_talks)"),
  ("Morocco", N, neu, "", "position reported inside Sánchez's sentence: Moroccan prosecutors have opened an inquiry = procedure"))
U(d, "But he again pinned the blame on \"the mafias\"", "assaults on Spain's borders.",
  ("Spain", C, neg, "", "blame on criminal networks (not a canonical actor -> target empty)"))
U(d, "Interior Minister Fernando Grande-Marlaska insisted on Monday", "on Spanish soil.",
  ("Spain", N, neg, "", "denial of Spanish responsibility (proportionate action, no deaths on Spanish soil) = neutral, negative"))
# No row: Related link; figcaption.
U(d, "Unidas Podemos, the junior partner in the coalition, has tabled a motion", "criminal responsibilities.",
  ("Podemos", T, neu, "Spain", "Unidas Podemos = Podemos (name files); a motion asking for an independent inquiry = demand for investigation with no judgement word (calling_for_talks, as batch5c); aimed at its own government"))
U(d, "\"You cannot wave away dozens of dead bodies by talking about mafias,\"", "the party's international affairs.",
  ("Podemos", C, neg, "Spain", "the party's international secretary = Podemos; reproach of the government's line = judgement of its own government"))
U(d, "The conservative Popular Party has demanded that Sánchez and Grande-Marlaska appear", "handling of the crisis.",
  ("Popular Party", T, neg, "Spain", "demand that ministers explain themselves in Congress = demand for an explanation without a judgement word (calling_for_talks, unsure); Sánchez and Grande-Marlaska are objects"))
# No row: "Human rights groups on both sides of the Strait ..." (summary; unnamed groups).
U(d, "In Nador, the Moroccan Association for Human Rights (AMDH) called for", "had been established.",
  ("Moroccan Association for Human Rights", T, neu, "Morocco", "demand for an inquiry + appeal not to bury the dead, no judgement word; addressed to the Moroccan authorities"))
U(d, "The group said on Sunday it had seen graves being dug", "along with the bodies.",
  ("Moroccan Association for Human Rights", C, neg, "Morocco", "'the group' = AMDH by context; accuses the authorities of burying the evidence"))
# No row: "The strongest words came from the African Union." (summary line).
U(d, "Moussa Faki Mahamat, who chairs the AU Commission, said on Sunday he was appalled", "from Morocco into Spain.",
  ("African Union", C, neg, "", "AU Commission chair = African Union; 'brutal and humiliating' treatment = judgement; the treatment is not attributed to one named state -> target empty"))
U(d, "He demanded an inquiry without delay and said every country was bound by international law", "use of force to a minimum.",
  ("African Union", T, neg, "", "pronoun subject; demand for an inquiry + reminder to all states to protect migrants, no judgement word = calling_for_talks"))
U(d, "At the UN human rights office in Geneva, spokeswoman Ravina Shamdasani called on Madrid and Rabat", "thorough and independent.",
  ("United Nations", T, neu, "", "OHCHR = UN; appeal for an independent inquiry addressed to two states (Madrid and Rabat = metonyms as objects) -> target empty"))
# No row: "In New York, the Secretary-General's spokesman went further." (summary line).
U(d, "\"The force used against these people was out of all proportion", "told reporters.",
  ("United Nations", C, neg, "", "Guterres's spokesman = UN; 'out of all proportion' = judgement of the forces on both sides -> target empty"))
U(d, "\"There has to be a proper investigation.\"", "\"There has to be a proper investigation.\"",
  ("United Nations", T, neu, "", "quote continued after the attribution, same speaker: demand for an investigation alone = calling_for_talks"))
U(d, "At Kenya's request, and with the support of Gabon and Ghana", "to discuss the deaths.",
  ("Kenya", T, neu, "", "requesting a Security Council meeting = convening diplomacy (calling_for_talks)"),
  ("Gabon", S, neu, "Kenya", "backing Kenya's request = supporting Kenya's act"),
  ("Ghana", S, neu, "Kenya", "same list: backing Kenya's request"))
U(d, "In a statement after the session, Kenya's deputy ambassador, Michael Kiboino", "had to face justice.",
  ("Kenya", C, neg, "", "'brutal treatment at the hands of security forces' + justice for those responsible: rule 1; the forces are not attributed to one state -> target empty"))
U(d, "Diplomats said the 15-member body had been unable to agree on a joint statement", "endorse Kenya's draft.",
  ("United States", N, neg, "Kenya", "US reluctance to endorse Kenya's draft, reported by unnamed diplomats = objecting to a text with no judgement stated (neutral); the diplomats themselves are not actors (unsure)"))
U(d, "In Brussels, EU foreign affairs spokesperson Nabila Massrali said on Monday", "exactly what had happened.",
  ("European Union", N, neg, "", "concern + contacts with Morocco, no appeal = neutral, negative; Brussels = place"))
U(d, "She said the safety of migrants had to come first", "fight against smuggling networks.",
  ("European Union", T, neu, "", "pronoun subject; appeal to put migrants' safety first and avoid excessive force, no judgement = calling_for_talks"))
# No rows: the 19-year-old from Darfur (unnamed witness); "Migration researchers say ..." (unnamed); the Melilla/Ceuta background; credits.
