# ------------------------------------------------------------------ Hakeem al-Araibi's detention in Thailand (Thai MFA weekly briefing transcript, 2019-02-07)
d = "page_thailand_araibi_extradition2019_mfabriefing.txt"
# Not statements: site title, breadcrumb, title block, date/place line, transcript note, view counter, section heads,
# "Good morning ..." greeting, "Second item: ..." agenda line, the questions' own interrogative sentences,
# the closing "Thank you ... next briefing" line, Related list, share bar, address and copyright.
U(d, "Before the agenda, the Ministry conveys its deepest condolences", "at Brumadinho.",
  ("Thailand", S, neg, "Brazil", "condolences to a state = supporting, negative tone (another matter, opening of the briefing)"))
U(d, "First item: the Department of Consular Affairs will hold", "on the Ministry's website.",
  ("Thailand", N, neu, "", "procedural announcement (consular service), no evaluation"))
U(d, "The Royal Thai Government wishes to make clear once again", "bears no ill will towards him.",
  ("Thailand", N, neu, "", "reassurance about its own conduct = neutral"))
U(d, "Our police acted on an alert that arrived through Interpol channels", "not by our choice.",
  ("Thailand", N, neu, "", "own account of how the case began; no judgement of another actor"))
U(d, "Word from Canberra that the alert had lapsed", "finds that delay regrettable.",
  ("Thailand", C, neg, "Australia", "'regrettable' aimed at Australia's delay = judgement; Canberra = metonym"))
U(d, "The case is now with the Court of Justice", "that is before the court.",
  ("Thailand", N, neu, "", "procedure: separation of powers, no evaluation"))
U(d, "Thailand would suggest that Australia and Bahrain", "rather than through a Thai courtroom.",
  ("Thailand", T, neu, "", "appeal to two states to settle it between them = calling_for_talks; two addressees -> target empty"))
U(d, "We sincerely hope the two governments can reach an arrangement", "can live with.",
  ("Thailand", T, pos, "", "hope for a settlement = calling_for_talks"))
U(d, "Prime Minister Scott Morrison wrote to General Prayut again this week", "go home to Melbourne.",
  ("Australia", T, neu, "Thailand", "a journalist reports Australia's position: a request to one side with no judgement word = calling_for_talks"))
U(d, "The Ministry has received the letter through the Australian Embassy", "Office of the Prime Minister.",
  ("Thailand", N, neu, "", "procedural: letter received and passed on"))
U(d, "A reply will be sent through the proper channel.", "A reply will be sent through the proper channel.",
  ("Thailand", N, neu, "", "procedural plan"))
U(d, "Foreign Minister Marise Payne said on Tuesday that Australia was deeply disappointed", "had gone ahead at all.",
  ("Australia", C, neg, "Thailand", "'deeply disappointed' aimed at the hearing = judgement (unsure: could be read as concern, neutral)"))
U(d, "Relations with Australia are long-standing and broad", "does not define them.",
  ("Thailand", N, pos, "", "reassurance on relations, no stance on an actor"))
U(d, "We would only ask our Australian friends to consider", "before their own courts.",
  ("Thailand", C, neg, "Australia", "a rebuke by rhetorical question: Australia is asking what it would itself refuse (unsure: could be neutral)"))
U(d, "Human Rights Watch called the sight of Hakeem in leg shackles", "a disgrace to Thai justice.",
  ("Human Rights Watch", C, neg, "Thailand", "reported in a question; 'a disgrace' = judgement"))
U(d, "Restraints are standard practice of the Department of Corrections", "not meant to single anyone out.",
  ("Thailand", N, neg, "", "rebuttal of the criticism = a denial, neutral with a negative tone"))
U(d, "FIFA said this week it was ready to send officials to Bangkok", "without delay.",
  ("FIFA", T, neu, "Thailand", "offer to meet + request for return, no judgement = calling_for_talks"))
