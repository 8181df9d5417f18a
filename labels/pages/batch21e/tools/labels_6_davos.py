# ------------------------------------------------------------------ Erdogan-Peres clash at Davos and the row that followed (Turkish state news agency, full HTML, 2009-02-05)
# Format note: the brief lists this page as .txt, but also asks for at least two full HTML pages (and the checker requires two);
# only the Nisour page was listed as HTML, so this one was written as a full HTML page (see README).
d = "page_davos_erdogan_peres_statemedia.html"
# No rows: utility bar, logo, agency name, nav, section label, headline, summary, meta/dateline line, captions, ADVERTISEMENT,
# crossheads, agency code "(UHA) GY/EK/SB", tags, share bar, reader comments, latest list, footer.
U(d, "Prime Minister Recep Tayyip Erdogan said on Tuesday that Turkey would go on raising its voice", "the nation's dignity.",
  ("Turkey", C, neg, "Israel", "long lead: judgement of Israel's treatment of Gaza + justification of his Davos stand"))
U(d, "\"We will not stay silent while children are buried under rubble.", "in the Grand National Assembly.",
  ("Turkey", C, neg, "", "multi-sentence quote closed by the speaker; accusation without naming Israel in the unit (target empty); the AK Party group is the audience, not the actor"))
U(d, "He stressed that Turkey had never allowed hostility towards Jews on its soil", "any people or faith.",
  ("Turkey", N, pos, "", "reassurance about its own conduct = neutral, positive"))
U(d, "The prime minister walked out of a panel on the Middle East at the World Economic Forum", "Israeli President Shimon Peres.",
  ("Turkey", C, neg, "", "walk-out with the grievance stated (cut short) = leaving a meeting in protest (unsure: could be read as background narration); moderator not an actor, target empty"))
U(d, "Speaking to reporters in Davos that evening, Erdogan said the moderator had let Peres speak", "in front of the world.",
  ("Turkey", C, neg, "", "complaint about unequal time and Peres's raised voice (two targets, one not an actor: empty); Davos = place"))
U(d, "During the session, Peres had defended Israel's 22-day offensive in Gaza", "at Israeli towns.",
  ("Israel", C, neg, "Hamas", "Israel's president; defence of the offensive + accusation of Hamas; the toll given by 'Palestinian health officials' (no tie) is narration"))
# "Thousands of citizens waving Turkish and Palestinian flags greeted ..." : narration, no row.
U(d, "\"He said in front of the whole world what all of us feel.", "since midnight.",
  ("Ayse Demirtas", S, pos, "Turkey", "named resident = actor under her own name; praise of the prime minister"))
U(d, "Diplomatic sources told UHA that Peres had telephoned the prime minister", "outlast a disagreement.",
  ("Israel", T, pos, "", "Peres's conciliatory call reported by unnamed sources (not actors) = Israel's statement (unsure: state media's account, denied next)"))
U(d, "Peres's office in Jerusalem later said the conversation had been positive", "had not apologised.",
  ("Israel", N, neu, "", "denial of an apology = neutral; Jerusalem = place"))
U(d, "In an interview with an American television network, Peres said he had not taken the exchange personally", "claims he rejected.",
  ("Israel", N, neg, "", "rejects the charges without judging Turkey = denial, neutral"))
U(d, "The Turkish General Staff said in a statement posted on its website on Wednesday", "its official view.",
  ("Turkey", C, neg, "Israel", "the army speaks for its state; judgement without stock words + demand for clarification: rule 1"))
U(d, "According to Israeli press reports, Mizrahi, the head of Israel's ground forces command", "northern Cyprus.",
  ("Israel", C, neg, "Turkey", "an Israeli general's remarks = Israel (unsure: disowned by the army in the next sentences); reported via the press"))
U(d, "The Foreign Ministry called in Israel's ambassador to Ankara, Gabby Levy", "the government's displeasure.",
  ("Turkey", C, neg, "Israel", "summoning an ambassador to protest = a diplomatic measure; Ankara = place"))
U(d, "The Israeli army said the general's words had not been cleared", "had rebuked him.",
  ("Israel", N, neu, "", "the army disowns the remarks and reports its own reprimand = neutral"))
U(d, "Ambassador Levy told reporters after the meeting that ties between the two countries", "mediator in the region.",
  ("Israel", S, pos, "Turkey", "praise of Turkey's mediation + ties = supporting"))
U(d, "President Abdullah Gul said relations with Israel rested on deep and long-standing interests", "wounded the Turkish public.",
  ("Turkey", T, neu, "Israel", "keeps ties + asks Israel for understanding, no judgement word = de-escalating appeal (unsure: could be neutral)"))
U(d, "Foreign Minister Ali Babacan said Turkey would keep working for reconciliation", "if the parties asked.",
  ("Turkey", T, pos, "", "reconciliation, ceasefire, offer to host talks"))
U(d, "Another Turkish aid ship carrying food, medicine and blankets for Gaza", "the Prime Ministry's crisis centre said.",
  ("Turkey", S, neu, "Palestine", "backing by act (aid shipment) with an attribution tail; Gaza's people = Palestine"))
U(d, "Arab League Secretary General Amr Moussa, who was also on the Davos panel", "disagreed with it.",
  ("Arab League", C, neg, "Israel", "approval of Erdogan + judgement of Israel: rule 1; the handshake is narration"))
U(d, "In Gaza, a senior Hamas official, Khalil al-Hayya, told a rally", "waved Turkish flags.",
  ("Hamas", S, pos, "Turkey", "praise of Erdogan = supporting; Gaza = place"))
U(d, "Iran's parliament speaker, Ali Larijani, sent a message praising", "Iranian state media reported.",
  ("Iran", S, pos, "Turkey", "speaker of parliament = Iran (name files); state media is not an actor"))
U(d, "UN Secretary-General Ban Ki-moon, who sat between the two leaders on the panel", "keeping the ceasefire.",
  ("United Nations", T, pos, "", "hope for rebuilding and the ceasefire = calling_for_talks"))
U(d, "The World Economic Forum's founder, Klaus Schwab, said at a joint news conference", "the session had ended.",
  ("World Economic Forum", N, neg, "", "the organiser's regret about its own session, aimed at no actor = neutral"))
U(d, "In Washington, acting State Department spokesman Robert Wood said", "behind them quickly.",
  ("United States", T, pos, "", "hope that two allies move on; Washington = place here"))
U(d, "At home, the leader of the main opposition Republican People's Party (CHP), Deniz Baykal", "steer its foreign policy.",
  ("Republican People's Party", C, neg, "Turkey", "opposition party judging its own government's conduct"))
U(d, "Selin Karaca, who lectures on international relations at the Anatolia Policy Institute", "she said.",
  ("Selin Karaca", N, neg, "", "scholar on interests and constraints; quote closed by 'she said'"))
U(d, "\"The two governments should send their foreign ministers to sit down together", "Karaca said.",
  ("Selin Karaca", T, neu, "", "appeal to both governments for a meeting"))
U(d, "Daniel Brenner, who studies Israeli-Turkish relations at the Mediterranean Security Forum", "he said.",
  ("Daniel Brenner", N, neg, "", "researcher on consequences; Jerusalem and Ankara as metonyms inside his quote"))
U(d, "Brenner added that in his view the prime minister's tone in Davos had been reckless", "nothing to earn.",
  ("Daniel Brenner", C, neg, "Turkey", "researcher's judgement of the Turkish prime minister"))
