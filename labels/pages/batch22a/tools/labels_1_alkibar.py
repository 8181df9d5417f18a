# ------------------------------------------------------------------ Al Kibar: Israel's 2007 strike and the US reactor briefing (international wire copy, 2008-04-25)
d = "page_alkibar_reactor_wire.txt"
# Not statements: menu, byline, read time, the four bullet points, crossheads, ADVERTISEMENT, credits, Related Coverage, tags, most read.
U(d, "The U.N. nuclear watchdog said on Friday it would look into", "before inspectors could see it.",
  ("IAEA", C, neg, "", "dateline excluded; long lead: narration + the watchdog's plan + rebuke of Washington and Israel; the judgement decides (rule 1); two targets -> empty"))
U(d, "Syria dismissed the U.S. account as invented", "and the International Atomic Energy Agency.",
  ("Syria", C, neg, "United States", "denial + accusation that the US was in on the raid (judgement decides); long sentence ending in narration"))
# "The White House laid out its case on Thursday, hours after CIA officials showed ..." = summary line before the quote, no row.
U(d, "\"For years the Syrian regime hid from its own obligations", "Dana Perino said in a written statement.",
  ("United States", C, neg, "Syria", "multi-sentence quote closed by its speaker; accusation of a covert reactor"))
U(d, "\"When the site was hit, Damascus did not come clean", "poured concrete over the ground.\"",
  ("United States", C, neg, "Syria", "quote continued after the attribution, same speaker; Damascus = metonym; accusation of hiding evidence"))
U(d, "The statement said Washington was convinced North Korean technicians", "from the start.",
  ("United States", C, neg, "North Korea", "accusation of North Korea's help (no stock word)"))
U(d, "It called on Pyongyang to give a full and honest account", "six-party disarmament talks.",
  ("United States", T, neu, "North Korea", "'It' = the White House statement; demand for disclosure inside the talks, no judgement = calling_for_talks"))
U(d, "A senior administration official told reporters that Israel had consulted Washington", "when pressed.",
  ("United States", N, neu, "", "unnamed official of a named government; denial of a 'green light' = neutral"))
# "Lawmakers from both parties emerged ..." = summary line, no row.
U(d, "Representative Pete Hoekstra, the senior Republican", "its North Korea policy.",
  ("United States", C, neg, "", "a congressman speaks for the US (guide: Senator Cardin); criticism of his own administration -> target empty (unsure: could be neutral)"))
U(d, "In a statement issued in Vienna, IAEA Director General Mohamed ElBaradei said", "levelled and built over.",
  ("IAEA", N, neu, "", "facts on when the material arrived; Vienna = place"))
U(d, "\"The agency should have had this months ago", "he said.",
  ("IAEA", C, neg, "United States", "multi-sentence quote closed by 'he said'; complaint of the delay = judgement on Washington"))
# "He reserved sharper words for the Israeli raid." = summary line, no row.
U(d, "The director general said the raid had robbed his inspectors", "if the treaty was to mean anything.",
  ("IAEA", C, neg, "Israel", "'the director general' = ElBaradei; judgement of the strike without a stock word"))
U(d, "The agency would nevertheless go through the U.S. material", "ElBaradei added.",
  ("IAEA", N, neu, "", "plans and procedure; attribution tail"))
# "Under its safeguards agreement ..." = background narration, no row.
# "Syria's response came in a statement carried by the state news agency SANA." = summary line, no row (SANA is not an actor).
U(d, "\"Washington knew of the Israeli aggression last September", "the statement said.",
  ("Syria", C, neg, "United States", "state-agency statement = Syria; accusation of complicity"))
U(d, "Imad Moustapha, Syria's ambassador in Washington, told", "nothing more.",
  ("Syria", N, neg, "", "denial = neutral, negative; Washington = place"))
U(d, "He said the same officials had once shown the world", "judged on their word.",
  ("Syria", C, neg, "United States", "pronoun subject = Moustapha; accusation of fabricated evidence (Iraq)"))
