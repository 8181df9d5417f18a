# ------------------------------------------------------------------ Operation Sangaris and UNSC resolution 2127, Central African Republic (Central African news site, full HTML, 2013-12-11)
d = "page_car_sangaris_centralafricansite.html"
U(d, "France pressed on with disarming the militias of Bangui", "stripped of its guns.",
  ("France", C, neg, "", "long lead mixing narration (deaths, Hollande's trip) and a position: warning that every armed group will be stripped of its guns = announced operation against other sides (condemning); several groups -> target empty"))
# no row: "The two soldiers died in an exchange of fire ..." (narration, no source)
# no row: "Hollande, who stopped in Bangui ... bowed before the two coffins ..." (narration of a visit)
U(d, "Defence Minister Jean-Yves Le Drian told French radio", "collected at the camps.",
  ("France", N, neu, "", "own operation reported as going to plan, war vocabulary as topic = neutral"))
U(d, "He said part of the 1,600-strong French force", "attacks on villages.",
  ("France", N, neu, "", "pronoun subject = Le Drian; troop movement plan = neutral"))
U(d, "Foreign Minister Laurent Fabius, speaking in Paris, insisted", "country's communities.",
  ("France", N, neu, "", "own operation described as short and impartial; no judgement, no appeal"))
U(d, "\"Our soldiers have not come to choose", "Fabius said.",
  ("France", N, pos, "", "two-sentence quote closed by its speaker = one unit; purpose of its own deployment (justification, as batch5c treats own drills), not an appeal to others (unsure: could be read as a hope that the killing stops = talks)"))
U(d, "Paris has said it expects the bulk of its troops", "about six months.",
  ("France", N, neu, "", "Paris = metonym for the French government; duration plan"))
# no row: "Hollande also had pointed words for his host." (summary line before the specific statement)
U(d, "He told reporters at the airport that a leader who had watched the massacres", "if at all possible.",
  ("France", C, neg, "Central African Republic", "judgement without stock words on the transitional president (watched without lifting a finger; should not stay) = condemning; Djotodia = CAR transition authorities"))
U(d, "Djotodia's office, in a statement read on national radio", "until further notice.",
  ("Central African Republic", S, pos, "France", "welcome of the French and African troops (supporting) + own measure confining ex-Seleka; target France (the troops named first; AU force also meant, unsure)"))
# no row: "The statement made no mention of Hollande's remarks ..." (non-answer)
U(d, "Prime Minister Nicolas Tiangaye, whose relations with the presidency", "same table.",
  ("Central African Republic", T, pos, "", "hope that neighbours lay down arms + reconciliation = calling_for_talks (hope, guide)"))
U(d, "Asked about claims that ministers had handed weapons", "bring their proof.\"",
  ("Central African Republic", N, neg, "", "quote opened after a colon; denial = neutral, negative tone"))
# no row: "The former rebels, who brought Djotodia to power in March, have complained loudly ..." (summary line)
U(d, "In a statement sent to journalists on Tuesday, a group of former Seleka commanders", "anti-balaka militias.",
  ("Seleka", C, neg, "France", "unnamed commanders of a named group speak for it; accusation of one-sided disarmament"))
U(d, "The French army's spokesman in Paris, Colonel Gilles Jaron, rejected the charge.", "The French army's spokesman in Paris, Colonel Gilles Jaron, rejected the charge.",
  ("France", N, neg, "", "denial = neutral, negative tone; Paris = place here"))
U(d, "He said the soldiers had been ordered to seize every weapon", "on Monday.",
  ("France", N, neu, "", "orders and disarmament figures of its own troops = neutral"))
U(d, "In Boy-Rabe itself, a man who introduced himself as an anti-balaka commander", "left armed.",
  ("Anti-balaka", C, neg, "Seleka", "unnamed commander of a named militia = Anti-balaka; refusal to disarm + threat to come back into the city = condemning"))
# no row: "\"We protected our families when nobody else would,\" he said ..." (self-justification, kept without a row to stay within the row budget; would be neutral)
# no row: the PK5 shopkeeper (resident, unnamed: not an actor)
U(d, "The Security Council resolution adopted unanimously on Thursday authorised", "protect civilians.",
  ("United Nations", S, neu, "", "authorising MISCA and the French troops = backing by act; two actors backed -> target empty"))
