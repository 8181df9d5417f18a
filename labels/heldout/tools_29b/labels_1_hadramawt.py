# ------------------------------------------------------------------ STC takeover of Hadramawt and Mahra; Saudi response (Gulf regional news site, full HTML, 2025-12-27)
d = "page_hadramawt_stc_gulfsite.html"
# No rows: cookie bar, top strip, nav, breadcrumbs, kicker, headline, standfirst, byline, share bars, captions
# ("1 of 3", credits), ADVERTISEMENT, crossheads, "Also read", credits line, tags, newsletter, comments, most read, footer.
U(d, "Saudi Arabia's military coalition in Yemen warned the Southern Transitional Council", "border the kingdom and Oman.",
  ("Saudi Arabia", C, neg, "Southern Transitional Council", "dateline excluded; long lead mixing the threat with narration of the STC sweep; the coalition = Saudi Arabia ('Saudi-led coalition' is its alias); threat of a response = condemning"))
# No row: "The council, which wants to restore the state ... most of Mahra." (background narration, the STC as subject of an offensive)
U(d, "On December 9 Aidarus al-Zubaidi, who leads the council", "under the STC's control.",
  ("Southern Transitional Council", N, neu, "", "role then name; own claim of control, no judgement = neutral; Yemen's PLC is only mentioned (his seat), Aden = place"))
U(d, "In a statement carried by the Saudi Press Agency late on Friday", "units loyal to the STC.",
  ("Saudi Arabia", N, neu, "", "coalition spokesman (alias of Saudi Arabia); acting on a request, no judgement of its own in this sentence; SPA carrying it is not an actor"),
  ("Yemen", C, neg, "Southern Transitional Council", "Alimi's request and accusation ('grave abuses') reported inside Maliki's sentence; PLC head = Yemen"))
U(d, "\"Whoever moves troops in a way that undercuts the de-escalation", "Maliki said.",
  ("Saudi Arabia", C, neg, "Southern Transitional Council", "multi-sentence quote closed by its speaker (surname only) = one unit; threat of a response decides"))
U(d, "The coalition said it stood firmly with the Presidential Leadership Council", "let the mediators work.",
  ("Saudi Arabia", T, neu, "", "backing + appeal for restraint with no judgement: rule 2 before rule 3 (unsure: could be supporting Yemen)"))
U(d, "Hours later, Defence Minister Prince Khalid bin Salman addressed", "through the Saudi-Emirati mediation.",
  ("Saudi Arabia", T, neg, "Southern Transitional Council", "demand addressed to one side to withdraw, no judgement word = calling_for_talks, negative"))
U(d, "He wrote that nobody in Riyadh wanted to sideline", "the Houthis in Sanaa.",
  ("Saudi Arabia", C, neg, "Southern Transitional Council", "pronoun 'He' = Khalid bin Salman; 'forcing the issue with guns' = judgement of the STC's move; Riyadh inside his words = Saudi Arabia itself; the Houthis and Sanaa are only mentioned (Sanaa = place, not Yemen)"))
# No row: "The foreign ministry had set out the kingdom's case two days earlier." (summary line before the specific statement)
U(d, "In a statement posted on its X account on Thursday, it said the STC had acted alone", "the people of the south included.",
  ("Saudi Arabia", C, neg, "Southern Transitional Council", "'it' = the Saudi foreign ministry; acting alone + 'needless escalation' = judgement; Alimi's council is only mentioned"))
U(d, "Riyadh said it was still counting on the council", "make matters worse.",
  ("Saudi Arabia", T, neg, "", "Riyadh = metonym; demand to withdraw + appeal to all factions, no judgement word; two addressees -> target empty"))
U(d, "The ministry also said that a joint Saudi-Emirati military team", "those talks were continuing.",
  ("Saudi Arabia", T, neu, "", "own mediation with the STC reported as continuing = diplomatic course (unsure: could be neutral, a fact about own effort); the UAE's part is narrated by Riyadh, no UAE row"))
