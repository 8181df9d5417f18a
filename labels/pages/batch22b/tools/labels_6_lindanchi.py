# ------------------------------------------------------------------ Operation Linda Nchi, Kenya in Somalia (East African site, full HTML, 2011-11-04)
d = "page_lindanchi_kenya_eastafricasite.html"
# No rows: cookie bar, brand/tagline, date strip, nav, LATEST ticker, section label, headline, summary, meta line, share
# bars, figcaptions "1 of 3", ADVERTISEMENT, crossheads, "Related:", tags, newsletter, comments, most read, footer.
U(d, "Kenya's government said on Thursday that its forces would remain inside Somalia", "pay for what it called an invasion.",
  ("Kenya", C, neg, "Al-Shabaab", "long lead: staying until the threat is gone = announced operation against al-Shabaab (condemning); the militants' warning is narrated in the same sentence: own row"),
  ("Al-Shabaab", C, neg, "Kenya", "warning that Kenyans would pay = threat, reported inside the lead"))
U(d, "Government spokesman Alfred Mutua told reporters in Nairobi that Operation Linda Nchi", "Mutua said.",
  ("Kenya", C, neg, "Al-Shabaab", "open-ended timetable, then a quote opened after a colon and closed by the speaker: 'the same people ... kidnap our visitors' = accusation + commitment to fight on; Nairobi = place"))
U(d, "The operation followed a series of kidnappings on Kenyan soil", "blamed on the militants.",
  ("Kenya", C, neg, "Al-Shabaab", "Nairobi = metonym inside a background sentence; blaming the militants = accusation (the narration itself is no row)"))
U(d, "Internal Security Minister George Saitoti said at the time that Kenya would pursue the attackers", "and its economy.",
  ("Kenya", C, neg, "Al-Shabaab", "announced pursuit = operation against another side"))
U(d, "The military's spokesman, Major Emmanuel Chirchir, said on Wednesday that Kenyan forces had killed", "had been wounded.",
  ("Kenya", N, neu, "", "own strike and losses reported as done = neutral"))
U(d, "Chirchir also warned on Twitter that ten towns in southern Somalia", "al-Shabaab bases.",
  ("Kenya", C, neg, "Al-Shabaab", "announced attacks on towns held by the group + warning to civilians = threat; social media"))
U(d, "Chirchir said two aircraft carrying weapons for the militants had landed in Baidoa", "attacked its people.",
  ("Kenya", C, neg, "Eritrea", "two Kenyan voices in one sentence = one row; accusation + warning to Eritrea"))
U(d, "Eritrea's information ministry rejected the claim the same day", "as fabricated.",
  ("Eritrea", N, neg, "", "denial; 'fabricated' aimed at reports, not at an actor = neutral, negative"))
# "Relations with Somalia's Transitional Federal Government were strained ..." : background -> no row
U(d, "On October 24, President Sheikh Sharif Sheikh Ahmed said in Mogadishu", "without its consent.",
  ("Somalia", C, neg, "Kenya", "TFG = Somalia; refusing foreign forces without consent = objection to Kenya's operation (unsure: could be neutral, no judgement word); Mogadishu = place"))
# "The tone changed after a visit to Nairobi by Prime Minister Abdiweli Mohamed Ali." : narration -> no row
U(d, "In a joint communique issued on Monday, the two governments said they would coordinate", "held by the group.",
  ("Kenya", C, neg, "Al-Shabaab", "joint communique = one row per government; joint operations against al-Shabaab announced = condemning"),
  ("Somalia", C, neg, "Al-Shabaab", "same communique"))
U(d, "\"Our brothers in Kenya are helping us to free our country.", "after signing the document.",
  ("Somalia", S, pos, "Kenya", "two-sentence quote closed by 'Abdiweli told journalists': praise of Kenya's help = supporting (the 'common enemy' is implied al-Shabaab)"))
U(d, "Kenya's Foreign Minister Moses Wetangula said the communique settled the question of consent:", "he said.",
  ("Kenya", S, pos, "Somalia", "quote opened after a colon: denial of a rift + 'side by side with the legitimate government' = backing the TFG; Nairobi and Mogadishu as metonyms in the quote"))
