# ------------------------------------------------------------------ Saudi-led coalition strike on the Saada detention centre, Yemen (UN noon-briefing transcript, 2022-01-24)
d = "page_saada_strike_unbriefing.txt"
U(d, "We remain extremely worried about the toll", "across Yemen.",
  ("United Nations", N, neg, "", "the Spokesman speaks for the UN; worry without an appeal = neutral, negative (guide)"))
U(d, "As you will have seen, on Friday the Secretary-General condemned", "held to account.",
  ("United Nations", C, neg, "Saudi Arabia", "condemnation + call for investigations (rule 1); the Saudi-led Coalition = Saudi Arabia (pages README convention)"))
U(d, "Our humanitarian colleagues tell us that at least 91 people", "from the Horn of Africa.",
  ("United Nations", N, neu, "", "'Our humanitarian colleagues' = OCHA = UN (name files); toll relayed from health partners, no blame = neutral"))
U(d, "Hospitals in Saada, which were already short of supplies", "have been overwhelmed.",
  ("United Nations", N, neg, "", "situation report = neutral, negative tone"))
U(d, "The World Health Organization and UNICEF have delivered trauma kits", "in the city.",
  ("World Health Organization", S, neu, "", "aid delivered = backing by act (supporting); the hospitals in Houthi-held Saada are not an actor -> target empty"),
  ("UNICEF", S, neu, "", "same delivery, second agency in the pair"))
U(d, "The International Organization for Migration says it is supporting injured migrants", "still missing.",
  ("International Organization for Migration", S, pos, "", "help to injured migrants and their families = supporting; target empty (migrants are not an actor)"))
U(d, "Save the Children reported that three children", "in Hudaydah on Friday.",
  ("Save the Children", N, neg, "", "casualty report with no perpetrator named = neutral (guide: figures); Hudaydah = place"))
U(d, "The nationwide internet outage that followed that strike", "communication with our partners.",
  ("United Nations", N, neg, "", "effect of the outage on its own work, no blame = neutral, negative"))
U(d, "We once again call on all parties to ensure that civilians", "at all times.",
  ("United Nations", T, neu, "", "appeal to protect civilians, all parties = calling_for_talks"))
U(d, "The Special Envoy, Hans Grundberg, has spoken over the weekend", "with the parties.",
  ("United Nations", T, neu, "", "envoy's contacts with the parties = diplomatic course by act (talks)"))
U(d, "He is urging them to step back from the brink", "to de-escalate.",
  ("United Nations", T, neg, "", "'He' = Grundberg; appeal for de-escalation and talks without preconditions"))
U(d, "And our colleagues at the International Committee of the Red Cross tell us", "several hundred wounded.",
  ("ICRC", S, neu, "", "ICRC's own aid reported through the UN Spokesman: the act is the ICRC's (a position of X reported by Y); the Spokesman takes no position here"))
U(d, "The coalition says the site it hit was not on the no-strike list", "with false claims.",
  ("Saudi Arabia", C, neg, "Houthis", "position reported inside a correspondent's question (the correspondent is not an actor): denial + 'win sympathy with false claims' = accusation of the Houthis, rule 1"))
U(d, "Spokesman: I'm not going to go into the details", "from this podium.",
  ("United Nations", N, neu, "", "declining to comment on the mechanism = neutral; the speaker label is part of the line"))
U(d, "What I can tell you is that the coalition has invited OCHA and the ICRC", "will be attending.",
  ("Saudi Arabia", T, neu, "", "the coalition convening a fact-finding meeting with OCHA and the ICRC (reported by the UN) = calling_for_talks (README: host convening a meeting)"),
  ("United Nations", T, neu, "", "agreeing to attend the meeting = calling_for_talks (README)"))
U(d, "The coalition also says it will have the incident reviewed", "Assessment Team.",
  ("Saudi Arabia", N, neu, "", "own review procedure announced, reported in a question = neutral"))
U(d, "Spokesman: We welcome any step towards accountability", "made public.",
  ("United Nations", T, pos, "", "welcome + appeal for an independent, public review with no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "The Houthis say they will retaliate, and their military spokesman has advised", "leave the Emirates.",
  ("Houthis", C, neg, "United Arab Emirates", "threat of retaliation + warning to foreign companies in the UAE, reported in a question = condemning (threat)"))
U(d, "Spokesman: We want to see de-escalation from all sides, full stop.", "full stop.",
  ("United Nations", T, neu, "", "appeal to all sides"))
U(d, "Threats against civilians, wherever they live, are not acceptable.", "are not acceptable.",
  ("United Nations", C, neg, "Houthis", "'not acceptable' aimed at the threats just quoted = judgement (guide); target from the question's context (unsure: the Spokesman names no one)"))
U(d, "On Friday the Security Council condemned the attack on Abu Dhabi", "nothing about Saada.",
  ("United Nations", C, neg, "Houthis", "the Council's position reported in a question: Security Council = UN; the Abu Dhabi attack was claimed by the Houthis"))
U(d, "Spokesman: The Secretary-General's position on Saada", "is on the record.",
  ("United Nations", N, neu, "", "deflection, no new position = neutral"))
U(d, "Médecins Sans Frontières called the Saada strike a horrific act of violence.", "horrific act of violence.",
  ("Médecins Sans Frontières", C, neg, "", "judgement of the strike reported in a question; no perpetrator named in the sentence -> target empty"))
U(d, "Spokesman: I think the Secretary-General's words on Friday speak for themselves.", "speak for themselves.",
  ("United Nations", N, neu, "", "declines to add to the SG's words = neutral"))
U(d, "Mohammed Abdulsalam, the Houthis' chief negotiator, says there can be no talk", "bombing continues.",
  ("Houthis", C, neg, "Saudi Arabia", "refusing a political process in protest at the bombing (grievance stated) = condemning (README); the bombing is the coalition's"))
U(d, "Spokesman: The envoy is in touch with all sides", "keep at it.",
  ("United Nations", T, neu, "", "continuing contacts with all sides, Ansar Allah = Houthis named as a party, not a target"))
