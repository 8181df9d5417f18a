DOC = "page_bulgaria_lokorsko_truckdeaths2023_noonbriefing.txt"
UN = "United Nations"
BG = "Bulgaria"
J1 = "Turning to Bulgaria: the UN Refugee Agency (UNHCR), the International Organization for Migration (IOM) and UNICEF said in a joint statement over the weekend that they were horrified by the deaths of 18 people from Afghanistan, among them a child, who were found on Friday in a truck abandoned near the village of Lokorsko, outside Sofia."
J2 = "The agencies praised the Bulgarian authorities, and the hospital staff in Sofia, for the speed with which they cared for the 34 survivors, five of them children."
J3 = "They called on States to open more safe and regular pathways, so that people fleeing conflict and persecution are not pushed into the hands of smugglers, and to act together against the networks that profit from their desperation."
AG = ["UNHCR", "International Organization for Migration", "UNICEF"]
HELP = "Our colleagues at UNHCR and IOM are in touch with them, and they are helping the survivors with interpretation, legal counselling and psychological support."
ROWS = [
    ("Following the new earthquake that struck Hatay province yesterday evening, our humanitarian colleagues tell us that UN teams already in the area are supporting the Turkish authorities as they search damaged buildings and look after people who spent the night outdoors.",
     UN, "supporting", "positive", "Turkey", "spokesman's note; UN teams assisting the Turkish authorities = supporting by act"),
    ("In north-west Syria, more UN trucks carrying tents, blankets, medicines and food crossed from Türkiye today through the Bab al-Hawa and Bab al-Salam crossings.",
     UN, "supporting", "positive", "", "aid delivered = supporting; recipients are people in north-west Syria, not the Syrian state -> target empty"),
    ("We once again ask donors to fund the appeals for Türkiye and for Syria quickly and in full.",
     UN, "calling_for_talks", "neutral", "", "asking for humanitarian funding = calling_for_talks (labels/README), not supporting"),
] + [
    (J1, a, "neutral", "negative", "", "joint statement of three agencies reported by the spokesman: one row per agency; horror without appeal or blame; the quote-like lead 'Turning to Bulgaria:' is part of the unit")
    for a in AG
] + [
    (J2, a, "supporting", "positive", BG, "'The agencies' resolved by context; praise of the Bulgarian authorities' response")
    for a in AG
] + [
    (J3, a, "calling_for_talks", "neutral", "", "'They' = the three agencies; appeal for safe pathways and joint action, addressed to all States; no explicit judgement on a named actor")
    for a in AG
] + [
    ("The Secretary-General is deeply saddened by this tragedy and extends his condolences to the families of those who died.",
     UN, "supporting", "negative", "", "condolence = supporting (as earlier pages); addressed to the families, not a state -> target empty; sad tone"),
    ("The Secretary-General will travel to Geneva at the end of the week, and on Monday he will address the opening of the fifty-second session of the Human Rights Council.",
     UN, "neutral", "neutral", "", "plan; Geneva is a place"),
    ("The head of the National Investigation Service, Borislav Sarafov, says the smugglers built the hiding place under the timber themselves and used foil to hide the passengers from the thermal scanners at the border.",
     BG, "neutral", "neutral", "", "a journalist's question reporting an official's findings = that official's statement (labels/README); facts of the investigation"),
    ("Prosecutors have charged the driver and his assistant with causing the deaths through negligence.",
     BG, "condemning", "negative", "", "charges brought by the state = act against the accused (batch50a reading); the accused are not actors -> target empty"),
    ("The investigation is a matter for the Bulgarian authorities.",
     UN, "neutral", "neutral", "", "spokesman; procedure (the bare 'No.' before it is no unit of its own)"),
    (HELP, "UNHCR", "supporting", "positive", "", "help to the survivors = supporting by act; 'them' = the Bulgarian authorities, addressees of contact, not of support"),
    (HELP, "International Organization for Migration", "supporting", "positive", "", "second agency named in the same sentence"),
    ("The interior minister, Ivan Demerdzhiev, said the man who organized the transport had already served time for smuggling people, and he wants parliament to pass tougher sentences.",
     BG, "condemning", "negative", "", "accusation against the (unnamed) organiser + call for tougher penalties; the preceding 'A follow-up.' is no unit"),
    ("What we want to see is the people who make money out of this trade in human misery brought to justice.",
     UN, "condemning", "negative", "", "'trade in human misery' + brought to justice = judgement on the smugglers (no actor) -> target empty"),
    ("Steph, the caretaker Government in Sofia has asked the European Union to pay for reinforcing the fence along its border with Türkiye.",
     BG, "neutral", "neutral", "", "question reports Bulgaria's request; asking for money is not supporting (labels/README); Sofia = the government as metonym"),
    ("How a State manages its borders is its own decision.",
     UN, "neutral", "neutral", "", "general position, no appeal"),
    ("Whatever measures are taken must respect the right to seek asylum and the principle of non-refoulement.",
     UN, "calling_for_talks", "neutral", "", "appeal for the protection of asylum seekers, no judgement (unsure: target could be Bulgaria, the State asked about)"),
    ("And the European Commissioner for Home Affairs, Ylva Johansson, wrote that the deaths showed why the EU had to break the smugglers' business model once and for all.",
     "European Union", "condemning", "negative", "", "reported in a question; commissioner = EU (actors.csv); resolve against the smugglers (no actor) -> target empty (unsure: could be neutral policy talk)"),
    ("We work very closely with the European Union on migration, through IOM and UNHCR in particular.",
     UN, "neutral", "positive", "", "cooperation described, no appeal"),
    ("What I can tell you is that UNAMA continues to urge the de facto authorities to lift the restrictions on women and girls, which are one of the reasons more and more families are looking for a way out.",
     UN, "calling_for_talks", "negative", "Afghanistan", "UN mission = United Nations; demand to lift restrictions without a judgement word = calling_for_talks (labels/README); the de facto authorities = Afghanistan (officeholders); the bare 'I don't have any details on that.' is no row"),
    ("President Putin announced today that Russia was suspending its participation in the New START treaty.",
     "Russia", "neutral", "neutral", "", "reported in a question; suspension with no protest stated in the unit = neutral (labels/README on withdrawals); 'On another subject.' is no unit"),
    ("The Secretary-General has said again and again that the world needs less nuclear risk, not more, and we would urge the Russian Federation and the United States to get back to the table and to the full implementation of the treaty.",
     UN, "calling_for_talks", "neutral", "", "appeal to two parties to return to talks -> target empty"),
]
