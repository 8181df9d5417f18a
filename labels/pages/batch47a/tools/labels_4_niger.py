# Page 4: Niger, denunciation of the EUCAP Sahel Niger agreement and withdrawal of consent for EUMPM (4-6 Dec 2023), MFA press-release page (HTML).
DOC = "page_niger_eucap_termination2023_mfa.html"
EU = "European Union"
ROWS = [
# release of 6 December
("The Ministry of Foreign Affairs and Cooperation has taken note of the declaration issued on 5 December 2023 by the High Representative of the European Union for Foreign Affairs and Security Policy, Mr Josep Borrell, in which he regretted the decision of the Government of Niger and announced that the Union would draw its own conclusions for its operations in the country.",
 EU, "condemning", "negative", "Niger", "Borrell's position relayed by the Niger ministry = the EU's statement; 'regretted' + announced consequences = judgement and threatened response; Niger only 'takes note' (no position of its own)"),
("The Government of Niger rejects the insinuation that its decision was dictated by any third country, and recalls that it was taken in the exercise of the sovereignty of the Nigerien people alone.",
 "Niger", "neutral", "negative", "", "rejecting an insinuation = a denial: neutral with a negative tone"),
("The Government deplores that, more than four months after the events of 26 July 2023, the European Union continues to maintain against Niger measures that strike the population first, including the suspension of budget support and development aid, while presenting itself as a friend of the Nigerien people.",
 "Niger", "condemning", "negative", EU, "'deplores' + charge of hypocrisy aimed at the EU; the EU's measures are the object, not a new EU statement"),
("The Ministry reaffirms that Niger remains open to cooperation with all partners, European ones included, on the basis of mutual respect, sovereign equality and the interests of the Nigerien people.",
 "Niger", "calling_for_talks", "positive", "", "openness to cooperation on conditions = an offer (conditional offers are calling_for_talks); all partners -> target empty (unsure: could be neutral policy)"),
# release of 4 December (EUCAP / EUMPM)
("The Ministry of Foreign Affairs and Cooperation wishes to inform national and international opinion that the Government of the Republic of Niger has decided to denounce the status agreement concluded with the European Union for its civilian CSDP mission in Niger, EUCAP Sahel Niger.",
 "Niger", "condemning", "negative", EU, "terminating the status agreement of an EU mission = a measure taken against the EU (like an expulsion), even in procedural words (unsure: could be neutral withdrawal)"),
("In accordance with the provisions of the Agreement, the denunciation will take effect at the end of a notice period of six months from the date of its notification to the European side.",
 "Niger", "neutral", "neutral", "", "procedure and dates"),
("The Government has also decided to withdraw the consent it had given for the deployment in Niger of the European Union Military Partnership Mission (EUMPM), launched in February 2023.",
 "Niger", "condemning", "negative", EU, "withdrawing consent for an EU mission = measure against the EU"),
("The Government considers that these missions, designed without real ownership by the Nigerien side, have not produced the results that our Defence and Security Forces expected of them in the fight against terrorism, and that their continuation no longer corresponds to the priorities of the Nigerien people.",
 "Niger", "condemning", "negative", EU, "negative judgement of the EU missions' record = the grievance behind the measure"),
("The Ministry invites the European Union to take the steps required for the orderly departure of the personnel concerned within the notice period.",
 "Niger", "neutral", "neutral", EU, "practical request implementing the decision, no new judgement (unsure: part of an expulsion, could be condemning)"),
# release of 4 December (Russian delegation)
("The delegation was received in audience by the President of the National Council for the Safeguard of the Homeland (CNSP), Head of State, Brigadier General Abdourahamane Tiani, to whom it conveyed a message from the Russian authorities.",
 "Niger", "calling_for_talks", "positive", "Russia", "the host receiving a delegation = the host's calling_for_talks (README: a meeting is the host's, not the participants'); CNSP = Niger (unsure: could be supporting)"),
("At the end of the talks, the Minister of State, Minister of National Defence, General Salifou Mody, and the Russian Deputy Minister signed documents aimed at strengthening military cooperation between the two countries, in particular in the areas of training and equipment.",
 "Niger", "supporting", "positive", "Russia", "signing a military cooperation text = backing by act; one row per signatory"),
("At the end of the talks, the Minister of State, Minister of National Defence, General Salifou Mody, and the Russian Deputy Minister signed documents aimed at strengthening military cooperation between the two countries, in particular in the areas of training and equipment.",
 "Russia", "supporting", "positive", "Niger", "the Russian deputy minister = Russia; signature of cooperation documents (training, equipment) = backing by act"),
("General Salifou Mody welcomed the readiness of the Russian Federation to stand by Niger in the fight against terrorism and to contribute to the equipment of the Defence and Security Forces.",
 "Niger", "supporting", "positive", "Russia", "defence minister = Niger; welcome of Russia's offer"),
("He said Niger would no longer accept partners who came to lecture it while leaving its soldiers without the means to fight.",
 "Niger", "condemning", "negative", "", "judgement on unnamed 'partners' (the Western partners, several / not named) -> target empty"),
("For his part, Colonel General Yevkurov assured the Nigerien authorities of the willingness of the Russian Federation to develop its relations with Niger in all areas, and of its respect for the choices made by the Nigerien people.",
 "Russia", "supporting", "positive", "Niger", "offer of broader relations + respect for Niger's choices = supporting"),
# release of 2 December (AES ministers, Bamako)
("At the end of their work, the three ministers recommended to the Heads of State the creation of a confederation bringing together Burkina Faso, Mali and Niger, and agreed to harmonise their diplomatic positions, in particular within international organisations.",
 "Niger", "supporting", "positive", "Alliance of Sahel States", "joint recommendation of three foreign ministers: one row per state; backing a deeper union of the AES"),
("At the end of their work, the three ministers recommended to the Heads of State the creation of a confederation bringing together Burkina Faso, Mali and Niger, and agreed to harmonise their diplomatic positions, in particular within international organisations.",
 "Mali", "supporting", "positive", "Alliance of Sahel States", "Diop = Mali; same joint recommendation"),
("At the end of their work, the three ministers recommended to the Heads of State the creation of a confederation bringing together Burkina Faso, Mali and Niger, and agreed to harmonise their diplomatic positions, in particular within international organisations.",
 "Burkina Faso", "supporting", "positive", "Alliance of Sahel States", "Traoré (FM) = Burkina Faso; same joint recommendation"),
("The ministers reaffirmed their solidarity with Niger in the face of the sanctions imposed by ECOWAS, which they described as unjust and contrary to the Community's own texts.",
 "Mali", "condemning", "negative", "ECOWAS", "'unjust' judgement of ECOWAS sanctions outweighs the solidarity (rule 1); one row per minister's state"),
("The ministers reaffirmed their solidarity with Niger in the face of the sanctions imposed by ECOWAS, which they described as unjust and contrary to the Community's own texts.",
 "Burkina Faso", "condemning", "negative", "ECOWAS", "as for Mali"),
("The ministers reaffirmed their solidarity with Niger in the face of the sanctions imposed by ECOWAS, which they described as unjust and contrary to the Community's own texts.",
 "Niger", "condemning", "negative", "ECOWAS", "Niger's own minister joins the judgement of the sanctions against it"),
("Minister Bakary Yaou Sangaré thanked his counterparts for the constant support that their countries have given Niger since 26 July 2023.",
 "Niger", "supporting", "positive", "", "gratitude to two states (Mali, Burkina Faso) -> target empty"),
]
# No row:
# - "A delegation of the Ministry of Defence of the Russian Federation led by ... Yevkurov, stayed in Niamey on 3 and 4 December 2023." (narrated visit)
# - "The Minister of Foreign Affairs and Cooperation, ... Sangaré, took part ... in Bamako in the meeting ... together with his counterparts ..." (meeting listed in narrative; no host convening)
# - release titles, meta lines, signatures ("Niamey, 6 December 2023 / The Ministry ..."), share bars, sidebar, menus, footer
