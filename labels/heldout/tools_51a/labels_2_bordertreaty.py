# Hand labels, page 2 (Central Asia, foreign ministry news page, HTML): Kyrgyz-Tajik Treaty on the State Border (March 2025)
DOC = "page_kyrgyzstan_tajikistan_bordertreaty2025_mfa.html"
KG, TJ = "Kyrgyzstan", "Tajikistan"
C, S, N, T = "condemning", "supporting", "neutral", "calling_for_talks"

F = "Messages of congratulation were also received from the foreign ministries of the Republic of Kazakhstan, the Republic of Uzbekistan and the Republic of Türkiye, as well as from the European Union, whose spokesperson called the Treaty an example of how disputes can be settled by peaceful means."
D = "The Secretariat of the Collective Security Treaty Organization and the Secretariat of the Shanghai Cooperation Organisation also welcomed the Treaty, the latter calling it an important step for security across Central Asia."
SIGN = "On 13 March 2025, at the Yntymak Ordo state residence in Bishkek, the President of the Kyrgyz Republic Sadyr Japarov and the President of the Republic of Tajikistan Emomali Rahmon, who is in the Kyrgyz Republic on a state visit, signed the Treaty on the State Border between the two countries."
JS = "Following the talks, the Presidents adopted a Joint Statement on the further strengthening of friendship and good-neighbourly relations, in which the parties committed themselves to resolving all questions exclusively by political and diplomatic means."
CP = "The two Heads of State then took part, by video link, in the opening of the Kyzyl-Bel and Kairagach automobile checkpoints in the Batken region, which had been closed since 2021."
MIN = "The Ministers discussed the schedule of consultations between the foreign ministries for 2025-2026 and agreed to work together on the demarcation of the border on the ground, which is to follow the entry into force of the Treaty."
BLA = "The Kyrgyz side considers the seizure of the train, for which the so-called Balochistan Liberation Army has claimed responsibility, a cruel crime against innocent people that cannot be justified by any motive."

