# ------------------------------------------------------------------ Belarus: the presidential election of 26 January 2025 (UN noon-briefing transcript, 2025-01-27)
d = "page_belarus_election2025_noonbriefing.txt"
# Not statements: site header, breadcrumb, date, title, transcript note, crossheads (**...), the guests note, the
# floor-passing lines ("Edie, then Stefano."), the footer lines. Journalists' questions themselves are no one's; a
# question that reports another actor's position is that actor's statement (labels/README.md).
# "I want to flag something from our human rights colleagues in Geneva." = lead-in, no row.
U(d, "They said today that Sunday's presidential election in Belarus was held in a climate", "over a comment posted online.",
  ("United Nations", C, neg, "Belarus", "UN human rights office (OHCHR = United Nations); accusation by describing repression"))
U(d, "Under these conditions, the Office said, voters could not make a genuinely free choice.", "genuinely free choice.",
  ("United Nations", C, neg, "Belarus", "judgement on the vote, attribution in the middle"))
U(d, "The Office is calling on the Belarusian authorities to release everyone detained", "as political prisoners.",
  ("United Nations", T, neg, "Belarus", "appeal for releases, no judgement word in the sentence = calling_for_talks"))
U(d, "Separately, the Special Rapporteur on the situation of human rights in Belarus, Nils Muižnieks, said", "from public life.",
  ("United Nations", C, neg, "Belarus", "UN mandate holder resolved to United Nations (guide: UN parts); judgement on the vote (unsure: rapporteurs are independent, as the next sentence says)"))
# "As you know, Special Rapporteurs are independent ..." = procedural note, no position, no row.
U(d, "The Central Election Commission says President Lukashenko won 86.8 per cent", "about 85 per cent.",
  ("Belarus", N, neu, "", "official results reported in a question = the commission's figures, neutral"))
U(d, "The European Union said yesterday that it does not recognize the result", "said the same.",
  ("European Union", C, neg, "Belarus", "non-recognition + further sanctions = condemning; 'several European capitals' unnamed, no row"))
U(d, "It is not for us to certify an election that the United Nations was not asked to observe.", "asked to observe.",
  ("United Nations", N, neu, "", "procedural answer, no judgement"))
U(d, "What I can tell you is that the Secretary-General has consistently called for the rights of Belarusians", "that call stands today.",
  ("United Nations", T, neu, "Belarus", "standing appeal to respect rights = calling_for_talks"))
# "I'm not aware of any such plans." = non-answer, no row.
U(d, "Steph, President Putin and President Xi Jinping both congratulated Mr. Lukashenko", "trust their leader.",
  ("Russia", S, pos, "Belarus", "congratulations = recognition of the winner, plus Moscow's praise"),
  ("China", S, pos, "Belarus", "Xi's congratulations = supporting"))
U(d, "At the same time, Sviatlana Tsikhanouskaya says the figures were invented in advance", "not to recognize them.",
  ("Sviatlana Tsikhanouskaya", C, neg, "Belarus", "charge of fabricated results + call for non-recognition; the journalist's own question that follows is in a separate sentence"))
U(d, "We deal with Member States through their governments; that is how this Organization works", "silent on human rights.",
  ("United Nations", N, neu, "", "explanation of the UN's practice, no position on the parties"))
U(d, "Our colleagues in the country team in Minsk continue their work", "protection of refugees.",
  ("United Nations", N, neu, "", "facts about the UN's own work"))
U(d, "Belarus's Mission here put out a statement saying the Western criticism was an attempt to interfere", "with its Constitution.",
  ("Belarus", C, neg, "", "denial + accusation of interference by 'the West' (not canonical) -> target empty"))
# "I've seen their statement. I have nothing to add ..." = non-answer, no row.
U(d, "The OSCE's election office said it could not observe because the invitation from Minsk arrived too late", "deploy a mission.",
  ("OSCE", N, neg, "", "ODIHR = OSCE; states why it could not observe, no explicit judgement (unsure: could be read as a complaint against Minsk)"))
U(d, "Not to my knowledge, and in any case electoral observation by the UN requires", "the country concerned.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "Lithuania's Foreign Minister, Kęstutis Budrys, said today that Vilnius would press ahead with its referral", "the Belarusian opposition.",
  ("Lithuania", C, neg, "Belarus", "pursuing an ICC referral of the leader = a legal measure against him"))
U(d, "That is a matter for the Court, which is independent.", "which is independent.",
  ("United Nations", N, neu, "", "declines to comment on the substance"))
U(d, "Also, Germany's Foreign Office said Berlin would not treat the outcome as a mandate", "pressure on Minsk.",
  ("Germany", C, neg, "Belarus", "refusal to accept the result + continued pressure = condemning"))
U(d, "And Ukraine's Foreign Ministry said Kyiv's sympathy lay with the Belarusians", "on a free country.",
  ("Ukraine", S, pos, "", "solidarity with the democratic movement (not a canonical actor) -> target empty"))
U(d, "Belarus's Foreign Minister, Maxim Ryzhenkov, said over the weekend that Minsk was open", "if sanctions were lifted.",
  ("Belarus", T, neu, "", "conditional offer to improve relations = calling_for_talks (a conditional offer still counts)"))
U(d, "We would welcome any step that leads to more detainees being freed", "in recent months.",
  ("United Nations", S, pos, "Belarus", "welcome of releases, noting the pardons = supporting (unsure: the forward-looking part is an appeal)"))
U(d, "More broadly, we would hope the authorities use the coming period to open space for dialogue", "to leave the country.",
  ("United Nations", T, pos, "Belarus", "hope for dialogue = calling_for_talks"))
U(d, "The Belarusian Association of Journalists says more than 30 media workers are behind bars.", "are behind bars.",
  ("Belarusian Association of Journalists", N, neg, "", "a figure reported in a question; no judgement in the sentence"))
# "I'm not going to go into the details of private conversations." = non-answer, no row.
# Goma and UNCA items: a promise of an update and a reminder, no position, no row.
U(d, "The UK Foreign Office, for its part, said London would work with partners on further sanctions", "responsible for the repression.",
  ("United Kingdom", C, neg, "Belarus", "further sanctions = condemning; reported in a question"))