U(d, "Al-Shabaab's spokesman, Sheikh Ali Mohamud Rage, told a rally", "take the war into Kenya.",
  ("Al-Shabaab", C, neg, "Kenya", "Rage = Al-Shabaab (name files); threat to attack Kenya"))
U(d, "\"Kenya has chosen war.", "close to the group.",
  ("Al-Shabaab", C, neg, "Kenya", "quote closed by 'he said, according to a recording ...' = threat; the radio station is no actor"))
U(d, "The militants have denied any role in the kidnappings", "criminal gangs.",
  ("Al-Shabaab", N, neg, "", "'The militants' = al-Shabaab; denial = neutral, negative"))
# "Two grenade attacks in Nairobi ... Police have charged a Kenyan man ..." : narration (police as subject, no position) -> no row
U(d, "The Intergovernmental Authority on Development (IGAD) said its member states supported Kenya's action", "sustain the offensive.",
  ("IGAD", S, pos, "Kenya", "backing Kenya's action + appeal for help to sustain the offensive (an appeal for support, not for peace) = supporting"))
# "IGAD foreign ministers are due to meet in Addis Ababa ..." : meeting scheduled -> no row
U(d, "The African Union Commission said the group's attacks had long threatened the whole region", "every effort to weaken it.",
  ("African Union", C, neg, "Al-Shabaab", "judgement of the group's attacks + welcome of efforts against it: rule 1"))
U(d, "AU Commission Chairperson Jean Ping said he hoped the offensive would be coordinated closely", "civilians would be spared.",
  ("African Union", T, pos, "", "Ping speaks for the AU (not declared as alias); hope that civilians are spared = calling_for_talks"))
U(d, "In Washington, State Department spokeswoman Victoria Nuland said the United States understood Kenya's concerns", "defeating al-Shabaab.",
  ("United States", S, pos, "Kenya", "understanding + shared goal = backing Kenya; Washington = place"))
U(d, "The US ambassador in Nairobi, Scott Gration, said American forces were not taking part in the fighting", "Kenyan military.",
  ("United States", S, pos, "Kenya", "denial of US combat role (neutral part) + continued training and support for the Kenyan military = supporting decides; Washington = metonym"))
# "Aid agencies have voiced alarm." : unnamed -> no row
U(d, "The UN refugee agency said registration of new arrivals at Dadaab had been suspended", "in the camps.",
  ("United Nations", N, neg, "", "UNHCR = United Nations; procedure and figures"))
# "Analysts say the hardest part of the campaign is still ahead." : unnamed analysts -> no row
U(d, "\"Taking small towns in the borderlands is one thing.", "Research Centre in Nairobi.",
  ("Abdirahman Warsame", N, neg, "", "named analyst (invented) = own actor; multi-sentence quote closed by the attribution"))
U(d, "\"The rains are turning the roads to mud", "among the population.\"",
  ("Abdirahman Warsame", N, neg, "", "quote continued after the attribution = own unit; scenario"))
U(d, "Warsame said Kenya's main risk was at home rather than in Somalia:", "the north-east.\"",
  ("Abdirahman Warsame", N, neg, "", "quote opened after a colon; risk"))
U(d, "\"It was a reckless decision taken in anger", "Institute of Strategic Studies.",
  ("Grace Njambi Mwaura", C, neg, "Kenya", "former diplomat (invented) = own actor; 'reckless decision taken in anger' = judgement of Kenya's decision"))
U(d, "She said Kenya should hand the operation over to AMISOM", "clans in the south.",
  ("Grace Njambi Mwaura", T, neu, "", "appeal for a handover and political talks = calling_for_talks; AMISOM as object"))
U(d, "\"A military victory in Jubaland will not hold", "what comes after.\"",
  ("Grace Njambi Mwaura", N, neu, "", "continued quote; assessment"))
# Garissa traders and the commenters -> no rows
