# ------------------------------------------------------------------ Madagascar's Covid-Organics and the WHO (UN noon briefing transcript, 2020-05-12)
d = "page_madagascar_covidorganics2020_noonbriefing.txt"
# Not statements: site bar, title, date, transcript note, highlights line, ** crossheads, the journalists' own questions
# ("Does the Secretary-General share ...?", "Is the UN worried about that?", "Any reaction?", "Has WHO offered money?"),
# "* *** *", record note, Related, share bar, footer links.
U(d, "A reminder that on Friday, the Secretary-General launched", "with every community.",
  ("United Nations", T, neu, "", "appeal to leaders for solidarity (not on this crisis; kept as a stance example) (unsure: could be supporting)"))
U(d, "He said the virus does not care who we are", "must be stopped.",
  ("United Nations", C, neg, "", "demand that stigma stop, judged as wrong; no actor named -> target empty (unsure: calling_for_talks)"))
U(d, "Turning to Madagascar, our colleagues at the World Health Organization (WHO) tell us", "known as Covid-Organics.",
  ("World Health Organization", N, neu, "", "fact of contacts relayed by the spokesman"))
U(d, "WHO says it has offered to help design a research study", "established clinical standards.",
  ("World Health Organization", S, neu, "Madagascar", "offer of technical help = supporting (offer of assistance)"))
U(d, "The Regional Director for Africa, Dr. Matshidiso Moeti, told journalists", "properly tested.",
  ("World Health Organization", N, neg, "", "caution addressed to no named state; a norm, not a judgement of Madagascar (unsure: condemning)"))
U(d, "She added that WHO was concerned that people who believed they were protected", "physical distancing.",
  ("World Health Organization", N, neg, "", "concern with no appeal = neutral"))
U(d, "In Yemen, our humanitarian colleagues say that confirmed COVID-19 cases", "continue to rise.",
  ("United Nations", N, neg, "", "figures/facts given by the UN"))
U(d, "The UN and its partners are setting up isolation centres", "half its capacity.",
  ("United Nations", S, neu, "Yemen", "aid provided = backing by act"))
U(d, "On Madagascar, President Andry Rajoelina said", "research done in Africa seriously.",
  ("Madagascar", C, neg, "", "journalist reports Rajoelina's position: charge against critics (experts, WHO implied) -> target empty"))
U(d, "Spokesman: No, I would not characterise it that way.", "that way.",
  ("United Nations", N, neu, "", "denial of a double standard = neutral"))
U(d, "Spokesman: I think WHO has been very clear that it is ready to work with the Government of Madagascar", "found soon.",
  ("United Nations", N, pos, "", "WHO's readiness relayed + hope for a treatment (no appeal to a party) (unsure)"),
  ("World Health Organization", S, pos, "Madagascar", "readiness to work with the government, relayed by the UN = offer of help"))
U(d, "The Malagasy Ministry of Foreign Affairs said last week", "would use it.",
  ("Madagascar", S, pos, "", "donated shipments to many states = backing by act (several targets -> empty)"),
  ("Tanzania", S, pos, "Madagascar", "collecting and adopting the remedy = backing by act"))
U(d, "Spokesman: Those are decisions by sovereign Governments.", "sovereign Governments.",
  ("United Nations", N, neu, "", "procedural non-judgement"))
U(d, "Spokesman: Our message, and WHO's message, remains that any product should go through proper trials", "Africa CDC on that.",
  ("United Nations", T, neu, "", "appeal to cooperate through trials, no judgement (cooperation appeal)"),
  ("World Health Organization", T, neu, "", "WHO's message relayed"))
U(d, "Question: The African Union said last week that Africa CDC would review", "once Madagascar shared it.",
  ("African Union", N, neu, "", "procedure (review plan), reported in a question"))
U(d, "Spokesman: Yes, we very much welcome the African Union's approach", "that is needed.",
  ("United Nations", S, pos, "African Union", "welcome"))
U(d, "The President of Guinea-Bissau, Umaro Sissoco Embaló", "their own scientists.",
  ("Guinea-Bissau", S, pos, "Madagascar", "reported position: backing of the remedy"))
U(d, "Spokesman: I have nothing to add to what I said.", "what I said.",
  ("United Nations", N, neu, "", "non-answer spoken by the spokesman (procedural line)"))
U(d, "Question: Steph, Professor Voahangy Ratsimbazafy, a pharmacologist", "was reckless.",
  ("Voahangy Ratsimbazafy", C, neg, "Madagascar", "invented scholar reported in a question; 'reckless' = judgement"))
U(d, "Spokesman: WHO speaks for itself on the science", "quite forceful.",
  ("United Nations", N, neu, "", "deflection"))
U(d, "Spokesman: I would just say that the Secretary-General has said from the beginning", "guide our response.",
  ("United Nations", N, neu, "", "principle restated, no appeal to a party"))
U(d, "Question: On the same subject, Dr. Kwame Asante", "from Brazzaville.",
  ("Kwame Asante", C, neg, "World Health Organization", "invented researcher; criticism of WHO's approach + a demand"))
U(d, "Spokesman: What I can tell you is that they have offered technical support", "that offer stands.",
  ("World Health Organization", S, neu, "Madagascar", "offer of technical help, relayed"))
U(d, "Spokesman: Martin Griffiths continues his consultations with both sides", "fighting the virus.",
  ("United Nations", T, neu, "", "urges the parties to agree = calling_for_talks"))
# "Spokesman: I would refer you to WHO ..." and "Spokesman: Thank you. We will see you tomorrow." = no position, no row.
