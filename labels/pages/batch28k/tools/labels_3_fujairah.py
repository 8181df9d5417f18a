# ------------------------------------------------------------------ Sabotage of four vessels off Fujairah (UAE foreign ministry press releases, 12 May - 6 June 2019)
d = "page_uae_fujairah_sabotage2019_mofaic.html"
# Not statements: language bar, menu, breadcrumb, h1, filter line, release headings (one carries a position: Gargash's), dates,
# media contact lines, figcaption with credit, Related box, newsletter/share line, copyright, footer links.
U(d, "The United Arab Emirates, the Kingdom of Saudi Arabia and the Kingdom of Norway today briefed members", "east of Fujairah.",
  ("United Arab Emirates", N, neu, "", "briefing given = procedure; one row per state of the listed three"),
  ("Saudi Arabia", N, neu, "", "listed state, same procedural act"),
  ("Norway", N, neu, "", "listed state, same procedural act"))
U(d, "The three countries stated in a joint presentation that the attack bore the marks", "standing behind it.",
  ("United Arab Emirates", N, neg, "", "findings of the joint inquiry: no state named, no judgement word aimed at an actor = facts (unsure: 'a state behind it' is an implied charge)"),
  ("Saudi Arabia", N, neg, "", "joint statement, one row per state"),
  ("Norway", N, neg, "", "joint statement, one row per state"))
U(d, "The UAE Permanent Representative, H.E. Lana Nusseibeh, said the findings were a warning", "taken for granted.",
  ("United Arab Emirates", N, neg, "", "warning about risk to shipping, no actor judged, no appeal = neutral, negative"))
U(d, "\"Whoever planned this operation wanted to shake confidence", "Nusseibeh told reporters after the briefing.",
  ("United Arab Emirates", C, neg, "", "judgement of the unnamed perpetrator's aim + call not to let it succeed; no canonical target"))
U(d, "She added that the investigation would continue", "members of the Council.",
  ("United Arab Emirates", N, neu, "", "plan / procedure; 'She' = Nusseibeh"))
U(d, "H.E. Dr Anwar Gargash, Minister of State for Foreign Affairs, said that the investigation", "what had happened.",
  ("United Arab Emirates", N, pos, "", "confidence in own investigation = neutral"))
U(d, "Dr Gargash said the UAE was committed to de-escalation", "vessels near its waters.",
  ("United Arab Emirates", T, neu, "", "commitment to de-escalation and avoiding war; the refusal of attacks names no one (unsure: the warning could be read as condemning)"))
U(d, "Asked about remarks by the Iranian Foreign Minister, Mohammad Javad Zarif", "before the inquiry was complete.",
  ("Iran", N, neg, "", "Zarif's denial of an Iranian role, reported in a relative clause = neutral, negative; the 'plot' line names no actor"),
  ("United Arab Emirates", N, neu, "", "'the Minister of State' by title only; declines to speculate = neutral"))
U(d, "The Minister of State also expressed his thanks for the broad wave", "solidarity with the UAE.",
  ("United Arab Emirates", N, pos, "", "thanks for others' solidarity, aimed at no one actor = neutral, positive"))
U(d, "The Ministry of Foreign Affairs and International Cooperation received messages of solidarity", "operations of 12 May.",
  ("United Arab Emirates", N, pos, "", "receiving messages = a fact about the ministry"))
U(d, "Bahrain, Egypt, Jordan, Kuwait and Yemen issued statements condemning the attack", "a threat to seafarers.",
  ("Bahrain", C, neg, "", "states acting as a list: one row each; the attack is condemned, its author is not named -> target empty"),
  ("Egypt", C, neg, "", "listed state"),
  ("Jordan", C, neg, "", "listed state"),
  ("Kuwait", C, neg, "", "listed state"),
  ("Yemen", C, neg, "", "listed state"))
U(d, "The Kingdom of Saudi Arabia, which confirmed that two of the damaged tankers were Saudi", "in defence of its security.",
  ("Saudi Arabia", S, pos, "United Arab Emirates", "'an official source at its Foreign Ministry' speaks for Saudi Arabia; backing of the UAE's steps"))
U(d, "The Secretary-General of the Gulf Cooperation Council, Dr Abdullatif bin Rashid Al Zayani, said acts of this kind", "according to a statement of the General Secretariat.",
  ("Gulf Cooperation Council", C, neg, "", "'reckless' = judgement of the acts; no author named"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit called the attack a crime", "his spokesperson said.",
  ("Arab League", C, neg, "", "'a crime' = judgement; reported by the spokesperson"))
U(d, "The Ministry also welcomed the offer of the United States", "send a team of investigators.",
  ("United Arab Emirates", S, pos, "", "welcome of two actors' offers = supporting; two actors -> target empty"),
  ("United States", S, neu, "United Arab Emirates", "offer of technical expertise to the inquiry = backing by act"),
  ("Norway", S, neu, "United Arab Emirates", "sends investigators = backing by act (flag state)"))
U(d, "The Ministry hosted a closed roundtable on maritime security", "shipping sector.",
  ("United Arab Emirates", N, neu, "", "a meeting hosted, no position = procedural (unsure: could be no row)"))
U(d, "Dr Mariam Al Suwaidi, a researcher in maritime security at the Emirates Centre for Strategic Dialogue, said", "acting alone.",
  ("Mariam Al Suwaidi", N, neg, "", "invented analyst; reading of the attack, no actor named"))
U(d, "She warned that insurers would raise premiums", "stopped short of naming any party.",
  ("Mariam Al Suwaidi", N, neg, "", "risk warning, declines to blame = neutral"))
U(d, "Captain Rajesh Menon, master of a product tanker", "continued normally.",
  ("Rajesh Menon", N, neu, "", "invented witness; facts"))
U(d, "The Ministry of Foreign Affairs and International Cooperation announced that four commercial vessels", "Emirate of Fujairah.",
  ("United Arab Emirates", N, neu, "", "facts announced"))
U(d, "There were no injuries or fatalities among the crews", "the Ministry said.",
  ("United Arab Emirates", N, neu, "", "figures from a named source = neutral"))
U(d, "The Ministry considered that an attack on commercial shipping", "put the sea lanes at risk.",
  ("United Arab Emirates", T, neg, "", "'a serious turn of events' = alarm, not a judgement of a named actor; with an appeal to the world's governments = calling_for_talks, negative (unsure: could be read as condemning the act)"))
U(d, "The Ministry also denied reports that explosions had taken place", "operating at full capacity.",
  ("United Arab Emirates", N, neu, "", "denial of rumours about the port + fact"))
U(d, "The competent authorities have opened an investigation", "the statement said.",
  ("United Arab Emirates", N, neu, "", "procedure"))
