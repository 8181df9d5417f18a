# ------------------------------------------------------------------ Ibar-Lepenac canal blast, Kosovo (Russian MFA spokeswoman's briefing, 2024-12-04)
d = "page_kosovo_ibarlepenac_canal2024_mfabriefing.txt"
# Not statements: site header, contents list, section titles, "Answers to media questions", "Other topics ..." line, footer.
# Journalists' questions themselves are no one's; a question that reports another actor's position gets that actor's row (labels/README).
U(d, "On December 5-6, Minister of Foreign Affairs of the Russian Federation Sergey Lavrov will take part", "in Valletta.",
  ("Russia", N, neu, "", "announcement of participation = plan"))
U(d, "The Minister is expected to set out Russia's approaches", "still being agreed.",
  ("Russia", N, neu, "", "'The Minister' by title; schedule"))
U(d, "We note that the Maltese chairmanship, unlike some of its predecessors", "the organisation's own rules.",
  ("Russia", S, pos, "Malta", "approval of the chairmanship's step ('correct step'); a side reproach of predecessors without naming them (unsure: could be condemning for the predecessors)"))
U(d, "At the same time, we have no illusions", "in a deep crisis because of that.",
  ("Russia", C, neg, "", "judgement on 'the Western members' (several, unnamed) -> target empty"))
U(d, "We have taken note of the explosion that damaged the Ibar-Lepenac canal", "on the evening of November 29.",
  ("Russia", N, neu, "", "noting a fact"))
U(d, "According to information available to us, nobody was hurt", "were affected.",
  ("Russia", N, neu, "", "facts given by an actor"))
U(d, "Within hours, and without any investigation, the head of the Pristina authorities Albin Kurti blamed Belgrade", "a terrorist attack.",
  ("Russia", C, neg, "Kosovo", "'without any investigation' = reproach of Kurti"),
  ("Kosovo", C, neg, "Serbia", "Kurti's accusation reported by Russia is Kosovo's own statement"))
U(d, "This is a familiar method: first appoint the guilty party", "evidence to fit.",
  ("Russia", C, neg, "Kosovo", "judgement without a stock word"))
U(d, "The police raids launched the next morning in Serb villages", "Kosovo and Metohija.",
  ("Russia", C, neg, "Kosovo", "'act of intimidation' = judgement of the raids"))
U(d, "We fully share the position of the Serbian leadership", "insinuations from Pristina.",
  ("Russia", S, pos, "Serbia", "backing Serbia's position"),
  ("Serbia", C, neg, "", "Serbia's condemnation of the sabotage (unknown perpetrators) and rejection of Pristina's charges reported by Russia; two aims -> target empty"))
U(d, "Russia considers that the perpetrators must be identified by an impartial investigation", "political needs of Mr Kurti.",
  ("Russia", C, neg, "Kosovo", "appeal for an impartial inquiry joined to a jab at Kurti: the judgement decides (rule 1)"))
U(d, "We call on the international presences, above all KFOR", "looking the other way.",
  ("Russia", C, neg, "NATO", "appeal to KFOR joined to the reproach 'looking the other way' = judgement (rule 1)"))
U(d, "Question: Serbian President Aleksandar Vucic said on Sunday", "Serbia's own investigation to finish.",
  ("Serbia", C, neg, "Kosovo", "question reporting Vucic's veiled accusation of Kurti = Serbia's statement"))
U(d, "President Vucic's words show restraint that Pristina lacks.", "President Vucic's words show restraint that Pristina lacks.",
  ("Russia", C, neg, "Kosovo", "praise of Vucic joined to a judgement of Pristina; judgement decides (rule 1)"))
U(d, "Belgrade has offered to cooperate with any serious investigation", "the responsible approach.",
  ("Russia", S, pos, "Serbia", "praise of Belgrade's approach"),
  ("Serbia", N, neu, "", "Serbia's offer to cooperate with an inquiry, reported by Russia (unsure: could be calling_for_talks)"))
U(d, "We have no doubt who benefits from the destabilisation of the north", "out of their own land.",
  ("Russia", C, neg, "", "accusation by allusion (Pristina and its backers implied, not named) -> target empty"))
U(d, "Question: The EU's spokesperson for foreign affairs said on Saturday", "brought to justice.",
  ("European Union", C, neg, "", "EU condemnation of the attack, perpetrators unknown -> target empty"))