ROWS = [
    # release of 14.03.2025
    ("The Ministry of Foreign Affairs of the Kyrgyz Republic informs that the signing of the Treaty on the State Border between the Kyrgyz Republic and the Republic of Tajikistan, which took place in Bishkek on 13 March 2025, has received wide support from foreign states and international organizations.",
     KG, N, "positive", "", "the ministry reports a fact about its own treaty; summary of the reactions listed after it, positive tone"),
    ("The Secretary-General of the United Nations, António Guterres, in a statement issued through his Spokesperson, hailed the Treaty as a landmark and paid tribute to the two Presidents for seeing a difficult process through to the end.",
     "United Nations", S, "positive", "", "praise of both leaders' step (welcome); two states -> target empty"),
    ("He voiced confidence that the Treaty would open the way to closer cooperation along the frontier and to lasting calm in the Ferghana Valley.",
     "United Nations", T, "positive", "", "'he' = Guterres; hope for lasting calm = calling_for_talks (guide: hoping stability returns)"),
    (D, "CSTO", S, "positive", "", "list of two organisations: one row each; welcome without an appeal = supporting"),
    (D, "SCO", S, "positive", "", "'the latter' = SCO; welcome and praise"),
    ("The Ministry of Foreign Affairs of the Russian Federation, through its official representative Maria Zakharova, welcomed the agreement, noting that Moscow had consistently favoured a settlement of the border issue through negotiations between the two allied states.",
     "Russia", S, "positive", "", "welcome of the signed treaty; the reference to negotiations is past advocacy, not an appeal (unsure: could be calling_for_talks)"),
    (F, "Kazakhstan", S, "positive", "", "list of states sending congratulations: one row per state"),
    (F, "Uzbekistan", S, "positive", "", "list of states: one row per state"),
    (F, "Turkey", S, "positive", "", "'Republic of Türkiye' = Turkey"),
    (F, "European Union", S, "positive", "", "EU spokesperson's praise of the treaty as an example of peaceful settlement"),
    ("The Ministry expresses its sincere gratitude to all partners for their support and for the attention they have paid to the settlement of border issues in Central Asia.",
     KG, S, "positive", "", "gratitude to all partners = approval; several actors -> target empty"),
    # release of 13.03.2025 (signing)
    (SIGN, KG, T, "positive", TJ, "treaty signed = specific act reported as done (guide); a negotiated settlement of a dispute, no judgement -> calling_for_talks"),
    (SIGN, TJ, T, "positive", KG, "the same act for the other signatory"),
    ("Opening the talks in the narrow format, the Head of State called the signing a turning point that closes a long and difficult chapter in the relations between the two fraternal peoples.",
     KG, S, "positive", TJ, "'the Head of State' = Japarov; praise of the joint step and of the 'fraternal' neighbour (unsure: could be neutral self-praise)"),
    ("\"Today we are putting an end to a question that our fathers could not settle and that cost the lives of our citizens. From now on the border between us will be a line of friendship and cooperation, not a line of tension,\" Sadyr Japarov said.",
     KG, T, "positive", TJ, "multi-sentence quote; commitment to peaceful relations = hope for stability -> calling_for_talks"),
    ("He thanked the members of the government delegations on delimitation and demarcation of both countries for years of painstaking work, and stressed that the Treaty had been prepared on the basis of mutual respect and mutual concessions.",
     KG, S, "positive", "", "thanks to both delegations = praise; includes its own side -> target empty"),
    ("President Emomali Rahmon, for his part, said that the documents signed in Bishkek would allow the two countries to move ahead in trade, energy, transport and water use without the border dispute weighing on every decision.",
     TJ, N, "positive", "", "expected benefits and plans, no appeal or judgement"),
    ("\"We have shown that the most complicated questions can be solved at the negotiating table. I am sure the peoples of our two countries will feel the benefits of this day very soon,\" the President of Tajikistan said.",
     TJ, T, "positive", "", "'the President of Tajikistan' = Rahmon; endorsement of negotiation as the way to settle disputes + hope (unsure: could be neutral)"),
    (JS, KG, T, "positive", TJ, "joint statement = one row per signatory; commitment to settle all questions by diplomatic means"),
    (JS, TJ, T, "positive", KG, "joint statement, second signatory"),
    (CP, KG, N, "positive", "", "opening of border crossings = a joint act reported as done; practical step, no appeal or judgement"),
    (CP, TJ, N, "positive", "", "same act, second head of state"),
    ("Emomali Rahmon announced that air traffic between Dushanbe and Bishkek and between Khujand and Bishkek would resume the next day, and that a trilateral treaty with the Republic of Uzbekistan on the junction point of the three states' borders would be signed in Khujand during the Nooruz celebrations.",
     TJ, N, "positive", "", "announced plans (flights, a further treaty); Uzbekistan is mentioned, not a speaker"),
    # release of 13.03.2025 (ministers)
    (MIN, KG, T, "positive", TJ, "agreement to work together on demarcation = commitment to joint diplomatic work; the meeting itself (previous sentence) is narrative"),
    (MIN, TJ, T, "positive", KG, "second party to the agreement"),
    ("Jeenbek Kulubaev noted that the Kyrgyz side is ready to move quickly on the ratification of the Treaty and to give the residents of the border areas the certainty they have long been waiting for.",
     KG, N, "positive", "", "Kyrgyz foreign minister = Kyrgyzstan; plans for ratification"),
    # comment of 12.03.2025
    ("The Ministry of Foreign Affairs of the Kyrgyz Republic declares that these claims have nothing to do with reality.",
     KG, N, "negative", "", "denial of claims by unnamed social-media accounts -> neutral, negative tone"),
    ("Every section of the border line was agreed by the government delegations on the basis of equal exchanges of land, and no settlement of the Kyrgyz Republic passes under the jurisdiction of another state.",
     KG, N, "neutral", "", "facts in support of the denial"),
    ("The Ministry calls on citizens to rely only on official sources of information and not to spread unverified materials that are intended to sow distrust between the two peoples.",
     KG, C, "negative", "", "judgement on material 'intended to sow distrust' (its authors unnamed) joined to an appeal to citizens: rule 1; unsure: could be read as an appeal only"),
    ("Persons who deliberately spread false information about the state border will bear responsibility in accordance with the legislation of the Kyrgyz Republic.",
     KG, C, "negative", "", "threat of legal consequences = condemning; no named actor -> target empty"),
    # statement of 12.03.2025 (Pakistan)
    ("The Ministry of Foreign Affairs of the Kyrgyz Republic strongly condemns the attack on the Jaffar Express passenger train in the province of Balochistan of the Islamic Republic of Pakistan, as a result of which civilians were killed and hundreds of passengers were taken hostage.",
     KG, C, "negative", "", "condemnation; perpetrators not named in this sentence -> target empty"),
    (BLA, KG, C, "negative", "Baloch Liberation Army", "'the Kyrgyz side' = Kyrgyzstan; 'cruel crime' aimed at the group that claimed the attack; 'Balochistan Liberation Army' is an alias of the canonical Baloch Liberation Army"),
    (BLA, "Baloch Liberation Army", N, "neutral", "", "claim of responsibility for its own attack, reported inside the sentence = its own act stated without judgement (guide: own strike reported = neutral); unsure"),
    ("We express our deep condolences to the families of the victims and to the friendly people and Government of Pakistan, and we wish a speedy recovery to the injured.",
     KG, S, "positive", "Pakistan", "condolences and solidarity = supporting (as in earlier pages)"),
    ("The Kyrgyz Republic reaffirms its readiness to continue working with the Islamic Republic of Pakistan and the international community in the fight against terrorism in all its forms.",
     KG, S, "positive", "Pakistan", "offer of continued cooperation = backing"),
]
# No row: "On 14 March, the first flights in four years ... were operated ..." (passive, no actor named: narration);
# "A total of 16 documents were signed during the visit ..." (passive, no actor named: narration);
# "On the sidelines of the state visit, the Minister ... met with the Minister ..." (a meeting listed in narrative, labels/README);
# "In recent days, a number of accounts on social networks have circulated claims ..." (unnamed speakers);
# headings, dates, caption, menus, sidebar, footer.
