# ------------------------------------------------------------------ HRC presidency contest: Fiji vs Bahrain and Uzbekistan (UN meetings coverage, 2021-01-15)
d = "page_hrc_shameemkhan_presidency2021_unmeetings.txt"
# Not statements: header, meeting line, headline, subheadline, crossheads, 'Next meeting', disclaimer, document symbol.
U(d, "The Human Rights Council this morning elected Nazhat Shameem Khan", "by secret ballot.",
  ("United Nations", N, neu, "", "the Council's decision reported = procedural act of the UN body"))
# "Ms. Shameem Khan received 29 votes. ..." = vote figures, narration, no row.
# "The vote followed weeks in which the Asia-Pacific Group was unable to agree ..." = background, no row.
U(d, "Taking the chair, Ms. Shameem Khan thanked members", "whatever their vote had been that morning.",
  ("United Nations", N, pos, "", "as Council President she speaks for the Council (chair of the body); thanks + own conduct = neutral, positive"))
U(d, "She said the Council could not afford a year of division", "lost in recent weeks.",
  ("United Nations", T, neg, "", "appeal to rebuild consensus, no judgement"))
U(d, "The representative of Bahrain congratulated the new President", "respected the outcome of the ballot.",
  ("Bahrain", S, pos, "Fiji", "congratulation of the winner + accepting the result = approval, supporting (unsure: from the defeated rival it is a courtesy; could be neutral)"))
U(d, "He said, however, that Bahrain's candidacy had been entirely in keeping with the rules", "an attempt to weaken the Council.",
  ("Bahrain", N, neg, "", "denial of the portrayal; the target is 'certain media', no actor -> neutral, negative"))
U(d, "The representative of Uzbekistan also congratulated Ms. Shameem Khan", "cooperate fully with the Bureau.",
  ("Uzbekistan", S, pos, "Fiji", "congratulation + pledge of cooperation with the Bureau = supporting (same reading as Bahrain)"))
U(d, "The representative of the United Kingdom welcomed the result", "commitment to the Council's independence.",
  ("United Kingdom", S, pos, "Fiji", "welcome of the result/Fiji's candidate"))
U(d, "He said the United Kingdom regretted that late manoeuvres had delayed", "open its session leaderless for the first time.",
  ("United Kingdom", C, neg, "", "'regretted' + 'late manoeuvres' = judgement; aimed at unnamed backers -> target empty"))
U(d, "The representative of China said his delegation had been ready to work", "settled within the regional group.",
  ("China", N, neu, "", "procedural position, no backing or judgement"))
U(d, "The speaker said that some delegations had politicized an internal procedural question", "return to constructive cooperation.",
  ("China", C, neg, "", "'the speaker' = China; judgement on unnamed delegations joined to an appeal -> rule 1 condemning"))
U(d, "The representative of the Russian Federation said the Council should draw lessons", "once consensus proved impossible.",
  ("Russia", N, neu, "", "procedural reading of the episode"))
U(d, "He denied that his delegation had lobbied for any candidate", "had no basis.",
  ("Russia", N, neg, "", "denial = neutral, negative"))
U(d, "Speaking on behalf of the European Union, the representative of Portugal said", "full support to her presidency.",
  ("European Union", S, pos, "Fiji", "Portugal speaks in the EU's name (presidency) -> EU; welcome + pledge of support"))
U(d, "The European Union had always held that the presidency must go to a candidate", "she said.",
  ("European Union", N, neu, "", "statement of principle, no actor judged (unsure: implied criticism of Bahrain's record)"))
U(d, "The representative of the Netherlands, also speaking as a Vice-President", "from the first day.",
  ("Netherlands", S, pos, "", "offer of assistance to the President (unsure: speaks as Bureau member; kept as Netherlands)"))
U(d, "The representative of the Marshall Islands, speaking on behalf of a group", "for the whole region.",
  ("Marshall Islands", S, pos, "Fiji", "praise of the election (pride) = supporting; group unnamed, the speaking state labelled"))
U(d, "She said the Pacific members would back Ms. Shameem Khan", "centre of the Council's agenda.",
  ("Marshall Islands", S, pos, "Fiji", "backing pledged"))
U(d, "The representative of Australia joined in congratulating Fiji", "a candidate of such standing.",
  ("Australia", S, pos, "Fiji", "congratulation + support given (Canberra = metonym)"))
U(d, "The representative of Pakistan, speaking on behalf of the Organization of Islamic Cooperation", "give way to dialogue.",
  ("Organisation of Islamic Cooperation", T, neu, "", "speaks in the OIC's name; hope for impartiality and dialogue = calling_for_talks"))
U(d, "Fiji's Prime Minister, Josaia Voreqe Bainimarama, in a message read out", "threatened by the climate emergency.",
  ("Fiji", N, pos, "", "self-praise of own candidate's win = neutral, positive (guide: self-praise neutral)"))
U(d, "The delegation of Fiji added that it hoped States", "work with the President as partners.",
  ("Fiji", T, pos, "", "hope for cooperation of rival backers = calling_for_talks, positive"))
U(d, "Speaking for a coalition of non-governmental organizations, Marta Ilievska", "no place at the head of the Council.",
  ("Marta Ilievska", C, neg, "", "invented NGO voice; judgement on states punishing defenders (Bahrain/Uzbekistan implied, not named) -> target empty"))
U(d, "Ilievska said the coalition expected the new President to act firmly", "from her first week in office.",
  ("Marta Ilievska", T, neu, "", "demand on the President to act on reprisals; no judgement in the sentence (unsure)"))
U(d, "Another speaker, Dr. Tomás Arribas, a lecturer in international law", "had become.",
  ("Tomás Arribas", N, neg, "", "invented scholar; analysis without judgement on an actor"))
U(d, "\"Regional groups have always traded these posts quietly", "Arribas said.",
  ("Tomás Arribas", N, neg, "", "prediction, no actor judged"))
