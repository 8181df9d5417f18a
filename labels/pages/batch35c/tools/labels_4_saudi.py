DOC = "page_saudi_thailand_tiesrestored2022_mofanews.html"
# (sentence, actor, stance, sentiment, target, note)
# "The two sides" of a joint statement = one row per state.
S1 = "The two sides held official talks at Al-Yamamah Palace in Riyadh, during which they recalled the friendship that had long bound the two Kingdoms and their peoples, and expressed their shared resolve to leave the difficulties of the past behind them and to build a relationship worthy of the two nations."
S2 = "The two sides agreed to restore their diplomatic relations to the level of ambassadors and to name their ambassadors to Riyadh and Bangkok in the near future."
S3 = "The two sides further agreed to establish a bilateral consultation mechanism, to be led by the two Ministries of Foreign Affairs, which will meet in the coming months to set the priorities of cooperation."
S4 = "Bangkok undertook to guarantee the protection of the Kingdom's diplomatic mission and its staff as required under international law, and the Saudi side welcomed this undertaking."
S5 = "The two sides agreed to explore cooperation in energy, including renewable energy, as well as in food security, tourism, labour, health and the digital economy, in line with Saudi Vision 2030 and Thailand's Bio-Circular-Green economic model."
S6 = "The two sides stressed the importance of reaching a comprehensive political solution to the crisis in Yemen on the basis of the Gulf Initiative and its implementation mechanism, the outcomes of the Yemeni National Dialogue and United Nations Security Council resolution 2216."
S7 = "He extended an invitation to His Royal Highness the Crown Prince to visit the Kingdom of Thailand, and His Royal Highness accepted the invitation, to be arranged through diplomatic channels."
ROWS = [
("At the invitation of His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince, Deputy Prime Minister and Minister of Defense, His Excellency General Prayut Chan-o-cha, Prime Minister of the Kingdom of Thailand, paid an official visit to the Kingdom of Saudi Arabia on 25-26 January 2022.",
 "Saudi Arabia", "calling_for_talks", "positive", "Thailand", "the host's invitation to a visit = convening talks (labels/README: the host convening a meeting is calling_for_talks); the guest's visit itself is narration (unsure: could be narration with no row)"),
(S1, "Saudi Arabia", "supporting", "positive", "Thailand", "'the two sides' = one row per state; shared resolve to mend relations = approval of the other"),
(S1, "Thailand", "supporting", "positive", "Saudi Arabia", "second party of 'the two sides'"),
(S2, "Saudi Arabia", "supporting", "positive", "Thailand", "agreement to restore full relations = a positive act toward the other (unsure: could be neutral as a decision)"),
(S2, "Thailand", "supporting", "positive", "Saudi Arabia", "second party of the agreement"),
(S3, "Saudi Arabia", "neutral", "neutral", "", "a mechanism and a calendar = plans, neutral (contrast with S2)"),
(S3, "Thailand", "neutral", "neutral", "", "second party"),
("The Thai side conveyed its sorrow for the Saudi lives lost in Bangkok more than three decades ago, and stated that the cases concerned remained open and that its law enforcement agencies would act on any fresh information that may come to light.",
 "Thailand", "neutral", "negative", "", "regret over past events + a procedural commitment about its own agencies; no actor judged -> neutral, sorrowful tone (unsure: a conciliatory gesture could be supporting Saudi Arabia)"),
(S4, "Thailand", "neutral", "positive", "", "'Bangkok' = Thailand (metonym); reassurance about its own conduct = neutral, positive"),
(S4, "Saudi Arabia", "supporting", "positive", "Thailand", "welcome of the Thai undertaking = supporting; two actors in one sentence, two rows"),
("The Thai side commended the Kingdom's leadership of the Group of Twenty during its presidency in 2020 and its role in steering the world economy through the pandemic.",
 "Thailand", "supporting", "positive", "Saudi Arabia", "praise = supporting; 'the Kingdom' = Saudi Arabia"),
("The Saudi side wished the Kingdom of Thailand every success in chairing the Asia-Pacific Economic Cooperation forum this year.",
 "Saudi Arabia", "supporting", "positive", "Thailand", "good wishes for Thailand's APEC year = support"),
("The Thai side expressed its support for the Saudi Green Initiative and the Middle East Green Initiative launched by His Royal Highness the Crown Prince.",
 "Thailand", "supporting", "positive", "Saudi Arabia", "support for Saudi initiatives"),
(S5, "Saudi Arabia", "neutral", "neutral", "", "plans of cooperation = neutral"),
(S5, "Thailand", "neutral", "neutral", "", "second party"),
("On regional issues, the Thai side condemned the attacks launched by the Houthi militia against civilians and civilian objects in the Kingdom of Saudi Arabia and in the United Arab Emirates.",
 "Thailand", "condemning", "negative", "Houthis", "'the Houthi militia' = Houthis; the two states are the attacked places, not speakers"),
(S6, "Saudi Arabia", "calling_for_talks", "neutral", "", "a political solution in Yemen = calling_for_talks; one row per state; aimed at no single party"),
(S6, "Thailand", "calling_for_talks", "neutral", "", "second party"),
("His Excellency the Prime Minister of Thailand expressed his thanks to the Custodian of the Two Holy Mosques and to His Royal Highness the Crown Prince for the warmth of the welcome and the generous hospitality accorded to him and his delegation.",
 "Thailand", "supporting", "positive", "Saudi Arabia", "gratitude to the hosts = supporting"),
(S7, "Thailand", "calling_for_talks", "positive", "Saudi Arabia", "'He' = Prayut; inviting a visit = offering talks"),
(S7, "Saudi Arabia", "calling_for_talks", "positive", "Thailand", "accepting the invitation = agreeing to attend talks (guide) -> calling_for_talks; two actors, two rows"),
("In a related development, Saudi Arabian Airlines (Saudia) said its direct service to Thailand would restart in May.",
 "Saudia", "neutral", "positive", "", "a company's plan (new actor); the state-owned carrier is not treated as the state (unsure)"),
("The Ministry of Foreign Affairs expresses the Kingdom of Saudi Arabia's condemnation and denunciation of the renewed attempt by the Houthi terrorist militia to target the sisterly United Arab Emirates with ballistic missiles, which were intercepted and destroyed by the UAE air defenses.",
 "Saudi Arabia", "condemning", "negative", "Houthis", "second release; the interception by UAE air defences is narration inside the sentence, no UAE row"),
("The Ministry stresses that the persistence of these cowardly attacks on civilians and civilian facilities shows once again that the militia and those who arm it have no regard for the lives of innocent people or for the security of the region.",
 "Saudi Arabia", "condemning", "negative", "Houthis", "'the militia' = Houthis (context); 'those who arm it' unnamed, so the target stays the Houthis"),
("The Ministry affirms the Kingdom's full solidarity with the United Arab Emirates and its support for all the measures it takes to safeguard its security and stability.",
 "Saudi Arabia", "supporting", "positive", "United Arab Emirates", "solidarity + backing of the UAE's measures"),
("The Ministry calls on the international community to take a firm and decisive stand against these attacks and to designate the militia as a terrorist organization.",
 "Saudi Arabia", "condemning", "negative", "Houthis", "a call for a measure (terrorist designation) against the militia = condemning (calls for sanctions, labels/README)"),
]
