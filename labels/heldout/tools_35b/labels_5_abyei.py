# ------------------------------------------------------------------ Sudanese army takes Abyei (UN noon briefing transcript, 2011-05-23)
d = "page_abyei_un_noonbriefing.txt"
# Not statements: skip link, UN banner, languages, menu, title, date, transcript note, greeting, "**" section heads,
# "Question:" lines that carry no reported position, the bracketed editorial note, "* *** *", "For information media",
# related documents, share, footer. Journalists are not actors; the spokesperson speaks for the United Nations.
# "I will start with Sudan and the situation in Abyei, where the Sudan Armed Forces took control ..." : narration (no row)
U(d, "The Secretary-General is deeply alarmed by the military takeover", "violence in the area.",
  ("United Nations", N, neg, "", "alarm without an appeal in this sentence = neutral, negative"))
U(d, "He condemns the shelling of the compound of the UN Mission in Sudan", "from the Abyei area immediately.",
  ("United Nations", C, neg, "Sudan", "condemnation + demand to withdraw addressed to Khartoum's government: rule 1"))
U(d, "The Secretary-General also calls on both the Government of Sudan and the Government of Southern Sudan", "Comprehensive Peace Agreement.",
  ("United Nations", T, neu, "", "restraint and talks, both sides -> target empty"))
U(d, "The UN Mission says that armed elements are burning and looting", "in Abyei town.",
  ("United Nations", N, neg, "", "UNMIS = United Nations; facts reported"))
U(d, "The Mission condemns these acts in the strongest terms.", "in the strongest terms.",
  ("United Nations", C, neg, "", "'these acts' of unnamed 'armed elements' -> target empty"))
U(d, "Abyei is now under the control of the Sudan Armed Forces, and the Mission has told", "is its responsibility.",
  ("United Nations", C, neg, "Sudan", "holding the government responsible = condemning"))
U(d, "The Office for the Coordination of Humanitarian Affairs (OCHA) tells us", "remains very limited.",
  ("United Nations", N, neg, "", "OCHA = United Nations; figures of the displaced"))
# "As you know, members of the Security Council ... issued a statement in Khartoum yesterday, read out by ... Araud." : lead-in (no row)
U(d, "In it, Council members denounced the Sudan Armed Forces' military push", "leave Abyei at once.",
  ("United Nations", C, neg, "Sudan", "Council members' statement = United Nations; SAF = Sudan (an army speaks for its state)"))
U(d, "Council members also condemned the attack of 19 May on an UNMIS convoy", "a crime against the UN.",
  ("United Nations", C, neg, "", "the attackers are not named in the sentence (southern forces by other accounts) -> target empty"))
U(d, "Council members also rejected the Government's decision to dissolve", "between the parties.",
  ("United Nations", C, neg, "Sudan", "rejection of a unilateral act + call to restore it: rule 1"))
U(d, "On the diplomatic front, the African Union High-Level Implementation Panel", "security arrangements for Abyei.",
  ("African Union", T, neu, "", "AU panel = African Union; Mbeki chairs it (not an alias: a former head of state); convening talks"))
U(d, "The Secretary-General fully supports the Panel's efforts", "with both parties.",
  ("United Nations", S, pos, "African Union", "support for the AU panel's mediation"))
U(d, "Question: Martin, Khartoum says the southern army started all of this", "on Thursday.",
  ("Sudan", C, neg, "South Sudan", "a position reported inside a journalist's question: Khartoum (metonym) blames the southern army (SPLA = South Sudan)"))
U(d, "Spokesperson: Well, the Council members have condemned that attack", "has also condemned it.",
  ("United Nations", C, neg, "", "the convoy attack, no perpetrator named by the spokesperson -> target empty"))
U(d, "But what we are seeing now is a full-scale military takeover of the area", "calling on the Government to reverse.",
  ("United Nations", T, neg, "Sudan", "demand addressed to one side with no judgement word = calling_for_talks, negative (unsure: 'full-scale military takeover' could be read as a judgement)"))
U(d, "Spokesperson: The Mission has not been able to establish who exactly is responsible", "has to take responsibility.",
  ("United Nations", C, neg, "Sudan", "no culprit for the looting, but the government is held responsible"))
U(d, "Question: The Sudanese Foreign Ministry put out a statement over the weekend", "aggression by the SPLA.",
  ("Sudan", C, neg, "", "reported inside a question: accuses the UN and calls the SPLA's acts aggression -> two actors targeted, target empty"))
# "Spokesperson: I've seen those reports. I would simply point you to the statements ..." : non-answer (no row)
# "Question: And what about President Bashir's decree ...?" : a question, the decree only mentioned (no row)
# "Spokesperson: The Council members have spoken on the decree." : reference back (no row)
U(d, "The Secretary-General's position is that the status of Abyei has to be settled by agreement", "unilateral steps.",
  ("United Nations", T, neu, "", "settlement by agreement, not force = calling_for_talks"))
U(d, "Question: There's a report from Juba that the southern army has called this an invasion.", "called this an invasion.",
  ("South Sudan", C, neg, "Sudan", "the southern army's charge reported in a question; Juba = place"))
U(d, "Spokesperson: The southern leadership has said publicly that it does not intend to be drawn into a war, and we welcome that.", "we welcome that.",
  ("South Sudan", T, neu, "", "the South's pledge reported by the spokesperson = South Sudan's own position (no war)"),
  ("United Nations", S, pos, "South Sudan", "welcome of the pledge (no appeal in this sentence) = supporting"))
U(d, "We want both sides to stick to it.", "stick to it.",
  ("United Nations", T, neu, "", "appeal to both sides"))
U(d, "Spokesperson: Both were treated at the UNMIS clinic in Abyei and are in stable condition.", "in stable condition.",
  ("United Nations", N, neu, "", "facts on its own staff"))
# "I don't have the nationalities with me ...", the Council meeting question and answer: procedure (no rows)
U(d, "The Government of Sudan said the Sudan Armed Forces had moved into Abyei", "breach of earlier agreements.",
  ("Sudan", C, neg, "South Sudan", "justification by accusing the southern forces of a breach"))
U(d, "Amin Hassan Omar, Minister of State for Presidential Affairs, told reporters in Khartoum", "stood by the peace agreement.",
  ("Sudan", C, neg, "South Sudan", "an operation announced against southern units (the threat/measure decides over the CPA pledge); Khartoum = place"))
U(d, "In Juba, the Sudan People's Liberation Army (SPLA) spokesman, Philip Aguer, said", "whatever followed.",
  ("South Sudan", C, neg, "Sudan", "SPLA = South Sudan (name files); 'the north' = Sudan; invasion + responsibility"))
U(d, "Pagan Amum, the Secretary-General of the Sudan People's Liberation Movement", "northern troops withdrew.",
  ("South Sudan", T, neu, "", "party leader who is also a southern government minister = South Sudan (unsure: the SPLM could be its own actor); no war + appeal to the Council"))
U(d, "The White House said in a statement that the United States condemned", "Washington and Khartoum.",
  ("United States", C, neg, "Sudan", "condemnation + warning about normalisation (threat); Washington and Khartoum = the two governments as objects"))
U(d, "The United Kingdom's Minister for Africa, Henry Bellingham, said", "both sides to talk.",
  ("United Kingdom", T, neg, "", "concern + appeals (to Sudan, then both), no judgement word -> target empty"))
U(d, "The European Union's High Representative, Catherine Ashton, said", "held to account.",
  ("European Union", C, neg, "", "'unacceptable' + accountability, no actor named"))
# Abyei background paragraph, "Guests at noon tomorrow": no rows
