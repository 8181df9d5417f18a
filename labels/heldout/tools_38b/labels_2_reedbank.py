# ------------------------------------------------------------------ Reed Bank: Chinese boat sinks the Philippine F/B Gem-Ver (foreign-ministry press conference, Beijing, 2019-06-14)
d = "page_reedbank_gemver_2019_mfapresser.txt"
# Not statements: ministry banner, breadcrumb, language bar, title, date, font/print/close controls, "Suggest to a friend",
# Related links, copyright. Reporters' own questions ("What is China's response?") are not statements; positions of other
# actors that a reporter reports inside a question are those actors' statements (reported speech).
U(d, "On Wednesday, Philippine Defense Secretary Delfin Lorenzana said", "22 fishermen in the water.",
  ("Philippines", C, neg, "China", "account of a ramming and abandonment of the crew = accusation by describing an attack on civilians"))
U(d, "He said the Chinese crew's conduct was shameful", "answers from Beijing.",
  ("Philippines", C, neg, "China", "explicit judgement ('shameful')"))
# "We have seen the relevant reports." = non-answer, no row.
U(d, "The competent Chinese authorities are looking into it.", "looking into it.",
  ("China", N, neu, "", "procedure"))
U(d, "According to the initial findings of the Chinese side", "no longer in danger.",
  ("China", N, neg, "", "denial of deliberate ramming and of abandonment = neutral, negative"))
U(d, "I want to stress that this was a collision between two fishing boats at sea.", "fishing boats at sea.",
  ("China", N, neg, "", "minimising framing, a denial"))
U(d, "We hope the relevant parties in the Philippines will wait", "into a political issue.",
  ("China", T, neu, "Philippines", "appeal for restraint, no explicit judgement word"))
U(d, "Philippine Foreign Secretary Teodoro Locsin Jr. said on Thursday", "over the incident.",
  ("Philippines", C, neg, "China", "a diplomatic protest lodged = a taken response"))
U(d, "A: The two foreign ministries have been in touch about this.", "in touch about this.",
  ("China", N, neu, "", "fact of contacts"))
U(d, "We are ready to look into the incident together with the Philippine side", "deal with it properly.",
  ("China", T, pos, "Philippines", "offer of a joint look = offer of talks"))
U(d, "Presidential spokesman Salvador Panelo said", "could not be excused.",
  ("Philippines", C, neg, "China", "presidential spokesman speaks for the state (the name files list Panelo under Rodrigo Duterte as a person; here he speaks for the head of state); 'could not be excused' = judgement"))
U(d, "Lorenzana has also asked the Department of Foreign Affairs", "with Beijing.",
  ("Philippines", N, neu, "", "instruction to its own foreign ministry = procedure, no judgement (unsure: could be read as a call for a diplomatic course)"))
U(d, "A: China-Philippines relations have turned around", "the two heads of state.",
  ("China", N, pos, "", "praise of the bilateral relationship = self-praise, positive tone"))
U(d, "We believe the two sides have the wisdom and the ability", "work with us towards that.",
  ("China", T, pos, "Philippines", "hope that the incident is contained + appeal to work together"))
U(d, "The captain of the Philippine boat, Junel Insigne, told reporters", "just before it left.",
  ("Junel Insigne", C, neg, "China", "named crew member = person; accuses the Chinese vessel of ramming on purpose"))
U(d, "He said the Chinese crew must have seen the men in the water.", "men in the water.",
  ("Junel Insigne", C, neg, "China", "pronoun subject; accusation of knowing abandonment"))
U(d, "A: As I said, the Chinese side is conducting a careful investigation.", "careful investigation.",
  ("China", N, neu, "", "procedure"))
# "I would not comment on every account circulating in the media." = non-answer, no row.
U(d, "What I can tell you is that China has always required", "help anyone in danger.",
  ("China", N, pos, "", "reassurance about own conduct"))
U(d, "Some Philippine officials have said they are still verifying", "identity of the vessel.",
  ("Philippines", N, neu, "", "unnamed officials of a named government; verification under way"))
