# ------------------------------------------------------------------ North Korea's killing of a South Korean fisheries official (National Assembly press-release page, 2020-09-29)
d = "page_korea_fisheriesofficial_killing2020_assemblyreleases.txt"
# Not statements: Assembly masthead, language bar, breadcrumb, page title, the press service's note, dated release headings,
# contact line, related releases, share bar, copyright.
U(d, "Democratic Party leader Lee Nak-yon said the shooting", "no circumstance could excuse.",
  ("Democratic Party of Korea", C, neg, "North Korea", "ruling party leader speaks for his party; 'a cruelty that no circumstance could excuse' = judgement without a stock word"))
U(d, "Lee said the act had trampled on the spirit of the agreements", "people of both Koreas.",
  ("Democratic Party of Korea", C, neg, "North Korea", "judgement of the act"))
U(d, "\"We demand that the North apologise", "the party leader said.",
  ("Democratic Party of Korea", C, neg, "North Korea", "demand for an apology and punishment = holds the North responsible (unsure: a demand without a judgement word could be calling_for_talks)"))
U(d, "He also called on the Government to make public every fact", "before the official's death.",
  ("Democratic Party of Korea", N, neu, "", "call for disclosure to his own government: not a diplomatic or peaceful course, no judgement = neutral"))
U(d, "Interim leader Kim Chong-in said the North's troops had committed an atrocity", "to save him.",
  ("People Power Party", C, neg, "", "atrocity (North) + inaction (Seoul): two targets -> empty"))
U(d, "\"A state that cannot protect a single official", "Kim said.",
  ("People Power Party", C, neg, "South Korea", "judgement of the government; surname only"))
U(d, "The party would demand an emergency session", "the interim leader added.",
  ("People Power Party", N, neu, "", "procedural demand in parliament"))
U(d, "Committee chair Min Hong-chul said the Committee had received a closed briefing", "21 and 22 September.",
  ("South Korea", N, neu, "", "committee chair = the Assembly = South Korea; procedure"))
U(d, "According to the briefing as summarised by the chair", "shot that evening.",
  ("South Korea", N, neu, "", "facts from the military's briefing, relayed by the chair"))
U(d, "Min said the military would strengthen surveillance", "incidents at sea.",
  ("South Korea", N, neu, "", "own measures"))
U(d, "The message from the North's United Front Department, read out at the presidential office", "should not have happened.",
  ("North Korea", N, pos, "", "the North's apology for its own act, carried by Seoul: regret without judgement of another actor = neutral (batch22a read condolences from the side that fired the same way)"))
U(d, "The same message maintained that North Korean soldiers had fired on an intruder", "had been burned.",
  ("North Korea", N, neg, "", "its own account, denying part of the South's findings = denial, neutral negative"))
U(d, "Floor leader Joo Ho-young said the message could not close the matter", "the most basic facts.",
  ("People Power Party", C, neg, "North Korea", "rejects the apology as contradicting the facts = judgement; Joo speaks for the PPP (the name files list him under its predecessor)"))
U(d, "\"An apology that disputes the facts is not an apology.", "Joo said.",
  ("People Power Party", C, neg, "North Korea", "judgement of the apology"))
U(d, "Floor leader Kim Tae-nyeon described the North's apology as unusual and meaningful", "so directly to the South.",
  ("Democratic Party of Korea", S, pos, "North Korea", "approval of the apology"))
U(d, "Kim said the party welcomed the apology and urged the North to accept a joint investigation", "could be settled.",
  ("Democratic Party of Korea", T, pos, "North Korea", "welcome joined to an appeal for a joint investigation, no judgement: rule 2 before rule 3"))
U(d, "The party proposed that the Assembly adopt a resolution", "the floor leader said.",
  ("Democratic Party of Korea", N, neu, "", "procedural proposal in parliament"))
# "Five party lawmakers, led by Deputy Floor Leader Kim Sung-won, took turns holding placards ..." = what they did, content not given: no row.
U(d, "Kim said the President owed the public an account", "knew where he was.",
  ("People Power Party", C, neg, "South Korea", "accuses the President of not attempting a rescue"))
U(d, "The party said it would not join a resolution that, in its view, excused", "Government's failures.",
  ("People Power Party", C, neg, "South Korea", "refusal in protest with the grievance stated = condemning"))
U(d, "Committee chair Song Young-gil said the restoration of the military communication lines", "prevent the tragedy.",
  ("South Korea", T, neg, "", "appeal to restore the inter-Korean channels = calling_for_talks"))
U(d, "Song urged the North to respond to the proposal for a joint investigation", "without conditions.",
  ("South Korea", T, neu, "North Korea", "appeal for a joint probe and hotlines"))
U(d, "The chair noted that the United Nations Special Rapporteur", "held to account.",
  ("United Nations", T, neg, "", "UN rapporteur's call for an investigation and accountability, reported by the chair; no named culprit, no judgement word (the chair only notes it: no South Korea row)"))
U(d, "A spokesperson for the Justice Party said the killing was a grave violation", "full responsibility.",
  ("Justice Party (South Korea)", C, neg, "North Korea", "unnamed spokesperson of a named party; judgement + responsibility"))
U(d, "The party also called on the ruling and opposition parties to stop using", "work together on a resolution.",
  ("Justice Party (South Korea)", T, neg, "", "appeal to both parties to cooperate; reproach implied, no judgement word (unsure)"))
U(d, "At a forum hosted by the party's North Korea policy committee, Han Ji-seok", "earlier than it did.",
  ("Han Ji-seok", C, neg, "South Korea", "invented independent scholar; the military could have acted earlier = judgement of a failure"))
U(d, "\"The rules of engagement do not require the forces to wait", "Professor Han said.",
  ("Han Ji-seok", C, neg, "South Korea", "'the failure was one of decision' = judgement"))
U(d, "Kang Min-ah, a researcher on inter-Korean relations", "incidents at sea.",
  ("Kang Min-ah", T, neu, "", "invented independent researcher; need for a standing mechanism = appeal"))
U(d, "\"Without a working hotline, every drifting boat", "she said.",
  ("Kang Min-ah", T, neg, "", "restoring the hotline before blame = calling_for_talks"))
