# ------------------------------------------------------------------ Semuliki attack on MONUSCO (UN meetings coverage, 2017-12-08)
d = "page_semuliki_peacekeepers2017_unsc.txt"
DRC = "Democratic Republic of the Congo"
# Not statements: UN header, date, headline and subheadline, section labels (BRIEFING, STATEMENTS), "Also speaking was ...",
# meeting times, disclaimer. The lead (the Council stood in silence; suspected ADF attacked) = ceremony and narration, no row.
U(d, "Opening the meeting, the Council President for December, the representative of Japan, read out a press statement", "bring the perpetrators to justice.",
  ("United Nations", C, neg, "", "the Council president reads the Council's statement = UN; condemnation + demand for justice (rule 1); attackers only 'suspected' -> target empty"))
U(d, "JEAN-PIERRE LACROIX, Under-Secretary-General for Peacekeeping Operations, said the assault had begun at dusk", "held by a single company.",
  ("United Nations", N, neg, "", "facts of the attack given by the UN official"))
U(d, "At least 53 peacekeepers had been wounded and one was still missing.", "still missing.",
  ("United Nations", N, neu, "", "continuation with no subject = preceding speaker (Lacroix); figures"))
U(d, "He said the attack bore the hallmarks of a well-prepared operation", "pursuing the attackers.",
  ("United Nations", N, neu, "", "assessment + own pursuit reported as under way, no judgement word"))
U(d, "The Secretariat would review what had happened at the base", "he added.",
  ("United Nations", N, neu, "", "plan of a review = procedure"))
U(d, "Also briefing the Council was Grace Kahindo", "for three years.",
  ("Grace Kahindo", N, neg, "", "invented civil-society briefer introduced by role; fact of years of massacres"))
U(d, "\"The people of Beni are grateful to the Tanzanian soldiers", "she said.",
  ("Grace Kahindo", S, pos, "Tanzania", "gratitude/praise for the Tanzanian troops = supporting"))
U(d, "\"But we need more than condolences.", "the killers to be named.\"",
  ("Grace Kahindo", T, neg, "", "appeal for the killings to stop and culprits named, no judgement word; two quoted sentences of the same speaker"))
U(d, "The representative of the United Republic of Tanzania said his country was in mourning.", "in mourning.",
  ("Tanzania", N, neg, "", "grief, no appeal or judgement"))
U(d, "Its soldiers had gone to the Democratic Republic of the Congo to protect civilians", "overrun at night.",
  ("Tanzania", N, neg, "", "speaker carried without a verb; indignation, no explicit judgement of an actor (unsure: could imply blame of the Mission's defences = condemning)"))
U(d, "He asked the Secretariat for a full and transparent account", "against a United Nations base.",
  ("Tanzania", T, neg, "United Nations", "demand for an inquiry = calling_for_talks (as demands for an inquiry elsewhere in labels/)"))
U(d, "Tanzania would not abandon the Mission, he said", "to defend themselves.",
  ("Tanzania", S, neu, "United Nations", "backing by act (troops stay) + demand for means, no peace appeal = supporting"))
U(d, "The representative of the Democratic Republic of the Congo offered his Government's condolences", "families of the fallen.",
  (DRC, S, neg, "Tanzania", "condolences to the troop contributor = supporting (batch5c reading), grief"))
U(d, "He said the ADF were \"terrorists who slaughter children with machetes\"", "to find the attackers.",
  (DRC, C, neg, "Allied Democratic Forces", "'terrorists' = judgement + own investigation"))
U(d, "The speaker also called on neighbouring States to stop the recruitment", "allowed the group to survive.",
  (DRC, T, neg, "", "'the speaker' = DRC delegate; demand to neighbours to stop supply lines, no judgement word (labels/README: demand to stop = calling_for_talks); several neighbours -> target empty"))
U(d, "The representative of the United States said her delegation was horrified by the killings.", "by the killings.",
  ("United States", N, neg, "", "horror/alarm with no judgement or appeal = neutral, negative"))
