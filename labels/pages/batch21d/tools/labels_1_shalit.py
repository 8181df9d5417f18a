# ------------------------------------------------------------------ Shalit capture and Operation Summer Rains (Middle East news site, full HTML, 2006-07-05)
d = "page_shalit_summerrains_mideastsite.html"
# No row: headline, standfirst, byline, caption ("1 of 4"), ADVERTISEMENT, crossheads, "Related:" link,
# the two background paragraphs on the raid and the incursion (narration), the West Bank arrests paragraph
# (narration in the passive, no source), share bar, tags, newsletter prompt, comments, most read, footer.
U(d, "Israel's security cabinet on Wednesday told the army to widen its operations", "no word on the 19-year-old's fate.",
  ("Israel", C, neg, "Hamas", "dateline excluded; long lead mixing narration and the position: an ordered widening of operations against Hamas = announced operation against another side"))
# No row: "Prime Minister Ehud Olmert left no doubt on Sunday that the government would not trade prisoners for the soldier." (summary line before the quote)
U(d, "\"Whoever snatched Gilad Shalit thinks he can write the rules", "according to a statement from his office.",
  ("Israel", C, neg, "", "multi-sentence quote closed by its speaker; 'does not bow to ultimatums' = refusal in protest/judgement; aimed at the unnamed captors (three groups) -> target empty"))
U(d, "The army said on Wednesday that its aircraft had struck a weapons store", "east of Rafah.",
  ("Israel", N, neu, "", "the army = Israel; own strikes reported as done, no judgement (war vocabulary as topic)"))
# No row: "Defence Minister Amir Peretz went further." (summary line)
U(d, "Those holding the soldier, he told army radio,", "if Shalit came to harm.",
  ("Israel", C, neg, "Hamas", "'he' = Peretz (defence minister); conditional threat against the captors and the Hamas leadership; 'Damascus' here is a place, not Syria"))
U(d, "The three groups that claimed the raid", "of what came next.",
  ("Hamas", C, neg, "Israel", "joint ultimatum; the Qassam Brigades = Hamas (name files); one row per listed group"),
  ("Popular Resistance Committees", C, neg, "Israel", "same joint ultimatum"),
  ("Army of Islam", C, neg, "Israel", "same joint ultimatum"))
U(d, "Prime Minister Ismail Haniyeh, whose office in Gaza City was set ablaze", "whatever building was left standing.",
  ("Hamas", C, neg, "Israel", "Haniyeh (Hamas head of the PA government) = Hamas; 'punishing a million and a half people' = judgement without stock words; the missile/office are objects, not speakers"))
U(d, "Haniyeh also asked the captors to keep the soldier alive", "not by tanks and aircraft.\"",
  ("Hamas", T, neu, "", "appeal to protect the captive and settle the crisis calmly, no judgement = calling_for_talks; addressed to the captors (partly his own movement) -> target empty"))
U(d, "Hamas spokesman Sami Abu Zuhri rejected Israeli claims", "known nothing of the operation.",
  ("Hamas", N, neg, "", "denial = neutral, negative"))
U(d, "That leader, Khaled Meshaal, said in remarks broadcast from Damascus", "lock and unlock at will.\"",
  ("Hamas", C, neg, "Israel", "'That leader' resolved by the previous sentence; a release condition + accusation (rule 1); Damascus = place"))
# No row: "President Mahmoud Abbas, whose Fatah movement lost ... has spent the past ten days trying to hold together a deal ..." (background narration with the actor as subject)
U(d, "His office said on the day of the raid that the attack had broken the understandings", "to release him.",
  ("Palestine", C, neg, "", "Abbas's office = Palestine (PA presidency); judgement of the raid + appeal to release (rule 1); the captors are three groups -> target empty"))
# No row: "Since then, the president has turned his fire on Israel." (summary line)
U(d, "Speaking to reporters in Gaza City on Saturday, he said the bombing of a power plant", "call it self-defence.",
  ("Palestine", C, neg, "Israel", "'he' = Abbas; judgement without stock words ('no government could call it self-defence')"))
U(d, "\"I am still convinced that we can find a way out in days, not weeks.", "Abbas said.",
  ("Palestine", T, pos, "", "hope that war is avoided = calling_for_talks; multi-sentence quote closed by speaker"))
U(d, "He welcomed Egypt's efforts and asked both Israel and the factions to give the mediators time.", "give the mediators time.",
  ("Palestine", T, pos, "", "welcome + appeal with no judgement: rule 2 before rule 3 = calling_for_talks; addressed to both sides -> target empty"))
