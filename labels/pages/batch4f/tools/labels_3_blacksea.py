# ------------------------------------------------------------------ Black Sea Grain Initiative ended by Russia (UN SG statement + noon briefing readout, 2023-07-17)
d = "page_blacksea_grain_unreadout.txt"
U(d, "I profoundly regret the decision of the Russian Federation", "north-western Black Sea.",
  ("United Nations", C, neg, "Russia", "SG statement in the first person = UN; 'profoundly regret' aimed at Russia's decision = judgement without stock words (guide: 'regrettable')"))
U(d, "Since August last year, vessels sailing under the Initiative", "humanitarian wheat through it.",
  ("United Nations", N, neu, "", "figures given by the SG (WFP's tonnage relayed by him, not a WFP statement)"))
U(d, "Together with the Memorandum of Understanding on the export", "record highs of last year.",
  ("United Nations", N, pos, "", "praise of an arrangement the UN itself brokered = self-praise, neutral (labels/README); unsure: could be read as supporting"))
U(d, "Last week I wrote to President Vladimir Putin with new proposals", "they were set aside.",
  ("United Nations", C, neg, "Russia", "'deep disappointment' that Moscow set aside his proposals = mild judgement (unsure: could be neutral)"))
U(d, "The decision taken today will be paid for by the people", "what they earn on food.",
  ("United Nations", C, neg, "Russia", "judgement made by describing the harm of Russia's decision (guide rule 4 analogy)"))
U(d, "We will keep working to ensure that food and fertilizer", "without obstruction.",
  ("United Nations", T, neu, "", "commitment to keep facilitating exports of both sides = diplomatic course; 'The United Nations will not stop.' before it is no separate row"))
U(d, "I want to thank the Government of Türkiye", "made the Initiative possible.",
  ("United Nations", S, pos, "Turkey", "thanks/praise"))
U(d, "He said no vessels had left Ukrainian ports under the Initiative today", "on Sunday.",
  ("United Nations", N, neu, "", "spokesman = UN; facts"))
U(d, "The Joint Coordination Centre in Istanbul remains staffed", "he said.",
  ("United Nations", N, neu, "", "procedure; Istanbul = place; attribution tail"))
U(d, "The Security Council will meet on Ukraine at 3 p.m.", "on behalf of the Secretariat.",
  ("United Nations", N, neu, "", "programming note = plan/procedure"))
U(d, "Kremlin spokesman Dmitry Peskov said this morning", "were never kept.",
  ("Russia", C, neg, "", "transcript label 'Question: ' excluded; position of Russia reported inside a reporter's question; blame on unnamed parties -> target empty"))
U(d, "He also said Moscow would return to it the moment its own part was fulfilled.", "was fulfilled.",
  ("Russia", T, neu, "", "'He' = Peskov; conditional offer to return = calling_for_talks (labels/README: offering talks, even conditional)"))
U(d, "The Secretary-General's letter to President Putin contained concrete steps", "as quickly as possible.",
  ("United Nations", T, pos, "Russia", "'door remains open' + wish to resume = offer of talks addressed to Moscow"))
U(d, "Mr. Peskov also said the decision had nothing to do with", "the Crimean bridge.",
  ("Russia", N, neu, "", "denial of a link, inside a question"))
U(d, "We oppose any attacks on civilians or civilian infrastructure, wherever they occur.", "wherever they occur.",
  ("United Nations", T, neu, "", "'opposes any' aimed at no one = appeal (guide), not condemning"))
U(d, "President Erdoğan said today he believes President Putin wants the grain corridor", "meet in August.",
  ("Turkey", T, pos, "", "hope + plan to raise it with Putin = talks; Erdoğan named with role only (no state word)"))
U(d, "We are in close touch with our Turkish colleagues", "appreciate their work.",
  ("United Nations", S, pos, "Turkey", "appreciation of Turkey's work"))
U(d, "Kenya's foreign affairs principal secretary, Korir Sing'oei, called Russia's decision", "suffering from drought.",
  ("Kenya", C, neg, "Russia", "African state's judgement inside a question; 'knife in the back' (no stock word)"))
U(d, "I will let Member States characterize the decision in their own words.", "in their own words.",
  ("United Nations", N, neu, "", "declining to adopt Kenya's judgement, no appeal = neutral"))
U(d, "European Commission President Ursula von der Leyen called the move a cynical one", "solidarity lanes.",
  ("European Union", C, neg, "Russia", "judgement + backing for Ukraine's exports in one sentence: rule 1 -> condemning, one row"))
U(d, "Land routes are important, but they cannot replace the volumes", "through the Black Sea.",
  ("United Nations", N, neu, "", "assessment, no position on an actor"))
U(d, "President Zelenskyy said Ukraine was ready to keep shipping without Russia", "carry the corridor on together.",
  ("Ukraine", T, neu, "", "proposal of a format with the UN and Türkiye = calling_for_talks; Russia only mentioned"))
U(d, "Commercial shipping needs security, and without the guarantees of all parties", "take that risk.",
  ("United Nations", N, neu, "", "procedural reservation, no judgement"))
U(d, "The Secretary-General will continue to talk to everyone involved.", "everyone involved.",
  ("United Nations", T, neu, "", "commitment to talks with all"))
U(d, "Secretary of State Antony Blinken said Russia was using food as a weapon.", "as a weapon.",
  ("United States", C, neg, "Russia", "Blinken by role, no state word (US by context); accusation"))
U(d, "And Ukraine's Foreign Minister Dmytro Kuleba accused Moscow", "world's poorest hostage.",
  ("Ukraine", C, neg, "Russia", "Moscow = Russia; accusation"))
U(d, "Rebeca Grynspan and her team will continue to engage with Russian authorities", "ammonia exports.",
  ("United Nations", T, neu, "Russia", "Grynspan (UNCTAD head leading the UN's work on the Russia MoU) = UN; continued engagement with Moscow"))