U(d, "Attacks on peacekeepers were war crimes, she said", "must be hunted down.",
  ("United States", C, neg, "", "'war crimes' + demand that those behind it be pursued; author not named -> target empty"))
U(d, "She said Washington would work with the Mission and the troop contributors", "how bases were protected.",
  ("United States", S, neu, "United Nations", "offer of help to the Mission = supporting"))
U(d, "France's delegate said the blue helmets of Semuliki had fallen for the people of the Congo.", "people of the Congo.",
  ("France", S, neg, "", "tribute to the fallen = praise = supporting; mourning tone; peacekeepers are no canonical actor -> target empty"))
U(d, "His country stood with Tanzania and would support any measure", "intervention capacity.",
  ("France", S, pos, "Tanzania", "solidarity + backing of measures = supporting"))
U(d, "The representative of the United Kingdom expressed his delegation's sympathy to Tanzania", "in North Kivu.",
  ("United Kingdom", S, neg, "Tanzania", "sympathy = supporting; worsening situation noted (negative tone)"))
U(d, "He urged the Government in Kinshasa to protect civilians", "the date it had set.",
  ("United Kingdom", T, neu, DRC, "appeal to protect civilians and hold elections, no judgement"))
U(d, "The representative of the Russian Federation said his delegation shared the grief", "Tanzanian people.",
  ("Russia", S, neg, "Tanzania", "condolences = supporting, grief"))
U(d, "He cautioned against using the tragedy to justify new tasks", "consent of the host Government.",
  ("Russia", N, neu, "", "procedural warning about the mandate, aimed at no named actor (unsure: could be read as an implied judgement of Western members)"))
U(d, "China's representative said his country condemned the attack and supported", "security in the east.",
  ("China", C, neg, "", "condemnation + support for Kinshasa: rule 1 decides"))
U(d, "He hoped the region would soon return to calm.", "return to calm.",
  ("China", T, pos, "", "hope for calm = calling_for_talks"))
U(d, "The representative of Ethiopia, speaking also on behalf of Egypt and Senegal", "peace on the continent.",
  ("Ethiopia", S, pos, "Tanzania", "joint statement of three listed states: solidarity = supporting"),
  ("Egypt", S, pos, "Tanzania", "listed state in the joint statement"),
  ("Senegal", S, pos, "Tanzania", "listed state in the joint statement"))
U(d, "The attack, he said, was a reminder that peacekeepers were being sent", "no peace to keep.",
  ("Ethiopia", N, neg, "", "same joint speaker; observation about peacekeeping, no judgement of an actor"),
  ("Egypt", N, neg, "", "on whose behalf the speaker spoke"),
  ("Senegal", N, neg, "", "on whose behalf the speaker spoke"))
U(d, "Sweden's speaker said she was deeply saddened and concerned", "armed groups in the Kivus.",
  ("Sweden", N, neg, "", "sadness and concern with no appeal = neutral"))
U(d, "The representative of Bolivia said the attack was cowardly and criminal.", "cowardly and criminal.",
  ("Bolivia", C, neg, "", "judgement of the attack; author unnamed -> target empty"))
U(d, "He called on all parties to respect international humanitarian law.", "humanitarian law.",
  ("Bolivia", T, neu, "", "appeal to all parties, no judgement"))
U(d, "The representative of Italy said her country was ready to share its experience", "troop contributors of MONUSCO.",
  ("Italy", S, pos, "United Nations", "offer of assistance = supporting"))
U(d, "The representative of Uruguay, a long-standing contributor to the Mission", "feeling tonight.",
  ("Uruguay", S, neg, "Tanzania", "sympathy from a fellow contributor = supporting"))
U(d, "The representative of Kazakhstan said the Council should hear the views", "mandate in March.",
  ("Kazakhstan", N, neu, "", "procedural line about consultations before the mandate review"))
U(d, "The Council President said Council members would consult on the next steps.", "on the next steps.",
  ("United Nations", N, neu, "", "procedural line"))