# No row: "Egypt, which keeps a security delegation in Gaza, has carried messages ... since the first day." (background narration with the actor as subject)
U(d, "President Hosni Mubarak has spoken to Olmert more than once", "stop the military operation together.",
  ("Egypt", T, pos, "", "Cairo = metonym for Egypt; mediation aiming at release + halt of the operation = calling_for_talks"))
U(d, "The Egyptian foreign minister, Ahmed Aboul Gheit, was blunter about Israel's conduct:", "harder.",
  ("Egypt", C, neg, "Israel", "position given after a colon; 'out of all proportion' = judgement"))
U(d, "Olmert's office said on Wednesday that the prime minister had thanked Mubarak", "bring the soldier back.",
  ("Israel", S, pos, "Egypt", "thanks for mediation = supporting; Mubarak is the object, not a speaker"))
# No row: "The reaction abroad has been cautious." (summary line)
U(d, "In Washington, White House spokesman Tony Snow said Israel had every right", "make the situation worse.",
  ("United States", T, neu, "Israel", "backing of self-defence + appeal to spare civilians, no judgement: rule 2 before rule 3 = calling_for_talks; Washington = place"))
U(d, "Secretary of State Condoleezza Rice said the soldier had to be released", "plan these kidnappings.\"",
  ("United States", C, neg, "Syria", "demand for release + accusation of Damascus (metonym for Syria): rule 1, one row for the US"))
# No row: "Syria rejected the charge." (summary line before the specific denial)
U(d, "An official quoted by the state news agency SANA said Damascus hosted political leaders", "nothing to do with the raid.",
  ("Syria", N, neg, "", "an unnamed official of a named government speaks for it; SANA is an agency, not an actor; denial = neutral, negative"))
U(d, "State Department spokesman Sean McCormack said the United States was following", "electricity and water supply.",
  ("United States", N, neg, "", "concern without an appeal ('following very closely') = neutral, negative"))
# No row: "In New York, Secretary-General Kofi Annan telephoned Olmert, Abbas and ..." (lead-in; the content follows via the spokesman)
U(d, "His spokesman, Stephane Dujarric, said Annan had urged the Syrian leader and Abbas", "let fuel and supplies in.",
  ("United Nations", T, neu, "", "SG via spokesman; appeals to several parties (release, restraint, access) -> target empty"))
U(d, "The UN agency for Palestinian refugees, UNRWA, said water pumps", "diesel for about a week.",
  ("UNRWA", N, neg, "", "UNRWA is its own actor (name files); facts on the humanitarian situation, no appeal"))
U(d, "The European Union's Finnish presidency, which took over the bloc's rotating chair on Saturday,", "owes to civilians.",
  ("European Union", C, neg, "", "presidency speaks for the EU; condemnation of the rocket fire/kidnapping + 'excessive and at odds with' international law for Israel's strikes (judgement without stock words) -> two sides, target empty"))
U(d, "The European Commission, for its part, said it was finalising a package of emergency fuel", "bypass the Hamas government.",
  ("European Union", S, pos, "Palestine", "backing by act (emergency fuel for Gaza hospitals); Commission = EU; Hamas is mentioned only as the bypassed government"))
U(d, "Arab League Secretary-General Amr Moussa called the arrest", "could accept.",
  ("Arab League", C, neg, "Israel", "judgement of the arrests"))
U(d, "Hamas welcomed his words, but Abu Zuhri said Arab governments", "sat in the dark.",
  ("Hamas", C, neg, "", "welcome + judgement of Arab governments: rule 1 = condemning; 'his words' = Moussa's (Arab League is the object, no row); several governments -> target empty"))
# No row: "Analysts on both sides of the fence saw few good options." (unnamed speakers)
U(d, "\"The longer the tanks stay inside, the more they become a target", "a college near Tel Aviv.",
  ("Ilan Tzur", N, neg, "", "independent analyst (retired general) under his own name; risks and scenario, no judgement"))
U(d, "Tzur expected the government to end up accepting some form of exchange", "how every one of these stories has ended.\"",
  ("Ilan Tzur", N, neu, "", "surname only; forecast of what may happen next = neutral"))
U(d, "\"People sitting in the dark do not blame the men who took the soldier.", "a political scientist in Gaza.",
  ("Walid Sarsour", N, neg, "", "independent scholar; multi-sentence quote closed by the speaker; public mood and risk of a split, no judgement"))
U(d, "He was less restrained about the power plant:", "understands it that way.\"",
  ("Walid Sarsour", C, neg, "Israel", "quote opened after a colon; 'Nothing justifies ... a decision to punish' = judgement of Israel's strike"))
# No row: the Shati camp father (unnamed resident); reader comments.
