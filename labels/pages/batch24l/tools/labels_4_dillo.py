# ------------------------------------------------------------------ Attack on the ANSE and death of Yaya Dillo, Chad (state media: government communiqué read on television, 2024-03-02)
d = "page_chad_dillo_psf2024_statetv.txt"
# Not statements: masthead, menu, breadcrumb, headline, credit line, video and photo captions, crossheads, "GOVERNMENT COMMUNIQUÉ",
# "Done at ...", signature line, READ ALSO, keywords, follow prompt, copyright.
# Intro "The Minister of Communication ... read on the evening news ..." = the outlet's narration, no row.
U(d, "During the night of 27 to 28 February 2024, armed individuals belonging to the Socialist Party Without Borders", "defence and security forces.",
  ("Chad", C, neg, "Socialist Party Without Borders", "government communiqué = Chad; attributing an armed attack to the party = accusation"))
U(d, "The Government holds the leadership of the PSF fully responsible", "by a member of the same party.",
  ("Chad", C, neg, "Socialist Party Without Borders", "'holds ... fully responsible' = judgement"))
U(d, "Our defence and security forces intervened with professionalism and restraint", "to secure the capital.",
  ("Chad", N, pos, "", "praise of its own forces = self-praise, neutral with a positive tone (labels/README)"))
U(d, "Mr Yaya Dillo Djérou, who had taken refuge at the headquarters of his party", "when it returned fire.",
  ("Chad", N, neg, "", "own account of its operation as done; it blames Dillo for firing but passes no explicit judgement (unsure: could be condemning)"))
U(d, "The capital is calm and every district is back under the control of the State.", "control of the State.",
  ("Chad", N, neu, "", "fact about the situation"))
U(d, "The Government warns all those who might be tempted to follow the same path", "without hesitation.",
  ("Chad", C, neg, "", "threat of a response = condemning; addressed to unnamed would-be imitators -> target empty"))
U(d, "The Government assures national and international opinion", "kept in its entirety.",
  ("Chad", N, pos, "", "reassurance about its own conduct = neutral, positive"))
U(d, "It calls on the population to remain calm", "spread on social networks.",
  ("Chad", T, neu, "", "'It' = the Government; appeal for calm"))
U(d, "At a press conference on Thursday, the Public Prosecutor of the Republic", "placed in custody.",
  ("Chad", N, neu, "", "prosecutor = state organ; figures and arrests = neutral"))
U(d, "The prosecutor said that Mr Dillo's claims", "gathered by investigators.",
  ("Socialist Party Without Borders", N, neg, "", "Dillo (party leader) denied taking part = denial, neutral, negative; his position reported by the prosecutor"),
  ("Chad", C, neg, "Socialist Party Without Borders", "the prosecutor calls the denial false = accusation"))
U(d, "Prime Minister Succès Masra, speaking on Friday", "established by the courts.",
  ("Chad", T, neu, "", "Masra speaks as Prime Minister for Chad (the name files list him under Les Transformateurs); appeal for calm + truth by the courts, no judgement"))
U(d, "\"No one should use grief to divide us.", "the Prime Minister said.",
  ("Chad", T, pos, "", "appeal for unity and a peaceful transition"))
U(d, "At the National Transitional Council, President Haroun Kabadi paid tribute", "in a matter of hours.",
  ("Chad", N, pos, "", "the transitional parliament praising its own state's forces = self-praise, neutral, positive (unsure: could be supporting)"))
U(d, "The Patriotic Salvation Movement (MPS) said in a statement", "attacking a state institution.",
  ("Patriotic Salvation Movement", C, neg, "Socialist Party Without Borders", "ruling party (parties.csv); judgement without a stock word"))
U(d, "The Chairperson of the African Union Commission, Moussa Faki Mahamat", "to the negotiating table.",
  ("African Union", T, neg, "", "concern joined to an appeal for dialogue = calling_for_talks; addressed to all Chadian actors -> target empty"))
U(d, "The Economic Community of Central African States (ECCAS) expressed its solidarity", "Ministry of Foreign Affairs.",
  ("ECCAS", S, pos, "Chad", "solidarity + support for the government's measures"))
U(d, "The United States, in a statement from its embassy, called on all sides", "into the deaths.",
  ("United States", T, neu, "", "appeal for restraint + transparent inquiry, no judgement; several addressed -> target empty"))
U(d, "The European Union, through the spokesperson of its diplomatic service, Peter Stano", "the opposition leader died.",
  ("European Union", T, neg, "Chad", "demand for an impartial inquiry, no judgement word = calling_for_talks"))
U(d, "Responding to the EU on Friday, the Government Spokesperson said", "into a judicial matter.",
  ("Chad", C, neg, "European Union", "rejecting the EU's request as an intrusion = judgement"))
U(d, "The non-governmental organisation Human Rights Watch, for its part", "to be brought in.",
  ("Human Rights Watch", C, neg, "Chad", "'assassination' = accusation; demand for outside investigators: rule 1"))
U(d, "Minister Koulamallah said the organisation had once again chosen", "\"far from the facts\".",
  ("Chad", C, neg, "Human Rights Watch", "judgement of HRW's reporting"))
U(d, "Officials of the PSF living abroad have spoken of an \"execution\"", "rejects as untrue.",
  ("Socialist Party Without Borders", C, neg, "Chad", "party officials = the party; 'execution' = accusation"),
  ("Chad", N, neg, "", "bare denial of the party's claim = neutral, negative"))
U(d, "Dr Abakar Mahamat Ali, a lecturer in political science", "its security services were attacked.",
  ("Abakar Mahamat Ali", S, neu, "Chad", "invented scholar quoted by state media; approval of the state's response"))
U(d, "\"A country that lets armed men storm its intelligence headquarters", "he said.",
  ("Abakar Mahamat Ali", S, neu, "Chad", "justification of the crackdown = approval (unsure: could be read as a judgement on the PSF)"))
U(d, "He added that the coming weeks would test", "return to the ballot box.",
  ("Abakar Mahamat Ali", T, neu, "", "appeal to campaign peacefully; the opposition is not a canonical actor -> target empty"))
U(d, "Hassan Ousmane Brahim, a shopkeeper whose business is near the PSF headquarters", "lying on the floor.",
  ("Hassan Ousmane Brahim", N, neg, "", "invented resident; his own experience"))
U(d, "\"We heard shooting until dawn.", "he said.",
  ("Hassan Ousmane Brahim", N, neg, "", "scene described, no position"))
# "Mobile internet, cut on Wednesday, ..." = narration, no row.
