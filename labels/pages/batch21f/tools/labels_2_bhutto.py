# ------------------------------------------------------------------ Benazir Bhutto's assassination: PPP, government, world (South Asian English-language daily, scraped, 2007-12-31)
d = "page_bhutto_southasiandaily.txt"
# No row: masthead, editions, date line, section menu, weather/market strip, headline and bullet summary, bureau byline,
# print/share bar, dateline (excluded from the first unit), crossheads, ADVERTISEMENT, "Related:", tags, comments link,
# most read, copyright.
U(d, "The Pakistan Peoples Party on Sunday handed its leadership", "killed in Rawalpindi on Thursday.",
  ("Pakistan Peoples Party", N, neu, "", "long lead: leadership decision and election participation (neutral) + rejection of the official account, which disputes facts like a denial (the accusations follow in the spokespeople's lines) -> neutral (unsure: could be condemning)"))
# No row: "The decision was taken at a meeting ..." (setting, burial: narration)
U(d, "\"We will go into the election, because walking away now", "Zardari said.",
  ("Pakistan Peoples Party", N, neg, "", "Zardari as co-chairman = PPP; participation announced, defiance; 'the people who wanted her out of the way' names no one -> neutral, negative; multi-sentence quote closed by its speaker"))
U(d, "The party was scathing about the account given on Friday by the interior ministry", "not from gunshot wounds.",
  ("Pakistan", N, neg, "", "summary line for the PPP (no PPP row, its specific statements follow); the interior ministry's account of the cause of death, reported inside the sentence = Pakistan's factual claim -> neutral"))
U(d, "\"This is a lie told to cover up the failure to protect her", "prepared for burial.",
  ("Pakistan Peoples Party", C, neg, "Pakistan", "'a lie ... cover up' aimed at the interior ministry (= Pakistan)"))
U(d, "Zardari said the party welcomed the Security Council's condemnation", "at the Security Council.",
  ("Pakistan Peoples Party", T, neu, "", "welcome + appeal: the demand for a UN-led inquiry (no judgement word) = diplomatic recourse -> calling_for_talks by rule 2 before rule 3 (as batch5c's demands for an investigation); Hariri only mentioned"))
U(d, "He also said the family had refused a post-mortem examination", "itself under suspicion.",
  ("Pakistan Peoples Party", C, neg, "Pakistan", "'He' = Zardari; 'a state that was itself under suspicion' = an accusation of the state"))
U(d, "Party spokesman Farhatullah Babar said the government was shielding", "by the same officials.",
  ("Pakistan Peoples Party", C, neg, "Pakistan", "accusation of shielding + refusal of the inquiry in protest"))
U(d, "In Islamabad, interior ministry spokesman Brigadier (retd) Javed Iqbal Cheema said the government had told the nation the truth", "if the family asked for it.",
  ("Pakistan", N, neg, "", "denial of the PPP's charge + an offer (exhumation): no judgement -> neutral, negative; Islamabad = place"))
U(d, "\"Pakistan's investigators have the skills and the local knowledge for this.", "calls for an outside inquiry.",
  ("Pakistan", N, neg, "", "refusing foreign investigators for a stated capability reason, no protest or judgement -> neutral (procedural refusal)"))
U(d, "Cheema repeated the ministry's assertion that the killing had been ordered", "an associate after the attack.",
  ("Pakistan", C, neg, "Pakistani Taliban", "accusation naming the militant commander Baitullah Mehsud (leader of the Pakistani Taliban = TTP)"))
# No row: "Security forces across the country were placed on high alert ..." (passive narration)
U(d, "Speaking of the rioting that broke out in Sindh", "had been set on fire.",
  ("Pakistan", N, neu, "", "'he' = Cheema; casualty and damage figures from an actor -> neutral, neutral tone"))
U(d, "\"Anyone caught setting fire to property will be dealt with without mercy", "use force against arsonists.",
  ("Pakistan", C, neg, "", "a threat + ordered crackdown against rioters (no canonical actor) -> condemning, target empty"))
U(d, "\"Baitullah Mehsud has no hand in this.", "from an undisclosed location.",
  ("Pakistani Taliban", N, neg, "", "Mehsud's spokesman = Pakistani Taliban; denial -> neutral, negative; 'our fight is with the army' is a statement of posture, not a new threat"))
