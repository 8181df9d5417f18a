# ---------------------------------------------------------------- Ganja: suspect killed, officials condemn (AZERTAC-style state agency dispatch, 2018-07-13)
d = "page_azerbaijan_ganja_valiyev2018_stateagency.txt"
# Not statements: agency name, language bar, menu, section, headline, time stamp, dateline line, photo caption, ADVERTISEMENT,
# crosshead, "AZERTAC will continue to report ...", tags, share bar, related news, copyright. Left without a row: "As was
# reported earlier, on 3 July Yunis Safarov ..." (narration of the attacks, no speaker).
U(d, "According to the joint information of the General Prosecutor's Office", "refused repeated demands to surrender.",
  ("Azerbaijan", C, neg, "", "joint statement of three state bodies = Azerbaijan; own operation reported, but with the charge of murder and 'opened fire' = accusation of the suspect (unsure: could be neutral, own operation); suspect is not an actor -> target empty"))
U(d, "The joint information noted that the person in question was a member of a radical religious group", "among the population.",
  ("Azerbaijan", C, neg, "", "accuses the suspect and his 'radical religious group' of preparing the attack and sowing fear"))
U(d, "Head of the Press Service of the Ministry of Internal Affairs, Colonel Ehsan Zahidov", "neighbouring districts.",
  ("Azerbaijan", N, neu, "", "detention and ongoing search: facts of the investigation"))
U(d, "Minister of Internal Affairs, Colonel General Ramil Usubov", "administrative buildings in the city.",
  ("Azerbaijan", N, neu, "", "instructions given at a meeting = own security measures, no judgement"))
U(d, "Prosecutor General of the Republic of Azerbaijan Zakir Garalov said", "regardless of where they were hiding.",
  ("Azerbaijan", C, neg, "", "criminal cases on terrorism + 'grave crimes' + all will be brought to justice = charges and a threatened response"))
U(d, "Assistant to the President of the Republic of Azerbaijan for Public and Political Affairs", "strong and stable.",
  ("Azerbaijan", C, neg, "", "presidential aide: 'pre-planned provocation' by radicals supported from abroad = accusation; 'circles outside the country' unnamed -> target empty"))
U(d, "\"Azerbaijan is a secular state governed by the rule of law.", "Ali Hasanov said.",
  ("Azerbaijan", C, neg, "", "multi-sentence quote closed by its speaker; 'bloody provocation' + all will answer before the law = judgement and threat"))
U(d, "He added that certain media outlets operating from abroad", "these forces stood.",
  ("Azerbaijan", C, neg, "", "pronoun = Hasanov; accuses unnamed outlets and 'opposition figures' of glorifying the attacker; no canonical target"))
U(d, "Ali Hasanov rejected as groundless the claims spread on social networks", "an excuse for murder.",
  ("Azerbaijan", N, neg, "", "rejects claims about the mayor's conduct = denial -> neutral, negative; 'excuse for murder' is aimed at unnamed posters (unsure: could be condemning)"))
U(d, "He urged the population not to trust rumours", "from official sources.",
  ("Azerbaijan", T, neu, "", "appeal for calm to the public, no judgement on an actor (unsure: close to neutral)"))
U(d, "Ali Hasanov also expressed gratitude to the residents of Ganja", "law-enforcement bodies.",
  ("Azerbaijan", S, pos, "", "gratitude to residents for backing the police = praise; residents are not an actor -> target empty"))
U(d, "Chairman of the Caucasian Muslims Board, Sheikh-ul-Islam Allahshukur Pashazade", "nothing in common with the sacred faith.",
  ("Caucasian Muslims Board", C, neg, "", "religious body (new actor); 'strongly condemned' the murder; perpetrators unnamed"))
U(d, "The Sheikh-ul-Islam called on believers to preserve calm and vigilance", "prevail in Azerbaijan.",
  ("Caucasian Muslims Board", T, pos, "", "title alone refers back to Pashazade; appeal for calm and restraint"))
U(d, "Chairman of the State Committee for Work with Religious Associations Mubariz Gurbanli said", "exploit his faith.",
  ("Azerbaijan", N, neu, "", "state committee = Azerbaijan; a plan of work plus a general warning to believers, no actor judged"))
U(d, "Deputy Executive Secretary of the New Azerbaijan Party, member of the Milli Majlis Siyavush Novruzov said", "President Ilham Aliyev.",
  ("New Azerbaijan Party", C, neg, "", "ruling party's official speaks for the party ('the New Azerbaijan Party condemned'); the state is not the speaker"))
U(d, "According to Siyavush Novruzov, the Azerbaijani people stood firmly behind", "religious extremism.",
  ("New Azerbaijan Party", S, pos, "Azerbaijan", "backing of the state's measures"))
U(d, "Chairman of the Milli Majlis of the Republic of Azerbaijan Ogtay Asadov said", "spreading to other cities.",
  ("Azerbaijan", N, pos, "", "speaker of parliament praises the state's own police = self-praise -> neutral, positive (labels/README)"))
U(d, "Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan Elmira Suleymanova expressed", "most fundamental of all human rights.",
  ("Azerbaijan", C, neg, "", "state ombudsman = Azerbaijan; condolences + 'condemned the violence'"))
U(d, "The Ombudsman noted that her Office was monitoring the conditions of detention", "in accordance with the legislation.",
  ("Azerbaijan", N, neu, "", "reassurance about the state's own conduct -> neutral"))
U(d, "The Ministry of Foreign Affairs of the Republic of Turkey, in a statement, condemned", "families of the victims.",
  ("Turkey", C, neg, "", "condemns the attack and the murders; perpetrators unnamed -> target empty"))
U(d, "The Turkish Ministry stated that Turkey stood in full solidarity with brotherly Azerbaijan", "security of its citizens.",
  ("Turkey", S, pos, "Azerbaijan", "solidarity + backing of the government's measures"))
U(d, "It should be noted that the Embassy of the Russian Federation in Baku confirmed", "through the established channels.",
  ("Russia", N, neu, "", "embassy = Russia; citizenship confirmed and a consular request = procedure; 'It should be noted that' is the agency's frame; Baku = place"))
