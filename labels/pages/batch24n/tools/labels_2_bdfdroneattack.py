# ------------------------------------------------------------------ Houthi drone attack on the Bahraini force on the Saudi southern border (Gulf state news agency, 2023-09-26)
d = "page_bahrain_bdfdroneattack2023_gulfagency.txt"
# Not statements: agency masthead, language bar, breadcrumb, headline, date line, dateline line, photo caption "Photo 1/3",
# ADVERTISEMENT, "Related:" line, tags, share bar, most read, copyright.
# "Manama, Sep. 26 (GINA) -- Messages of condemnation and solidarity continued to reach ..." = the agency's summary lead
# (its characterisation "treacherous" is the outlet's voice, no speaker), no row.
U(d, "The BDF General Command said in a statement that the Houthis had sent drones", "for more than a year.",
  ("Bahrain", C, neg, "Houthis", "army command = Bahrain; accusation + breach of the truce"))
U(d, "The General Command said an aircraft carrying a specialist medical team", "Corporal Yaqoub Rahmat Moulai Mohammed.",
  ("Bahrain", N, neu, "", "own measures and the names of the dead, no evaluation"))
U(d, "His Royal Highness Prince Salman bin Hamad Al Khalifa", "carried a heavy price.",
  ("Bahrain", C, neg, "Houthis", "Crown Prince and Prime Minister; threat to those who ordered the attack (the Houthis by context)"))
U(d, "The Commander-in-Chief of the BDF, Field Marshal Shaikh Khalifa bin Ahmed Al Khalifa", "Kingdom of Saudi Arabia.",
  ("Bahrain", S, pos, "Saudi Arabia", "backing by act: keeping the force deployed in defence of Saudi Arabia"))
U(d, "The Ministry of Foreign Affairs described the attack as a flagrant breach", "end the war in Yemen.",
  ("Bahrain", C, neg, "Houthis", "judgement ('flagrant breach', 'a blow'); praise of the Saudi and Omani efforts inside the same sentence does not outweigh rule 1"))
U(d, "The Council of Representatives, in a statement by Speaker", "drone programme running.",
  ("Bahrain", C, neg, "Houthis", "parliament = Bahrain; call for a terrorist designation and an asset freeze = sanctions = condemning"))
U(d, "Foreign Minister Dr. Abdullatif bin Rashid Al Zayani received a phone call", "solidarity with the Kingdom of Bahrain.",
  ("Yemen", S, pos, "Bahrain", "condolences and solidarity conveyed by Yemen's foreign minister; receiving the call is no Bahraini position"))
U(d, "Bin Mubarak said the attack showed once again", "an opportunity to rearm.",
  ("Yemen", C, neg, "Houthis", "judgement without a stock word"))
U(d, "In Riyadh, the Kingdom of Saudi Arabia said the attack on the Bahraini force", "had to be cut off.",
  ("Saudi Arabia", C, neg, "Houthis", "'an act of betrayal that no pretext could excuse' + demand to cut the militia's arms supply"))
U(d, "Brigadier General Turki Al-Maliki, spokesman of the Coalition", "unwise to test.",
  ("Saudi Arabia", C, neg, "Houthis", "the Saudi-led coalition's spokesman = Saudi Arabia (coalition has no separate canonical entry); warning = threat"))
U(d, "He said the Coalition nevertheless remained committed", "political settlement in Yemen.",
  ("Saudi Arabia", T, neu, "", "commitment to the peace efforts, no judgement in this sentence"))
U(d, "The United Arab Emirates said it stood fully with the Kingdom of Bahrain", "families of the martyrs.",
  ("United Arab Emirates", S, pos, "Bahrain", "solidarity + backing of Bahrain's measures"))
U(d, "The State of Kuwait voiced the hope", "keep to the de-escalation.",
  ("Kuwait", T, neu, "", "hope + appeal to keep the truce"))
U(d, "The State of Qatar said the drone strike was a grave violation", "Bahraini leadership and people.",
  ("Qatar", C, neg, "Houthis", "'grave violation' = judgement; target by context (the Houthi strike)"))
U(d, "The Sultanate of Oman said it had received the news", "following developments closely.",
  ("Oman", N, neg, "", "sorrow and watching without an appeal = neutral, negative"))
U(d, "The Arab Republic of Egypt affirmed its full solidarity", "safeguard its servicemen.",
  ("Egypt", S, pos, "Bahrain", "solidarity + support of Bahrain's steps"))
U(d, "Jordan's Ministry of Foreign Affairs and Expatriates said the attack deserved", "condolences to Bahrain.",
  ("Jordan", C, neg, "", "judgement without a stock word ('deserved the censure of the entire international community'); attacker not named in the sentence"))
U(d, "Secretary-General of the Gulf Cooperation Council (GCC) Jasem Mohamed Albudaiwi", "bring peace to Yemen.",
  ("Gulf Cooperation Council", C, neg, "Houthis", "'contempt for the efforts' = judgement on the militia"))
U(d, "Secretary-General of the Arab League Ahmed Aboul Gheit warned", "before it slipped away.",
  ("Arab League", T, neg, "Houthis", "warning of risk + appeal addressed to the Houthis, no judgement word -> calling_for_talks"))
U(d, "The General Secretariat of the Organisation of Islamic Cooperation (OIC)", "preserve their security.",
  ("Organisation of Islamic Cooperation", S, pos, "", "solidarity with two states -> target empty"))
U(d, "UN Special Envoy for Yemen Hans Grundberg said he was alarmed", "past eighteen months.",
  ("United Nations", T, neg, "", "alarm joined to an appeal for restraint = calling_for_talks"))
U(d, "US Ambassador to Bahrain Steven Bondy offered condolences", "at this difficult time.",
  ("United States", S, pos, "Bahrain", "condolences + standing with a partner"))
U(d, "The British Embassy in Manama said the United Kingdom was saddened", "partners in the region.",
  ("United Kingdom", N, neg, "", "sadness and contacts, no appeal and no judgement = neutral"))
U(d, "Dr. Noora Al-Sayegh, a researcher at the Manama-based Gulf Forum", "course of the talks.",
  ("Noora Al-Sayegh", N, neu, "", "invented analyst; reading of the timing, no position"))
U(d, "She said the Gulf states should not allow the attack to end the Saudi-Omani track", "were hoping for\".",
  ("Noora Al-Sayegh", T, neu, "", "appeal to keep the talks track alive"))
U(d, "Dr. Khalid Al-Mutawa, a professor of political science in Kuwait", "spent a year collecting\".",
  ("Khalid Al-Mutawa", C, neg, "Houthis", "invented scholar; judgement on the militia without a stock word"))
U(d, "The Ministry of Foreign Affairs also said it valued the swift messages", "sisterly and friendly countries.",
  ("Bahrain", S, pos, "", "gratitude for solidarity; many senders -> target empty"))
