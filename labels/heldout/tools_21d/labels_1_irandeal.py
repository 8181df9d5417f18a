# ------------------------------------------------------------------ Iran nuclear deal concluded in Vienna (wire round-up, plain text, 2015-07-14)
d = "page_iran_deal_vienna_wire.txt"
U(d, "Iranian Foreign Minister Mohammad Javad Zarif, appearing with EU foreign policy chief", "made to bow.",
  ("Iran", S, pos, "", "approval of the agreement (a step taken jointly with the powers) = supporting; not self-praise of an own act (unsure); Mogherini only mentioned here"))
U(d, "In a joint statement read out first in English by Mogherini", "in good faith.",
  ("European Union", S, pos, "", "joint statement: one row per actor; approval of the agreement + commitment to carry it out"),
  ("Iran", S, pos, "", "same joint statement; 'the two' = Mogherini (EU) and Zarif (Iran)"))
U(d, "In a televised address, President Hassan Rouhani said the sanctions", "within months.",
  ("Iran", N, pos, "", "plans and expected effects of the deal, no evaluation of another actor; hopeful tone"))
U(d, "He said the Islamic Republic had never wanted an atomic bomb", "frighten the world\".",
  ("Iran", N, neg, "", "'He' = Rouhani; denial of the accusations = neutral, negative (guide); the accusers are not named"))
U(d, "Iran's oil exports could climb by half a million barrels", "Shana news agency.",
  ("Iran", N, neu, "", "possessive 'Iran's' before the speaker; the oil minister gives a figure; Shana only carries it (not an actor)"))
U(d, "In Washington, President Barack Obama spoke from the White House", "to the centrifuge.",
  ("United States", S, pos, "", "advocacy of the agreement (inspectors from mine to centrifuge) = approval of the step (supporting); target empty: a multilateral deal, not one actor; Washington = place"))
U(d, "Secretary of State John Kerry told a news conference in Vienna that UN sanctions would snap back", "ability to act.",
  ("United States", C, neg, "Iran", "conditional threat of sanctions and of action if Iran cheats = threatened response (condemning; unsure, it also describes the deal's mechanism)"))
U(d, "In Jerusalem, Prime Minister Benjamin Netanyahu called the agreement a grave error", "build a bomb.",
  ("Israel", C, neg, "", "'grave error' + accusation of arming militias = judgement; aimed at the powers' deal and at Iran -> target empty"))
U(d, "\"The powers wanted a signature more than they wanted safety.", "Dutch foreign minister.",
  ("Israel", C, neg, "", "multi-sentence quote closed by its speaker = one unit; judgement of the powers + veiled threat to act alone; target empty (the powers, several actors)"))
U(d, "Opposition leader Isaac Herzog of the Zionist Union said he too opposed", "fight with Obama.",
  ("Zionist Union", C, neg, "Israel", "opposition party under its own name; opposes the deal but his accusation is aimed at his own government (target Israel), as batch5c's Yesh Atid"))
U(d, "An official source quoted by the Saudi Press Agency said the kingdom had wanted a deal", "among its neighbours.",
  ("Saudi Arabia", C, neg, "Iran", "conditional support for a deal + 'must not spend the money ... on stirring up trouble among its neighbours' presupposes an accusation: rule 1 (unsure: a guarded welcome); SPA only carries it; 'responded with caution' before it is narrative"))
U(d, "A Saudi official, who asked not to be named, told CPA", "Gulf partners.",
  ("Saudi Arabia", N, neg, "", "unnamed official of a named government; worry + study of the text, no appeal and no judgement = neutral, negative"))
U(d, "British Foreign Secretary Philip Hammond said he hoped Iran", "to an end.",
  ("United Kingdom", T, pos, "Iran", "hope that the wars end = calling_for_talks (guide); addressed to Iran"))
U(d, "French President Francois Hollande, in his traditional Bastille Day television interview", "carried its imprint.",
  ("France", N, pos, "", "self-praise of France's own negotiating role = neutral, positive (labels/README)"))
U(d, "Foreign Minister Laurent Fabius said the Security Council would be asked", "end of the month.",
  ("France", N, neu, "", "procedure and date, no evaluation"))
U(d, "German Chancellor Angela Merkel's spokesman, Steffen Seibert, said Berlin saw", "had paid off.",
  ("Germany", S, pos, "", "spokesman introduced through a possessive; Berlin = metonym; praise of the agreement as a success of diplomacy; target empty (joint deal)"))
U(d, "Russian President Vladimir Putin welcomed the accord in a Kremlin statement", "make it work.",
  ("Russia", S, pos, "", "welcome + offer to help implement, no appeal to others = supporting"))
U(d, "Foreign Minister Sergei Lavrov said Washington no longer had any excuse", "missile shield in Europe.",
  ("Russia", C, neg, "United States", "judgement without strong words: 'no longer had any excuse' implies the shield was never justified (unsure)"))
U(d, "Chinese Foreign Minister Wang Yi, who was in Vienna for the final round", "without delay.",
  ("China", T, pos, "", "welcome + appeal to all parties to implement, no judgement: rule 2 before rule 3 (labels/README)"))
U(d, "Separately, IAEA Director General Yukiya Amano and Ali Akbar Salehi", "by Aug. 15.",
  ("IAEA", N, neu, "", "a specific act reported as done (signing a road-map); procedural, no evaluation"),
  ("Iran", N, neu, "", "same act; Salehi heads Iran's atomic agency (name files: alias of Iran)"))
U(d, "\"The agency now has the tools it needs,\" Amano told reporters.", "\"The agency now has the tools it needs,\" Amano told reporters.",
  ("IAEA", N, pos, "", "the agency's own means, positive tone, no evaluation of another actor"))
U(d, "\"I expect to give the Board of Governors my assessment", "end of the year.\"",
  ("IAEA", N, neu, "", "quotation continued after its attribution = its own unit, same speaker; a timetable"))
