DOC = "page_lebanon_unifil_finalrenewal2025_unmeetings.txt"
UN, LB, IL, US, RU = "United Nations", "Lebanon", "Israel", "United States", "Russia"
JOINT = ["Algeria", "Guyana", "Sierra Leone", "Somalia"]
S_JOINT1 = "The representative of Algeria, speaking also on behalf of Guyana, Sierra Leone and Somalia, condemned the repeated Israeli strikes on Lebanese towns and villages as flagrant violations of international law and of the ceasefire arrangement."
S_JOINT2 = "The four delegations stood in full solidarity with the people and Government of Lebanon, he said."
ROWS = [
("The Security Council this afternoon extended the mandate of the United Nations Interim Force in Lebanon (UNIFIL) for a last time, until 31 December 2026, and decided that the Force would then cease its operations and carry out an orderly and safe drawdown and withdrawal of its personnel within one year.",
 UN, "neutral", "neutral", "", "the Council's procedural decision"),
("Through resolution 2790 (2025), adopted by all 15 members, the Council also insisted that resolution 1701 (2006) be implemented in full and voiced its backing for the cessation of hostilities arrangement agreed between Israel and Lebanon in November 2024.",
 UN, "calling_for_talks", "positive", "", "demand to implement the ceasefire resolution + backing of the cessation of hostilities (appeal first)"),
("The Council called on Israel to withdraw its forces north of the Blue Line, including from the five positions it still holds in Lebanese territory, and on the Lebanese authorities to deploy in those positions with the time-bound support of UNIFIL.",
 UN, "calling_for_talks", "neutral", "", "demands on both sides without a judgement word -> target empty"),
("It asked the Secretary-General to present, by 1 June 2026, options for carrying forward the implementation of resolution 1701 (2006) once the Force has left, including for monitoring the Blue Line and for assisting the Lebanese Armed Forces south of the Litani River.",
 UN, "neutral", "neutral", "", "procedural request"),
("The representative of France, whose delegation drafted the text, said the resolution was the product of long negotiations and that, while his country would have preferred a longer horizon, the text gave the Lebanese State the time it needed to prepare to take over from the Force.",
 "France", "neutral", "neutral", "", "explanation of the text, no evaluation of an actor"),
("\"France will not leave the Lebanese army to face this transition alone. We will continue to train it, to equip it and to help finance its deployment in the south, with our European partners,\" he said.",
 "France", "supporting", "positive", LB, "two-sentence quote closed by its speaker; training, equipment and money for the army"),
("He paid tribute to the peacekeepers who had served in southern Lebanon since 1978, more than 300 of whom had lost their lives, and called on Israel to stop its strikes on Lebanese territory and to withdraw from the positions it still occupied.",
 "France", "calling_for_talks", "negative", IL, "tribute + demand to one side to stop, no judgement word: appeal first (rule 2 before 3)"),
("DOROTHY SHEA (United States) said Washington had joined the consensus because the text set a clear end date, and she made it plain that her country would not support any further renewal of the mandate.",
 US, "neutral", "neutral", "", "explanation of vote; refusing a further renewal with no judgement in the sentence"),
("For years, she said, UNIFIL had watched as Hezbollah turned southern Lebanon into an arsenal, and the Force had been unable or unwilling to report what was happening under its nose.",
 US, "condemning", "negative", "", "judgement on UNIFIL (United Nations) and on Hezbollah: two actors -> target empty"),
("She commended the Government of Lebanon for its decision to task the army with preparing a plan to bring all weapons in the country under State control, and said the United States would stand by Lebanese institutions that took that path.",
 US, "supporting", "positive", LB, "praise + backing"),
("The representative of the Russian Federation said his delegation had voted in favour only because Beirut had asked the Council to keep the Force for as long as possible.",
 RU, "neutral", "neutral", "", "explanation of vote"),
("The representative of the Russian Federation said his delegation had voted in favour only because Beirut had asked the Council to keep the Force for as long as possible.",
 LB, "calling_for_talks", "neutral", UN, "Lebanon's request to the Council reported by Russia (asking for help = calling_for_talks); Beirut = Lebanon"),
("He regretted that pressure from one permanent member had brought to an end a mission that had been a factor of stability in the region for nearly half a century.",
 RU, "condemning", "negative", US, "'regretted' aimed at an actor's act; 'one permanent member' = the United States, not named (unsure target)"),
("Israel bore full responsibility for the daily violations of Lebanese sovereignty, he said, adding that its continued occupation of Lebanese land was the real obstacle to the implementation of resolution 1701 (2006).",
 RU, "condemning", "negative", IL, "'full responsibility', 'violations', 'occupation'"),
("The representative of China said that any withdrawal should be gradual and should not leave a security vacuum that armed groups could exploit.",
 "China", "neutral", "negative", "", "view on the modalities of the withdrawal, a risk warning without a diplomatic appeal or judgement"),
("He urged Israel to respect Lebanon's sovereignty and territorial integrity and to halt its air strikes, and called on all parties to abide by the cessation of hostilities.",
 "China", "calling_for_talks", "negative", "", "demands without a judgement word; Israel and all parties -> target empty"),
] + [
(S_JOINT1, s, "condemning", "negative", IL, "joint statement: one row per listed state; 'flagrant violations'") for s in JOINT
] + [
(S_JOINT2, s, "supporting", "positive", LB, "solidarity of the four delegations, one row each") for s in JOINT
] + [
("The representative of the United Kingdom said her delegation welcomed the steps taken by the Lebanese Government to extend its authority over all its territory.",
 "United Kingdom", "supporting", "positive", LB, "welcome of a step"),
("She urged Israel and Lebanon to use the coming months to resolve the outstanding border questions through dialogue, with the support of the United Nations.",
 "United Kingdom", "calling_for_talks", "neutral", "", "appeal for dialogue to both sides"),
("The representative of Greece, whose country contributes personnel to the Force, said it would be essential for Member States to increase their bilateral support to the Lebanese Armed Forces so that the army could fill the space left by the peacekeepers.",
 "Greece", "calling_for_talks", "neutral", "", "asking others to give aid is not supporting (labels/README): appeal"),
("The representative of Pakistan expressed deep concern at the continued strikes and at the number of civilians killed in southern Lebanon since the cessation of hostilities took effect.",
 "Pakistan", "neutral", "negative", "", "concern without an appeal and without naming who strikes"),
("The representative of Lebanon welcomed the renewal and thanked France for its efforts in drafting a resolution that took account of his country's concerns.",
 LB, "supporting", "positive", "France", "gratitude singled out for France"),
("\"The problem in the south has never been the presence of the blue helmets. The problem is the occupation of five points on our land and the strikes that continue almost every day, which stop our displaced families from going home,\" he said.",
 LB, "condemning", "negative", IL, "two-sentence quote closed by its speaker; 'occupation' + strikes; Israel implied by the five points (not named)"),
("He said the Lebanese Government had taken decisions without precedent to bring all weapons under the authority of the State and to deploy the army south of the Litani River, and he appealed to the international community to provide the army with the means to finish the job.",
 LB, "calling_for_talks", "neutral", "", "self-praise + asking for help (asking for aid is calling_for_talks, not supporting)"),
("DANNY DANON (Israel) said the Council had at last recognized that an interim force could not remain in place for nearly five decades.",
 IL, "supporting", "positive", UN, "approval of the Council's decision ('at last' is a barb, unsure: could be neutral)"),
("UNIFIL had failed in its most basic task, he said, pointing to the tunnels, launch sites and weapons depots found near its own positions.",
 IL, "condemning", "negative", UN, "'failed' = judgement on UNIFIL (United Nations)"),
("\"Hezbollah has not disarmed, and it is still rebuilding. As long as that is the case, Israel will act against every threat on its northern border, with or without peacekeepers,\" he said.",
 IL, "condemning", "negative", "Hezbollah", "threat of military action"),
]
