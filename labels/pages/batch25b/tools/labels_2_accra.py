# ------------------------------------------------------------------ Nigeria-Ghana: demolition at the Nigeria High Commission in Accra (Nigerian foreign-ministry press-release page, 2020-06-21 to 25)
d = "page_nigeria_accra_demolition2020_mfa.txt"
# Not statements: ministry banner, address, menu, breadcrumb, tag filter, release numbers, dates, release titles, "Signed:" lines,
# the "(Reproduced from ...)" note, contact lines, helpful/share prompts, related releases, quick links, copyright.
U(d, "The Ministry of Foreign Affairs has received with shock and indignation", "Nigeria High Commission in Accra, Ghana.",
  ("Nigeria", C, neg, "", "ministry = the state; 'shock and indignation' at the demolition = negative judgement of the act; perpetrators unnamed -> target empty"))
U(d, "The Honourable Minister of Foreign Affairs, Mr. Geoffrey Onyeama, described the incident", "every diplomatic mission.",
  ("Nigeria", C, neg, "", "'brazen assault' on inviolability = judgement; perpetrators unnamed -> target empty"))
U(d, "The Minister has conveyed the position of the Federal Government", "Mrs. Shirley Ayorkor Botchwey.",
  ("Nigeria", N, neu, "", "diplomatic procedure (message conveyed, contacts) = neutral; Ghana only addressed"))
U(d, "The Federal Government looks to the authorities in Accra", "lawful business without fear.",
  ("Nigeria", T, neu, "Ghana", "demand to Ghana to prosecute and protect, no judgement word = calling_for_talks (labels/README: demand with no judgement)"))
U(d, "Nigerians resident in Ghana are advised to remain calm", "report any threat to the High Commission.",
  ("Nigeria", T, neu, "", "appeal for calm and restraint to its own citizens = calling_for_talks"))
U(d, "The Ministry takes note of the statement issued on 21st June 2020", "had been reinforced.",
  ("Nigeria", N, neu, "", "taking note = neutral"),
  ("Ghana", C, neg, "", "Ghana's position reported by Nigeria: deplores the intrusion as contrary to diplomatic rules = judgement of the act; perpetrators unnamed -> target empty; plus a security measure"))
U(d, "In a telephone conversation with the Minister on Monday, Mrs. Botchwey gave an assurance", "had been stepped up.",
  ("Ghana", N, pos, "", "surname only (named in full in the first release); reassurance about own measures = neutral, positive"))
U(d, "According to the report submitted by the High Commission", "run to its end.",
  ("Nigeria", C, neg, "Ghana", "long sentence: the High Commission's account (narration) + 'the Ministry regrets' the police's conduct = judgement of Ghana's police"))
U(d, "The Ministry has also noted the claim by the Osu Traditional Council", "belonging to the Osu Stool.",
  ("Osu Traditional Council", C, neg, "Nigeria", "the traditional council's position reported by Nigeria: accusation of encroachment"),
  ("Nigeria", N, neu, "", "noting a claim = neutral (the rebuttal is in the next sentence)"))
U(d, "The Ministry wishes to state that the property was acquired lawfully", "for several decades.",
  ("Nigeria", N, neg, "", "denial of the encroachment claim = neutral, negative tone"))
U(d, "President Muhammadu Buhari on Tuesday received a telephone call", "destruction of the building.",
  ("Ghana", N, pos, "", "the call is narration; Akufo-Addo's apology = conciliatory, no judgement of another actor -> neutral, positive (unsure: could be supporting)"))
U(d, "President Akufo-Addo informed his Nigerian counterpart", "charged to court.",
  ("Ghana", N, neu, "", "facts and plans (investigation, arrests) = neutral"))
U(d, "President Buhari welcomed the gesture", "two brotherly nations.",
  ("Nigeria", S, pos, "Ghana", "welcome and praise of Ghana's president = supporting"))
U(d, "He expressed the hope that the investigation would be concluded speedily", "within the ECOWAS family.",
  ("Nigeria", T, pos, "", "speaker carried by pronoun; hope for a quick close and good relations = calling_for_talks"))
U(d, "Appearing before the House of Representatives Committee on Foreign Affairs on Wednesday", "regards as discriminatory.",
  ("Nigeria", C, neg, "Ghana", "long sentence with narration; 'discriminatory' measures against traders = judgement of Ghana"))
U(d, "Onyeama told the Committee that the Federal Government would not stand idly by", "remained on the table.",
  ("Nigeria", C, neg, "Ghana", "surname only; veiled threat ('every option') + judgement ('second-class residents') = condemning"))
U(d, "The Chairman of the Committee, Hon. Yusuf Buba Yakub, said the House stood firmly behind", "reciprocal measure was considered.",
  ("Nigeria", T, neu, "", "legislature = the state; backing of its own ministry + appeal to use diplomacy first: the appeal decides (rule 2 before 3); addressed to its own ministry -> target empty"))
U(d, "The Ministry welcomes the statement of the President of the ECOWAS Commission", "spirit of the Community.",
  ("Nigeria", S, pos, "ECOWAS", "welcome of ECOWAS's statement = supporting"),
  ("ECOWAS", T, neu, "", "ECOWAS's position reported by Nigeria: appeal to both states to settle = calling_for_talks; two parties addressed -> target empty"))
U(d, "At a roundtable on consular protection organised by the Ministry in Abuja on Thursday, Dr. Kehinde Adewole", "protect traders in practice.",
  ("Kehinde Adewole", N, neg, "", "invented independent analyst; assessment of the protocols' weakness, no judgement of an actor = neutral, negative"))
U(d, "Dr. Adewole urged both governments to take the traders' grievances", "trade accusations in the press.",
  ("Kehinde Adewole", T, neu, "", "appeal to both governments to use the regional body = calling_for_talks"))
U(d, "Ambassador Nkem Uzochukwu, a retired career diplomat", "deserved to be acknowledged.",
  ("Nkem Uzochukwu", S, pos, "Ghana", "invented retired diplomat (speaks for no body); praise of Accra's apology = supporting; Accra = metonym for Ghana"))
U(d, "He cautioned, however, that retaliation against Ghanaian businesses", "both sides of the border.",
  ("Nkem Uzochukwu", T, neg, "", "speaker carried by pronoun; warning against retaliation = appeal against escalation, aimed at no one = calling_for_talks"))
U(d, "The Nigerian Union of Traders Association in Ghana, represented at the roundtable", "basis in the ECOWAS treaties.",
  ("Nigerian Union of Traders Association in Ghana", C, neg, "Ghana", "welcome of the apology joined to a judgement ('unjust') of Ghanaian officials: the judgement decides (rule 1)"))
U(d, "The Ministry reassures Nigerians in Ghana that the High Commission remains open", "on the numbers below.",
  ("Nigeria", N, pos, "", "reassurance about own services = neutral, positive"))
