# ------------------------------------------------------------------ Gabon's post-election crisis (francophone regional site translated into English, full HTML, 2016-09-02)
d = "page_gabon_postelection_webpage.html"
U(d, "On Wednesday afternoon, Interior Minister Pacôme Moubelet-Boubeya read out", "turnout of 59.46 percent.",
  ("Gabon", N, neu, "", "provisional results announced = figures"))
U(d, "In the Haut-Ogooué province, the Bongo family's stronghold", "product of fraud.",
  ("Jean Ping", C, neg, "Gabon", "official figures narrated, then Ping's camp's accusation of fraud in the relative clause: one row, the camp's position (the figures are the outlet's narration)"))
U(d, "Jean Ping told our correspondent by telephone from an undisclosed location", "wounding nineteen.",
  ("Jean Ping", C, neg, "Gabon", "accusation by describing the Guard's fire on unarmed supporters and the casualties (guide: condemning); the raid itself is narrated in the paragraph before"))
U(d, "The former chairman of the African Union Commission urged foreign governments", "its own people.",
  ("Jean Ping", C, neg, "Gabon", "Ping named only by his former role (not the AU!); appeal for protection + judgement ('declared war on its own people'): rule 1"))
U(d, "Ping repeated on Thursday that he considered himself the elected president", "in the Haut-Ogooué.",
  ("Jean Ping", C, neg, "Gabon", "surname only; claim of victory + 'stolen' = judgement"))
U(d, "He demanded a recount of the ballots polling station by polling station", "international community.",
  ("Jean Ping", T, neg, "Gabon", "'He' = Ping; demand for a supervised recount with no judgement word = calling_for_talks (labels/README: a demand without a judgement word)"))
U(d, "Government spokesman Alain-Claude Bilie-By-Nze, for his part, said the security forces", "among Ping's supporters.",
  ("Gabon", C, neg, "", "justification of the raid + accusation of armed arsonists sheltering among Ping's supporters; the accused are unnamed men -> target empty (unsure: could be neutral justification)"))
U(d, "\"Nobody was killed at the headquarters.", "Bilie-By-Nze told reporters.",
  ("Gabon", C, neg, "Jean Ping", "denial + counter-accusation ('spreading rumours in order to set the country alight') aimed at those who claim deaths = Ping (rule 1: the judgement decides over the denial)"))
U(d, "On Thursday evening, Moubelet-Boubeya said that between 800 and 1,100 people", "died in the unrest.",
  ("Gabon", N, neu, "", "surname only (introduced by role above); arrest and death figures"))
U(d, "Speaking to journalists at the presidential palace on Thursday, Ali Bongo accused", "at the ballot box.",
  ("Gabon", C, neg, "Jean Ping", "incumbent head of state = Gabon; 'a handful of people who could not accept defeat' = Ping's camp by context (unsure: no one named)"))
U(d, "The head of state said that anyone who contested the result", "can be settled\".",
  ("Gabon", T, neu, "Jean Ping", "'The head of state' = Bongo; appeal to use the legal channel = a peaceful course (calling_for_talks); addressed to the challengers"))
U(d, "In Paris, Foreign Minister Jean-Marc Ayrault said on Thursday morning", "doubt their accuracy.",
  ("France", T, neu, "Gabon", "demand for transparency (publication by polling station), no judgement word; Paris = place"))
U(d, "President François Hollande, in a statement from the Élysée, urged every side", "without delay.",
  ("France", T, neg, "", "appeal to all sides for restraint and de-escalation; the Élysée = place of the statement"))
U(d, "The French foreign ministry advised the roughly 14,000 French nationals", "until further notice.",
  ("France", N, neu, "", "consular advice to its own nationals = own measure, no position on the parties"))
U(d, "France has also asked for the UN Security Council to discuss the situation", "François Delattre, said.",
  ("France", T, neu, "", "asking for a Council meeting = seeking a diplomatic course (calling_for_talks, unsure: could be neutral procedure); attribution tail with the ambassador (= France)"))
U(d, "In Brussels, the European Union called on the Gabonese authorities", "said in a statement.",
  ("European Union", T, neu, "Gabon", "appeal for detailed results + restraint, no judgement; the EEAS = EU; Brussels = place"))
U(d, "The EU's election observation mission, led by the Bulgarian MEP Mariya Gabriel", "lacked transparency.",
  ("European Union", C, neg, "Gabon", "observer mission = EU; a past finding reported as done: 'lacked transparency' = judgement of the electoral commission (a Gabonese state body)"))
U(d, "Jean Ping's communications director, Jean-Gaspard Ntoutoume Ayi, said the opposition", "results by polling station.",
  ("Jean Ping", S, pos, "", "Ping's spokesman = Ping's camp; backing of the EU and US demand = supporting; two actors backed -> target empty"))
U(d, "In Washington, State Department spokesman John Kirby asked", "trust the outcome.",
  ("United States", T, neu, "Gabon", "request for disclosure with no judgement; wording of the real statement avoided"))
U(d, "In Addis Ababa, the Chairperson of the African Union Commission, Nkosazana Dlamini-Zuma", "through legal means.",
  ("African Union", T, neg, "", "concern + appeal for restraint and legal means (concern with an appeal = calling_for_talks); Addis Ababa = place"))
U(d, "The Commission said it was ready to support the Gabonese parties", "crisis peacefully.",
  ("African Union", S, pos, "", "'The Commission' = the AU Commission by context; offer of support to all the parties = supporting, target empty (unsure: could be read as a mediation offer, calling_for_talks)"))
U(d, "UN Secretary-General Ban Ki-moon said he was saddened by the loss of life", "restore calm.",
  ("United Nations", T, neg, "Gabon", "sadness + appeal for transparent verification, no judgement"))
U(d, "In the same statement, Ban criticised both the arson attacks", "destroyed property.",
  ("United Nations", C, neg, "", "judgement of both the arsonists and the security services -> target empty (aimed at two sides)"))
