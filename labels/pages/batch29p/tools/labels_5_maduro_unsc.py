# ------------------------------------------------------------------ Security Council emergency meeting after the US capture of Maduro (UN meetings coverage, 2026-01-05)
d = "page_venezuela_maduro_capture_unsc2026_unmeetings.txt"
# Not statements: page header, meeting line, headline and subheadline (they carry positions: no row), "Briefings"/"Statements"
# crossheads, closing times, "For information media" line.
# "The Security Council met in emergency session this morning, two days after United States forces struck ..." = narration of
# the event that the meeting is about, no row.
U(d, "The meeting, held under the agenda item", "supported by China and the Russian Federation.",
  ("Colombia", T, neu, "", "requesting a Council meeting = asking for a diplomatic course (procedural, unsure: could be neutral)"),
  ("China", T, neu, "", "supporting the request for a meeting"),
  ("Russia", T, neu, "", "'the Russian Federation'; supporting the request for a meeting"))
# "ROSEMARY DICARLO ... delivered a statement on behalf of ..." = narration, no row.
U(d, "The Secretary-General was gravely alarmed by the military action", "remained unknown.",
  ("United Nations", N, neg, "", "alarm + unknown toll, no appeal in the sentence = neutral, negative"))
U(d, "Whatever one's view of the Government in Caracas, she continued,", "turned against any country.",
  ("United Nations", C, neg, "United States", "speaker carried ('she continued'); judgement of the raid as a precedent, no stock word"))
U(d, "She urged all parties to exercise restraint", "through inclusive dialogue.",
  ("United Nations", T, neu, "", "restraint, civilians, dialogue = calling_for_talks"))
U(d, "ANA LUCÍA MENDÍVIL, professor of international law", "arrest a sitting president.",
  ("Ana Lucía Mendívil", C, neg, "United States", "invented scholar briefing; legal judgement of the raid"))
U(d, "\"If this becomes the rule, the Charter becomes a suggestion,\"", "tested without bombs.",
  ("Ana Lucía Mendívil", C, neg, "United States", "quote + 'adding'; judgement continued"))
U(d, "She nonetheless said that the Venezuelan authorities bore heavy responsibility", "human rights investigators.",
  ("Ana Lucía Mendívil", C, neg, "Venezuela", "'bore heavy responsibility' = judgement"))
U(d, "The representative of Colombia said her Government considered the strikes an affront", "not only Venezuela.",
  ("Colombia", C, neg, "United States", "'an affront' = judgement"))
U(d, "Venezuelans alone, she said, had the right to decide who governs them", "in the region.",
  ("Colombia", T, neg, "United States", "non-interference line + appeal to halt military action, no judgement word in this sentence"))
U(d, "The representative of the United States said the operation had been a precise law-enforcement action", "how he could leave.",
  ("United States", C, neg, "Venezuela", "defence of own action + charge against Maduro ('indicted narco-trafficker') = judgement on Venezuela's leader"))
U(d, "\"We have not come to conquer anyone;", "tens of thousands of them.",
  ("United States", C, neg, "Venezuela", "'cartel boss' + vow to keep acting = judgement and threatened response"))
U(d, "The speaker said the United States stood ready to support a peaceful transition", "in July 2024.",
  ("United States", S, pos, "", "'the speaker'; offer of support for a transition (the opposition, non-canonical) = supporting (unsure: could be calling_for_talks)"))
U(d, "The representative of the Russian Federation said nothing in international law allowed", "lawfully elected leader.",
  ("Russia", C, neg, "United States", "judgement of the raid as unlawful, no stock word"))
U(d, "Moscow demanded the immediate release of President Maduro", "through dialogue.",
  ("Russia", T, neg, "United States", "Moscow = metonym; demand for release + dialogue, no judgement in this sentence"))
U(d, "China's delegate said Beijing was stunned by the raid", "a smaller neighbour.",
  ("China", C, neg, "United States", "'firmly opposed the use of force by a major Power' aimed at an actor = judgement"))
U(d, "He called on the United States to release Mr. Maduro and Ms. Flores", "the Government of Venezuela.",
  ("China", C, neg, "United States", "appeal joined to the charge of trying to overthrow a government: rule 1"))
U(d, "The representative of the United Kingdom said Mr. Maduro had clung to office", "repression to millions.",
  ("United Kingdom", C, neg, "Venezuela", "judgement of Maduro's rule"))
U(d, "At the same time, he said, the United Kingdom expected all States", "closely.",
  ("United Kingdom", T, neu, "", "appeal to all (including allies) to respect international law, no judgement = calling_for_talks (unsure)"))
U(d, "Denmark's representative said her delegation was deeply concerned", "small States most of all.",
  ("Denmark", N, neg, "", "concern + a principle recalled, no appeal and no named culprit = neutral, negative (unsure)"))
U(d, "The representative of France said the operation ran counter to the principle", "July 2024 election.",
  ("France", C, neg, "", "judgement of the US raid + non-recognition of Maduro's election: two targets -> empty"))
U(d, "Speaking for Panama, the representative said his country had long hoped", "free elections.",
  ("Panama", T, pos, "", "hope for democracy + appeal to all Venezuelan actors for a transition = calling_for_talks"))
U(d, "Pakistan's delegate said that respect for sovereignty and territorial integrity could not be applied selectively", "further escalation.",
  ("Pakistan", T, neg, "", "principle + appeal to prevent escalation; the 'selectively' jab names no one (unsure)"))
U(d, "The representative of Latvia said her country supported the Venezuelan people's aspiration", "human rights.",
  ("Latvia", S, pos, "", "support for the people's aspiration (not an actor) -> target empty"))
U(d, "Greece's representative said the situation should be resolved by peaceful means", "international law.",
  ("Greece", T, neu, "", "peaceful settlement"))
U(d, "The representative of Bahrain said his country was following developments", "Venezuela soon.",
  ("Bahrain", T, pos, "", "hope that stability returns = calling_for_talks (guide: hopes)"))
U(d, "The representative of Somalia, speaking in his national capacity, said", "could be heard.",
  ("Somalia", N, neu, "", "procedural line = neutral"))
U(d, "The representative of Venezuela said the Bolivarian Republic had been the victim", "breach of the Charter.",
  ("Venezuela", C, neg, "United States", "'illegitimate armed attack' = judgement"))
U(d, "\"They bombed our cities on the first weekend of the year", "he said.",
  ("Venezuela", C, neg, "United States", "accusation by describing the attack"))
U(d, "The speaker demanded that the Council condemn the attack", "\"by every means the Charter allows\".",
  ("Venezuela", C, neg, "United States", "'the speaker'; demand for condemnation + warning of self-defence = threatened response"))
U(d, "The representative of Cuba said that dozens of Cuban nationals had been killed", "act of State terrorism.",
  ("Cuba", C, neg, "United States", "toll + 'State terrorism' = judgement"))
U(d, "Brazil's representative said his Government had received the news with the gravest concern", "in decades.",
  ("Brazil", C, neg, "United States", "concern joined to a judgement ('crossed a line'): the judgement decides"))
U(d, "The representative of Mexico called for dialogue and negotiation", "zone of peace.",
  ("Mexico", T, neu, "", "dialogue and negotiation"))
U(d, "Argentina's delegate said his Government welcomed the end of what he called a criminal dictatorship", "won the 2024 vote.",
  ("Argentina", C, neg, "Venezuela", "welcome joined to a judgement ('criminal dictatorship'): rule 1 makes it condemning; target = Maduro's government"))
# "The meeting began at 10:05 a.m. and ended at 1:48 p.m." = procedure of the page, no row.