U(d, "Omar went on to accuse the government and its intelligence agencies", "from the real culprits.",
  ("Pakistani Taliban", C, neg, "Pakistan", "surname-like name only; counter-accusation of the government"))
U(d, "In Lahore, former prime minister Nawaz Sharif, who had said on Thursday", "alongside the PPP.",
  ("PML-N", N, neu, "", "Sharif speaks for his party (PML-N, name files); reversal of the boycott = participation announced, no judgement"))
U(d, "Sharif said he had taken the decision after talking to Zardari", "cost Benazir Bhutto her life.",
  ("PML-N", C, neg, "Pakistan", "surname only; demand that the president quit + holds him responsible -> condemning the state's head (= Pakistan)"))
U(d, "The Election Commission was to meet on Monday", "its secretary Kanwar Dilshad said.",
  ("Pakistan", N, neu, "", "state election body = Pakistan; procedure; attribution tail"))
# No row: "Condemnation continued to arrive from abroad." (summary line before the specific statements)
U(d, "US President George W. Bush, speaking from his ranch in Crawford", "the best tribute to Ms Bhutto.",
  ("United States", C, neg, "", "judgement of the attackers (unnamed) + appeal to keep the election timetable: rule 1"))
U(d, "A State Department spokesman said on Saturday that Washington was in contact", "ready to help if asked.",
  ("United States", S, neu, "Pakistan", "offer of help with the investigation = supporting; Washington = metonym"))
U(d, "In New Delhi, Prime Minister Manmohan Singh said he was deeply grieved", "to the whole region.",
  ("India", C, neg, "", "grief + the killing called terrorism (a judgement of the act); New Delhi = place"))
U(d, "India's external affairs minister, Pranab Mukherjee, said New Delhi hoped", "calm would return soon.",
  ("India", T, pos, "Pakistan", "a hope for a peaceful outcome -> calling_for_talks; New Delhi = metonym"))
U(d, "British Prime Minister Gordon Brown described the assassination as a crime", "choose their own government.",
  ("United Kingdom", C, neg, "", "judgement of the unnamed killers"))
U(d, "Foreign Secretary David Miliband said Britain stood ready", "in the investigation.",
  ("United Kingdom", S, pos, "Pakistan", "offer of assistance = supporting"))
U(d, "The UN Security Council, meeting in emergency session", "carried it out.",
  ("United Nations", C, neg, "", "condemnation + cooperation to bring the culprits to book (rule 1); no perpetrator named"))
U(d, "Secretary-General Ban Ki-moon called on all Pakistanis to stay calm", "at this difficult moment.",
  ("United Nations", T, neu, "Pakistan", "appeal for calm and restraint + solidarity: rule 2 before rule 3"))
U(d, "China's foreign ministry said Beijing supported the Pakistani government's efforts", "as planned.",
  ("China", S, pos, "Pakistan", "backing of the government's efforts = supporting; Beijing = metonym"))
U(d, "Afghan President Hamid Karzai, who had met Ms Bhutto in Islamabad", "Afghanistan was fighting.",
  ("Afghanistan", C, neg, "", "praise of Bhutto + the killers called the enemies Afghanistan fights: the judgement decides (rule 1); no group named"))
# No row: "Analysts said the PPP's decision to stay in the race ..." (unnamed analysts)
U(d, "\"The sympathy vote for the PPP in Sindh will be enormous", "a Lahore-based political analyst.",
  ("Ayesha Rauf", N, neg, "", "independent analyst; scenarios and risks, no judgement; multi-sentence quote closed by its speaker"))
U(d, "Shahid Anwar Kazmi, a retired army brigadier who now writes on security matters", "before the vote.",
  ("Shahid Anwar Kazmi", N, neg, "", "independent former officer; assessment in war vocabulary"))
U(d, "\"An operation in South Waziristan in the middle of an election campaign", "he said.",
  ("Shahid Anwar Kazmi", N, neg, "", "risks of an operation, no judgement"))
U(d, "\"But if there is another attack on a leader", "impossible to resist.\"",
  ("Shahid Anwar Kazmi", N, neg, "", "the same quote continued after its attribution = its own unit, same speaker; a scenario"))
U(d, "Kazmi said the government had damaged its own credibility", "from the first day.",
  ("Shahid Anwar Kazmi", C, neg, "Pakistan", "judgement of the government's changing accounts + what it should have done: rule 1"))
# No row: "The party's workers, meanwhile, have been told to observe forty days of mourning ..." (passive narration)
