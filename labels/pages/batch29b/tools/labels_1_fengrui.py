# ------------------------------------------------------------------ The "709" detentions of Fengrui lawyers, Beijing (state news agency copy, 2015-07-14)
d = "page_china_fengrui_lawfirm2015_stateagency.txt"
# Not statements: site menu, section line, headline, editor/time line, Related links, print/copyright line.
U(d, "Public security organs under the direction of the Ministry", "the ministry said on Tuesday.",
  ("China", C, neg, "", "dateline excluded; the ministry's accusation of a 'criminal ring' (judgement without stock words); target a non-canonical group -> empty"))
U(d, "The Beijing Fengrui Law Firm, its director Zhou Shifeng", "according to a statement released by the ministry.",
  ("China", N, neu, "", "second-hand attribution tail; the coercive measures reported as a procedure, the accusation is in the lead (unsure: could be condemning as a measure taken)"))
U(d, "Since 2012 the group had taken up more than 40 cases", "to put pressure on judges.",
  ("China", C, neg, "", "'the statement said' mid-sentence; accusation of staged campaigns"))
U(d, "The ministry said the firm's leaders had treated the law", "would not otherwise reach.",
  ("China", C, neg, "", "reported clause: only the ministry's position; judgement with no stock word"))
U(d, "Investigators found that the ring divided its work", "told Xinhua.",
  ("China", C, neg, "", "an unnamed officer of a named state body speaks for China; describing the ring's organisation = accusation; the agency is not an actor"))
# "Around 20 people had been questioned ... The case is under further investigation." = figures from no named speaker, no row.
U(d, "The ministry urged anyone with information", "as the law requires.",
  ("China", N, neu, "", "procedure: appeal for information and notice to families; not an appeal for talks"))
# "On the same day, State Councilor ... delivered an important speech." = narration of a meeting, no row.
U(d, "Guo stressed that no organization or individual", "strictly in accordance with the law.",
  ("China", C, neg, "", "minister with long title, then surname; warning of strict treatment = threatened response"))
U(d, "\"Lawyers are an important force in building the rule of law.", "Guo said.",
  ("China", C, neg, "", "multi-sentence quote closed by its speaker; 'must bear the consequences' = judgement and threat against a few lawyers"))
U(d, "He said public security organs at all levels must handle", "in good time.",
  ("China", N, neu, "", "pronoun = Guo; instructions on its own conduct (reassurance), no judgement or peace appeal"))
U(d, "Guo called on police across the country to keep up", "in every case.",
  ("China", N, pos, "", "an appeal to its own police, not a call for talks; positive tone"))
U(d, "The Ministry of Justice said in a separate notice", "review the licence of the law firm concerned.",
  ("China", S, neu, "", "one ministry backing another's action (same actor, unsure: could be neutral as self-support); the licence review is secondary"))
U(d, "The All China Lawyers Association said in a statement", "inside the courtroom.",
  ("All China Lawyers Association", S, neu, "China", "a body backing the authorities' handling; the appeal to members is not a peace appeal"))
# "Legal scholars welcomed the move." = summary line with unnamed speakers, no row.
U(d, "Tian Haoran, a professor of criminal procedure", "a crowd against the court.",
  ("Tian Haoran", S, pos, "China", "invented independent voice introduced by role; approves the police action"))
U(d, "\"A lawyer's work belongs in the courtroom.", "Tian said in an interview with Xinhua.",
  ("Tian Haoran", C, neg, "", "surname only; judgement of the lawyers' conduct ('stopped being legal practice'), no stock word"))
U(d, "Liu Meifang, a retired teacher who attended", "the police had stepped in.",
  ("Liu Meifang", S, pos, "China", "invented witness; glad the police stepped in = approval (tone mixed: frightening scene)"))
# "Some foreign governments and organizations have commented on the case in recent days." = lead-in, no row.
U(d, "The U.S. State Department on Sunday issued a statement", "the rights of legal professionals.",
  ("United States", T, neg, "China", "concern ('troubled') + appeal to release, no explicit judgement -> calling_for_talks (rule 2)"))
U(d, "The statement added that U.S. officials would keep raising", "with the Chinese side.",
  ("United States", N, neu, "", "plan stated, no evaluation"))
U(d, "Reports from Berlin said Christoph Straesser", "legal reform in China.",
  ("Germany", C, neg, "China", "second-hand attribution; 'a step backwards' = judgement without stock word"))
U(d, "Asked about the U.S. statement at a regular press briefing", "in line with the law.",
  ("China", N, neu, "", "spokesperson named by role then surname; defence of own procedure = neutral (denial-like)"))
U(d, "\"China is firmly opposed to any country using", "its own record at home.",
  ("China", C, neg, "United States", "'opposed to' aimed at foreign interference + retort to Washington = judgement"))
U(d, "The spokesperson said China was ready to carry out dialogue", "equality and mutual respect.",
  ("China", T, pos, "", "'the spokesperson' = Hong; offer of dialogue = calling_for_talks"))
U(d, "Remarks of this kind ignored the facts of the case", "making irresponsible comments.",
  ("China", C, neg, "", "attribution in mid-sentence; 'irresponsible comments' aimed at several foreign critics -> target empty"))
U(d, "A spokesperson for the European External Action Service", "lawyers of their choice.",
  ("European Union", T, neg, "China", "passive attribution ('was quoted by foreign media as saying'); expectation of release and access, no judgement word (unsure: 'held solely for their legal work' implies one)"))
U(d, "Hong said the Chinese side had taken note of the EU remarks", "already said.",
  ("China", N, neu, "", "'the Chinese side'; noting and declining further comment = procedural"))
U(d, "The UN Office of the High Commissioner for Human Rights said", "without giving further comment.",
  ("United Nations", N, neu, "", "following reports closely, no appeal, no judgement = neutral"))
