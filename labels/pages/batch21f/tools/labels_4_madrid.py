# ------------------------------------------------------------------ Madrid train bombings and the dispute over who was behind them (European news site, full HTML, 2004-03-14)
d = "page_madrid_bombings_eurosite.html"
# No row: cookie bar, logo, edition line, nav, LIVE strip, section label, headline, summary, meta/byline, figcaption with credit,
# dateline (excluded from the first unit), crossheads, ADVERTISEMENT, "Related:", topics, share bar, newsletter prompt, comments,
# most read, footer.
U(d, "Spain's interior minister, Ángel Acebes, said in the first hours of Sunday", "first breakthrough of the investigation.",
  ("Spain", N, neu, "", "long lead: the tape and the arrests announced by the interior minister = facts of the investigation, no judgement"))
U(d, "Acebes told a news conference called shortly after midnight", "unknown to Spanish intelligence.",
  ("Spain", N, neu, "", "procedure and caution about the tape's authenticity"))
U(d, "According to the ministry's translation, the man said the attacks were a punishment", "did not change course.",
  ("Al-Qaeda", C, neg, "Spain", "claim made on the tape in al-Qaeda's name by its self-styled spokesman: own attack justified as punishment + threat of more (unsure: authenticity unconfirmed on the page; the ministry is only the channel)"))
# No row: "The tape was found in a litter bin ..." (narration; the caller is no actor)
U(d, "Earlier on Saturday evening, Acebes had announced that police had detained", "ETA included, had been closed.",
  ("Spain", N, neu, "", "arrests and lines of inquiry: procedure"))
U(d, "The minister repeated that ten bombs had exploded on four commuter trains", "around 1,500 people injured.",
  ("Spain", N, neu, "", "'The minister' = Acebes; bombs, dead and injured from an actor -> neutral, neutral tone"))
# No row: "The arrests marked a sharp turn for a government that had named ... ETA within hours of the attacks." (summary line before the specific statements)
U(d, "On Thursday afternoon Acebes said there was no doubt in his mind that ETA had carried out the massacre", "dismissed every other theory.",
  ("Spain", C, neg, "ETA", "an earlier statement reported: ETA blamed for the massacre"))
U(d, "Foreign Minister Ana Palacio instructed Spain's ambassadors on Thursday", "saw the instruction.",
  ("Spain", C, neg, "ETA", "a specific act (an instruction to embassies) carrying the accusation; the unnamed diplomats are only the source"))
U(d, "Prime Minister José María Aznar, who is stepping down after eight years", "in recent months.",
  ("Spain", N, neg, "", "every lead followed + a justification of the government's first attribution: self-defence, no new judgement (ETA's failed attempts narrated) -> neutral, negative"))
U(d, "Government spokesman Eduardo Zaplana said on Saturday that the cabinet had passed on", "had confirmed it.",
  ("Spain", N, neg, "", "denial of withholding information -> neutral, negative"))
U(d, "\"Nobody in this government has hidden anything from Spaniards", "he said.",
  ("Spain", C, neg, "", "denial + 'shameful' aimed at those who suggest it (the opposition by context, not named) -> the judgement decides; target empty"))
U(d, "ETA itself denied any part in the attacks", "nothing to do with the bombings.",
  ("ETA", N, neg, "", "ETA's own statement through Gara and Basque television (the outlets are only channels): a denial -> neutral, negative"))
U(d, "Acebes said a group that had spent decades killing and lying deserved no credence", "direction of the inquiry.",
  ("Spain", C, neg, "ETA", "'a group that had spent decades killing and lying' = judgement of ETA, dismissing its denial"))
U(d, "Arnaldo Otegi, the leader of Batasuna", "opposed to Spain's role in Iraq.",
  ("Batasuna", N, neg, "", "Otegi speaks for Batasuna (declared); ruling out ETA (a denial on its behalf) + a guess at other authors with no canonical target -> neutral, negative"))
U(d, "Socialist leader José Luis Rodríguez Zapatero, whose party trails", "bringing the killers to justice.",
  ("Spanish Socialist Workers' Party", S, pos, "Spain", "the opposition leader backing the government's hunt for the killers = supporting"))
