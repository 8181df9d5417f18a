# ------------------------------------------------------------------ Security Council open debate after the Wadi al-Hummus demolitions (UN meetings coverage, 23 July 2019)
d = "page_unsc_wadialhummus_demolitions2019_meetings.txt"
# Not statements: UN banner, breadcrumb, section lines, date, headline, subheadline, crosshead "Statements", meeting times,
# "For information media", related documents, social prompt, copyright.
U(d, "Buildings torn down in a Palestinian neighbourhood on the southern edge of Jerusalem", "dangerous political stalemate.",
  ("", C, neg, "", "lede carrying a position of 'many speakers' (unnamed) = kept as an unnamed-speaker example, never counts"))
U(d, "Rosemary DiCarlo, Under-Secretary-General for Political and Peacebuilding Affairs, said the demolition", "hundreds of people.",
  ("United Nations", N, neg, "", "facts of the demolition and its toll given by the UN official"))
U(d, "She said tearing down Palestinian-owned homes", "pushed off their land.",
  ("United Nations", C, neg, "Israel", "'ran against the duties Israel bears' = judgement without stock words"))
U(d, "Turning to Gaza, she said the humanitarian situation remained dire", "another round of hostilities.",
  ("United Nations", T, neg, "", "concern + appeal to all parties"))
U(d, "\"Without a political horizon, every month of drift", "she told the Council.",
  ("United Nations", T, neg, "", "appeal to leaders to act towards negotiations"))
U(d, "The Council also heard from Rania Khoury", "before the bulldozers came.",
  ("Rania Khoury", N, neg, "", "invented civil-society briefer; facts about permits and the legal process, no explicit judgement"))
U(d, "Ms. Khoury said the families she represented were now sleeping", "such demolitions must stop.",
  ("Rania Khoury", T, neg, "", "appeal that demolitions stop, no judgement word = calling_for_talks (labels/README: a demand to stop with no judgement)"))
U(d, "The Permanent Observer of the State of Palestine said the destruction", "expected no consequence.",
  ("Palestine", C, neg, "Israel", "'war crime', 'grave breach'"))
U(d, "He called on the Council to uphold its own resolution 2334", "hold Israel accountable.",
  ("Palestine", C, neg, "Israel", "call for measures to hold Israel accountable = call for sanctions (condemning)"))
U(d, "The representative of Israel devoted most of his statement to Iran", "main threat to peace.",
  ("Israel", C, neg, "Iran", "accusation of Iran"))
U(d, "On the demolitions, he said the buildings had been put up illegally", "after years of proceedings.",
  ("Israel", N, neg, "", "justification of its own act, a rebuttal; no judgement on another actor = neutral (the 'illegally' is about buildings, not an actor)"))
U(d, "The representative of Kuwait, speaking also as the Arab member of the Council", "speak with one voice on them.",
  ("Kuwait", C, neg, "Israel", "condemns the demolitions (Israel's act)"))
U(d, "The representative of Indonesia said the bulldozing of family homes", "for a Council response.",
  ("Indonesia", C, neg, "Israel", "'blatant disregard of international law'"))
U(d, "The representative of South Africa said the destruction in Sur Baher reminded", "halt all demolitions and evictions immediately.",
  ("South Africa", C, neg, "Israel", "comparison with apartheid removals = judgement (rule 1 over the appeal)"))
U(d, "The representative of the United States said the Administration would soon present", "not to prejudge it.",
  ("United States", N, neu, "", "plan announced + procedural request not to prejudge; no peace appeal to parties (unsure: could be calling_for_talks)"))
U(d, "He said the Council's sessions too often singled out Israel", "did nothing to help Palestinians.",
  ("United States", C, neg, "United Nations", "judgement of the Council's practice (target the UN body) while rocket fire is also blamed"))
U(d, "The representatives of France, Germany, Belgium, Poland and the United Kingdom delivered a joint statement", "called on Israel to stop them.",
  ("France", C, neg, "Israel", "joint statement by a list of states: 'contrary to international humanitarian law' = judgement; one row per state"),
  ("Germany", C, neg, "Israel", "same joint statement"),
  ("Belgium", C, neg, "Israel", "same joint statement"),
  ("Poland", C, neg, "Israel", "same joint statement"),
  ("United Kingdom", C, neg, "Israel", "same joint statement"))
U(d, "The speaker for the United Kingdom added, in his national capacity", "schools and clinics.",
  ("United Kingdom", S, pos, "United Nations", "funding announced for UNRWA = backing by act (UNRWA is a UN agency)"))
U(d, "China's representative said a just settlement could only come through dialogue", "international peace conference.",
  ("China", T, neu, "", "dialogue + peace conference"))
U(d, "The representative of the Russian Federation said unilateral steps by any side", "participation of regional States.",
  ("Russia", T, neg, "", "criticism of 'any side' (no actor) + proposal of a Quartet meeting = calling_for_talks"))
U(d, "The delegate of Jordan said his country rejected the demolitions", "status quo of its holy sites.",
  ("Jordan", C, neg, "Israel", "rejects + 'violation of international law'"))
U(d, "The representative of Egypt said his country was deeply concerned", "on the ground.",
  ("Egypt", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "The observer for the European Union said the bloc expected the Israeli authorities to halt demolitions", "meaningful negotiations.",
  ("European Union", T, neg, "Israel", "demand to halt + readiness for negotiations, no judgement word ('in line with their obligations' is an appeal, not a verdict) = calling_for_talks (unsure)"))
U(d, "Speaking for the Organisation of Islamic Cooperation, its observer said", "their leadership.",
  ("Organisation of Islamic Cooperation", S, pos, "Palestine", "solidarity"))
U(d, "The representative of Iran rejected the remarks of the Israeli delegate", "divert attention from the occupation.",
  ("Iran", C, neg, "Israel", "denial joined to a judgement ('intended to divert', 'the occupation') = condemning rather than a bare denial"))
