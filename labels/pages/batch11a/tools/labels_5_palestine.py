# ------------------------------------------------------------------ UK, Canada, Australia and Portugal recognise Palestine; Israel and the US respond (live blog, full HTML, 2025-09-21/22)
d = "page_palestine_recognition_liveblog.html"
U(d, "White House press secretary Karoline Leavitt said the president disagreed", "a prize for Hamas.",
  ("United States", C, neg, "", "disapproval + 'a prize for Hamas' = judgement of the recognising states (several -> target empty)"))
U(d, "Germany's foreign minister, Johann Wadephul, said Berlin would not recognise", "occupied West Bank.",
  ("Germany", T, neg, "Israel", "demand addressed to Israel to refrain, no judgement word = calling_for_talks (README); its own non-recognition is a neutral plan in the same sentence"))
U(d, "The UK foreign secretary, Yvette Cooper, told the BBC", "with annexation.",
  ("United Kingdom", T, neg, "Israel", "warning to Israel not to annex, no judgement word = calling_for_talks, negative"))
U(d, "Qatar's foreign ministry welcomed the four recognitions on Monday", "two-state solution.",
  ("Qatar", T, pos, "", "welcome + appeal for a ceasefire and negotiations with no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "The Élysée confirmed that Emmanuel Macron will formally recognise", "expected to do the same.",
  ("France", S, pos, "Palestine", "recognition announced for the same day = backing by act; Belgium, Luxembourg and Malta are only expected by the outlet (no rows)"))
U(d, "Israel's ambassador to the UN, Danny Danon, said Israel would stay away", "remained in Gaza.",
  ("Israel", C, neg, "", "boycott with a grievance stated ('a stage show that rewarded terror') = refusal in protest; co-hosts not named -> target empty"))
U(d, "The United States will not attend either, a State Department spokesperson said.", "a State Department spokesperson said.",
  ("United States", N, neu, "", "staying away with no reason given in the sentence = neutral (README); attribution tail"))
U(d, "Saudi Arabia, Kuwait, and Oman welcomed the recognitions", "two-state solution.",
  ("Saudi Arabia", S, pos, "", "Oxford-comma list of three: one row each; welcome of the recognitions (four recognising states -> target empty)"),
  ("Kuwait", S, pos, "", "same list"),
  ("Oman", S, pos, "", "same list"))
U(d, "Hamas, which led the 7 October 2023 attack on Israel, said the recognitions vindicated", "Israeli occupation.",
  ("Hamas", C, neg, "Israel", "welcome + demand to isolate and punish 'the occupation' = explicit judgement: rule 1 over the welcome"))
U(d, "The office of the Palestinian president, Mahmoud Abbas, thanked", "just and lasting peace.",
  ("Palestine", S, pos, "", "possessive before the speaker: the president's office = Palestine; thanks = approval (several states -> target empty)"))
U(d, "Portugal's foreign minister, Paulo Rangel, announced", "the State of Palestine.",
  ("Portugal", S, pos, "Palestine", "recognition = backing by act; Lisbon = metonym; New York = place"))
U(d, "\"A ceasefire cannot wait.", "Rangel said.",
  ("Portugal", T, neg, "", "multi-sentence quotation closed by its speaker = one unit; ceasefire, hostages, aid = appeals"))
U(d, "He added that Hamas could have no role whatsoever", "in the West Bank.",
  ("Portugal", C, neg, "", "exclusion of Hamas + condemnation of Israeli settlements: two targets -> empty"))
U(d, "In a video statement, Benjamin Netanyahu said the leaders recognising Palestine", "west of the Jordan.",
  ("Israel", C, neg, "", "'handing a prize to the perpetrators' = judgement of the recognising leaders (several -> target empty) + refusal"))
U(d, "He said Israel's response would be announced", "next week.",
  ("Israel", C, neg, "", "announced response against the recognising states = veiled threat (unsure: could be a neutral plan)"))
U(d, "The national security minister, Itamar Ben-Gvir, said he would propose", "dismantled.",
  ("Israel", C, neg, "Palestine", "minister = Israel (as Smotrich in the name files); annexation and dismantling the PA proposed in response = threatened measures against a side"))
U(d, "The finance minister, Bezalel Smotrich, said the only fitting answer", "off the table for good.",
  ("Israel", C, neg, "Palestine", "Smotrich = Israel (name files); answer against Palestinian statehood = threatened response"))
U(d, "The opposition leader, Yair Lapid, laid the blame on the government:", "on Netanyahu's watch.\"",
  ("Yesh Atid", C, neg, "Israel", "quote opened after a colon; the opposition judges its own government (as batch5c); Lapid = Yesh Atid"))
U(d, "In a video posted on X, Keir Starmer said Britain was formally recognising", "slip out of reach.",
  ("United Kingdom", S, pos, "Palestine", "leader on social media; recognition = backing by act"))
U(d, "\"Let me be clear: this does nothing for Hamas", "the prime minister said.",
  ("United Kingdom", C, neg, "Hamas", "'brutal terror group' = judgement"))
U(d, "He said the suffering inflicted on Gaza by the Israeli offensive", "allowed to go on.",
  ("United Kingdom", C, neg, "Israel", "'suffering inflicted ... by the Israeli offensive' = accusation by describing the other side's acts (guide rule 4) + demand"))
U(d, "Australia now formally recognises Palestine as an independent and sovereign state", "in a joint statement.",
  ("Australia", S, pos, "Palestine", "two speakers of one state in a joint statement = one row"))
U(d, "They said the Palestinian Authority had committed", "carrying out reforms.",
  ("Palestine", N, pos, "", "position of the PA reported by Australia = the PA's statement (guide); commitments/plans = neutral; Australia takes no new position here (no row)"))
U(d, "Mark Carney said in a statement that Canada was recognising", "side by side in peace.",
  ("Canada", S, pos, "Palestine", "recognition + offer of partnership = supporting"))
U(d, "The prime minister accused the Israeli government of working methodically", "in the West Bank.",
  ("Canada", C, neg, "Israel", "'The prime minister' = Carney by context; accusation"))
