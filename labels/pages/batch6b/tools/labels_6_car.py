# ------------------------------------------------------------------ Post-election rebel offensive near Bangui, Central African Republic (UN noon briefing excerpt, 2021-01-13)
d = "page_car_bangui_unbriefing.txt"
U(d, "I will start with the Central African Republic, where early this morning", "south-west of the capital.",
  ("United Nations", N, neg, "", "the Spokesman's account of the attacks (facts given by the UN, 'our peacekeepers'); no judgement yet; 'Good afternoon.' is not a statement"))
U(d, "The Secretary-General is outraged by these attacks", "without reservation.",
  ("United Nations", C, neg, "", "'outraged' + 'condemns' = judgement; attackers unnamed in the sentence -> target empty"))
U(d, "A peacekeeper from Rwanda was killed", "was wounded.",
  ("United Nations", N, neu, "", "casualty figure given by the Spokesman = neutral, neutral tone"))
U(d, "The Secretary-General sends his heartfelt condolences", "a swift recovery.",
  ("United Nations", S, pos, "Rwanda", "condolences to the troop contributor = solidarity (supporting)"))
U(d, "He reminds all concerned that deliberate attacks on United Nations peacekeepers", "before a court.",
  ("United Nations", C, neg, "", "war-crimes warning + demand for prosecution = judgement/threat of accountability (rule 1); no named perpetrator -> target empty"))
U(d, "The Secretary-General remains deeply troubled by the repeated attempts", "destabilize the country.",
  ("United Nations", N, neg, "", "concern alone in its sentence, no appeal = neutral, negative (the appeal comes in the next sentence)"))
U(d, "He urges all parties to lay down their weapons", "genuine dialogue.",
  ("United Nations", T, neu, "", "appeal to all parties = calling_for_talks, target empty"))
U(d, "He also pays tribute to the peacekeepers who", "in and around the capital.",
  ("United Nations", N, pos, "", "praise of its own peacekeepers = self-praise (neutral, positive), not support of another actor"))
U(d, "The UN Mission, MINUSCA, tells us that the assaults were pushed back", "weapons seized.",
  ("United Nations", N, neu, "", "MINUSCA = UN; own operation reported as done"))
U(d, "The Mission says the Coalition of Patriots for Change", "doing to civilians.",
  ("United Nations", C, neg, "Coalition of Patriots for Change", "'bears full responsibility' = holding someone responsible; the coalition is named (Bozize only described)"))
U(d, "The head of the Mission, Mankeur Ndiaye, has said", "by force.",
  ("United Nations", C, neg, "Coalition of Patriots for Change", "warning of a firm response = threat (condemning); the target is the coalition named in the previous sentence (unsure: not named in this one)"))
U(d, "Our humanitarian colleagues tell us that some 60,000 people", "from Bangassou and Damara.",
  ("United Nations", N, neu, "", "'Our humanitarian colleagues' = UN (name files); displacement figures"))
U(d, "The UN Refugee Agency (UNHCR) says more than 30,000 people", "the Republic of the Congo.",
  ("UNHCR", N, neu, "", "refugee figures; the countries are places"))
U(d, "UNHCR is asking governments in the region to keep their borders open", "fleeing the violence.",
  ("UNHCR", T, neu, "", "appeal for the protection of people fleeing (asylum access) = calling_for_talks; several governments -> target empty"))
U(d, "The World Food Programme (WFP) says the main supply road", "stranded.",
  ("World Food Programme", N, neg, "", "alarm about the blocked road with no appeal and no named culprit ('armed groups') = neutral, negative"))
U(d, "The Humanitarian Coordinator, Denise Brown, is calling on all parties", "without hindrance.",
  ("United Nations", T, neu, "", "Humanitarian Coordinator = UN; appeal for humanitarian access"))
U(d, "Despite the insecurity, UN agencies and their partners have delivered", "over the past week.",
  ("United Nations", S, pos, "Central African Republic", "aid delivered to displaced people = supporting by act; target = the country's people"))
U(d, "Question: Stéphane, the Prime Minister, Firmin Ngrebada, said this morning", "under control.",
  ("Central African Republic", N, pos, "", "position reported inside a journalist's question (the journalist is not an actor); own forces' success = neutral, positive"))
U(d, "Spokesman: The Mission tells us the city is calm but tense", "their patrols.",
  ("United Nations", N, neg, "", "situation report and own patrols"))
U(d, "Question: The Government has accused Mr. Bozizé of trying to take power by force", "nothing to do with the rebels.",
  ("Central African Republic", C, neg, "Coalition of Patriots for Change", "the Government's accusation reported in a question; Bozize is not a canonical actor, so the target is the rebel coalition he is accused of backing (unsure)"),
  ("Kwa Na Kwa", N, neg, "", "the KNK's denial in the same sentence = neutral, negative"))
U(d, "Spokesman: I'm not going to go beyond what the Mission said this morning.", "Spokesman: I'm not going to go beyond what the Mission said this morning.",
  ("United Nations", N, neu, "", "declines to go further = neutral"))
U(d, "What matters to us is that the violence stops", "not by guns.",
  ("United Nations", T, neg, "", "appeal to stop fighting and settle the dispute in court, no judgement = calling_for_talks"))
U(d, "Question: Rwanda and Russia have both sent forces to help the Government", "bilateral agreements.",
  ("Rwanda", S, neu, "Central African Republic", "troops sent under a bilateral agreement = backing by act, reported in a question"),
  ("Russia", S, neu, "Central African Republic", "same sentence: instructors sent = backing by act"))
U(d, "Spokesman: Those are bilateral arrangements between sovereign States", "within its mandate.",
  ("United Nations", N, neu, "", "declines to comment on others' deployments; own cooperation described"))
U(d, "Spokesman: I won't get ahead of the Council", "a very large country.",
  ("United Nations", N, neg, "", "no position on troop numbers; the Mission is stretched = fact with worried tone"))