# No row: "By Saturday the tone had changed." (summary line)
U(d, "A senior Socialist, Alfredo Pérez Rubalcaba, accused the government", "for political reasons.",
  ("Spanish Socialist Workers' Party", C, neg, "Spain", "accusation of withholding information; 'the government' = Spain (the PP's cabinet)"))
U(d, "Zapatero himself welcomed the arrests late on Saturday", "already knew.",
  ("Spanish Socialist Workers' Party", C, neg, "Spain", "welcome + judgement: the reproach to the government decides (rule 1)"))
# No row: "Several thousand people gathered outside the Popular Party's headquarters ..." (crowds are no actors)
U(d, "The Popular Party's candidate for prime minister, Mariano Rajoy, condemned the protests", "the day of reflection.",
  ("Popular Party", C, neg, "", "the party's candidate speaking in the campaign = Popular Party; judgement of the protests (no canonical organiser named)"))
U(d, "A party spokesman went further and accused the Socialists", "with text messages.",
  ("Popular Party", C, neg, "Spanish Socialist Workers' Party", "unnamed spokesman of a named party; accusation"))
U(d, "The Socialists denied having organised the gatherings", "stay away from them.",
  ("Spanish Socialist Workers' Party", N, neg, "", "'the Socialists' = PSOE; denial + an instruction to its own members -> neutral, negative"))
U(d, "The UN Security Council on Thursday unanimously adopted a resolution", "the group responsible.",
  ("United Nations", C, neg, "ETA", "Security Council resolution condemning the bombings and naming ETA (as adopted on 11 March)"))
U(d, "In Rabat, Foreign Minister Mohamed Benaissa called the attacks a crime", "in any religion.",
  ("Morocco", C, neg, "", "judgement of the attacks, no perpetrator named; Rabat = place"))
U(d, "Morocco was sending security experts to Madrid to help Spanish investigators, he said.", "he said.",
  ("Morocco", S, neu, "Spain", "backing by act (experts sent to help the investigation), attribution tail"))
U(d, "European Commission President Romano Prodi said in a statement", "alone in their grief.",
  ("European Union", S, pos, "Spain", "solidarity; 'Europe had been attacked' names no one -> supporting"))
U(d, "Ireland, which holds the EU's rotating presidency, called an emergency meeting", "on terrorist suspects.",
  ("European Union", N, neu, "", "the rotating presidency acting as such = EU; convening the bloc's own ministers on police cooperation = a procedure, not talks between parties -> neutral"))
U(d, "French President Jacques Chirac telephoned Aznar", "on the border with Spain.",
  ("France", S, pos, "Spain", "two French speakers in one sentence = one row: solidarity (supporting) decides over the security measures (neutral) by rule 3 before rule 4"))
U(d, "In Washington, President George W. Bush went to the Spanish ambassador's residence", "in any way it could.",
  ("United States", S, pos, "Spain", "backing by act (condolence book) + offer of help"))
U(d, "US officials cautioned on Friday that it was too soon to say", "was responsible.",
  ("United States", N, neu, "", "unnamed officials of a named government = US; caution about attribution, no judgement"))
U(d, "Elena Marqués, a researcher on political violence at a Madrid think tank", "set off by mobile phones.",
  ("Elena Marqués", N, neu, "", "independent researcher; reading of the evidence, no judgement"))
U(d, "\"If this was a jihadist cell, the next question is whether", "she said.",
  ("Elena Marqués", N, neg, "", "scenarios and questions, no judgement; multi-sentence quote closed by its speaker"))
U(d, "Pieter Vandenberghe, a Brussels-based analyst of European security policy", "coordinator for counter-terrorism.",
  ("Pieter Vandenberghe", N, neu, "", "independent analyst; what may happen next"))
U(d, "\"Europe has talked about intelligence sharing since September 2001", "he said.",
  ("Pieter Vandenberghe", N, neg, "", "assessment of stalled plans, no actor judged"))
U(d, "Vandenberghe said the Spanish government's rush to blame ETA", "wait for the evidence.",
  ("Pieter Vandenberghe", C, neg, "Spain", "'a serious error of judgement' = judgement of the government + advice to others: rule 1"))
# No row: "Polls open at 9am and close at 8pm. ..." (facts, no source)
