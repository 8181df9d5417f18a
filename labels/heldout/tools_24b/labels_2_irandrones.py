# ------------------------------------------------------------------ Iranian drones and Kyiv's ties with Tehran (live blog, .txt, 2022-10-18, with a recap of 23-24 September)
d = "page_iran_drones_liveblog.txt"
# No rows: masthead, menus, LIVE badge, headline, standfirst, byline, key events, entry timestamps and headings,
# the editor's "Summary of the day" entry (the blog's own narration), ADVERTISEMENT, Related links, topics,
# newsletter prompt, most viewed, comments count, footer.
U(d, "In his nightly video address, Volodymyr Zelensky said that since 10 October", "across the country.",
  ("Ukraine", N, neg, "", "figures of damage given by an actor; no judgement in this sentence"))
U(d, "\"There is no room left for talks with a regime", "Zelensky said.",
  ("Ukraine", C, neg, "Russia", "multi-sentence quote closed by its speaker = one unit; 'a regime that does this' = Russia by context; judgement"))
U(d, "Israel's justice minister, Gideon Saar, a member of the security cabinet", "had not moved.",
  ("Israel", N, neu, "", "own policy restated (no arms, humanitarian help continues); no judgement or appeal"))
U(d, "His remarks came a day after Diaspora Affairs Minister Nachman Shai wrote on Twitter", "as the US and Nato countries do.",
  ("Nachman Shai", S, pos, "Ukraine", "a minister speaking explicitly for himself (next sentence) against his government's line -> his own actor (unsure: could be Israel); call to arm Ukraine = supporting"))
# no row: "Shai spoke for himself; the prime minister's office did not comment on his post." (a non-response)
U(d, "The US State Department said on Monday that the supply of Iranian drones to Russia breached", "hold both countries to account.",
  ("United States", C, neg, "", "breach of a UN resolution + threatened response against two states -> target empty; Washington = metonym"))
U(d, "State Department spokesman Ned Price told reporters that Iran had been lying", "not arming Moscow.",
  ("United States", C, neg, "Iran", "accusation of lying"))
U(d, "\"Tehran keeps saying one thing in public and doing the opposite in Crimea,\" he said.", "he said.",
  ("United States", C, neg, "Iran", "quote continued after the attribution, same speaker; Crimea = place"))
U(d, "France and the UK said they shared Washington's reading of the resolution.", "of the resolution.",
  ("France", C, neg, "Iran", "agreeing that Iran breached the resolution = a judgement of Iran; list of two states = two rows"),
  ("United Kingdom", C, neg, "Iran", "same"))
U(d, "The French foreign ministry said Paris wanted the UN secretariat", "into the transfers.",
  ("France", T, neu, "", "demand for an inquiry without a judgement word = calling_for_talks (batch5c precedent); Paris = metonym"))
U(d, "The EU's foreign policy chief, Josep Borrell, said after a meeting of EU foreign ministers", "before deciding what to do.",
  ("European Union", N, neu, "", "gathering evidence before a decision = plan/procedure, no threat stated; Luxembourg = place"))
U(d, "The ministers agreed the same day to set up a military training mission", "weapons sent to Kyiv.",
  ("European Union", S, pos, "Ukraine", "EU foreign ministers' decision = EU; training mission and money for weapons = backing by act"))
U(d, "Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow had no information", "to the defence ministry.",
  ("Russia", N, neg, "", "evasive denial = neutral, negative"))
U(d, "He declined to say where the drones used in recent strikes had been made", "designations for its equipment.",
  ("Russia", N, neu, "", "declining to comment (batch5c precedent: neutral)"))
U(d, "Ukraine's foreign minister, Dmytro Kuleba, has said he is sending President Zelensky a proposal", "relations with Iran.",
  ("Ukraine", C, neg, "Iran", "move to cut diplomatic ties = a measure against another state"))
U(d, "At a briefing in Kyiv, Kuleba said: \"We have counted the damage", "wrecked this relationship.\"",
  ("Ukraine", C, neg, "Iran", "quote opened after a colon over several sentences; Kyiv = place; Tehran = Iran (blame)"))
U(d, "The foreign minister said he had asked the EU to place sanctions on Iran", "still had questions.",
  ("Ukraine", C, neg, "Iran", "call for sanctions = condemning; the EU is the addressee, not a speaker"))
U(d, "Ties could be restored only once Iran had stopped arming Russia, he added.", "he added.",
  ("Ukraine", T, neu, "Iran", "conditional offer to restore ties = calling_for_talks (labels/README: conditional talks); the accusation is presupposed, not stated (unsure: could be condemning)"))
U(d, "Kuleba also said Ukraine would send Israel an official note", "cooperation on drone defence.",
  ("Ukraine", N, neu, "", "asking for aid is not supporting (labels/README); a request without judgement = neutral"))
U(d, "Air force spokesman Yurii Ihnat said Ukrainian units had shot down more than 220", "on 13 September.",
  ("Ukraine", N, neu, "", "figures; Kupiansk = place"))
U(d, "Iran's foreign ministry spokesman, Nasser Kanaani, said on Monday that Tehran had not sent weapons", "reports of Iranian drones in Ukraine baseless.",
  ("Iran", N, neg, "", "denial = neutral, negative"))
U(d, "\"Iran has been neutral from the first day", "weekly news conference.",
  ("Iran", T, pos, "", "offer to help both sides back to negotiations = calling_for_talks; self-description is secondary"))
U(d, "He said some Western capitals were spreading the claims", "arms deliveries to Ukraine.",
  ("Iran", C, neg, "", "accusation against 'some Western capitals' (no canonical actor) -> target empty"))
# no row: "Kyiv's first step came on 23 September, after Ukrainian forces shot down ..." (summary line + narration; the specific statement follows)
U(d, "That evening Zelensky said Ukraine was stripping Iran's ambassador", "would not forgive.",
  ("Ukraine", C, neg, "Iran", "stripping an envoy's accreditation and cutting embassy staff = diplomatic measure (like an expulsion)"))
U(d, "Foreign ministry spokesman Oleg Nikolenko wrote the next day", "was not in Ukraine.",
  ("Ukraine", N, neu, "", "procedure: how the note was delivered"))
U(d, "Iran's foreign ministry said on 24 September that it regretted", "two countries at odds.",
  ("Iran", C, neg, "Ukraine", "'regretted' the decision + 'steered by outside powers' = judgement (guide: regrettable); Kyiv = metonym"))
U(d, "Kyiv's mayor, Vitali Klitschko, said four people", "on Monday morning.",
  ("Ukraine", N, neg, "", "city mayor resolves to the state (name files); casualty figures"))
U(d, "\"They came at rush hour", "Klitschko wrote on Telegram.",
  ("Ukraine", C, neg, "", "accusation of deliberate intimidation; no actor named in the sentence -> target empty"))
# no rows: "Emergency workers pulled 19 people ..." and the protest outside the Iranian embassy (narration)
U(d, "UN Secretary-General Antonio Guterres was deeply troubled", "international humanitarian law.",
  ("United Nations", C, neg, "", "concern + 'prohibited under international humanitarian law' = judgement; nobody named -> target empty"))
U(d, "Dujarric said the secretariat was ready to look at any information", "origin of the drones.",
  ("United Nations", N, neu, "", "surname only; procedural readiness, no appeal or judgement"))
