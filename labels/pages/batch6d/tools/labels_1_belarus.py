# ------------------------------------------------------------------ Belarus-Poland border crisis, clashes at Kuznica (Reuters-style wire, 2021-11-16)
d = "page_belarus_poland_border_wire.txt"
U(d, "Polish forces fired water cannon and tear gas on Tuesday", "destabilise the bloc.",
  ("Poland", C, neg, "Belarus", "long lead: the firing is narration; the position is the accusation that Minsk manufactured the standoff; Warsaw = metonym"),
  ("European Union", C, neg, "Belarus", "same accusation, second actor in the lead"))
U(d, "Poland's defence ministry said migrants had attacked", "to stop them.",
  ("Poland", N, neg, "", "own account of the clash and own use of tear gas reported as done; the migrants are not an actor"))
U(d, "It accused Belarusian forces of handing stun grenades", "themselves.",
  ("Poland", C, neg, "Belarus", "'It' = the defence ministry; accusation"))
U(d, "Polish police said one officer had a suspected skull fracture", "in all.",
  ("Poland", N, neu, "", "injury figures from a state body"))
U(d, "Stanislaw Zaryn, spokesman for the minister who coordinates", "as the aggressor.",
  ("Poland", C, neg, "Belarus", "person introduced by role; accuses Minsk (metonym) of staging a propaganda film"))
U(d, "Government spokesman Piotr Muller was blunt:", "this pressure lasts.\"",
  ("Poland", C, neg, "Belarus", "quotation opened after a colon, inside the unit; refusal to negotiate in protest with the grievance stated ('a regime that uses human beings as ammunition'); the regime = Belarus"))
U(d, "Belarus's State Border Committee said Polish forces", "defenceless people.",
  ("Belarus", C, neg, "Poland", "judgement without stock words ('deliberate act of cruelty')"))
U(d, "Alexander Lukashenko, who has ruled Belarus since 1994", "scene of a fight.",
  ("Belarus", T, neu, "", "no interest in a confrontation / border must not become a fight: opposes escalation aimed at no one = calling_for_talks"))
U(d, "\"We are not going to kneel before anyone,\" he said.", "\"We are not going to kneel before anyone,\" he said.",
  ("Belarus", C, neg, "", "defiance of the pressure it faces (the issue's 'we will not bow to ultimatums'): a judgement without stock words, no actor named (edited on merge; the helper had neutral)"))
U(d, "\"But nobody here needs a war over these people", "neither Brussels nor us.\"",
  ("Belarus", T, neu, "", "quotation continued after its attribution, over a paragraph break: same speaker; no war wanted by either side = calling_for_talks; Brussels only mentioned"))
U(d, "He again denied that Minsk had lured the migrants", "to the frontier.",
  ("Belarus", N, neg, "", "denial = neutral, negative"))
U(d, "In Moscow, Lavrov said Polish border units had no excuse", "what it was doing.",
  ("Russia", C, neg, "Poland", "well-known office holder by surname only; Moscow = place; 'no excuse', 'trampling on humanitarian law' + accusation of hiding = judgement"))
U(d, "He dismissed as unfounded claims by Lithuanian President Gitanas Nauseda", "through Minsk.",
  ("Russia", N, neg, "", "Lavrov's denial = neutral, negative"),
  ("Lithuania", C, neg, "Russia", "a position of Lithuania reported by Russia: Nauseda's accusation that Moscow steers the flow"))
U(d, "On Monday, EU foreign ministers widened the bloc's sanctions framework", "towards the border.",
  ("European Union", C, neg, "Belarus", "sanctions = condemning"))
U(d, "Lithuanian Foreign Minister Gabrielius Landsbergis welcomed the ministers' decision", "on its list.",
  ("Lithuania", C, neg, "Belarus", "welcome of the EU's sanctions + a call for more sanctions (on Belavia): calls for sanctions are condemning, so the welcome does not make it supporting (rule 1 before rule 3)"))
U(d, "Josep Borrell, the EU's foreign policy chief, said the Lukashenko government", "be allowed in.",
  ("European Union", C, neg, "Belarus", "judgement ('inhuman') + demand for aid access: rule 1"))
U(d, "German Chancellor Angela Merkel, who remains in office", "re-election last year.",
  ("Germany", T, neu, "", "Merkel placed the call to discuss the crisis: direct dialogue as an act = calling_for_talks (unsure: could be read as narrative); Lukashenko as the one called takes no position"))
U(d, "Her spokesman, Steffen Seibert, said the two had talked", "on the frontier.",
  ("Germany", T, neu, "", "humanitarian help for the stranded = calling_for_talks (humanitarian access)"))
U(d, "NATO Secretary-General Jens Stoltenberg, speaking in Brussels", "eastern members.",
  ("NATO", S, pos, "Poland", "solidarity = supporting; Brussels = place"))
U(d, "He accused Lukashenko of gambling with the lives", "hybrid warfare.",
  ("NATO", C, neg, "Belarus", "accusation; Lukashenko = Belarus"))
U(d, "In Washington, State Department spokesman Ned Price said", "together with the EU.",
  ("United States", C, neg, "Belarus", "sanctions being prepared = a threatened response; the EU is only a partner here"))
U(d, "The U.N. refugee agency UNHCR said its teams", "makeshift camp.",
  ("UNHCR", S, neu, "", "aid provided = supporting; target empty (the migrants are not an actor); UNHCR kept separate from the UN, as in the name files"))
U(d, "At the United Nations in New York, deputy spokesman Farhan Haq said", "between governments.",
  ("United Nations", T, neg, "", "protection of the migrants, no judgement = calling_for_talks"))
U(d, "Iraq's foreign ministry spokesman Ahmed al-Sahaf said a first flight", "to be on it.",
  ("Iraq", N, neu, "", "plan and figures"))
U(d, "The Belarusian consular offices in Baghdad and Erbil", "he added.",
  ("Iraq", N, neu, "", "'he' = al-Sahaf; a fact given by an actor; Baghdad and Erbil are places"))