# No row: "The STC has so far shown no sign of pulling back." (narration)
U(d, "Its spokesman, Mohammed al-Naqeeb, said on Friday", "a danger to the kingdom.",
  ("Southern Transitional Council", N, neg, "", "'Its' = the STC; justification + rebuttal of the Saudi concern = a denial, neutral with a negative tone"))
U(d, "\"We did not come to Hadramawt to fight our brothers in the coalition.", "AIC television.",
  ("Southern Transitional Council", C, neg, "", "two-sentence quote closed by the speaker; blames the forces that held the valley before (not a canonical actor) -> target empty; AIC is the STC's own channel, not an actor"))
U(d, "A senior council official in Aden, speaking on condition of anonymity", "\"like an occupying force\".",
  ("Southern Transitional Council", C, neg, "Saudi Arabia", "unnamed official of a named body = STC; offer to talk + refusal in protest ('like an occupying force'): rule 1"))
# No row: "The official declined to say whether the council would withdraw before the end of the year." (non-answer)
U(d, "The United Arab Emirates, which armed and trained many of the STC's brigades", "security and prosperity.",
  ("United Arab Emirates", S, pos, "Saudi Arabia", "approval of the Saudi efforts; the relative clause on arming the STC is background narration"))
# No row: "The Emirati foreign ministry's statement did not mention the STC by name." (a fact about the statement, no position)
# No row: "Diplomats in the region say ..." (unnamed speakers, not actors)
# No row: "Neighbouring governments moved quickly to back the kingdom." (summary line)
U(d, "Qatar's foreign ministry said Doha backed the internationally recognised government", "without reservation.",
  ("Qatar", S, pos, "Yemen", "Doha = metonym; backing of the government and the PLC chairman"))
U(d, "Bahrain and Kuwait issued statements in the same vein", "sit down together.",
  ("Bahrain", T, neu, "", "'in the same vein' (backing) + Manama's appeal for de-escalation and dialogue: rule 2 before rule 3; Manama = metonym"),
  ("Kuwait", S, pos, "Yemen", "two states in one sentence = two rows; 'in the same vein' = the same backing of the Yemeni government as Qatar's (unsure: the crosshead and summary line speak of backing the kingdom), no appeal of its own"))
U(d, "In Cairo, Arab League Secretary-General Ahmed Aboul Gheit urged", "in one piece.",
  ("Arab League", T, neu, "", "role then name; Cairo = place; appeal to end escalation"))
U(d, "In Washington, Secretary of State Marco Rubio said on Friday", "calm things down.",
  ("United States", T, neg, "", "concern + appeal for restraint + thanks: rule 2 before rule 3; Washington = place here (the speaker is named); Riyadh and Abu Dhabi are objects of the thanks"))
U(d, "The UN envoy for Yemen, Hans Grundberg, said in a statement", "depended on aid to survive.",
  ("United Nations", N, neg, "", "concern with no appeal = neutral, negative"))
# No row: "The Houthis, who have controlled Sanaa ..., mocked the rift between their enemies." (summary line before the specific statement)
U(d, "Mohammed al-Bukhaiti, a member of the group's political bureau, wrote", "driven out of Yemen in the end.",
  ("Houthis", C, neg, "", "'the group' = the Houthis; accusation + threat aimed at Riyadh and Abu Dhabi (two targets -> empty); Riyadh and Abu Dhabi are objects, not speakers"))
U(d, "The Hadramawt Tribal Alliance, whose fighters were driven off the oil fields", "belonged to Hadramis.",
  ("Hadramawt Tribal Alliance", C, neg, "Southern Transitional Council", "tribal alliance under its own name; accusation"))
U(d, "Alimi, meeting officials from the governorate in Riyadh on Saturday", "by force of arms.",
  ("Yemen", C, neg, "Southern Transitional Council", "surname only; praise of the coalition + warning to the STC: the warning decides (unsure: praise alone would be supporting Saudi Arabia); Riyadh = place"))
# No rows: the Mukalla shop owner (unnamed resident), "Analysts say ...", the unconfirmed reports of air strikes
# ("outlets close to the council"; neither side confirmed), and the background paragraph on 2015-2019.
