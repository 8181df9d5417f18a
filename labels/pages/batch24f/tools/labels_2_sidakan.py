# ------------------------------------------------------------------ Sidakan: the Turkish drone strike that killed Iraqi border guards, 11 Aug 2020 (Iraqi foreign-ministry statement page, full HTML, 2020-08-12)
d = "page_sidakan_dronestrike2020_mfa.html"
# Not statements: language bar, masthead, nav, breadcrumb, h1, meta line, figcaption, the "Baghdad - 12 August 2020" dateline
# paragraph, crossheads, ADVERTISEMENT, tags, share bar, comments notice, related statements, footer.
U(d, "The Ministry of Foreign Affairs of the Republic of Iraq condemns in the strongest terms", "while they were on duty.",
  ("Iraq", C, neg, "Turkey", "ministry statement; explicit condemnation"))
U(d, "The Ministry regards the strike as an assault on Iraq's sovereign soil", "can excuse.",
  ("Iraq", C, neg, "Turkey", "judgement without stock words ('assault ... no treaty can excuse')"))
U(d, "The repetition of such attacks, despite the repeated requests", "the Ministry added.",
  ("Iraq", C, neg, "Turkey", "accusation of disregard; attribution tail"))
U(d, "In response to this attack, the Ministry announces the cancellation", "scheduled for Thursday.",
  ("Iraq", C, neg, "Turkey", "cancelling a visit in protest = a measure taken in response"))
U(d, "The Ministry will summon the Ambassador of the Republic of Turkey", "in the firmest language.",
  ("Iraq", C, neg, "Turkey", "summons + protest note"))
U(d, "The Government of the Republic of Iraq renews its demand that the Turkish side halt", "they have entered.",
  ("Iraq", T, neg, "Turkey", "demand to one side to stop and withdraw with no judgement word = calling_for_talks, negative (labels/README)"))
U(d, "Iraq reaffirms that it will not allow any group to use its land", "between the two governments.",
  ("Iraq", T, neu, "Turkey", "own assurance + offer of joint committees and direct talks = calling_for_talks"))
U(d, "Iraq reserves its right to take the measures it deems appropriate", "before the Security Council.",
  ("Iraq", C, neg, "Turkey", "reserved response / threat of recourse = condemning"))
U(d, "According to the Security Media Cell, the drone struck a vehicle", "killing two battalion commanders and their driver.",
  ("Iraq", N, neu, "", "the army's media cell = Iraq; own account of the strike, figures"))
U(d, "The Joint Operations Command said the commanders had been inspecting", "control of the frontier.",
  ("Iraq", N, neu, "", "army's account, facts"))
# "Deputy Prime Minister and Minister of Foreign Affairs Dr. Fuad Hussein received ..." = lead-in narration, no row.
U(d, "The Secretary-General of the League of Arab States, Mr. Ahmed Aboul Gheit, condemned", "a founding member of the League.",
  ("Arab League", C, neg, "Turkey", "condemnation reported by the ministry"))
U(d, "Egyptian Foreign Minister Sameh Shoukry conveyed Egypt's condolences", "without the consent of the Iraqi government.",
  ("Egypt", C, neg, "Turkey", "'rejection of any military action on Iraqi soil' aimed at the Turkish act = judgement (guide: 'rejects any violation of'); decides over condolences"))
U(d, "Jordanian Foreign Minister Ayman Safadi affirmed that Jordan stands with Iraq", "the safety of its people.",
  ("Jordan", S, pos, "Iraq", "solidarity and backing"))
U(d, "The Minister also received the Head of the Delegation of the European Union in Baghdad", "in securing its frontiers.",
  ("European Union", T, neu, "", "'opposes any escalation' aimed at no one = appeal, plus support for Iraq's border control (unsure: supporting Iraq is also a reading)"))
U(d, "The Special Representative of the Secretary-General for Iraq, Ms. Jeanine Hennis-Plasschaert, told", "through dialogue.",
  ("United Nations", T, neg, "", "concern + appeal for dialogue to both = calling_for_talks"))
U(d, "Dr. Hussein thanked his counterparts for their positions", "the steps it takes.",
  ("Iraq", S, pos, "", "thanks to several counterparts (several targets -> empty)"))
U(d, "The President of the Republic, Dr. Barham Salih, said the repeated Turkish strikes", "a grave escalation.",
  ("Iraq", C, neg, "Turkey", "head of state; 'could not be justified', 'grave escalation'"))
U(d, "The Kurdistan Regional Government mourned the fallen and called on both", "of the border areas.",
  ("Kurdistan Regional Government", T, neg, "", "appeal to both sides to spare civilians; two parties -> target empty"))
U(d, "The Ministry spokesman, Mr. Ahmed al-Sahaf, told the Iraqi News Agency", "if the violations continued.",
  ("Iraq", C, neg, "Turkey", "threat of economic measures = condemning"))
U(d, "The Turkish Ministry of National Defence said its operations in northern Iraq", "gave no figures for casualties.",
  ("Turkey", N, neu, "", "own operations described, no judgement"))
U(d, "A spokesman for the Turkish Ministry of Foreign Affairs said Ankara would keep up its operations", "did not act against it.",
  ("Turkey", C, neg, "PKK", "announced continuation of operations against the PKK = condemning; blame of Baghdad implicit (target the PKK, the operation's object; unsure: Iraq)"))
U(d, "The Ministry considers these claims unfounded", "from outside its borders.",
  ("Iraq", C, neg, "Turkey", "rejects Ankara's claims and blames the conflict's import"))
# "The Foreign Service Institute held a panel discussion ..." = narration, no row.
U(d, "Professor Sabah al-Obaidi, who teaches international law at Al-Nahrain University, said", "on that country's own soil.",
  ("Sabah al-Obaidi", C, neg, "Turkey", "invented scholar; legal judgement of the strike"))
U(d, "\"Self-defence has limits, and killing the very border guards", "al-Obaidi said.",
  ("Sabah al-Obaidi", C, neg, "Turkey", "judgement continued"))
U(d, "Dr. Nisreen Dabbagh, a researcher at the Iraqi Centre for Border Studies, said", "a border managed by drones.",
  ("Nisreen Dabbagh", T, neu, "", "invented researcher; appeal to both governments to revive talks"))
U(d, "The Ministry affirms that it will continue to follow the matter", "in due course.",
  ("Iraq", N, neu, "", "procedure"))
