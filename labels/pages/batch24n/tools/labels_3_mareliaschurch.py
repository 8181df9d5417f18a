# ------------------------------------------------------------------ Suicide bombing of Mar Elias church, Damascus (pan-Arab news site, HTML, 2025-06-23)
d = "page_syria_mareliaschurch2025_panarab.html"
# Not statements (visible text): site name, menu, language bar, breadcrumb, headline, standfirst, byline line, figcaptions
# with "1 of 5" and credits, ADVERTISEMENT, crossheads, "Related:" link, tags, share bar, newsletter prompt, reader comments,
# most read, footer.
U(d, "A suicide bomber opened fire on worshippers and then blew himself up", "according to Syria's health ministry.",
  ("Syria", N, neu, "", "casualty figures given by the health ministry, no blame in the sentence"))
# "It was the deadliest attack on Christians in the capital ..." = background, no row.
U(d, "The Interior Ministry said the attacker belonged to a cell of the Islamic State group", "sealed off the neighbourhood.",
  ("Syria", C, neg, "Islamic State", "attributing the attack to an IS cell = accusation"))
U(d, "Interim President Ahmed al-Sharaa, in a statement carried by the state news agency SANA", "every hand involved in it.",
  ("Syria", C, neg, "", "'a crime aimed at tearing apart' + vow to pursue those involved; no one named in the sentence; SANA not an actor"))
U(d, "Foreign Minister Asaad al-Shaibani spoke by phone with the church's clergy", "its first duty.",
  ("Syria", N, pos, "", "reassurance about the state's own conduct = neutral with positive tone"))
U(d, "On Monday the Interior Ministry said its forces had arrested several members", "resisted arrest.",
  ("Syria", N, neu, "", "own security operation reported as done, no judgement in the sentence"))
U(d, "The Greek Orthodox Patriarchate of Antioch and All the East said the authorities in Damascus", "that they were safe.",
  ("Greek Orthodox Patriarchate of Antioch", C, neg, "Syria", "church body (new actor); holds the authorities partly to blame = judgement; Damascus = metonym"))
U(d, "Rami Haddad, 34, who was standing near the door", "what was happening.",
  ("Rami Haddad", N, neg, "", "invented witness; account"))
U(d, "\"We came to pray for the feast and we left carrying our neighbours,\" Haddad said.", "Haddad said.",
  ("Rami Haddad", N, neg, "", "grief, no position"))
U(d, "Lebanese Prime Minister Nawaf Salam said Beirut was prepared to share security information", "behind the bombing.",
  ("Lebanon", S, pos, "Syria", "offer of assistance = backing by act; Beirut = metonym"))
U(d, "Jordan sent a message of solidarity to Damascus", "keep the country united.",
  ("Jordan", S, pos, "Syria", "solidarity + backing of the government's efforts"))
U(d, "Iraq's foreign ministry said the attack bore the fingerprints", "families of the dead.",
  ("Iraq", C, neg, "", "judgement by allusion (groups that bled Iraq); no actor named"))
U(d, "Saudi Arabia said it rejected the targeting of places of worship", "to the Syrian people.",
  ("Saudi Arabia", C, neg, "", "'rejected the targeting' aimed at the act = judgement; perpetrator unnamed"))
U(d, "Qatar's foreign ministry spokesman Majed al-Ansari said Doha considered", "Muslims and Christians alike.",
  ("Qatar", C, neg, "", "'an assault on all Syrians' = judgement"))
U(d, "Turkey's foreign ministry said Ankara would continue to stand with the Syrian government", "Damascus requested.",
  ("Turkey", S, pos, "Syria", "backing + offer of support"))
U(d, "GCC Secretary-General Jasem Albudaiwi said the council stood with Syria", "security and stability.",
  ("Gulf Cooperation Council", S, pos, "Syria", "solidarity + support of measures"))
U(d, "The Arab League said the bombing was a cowardly act", "sectarian strife.",
  ("Arab League", C, neg, "", "judgement; perpetrator unnamed"))
U(d, "Athens said the safety of Syria's Christians would be a measure", "without delay.",
  ("Greece", T, neg, "Syria", "Athens = Greece; demand to one side (bring perpetrators to court, protect Christians) with no judgement word -> calling_for_talks"))
U(d, "France's foreign ministry said the attack was an abomination", "worship freely.",
  ("France", C, neg, "", "'abomination' = judgement + appeal: rule 1"))
U(d, "Tom Barrack, the US special envoy for Syria, said the bombing would not change", "to the bereaved.",
  ("United States", S, pos, "Syria", "continued backing of the new authorities + condolences"))
U(d, "UN Special Envoy Geir Pedersen said he was appalled by the bloodshed", "religious sites.",
  ("United Nations", T, neg, "Syria", "alarm (no judgement on an actor) joined to an appeal addressed to the authorities = calling_for_talks"))
U(d, "The European Union's foreign policy service said it was profoundly disturbed", "Syrian authorities.",
  ("European Union", N, neg, "", "concern + contacts, no appeal = neutral"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow had warned for months", "borne those warnings out.",
  ("Russia", N, neg, "", "'we warned you' about exposure of minorities: no explicit judgement on an actor and no appeal (unsure: implicit criticism of Damascus)"))
U(d, "Israeli Foreign Minister Gideon Saar said the massacre showed", "changed their clothes.",
  ("Israel", C, neg, "Syria", "judgement of Syria's new rulers"))
U(d, "The Vatican said the pope was praying for the victims", "road to reconciliation.",
  ("Holy See", T, pos, "", "Vatican = Holy See; prayer + hope for reconciliation = calling_for_talks"))
U(d, "Karim Nassar, a researcher at the Beirut Institute for Levant Studies", "embarrass the new government.",
  ("Karim Nassar", N, neg, "", "invented analyst; assessment of IS regrouping, no position"))
U(d, "\"Damascus needs to bring Christians, Druze and Alawites", "Nassar said.",
  ("Karim Nassar", T, neu, "Syria", "appeal to the government for protection of minorities, no judgement"))
# "The funerals were due to be held on Tuesday ..." = narration, no row.
