# ------------------------------------------------------------------ Las Anod fighting, Sool region (UN noon-briefing transcript, 2023-03-01)
d = "page_lasanod_sool2023_noonbriefing.txt"
# Not statements: site bar, breadcrumb, title, date, the transcript note, crossheads (** ...), "Question:" lines that only ask,
# "For information media. Not an official record.", related documents, share bar, footer.
# "Good afternoon." and "But first, a few notes." = no position.
U(d, "In a short while I will be joined by the Director", "programme of launches and meetings.",
  ("United Nations", N, neu, "", "spokesman's procedural announcement of the briefing guest = neutral"))
U(d, "Turning to Somalia, our humanitarian colleagues tell us", "announced on 10 February.",
  ("United Nations", N, neg, "", "spokesman relaying OCHA: fighting continues despite the ceasefire; fact, no judgement"))
U(d, "Local health authorities report that at least 96 people", "verify those figures independently.",
  ("United Nations", N, neu, "", "casualty figures passed on by the UN spokesman (local health authorities are not an actor) = neutral"))
U(d, "The Office for the Coordination of Humanitarian Affairs (OCHA) estimates", "women and children.",
  ("United Nations", N, neu, "", "OCHA = United Nations; displacement figures = neutral"))
U(d, "Many have crossed into the Somali Region of Ethiopia", "five failed rainy seasons.",
  ("United Nations", N, neg, "", "continuation of the humanitarian update; facts, negative in tone"))
U(d, "Las Anod General Hospital has been struck several times", "treat the wounded in corridors.",
  ("United Nations", N, neg, "", "damage report with no perpetrator named = neutral"))
U(d, "The Secretary-General remains deeply troubled by the fighting", "taking on civilians.",
  ("United Nations", N, neg, "", "concern with no appeal in the sentence = neutral, negative"))
U(d, "He calls on all parties to respect the ceasefire", "without obstruction.",
  ("United Nations", T, neg, "", "appeal for the ceasefire, protection of civilians and access = calling_for_talks"))
U(d, "He extends his condolences to the families", "swift recovery to the injured.",
  ("United Nations", S, pos, "", "condolences to the bereaved = sympathy/solidarity, supporting; victims not an actor -> target empty (unsure: an earlier batch left condolences neutral)"))
U(d, "The Deputy Special Representative and Resident and Humanitarian Coordinator", "safe passage for relief convoys.",
  ("United Nations", T, neu, "", "contacts to press for safe passage = humanitarian access appeal by act"))
U(d, "Together with our partners, we have delivered food", "due to leave this week.",
  ("United Nations", S, neu, "", "aid delivered = supporting (aid), target empty (the displaced)"))
U(d, "UNICEF, for its part, has sent emergency health kits", "the wounded and the displaced.",
  ("UNICEF", S, neu, "", "supplies sent = supporting by act"))
U(d, "The World Health Organization says it is worried", "on standby.",
  ("World Health Organization", N, neg, "", "concern without an appeal + readiness = neutral, negative"))
U(d, "And we say thank you to our friends in Ljubljana", "fully paid-up Member States to 47.",
  ("United Nations", S, pos, "Slovenia", "gratitude for dues paid = approval/praise, supporting (routine item, other subject)"))
# "Question: Steph, on Somalia." = no position.
U(d, "Yesterday, the United States, the United Kingdom, Türkiye", "settle things by talking.",
  ("United States", T, neg, "", "joint statement by a list of states reported in a correspondent's question: concern + appeal for the ceasefire and talks; one row per listed state"),
  ("United Kingdom", T, neg, "", "listed state in the joint statement"),
  ("Turkey", T, neg, "", "Türkiye = Turkey; listed state in the joint statement"),
  ("United Arab Emirates", T, neg, "", "listed state in the joint statement"),
  ("Qatar", T, neg, "", "listed state in the joint statement"),
  ("Somalia", T, neg, "", "listed state in the joint statement (the federal government signs it)"))
# "Is the Secretary-General part of that effort?" = question, no row.
U(d, "Spokesman: We welcome any initiative by Member States", "all of those partners.",
  ("United Nations", S, pos, "", "welcome of others' peace initiatives with no appeal of its own = supporting; several states -> target empty (unsure: could be read as calling_for_talks)"))
