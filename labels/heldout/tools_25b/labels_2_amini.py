# ------------------------------------------------------------------ International reactions to Mahsa Amini's death and the protests (international wire copy, .txt, 2022-10-17)
d = "page_amini_reactions_wire.txt"
# not statements: menu, section, headline, byline/date/read time, "1 of 3" caption, dateline, ADVERTISEMENT, capitals crossheads, credits, "Our Standards", Read Next, More from, copyright
U(d, "The European Union agreed on Monday to impose sanctions on Iran's morality police", "meddling in its internal affairs.",
  ("European Union", C, neg, "Iran", "long lead after the dateline: sanctions = condemning"),
  ("Iran", C, neg, "", "same lead: Tehran dismisses Western steps as meddling = judgement of several Western governments (target empty)"))
# no row: "Foreign ministers meeting in Luxembourg also listed four entities ... according to one draft" (draft list narrated, no speaker)
U(d, "The measures, which freeze assets and bar travel to the bloc", "the EU's Official Journal said later on Monday.",
  ("European Union", N, neu, "", "details of the measures published by the EU's Official Journal = facts given by the EU (attribution tail)"))
U(d, "\"Women in Iran should be able to walk down their own streets", "Josep Borrell told reporters after the meeting.",
  ("European Union", C, neg, "Iran", "multi-sentence quote closed by its speaker; judgement without the usual words + the sanctions as the reaction"))
U(d, "Borrell added that the listings did not close the door", "obtaining a bomb.",
  ("European Union", T, neu, "Iran", "keeps the nuclear talks open = calling_for_talks"))
U(d, "German Foreign Minister Annalena Baerbock, who had pushed for the listings for weeks", "if the killings continued.",
  ("Germany", C, neg, "Iran", "more sanctions threatened = condemning; Berlin = metonym"))
U(d, "She said Germany would also make it easier for Iranian activists", "document abuses.",
  ("Germany", S, pos, "", "visas and funding for activists = backing by act; no canonical target"))
# no row: "Diplomats in Brussels said a second package ..." (unnamed diplomats with no tie to a named body)
U(d, "Iran's foreign ministry spokesman Nasser Kanaani said the bloc had acted on a distorted picture", "European individuals and institutions.",
  ("Iran", C, neg, "European Union", "judgement of the bloc + threatened reciprocal measures"))
U(d, "\"We have said to our European counterparts that the language of pressure", "Kanaani said in a statement.",
  ("Iran", C, neg, "European Union", "quote closed by its speaker mid-paragraph: rebuke of pressure (judgement)"))
U(d, "\"If they wish to speak on the basis of mutual respect, our door for dialogue remains open.\"", "our door for dialogue remains open.\"",
  ("Iran", T, neu, "European Union", "quotation continued after its attribution = its own unit, same speaker; conditional offer of dialogue = calling_for_talks"))
U(d, "Foreign Minister Hossein Amir-Abdollahian has said the investigation into Amini's death", "nothing to hide from its own people.",
  ("Iran", N, neu, "", "own procedure + reassurance = neutral"))
# no row: Amini's arrest and death (narration)
U(d, "Her father, Amjad Amini, has said his daughter was in good health", "how she died.",
  ("Amjad Amini", N, neg, "", "named relative = independent person; questions the official account without a judgement word = neutral, negative (unsure: could be read as an accusation of the police)"))
U(d, "President Ebrahim Raisi telephoned the family shortly after her death", "open an inquiry.",
  ("Iran", N, neu, "", "ordering an inquiry into one's own forces = state procedure, neutral"))
U(d, "Days later he said the country would deal firmly with anyone who threatened public security", "could not be tolerated.",
  ("Iran", C, neg, "", "'he' = Raisi; threat against the protesters (not an actor) = condemning, target empty"))
U(d, "Supreme Leader Ayatollah Ali Khamenei said earlier this month that the riots had been planned", "on the protests.",
  ("Iran", C, neg, "", "accusation of two states -> target empty"))
U(d, "In late September, the foreign ministry summoned the British and Norwegian ambassadors", "interfering in Iran's affairs.",
  ("Iran", C, neg, "", "summons + accusation of two states (London, Oslo = metonyms) -> target empty"))
U(d, "The United States put the morality police on its sanctions list on Sept. 22", "senior security officials.",
  ("United States", C, neg, "Iran", "sanctions reported as done = measure (condemning)"))
U(d, "Treasury Secretary Janet Yellen said at the time that the measures targeted a unit", "peaceful demonstrators.",
  ("United States", C, neg, "Iran", "accusation of abuse and violence"))
U(d, "President Joe Biden had used his address to the U.N. General Assembly", "basic rights.",
  ("United States", S, pos, "", "solidarity with the women of Iran (not an actor) = supporting, target empty; the UN is only the venue"))
U(d, "Washington also widened an exemption in its export rules", "the Treasury said.",
  ("United States", S, neu, "", "backing by act (internet tools for Iranians), attribution tail; Washington = metonym"))
U(d, "Canadian Prime Minister Justin Trudeau announced on Sept. 26 that Canada would put sanctions", "added names twice.",
  ("Canada", C, neg, "Iran", "sanctions announced; Ottawa = metonym"))
U(d, "\"Iranian women are showing extraordinary bravery", "Melanie Joly said on Twitter this month.",
  ("Canada", S, pos, "", "solidarity with the protesters; no canonical target"))
U(d, "At the United Nations, the acting High Commissioner for Human Rights, Nada Al-Nashif", "seek justice.",
  ("United Nations", T, neu, "Iran", "demand for an independent investigation with no judgement word = calling_for_talks (as batch5c)"))
U(d, "A spokesperson for the U.N. human rights office, Ravina Shamdasani, said in Geneva", "among the dead.",
  ("United Nations", N, neg, "", "'deeply troubled' without an appeal = neutral, negative; Geneva = place"))
U(d, "Secretary-General Antonio Guterres, through his spokesman, has urged the Iranian security forces", "against demonstrators.",
  ("United Nations", T, neg, "Iran", "demand to one side to refrain from force, no judgement word = calling_for_talks, negative"))
U(d, "Amnesty International said it had documented security forces firing live ammunition", "at any cost.",
  ("Amnesty International", C, neg, "Iran", "documented abuses + accusation"))
U(d, "Iran Human Rights, a Norway-based group, said on Sunday that at least 215 people", "independently verified.",
  ("Iran Human Rights", N, neg, "", "NGO's death toll = figures, neutral (negative tone: killings)"))
# no row: "Iranian state media have put the death toll ... officials have said ..." (agency + unnamed officials)
# no row: Zahedan/spread, internet restrictions, protest background, social-media videos (narration)
U(d, "A fire at Tehran's Evin prison, where many political detainees are held", "according to the judiciary.",
  ("Iran", N, neg, "", "the judiciary = Iran; death figure given by an actor = neutral"))
