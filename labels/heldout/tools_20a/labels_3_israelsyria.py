# ------------------------------------------------------------------ Israeli strikes in Syria, Iranian drone and the downed F-16 (Syrian state media, SANA English style, 2018-02-10)
d = "page_israel_syria_f16_statemedia.txt"
U(d, "Syrian air defense units opened fire on Israeli warplanes", "a fresh act of aggression against Syria.",
  ("Syria", C, neg, "Israel", "dateline 'Damascus, SANA –' excluded; 'a military source' = Syria; the source calls the raid aggression (judgement)"))
U(d, "The source said Israeli aircraft returned later in the morning", "forced them to turn back.",
  ("Syria", N, neg, "", "the same source describes attacks on military positions and its own response, no judgement word = neutral"))
U(d, "In a statement broadcast on Syrian television, the General Command of the Army and Armed Forces warned", "harsher than it expected.",
  ("Syria", C, neg, "Israel", "the army speaks for its state; threat of a response ('the enemy' = Israel by context)"))
U(d, "The Command said the air defense units had proved their competence", "the homeland's skies.",
  ("Syria", N, pos, "", "'The Command' by context; self-praise = neutral, positive"))
U(d, "Meanwhile, the Foreign and Expatriates Ministry sent two identical letters", "Disengagement of Forces Agreement.",
  ("Syria", C, neg, "Israel", "'blatant violation' of sovereignty and the 1974 agreement = judgement; the UN is only the addressee"))
U(d, "The Ministry called on the Security Council to condemn the attack", "responsibility for its consequences.",
  ("Syria", C, neg, "Israel", "call for condemnation and measures + 'full responsibility' (guide cue)"))
U(d, "The Israeli occupation army claimed in a statement that it had struck Iranian targets", "entered occupied Palestine.",
  ("Israel", N, neu, "", "dateline 'Occupied Jerusalem, SANA –' excluded; the army = Israel; own strikes reported as done with the drone as reason, no judgement word; SANA's 'claimed' does not change the label"))
U(d, "The occupation army later alleged that its aircraft had hit twelve targets", "four Iranian sites.",
  ("Israel", N, neu, "", "own strike figures"))
U(d, "Army spokesman Jonathan Conricus admitted that one F-16 had crashed", "bailed out.",
  ("Israel", N, neu, "", "own loss reported as fact"))
U(d, "Conricus claimed that Israel was not seeking an escalation", "would pay a heavy price.",
  ("Israel", C, neg, "", "no-escalation reassurance + threat: the threat decides; aimed at 'anyone' -> target empty"))
U(d, "Israeli Prime Minister Benjamin Netanyahu claimed that Israel had inflicted heavy blows", "any attempt to harm it.",
  ("Israel", C, neg, "", "own blows + threat to keep acting; aimed at Iranian and Syrian forces -> two targets, empty"))
U(d, "The occupation's envoy at the United Nations, Danny Danon, sought to divert attention", "its actions in the region.",
  ("Israel", C, neg, "Iran", "call on the Council to condemn Tehran = condemning Iran; SANA's framing ignored"))
U(d, "Russia said it viewed the strikes on Syrian territory with serious concern", "the Russian Foreign Ministry said in a statement.",
  ("Russia", T, neg, "", "dateline 'Moscow, SANA –' excluded; concern + appeal for restraint to all parties; attribution tail"))
U(d, "The ministry reaffirmed Moscow's firm support for the sovereignty", "territorial integrity of Syria.",
  ("Russia", S, neu, "Syria", "'The ministry' by context; declared support for Syria's sovereignty = supporting Syria (plain diplomatic wording: neutral tone)"))
U(d, "It added that it was unacceptable to put at risk the lives of Russian servicemen", "help it fight terrorism.",
  ("Russia", C, neg, "", "'It' = the ministry; 'unacceptable' aimed at an act; Israel implied, not named -> target empty"))
U(d, "President Vladimir Putin told Netanyahu by telephone that the region must not be pushed", "the Kremlin said.",
  ("Russia", T, neg, "Israel", "appeal addressed to Netanyahu = Israel; attribution tail (the Kremlin)"))
U(d, "Iranian Foreign Ministry Spokesman Bahram Qasemi dismissed the Israeli story", "request of the Syrian government.",
  ("Iran", N, neg, "", "dateline 'Tehran, SANA –' excluded; denial of the drone account = neutral, negative"))
U(d, "Qasemi said that Syria, as a sovereign state, was entitled to shoot down", "stood by it in doing so.",
  ("Iran", S, pos, "Syria", "backing of Syria's right to fire on intruding aircraft"))
U(d, "He accused the Zionist entity of spreading lies", "crimes in the region.",
  ("Iran", C, neg, "Israel", "'He' = Qasemi; 'the Zionist entity' = Israel; accusation"))
U(d, "In a stance that reflects its blind bias toward the occupation", "Israel's right to defend itself.",
  ("United States", S, pos, "Israel", "dateline 'Washington, SANA –' excluded; SANA's framing clause is narration; the State Department backs Israel"))
U(d, "State Department Spokeswoman Heather Nauert held Iran responsible", "across the region.",
  ("United States", C, neg, "Iran", "'held responsible' = judgement"))
U(d, "UN Secretary-General Antonio Guterres urged restraint", "according to a statement by his spokesman.",
  ("United Nations", T, neg, "", "dateline 'New York, SANA –' excluded; appeal for restraint and de-escalation to all"))
U(d, "Hezbollah hailed the downing of the Israeli warplane as a turning point", "had ended.",
  ("Hezbollah", S, pos, "Syria", "dateline 'Beirut, SANA –' excluded; praise of the Syrian army's act = supporting Syria; the 'political observers' that follow are not actors (no row)"))
