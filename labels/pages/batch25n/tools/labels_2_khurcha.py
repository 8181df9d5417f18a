# ------------------------------------------------------------------ Khurcha-Nabakevi fatal shooting, OSCE Permanent Council readout (2016-05-26)
d = "page_georgia_khurcha_shooting_oscereadout.txt"
# Not statements: organisation bar, menu, breadcrumb, PRESS RELEASE label, headline, dateline line, share bar, crossheads
# ('Statements by participating States', 'Side event', 'Background'), Related list, contacts, follow/subscribe prompts, footer.
U(d, "The fatal shooting of a Georgian citizen at the Khurcha-Nabakevi crossing point on 19 May dominated", "rejecting the charge.",
  ("Georgia", C, neg, "Russia", "lede carrying two positions: Georgia holds Russia answerable = accusation"),
  ("Russia", N, neg, "", "same lede: rejecting the charge = denial -> neutral, negative tone"))
# "Giga Otkhozoria, 31, ..." = narration of the killing, no named source, no row.
U(d, "Opening the item, the representative of the German OSCE Chairmanship conveyed the condolences", "brought to justice.",
  ("OSCE", T, neg, "", "the Chairmanship speaks for the OSCE (chair of a regional body); condolences + expectation of an investigation and justice, no judgement word = calling_for_talks (as demands for an inquiry; unsure: could be neutral)"))
U(d, "The Chairperson-in-Office has written to the Co-Chairs of the Geneva International Discussions", "the Chairmanship said.",
  ("OSCE", T, neu, "", "asks that the incident be put on the Geneva talks' agenda = diplomatic course; attribution tail"))
# "The Special Representative ... briefed the Council on his contacts in Tbilisi and Sukhumi last week." = an act of reporting
# with no position stated, no row.
U(d, "Bachler said the hotline run by the European Union Monitoring Mission had been activated", "between the two sides.",
  ("OSCE", N, neu, "", "surname only; facts; reported clause about the EU mission's hotline: only Bachler's statement (no EU position in it)"))
U(d, "He said the Incident Prevention and Response Mechanism in Gali", "without preconditions.",
  ("OSCE", T, neu, "", "'He' = Bachler; appeal to return to the incident mechanism = calling_for_talks"))
U(d, "The Georgian delegation said the killing was the latest in a long line of abuses", "could not escape accountability.",
  ("Georgia", C, neg, "Russia", "holds Moscow accountable = condemning; Moscow = metonym"))
U(d, "\"A man was shot in the head on Georgian-controlled soil", "the Georgian representative told the Council.",
  ("Georgia", C, neg, "", "accusation made by describing the attack (guide rule 4); the gunmen are not named as a canonical actor -> target empty"))
U(d, "\"The footage has been shared with the Monitoring Mission and with the Co-Chairs.", "have not seen it.\"",
  ("Georgia", N, neg, "", "quote carried across a paragraph break (same representative); facts + a rhetorical point, no explicit judgement or appeal (unsure: could be read as a rebuke)"))
U(d, "He asked participating States to press for an international security presence", "administrative boundary line.",
  ("Georgia", T, neu, "", "'He' = the Georgian representative; appeal for an international presence and monitors' access = calling_for_talks"))
U(d, "The delegation also circulated remarks by Prime Minister Giorgi Kvirikashvili", "through its engagement policy.",
  ("Georgia", N, pos, "", "second-hand (remarks circulated by the delegation); reassurance about own conduct = neutral, positive"))
U(d, "The Russian Ambassador, Alexander Lukashevich, said Russia had nothing to answer for", "any part in what happened.",
  ("Russia", N, neg, "", "bare denial = neutral, negative"))
U(d, "Lukashevich said the Georgian side was exploiting a death", "rather than speeches in Vienna.",
  ("Russia", C, neg, "Georgia", "surname only; 'exploiting a death' = judgement; the appeal to the Gali mechanism comes with it: rule 1"))
