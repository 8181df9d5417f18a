# ------------------------------------------------------------------ Magdeburg Christmas market attack (wire, .txt, 2024-12-21)
d = "page_germany_magdeburg_market2024_wire.txt"
# Not statements: brand, menu, UPDATE headline, byline, read time, time stamp, bullet summary, ADVERTISEMENT, crossheads,
# reporting credits, Our Standards, related coverage, tags, most read, copyright. Dateline excluded from the first unit.
U(d, "Chancellor Olaf Scholz on Saturday called the ramming", "had been ignored.",
  ("Germany", C, neg, "", "lede carrying a position: 'senseless cruelty' judges the attack; attacker not an actor"))
# "More than 200 people were injured ..., officials said." = toll from unnamed officials, no row.
U(d, "Prosecutors named him as Taleb A.", "town of Bernburg.",
  ("Germany", N, neu, "", "German prosecutors = state; identity of the suspect, facts ('Police arrested the driver at the scene.' = narration, not in the unit)"))
U(d, "\"What happened here tears at the heart of a city", "Interior Minister Nancy Faeser.",
  ("Germany", N, neg, "", "grief, no judgement of an actor; laying flowers is narration"))
U(d, "He said the state would pursue the attack with the full force of the law", "stir up hatred.",
  ("Germany", C, neg, "", "pronoun = Scholz; a threatened response + warning to those exploiting grief; no actor named"))
U(d, "Magdeburg's chief prosecutor, Horst Nopens, told a news conference", "attempted murder.",
  ("Germany", N, neu, "", "possible motive and charges = facts"))
U(d, "Faeser said the man had posted hostile views about Islam online", "without exception.",
  ("Germany", N, neu, "", "surname only; facts + a plan to examine warnings"))
U(d, "Saudi Arabia's foreign ministry said in a statement that the kingdom condemned the attack", "quick recovery.",
  ("Saudi Arabia", C, neg, "", "condemnation + condolences (rule 1); the kingdom condemns an attack by a man born there; no actor targeted"))
U(d, "A Saudi source familiar with the matter told CPA that Riyadh had alerted", "handed over.",
  ("Saudi Arabia", N, neg, "", "unnamed source of a named government speaks for it; warnings given = facts, an implicit charge of German inaction without a judgement (unsure: could be condemning Germany)"))
U(d, "A spokesperson for Germany's Federal Office for Migration and Refugees said", "passed it on.",
  ("Germany", N, neu, "", "federal office = state; its handling of the tip = facts"))
U(d, "The Gulf Cooperation Council's secretary general, Jasem Mohamed Albudaiwi, condemned", "Saudi Press Agency.",
  ("Gulf Cooperation Council", C, neg, "", "condemnation; 'according to a statement carried by' = second-hand attribution"))
U(d, "The Muslim World League, based in Mecca, also condemned the attack", "German government and people.",
  ("Muslim World League", C, neg, "", "condemnation + condolences (rule 1)"))
U(d, "French President Emmanuel Macron said he shared the pain of the German people.", "German people.",
  ("France", S, pos, "Germany", "sympathy = supporting"))
U(d, "British Prime Minister Keir Starmer said he was horrified by the news", "stood with Germany.",
  ("United Kingdom", S, pos, "Germany", "horror (no actor judged) + standing with Germany = supporting"))
U(d, "European Commission President Ursula von der Leyen said the European Union mourned with Germany", "to the chancellor.",
  ("European Union", S, pos, "Germany", "mourning with Germany = sympathy"),
  ("NATO", S, pos, "Germany", "same sentence: Rutte's sympathy"))
U(d, "Austria's chancellor, Karl Nehammer, wrote on X that the news had left Vienna shaken", "this weekend.",
  ("Austria", N, neg, "", "shock + own security measures at home = neutral"))
U(d, "United Nations Secretary-General António Guterres condemned the attack", "his spokesperson said.",
  ("United Nations", C, neg, "", "condemnation + wishes (rule 1)"))
U(d, "The leaders of Italy, Poland and the Czech Republic sent messages of sympathy", "their offices said.",
  ("Italy", S, pos, "Germany", "list of three states: messages of sympathy; one row each"),
  ("Poland", S, pos, "Germany", "same"),
  ("Czech Republic", S, pos, "Germany", "same"))
# "The attack came two months before a snap federal election, and opposition parties seized on ..." = narration, no row.
U(d, "Alice Weidel, the co-leader and candidate for chancellor", "at a Christmas market.",
  ("Alternative for Germany", C, neg, "Germany", "party leader = party; judgement of the government"))
U(d, "Conservative leader Friedrich Merz, whose Christian Democrats are ahead", "done with them.",
  ("Christian Democratic Union", T, neg, "Germany", "demand for a full account = call for an inquiry, no judgement word (unsure: implies blame)"))
U(d, "Saxony-Anhalt's state premier, Reiner Haseloff, said the suspect was believed", "danger to the public.",
  ("Germany", N, neu, "", "state premier resolves to his state; reassurance/facts"))
U(d, "Hans-Georg Brandt, who researches political violence", "were built around.",
  ("Hans-Georg Brandt", N, neu, "", "invented researcher; analysis"))
U(d, "\"He is an ex-Muslim who hated Islam", "Brandt said.",
  ("Hans-Georg Brandt", N, neu, "", "surname only; description of the suspect's profile"))
U(d, "\"Nobody's risk model had a box for that", "every agency involved.\"",
  ("Hans-Georg Brandt", N, neg, "", "quote carried into the next paragraph; lesson for agencies, no explicit judgement"))
U(d, "Sabine Rothe, who runs a mulled wine stall at the market", "saw the car.",
  ("Sabine Rothe", N, neg, "", "invented witness; what she heard"))
U(d, "\"People were flying through the air.", "she said.",
  ("Sabine Rothe", N, neg, "", "witness account, no judgement"))
# "The market was closed on Saturday ..." = narration, no row.
