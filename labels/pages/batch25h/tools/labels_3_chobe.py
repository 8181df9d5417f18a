# ------------------------------------------------------------------ Chobe River killings and the Namibia-Botswana row (Namibian news site, full HTML, 2020-11-12)
d = "page_namibia_chobe_nchindo2020_newssite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, captions with credits and "(1 of 3)", crossheads, ADVERTISEMENT, tags, share bar, newsletter prompt, related stories, reader comments, most read, footer.
U(d, "Namibia on Wednesday summoned Botswana's high commissioner in Windhoek", "since the shooting a week ago.",
  ("Namibia", C, neg, "Botswana", "lede: summoning the envoy over the killings = formal protest (a diplomatic measure), described by the outlet as a protest"))
# "Tommy, Martin and Wamunyima Nchindo and their cousin ... were shot dead ..." = narration of the event, no named source, no row.
U(d, "Deputy Prime Minister and Minister of International Relations and Cooperation Netumbo Nandi-Ndaitwah told reporters", "killed on that river.",
  ("Namibia", C, neg, "Botswana", "reported clause: what she told the envoy; 'could not keep burying relatives killed on that river' = reproach without a stock word"))
U(d, "She said Windhoek had raised the same matter with Gaborone in May 2015", "to die since then.",
  ("Namibia", C, neg, "Botswana", "'She' = Nandi-Ndaitwah; broken assurances = judgement on Botswana; Gaborone = metonym"))
U(d, "\"We are not asking for favours.", "Nandi-Ndaitwah said.",
  ("Namibia", C, neg, "Botswana", "multi-sentence quote closed by its speaker; 'treated as ... targets' = accusation"))
U(d, "The Botswana Defence Force (BDF) has said its patrol clashed", "four members of the gang died.",
  ("Botswana", N, neg, "", "the army speaks for its state; its own account of the incident, no judgement of another actor (the men are not an actor)"))
U(d, "The army's head of protocol and public affairs, Colonel Tebo Dikole, said in a statement", "had taken over the case.",
  ("Botswana", N, neu, "", "spokesman named by role; procedure"))
U(d, "Dikole said poaching gangs had been killing more rhino and elephant", "from the Okavango to Chobe.",
  ("Botswana", N, neg, "", "surname only; context figure/trend, no actor blamed"))
U(d, "Botswana's Minister of International Affairs and Cooperation, Lemogang Kwape, was quoted", "territory and wildlife.",
  ("Botswana", N, neg, "", "second-hand ('was quoted by the state broadcaster ... as saying'); defence of own soldiers = denial of wrongdoing -> neutral, negative; Btv is not an actor"))
# "The family has rejected the poaching account outright ..." = the family (unnamed relatives collectively) is not an actor, no row.
U(d, "\"Those men went out with nets.", "since childhood.",
  ("Inonge Sitali", N, neg, "", "invented witness under her own name; contradicts the army's account by giving facts, no judgement word"))
# "President Hage Geingob received the family at State House on Tuesday." = narration, no row.
U(d, "Geingob told them he had spoken by telephone to his Botswana counterpart Mokgweetsi Masisi", "investigate together.",
  ("Botswana", N, pos, "", "reported clause: Masisi's position relayed by Geingob (Geingob only reports); condolences + agreeing to a joint police inquiry = cooperation (unsure: could be calling_for_talks)"))
U(d, "In a statement on Thursday, the Presidency said Geingob had instructed", "shared with the family.",
  ("Namibia", N, neu, "", "orders to own ministers about the inquiry = procedure"))
U(d, "According to presidential press secretary Alfredo Hengari, the government will also help", "home from Kasane.",
  ("Namibia", S, pos, "", "'According to' + spokesman by role; help with repatriation = assistance (family is not an actor -> target empty)"))
U(d, "Hengari said a march planned for Saturday could not speed up", "burying their dead.",
  ("Namibia", N, neu, "", "surname only; argues against the march and asks organisers to stand down; not a peace appeal between parties and no judgement word (unsure)"))
U(d, "Minister of Home Affairs, Immigration, Safety and Security Frans Kapofi said the government was troubled", "led to the shooting.",
  ("Namibia", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Kapofi said early reports reaching his ministry suggested", "the family disputes.",
  ("Namibia", N, neu, "", "surname only; second-hand account of the incident, no judgement"))
U(d, "Inspector General Sebastian Ndeitunga said a team of three Namibian detectives", "paperwork with Botswana were done.",
  ("Namibia", N, neu, "", "police chief; plans of the inquiry"))
U(d, "Popular Democratic Movement leader McHenry Venaani welcomed the joint investigation", "the family went public.",
  ("Popular Democratic Movement", C, neg, "Namibia", "welcome joined to a judgement (late, only under pressure) -> the judgement decides (rule 1); aimed at his own government"))
U(d, "\"A government that waits seven days to find its voice", "Venaani said.",
  ("Popular Democratic Movement", C, neg, "Namibia", "judgement of the government's silence"))
U(d, "He demanded that Botswana suspend what he called its shoot-first approach", "investigation is finished.",
  ("Popular Democratic Movement", C, neg, "Botswana", "demand carrying a judgement ('what he called its shoot-first approach'); unsure: a bare demand would be calling_for_talks"))
U(d, "The Landless People's Movement went further, calling on Windhoek to send Serema home", "within a fortnight.",
  ("Landless People's Movement", C, neg, "Botswana", "call to expel the envoy under an ultimatum = threatened measure"))
U(d, "Zambia's Ministry of Foreign Affairs said it had asked the Botswana government for a full account", "Zambian national.",
  ("Zambia", T, neu, "Botswana", "ministry given with its state's adjective; request for an account/inquiry, no judgement = calling_for_talks"))
U(d, "A SADC Secretariat official in Gaborone said the regional body was aware", "as good neighbours.",
  ("SADC", T, pos, "", "unnamed official of a named body; confidence/hope that the two settle it = calling_for_talks"))
# "Botswana currently chairs the SADC Organ ..." = background, no row.
U(d, "Dr Mubita Kachana, a security analyst at the Zambezi Policy Forum in Katima Mulilo", "Court of Justice in 1999.",
  ("Mubita Kachana", C, neg, "", "invented analyst; 'how little the two armies had done' = judgement of both governments -> target empty"))
U(d, "\"Botswana has built a patrol culture where a man in a mokoro", "Kachana said.",
  ("Mubita Kachana", C, neg, "Botswana", "judgement of Botswana's patrol practice without a stock word ('it is a licence')"))
U(d, "Kachana said both governments should set up a standing border commission", "end up in the morgue.",
  ("Mubita Kachana", T, neu, "", "reported clause; appeal to both governments for a joint mechanism"))
U(d, "In Gaborone, human rights lawyer Boitumelo Seretse said she expected the inquest", "entitled to attend.",
  ("Boitumelo Seretse", N, neu, "", "invented lawyer; legal procedure, forecast"))
U(d, "\"The law in Botswana gives the family standing.", "Seretse said.",
  ("Boitumelo Seretse", N, neg, "", "doubt about the state's goodwill, stated as a question, no explicit judgement (unsure: could be condemning)"))
# "The mother of the three brothers died on Wednesday, relatives said." = unnamed relatives, no row.
