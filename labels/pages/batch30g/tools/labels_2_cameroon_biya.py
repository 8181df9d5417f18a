# ------------------------------------------------------------------ Cameroon: protests after Biya's proclaimed eighth term (live blog, full HTML, 2025-10-28)
d = "page_cameroon_biya_eighthterm2025_liveblog.html"
# Not statements: nav, kicker, headline, standfirst, byline, figcaption, time stamps, the sign-off (21:40) and welcome (06:05)
# entries, "Related:", ADVERTISEMENT, share line, tags, comments box, most read, footer.
U(d, "Aminou Bello, who runs a phone shop near the Garoua central market,", "long after the marchers had gone.",
  ("Aminou Bello", C, neg, "Cameroon", "invented witness; account of gendarmes' tear gas on side streets = accusation by describing the act"))
U(d, "\"They were punishing the whole neighbourhood for how it voted,\" he said.", "he said.",
  ("Aminou Bello", C, neg, "Cameroon", "quote continued in the same entry; judgement of the security forces"))
U(d, "Chad's President Mahamat Idriss Deby has sent his congratulations to Biya,", "\"every success\" in his new term.",
  ("Chad", S, pos, "Cameroon", "'according to a message published by the presidency'; congratulations = approval"))
U(d, "Equatorial Guinea's government also congratulated the re-elected president.", "re-elected president.",
  ("Equatorial Guinea", S, pos, "Cameroon", "congratulations"))
U(d, "Amnesty International says security forces used live ammunition", "must be held to account.",
  ("Amnesty International", C, neg, "Cameroon", "accusation + demand for accountability (judgement decides)"))
U(d, "The rights group says the killings of unarmed demonstrators", "Cameroon's obligations.",
  ("Amnesty International", C, neg, "Cameroon", "'the rights group' = Amnesty; conditional judgement ('would be a grave breach')"))
U(d, "The European Union's spokesperson for foreign affairs, Anitta Hipper, said the bloc had taken note", "official results.",
  ("European Union", N, neu, "", "'taken note' = procedural line, neither welcome nor rejection"))
U(d, "She said the EU expected the authorities to", "refrain from violence.",
  ("European Union", T, neu, "", "speaker carried across the line ('She'); expectation that challenges be heard + appeal to all sides, no judgement"))
U(d, "\"France is following the situation in Cameroon with attention and calls for calm and restraint from all.\"", "restraint from all.\"",
  ("France", T, neu, "", "live-blog label names the speaker; quote without a verb of saying; appeal to all"))
# the lead-in "We spoke to Felicite Ngono ..." = narration, no row.
U(d, "Ngono said the council's ruling had closed the legal road", "voters in the north were asking.",
  ("Felicite Ngono", C, neg, "", "invented scholar; reported clause criticising the Constitutional Council's ruling (a body of the state, but the judgement is of the ruling; target empty, unsure: could be Cameroon)"))
U(d, "\"An election in which the loser learns the numbers on television", "she said. \"The only exit is a negotiated one, with the churches and the traditional rulers at the table.\"",
  ("Felicite Ngono", T, neg, "", "quote over two sentences with the attribution in the middle; the appeal for a negotiated exit frames it, the first sentence is a scepticism without a named target (unsure: could be condemning)"))
U(d, "\"The Secretary-General urges all political actors and their supporters", "to settle any dispute.\"",
  ("United Nations", T, neu, "", "label line gives the speaker; appeal for restraint and legal avenues"))
U(d, "Dujarric said Antonio Guterres was saddened by the loss of life", "families of the victims.",
  ("United Nations", N, neg, "", "condolences and sorrow, no judgement, no appeal = neutral, negative"))
U(d, "The African Union Commission chairperson, Mahmoud Ali Youssouf, has congratulated Biya on his re-election.", "re-election.",
  ("African Union", S, pos, "Cameroon", "congratulations"))
U(d, "In the same statement, Youssouf said he was alarmed by reports of arrests", "the force used against them.",
  ("African Union", N, neg, "", "alarm with no appeal in this sentence and no explicit judgement word = neutral, negative (unsure: 'force used against them' edges towards an accusation)"))
U(d, "He asked the government and the opposition to open an inclusive dialogue", "\"without delay and without exclusion\".",
  ("African Union", T, neu, "", "appeal for dialogue to both sides"))
U(d, "The Economic Community of Central African States said in a communique", "find its calm again.",
  ("ECCAS", T, pos, "", "welcome of the voting day joined to a hope for calm: hope with no judgement = calling_for_talks (rule 2 before rule 3)"))
# "Atanga Nji has spoken on state television" = narration of an act of speaking, no row.
U(d, "He said Tchiroma and his entourage had incited", "before the courts.",
  ("Cameroon", C, neg, "Issa Tchiroma Bakary", "speaker carried across the line; accusation + threat of prosecution"))
U(d, "The minister said investigations had been opened into the organisers", "badly injured.",
  ("Cameroon", C, neg, "", "investigations announced against the organisers = a measure taken against the other side, with injured officers (unsure: could be neutral as procedure)"))
U(d, "Tchiroma, in a video posted overnight, repeated that he had won", "\"a confiscation dressed up as a ruling\".",
  ("Issa Tchiroma Bakary", C, neg, "", "rejects the result as a 'confiscation'; the ruling of a state body -> target empty (unsure: Cameroon)"))
U(d, "He told supporters to keep their protests peaceful, but said he would not recognise", "\"an authority built on a lie\".",
  ("Issa Tchiroma Bakary", C, neg, "Cameroon", "appeal for peaceful protest + refusal to recognise the authority with a judgement (rule 1)"))
U(d, "The Cameroon Renaissance Movement, whose leader Maurice Kamto was kept off the ballot,", "\"insults the intelligence of Cameroonians\".",
  ("Cameroon Renaissance Movement", C, neg, "", "judgement of the result; target is the result, not a named actor -> empty"))
U(d, "In Douala, the governor of the Littoral region, Samuel Dieudonne Diboua, said four people had died", "over the weekend.",
  ("Cameroon", N, neg, "", "provincial official = his state; death toll given = neutral"))
U(d, "Diboua said police posts had been attacked and that officers had acted", "defend themselves.",
  ("Cameroon", N, neg, "", "account of own forces' conduct; self-defence claim works as a denial of wrongdoing = neutral, negative (unsure: 'attacked' could be read as an accusation of protesters, a non-canonical party)"))
# "Shops in central Douala remain shuttered ..." = correspondent's scene, no row.
U(d, "The United States embassy in Yaounde has advised its citizens", "Douala, Garoua and Maroua.",
  ("United States", N, neu, "", "travel advice = procedure, no evaluation"))
# "A quick recap: on Monday the Constitutional Council proclaimed Biya ..." = background of the result (an act of a state body
# reported as recap, with figures); no row (unsure: could be a Cameroon neutral row).