U(d, "We welcome FIFA's interest in the case", "seeking his return.",
  ("Thailand", T, neu, "FIFA", "welcome joined to an appeal (use good offices with Bahrain), no judgement: rule 2 before rule 3"))
U(d, "Football Federation Australia has pulled its under-23 team", "in protest.",
  ("Football Federation Australia", C, neg, "Thailand", "withdrawal from a tournament in protest = condemning (labels/README: refusal in protest)"))
U(d, "We have seen the announcement, and the choices of a sporting body", "for that body to explain.",
  ("Thailand", N, neu, "", "non-committal reply; no explicit judgement"))
# "A Gulf newspaper reported that Thailand had given Bahrain an assurance ..." = a newspaper's report, not an actor's position: no row.
U(d, "That report is simply untrue; no undertaking of any kind", "or to anyone else.",
  ("Thailand", N, neg, "", "denial = neutral, negative"))
U(d, "Bahrain's interior ministry said last week that foreign pressure", "internal affairs.",
  ("Bahrain", C, neg, "", "pressure called meddling = judgement; aimed at unnamed foreign parties -> target empty"))
U(d, "Bahrain has submitted the documents its request requires", "to be filed with the court.",
  ("Thailand", N, neu, "", "procedure of the extradition case"),
  ("Bahrain", N, neu, "", "a specific act of Bahrain reported by Thailand (papers for the extradition request), no evaluation (unsure: could be left without a Bahrain row)"))
U(d, "That is the only thing Bahrain has asked of us.", "That is the only thing Bahrain has asked of us.",
  ("Thailand", N, neu, "", "implicit denial of a request to resist pressure; plain fact"))
U(d, "The Australian Embassy sent its ambassador-designate, Allan McKinnon", "repeatedly in remand prison.",
  ("Australia", S, pos, "Hakeem al-Araibi", "backing by act: diplomats in court 'in support of Hakeem' and consular visits"))
U(d, "Embassies attend hearings in many cases", "whenever they have asked.",
  ("Thailand", N, neu, "", "declines to call it interference; facts on consular access"))
U(d, "His lawyers have until 5 April to submit their objections", "weigh them in full.",
  ("Thailand", N, neu, "", "procedural timetable"))
U(d, "Dr. Kanya Wongsuwan, a law lecturer at the Chao Phraya Institute", "hiding behind its courts.",
  ("Kanya Wongsuwan", C, neg, "Thailand", "invented lecturer, reported in a question; 'hiding behind its courts' = judgement without a stock word"))
U(d, "The Public Prosecutor Act gives the attorney general his own powers", "does not speak for that office.",
  ("Thailand", N, neu, "", "procedure"))
U(d, "I would add that Thai courts do not take instructions from online campaigns", "however loud they become.",
  ("Thailand", C, neg, "", "jab at the campaigners (not a canonical actor) -> target empty (unsure: could be neutral self-description)"))
U(d, "Professor Somchai Rattanakorn of the Bangkok Centre for Asian Studies says", "since the 2014 coup.",
  ("Somchai Rattanakorn", C, neg, "Thailand", "invented scholar; judgement of the damage Thailand's handling has done"))
U(d, "Thailand's standing rests on keeping its word", "doing exactly that.",
  ("Thailand", N, pos, "", "self-praise = neutral, positive"))
U(d, "The Minister has a full programme, and I will not go into the content", "before they take place.",
  ("Thailand", N, neu, "", "declines to comment"))
U(d, "What I can say is that Thailand is ready to help both friends find a way out", "if they wish it.",
  ("Thailand", T, pos, "", "offer to facilitate between two states = calling_for_talks"))
U(d, "UNHCR has said that returning a recognised refugee", "breach international law.",
  ("UNHCR", C, neg, "Thailand", "conditional judgement ('would breach international law') on the return Thailand is weighing (unsure: could be a warning read as talks)"))
U(d, "Thailand takes its obligations towards refugees", "all the facts before it.",
  ("Thailand", N, neu, "", "reassurance about its own conduct + procedure"))
