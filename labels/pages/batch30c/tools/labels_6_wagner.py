# ------------------------------------------------------------------ Belarus detains 33 Wagner contractors at the Belorusochka sanatorium (round-up of reactions, 2020-07-31)
d = "page_wagner_belorusochka2020_roundup.txt"
# Not statements: site masthead, menu, kicker, headline, time stamps, byline, [Photo] caption, country crossheads, Related list,
# subscribe prompt, copyright. "Here is what governments and organisations have said so far." = link line, no row.
U(d, "Two days after Belarus's State Security Committee (KGB) detained 32 Russian men", "presidential election.",
  ("Belarus", C, neg, "Wagner Group", "the KGB's detention of the group = a measure against an armed group (unsure: intro narration)"))
U(d, "Belarusian investigators say the men belong to the Wagner private military company", "during the campaign.",
  ("Belarus", C, neg, "Wagner Group", "accusation of a destabilisation plot"))
U(d, "President Alexander Lukashenko, chairing a meeting of the Security Council on Wednesday, ordered the KGB", "anyone's interests.",
  ("Belarus", C, neg, "", "demand for an explanation from 'the Russian side' + warning that the country will not be a battlefield for 'anyone' (no named culprit) -> target empty (unsure: could be neutral)"))
U(d, "On Thursday the Investigative Committee opened a criminal case", "preparing mass riots.",
  ("Belarus", C, neg, "Wagner Group", "criminal case = a measure against the other side"))
U(d, "State Security Committee chairman Valery Vakulchik went further", "a larger group.",
  ("Belarus", C, neg, "Wagner Group", "accusation of provocations (the summary 'went further' is inside the unit)"))
U(d, "The Ministry of Foreign Affairs summoned the Russian ambassador, Dmitry Mezentsev, for an explanation.", "for an explanation.",
  ("Belarus", C, neg, "Russia", "summoning an ambassador for an explanation = a diplomatic protest (unsure: could be neutral)"))
U(d, "Presidential spokesman Dmitry Peskov said the Kremlin knew nothing about the group's plans", "without delay.",
  ("Russia", N, neu, "", "denial of knowledge + request for an explanation: no judgement; the denial decides = neutral"))
U(d, "Peskov said Moscow regarded Belarus as an ally and hoped", "through the proper channels.",
  ("Russia", T, pos, "Belarus", "hope that the incident is settled through channels = calling_for_talks"))
U(d, "Ambassador Mezentsev, after his meeting at the Belarusian foreign ministry, was quoted by RIA Novosti", "their connecting flight.",
  ("Russia", N, neu, "", "passive attribution 'was quoted ... as saying'; an explanation of the men's presence = neutral; RIA = outlet"))
U(d, "The embassy said the men had broken no Belarusian law and demanded consular access", "all 33 citizens.",
  ("Russia", N, neg, "", "denial of wrongdoing + consular demand = neutral, negative tone"))
U(d, "Foreign ministry spokeswoman Maria Zakharova said the accusations made in Minsk", "\"unworthy of allies\".",
  ("Russia", C, neg, "Belarus", "'built on speculation', 'unworthy of allies' = judgement of Minsk's campaign"))
U(d, "A formal request to Belarus for the extradition of 28 of the men", "on Thursday.",
  ("Ukraine", C, neg, "Wagner Group", "roundup item with no verb of saying: the extradition request = a measure against the men (condemning the group) (unsure: could be neutral legal step)"))
U(d, "Foreign Minister Dmytro Kuleba said he had discussed the case with his Belarusian counterpart", "both countries had signed.",
  ("Ukraine", T, neu, "Belarus", "contacts + expectation that Minsk act under conventions = an appeal through legal/diplomatic channels"))
U(d, "President Volodymyr Zelensky's office said the detention was further evidence", "before Ukrainian courts.",
  ("Ukraine", C, neg, "Russia", "accusation that Moscow uses mercenaries + demand of justice"))
U(d, "Foreign Minister Linas Linkevičius: deep concern about the presence of a Russian armed group", "with its neighbours.",
  ("Lithuania", T, neg, "Belarus", "no verb of saying; concern joined to a request to share information = calling_for_talks (concern with an appeal)"))
U(d, "A spokesperson for the European External Action Service said the bloc was aware", "ahead of the election.",
  ("European Union", N, neu, "", "EEAS = European Union; awareness + monitoring, no appeal = neutral"))
U(d, "The State Department said Washington was watching the Wagner case", "a free and fair vote.",
  ("United States", T, neu, "Belarus", "monitoring + appeal for a free and fair vote, no judgement word (arrests named, not judged) (unsure: could be condemning)"))
U(d, "Presidential candidate Sviatlana Tsikhanouskaya told a rally in Minsk", "on the opposition.",
  ("Sviatlana Tsikhanouskaya", C, neg, "Belarus", "accusation of using the story to frighten voters and justify a crackdown"))
U(d, "Tsikhanouskaya's campaign said it had nothing to do with the detained men", "linked to them.",
  ("Sviatlana Tsikhanouskaya", N, neg, "", "denial = neutral with a negative tone; the campaign speaks for the candidate"))
U(d, "Yauhen Kryvets, an analyst at the Minsk Strategy Forum, said the affair gave Lukashenko", "beyond repair.",
  ("Yauhen Kryvets", N, neg, "", "invented analyst; reading of motives and risks, no judgement word; negative tone for the risk (unsure)"))
U(d, "\"He has taken hostages in a quarrel with his only ally.", "Kryvets said.",
  ("Yauhen Kryvets", T, neu, "", "'taken hostages' is a description, the point is the appeal for a quiet deal between both sides = calling_for_talks (unsure: rule 1 if 'taken hostages' is read as a judgement)"))
U(d, "Olena Dzyuba, a professor of international law at Taras Shevchenko University in Kyiv", "against Moscow's will.",
  ("Olena Dzyuba", N, neu, "", "invented scholar; legal assessment and forecast"))
U(d, "The ministry's press service said in a separate statement that the detentions were not aimed at Russia", "close partners.",
  ("Belarus", N, pos, "", "reassurance about own conduct = neutral, positive tone"))
U(d, "Konstantin Kosachev, chairman of the Federation Council's foreign affairs committee, called the detention a provocation", "sacrificing relations to a campaign.",
  ("Russia", C, neg, "Belarus", "'provocation staged' + warning of a price = condemning; upper-house committee chair speaks for Russia"))
U(d, "A spokesman for the Polish foreign ministry said Warsaw had no information of its own", "unrest in Belarus.",
  ("Poland", N, neg, "", "no information + pre-emptive rejection of blame = a denial, neutral with a negative tone (unsure: 'rejected in advance' could be read as a rebuke of Minsk)"))
U(d, "She also thanked Lithuania and Poland for speaking up for a free vote in Belarus.", "a free vote in Belarus.",
  ("Sviatlana Tsikhanouskaya", S, pos, "", "thanks to two states = supporting; aimed at two actors -> target empty"))