U(d, "Syria's ambassador to the United Nations, Bashar Jaafari, said", "cooperate with the IAEA on the matter.",
  ("Syria", N, neu, "", "reassurance about own conduct + cooperation with an inspection (unsure: could be calling_for_talks)"))
# "The affair began in the early hours of Sept. 6 ..." = background narration, no row.
U(d, "Syria's army said at the time that its air defences", "no casualties or damage.",
  ("Syria", N, neu, "", "the army speaks for its state; own account of the incident, no judgement"))
U(d, "Days later Vice President Farouk al-Sharaa told a gathering", "would go unanswered.",
  ("Syria", C, neg, "Israel", "veiled threat of a response = condemning"))
# "Israel, which has never confirmed ... stuck to its silence." = summary line, no row.
U(d, "\"There is nothing new to say from our side", "Aryeh Mekel said.",
  ("Israel", N, neu, "", "declining to comment = neutral"))
U(d, "Israeli officials were privately uneasy", "familiar with their thinking.",
  ("Israel", N, neg, "", "'Israeli officials' = unnamed officials of a named government, reported by unnamed sources; concern without an appeal = neutral, negative"))
# "The military censor's order ... local journalists said." = narration; journalists are not actors.
# "North Korea ... made no immediate comment." = non-answer, no row.
U(d, "When the reports first surfaced in September, its foreign ministry said", "of any kind with Syria.",
  ("North Korea", N, neg, "", "'its' = North Korea's; denial = neutral, negative"))
U(d, "A spokesman for the ministry went further", "the Bush administration had made.",
  ("North Korea", C, neg, "", "accusation of a plot; 'hardliners in Washington' (Washington as a place, not the state) -> target empty"))
# "The disclosure comes at a sensitive moment." and the Hill-Kim background sentence = narration, no row.
U(d, "Hill said in Washington on Thursday that the Syria findings", "had broken down.",
  ("United States", N, neu, "", "surname only; procedure for the talks, no judgement"))
U(d, "In Seoul, a foreign ministry spokesman said South Korea hoped", "North Korea's nuclear facilities.",
  ("South Korea", T, pos, "", "unnamed official of a named government; hope that the talks go on = calling_for_talks"))
U(d, "China's foreign ministry spokeswoman Jiang Yu told a regular briefing", "six-party framework.",
  ("China", T, neu, "", "noting the reports + appeal for calm and talks = calling_for_talks"))
U(d, "Japan's Chief Cabinet Secretary Nobutaka Machimura told reporters", "Japan's own security.",
  ("Japan", N, neg, "", "concern without an appeal = neutral, negative"))
# "Analysts said the timing of the briefings ..." = unnamed analysts, no row.
U(d, "\"There are two audiences here.", "Arms Control Studies.",
  ("Martin Kessler", N, neg, "", "independent analyst (invented) under his own name; scenario, no judgement; multi-sentence quote closed by the speaker's attribution"))
U(d, "Kessler said the greater risk was that other states would draw the lesson", "quicker than inspections.",
  ("Martin Kessler", N, neg, "", "risk assessment, no judgement"))
U(d, "\"Israel may have stopped one reactor", "wants the system to work.\"",
  ("Martin Kessler", C, neg, "", "judgement on both Israel's strike and Syria's clean-up; two targets -> empty"))
U(d, "Rana Haddad, a Middle East researcher at the Levant Policy Forum in Beirut", "than the raid itself.\"",
  ("Rana Haddad", N, neg, "", "independent researcher (invented); quote opened after a colon; forecast, no judgement"))
U(d, "\"The likelier course is that Damascus lets the inspectors in", "she said.",
  ("Rana Haddad", N, neu, "", "scenario; Damascus = metonym inside an analyst's sentence"))
U(d, "She said the disclosure could nonetheless make it harder", "whatever happened in Vienna.",
  ("Rana Haddad", T, neu, "", "appeal to both governments to protect the indirect talks = calling_for_talks"))
# The Damascus shopkeeper is not an actor (no row).
