"""Hand labels, page 4: Zambia MFA statements on the repatriation of Edgar Lungu's remains (June-August 2025), ministry HTML."""
from common import S

D = "page_zambia_lungu_burial2025_mfa.html"
ZM, SA, LF, PF = "Zambia", "South Africa", "Lungu family", "Patriotic Front"

ROWS = [
    # 8 August 2025
    (D, S(D, "The Government of the Republic of Zambia welcomes the judgment"), ZM, "supporting", "positive", SA,
     "welcome of the ruling of a South African court (a state body) (unsure: target could be left empty as a welcome of an outcome)"),
    (D, S(D, "In his judgment, Acting Judge President Aubrey Ledwaba"), SA, "neutral", "neutral", "",
     "the court's order and finding in a private dispute, reported by the ministry: a legal decision, not a political position (unsure: an order against the family could be condemning)"),
    (D, S(D, "The Attorney General, Mr Mulilo D. Kabesha, SC, who attended"), ZM, "neutral", "neutral", "",
     "Attorney General = Zambia; conciliatory reading of the judgment, no judgement or appeal"),
    (D, S(D, "The Government extends its heartfelt condolences once again"), ZM, "calling_for_talks", "positive", LF,
     "condolences + invitation to work together on the funeral = offer of engagement"),
    (D, S(D, "The Government has noted the family's stated intention to appeal"), ZM, "neutral", "neutral", "",
     "'noted' + respect for the legal process = neutral diplomatic wording"),
    (D, S(D, "The Government has noted the family's stated intention to appeal"), LF, "neutral", "negative", "",
     "the family's position reported by the ministry: intention to appeal, no judgement stated in this sentence"),
    (D, S(D, "The Ministry has also taken note of statements by some officials of the Patriotic Front"), PF, "condemning", "negative", ZM,
     "PF officials call the court action persecution = judgement on the government (reported by the ministry)"),
    (D, S(D, "The Ministry has also taken note of statements by some officials of the Patriotic Front"), ZM, "neutral", "negative", "",
     "'firmly rejects' the characterisation = denial"),
    (D, S(D, "The Ministry further wishes to dispel messages"), ZM, "neutral", "negative", "",
     "denial of a rumour + reassurance about its own conduct"),
    (D, S(D, "The Minister of Foreign Affairs and International Cooperation, Hon. Mulambo Haimbe, SC, MP, has thanked"), ZM, "supporting", "positive", SA,
     "foreign minister = Zambia; thanks to South Africa"),
    # 26 June 2025
    (D, S(D, "The Government of the Republic of Zambia wishes to inform the public that on Wednesday, 25th June 2025"), ZM, "neutral", "neutral", "",
     "its own court application reported without judgement"),
    (D, S(D, "The Government of the Republic of Zambia wishes to inform the public that on Wednesday, 25th June 2025"), SA, "neutral", "neutral", "",
     "the South African court's interim order = a procedural ruling (same reading as the August judgment; unsure)"),
    (D, S(D, "The Attorney General, Mr Mulilo D. Kabesha, SC, said the Government had been left with no option"), ZM, "condemning", "negative", LF,
     "blames the family for a burial plan contrary to the agreement"),
    (D, S(D, "It is regrettable that the family chose"), ZM, "condemning", "negative", LF,
     "'regrettable' aimed at the family's act = judgement (guide)"),
    (D, S(D, "The Government remains convinced that the dignity of the late President is best served by dialogue"), ZM, "calling_for_talks", "positive", LF,
     "dialogue rather than litigation, door open to the family"),
    (D, S(D, "The Ministry has kept the South African authorities informed at every stage"), ZM, "supporting", "positive", SA,
     "gratitude to the South African authorities"),
    # 18 June 2025
    (D, S(D, "The Government of the Republic of Zambia regrets to inform the nation"), ZM, "neutral", "negative", "",
     "'regrets to inform' = announcement formula, not a judgement; the failed repatriation reported (unsure: implied blame on the family)"),
    (D, S(D, "The Government of the Republic of Zambia regrets to inform the nation"), LF, "neutral", "negative", "",
     "the family's withdrawal from the agreed arrangements = an act reported, no protest stated in this sentence"),
    (D, S(D, "The Minister of Foreign Affairs and International Cooperation, Hon. Mulambo Haimbe, SC, MP, has conveyed"), ZM, "supporting", "positive", SA,
     "apology joined to praise of South Africa's arrangements = positive stance towards South Africa (unsure)"),
    (D, S(D, "Hon. Haimbe expressed the Government's deep gratitude"), ZM, "supporting", "positive", SA,
     "surname only; gratitude to Ramaphosa, Lamola and the South African authorities"),
    (D, S(D, "His Excellency President Hakainde Hichilema has directed"), ZM, "calling_for_talks", "neutral", LF,
     "end of mourning (a domestic measure) joined to readiness to resume discussions with the family"),
    (D, S(D, "The Government wishes to reiterate that a former Head of State belongs to the nation"), ZM, "neutral", "neutral", "",
     "statement of principle on State honours, no judgement of the family stated (unsure)"),
    (D, S(D, "Members of the public are urged to remain calm"), ZM, "neutral", "neutral", "",
     "public-information appeal to its own citizens, not an appeal to a party to the dispute (as in the Chambishi page)"),
]
