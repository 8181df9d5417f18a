# ------------------------------------------------------------------ Myanmar junta's execution of four activists (live blog, .txt, 2022-07-25/26)
d = "page_myanmar_executions2022_liveblog.txt"
# Not statements: site header, breadcrumb, title, update line, key points (bullet summary), share prompt, time stamps,
# the closing summary note, "Advertisement", most read, copyright.
U(d, "The National Unity Government's defence ministry said its People's Defence Forces", "in answer to the hangings.",
  ("National Unity Government", C, neg, "Myanmar", "announced offensive against the military in answer to the hangings = condemning"))
U(d, "\"The generals have chosen the rope.", "on its Telegram channel.",
  ("National Unity Government", C, neg, "Myanmar", "threat; quote closed by the ministry"))
U(d, "Pichaya Srisawat, a researcher at the Bangkok Centre for Regional Security, said", "after earlier killings.",
  ("Pichaya Srisawat", N, neg, "", "invented analyst; reading of the junta's calculation, no explicit judgement"))
U(d, "\"ASEAN now has to show that its peace plan still means something", "Pichaya said.",
  ("Pichaya Srisawat", C, neg, "Myanmar", "call to exclude the generals from meetings = a measure against them (calls for sanctions are condemning); the 'until they sit down' condition does not make it an appeal only (unsure)"))
U(d, "China's foreign ministry spokesman Zhao Lijian, asked about the executions", "internal affairs of other countries.",
  ("China", N, neu, "", "non-interference principle, no judgement or appeal"))
U(d, "Zhao said Beijing hoped all parties in Myanmar would settle their differences", "stability would return soon.",
  ("China", T, pos, "", "hope for dialogue and stability = calling_for_talks"))
U(d, "Japan's Chief Cabinet Secretary Hirokazu Matsuno told reporters in Tokyo", "other political detainees.",
  ("Japan", N, neg, "", "concern + monitoring without an appeal = neutral, negative"))
U(d, "Malaysia's Foreign Minister Saifuddin Abdullah told a news conference", "committed since the coup.",
  ("Malaysia", C, neg, "Myanmar", "'pattern of atrocities' = judgement"))
U(d, "He said Malaysia would press at next week's meeting for the military's appointees", "five-point peace plan is enforced.",
  ("Malaysia", C, neg, "Myanmar", "pushing to keep the junta's appointees excluded = a measure against it"))
U(d, "A joint statement by the foreign ministers of Australia, Canada, Japan", "holds human life cheap.",
  ("Australia", C, neg, "Myanmar", "joint statement, one row per listed state; 'places itself above any law and holds human life cheap' = judgement"),
  ("Canada", C, neg, "Myanmar", "same joint statement"),
  ("Japan", C, neg, "Myanmar", "same joint statement"),
  ("New Zealand", C, neg, "Myanmar", "same joint statement (New Zealand declared in new_actors.csv)"),
  ("Norway", C, neg, "Myanmar", "same joint statement"),
  ("South Korea", C, neg, "Myanmar", "same joint statement"),
  ("United Kingdom", C, neg, "Myanmar", "same joint statement"),
  ("United States", C, neg, "Myanmar", "same joint statement"),
  ("European Union", C, neg, "Myanmar", "the EU's foreign policy chief signs for the EU"))
U(d, "Australia's Foreign Minister Penny Wong said separately that Canberra stood with the people of Myanmar", "displaced by the fighting.",
  ("Australia", S, pos, "", "solidarity + continued humanitarian funding = backing by act; the people of Myanmar are not an actor -> target empty"))
U(d, "Cambodia, which chairs ASEAN this year, issued a statement in the bloc's name", "the bloc's peace efforts.",
  ("ASEAN", C, neg, "Myanmar", "chair speaking in the bloc's name = ASEAN; dismay + 'no interest in helping the bloc's peace efforts' = judgement"))
U(d, "The statement appealed to all sides in Myanmar to show restraint", "give dialogue a chance.",
  ("ASEAN", T, neg, "", "appeal to all parties, no judgement in this sentence"))
