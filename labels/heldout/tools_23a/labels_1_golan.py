# ------------------------------------------------------------------ US recognition of Israeli sovereignty over the Golan Heights (Reuters-style wire round-up, 2019-03-26)
d = "page_golan_recognition_wire.txt"
U(d, "Syria said on Tuesday that Washington's recognition", "hailed as historic.",
  ("Syria", C, neg, "United States", "dateline excluded; long lead: Syria's judgement of the US act (Washington = metonym); 'Arab governments, Iran and Turkey lined up' is a summary of later paragraphs (their rows are given there, not here)"),
  ("Israel", S, pos, "United States", "same lead: 'Israel hailed as historic' = approval of the US decision (one row per actor)"))
U(d, "President Donald Trump signed the proclamation on Monday", "into U.S. policy.",
  ("United States", S, neu, "Israel", "a specific act reported as done: formal recognition of Israel's annexation = backing by act; narrated, neutral tone"))
U(d, "\"Israel has waited half a century for this, and today it gets it,\" Trump told reporters", "than the United States.",
  ("United States", S, pos, "Israel", "quote + praise of the alliance = supporting"))
U(d, "He accused Iran of entrenching its forces and proxies", "to Israeli security.",
  ("United States", C, neg, "Iran", "'He' = Trump; accusation of Iran (forces and proxies near the ceasefire line)"))
U(d, "Netanyahu, who faces a close election on April 9, thanked Trump", "remain Israeli for ever.",
  ("Israel", S, pos, "United States", "surname only; thanks for the decision = supporting; 'never give up' is his own stance in the same sentence"))
# 'He cut his Washington visit short after a rocket …' = narration of Netanyahu's schedule, no position: no row.
U(d, "Benny Gantz, the former armed forces chief who leads the centrist Blue and White alliance", "whoever won the vote.",
  ("Blue and White", S, pos, "United States", "opposition alliance as its own actor (party); welcome of the recognition"))
U(d, "The State Department said it would update its maps", "several weeks.",
  ("United States", N, neu, "", "plan/procedure, no evaluation"))
U(d, "\"The American administration is disposing of land", "the state news agency SANA.",
  ("Syria", C, neg, "United States", "unnamed source of a named ministry = Syria; SANA only carries the statement"))
U(d, "Damascus has asked for an urgent session of the U.N. Security Council", "said in New York.",
  ("Syria", T, neg, "", "Damascus = metonym; asking for a Council session = pursuing the UN track (calling_for_talks, as pursuing a UN resolution in labels/README); unsure: a protest step"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov said the recognition flew in the face", "harder to reach.",
  ("Russia", C, neg, "United States", "'flew in the face of Security Council resolutions' = judgement of the US act; Moscow = place"))
U(d, "Russia would raise the matter at the session requested by Damascus", "the foreign ministry said in a statement.",
  ("Russia", N, neu, "", "attribution tail; a procedural plan, no evaluation in the sentence"))
U(d, "\"Washington cannot give away what it does not own", "wrote on Twitter.",
  ("Turkey", C, neg, "United States", "quote before the speaker; 'null' = judgement"))
U(d, "President Tayyip Erdogan, campaigning ahead of Sunday's local elections", "rally member states against it.",
  ("Turkey", T, neg, "United States", "taking the issue to the UN = pursuing the UN track (calling_for_talks); 'rally member states against it' makes it a protest step (unsure: could be condemning); Ankara = metonym"))
U(d, "Iran's foreign ministry spokesman Bahram Qasemi described the recognition", "cycle of instability.",
  ("Iran", C, neg, "United States", "'unlawful present to an occupying power' = judgement"))
# 'Even Washington's closest Arab partners … distanced themselves' = vague collective summarising the paragraphs below: no row.
U(d, "Saudi Arabia said it firmly rejected the proclamation", "by the state news agency SPA.",
  ("Saudi Arabia", C, neg, "United States", "'firmly rejected … ran counter to the U.N. Charter' = judgement; SPA only carries it"))
U(d, "The kingdom said the move would set back efforts", "further instability.",
  ("Saudi Arabia", N, neg, "", "'the kingdom' = Saudi Arabia by context; warning of consequences without an appeal and without a threatened response = neutral, negative (guide: concern without appeal)"))
U(d, "Kuwait and Qatar also rejected the U.S. move in separate statements", "under Israeli occupation.",
  ("Kuwait", C, neg, "United States", "list of two states: one row each; rejection = judgement"),
  ("Qatar", C, neg, "United States", "same sentence, second listed state"))
U(d, "Egypt's foreign ministry said Cairo continued to regard the Golan as occupied territory", "Security Council resolutions.",
  ("Egypt", T, neu, "", "restated position + appeal for a just peace, no judgement word aimed at an actor = calling_for_talks (unsure: 'occupied' could be read as a judgement of Israel); Cairo = metonym"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit told reporters in Cairo", "consensus on the conflict.",
  ("Arab League", C, neg, "United States", "'legally void' + US 'outside the international consensus' = judgement; Cairo = place"))
U(d, "He said Arab leaders would take up the issue at the league's summit", "on Sunday.",
  ("Arab League", N, neu, "", "'He' = Aboul Gheit; summit agenda = plan, neutral"))
U(d, "Jordanian Foreign Minister Ayman Safadi said on Twitter that lasting peace", "in line with U.N. resolutions.",
  ("Jordan", T, neu, "Israel", "demand addressed to one side (withdrawal) framed as the condition of peace, no judgement word = calling_for_talks (labels/README: 'Azerbaijan must immediately cease' pattern); unsure"))
U(d, "In Beirut, Hezbollah leader Sayyed Hassan Nasrallah said", "regain occupied land.",
  ("Hezbollah", C, neg, "United States", "judgement of the US decision + armed resistance as the answer (threat); Beirut = place"))
U(d, "The European Union does not recognize Israeli sovereignty over any territory", "told reporters in Brussels.",
  ("European Union", C, neu, "Israel", "unnamed spokeswoman of a named official = EU; non-recognition of the annexation = rejection (condemning) in plain diplomatic tone; attribution tail (unsure: could be a neutral restatement, like the UN's below)"))
U(d, "A British government spokesman said London's position on the Golan had not changed", "plans to review it.",
  ("United Kingdom", N, neu, "", "unchanged position with no evaluation = neutral; London = metonym"))
U(d, "France's foreign ministry said Paris would not recognize the annexation", "incompatible with international law.",
  ("France", C, neg, "United States", "non-recognition + 'incompatible with international law' = judgement of the US step; Paris = metonym"))
U(d, "U.N. spokesman Stephane Dujarric said Secretary-General Antonio Guterres considered", "Security Council resolutions.",
  ("United Nations", N, neu, "", "spokesman for the SG; legal status unchanged, policy unchanged: no judgement word, no appeal = neutral (unsure, see the EU row)"))
U(d, "In Beijing, foreign ministry spokesman Geng Shuang said China hoped", "tensions in the region.",
  ("China", T, neu, "", "hope + appeal to all sides, no judgement = calling_for_talks; Beijing = place"))
U(d, "U.S. Secretary of State Mike Pompeo defended the move", "more likely, not less.",
  ("United States", N, pos, "", "defence of one's own decision = self-justification (neutral, positive), as batch5c treated Wang's justification of drills"))
