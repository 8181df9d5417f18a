# ------------------------------------------------------------------ Aktobe: the June 2016 attacks on gun shops and a National Guard unit, day of mourning (live blog, 2016-06-08)
d = "page_kazakhstan_aktobe_attacks2016_liveblog.txt"
# Not statements: masthead, menu, LIVE headline, byline, key-event bullets, "Refresh", time stamps, separators, the sign-off entry, ADVERTISEMENT, Related, share bar, topics, most viewed, copyright.
U(d, "Kazakhstan's Interior Ministry has denied rumours circulating on social media", "anywhere in the country on Wednesday.",
  ("Kazakhstan", N, neg, "", "denial = neutral, negative"))
U(d, "A ministry spokesman also rejected suggestions that the attackers had any connection", "in April and May.",
  ("Kazakhstan", N, neg, "", "unnamed spokesman of a named ministry; rejecting a suggestion = denial, neutral, negative"))
U(d, "President Nursultan Nazarbayev has just addressed the nation", "from outside the country.",
  ("Kazakhstan", C, neg, "", "the president speaks for Kazakhstan (the name files also list Nazarbayev as his own actor, but here he speaks as head of state, cf. ElBaradei in batch22a); blame on a radical underground run from abroad, no canonical target"))
U(d, "\"Every one of those who planned this, armed it or sheltered the attackers", "the president said.",
  ("Kazakhstan", C, neg, "", "threat of prosecution 'wherever they try to hide' = a threatened response = condemning"))
U(d, "Nazarbayev said he grieved with the families of the soldiers and civilians", "a day of national mourning.",
  ("Kazakhstan", N, neg, "", "a government mourning its own citizens + announcing mourning: no other actor is backed -> neutral, grief tone (unsure: condolences are read as supporting when addressed to another actor)"))
U(d, "He praised the speed with which the police and the National Guard", "against the gunmen.",
  ("Kazakhstan", N, pos, "", "praise of its own forces = self-praise -> neutral, positive (labels/README)"))
U(d, "The president told Kazakhs to go about their daily lives", "report anything unusual to the police.",
  ("Kazakhstan", N, neu, "", "advice to its own population, no appeal for talks, no judgement"))
U(d, "The OSCE Secretary General, Lamberto Zannier, said there could be no excuse", "human rights and the rule of law.",
  ("OSCE", C, neg, "", "judgement of the killings ('no excuse') + appeal for a rights-respecting response: rule 1; attackers not canonical -> target empty"))
U(d, "China's foreign ministry spokesman Hong Lei told a regular briefing in Beijing", "closely and with concern.",
  ("China", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Russian President Vladimir Putin has sent a telegram of condolence to Nazarbayev", "the Kremlin said.",
  ("Russia", S, neg, "Kazakhstan", "condolences + offer of help = supporting; attribution tail"))
U(d, "The Secretary General of the Collective Security Treaty Organization, Nikolai Bordyuzha", "at short notice.",
  ("CSTO", S, neu, "Kazakhstan", "backing by act: the alliance's structures put at Kazakhstan's disposal, specialists offered"))
U(d, "Kyrgyz President Almazbek Atambayev called Nazarbayev to offer his condolences", "his press office said.",
  ("Kyrgyzstan", S, neg, "Kazakhstan", "condolences = solidarity (supporting), grief tone"))
U(d, "Turkish President Recep Tayyip Erdogan said in a message to Nazarbayev", "brothers in Kazakhstan.",
  ("Turkey", S, neg, "Kazakhstan", "condolences + solidarity"))
U(d, "The European Union's foreign affairs spokeswoman said the bloc condemned the attacks", "people of Kazakhstan.",
  ("European Union", C, neg, "", "condemnation + solidarity: rule 1 decides; attackers not canonical -> target empty"))
U(d, "US Ambassador George Krol laid flowers outside the National Guard unit in Aktobe", "a cowardly act.",
  ("United States", C, neg, "", "an act of mourning + judgement ('cowardly act'): rule 1; target empty (attackers)"))
U(d, "A spokesman for UN Secretary-General Ban Ki-moon said Ban condemned the attacks", "brought to justice swiftly.",
  ("United Nations", C, neg, "", "condemnation + hope for justice: rule 1"))
U(d, "Tajikistan's foreign ministry said it hoped calm would soon return to Aktobe.", "calm would soon return to Aktobe.",
  ("Tajikistan", T, pos, "", "hope for calm = calling_for_talks"))
U(d, "Interior Ministry spokesman Almas Sadubayev gave the latest figures", "nine detained.",
  ("Kazakhstan", N, neu, "", "casualty figures given by an actor = neutral, neutral tone"))
U(d, "Sadubayev said the counter-terrorist operation in the Aktobe region was continuing", "remaining members of the group.",
  ("Kazakhstan", C, neg, "", "an announced operation against another side = condemning; the group is not canonical -> target empty"))
U(d, "The \"red\" level of terrorist threat stays in force", "he said.",
  ("Kazakhstan", N, neu, "", "security measures in force, procedure"))
# "Our reporter Pavel Rudnev is outside the Pallada gun shop ..." = narration, no row.
U(d, "Gulnara Zhaksybekova, who runs a flower stall across the road", "drive away in a white car.",
  ("Gulnara Zhaksybekova", N, neg, "", "invented witness under her own name; what she saw, no judgement"))
U(d, "\"I still see them when I close my eyes", "she said.",
  ("Gulnara Zhaksybekova", N, neg, "", "witness's account and shock, no judgement"))
U(d, "The regional administration said it would pay 5 million tenge", "treatment for the wounded.",
  ("Kazakhstan", S, neu, "", "aid provided (regional administration -> its state); to its own citizens, no actor backed -> target empty (unsure: could be neutral)"))
U(d, "Senate Speaker Kassym-Jomart Tokayev repeated his charge that the attackers", "claimed to defend.",
  ("Kazakhstan", C, neg, "", "the Senate speaker speaks for Kazakhstan; judgement without a stock word ('contempt')"))
U(d, "Tokayev said the Senate would take up amendments", "at a session next week.",
  ("Kazakhstan", N, neu, "", "procedure: the Senate will take up amendments"))
U(d, "Human Rights Watch urged the Kazakh authorities to make sure", "protected from ill-treatment.",
  ("Human Rights Watch", T, neu, "Kazakhstan", "appeal for the protection of detainees, no judgement = calling_for_talks (the guide's appeals to protect civilians; unsure)"))
U(d, "Dauren Abenov, a security analyst at the Central Asia Risk Institute in Almaty", "were drawn in.",
  ("Dauren Abenov", C, neg, "Kazakhstan", "invented analyst; criticism of the government's approach ('paid too little attention')"))
U(d, "\"Arrests will not be enough; the state has to talk to these communities", "Abenov said.",
  ("Dauren Abenov", T, neu, "Kazakhstan", "appeal for dialogue with communities = calling_for_talks"))
# "Good morning and welcome to our continuing coverage ..." = narration, no row.
