# ------------------------------------------------------------------ Operation Northern Shield: Security Council meeting on the tunnels under the Blue Line (UN meetings coverage, 2018-12-19)
d = "page_unsc_northernshield_tunnels2018_meetings.txt"
# Not statements: site menu, breadcrumb, document symbol, meeting number, headline and subheadline (they carry positions but
# are headlines), crosshead "Statements", the closing time line, "For information media", related documents, share bar, footer.
# Delegations appear as "the representative of X", "X's delegate", later "he", "she", "the speaker" = the delegation's state.
U(d, "The head of United Nations peacekeeping today told the Security Council", "from breaking.",
  ("United Nations", C, neg, "", "lede carrying a position: the tunnels 'breached' 1701 = judgement of an act; Lacroix names no perpetrator -> target empty; members' search for calm is narration"))
U(d, "Briefing the Council at a meeting requested by the United States", "into Israeli territory.",
  ("United Nations", N, neu, "", "findings of UNIFIL given by the briefer: facts. The US request and Israel's 4 December announcement are background in subordinate clauses: no rows"))
U(d, "United Nations Headquarters had written to Beirut", "he said.",
  ("United Nations", T, neu, "Lebanon", "asks the Lebanese authorities to act on the findings (no judgement word) + plans = calling_for_talks addressed to Lebanon"))
U(d, "He praised both armies for routing their complaints", "more likely.",
  ("United Nations", T, neg, "", "approval of both armies joined to an appeal to keep using the channels and a warning: welcome + peace appeal = calling_for_talks (rule 2 before 3); addressed to both -> target empty"))
U(d, "The Council also heard from Leila Farhat", "each side of the border.",
  ("Leila Farhat", C, neg, "", "invented civil-society briefer; judges both the tunnels and the Israeli works (judgement without stock words, both sides -> target empty) (unsure: could be read as neutral analysis)"))
U(d, "\"Residents of villages like Kfar Kila and Metula", "she said.",
  ("Leila Farhat", N, neg, "", "observation about residents, no judgement, no appeal"))
U(d, "\"What they need from this Council is a clear message", "by bulldozer.\"",
  ("Leila Farhat", T, neu, "", "quote continued in the next paragraph with no attribution = same speaker; appeal to keep the 2006 arrangements = calling_for_talks"))
U(d, "The representative of the United States said the tunnels were not an engineering curiosity", "funded by Iran.",
  ("United States", C, neg, "", "accusation of the group (named in the next unit) and of Iran as its funder: two actors -> target empty"))
U(d, "He called on the Government of Lebanon to take control", "emboldens Tehran.",
  ("United States", C, neg, "", "calls on Lebanon and the Council + 'silence only emboldens Tehran' = judgement (rule 1); several actors -> target empty"))
U(d, "Israel's delegate said his country had watched the digging for years", "side of the Blue Line.",
  ("Israel", N, neu, "", "account of its own conduct, no judgement"))
U(d, "He described the tunnels as an assault on Israel's sovereignty planned in Tehran", "as a terrorist organization.",
  ("Israel", C, neg, "", "accusation + demand for a terrorist listing (calls for measures = condemning); aimed at Hizbullah and Iran -> target empty"))
U(d, "The speaker also said the Force should be able to enter", "inside villages.",
  ("Israel", C, neg, "", "'The speaker' = Israel's delegate; demand on UNIFIL's access + accusation of arms stored in villages (rule 1); no actor named -> target empty"))
U(d, "Lebanon's representative said her Government had treated the reports", "stated publicly.",
  ("Lebanon", N, pos, "", "reassurance about own conduct and commitment to 1701 = neutral"))
U(d, "She went on to say that Israel had violated Lebanese airspace", "emergency session.",
  ("Lebanon", C, neg, "Israel", "accusation of violations + complaint of double standards"))
U(d, "Lebanon would cooperate with UNIFIL to verify the facts", "she said.",
  ("Lebanon", N, neu, "", "cooperation with the UN inquiry = neutral (as batch22a decided)"))
U(d, "The representative of France said the tunnels were a serious violation", "south of the Litani.",
  ("France", C, neg, "", "'serious violation' = judgement + calls on Lebanon (rule 1); the tunnels' builder not named -> target empty"))
U(d, "France stood by UNIFIL and would continue to support the Lebanese Armed Forces, he added.", "he added.",
  ("France", S, pos, "", "backing of the UN force and of Lebanon's army: two actors -> target empty"))
U(d, "The representative of the Russian Federation said his delegation did not question", "not through unilateral steps.",
  ("Russia", T, neu, "", "acknowledges Israel's right, then asks for the tripartite mechanism: appeal for a diplomatic course, no judgement"))
U(d, "The representative of the United Kingdom said her Government had proscribed Hizbullah", "control of the State.",
  ("United Kingdom", C, neg, "Hezbollah", "a sanction (proscription) + judgement of its tunnelling"))
U(d, "China's delegate urged the parties to exercise restraint", "dialogue and consultation.",
  ("China", T, neu, "", "restraint and dialogue, addressed to all"))
U(d, "The representative of Kuwait said Israel's daily incursions", "single out one party.",
  ("Kuwait", C, neg, "Israel", "Israel's incursions 'a breach' = judgement; caution about the Council's focus"))
U(d, "The Netherlands' representative welcomed the Force's swift investigation", "work with both armies.",
  ("Netherlands", S, pos, "United Nations", "welcome of UNIFIL's investigation = supporting (UNIFIL = United Nations)"))
U(d, "He expressed concern that the tunnels could undermine years of relative calm", "what the Council should do next.",
  ("Netherlands", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "The representative of Sweden said that all sides must avoid any step", "a tool for de-escalation.",
  ("Sweden", T, neu, "", "appeal to all to avoid escalation"))
U(d, "Bolivia's delegate said the Council could not address the tunnels while ignoring", "instability along the Line.",
  ("Bolivia", C, neg, "Israel", "accusation: occupation as the root of instability"))
U(d, "The representatives of Poland and Peru each said", "restore confidence.",
  ("Poland", T, neu, "", "two states as a list, one row each; 'unacceptable' aimed at any breach by anyone (no actor, no act of one side) = like 'opposes any escalation aimed at no one', an appeal; + hope for the talks = calling_for_talks (changed from condemning at the random re-check)"),
  ("Peru", T, neu, "", "as Poland"))
U(d, "The Council President for December, the representative of Côte d'Ivoire, said", "took up the matter again.",
  ("United Nations", N, neu, "", "speaking as the Council's chair (not in his national capacity) = the body; procedure"))
