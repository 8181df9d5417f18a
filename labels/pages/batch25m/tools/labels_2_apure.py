# ------------------------------------------------------------------ Apure clashes, Venezuelan foreign-ministry communiques page (2021-03-23 to 2021-04-26)
d = "page_venezuela_apure2021_mfacommuniques.txt"
# Not statements: ministry masthead, menu, breadcrumb, page title, filed-under line, the communique headings and datelines
# ("COMMUNIQUE", titles, "Caracas, March 23, 2021"), ADVERTISEMENT, [Photo] caption, tags, related communiques, address, rights line.
U(d, "The Bolivarian Republic of Venezuela informs the international community", "set up camps on national soil.",
  ("Venezuela", N, neu, "", "own operation reported as under way, no judgement word: neutral (the guide's own-strike case); the groups are not a canonical actor"))
U(d, "According to the report delivered by the Minister of People's Power for Defence", "lost their lives.",
  ("Venezuela", N, neu, "", "figures given by the defence minister ('according to the report') = facts, neutral tone"))
U(d, "The Bolivarian Government announces that the operation will continue", "from Venezuelan territory.",
  ("Venezuela", C, neg, "", "announced operation against another side until expelled = condemning (threat/operation); armed groups not canonical -> target empty"))
U(d, "Venezuela extends its condolences to the families of the fallen officers", "men and women of the FANB.",
  ("Venezuela", N, pos, "", "condolences to its own soldiers' families and praise of its own army = self-praise, neutral with positive tone"))
U(d, "The Government of the Bolivarian Republic of Venezuela categorically rejects the statements", "the FANB is fighting.",
  ("Venezuela", C, neg, "Colombia", "rejection of another government's statements in protest = judgement"),
  ("Colombia", C, neg, "Venezuela", "reported clause inside Venezuela's communique: Blum's claim that Venezuela shelters the groups = accusation"))
U(d, "Ms Blum also asserted that the people who crossed into Arauquita", "violence of the armed groups.",
  ("Colombia", C, neg, "Venezuela", "a position of X reported by Y: only Colombia's position is in the sentence; accusation that Venezuelan troops drove people out"))
U(d, "Such claims are a crude attempt to hide the fact", "its own side of the border.",
  ("Venezuela", C, neg, "Colombia", "communique's own voice; judgement without a stock word ('crude attempt', 'abandoned')"))
U(d, "Venezuela reminds Bogotá that it was the Colombian State that failed", "lives of its soldiers.",
  ("Venezuela", C, neg, "Colombia", "blame for failing the peace agreement; Bogotá = Colombia (metonym)"))
U(d, "Foreign Minister Jorge Arreaza announced at a press conference that Venezuela has sent a letter", "on border matters.",
  ("Venezuela", T, neu, "", "request for the UN Secretary-General's good offices = calling for mediation/dialogue"))
U(d, "Arreaza explained that a second letter was addressed to the representative of Viet Nam", "can be examined.",
  ("Venezuela", T, neu, "", "asks the Council to examine the groups' activities: a request for a procedure, no judgement word (unsure: could be neutral)"))
U(d, "The Foreign Minister regretted that the Colombian government and part of its press", "maimed Venezuelan soldiers.",
  ("Venezuela", C, neg, "Colombia", "'regretted' aimed at an actor + charge of one-sided silence = judgement; 'The Foreign Minister' = Arreaza"))
U(d, "\"We have never closed the door on our neighbours.", "the Foreign Minister said.",
  ("Venezuela", T, pos, "Colombia", "multi-sentence quote closed by its speaker; open door to Bogotá = offer of dialogue"))
U(d, "The Bolivarian Republic of Venezuela rejects the report issued by the organisation Human Rights Watch", "without charge.",
  ("Venezuela", C, neg, "Human Rights Watch", "rejection of the report = judgement of the organisation's work"),
  ("Human Rights Watch", C, neg, "Venezuela", "HRW's accusation reported in a relative clause = HRW's position (executions, burning homes)"))
U(d, "The Venezuelan State affirms that no such executions took place", "established by law.",
  ("Venezuela", N, neg, "", "denial = neutral, negative tone"))
U(d, "The report repeats, without checking a single fact", "no credibility whatsoever.",
  ("Venezuela", C, neg, "Human Rights Watch", "discrediting the report and its sources = judgement"))
U(d, "The Government of the Bolivarian Republic of Venezuela expresses its gratitude", "sovereignty in Apure.",
  ("Venezuela", S, pos, "Bolivarian Alliance for the Peoples of Our America", "gratitude = approval of the bloc"),
  ("Bolivarian Alliance for the Peoples of Our America", S, pos, "Venezuela", "the bloc's statement of full support, reported in a relative clause"))
U(d, "In messages received by this Ministry, the governments of Cuba, Nicaragua and Bolivia", "their armed forces.",
  ("Cuba", S, pos, "Venezuela", "list of three states expressing solidarity: one row each"),
  ("Nicaragua", S, pos, "Venezuela", "same sentence"),
  ("Bolivia", S, pos, "Venezuela", "same sentence"))
U(d, "Venezuela welcomes these expressions of brotherhood and calls on all the governments", "fuels these groups.",
  ("Venezuela", S, pos, "", "welcome + appeal for joint action against trafficking, not a peace appeal: the welcome decides (unsure); several addressees -> target empty"))
# "The Pedro Gual Institute ... held a forum ..." = narration of an event, no position. No row.
U(d, "Deputy Minister for Latin America Rander Peña opened the forum", "past six decades.",
  ("Venezuela", N, pos, "", "fact about one's own record, self-praise tone; no judgement of Colombia stated"))
U(d, "Professor Hernán Colmenares, a specialist in international law", "in La Victoria.",
  ("Hernán Colmenares", C, neg, "Colombia", "invented independent scholar introduced by role; 'had lost control' = judgement of the Colombian State"))
U(d, "Colmenares argued that no other country in the hemisphere would have tolerated", "deserved recognition.",
  ("Hernán Colmenares", S, pos, "Venezuela", "praise of the FANB's restraint = approval of Venezuela's action"))
U(d, "Researcher Mireya Sandoval, who has studied the Apure-Arauca corridor", "several times.",
  ("Mireya Sandoval", C, neg, "Colombia", "invented researcher; charge that Bogotá's figures are inflated = accusation (unsure: could be neutral correction)"))
U(d, "Sandoval proposed a binational commission", "joint patrols.",
  ("Mireya Sandoval", T, neu, "", "proposal of a binational commission with UN observers = calling_for_talks"))
