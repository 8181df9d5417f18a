# ------------------------------------------------------------------ Colombia breaks diplomatic relations with Israel (full HTML, English-language Colombian site, 2024-05-02)
d = "page_petro_israel_ties_webpage.html"
U(d, "Colombia on Thursday formally severed diplomatic relations with Israel", "genocide in Gaza.",
  ("Colombia", C, neg, "Israel", "dateline excluded; severing ties + accusation of genocide = measure in protest + judgement"))
U(d, "Standing before thousands of supporters waving Palestinian flags", "not be one of them.",
  ("Colombia", C, neg, "", "Petro (surname only): judgement on silent countries and an accusation made by describing the killing of children; no actor named in the sentence -> target empty"))
U(d, "The Foreign Ministry confirmed the decision in a communiqué", "Thursday afternoon.",
  ("Colombia", N, neu, "", "procedure: confirmation of a decision already labelled, no new judgement"))
U(d, "The ministry said consular services for the roughly 5,000 Colombians", "Jewish communities in Colombia.",
  ("Colombia", N, neu, "", "'The ministry' = Colombia; consular plan + reassurance that the break is not aimed at the people (no judgement, no appeal)"))
U(d, "The communiqué renewed Colombia's call for an immediate ceasefire", "access to the enclave.",
  ("Colombia", T, neu, "", "ceasefire, hostages, humanitarian access = calling_for_talks; addressed to no one in particular"))
U(d, "Acting Foreign Minister Luis Gilberto Murillo, who has run the ministry", "step for months.",
  ("Colombia", N, neu, "", "speaker introduced by role; how the decision was taken (Leyva is only mentioned)"))
U(d, "\"This was not improvised.", "Murillo said.",
  ("Colombia", N, neg, "", "multi-sentence quote closed by its speaker; justification, no explicit judgement of Israel (unsure: implied blame)"))
U(d, "He added that Israel was bound by international humanitarian law", "end to the war.",
  ("Colombia", T, neu, "Israel", "obligation to respect IHL + hope for a negotiated end, no judgement word (rule 2); Bogotá = metonym"))
U(d, "Israel's Foreign Minister Israel Katz responded within hours", "over its victims.",
  ("Israel", C, neg, "Colombia", "accusation of rewarding Hamas; Petro = Colombia (target)"))
U(d, "Katz wrote that the friendship between Colombians and Israelis", "part of his politics.\"",
  ("Israel", C, neg, "Colombia", "accusation of hostility to Jews aimed at the president"))
U(d, "Palestinian President Mahmoud Abbas thanked Petro", "others have lacked.\"",
  ("Palestine", S, pos, "Colombia", "thanks/praise = supporting"))
U(d, "Hamas, the Islamist group that runs Gaza, also welcomed the decision", "Gaza's people.",
  ("Hamas", S, pos, "Colombia", "welcome of the decision, no appeal in this sentence"))
U(d, "The group urged other Latin American governments to follow", "occupation entity.\"",
  ("Hamas", C, neg, "Israel", "'The group' = Hamas; appeal to cut ties + 'criminal occupation entity' (judgement, rule 1); Bogotá is a metonym, not a speaker"))
U(d, "Bolivia cut diplomatic relations with Israel at the end of October", "conduct of the war.",
  ("Bolivia", C, neg, "Israel", "list of specific acts reported as done: breaking ties in protest"),
  ("Chile", C, neg, "Israel", "recalled its ambassador over the war = protest measure"),
  ("Honduras", C, neg, "Israel", "same list"))
U(d, "Senator Iván Cepeda of Petro's Historic Pact coalition said", "long overdue.",
  ("Historic Pact", S, pos, "Colombia", "coalition senator = his party (as batch5c did for Lapid/Yesh Atid; unsure); approval of the government's step"))
U(d, "Representative Juan Espinal of the opposition Democratic Center party said", "national interest.\"",
  ("Democratic Center", C, neg, "Colombia", "opposition party judges its own government's decision"))
U(d, "The Confederation of Jewish Communities of Colombia said the decision hurt", "still held in Gaza.",
  ("Confederation of Jewish Communities of Colombia", C, neg, "Colombia", "community organisation: regret + rejection of the president's 'genocide' label = judgement of the government"))
U(d, "Ties between the two countries have been fraying since October", "Kfir jets.",
  ("Colombia", C, neg, "Israel", "past act reported: Petro's Nazi comparison = judgement"),
  ("Israel", C, neg, "Colombia", "halting security exports = measure against the other side"))