U(d, "The Philippine Coast Guard said earlier this week", "a bow number.",
  ("Philippines", N, neu, "", "coast guard = state agency; a fact"))
U(d, "A: That shows precisely why the facts must be established first.", "established first.",
  ("China", N, neu, "", "argument for waiting for facts, no appeal or judgement"))
U(d, "We hope all parties will avoid speculation.", "avoid speculation.",
  ("China", T, neu, "", "appeal to all parties"))
# "The crew were rescued by a Vietnamese fishing boat." = narrative, no row.
U(d, "Philippine officials have thanked the Vietnamese fishermen publicly.", "publicly.",
  ("Philippines", S, pos, "", "gratitude = approval; aimed at private fishermen, not at the Vietnamese state, so target empty"))
U(d, "A: Saving people in distress at sea is a shared obligation", "all seafarers.",
  ("China", N, neu, "", "general principle"))
U(d, "We are glad that the fishermen are safe.", "are safe.",
  ("China", N, pos, "", "relief, no support for an actor"))
U(d, "Vice President Leni Robredo and several Philippine senators have called", "at international forums.",
  ("Philippines", C, neg, "China", "vice president and senators = Philippines (office holders); call for a tougher line = call for measures (unsure: raising it at forums alone would be talks)"))
# "Some protesters burned a mock Chinese flag ..." = unnamed people, no row. "We have noted these reports." = non-answer.
U(d, "We hope the Philippine side will take effective measures to ensure the safety", "in the Philippines.",
  ("China", T, neu, "Philippines", "request for protection of its missions, no judgement"))
U(d, "Some people are using this incident to stir up ill feelings", "undermine our cooperation.",
  ("China", C, neg, "", "accusation aimed at unnamed 'some people'"))
U(d, "Such attempts will not succeed.", "will not succeed.",
  ("China", C, neg, "", "continuation of the same rebuke"))
U(d, "A US State Department spokesperson said on Thursday that Washington was concerned", "in the South China Sea.",
  ("United States", T, neu, "", "concern + appeal to all claimants (no single target)"))
U(d, "A: The United States is not a party to the South China Sea issue.", "South China Sea issue.",
  ("China", C, neg, "United States", "rejects the US as a party, in protest at its remarks (unsure: could be a neutral claim)"))
U(d, "We urge the US side to stop making irresponsible remarks", "between regional countries.",
  ("China", C, neg, "United States", "'irresponsible', 'sowing discord' = judgement"))
U(d, "The South China Sea is calm on the whole, and the US should do more things", "rather than the opposite.",
  ("China", T, neg, "United States", "appeal to the US to help peace; the reproach is only implied (unsure: could be condemning)"))
# The reporter's question on the 2016 award and "Some Philippine commentators say ..." = no actor, no row.
U(d, "A: Liyue Tan is part of China's Nansha Qundao.", "Nansha Qundao.",
  ("China", N, neu, "", "sovereignty claim stated as fact"))
U(d, "The award is null and void and has no binding force", "accepts nor recognizes it.",
  ("China", C, neg, "", "rejects the arbitration in protest; aimed at the award, not at a listed actor, so target empty"))
# ASEAN meeting in Bangkok = reporter's narrative, no row.
U(d, "A: China and ASEAN countries are making steady progress", "completed this year.",
  ("China", N, pos, "", "progress report on consultations"))
U(d, "China stands ready to work with ASEAN countries to reach the code", "peace and cooperation.",
  ("China", T, pos, "ASEAN", "commitment to negotiate a code of conduct"))
U(d, "Philippine authorities have said that a joint investigation could be one option.", "one option.",
  ("Philippines", T, neu, "China", "proposal of a joint inquiry = offer of talks"))
U(d, "A: We are open to looking into the matter together with the Philippine side", "friendly consultation.",
  ("China", T, pos, "Philippines", "agrees to consultations"))
# "I have no further information to release at this moment." and "I have nothing to share on that." = non-answers, no row.