U(d, "It also imposed an arms embargo on the country", "asset freeze.",
  ("United Nations", C, neg, "", "arms embargo + threatened sanctions against spoilers = measures/threat = condemning; aimed at unnamed individuals -> target empty"))
U(d, "Gérard Araud, France's ambassador to the United Nations, who holds the Council's rotating presidency", "their encouragement.",
  ("United Nations", S, pos, "France", "the Council president reports members' encouragement of the French action = the Council's position (speaks for the body, not for France here; unsure)"))
U(d, "UN Secretary-General Ban Ki-moon, through his spokesman Martin Nesirky, welcomed", "reach the displaced.",
  ("United Nations", T, neu, "", "welcome + appeal to stop attacks and let aid through, no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "The UN refugee agency said tens of thousands", "church compounds.",
  ("United Nations", N, neg, "", "UNHCR = United Nations; displacement figures"))
U(d, "In Addis Ababa, the chairperson of the African Union Commission, Nkosazana Dlamini-Zuma, thanked France", "among others.",
  ("African Union", S, pos, "France", "thanks = approval + own troop increase (plan); Addis Ababa = place"))
U(d, "The AU Peace and Security Council welcomed the Security Council's vote but deplored", "the past week.",
  ("African Union", C, neg, "", "welcome + judgement: 'deplored' the revenge and blame on both groups = condemning (rule 1); two groups -> target empty"))
U(d, "Congo's President Denis Sassou Nguesso, the mediator named by the Economic Community", "political forces.",
  ("ECCAS", T, neu, "Central African Republic", "a head of state speaking as the regional body's mediator speaks for ECCAS (guide); appeal to respect the roadmap and keep talking"))
# no row: "Chad, whose soldiers form the largest contingent ..., has faced accusations in Bangui ..." (accusers unnamed; background)
U(d, "N'Djamena's foreign ministry dismissed those reports", "to safety.",
  ("Chad", N, neg, "", "N'Djamena = metonym; denial ('fabrications') + own troops' record = neutral, negative tone"))
U(d, "In Washington, the Pentagon said US Air Force transport planes", "African Union.",
  ("United States", S, neu, "African Union", "airlift of Burundian troops for the AU force = backing by act; Washington = place"))
U(d, "President Barack Obama also recorded a message", "every community.",
  ("United States", T, neu, "", "appeal to reject revenge and protect civilians = calling_for_talks"))
U(d, "The European Union, which has promised €50 million for MISCA", "this month.",
  ("European Union", S, neu, "African Union", "funding for the AU mission = backing by act"))
# no row: "Analysts say the hardest part may still lie ahead." (unnamed analysts, summary line)
U(d, "Edith Ngbanda, a political scientist at the University of Bangui, said", "separate parts of the city.",
  ("Edith Ngbanda", N, neg, "", "independent scholar on risks; no judgement"))
U(d, "\"If the Muslims of PK5 come to believe", "Ngbanda said.",
  ("Edith Ngbanda", N, neg, "", "multi-sentence quote closed by its speaker; scenario (partition), no judgement"))
U(d, "She added that the transitional authorities had lost the trust", "change that.",
  ("Edith Ngbanda", N, neg, "", "assessment of lost trust + what could change it; read as analysis, not a judgement (unsure)"))
U(d, "Marc-André Lévesque, who follows Central Africa for a Brussels-based", "Belgium combined.",
  ("Marc-André Lévesque", N, neg, "", "analyst on force numbers and risks; no judgement"))
U(d, "\"The armed groups know this.", "he said.",
  ("Marc-André Lévesque", N, neg, "", "quote closed by 'he said' = Lévesque; scenario"))
U(d, "Lévesque said the Djotodia government had shown a reckless indifference", "date for elections.",
  ("Marc-André Lévesque", C, neg, "Central African Republic", "independent voice with an explicit judgement ('reckless indifference') + conditionality appeal = condemning (rule 1)"))
