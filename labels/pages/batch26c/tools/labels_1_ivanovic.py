# ------------------------------------------------------------------ Killing of Oliver Ivanovic, Mitrovica (wire copy, 2018-01-16)
d = "page_kosovo_ivanovic_killing2018_wire.txt"
# Not statements: menu, time stamp, UPDATE headline, byline, read time, the three bullets, ADVERTISEMENT, capitals crossheads,
# reporting credits, Our Standards, Related Coverage, tags, most read.
U(d, "Oliver Ivanovic, one of the best-known Serb politicians", "calling the killing a terrorist act.",
  ("Serbia", C, neg, "", "long lead: walk-out + 'terrorist act'; the judgement decides (rule 1); culprit unknown -> target empty"))
# "Ivanovic, 64, was hit by several shots ..." = facts from an unnamed lawyer; "Police cordoned off ..." = narration: no row.
U(d, "Serbian President Aleksandar Vucic, who convened his National Security Council", "treat it accordingly.",
  ("Serbia", C, neg, "", "reported clause: 'act of terror' + 'treat it accordingly' = judgement with a veiled response"))
U(d, "\"Whoever did this wanted to bury the little trust", "Vucic told reporters in Belgrade.",
  ("Serbia", C, neg, "", "two-sentence quote closed by its speaker; judgement + promise of punishment, no named culprit"))
U(d, "He said Serbia had asked EU and U.N. officials", "if that request was turned down.",
  ("Serbia", N, neu, "", "procedural request about the inquiry; EU and UN are addressees, not speakers"))
U(d, "Marko Djuric, head of the Serbian government's office for Kosovo", "to every Serb family in Kosovo.",
  ("Serbia", C, neg, "", "second-hand attribution ('was quoted by ... Tanjug as saying'); the agency is not an actor"))
U(d, "The delegation flew back to Belgrade before the session opened.", "before the session opened.",
  ("Serbia", N, neu, "", "leaving the talks told as an act, no protest stated in this sentence -> neutral (guide rule 4)"))
# "A new date for the technical round was not set." = narration, no row.
U(d, "In Pristina, the Kosovo government said in a statement", "could excuse it.",
  ("Kosovo", C, neg, "", "judgement of the murder; culprit unknown"))
U(d, "Prime Minister Ramush Haradinaj said his cabinet would give the police", "whoever they turned out to be.",
  ("Kosovo", N, neu, "", "own measures, no evaluation or appeal"))
U(d, "Kosovo President Hashim Thaci wrote on Facebook", "to help investigators.",
  ("Kosovo", C, neg, "", "condemnation + appeal for calm: rule 1"))
U(d, "Police spokesman Besim Hoti said no arrests had been made", "cameras in the area.",
  ("Kosovo", N, neu, "", "police spokesman (state agency) giving facts"))
U(d, "Maja Kocijancic, spokeswoman for EU foreign policy chief Federica Mogherini, said the bloc condemned", "as fast as the evidence allowed.",
  ("European Union", C, neg, "", "spokesperson named by role first; condemnation + expectation of the inquiry: rule 1"))
U(d, "\"This is a moment for restraint from everyone", "the only route to normal relations.",
  ("European Union", T, neu, "", "'the spokesperson' by surname; appeal for restraint + dialogue, no judgement"))
U(d, "The EU rule of law mission, EULEX, said in a statement", "police and prosecutors.",
  ("European Union", S, pos, "Kosovo", "experts offered to the Kosovo police = assistance offered"))
U(d, "U.S. Ambassador to Kosovo Greg Delawie said the killing was an attack", "future for the north.",
  ("United States", C, neg, "", "judgement of the killing without a stock verb; culprit unknown"))
U(d, "\"The investigators must follow every lead, and quickly", "Delawie said in a written statement.",
  ("United States", T, neg, "Kosovo", "demand on Kosovo's institutions for a swift inquiry, no judgement word (calls for an inquiry = talks, labels/README; demand to one side = negative)"))
U(d, "\"Nobody should use this crime to stir up fear.\"", "to stir up fear.\"",
  ("United States", T, neu, "", "quote continued after the attribution: appeal not to inflame, addressed to no one side"))
U(d, "NATO's KFOR peacekeeping force said it was in close contact", "no immediate threat to public order.",
  ("NATO", N, neu, "", "own measures and an assessment, no appeal"))
U(d, "Russia's Foreign Ministry said the murder was a \"provocation\"", "carried by Russian news agencies.",
  ("Russia", C, neg, "", "'provocation' + blame on the missions' failure to protect Serbs; several addressees -> target empty"))
U(d, "Moscow also said it would watch closely", "merely promises.",
  ("Russia", N, neg, "", "scepticism about the inquiry with no explicit judgement or appeal (unsure: could be read as condemning)"))
U(d, "Zahir Tanin, head of the U.N. mission in Kosovo, UNMIK", "international agencies on the ground.",
  ("United Nations", S, neu, "Kosovo", "'was described by the mission as shocked' (no appeal) + offer of help = supporting"))
U(d, "Albanian Prime Minister Edi Rama wrote that he regretted", "keep talking all the same.",
  ("Albania", C, neg, "", "regret + judgement ('a gift to those who profit from enmity') + appeal: rule 1; culprit unnamed"))
U(d, "In Belgrade, Prime Minister Ana Brnabic said the government", "the costs of the funeral.",
  ("Serbia", S, pos, "", "backing by act for the victim's family (condolence by deed); the family is not an actor -> target empty"))
# "Ivanovic led the Freedom, Democracy, Justice party ..." and "Last summer his car was set on fire ..." = background, no row.
U(d, "\"He was a man both sides could phone at midnight", "Belgrade Centre for Regional Dialogue.",
  ("Jelena Markovic", N, neg, "", "invented analyst, quote first and name after; reading of motives, no named actor judged"))
U(d, "She said suspicion would fall on criminal networks", "the north's economy.",
  ("Jelena Markovic", N, neu, "", "forecast of the inquiry, no judgement of a canonical actor"))
U(d, "Markovic said both capitals should now hand the case", "keep their own rhetoric down.",
  ("Jelena Markovic", T, neu, "", "surname only; appeal to both sides for restraint"))
U(d, "\"If Belgrade and Pristina start to use his death", "she said.",
  ("Jelena Markovic", N, neg, "", "warning of a risk, quote continuing the appeal in its own paragraph"))
U(d, "Arben Gashi, a lecturer in political science at the University of Pristina", "unchecked for years.",
  ("Arben Gashi", C, neg, "Kosovo", "invented scholar; 'failure of successive governments' = judgement without a stock verb"))
# "A resident who gave only his first name, Dejan, ..." = a resident's observation, no position: no row.
