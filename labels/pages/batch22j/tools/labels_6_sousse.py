# ------------------------------------------------------------------ Sousse beach attack, Tunisia (live blog, scraped, 2015-06-27)
d = "page_sousse_attack_liveblog.txt"
# never statements: masthead, menu, section path, headline, standfirst, editors, last updated, share bar, captions "1 of 3" with credits, Key events, timestamps and entry headings, the 20.12 summary bullets and the "What we know so far" bullets, ADVERTISEMENT, Related, Topics, newsletter prompt, Most viewed, copyright
# no row: "That's where we'll leave our live coverage for tonight." / "We asked two specialists ..." (the outlet's own lines)
U(d, "Aymen Belhadj, a Tunis-based security analyst", "Libyan border.",
  ("Aymen Belhadj", N, neg, "", "independent analyst on the difficulty of protecting the coast; no judgement"))
U(d, "\"You can put armed guards at every hotel gate", "Belhadj said.",
  ("Aymen Belhadj", N, neg, "", "multi-sentence quote closed by its speaker; recruitment as a topic"))
U(d, "He warned that the closure of mosques could backfire", "a whole season.",
  ("Aymen Belhadj", N, neg, "", "risk assessment of the government's measures, no judgement"))
U(d, "Claire Donnelly, a senior fellow on North Africa at a London think tank, said", "as to kill.",
  ("Claire Donnelly", N, neg, "", "analysis of the attack's aim"))
U(d, "\"The group's calculation is simple", "Donnelly said.",
  ("Claire Donnelly", N, neg, "", "analysis of Islamic State's strategy; the group is an object, no new judgement word"))
U(d, "She said European governments had been slow to back Tunisia's security reforms", "season was lost.",
  ("Claire Donnelly", C, neg, "", "criticism ('slow to back ... with real money') + appeal = condemning (rule 1); European governments in general -> target empty (unsure: mild)"))
U(d, "Tunisia's prime minister, Habib Essid, told a news conference in Tunis that the government would close", "from 1 July.",
  ("Tunisia", C, neg, "", "announced measures against extremist networks (closures, deployments) = a response announced against another side; unnamed groups -> target empty (unsure: could be read as neutral own security plans)"))
U(d, "He said associations suspected of financing extremist groups", "held to account.",
  ("Tunisia", C, neg, "", "threatened dissolution and accountability = measures/threat"))
U(d, "Essid said 38 people had been killed, most of them British", "included the gunman.",
  ("Tunisia", N, neg, "", "casualty figures given by an actor"))
U(d, "Ireland's foreign minister, Charlie Flanagan, has confirmed", "her family.",
  ("Ireland", N, neg, "", "confirmation of a death + consular contact"))
U(d, "Belgium's prime minister, Charles Michel, has condemned what he called a cowardly attack", "Tunisian people.",
  ("Belgium", C, neg, "", "condemnation + solidarity in one sentence: the judgement decides; no perpetrator named -> target empty"))
U(d, "His foreign minister, Didier Reynders, confirmed that a Belgian woman had been killed.", "His foreign minister, Didier Reynders, confirmed that a Belgian woman had been killed.",
  ("Belgium", N, neg, "", "'His' = Michel's; fact"))
U(d, "He said he hoped Tunisia would quickly find the calm", "democratic transition.",
  ("Belgium", T, pos, "Tunisia", "hope that calm returns = calling_for_talks (guide)"))
U(d, "The Islamic State group has claimed responsibility for the attack", "a nom de guerre.",
  ("Islamic State", N, neu, "", "claim of its own attack reported as a fact (as batch5c's IS claim)"))
U(d, "The statement said most of the dead were citizens of countries fighting the group", "coalition's subjects.",
  ("Islamic State", C, neg, "", "threat of more attacks = condemning; the coalition states are not named -> target empty"))
U(d, "Tunisia's interior ministry spokesman, Mohamed Ali Aroui, said the gunman was a student", "security services.",
  ("Tunisia", N, neu, "", "facts about the attacker"))
U(d, "He rejected suggestions in the local press that police had taken half an hour", "within minutes.",
  ("Tunisia", N, neg, "", "denial = neutral, negative tone"))
U(d, "Germany's foreign minister, Frank-Walter Steinmeier, said in a statement that the gunman had set out", "chose in 2011.",
  ("Germany", S, pos, "Tunisia", "solidarity with Tunisia's path; the attack as topic, no judgement word on an actor"))
U(d, "Berlin would increase its help to the Tunisian police and border guards, he said.", "Berlin would increase its help to the Tunisian police and border guards, he said.",
  ("Germany", S, neu, "Tunisia", "Berlin = metonym; more help = backing by act; attribution tail"))
U(d, "Chancellor Angela Merkel spoke to President Beji Caid Essebsi by telephone", "Steffen Seibert said.",
  ("Germany", S, pos, "Tunisia", "condolences + support for Tunisia's request for help = supporting; Essebsi is the object"))
U(d, "The foreign office said it was still trying to establish whether other Germans", "among the dead.",
  ("Germany", N, neg, "", "'The foreign office' = Germany's by context (Berlin entry)"))
U(d, "Tunisia's Islamist party Ennahda, a member of the governing coalition, said", "behind the state.",
  ("Ennahda", C, neg, "", "party under its own name; 'a crime against Tunisia' = judgement + call for unity; perpetrator not named -> target empty"))
U(d, "The Tunisian General Labour Union (UGTT) called a rally in Sousse", "families of the victims.",
  ("Tunisian General Labour Union", C, neg, "", "rally to denounce terrorism = condemning; no actor named -> target empty"))
U(d, "David Cameron, speaking outside Downing Street after chairing a meeting", "from the UK.",
  ("United Kingdom", N, neg, "", "warning to the public about the toll = facts, negative tone"))
U(d, "\"These people were murdered while they were lying on a beach.", "Cameron said.",
  ("United Kingdom", C, neg, "", "multi-sentence quote closed by its speaker: 'murdered' + 'a threat' + a response announced = condemning; said before the claim, perpetrators unnamed -> target empty"))
U(d, "The foreign secretary, Philip Hammond, said earlier that at least 15 British nationals", "expected to rise.",
  ("United Kingdom", N, neg, "", "casualty figures"))
U(d, "The Foreign Office said it had sent a rapid deployment team", "to Sousse.",
  ("United Kingdom", N, neu, "", "own consular team for its citizens = neutral plan, not aid to another actor"))
U(d, "It has not changed its travel advice for Tunisia, but warned", "visited by foreigners.",
  ("United Kingdom", N, neg, "", "'It' = the Foreign Office; concern without an appeal = neutral, negative"))
U(d, "The EU foreign policy chief, Federica Mogherini, said the bloc would step up its support", "coming weeks.",
  ("European Union", S, neu, "Tunisia", "more support and experts = backing by act; 'the bloc' = EU"))
U(d, "President Beji Caid Essebsi, who visited the hotel on Friday night, vowed", "wherever they were.",
  ("Tunisia", C, neg, "", "vow to track down the gunman's backers = threat/response; unnamed -> target empty"))
U(d, "He said Tunisia could not face a threat of this kind on its own", "lives from tourism.",
  ("Tunisia", N, neg, "", "assessment, 'threat' as topic; no appeal stated in the sentence"))
# no row: "Tour operators began flying customers home overnight." (unnamed companies, narration)
# no row: the British woman at Enfidha airport (unnamed holidaymaker)