U(d, "The US ambassador in Pristina, Jeffrey Hovenier, has said it is too early", "every possibility remains open.",
  ("United States", N, neu, "", "question reporting the ambassador; no judgement"))
U(d, "Maria Zakharova: Let's be honest, the EU statement says nothing", "whatever Pristina tells it.",
  ("Russia", C, neg, "European Union", "mockery of Brussels = judgement"))
U(d, "As for Ambassador Hovenier, I will leave his remarks to him.", "As for Ambassador Hovenier, I will leave his remarks to him.",
  ("Russia", N, neu, "", "declining to comment"))
U(d, "What we see is that Western patrons continue to indulge Kurti", "Serb institution in the north.",
  ("Russia", C, neg, "Kosovo", "accusation of Kurti (Western patrons unnamed); main target Kosovo"))
U(d, "Question: Kosovo's interior minister, Xhelal Svecla, announced the arrest of eight people", "linked to a Serb organisation.",
  ("Kosovo", N, neu, "", "question reporting the minister: arrests announced as done, link to an organisation stated as fact (unsure: could be condemning)"))
U(d, "Maria Zakharova: I have seen no evidence", "neither, it seems, has anybody else.",
  ("Russia", N, neg, "", "no-evidence reply: a doubt, no explicit judgement (unsure)"))
U(d, "Arresting people first and publishing proof later", "not how justice works.",
  ("Russia", C, neg, "Kosovo", "judgement of the arrests"))
U(d, "Question: Kosovo President Vjosa Osmani wrote that this was a hybrid attack", "to protect infrastructure.",
  ("Kosovo", C, neg, "", "'hybrid attack on sovereignty' = judgement (Serbia implied, not named) -> target empty; asking for help is not supporting"))
U(d, "Maria Zakharova: Russia, together with Serbia, will continue to bring", "the next UNMIK debate.",
  ("Russia", N, neu, "", "plan to raise the matter at the Council = procedure"))
U(d, "We consider that any new military assistance to the so-called Kosovo Security Force", "a new round of violence closer.",
  ("Russia", C, neg, "", "warning against arming Kosovo's force ('gross breach'); aimed at any supplier -> target empty"))
U(d, "Question: Belgrade political analyst Dragan Milosavljevic told our agency", "permanent police presence in the north.",
  ("Dragan Milosavljevic", C, neg, "Kosovo", "invented analyst reported in a question; accusation of Pristina"))
U(d, "Maria Zakharova: I am not going to comment on the views of experts", "the facts speak for themselves.",
  ("Russia", N, neu, "", "non-comment with an allusion; no explicit judgement"))
U(d, "Question: Another analyst, Ilir Dervishi of the Prishtina Policy Lab", "as equally responsible.",
  ("Ilir Dervishi", C, neg, "Serbia", "invented analyst reported in a question; 'armed provocations since Banjska' = judgement of Serbian-linked attacks (target Serbia, unsure) + a demand to the EU"))
U(d, "Maria Zakharova: That is exactly the one-sided narrative", "warning about for years.",
  ("Russia", C, neg, "", "dismissal of the analyst's view; aimed at a person, not a canonical actor -> target empty"))
U(d, "There is only one way out, and that is for the EU-facilitated dialogue", "for more than ten years.",
  ("Russia", C, neg, "Kosovo", "appeal to return to dialogue + 'sabotaging' = judgement (rule 1)"))
U(d, "Question: Albania's Prime Minister Edi Rama expressed solidarity with Kosovo", "after the blast.",
  ("Albania", S, pos, "Kosovo", "question reporting Rama's solidarity"))
U(d, "Maria Zakharova: Tirana has always stood behind Pristina", "nothing new here.",
  ("Russia", N, neu, "", "observation without judgement (unsure)"))
U(d, "We would, however, advise our Albanian colleagues", "interests of one side.",
  ("Russia", C, neg, "Albania", "'advice' carrying a reproach of one-sidedness (unsure: could be calling_for_talks)"))
U(d, "Maria Zakharova: Our embassy is in constant contact", "Our embassy is in constant contact with our Serbian partners.",
  ("Russia", N, neu, "", "procedure"))
U(d, "If Belgrade requests expert assistance, it will be considered", "in the established manner.",
  ("Russia", N, neu, "", "conditional procedure; not an offer of aid as such (unsure: could be supporting)"))
