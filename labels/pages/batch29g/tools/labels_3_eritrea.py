# ------------------------------------------------------------------ HRC dialogue with the Commission of Inquiry on Eritrea (UN meetings coverage, 2016-06-21)
d = "page_eritrea_coi_hrcdialogue2016_unmeetings.txt"
# Not statements: site header, breadcrumb, session line, date, headline, subheadline, closing marks, disclaimer.
# "GENEVA, 21 June -- The Human Rights Council this afternoon held an interactive dialogue ..." = narration of the meeting, no row.
U(d, "Introducing the report, Mike Smith, Chair of the Commission, said", "still going on.",
  ("United Nations", C, neg, "Eritrea", "the Commission of Inquiry = UN body; finding of enslavement, torture = judgement"))
U(d, "He said the Commission had kept confidential files", "its own accountability mechanism.",
  ("United Nations", C, neg, "Eritrea", "pronoun -> Smith; recommending ICC referral = a measure against the state (unsure: could be read as procedure)"))
U(d, "\"Eritreans who spoke to us did so at real risk", "Mr. Smith said.",
  ("United Nations", T, neg, "", "multi-sentence quote; appeal to the Council for real follow-up, no judgement of an actor (rule 2) = talks, negative (unsure: could be read as a judgement on inaction)"))
U(d, "Commissioner Sheila B. Keetharuth, who is also the Special Rapporteur on Eritrea, said", "access to the country.",
  ("United Nations", N, neg, "Eritrea", "refusal of access reported as fact, no evaluative word (unsure: complaint = condemning)"))
U(d, "Speaking as the country concerned, the representative of Eritrea said", "his delegation knew.",
  ("Eritrea", C, neg, "United Nations", "attacks the report as politically motivated = judgement on the Commission (not a bare denial)"))
U(d, "He said Eritrea had begun to apply its new civil and penal codes", "on a technical basis.",
  ("Eritrea", N, pos, "", "own reforms + openness to technical cooperation = self-praise/reassurance, neutral"))
U(d, "The speaker said thousands of Eritreans had come to Geneva", "themselves in the report.",
  ("Eritrea", N, neg, "", "'the speaker' = Eritrea's delegate; rejection of the findings via the diaspora = denial, neutral"))
U(d, "The representative of Djibouti said his country", "resolution on the follow-up.",
  ("Djibouti", S, neu, "United Nations", "backing the Commission's conclusions + tabling a follow-up draft = supporting; POW mention = background"),
  ("Somalia", S, neu, "United Nations", "Somalia's co-tabling reported by Djibouti = Somalia's act (guide: a position of X reported by Y)"))
U(d, "Somalia's representative said the Horn of Africa could not build a lasting peace", "the follow-up it demanded.",
  ("Somalia", C, neg, "Eritrea", "'grave crimes went unanswered' = judgement; appeal for follow-up (rule 1)"))
U(d, "Speaking on behalf of the European Union, the representative of the Netherlands said", "let the Special Rapporteur in.",
  ("European Union", T, neg, "Eritrea", "Netherlands speaking for the EU = EU; 'deeply troubled' (concern) + appeals, no explicit judgement = talks"))
U(d, "The representative of the United States said the Commission had laid out abuses", "a clear path toward accountability.",
  ("United States", C, neg, "Eritrea", "'no government could justify' = judgement without stock words"))
U(d, "He added that the United States would continue to engage Asmara", "openings for change.",
  ("United States", T, neu, "Eritrea", "speaker carried over; continued engagement = diplomatic course"))
U(d, "The United Kingdom's representative commended the commissioners", "co-sponsor the draft resolution.",
  ("United Kingdom", S, pos, "United Nations", "praise of the commissioners + co-sponsorship = supporting by act"))
U(d, "Switzerland's representative said it was alarmed by the persistence", "it preferred.",
  ("Switzerland", N, neg, "", "alarm with no appeal = neutral, negative"))
U(d, "Norway's representative encouraged Eritrea to turn its engagement", "the way forward.",
  ("Norway", T, neu, "Eritrea", "encouragement + dialogue = talks"))
U(d, "The representative of China said country-specific mechanisms imposed", "its development priorities.",
  ("China", C, neg, "", "opposes imposed mechanisms = rejection of a format in protest; target: the mechanism, not one canonical actor -> empty"))
U(d, "Speaking next, the representative of Cuba said her delegation rejected selective", "developing countries.",
  ("Cuba", C, neg, "", "rejection of 'politically motivated' mandates = judgement; no single actor targeted"))
U(d, "The representative of Venezuela said the report was part of a pattern of pressure", "people of Eritrea.",
  ("Venezuela", C, neg, "", "judgement of the report + solidarity with Eritrea: the judgement decides (rule 1); two targets -> empty"))
U(d, "Belarus' speaker said the Commission had gone beyond its mandate", "taken as objective.",
  ("Belarus", C, neg, "United Nations", "judgement on the Commission"))
U(d, "The representative of Sudan said his country, which hosts many Eritrean refugees", "referral to any court.",
  ("Sudan", T, neu, "Eritrea", "preference for dialogue over referral = talks"))
U(d, "Ethiopia's representative said Ethiopia shared the Commission's concern", "act on the recommendations.",
  ("Ethiopia", S, neu, "United Nations", "shares the Commission's concern + asks the Council to act on it = backing the Commission (unsure: concern + appeal could be talks)"))
U(d, "Among the non-governmental organizations, Human Rights Watch said", "referral to the Security Council.",
  ("Human Rights Watch", T, neu, "", "appeal to act on the report and back a referral (a UN procedure), no explicit judgement = talks (unsure: pressing for referral could be condemning)"))
U(d, "Saba Haile, a former conscript who spoke for a diaspora association", "when she could leave.",
  ("Saba Haile", N, neg, "", "invented witness; her own experience = facts, grim tone"))
U(d, "\"The report says what we lived.", "she said.",
  ("Saba Haile", S, neg, "United Nations", "endorses the report + pleads to keep the file open = backing the Commission"))
U(d, "Helen Ogbazghi, a law professor who addressed a side event", "the most credible next step.",
  ("Helen Ogbazghi", S, pos, "United Nations", "invented scholar; endorses the finding as sound + AU mechanism = approval of the Commission's work"))
U(d, "In concluding remarks, Mr. Smith said the Commission had never argued", "to change course.",
  ("United Nations", N, neu, "", "clarification of the Commission's position on aid, no judgement or appeal (unsure: the last clause presses Asmara)"))
# "The Council will vote on the draft resolution on 1 July." = procedure from no speaker, no row.