U(d, "Question: The Somaliland authorities have accused Puntland", "fighters into Las Anod.",
  ("Somaliland", C, neg, "Puntland", "accusation relayed in a question = Somaliland's statement (guide: a position of X reported by Y is X's)"))
U(d, "Puntland's president, Said Abdullahi Deni, has denied that.", "Puntland's president, Said Abdullahi Deni, has denied that.",
  ("Puntland", N, neg, "", "bare denial = neutral, negative"))
U(d, "Spokesman: I've seen those reports", "confirm them from here.",
  ("United Nations", N, neu, "", "declining to confirm = procedural, neutral"))
U(d, "What I can tell you is that the mission's human rights team", "answer for them.",
  ("United Nations", C, neg, "", "documenting violations + 'those responsible will need to answer for them' = holding someone responsible, condemning; all sides -> target empty"))
U(d, "The director of Las Anod General Hospital, Abdiqani Yusuf Farah", "operating by torchlight.",
  ("Abdiqani Yusuf Farah", N, neg, "", "invented local official (hospital director), quoted second-hand by a correspondent; facts = neutral"))
U(d, "He said whoever was firing artillery into the town", "where the hospital stood.",
  ("Abdiqani Yusuf Farah", C, neg, "", "accusation of deliberate shelling without naming anyone = judgement, condemning; target empty"))
U(d, "Spokesman: We have raised, and we will keep raising", "influence on the ground.",
  ("United Nations", T, neu, "", "pressing all with influence to protect health facilities = calling_for_talks"))
U(d, "Attacks on hospitals are simply unacceptable", "whoever carries them out.",
  ("United Nations", C, neg, "", "'unacceptable' aimed at an act (attacks on hospitals) = condemning; no party named -> target empty"))
U(d, "Question: Somaliland's President, Muse Bihi Abdi, said on Sunday", "still stands.",
  ("Somaliland", N, neg, "", "self-justification/denial of breaking the ceasefire, reported in a question = neutral"))
U(d, "On the other side, the elders of SSC-Khatumo say", "while the shelling goes on.",
  ("SSC-Khatumo", C, neg, "Somaliland", "accusation of shelling + refusal of talks in protest = condemning"))
U(d, "Spokesman: I'm not going to referee from this podium.", "Spokesman: I'm not going to referee from this podium.",
  ("United Nations", N, neu, "", "declining to apportion blame = neutral"))
U(d, "Our message is the same to everyone: stop the fighting and talk.", "Our message is the same to everyone: stop the fighting and talk.",
  ("United Nations", T, neu, "", "appeal to all to stop and talk = calling_for_talks"))
U(d, "Spokesman: Not in the last few days, but the Special Representative", "last week.",
  ("United Nations", N, neu, "", "contacts listed as narration by the spokesman = neutral"))
U(d, "The Prime Minister, as you know, welcomed the ceasefire", "let through to Las Anod.",
  ("Somalia", T, pos, "", "PM Hamza Abdi Barre named only by title; welcome of the ceasefire + appeal for aid access: rule 2 before rule 3 = calling_for_talks"))
U(d, "Spokesman: I would refer you to the African Union", "urged restraint and dialogue.",
  ("African Union", T, neu, "", "AU chairperson's appeal relayed by the UN spokesman"),
  ("United Nations", N, neu, "", "'I would refer you to the African Union' = procedural line (unsure: could be left without a UN row)"))
U(d, "Question: IGAD said on Monday it was ready to send a delegation", "help the two sides talk.",
  ("IGAD", T, pos, "", "offer of mediation relayed in a question = calling_for_talks"))
U(d, "Spokesman: We stand ready to support IGAD's effort", "convening space.",
  ("United Nations", S, pos, "IGAD", "backing offered to IGAD's effort = supporting"))
U(d, "Spokesman: We'll have something for you on that tomorrow.", "Spokesman: We'll have something for you on that tomorrow.",
  ("United Nations", N, neu, "", "procedural line, other subject"))
