# ------------------------------------------------------------------ Ngarbuh killings, Cameroon, and the Yaoundé–Paris row (UN noon-briefing readout, 2020-02-25)
d = "page_cameroon_ngarbuh2020_noonbriefing.txt"
# Not statements: masthead, menu, breadcrumb, readout title and subtitle, byline, posted line, crossheads, ADVERTISEMENT,
# the bracketed editor's note, Related readouts, Filed under, the newsletter line and copyright.
# Intro "The daily noon briefing at UN Headquarters was given by ..." = the outlet's narration, no row.
U(d, "Opening the Cameroon questions, Dujarric recalled the Secretary-General's statement", "answer for it.",
  ("United Nations", T, neg, "Cameroon", "concern + request to investigate and hold to account, no judgement word = calling_for_talks"))
U(d, "The Secretary-General, Dujarric added, once more urged every armed actor", "out of the line of fire.",
  ("United Nations", T, neu, "", "appeal to protect civilians addressed to all armed actors -> target empty"))
U(d, "Dujarric pointed reporters to the note issued in Geneva on 18 February", "had entered the village.",
  ("United Nations", N, neu, "", "figures and witnesses' account relayed by the UN = neutral, neutral tone"))
U(d, "The human rights office had welcomed the Government's announcement of an inquiry", "where the facts call for them.",
  ("United Nations", T, neu, "Cameroon", "welcome joined to an appeal on the inquiry's conduct, no judgement: rule 2 before rule 3"))
U(d, "Asked about the report released on Tuesday by Human Rights Watch", "a credible investigation was needed.",
  ("United Nations", T, neu, "Cameroon", "the report cited to press for a credible inquiry = calling_for_talks (like demands for an inquiry)"))
U(d, "On humanitarian needs, Dujarric said the UN Office for the Coordination of Humanitarian Affairs", "of the funds requested.",
  ("United Nations", N, neg, "", "OCHA = UN; figures and the funding gap, no appeal in this sentence"))
U(d, "OCHA also asked all parties to let aid workers reach villages", "he said.",
  ("United Nations", T, neu, "", "appeal for humanitarian access to all parties"))
U(d, "UNICEF has sent staff and supplies to Ndu and Nkambe", "the Spokesman said.",
  ("UNICEF", S, pos, "", "aid delivered = supporting; for children, no canonical target"))
U(d, "Asked about the remarks made on Saturday by French President Emmanuel Macron", "between two Member States.",
  ("United Nations", N, neu, "", "declining to comment when asked = neutral"))
U(d, "Asked whether the Secretary-General would send an envoy", "would choose.",
  ("United Nations", T, neu, "Cameroon", "UNOCA's Special Representative = UN; offer to support dialogue"))
# "The Spokesman said he had nothing to announce about a visit ..." = non-answer, no row.
U(d, "Cameroon's Minister of Communication, René Emmanuel Sadi, said in a statement on 17 February", "there had been no massacre.",
  ("Cameroon", N, neg, "", "own account of the deaths + denial of a massacre = neutral, negative"))
U(d, "The same statement accused the separatists of using the village as a base", "to smear the army.",
  ("Cameroon", C, neg, "", "accusation of the separatists (no single canonical group named) -> target empty"))
U(d, "On Saturday, Macron told a Cameroonian activist", "which he called unbearable.",
  ("France", C, neg, "Cameroon", "promise of pressure + judgement of the killings as unbearable, aimed at Biya's government"))
U(d, "In a communiqué read on state radio on Monday evening", "rejected Macron's remarks outright.",
  ("Cameroon", C, neg, "France", "rejecting a foreign leader's remarks as interference = judgement, not a mere denial"))
U(d, "The Presidency also asked Cameroonians to keep their composure", "in Yaoundé and Douala.",
  ("Cameroon", T, neu, "", "appeal for calm after protests"))
U(d, "Human Rights Watch said in its report that government forces and armed ethnic Fulani", "had burned homes.",
  ("Human Rights Watch", C, neg, "Cameroon", "accusation by describing the killing of civilians by government forces (rule 4)"))
U(d, "Ilaria Allegrozzi, the group's senior Central Africa researcher", "brought to trial.",
  ("Human Rights Watch", C, neg, "Cameroon", "HRW researcher = HRW; official account called false + demand for trials: rule 1"))
U(d, "The Ambazonia Governing Council, one of the main separatist movements", "\"answer in kind\".",
  ("Ambazonia Governing Council", C, neg, "Cameroon", "judgement + threat of retaliation"))
U(d, "The United States welcomed the announcement of an investigation", "had not been believable.",
  ("United States", C, neg, "Cameroon", "welcome joined to a judgement of the army's account: rule 1 decides"))
U(d, "The European Union's diplomatic service said it expected Yaoundé", "away from civilians.",
  ("European Union", T, neu, "Cameroon", "demand for an independent inquiry and protection of civilians, no judgement word"))
U(d, "The United Kingdom's Minister for Africa, James Duddridge", "following developments closely.",
  ("United Kingdom", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The African Union Commission Chairperson, Moussa Faki Mahamat, said he hoped", "the two regions.",
  ("African Union", T, pos, "", "hope that calm returns = calling_for_talks"))
U(d, "Comfort Ngum Awah, a schoolteacher in Ndu whose cousin was among the dead", "to visit.",
  ("Comfort Ngum Awah", N, neg, "", "invented relative of a victim; fact with an implied reproach, no explicit judgement"))
U(d, "\"They say it was a fire.", "she said.",
  ("Comfort Ngum Awah", C, neg, "Cameroon", "contradicts the official account with the bullet wounds = accusation"))
U(d, "Hans Kenmoe, a researcher at the Douala-based Central Africa Policy Institute", "change the subject.",
  ("Hans Kenmoe", N, neg, "", "invented analyst; forecast of the row's effect"))
U(d, "\"The row with Macron is a gift to the Government.", "Kenmoe said.",
  ("Hans Kenmoe", C, neg, "Cameroon", "the government said to use the row to dodge the question of dead children = judgement without a stock word (unsure: could be neutral analysis)"))
U(d, "He said the only way out of the crisis was a real negotiation", "including those in exile.",
  ("Hans Kenmoe", T, neu, "Cameroon", "appeal for negotiation; addressed in effect to the government"))
