# ------------------------------------------------------------------ Security Council after the US-UK-French strikes on Syria over Douma (UN meetings coverage, 2018-04-14)
d = "page_douma_strikes_unreadout.txt"
U(d, "The Security Council today failed to adopt a draft resolution", "had been lawful.",
  ("Russia", C, neg, "", "tabling a draft that condemns the strikes = Russia's condemnation of three states -> target empty; the Council's failure to adopt is no position of the UN (no row)"))
U(d, "Briefing the Council at the outset, Secretary-General", "international law.",
  ("United Nations", T, neu, "", "any response must stay within the Charter: appeal without a judgement word"))
U(d, "\u201cSyrians have lived through seven years of horror.", "he said.",
  ("United Nations", T, neg, "", "multi-sentence quote closed by its speaker; appeal for restraint to all Member States"))
U(d, "He said the reports of chemical weapons use in Douma must be investigated", "begin its work.",
  ("United Nations", T, neu, "", "demand for an investigation, no perpetrator named; the OPCW is only mentioned"))
U(d, "The representative of the Russian Federation, whose delegation requested", "set foot in Douma.",
  ("Russia", C, neg, "", "'attacked a sovereign State without any mandate'; the three countries -> target empty"))
U(d, "\u201cYou did not wait for the facts", "said Vassily Nebenzia.",
  ("Russia", C, neg, "", "quote closed by its speaker; accusation of the three (several)"))
U(d, "He added that the alleged chemical attack had been staged", "impartial investigation.",
  ("Russia", C, neg, "", "accusation of a staged attack + demand for an investigation: rule 1; no actor named"))
U(d, "Nikki Haley of the United States said the strikes had been aimed only", "harm to civilians.",
  ("United States", N, neu, "", "own strike described, no judgement (unsure: the chemical-weapons programme it names is an implied charge)"))
U(d, "\u201cShould Assad's forces turn to chemical weapons once more", "she said.",
  ("United States", C, neg, "Syria", "conditional threat; 'Assad's forces' = Syria"))
U(d, "Karen Pierce of the United Kingdom said her Government had acted", "humanitarian intervention.",
  ("United Kingdom", N, neu, "", "legal justification of its own action, no judgement"))
U(d, "She said the Syrian authorities had used chemical weapons again and again", "defiance of the Council.",
  ("United Kingdom", C, neg, "Syria", "accusation"))
U(d, "Russia, she added, had repeatedly used its veto", "any accountability.",
  ("United Kingdom", C, neg, "Russia", "accusation of shielding Syria; 'she' = Pierce"))
U(d, "The representative of France said the strikes had targeted only", "almost a century.",
  ("France", N, neu, "", "own action described and justified"))
U(d, "He called on the Council to come together behind a new mechanism", "in the coming days.",
  ("France", T, neu, "", "diplomatic initiative in the Council (proposals for an attribution mechanism); no judgement"))
U(d, "China's representative, Ma Zhaoxu, said force used behind", "harder to reach.",
  ("China", C, neg, "", "judgement of the strikes (contrary to the Charter); no state named -> target empty"))
U(d, "He asked all sides to hold back", "another chance.",
  ("China", T, neu, "", "appeal to all parties"))
U(d, "The representative of Bolivia, who had voted in favour of the draft", "could not remain silent.",
  ("Bolivia", C, neg, "", "'violation of international law'; the strikes' authors not named -> target empty"))
U(d, "Sweden's representative, whose delegation voted against the text", "consistent with international law.",
  ("Sweden", C, neg, "", "'abhorrent ... must not go unpunished' = judgement of the Douma attack (perpetrator not named) + caution about the response: rule 1"))
U(d, "The representative of Kuwait said his delegation rejected the use of chemical weapons", "Douma incident.",
  ("Kuwait", T, neu, "", "rejection 'by any party, under any circumstances' aims at no one (like 'opposes any escalation') + demand for an investigation = calling_for_talks (unsure)"))
U(d, "Explaining his abstention, the representative of Kazakhstan", "through dialogue.",
  ("Kazakhstan", T, neu, "", "abstention explained with an appeal for dialogue"))
U(d, "The representative of Ethiopia said his delegation had abstained", "regain its unity.",
  ("Ethiopia", N, neu, "", "abstention with a procedural reason, no appeal or judgement"))
U(d, "The representative of Poland said her delegation understood the reasons", "further chemical attacks.",
  ("Poland", S, neu, "", "approval of the three States' action (several) -> target empty"))
U(d, "The Netherlands' representative said the Council's paralysis", "supported their action.",
  ("Netherlands", S, pos, "", "support for the three States' action; the remark on the Council's paralysis is the reason given, not the position"))
U(d, "The representative of Syria said the three countries had committed a flagrant aggression", "establishing the truth.",
  ("Syria", C, neg, "", "'flagrant aggression' + accusation; three countries -> target empty"))
U(d, "He said Syrian air defences had intercepted most of the missiles fired.", "He said Syrian air defences had intercepted most of the missiles fired.",
  ("Syria", N, neu, "", "military claim, no evaluation"))