U(d, "The NUG's foreign minister, Zin Mar Aung, thanked the ASEAN chair", "the people of Myanmar.",
  ("National Unity Government", S, pos, "", "gratitude/praise for several actors' statements -> target empty"))
# "In Yangon, small groups of young people staged flash protests ... according to witnesses." = narration, unnamed witnesses, no row.
U(d, "\"They want every one of us to know they can take a life", "joined one of the protests.",
  ("Ko Naing Lin", C, neg, "Myanmar", "invented protester (named resident); accusation that the military kills at will"))
U(d, "Human Rights Watch said ASEAN should suspend Myanmar's membership", "attacks on civilians.",
  ("Human Rights Watch", C, neg, "Myanmar", "call for a measure (suspension) against Myanmar = condemning"))
U(d, "Amnesty International said the hangings were designed to terrify", "accept military rule.",
  ("Amnesty International", C, neg, "Myanmar", "judgement of the junta's intent"))
U(d, "The United States said it was weighing every option in response", "the regime's sources of revenue.",
  ("United States", C, neg, "Myanmar", "threatened sanctions = condemning"))
U(d, "\"There can be no business as usual with a regime", "told reporters in Washington.",
  ("United States", C, neg, "Myanmar", "judgement of closed-door trials and hangings"))
U(d, "UN Secretary-General Antonio Guterres condemned the executions", "must be let go.",
  ("United Nations", C, neg, "Myanmar", "condemnation + demand for release: rule 1"))
U(d, "UN human rights chief Michelle Bachelet said it was shocking", "any hope of ending the crisis.",
  ("United Nations", C, neg, "Myanmar", "'a deliberate blow' = judgement"))
U(d, "Tom Andrews, the UN special rapporteur on human rights in Myanmar, said", "on the junta's revenue.",
  ("United Nations", C, neg, "Myanmar", "UN rapporteur (alias of United Nations); call for sanctions = condemning"))
U(d, "The National League for Democracy, whose former lawmaker Phyo Zeya Thaw", "murders its opponents.",
  ("National League for Democracy", C, neg, "Myanmar", "mourning + 'a regime that murders its opponents' + refusal to recognise = judgement"))
U(d, "Junta spokesman Zaw Min Tun said the sentences had gone through every stage", "to see them carried out.",
  ("Myanmar", N, neg, "", "defence of its own act (legal process, victims' families), no judgement of a canonical actor"))
U(d, "He dismissed criticism from abroad as meddling in Myanmar's judicial affairs.", "He dismissed criticism from abroad as meddling in Myanmar's judicial affairs.",
  ("Myanmar", C, neg, "", "rejection of critics as 'meddling' = judgement; aimed at several foreign critics -> target empty"))
U(d, "NUG spokesman Kyaw Zaw said the people who ordered the hangings", "the terrorist organisation it was.",
  ("National Unity Government", C, neg, "Myanmar", "calls for trial and terrorist designation = judgement + call for measures"))
# "Relatives said they had not been told ..." = unnamed speakers, no row.
U(d, "The state-run Global New Light of Myanmar reported that the four men had been executed", "under prison procedures.",
  ("Myanmar", N, neu, "", "state media report of the state's own act (labels/README: the outlet is not the actor)"))
U(d, "The newspaper said the four had plotted bombings and killings", "called a terrorist group.",
  ("Myanmar", C, neg, "National Unity Government", "state media voicing the junta's charge: NUG branded a terrorist group = accusation"))
# Background on the four men and their trials = narration, no row.
U(d, "According to the Assistance Association for Political Prisoners", "since the February 2021 coup.",
  ("Assistance Association for Political Prisoners", N, neu, "", "monitoring group (new actor) gives a death toll = neutral figure"))
U(d, "Myanmar's military government has announced that it carried out the death sentences", "opponents of its rule.",
  ("Myanmar", N, neu, "", "the blog's opening restates the government's announcement of its own act = neutral"))
