# ------------------------------------------------------------------ Armenian General Staff demands Pashinyan's resignation ('world reacts' roundup, 2021-02-26)
d = "page_armenia_generalstaff_coupclaim2021_worldreacts.txt"
# Not statements: site name, menu, breadcrumb, headline, time stamp, byline, audio prompt, country labels (ARMENIA, TURKEY, ...),
# "Here is how governments ... responded." (link-in line), WHAT ANALYSTS SAY, timeline lines, Related coverage, newsletter prompt, copyright.
U(d, "Armenia was plunged into a new political crisis on Thursday", "to step down.",
  ("Armenia", C, neg, "", "the General Staff's demand that the government resign, reported in the lede; the guide makes an army speak for its state (unsure: here the army defies its own government); target empty (target cannot be the actor)"))
# "The letter came a day after Pashinyan removed the first deputy chief of staff ..." = background of a dismissal and a remark, no row.
U(d, "Pashinyan went live on Facebook within the hour", "in Republic Square.",
  ("Armenia", C, neg, "", "'a bid by the top brass to grab power' + dismissal = judgement of the generals (state-internal: target empty)"))
# "Opposition parties, who have demanded his resignation ..., held a rival rally" = unnamed parties, narration of a rally, no row.
U(d, "In its statement, the General Staff said", "against using force.",
  ("Armenia", C, neg, "", "army's statement: negative judgement of the cabinet ('lost the ability ... leading it towards disaster') outweighs the warning against force (rule 1); army = state per the guide (unsure)"))
U(d, "Addressing thousands of supporters in Republic Square", "not by tanks.",
  ("Armenia", C, neg, "", "'no business dictating to an elected government' = judgement of the army without a stock word"))
U(d, "He said he was still ready to meet opposition leaders", "early election.",
  ("Armenia", T, pos, "", "'He' = Pashinyan; offer of a meeting with the opposition = calling_for_talks"))
U(d, "President Armen Sarkissian's office said", "inside the constitution.",
  ("Armenia", T, neu, "", "president's office: contacts (fact) + appeal for restraint to all = calling_for_talks"))
U(d, "The opposition Homeland Salvation Movement said", "in full.",
  ("Homeland Salvation Movement", S, pos, "", "opposition alliance backs the generals' demand = supporting (target empty: the generals are part of the state; the implied target of criticism is the government)"))
U(d, "Ankara came down firmly on the side of the elected government in Yerevan", "relations with it.",
  ("Turkey", S, pos, "Armenia", "the outlet's summary of Turkey's position: backing the elected government (the body's first line under TURKEY, not a headline)"))
U(d, "Foreign Minister Mevlut Cavusoglu, speaking at a news conference in Budapest", "condemned it.",
  ("Turkey", C, neg, "", "reported clause: 'never accept ... condemned it' = judgement of the generals' demand; Budapest = place"))
U(d, "Stability in all three countries that signed the Karabakh ceasefire", "he said.",
  ("Turkey", N, neu, "", "general remark on stability, no appeal and no judgement = neutral"))
U(d, "Presidential communications director Fahrettin Altun wrote on Twitter", "stood against it.",
  ("Turkey", C, neg, "", "'attempt to topple an elected leader' + 'stood against it' = opposing an act = condemning"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow was watching events", "alone to sort out.",
  ("Russia", N, neg, "", "unease without an appeal + 'a matter for Armenians alone' = concern, neutral (the appeal follows in the next unit)"))
U(d, "He urged all sides to keep calm and stay within the law.", "within the law.",
  ("Russia", T, neu, "", "speaker carried over: Peskov; appeal for calm to all = calling_for_talks"))
U(d, "Asked about Pashinyan's remarks on the Iskanders", "Defence Ministry.",
  ("Russia", N, neg, "", "rebuttal of Pashinyan's claim about the missiles = a denial, neutral with a negative tone"))
U(d, "President Vladimir Putin spoke to Pashinyan by telephone", "calm in the republic.",
  ("Russia", T, neu, "Armenia", "Kremlin readout: in favour of order and calm = appeal/hope for calm, addressed to Armenia's leader"))
U(d, "State Department spokesman Ned Price told reporters", "closely.",
  ("United States", N, neu, "", "monitoring the situation = neutral"))
U(d, "He said soldiers in a democracy stay out of political quarrels", "of their constitution.",
  ("United States", T, neu, "Armenia", "principle reminder without a judgement word + appeal to settle the dispute peacefully = calling_for_talks (unsure: the reminder implies criticism of the generals)"))
U(d, "A spokesperson for EU foreign policy chief Josep Borrell said", "fraught situation.",
  ("European Union", T, neu, "", "expectation of respect for constitutional order + appeal to all to avoid inflaming steps = calling_for_talks"))
U(d, "The French foreign ministry said Paris was attached", "political disagreements.",
  ("France", T, pos, "", "attachment to institutions (support) + peaceful settlement (appeal): rule 2 before rule 3 = calling_for_talks"))
U(d, "It said France was in contact with the Armenian authorities.", "Armenian authorities.",
  ("France", N, neu, "", "'It' = the ministry; contacts reported = procedural, neutral"))
U(d, "Foreign ministry spokesman Saeed Khatibzadeh said Tehran hoped", "return quickly.",
  ("Iran", T, pos, "Armenia", "hope that the crisis is overcome legally and calm returns = calling_for_talks ('its northern neighbour' = Armenia)"))
U(d, "Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev", "own affair.",
  ("Azerbaijan", N, neu, "", "internal affair of another state = neutral"))
U(d, "He said Azerbaijan would be watching to make sure", "November ceasefire.",
  ("Azerbaijan", N, neg, "", "watchfulness over a spill-over, no explicit threat or appeal = concern, neutral (unsure: could be read as a veiled warning)"))
U(d, "Georgia's foreign ministry said Tbilisi was following developments", "with concern.",
  ("Georgia", N, neg, "", "concern with no appeal = neutral"))
U(d, "It expressed hope that the situation would be resolved peacefully", "through dialogue.",
  ("Georgia", T, pos, "", "hope for a peaceful resolution through dialogue = calling_for_talks"))
U(d, "The Moscow-based Collective Security Treaty Organization", "domestic political matter.",
  ("CSTO", N, neu, "", "declines to comment = procedural, neutral"))
U(d, "Levon Hovsepyan, director of the Caucasus Policy Lab in Yerevan, said", "political demand.",
  ("Levon Hovsepyan", C, neg, "", "invented analyst; 'grave mistake' = judgement of the generals (target empty: army of Armenia, not an actor of its own)"))
U(d, "\"Whatever you think of Pashinyan, and I am no admirer", "Hovsepyan said.",
  ("Levon Hovsepyan", C, neg, "", "'an army that has forgotten its job' = judgement without a stock word"))
U(d, "He said he expected a snap election within months.", "within months.",
  ("Levon Hovsepyan", N, neu, "", "forecast, no position"))
U(d, "Anna Melkonian, who teaches comparative politics", "no troops had moved.",
  ("Anna Melkonian", N, neu, "", "invented scholar; classification of the event, no evaluation of an actor"))
U(d, "She said it showed how deep the distrust", "since the war.",
  ("Anna Melkonian", N, neg, "", "analysis of distrust, no judgement of an actor, no appeal"))
