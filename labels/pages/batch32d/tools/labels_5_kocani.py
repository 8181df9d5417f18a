DOC = "page_northmacedonia_kocani_fire2025_liveblog.html"
AID = "Croatia, Greece, Romania, Slovenia, Sweden, Lithuania, Hungary, Luxembourg and Norway offered treatment or transport within hours."
ROWS = [
    # 21:30 march: narration (crowd, police), no row
    ("President Gordana Siljanovska-Davkova appealed to citizens to grieve together and to leave justice to the courts, asking young people in particular not to let anger turn into violence.",
     "North Macedonia", "calling_for_talks", "neutral", "", "appeal for calm and non-violence, no judgement; unsure: addressed to citizens, not to a party"),
    ("Foreign Minister Timčo Mucunski said 51 injured people were now being treated outside the country, 17 of them in Serbia, 14 in Bulgaria and 9 in Turkey, with smaller groups in Greece, Lithuania and Hungary.",
     "North Macedonia", "neutral", "neutral", "", "figures; the host states are objects here"),
    ("\"Every government that opened its hospitals to our children in the last forty hours has our gratitude, and we will not forget it,\" Mucunski said.",
     "North Macedonia", "supporting", "positive", "", "gratitude to several states -> target empty"),
    ("Kreshnik Bekteshi, who headed the economy ministry when the club received its licence, has been called in for questioning, according to police.",
     "North Macedonia", "neutral", "neutral", "", "police = state; procedural step against a person, not an actor"),
    ("His party, the Democratic Union for Integration, said the government was looking for a scapegoat among its political opponents to hide the failures of the institutions it has run since last summer.",
     "Democratic Union for Integration", "condemning", "negative", "North Macedonia", "'His party' resolved by apposition; accusation against the government"),
    ("Opposition SDSM leader Venko Filipče said his party backed a full investigation wherever it led and would not join any political fight while families were burying their children.",
     "Social Democratic Union of Macedonia", "supporting", "neutral", "North Macedonia", "backing of the state's investigation; party leader speaks for the party"),
    ("Kočani Mayor Ljupčo Papazov announced his resignation, saying he felt a moral duty to step down even though the licence was issued by the ministry and not by the municipality.",
     "North Macedonia", "neutral", "negative", "", "local official -> state (labels/README); resignation with a deflection, no judgement"),
    ("Deep condolences to the families of the young people who lost their lives in Kočani.",
     "Ukraine", "supporting", "positive", "North Macedonia", "embedded post by Zelenskyy; condolences = solidarity"),
    ("Ukraine shares North Macedonia's grief, and our doctors are ready to help if they are needed.",
     "Ukraine", "supporting", "positive", "North Macedonia", "embedded post continued: offer of medical help"),
    ("North Macedonia has activated the EU Civil Protection Mechanism to evacuate 15 patients with severe burns, the European Commission said.",
     "North Macedonia", "calling_for_talks", "neutral", "European Union", "asking for humanitarian help = calling_for_talks (labels/README); the Commission only reports it -> no EU row"),
]
for state in ["Croatia", "Greece", "Romania", "Slovenia", "Sweden", "Lithuania", "Hungary", "Luxembourg", "Norway"]:
    ROWS.append((AID, state, "supporting", "positive", "North Macedonia",
                 "states acting as a list: one row per listed state; offer of treatment or transport = aid"))
ROWS += [
    ("Our thoughts are with the families in Kočani.",
     "European Union", "supporting", "positive", "North Macedonia", "embedded post by Commissioner Lahbib = EU; condolences"),
    ("The EU is flying the most badly burned patients to hospitals across Europe, and more help is ready the moment it is asked for.",
     "European Union", "supporting", "positive", "North Macedonia", "aid provided and offered"),
    ("Serbian President Aleksandar Vučić said Serbia's burn units would take as many patients as Skopje needed to send and that Serbian doctors were ready to travel to Kočani.",
     "Serbia", "supporting", "positive", "North Macedonia", "offer of aid; Skopje = North Macedonia as object"),
    ("Greek Prime Minister Kyriakos Mitsotakis said Greek hospitals had taken in patients and would keep their doors open to the injured for as long as necessary.",
     "Greece", "supporting", "positive", "North Macedonia", "aid given and offered"),
    ("Prime Minister Hristijan Mickoski said the paperwork showed the club had been properly licensed in only two years, 2021 and 2023, and that the 2024 renewal seemed to rest on a forged document.",
     "North Macedonia", "neutral", "negative", "", "facts of the licensing; the forgery is alleged against no named actor; unsure: could be condemning with empty target"),
    ("\"Someone took money so that a warehouse could call itself a nightclub, and fifty-nine young people paid for that with their lives. Every signature on those papers will be checked, whoever it belongs to,\" Mickoski told reporters after an emergency government session.",
     "North Macedonia", "condemning", "negative", "", "judgement of corrupt officials (not a canonical actor) -> target empty; two-sentence quote = one unit"),
    ("He said the government had ordered inspections of every nightclub and concert venue in the country, starting this week.",
     "North Macedonia", "neutral", "neutral", "", "own measure"),
    ("Interior Minister Pance Toskovski said 20 people had been detained, including the club's manager, current and former officials of the economy ministry and the security staff on duty on Saturday night.",
     "North Macedonia", "neutral", "neutral", "", "detentions reported as facts"),
    ("He said the venue had been operating without a valid licence and with only one proper exit, and that it was holding roughly twice as many people as it was allowed.",
     "North Macedonia", "neutral", "negative", "", "facts of violations, no judgement word; unsure"),
    # 07:50 fire description: narration, no row
    ("Health Minister Arben Taravari said overnight that 59 people had died and 155 had been injured, dozens of them seriously.",
     "North Macedonia", "neutral", "neutral", "", "toll given by an actor = neutral"),
]
