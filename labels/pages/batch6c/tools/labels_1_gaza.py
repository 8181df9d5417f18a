# ------------------------------------------------------------------ Gaza war of May 2021: the Egyptian-brokered ceasefire (live blog, 2021-05-21)
d = "page_gaza_ceasefire_liveblog.txt"
U(d, "Israeli Prime Minister Benjamin Netanyahu said in a televised statement", "fighters and commanders.",
  ("Israel", N, pos, "", "own operation's results claimed, no judgement of another actor = self-praise (neutral, positive)"))
U(d, "\"If Hamas imagines it can go back", "Netanyahu said.",
  ("Israel", C, neg, "Hamas", "multi-sentence quote closed by its speaker = one unit; threat of a response"))
U(d, "US President Joe Biden said in his address on Thursday night", "restock its arsenal.",
  ("United States", S, pos, "Palestine", "offer of emergency aid and reconstruction with the PA = backing by act/offer; the Hamas clause is a condition, not a judgement stated (target Palestine by the PA)"))
U(d, "Secretary of State Antony Blinken said after a call", "paying for reconstruction.",
  ("United States", T, pos, "", "a trip to meet both sides about the calm = diplomatic course; Ashkenazi is only the other end of the call"))
U(d, "Ashkenazi thanked the United States", "protect its citizens.",
  ("Israel", S, pos, "United States", "surname only after the full introduction; thanks = approval"))
U(d, "Police spokesman Micky Rosenfeld said officers had moved in", "by the afternoon.",
  ("Israel", N, neg, "", "Israeli police = Israel; own account that blames the crowd (no canonical actor) = neutral, negative"))
U(d, "The Palestinian foreign ministry called the raid", "the calm fell apart.",
  ("Palestine", C, neg, "Israel", "'deliberate provocation' + blame for a collapse = judgement without the stock words"))
U(d, "UN Secretary-General Antonio Guterres welcomed the ceasefire", "beneath the conflict.",
  ("United Nations", T, pos, "", "welcome + appeal for talks, no judgement: rule 2 before rule 3 (README)"))
U(d, "\"The guns have stopped, and that matters.", "Guterres said.",
  ("United Nations", T, neg, "", "quote closed by its speaker; appeal for aid and a political horizon; tone of need"))
U(d, "Hamas political chief Ismail Haniyeh, speaking in Qatar", "brokering the deal.",
  ("Hamas", S, pos, "Egypt", "thanks to Egypt = approval; the victory claim is self-praise inside the same sentence; Qatar = place"))
U(d, "He also singled out Iran for thanks", "arsenal possible.",
  ("Hamas", S, pos, "Iran", "'He' = Haniyeh; thanks = approval. Iran's past help is background in Haniyeh's words, not a position Iran takes on the page: no Iran row (unsure)"))
U(d, "\"Our commitment lasts exactly as long as theirs does.", "a media adviser to Haniyeh.",
  ("Hamas", C, neg, "Israel", "conditional threat; 'theirs' = Israel by context; speaker introduced by role after the quote"))
U(d, "Gaza's health ministry said 232 Palestinians", "1,900 wounded.",
  ("Hamas", N, neu, "", "Gaza health ministry = Hamas (name files); figures"))
U(d, "The ministry added that the main coronavirus testing laboratory", "by an air strike.",
  ("Hamas", N, neu, "", "'The ministry added' = the Gaza health ministry by context; a fact of damage, no perpetrator named or blamed"))
U(d, "The Israeli military said militants had fired", "built-up areas.",
  ("Israel", N, neu, "", "army = Israel; figures"))
U(d, "The army again rejected accusations", "worked from the building.",
  ("Israel", N, neg, "", "denial with a justification = neutral, negative (guide)"))
U(d, "The Norwegian Refugee Council said 11 of the children", "suffering from trauma.",
  ("Norwegian Refugee Council", N, neu, "", "NGO giving a figure, no blame = neutral, neutral in tone (guide: casualty figures)"))
U(d, "Two Egyptian security delegations arrived in Tel Aviv and Gaza", "MENA reported.",
  ("Egypt", T, neu, "", "sending monitors to uphold a ceasefire = backing a peaceful course (talks); MENA is an agency, not an actor"))
U(d, "President Abdel Fattah el-Sisi thanked Biden on Twitter", "initiative succeed.",
  ("Egypt", S, pos, "United States", "thanks = approval; Biden = United States"))
U(d, "Cairo has already pledged $500 million", "carry out the work.",
  ("Egypt", S, pos, "Palestine", "Cairo = metonym; money for reconstruction = backing by act; Gaza's people -> Palestine"))
U(d, "Palestinian Prime Minister Mohammad Shtayyeh praised Egypt's mediation", "must investigate.",
  ("Palestine", C, neg, "Israel", "praise of Egypt + 'a war on its civilians' = rule 1 (the judgement decides); the praise of Egypt gets no separate row (one row per actor)"))
U(d, "He said the Palestinian Authority was ready to lead the rebuilding", "its institutions.",
  ("Palestine", T, neu, "", "asking for help for the rebuilding = calling_for_talks (README: asking for humanitarian help), not supporting"))
U(d, "Britain, Germany, and Italy each welcomed the truce", "overnight.",
  ("United Kingdom", S, pos, "", "list with Oxford comma: three rows; welcome of a step with no appeal = supporting; the truce is both sides' -> target empty"),
  ("Germany", S, pos, "", "same list"),
  ("Italy", S, pos, "", "same list"))
U(d, "British Foreign Secretary Dominic Raab said every side now had to make", "could be broken.",
  ("United Kingdom", T, neg, "", "appeal to all sides; 'cycle of violence' names no actor"))
U(d, "Charles Michel, the president of the European Council, wrote", "political process.",
  ("European Union", T, pos, "", "speaker introduced after his name by role; appeal for a political process"))
U(d, "China, which holds the rotating presidency", "on the conflict.",
  ("China", T, pos, "", "welcome + diplomatic push at the Council, no judgement: rule 2 before rule 3"))
U(d, "Turkish Foreign Minister Mevlut Cavusoglu said the ceasefire did not wipe", "killed in Gaza.",
  ("Turkey", C, neg, "Israel", "demand for accountability before courts for killed children = accusation without the stock words"))
U(d, "Jordanian Foreign Minister Ayman Safadi said the calm would not last", "Sheikh Jarrah.",
  ("Jordan", C, neg, "Israel", "'illegal measures' = judgement (a warning with it)"))
