# ------------------------------------------------------------------ Operation Decisive Storm, second day (international wire copy, 2015-03-27)
d = "page_yemen_decisivestorm2015_wire.txt"
# Never statements here: agency menu, section, headline, byline, published/updated, read time, photo captions
# ("Photo 1 of 4", credits), dateline (excluded from the first unit), ADVERTISEMENT, capitals crossheads, "Related:",
# reporting credits, Trust Principles, topics, newsletter prompt, MOST READ, copyright.
U(d, "Saudi Arabia and its Arab allies bombed Houthi positions across Yemen", "a violation of Yemen's sovereignty.",
  ("Saudi Arabia", C, neg, "Houthis", "long lead: strikes narrated + 'Riyadh said the campaign would go on until the militia stopped threatening' = announced continuation of an operation against another side (threat); Riyadh = metonym; dateline excluded"),
  ("Iran", C, neg, "Saudi Arabia", "same lead: Tehran (metonym) demands a halt to 'a violation of Yemen's sovereignty' = judgement + demand (rule 1)"))
# "Warplanes struck the al-Dulaimi air base ..." : narration, sources are residents/local officials (no tie) -> no row.
# "Explosions shook the city for much of the night." : scene, no row.
U(d, "The Houthi-run health ministry in Sanaa said around 40 people", "early hours of Thursday.",
  ("Houthis", N, neu, "", "health ministry run by the Houthis = the Houthis (as batch5c's Gaza ministry = Hamas); casualty figure with no blame = neutral"))
U(d, "Brigadier General Ahmed Asiri, spokesman for the coalition,", "controlled Yemen's airspace.",
  ("Saudi Arabia", N, neu, "", "Asiri = Saudi Arabia (name files); own strikes' results reported as done, no judgement = neutral"))
U(d, "\"The operation against the Houthi militia will continue", "Asiri said.",
  ("Saudi Arabia", C, neg, "Houthis", "two-sentence quote closed by its speaker; continuation of the operation + ground forces ready = threat"))
U(d, "The campaign, which Riyadh has named Operation Decisive Storm,", "at Hadi's request.",
  ("Saudi Arabia", C, neg, "Houthis", "the announcement of a military operation against another side (guide); 'in Washington' = place, not the US"))
U(d, "In a joint statement carried by the Saudi state news agency SPA,", "backing of a regional power.",
  ("Saudi Arabia", C, neg, "Houthis", "joint statement of five states = one row per listed state; accusation of the Houthis; SPA (agency) is not an actor"),
  ("United Arab Emirates", C, neg, "Houthis", "same joint statement"),
  ("Kuwait", C, neg, "Houthis", "same joint statement"),
  ("Bahrain", C, neg, "Houthis", "same joint statement"),
  ("Qatar", C, neg, "Houthis", "same joint statement; 'a regional power' (Iran) not named -> target stays the Houthis"))
# "Oman, the sixth member of the Gulf Cooperation Council, stayed out of the coalition." : a non-participation, no position stated -> no row.
U(d, "Saudi state television said King Salman had ordered the strikes", "charge of the operation.",
  ("Saudi Arabia", N, neu, "", "state-media report of the leader's decision = the leader's state; command arrangements for its own operation, no judgement = neutral (contrast with the announcement above)"))
# "Hadi, who left Aden ..., arrived in Riyadh on Thursday ..." : travel narration, no row.
U(d, "His foreign minister, Riad Yassin, said Hadi's government had asked", "seized from the army.",
  ("Yemen", C, neg, "Houthis", "'His' = Hadi; Yassin = Yemen (name files); accusation (ignored every offer of dialogue) + demand to lay down arms = judgement/ultimatum"))
U(d, "In a televised speech on Thursday evening, Houthi leader Abdul-Malik al-Houthi", "would resist it.",
  ("Houthis", C, neg, "Saudi Arabia", "'lawless assault carried out on behalf of foreign powers' = judgement of the raids (Saudi-led)"))
U(d, "Mohammed al-Bukhaiti, a member of the group's political bureau,", "not be able to contain.",
  ("Houthis", C, neg, "Saudi Arabia", "'the group' = the Houthis; 'the kingdom and its partners' = Saudi Arabia; veiled threat"))
# "Thousands of Houthi supporters rallied ..." : scene, no row.
# "The Houthis, who follow the Zaidi branch ..." / "He escaped to Aden ..." : background narration with actors as subjects, no row.
U(d, "Iranian Foreign Ministry spokeswoman Marzieh Afkham said the military action", "internal affairs.",
  ("Iran", C, neg, "Saudi Arabia", "Afkham = Iran (name files); 'an intervention in Yemen's internal affairs' = judgement"))
U(d, "Foreign Minister Mohammad Javad Zarif, speaking on the sidelines", "back to the negotiating table.",
  ("Iran", T, neg, "", "demand to stop + backing for talks, no judgement word in this sentence = calling_for_talks; aimed at no single party"))
# "Saudi officials accuse Tehran of arming the Houthis, a charge Iran denies." : background, both positions vague and habitual -> no row.
U(d, "Washington is sharing intelligence with the coalition", "not flying strike missions.",
  ("United States", S, neu, "Saudi Arabia", "intelligence and logistics for the coalition = backing by act; attribution in mid-sentence; Washington = metonym"))
U(d, "Secretary of State John Kerry praised the coalition's action", "a State Department official said.",
  ("United States", S, pos, "Saudi Arabia", "praise of the Saudi-led coalition, reported by an unnamed official of a named body (attribution tail)"))
U(d, "Turkish President Tayyip Erdogan said Ankara backed the operation", "logistical support.",
  ("Turkey", S, pos, "Saudi Arabia", "backing + offer of logistics; Ankara = metonym"))
U(d, "He also accused Iran of seeking to dominate the region", "Yemen among them.",
  ("Turkey", C, neg, "Iran", "'He' = Erdogan; accusation + demand to withdraw"))
U(d, "Egypt's foreign ministry said four Egyptian warships were on their way", "asked for them.",
  ("Egypt", S, neu, "Saudi Arabia", "naval deployment and troops offered to the coalition = backing by act (unsure: could be read as joining an operation against the Houthis)"))
U(d, "Pakistani Prime Minister Nawaz Sharif's office said Pakistan would stand by the kingdom", "on sending troops.",
  ("Pakistan", S, pos, "Saudi Arabia", "pledge to stand by the kingdom; 'officials in Islamabad' (officials of a named government) add a procedural note, same actor, one row"))
# "Others urged caution." : summary line, no row.
U(d, "UN Secretary-General Ban Ki-moon said Yemen's crisis would in the end", "told reporters in New York.",
  ("United Nations", T, neu, "", "appeal to return to talks, attribution tail through the deputy spokesman"))
U(d, "Russia's foreign ministry called for an immediate halt to all military action", "through dialogue.",
  ("Russia", T, neu, "", "appeal to stop fighting and talk, no judgement"))
U(d, "Chinese Foreign Ministry spokeswoman Hua Chunying said Beijing was deeply concerned", "of the situation.",
  ("China", N, neg, "", "concern without an appeal = neutral, negative tone"))
U(d, "Lebanon's Hezbollah, an ally of Iran, said in a statement", "and their will.",
  ("Hezbollah", C, neg, "Saudi Arabia", "'unjust aggression' = judgement of the Saudi-led campaign; Iran mentioned only as an ally"))
# Shopkeeper quote: unnamed resident, no row. "Analysts said ..." : not actors, no row.
# "Oil prices jumped ..." : market narration, no row.