U(d, "He said the authorities in Sukhumi had opened a murder case and detained a suspect.", "detained a suspect.",
  ("Russia", N, neu, "", "reported clause 'X said Y had ...': Lukashevich relays a procedural fact; no position of the Sukhumi authorities is reported, so no Abkhazia row"))
U(d, "The European Union, in a statement delivered by its delegation, condemned the killing", "for the Gali mechanism to resume.",
  ("European Union", C, neg, "", "condemnation + support + appeal: the judgement decides (rule 1); the killers are not canonical -> target empty"))
U(d, "The statement said the EU Monitoring Mission had been in touch with both sides", "stood ready to help the investigation.",
  ("European Union", S, neu, "", "the EU statement: the EU's mission offers help to the investigation = offer of assistance (supporting); both sides -> target empty (unsure: could be neutral facts)"))
U(d, "EUMM monitors, who reached the bridge within hours, found", "the mission has said.",
  ("European Union", N, neu, "", "the EU's monitoring mission speaks for the EU; a finding of fact, no judgement = neutral"))
U(d, "Ukraine, the Republic of Moldova and Norway aligned themselves with the EU statement.", "with the EU statement.",
  ("Ukraine", C, neg, "", "states acting as a list: alignment with a statement that condemns the killing = each state condemning"),
  ("Moldova", C, neg, "", "same list"),
  ("Norway", C, neg, "", "same list"))
U(d, "United States Ambassador Daniel Baer said the footage showed what he called an execution", "to do it.",
  ("United States", C, neg, "", "'an execution' = judgement; the gunmen are not a canonical actor -> target empty"))
U(d, "Baer urged Moscow to use its sway over Sukhumi", "the Gali meetings resumed.",
  ("United States", T, neu, "Russia", "surname only; appeal addressed to Russia, no judgement word = calling_for_talks"))
U(d, "Canada said it shared the concerns expressed by previous speakers.", "by previous speakers.",
  ("Canada", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Turkey said it hoped that calm would prevail along the boundary line", "move freely.",
  ("Turkey", T, pos, "", "hope that calm prevails = calling_for_talks"))
U(d, "Switzerland, which represents Russian interests in Georgia and Georgian interests in Russia", "at the disposal of both sides.",
  ("Switzerland", T, neu, "", "offer of good offices to both sides = calling_for_talks"))
U(d, "At a side event hosted by the Georgian delegation, Eka Khorava", "feared using the crossing at all.",
  ("Eka Khorava", N, neg, "", "invented civil-society voice; residents' fear described, no judgement or appeal"))
U(d, "\"People cross for funerals, for their hazelnut gardens, for their pensions.", "Khorava said.",
  ("Eka Khorava", N, neg, "", "multi-sentence quote closed by the speaker; a warning of consequences, no judgement of an actor"))
U(d, "She asked delegations to help keep the crossing points open and safe for civilians.", "safe for civilians.",
  ("Eka Khorava", T, neu, "", "'She' = Khorava; appeal for protection of civilians = calling_for_talks"))
U(d, "Levan Tsotsoria, who lectures on conflict studies at the Kolkheti Institute for Peace Research", "on both sides of the line.",
  ("Levan Tsotsoria", N, neg, "", "invented scholar; a reading of the case, no judgement of an actor"))
U(d, "\"Moscow pays the guards and equips the posts.", "Tsotsoria said.",
  ("Levan Tsotsoria", C, neg, "Russia", "holds Moscow responsible without a stock word = condemning"))
U(d, "According to a statement from the de facto military prosecutor's office in Sukhumi", "charged with murder.",
  ("Abkhazia authorities", N, neu, "", "second-hand attribution; the de facto authorities' procedural fact = neutral"))
U(d, "The office has said the incident began as a quarrel", "for lack of documents.",
  ("Abkhazia authorities", N, neu, "", "their account of the incident, no judgement = neutral"))
U(d, "The Chairmanship said the Permanent Council would return to the item", "Geneva International Discussions.",
  ("OSCE", N, neu, "", "procedure"))
# "The Geneva International Discussions, launched in October 2008, ..." = background narration naming actors, no row.
