# ------------------------------------------------------------------ Chad: 'Black Thursday', the crackdown on the protests of 20 October 2022 (live blog, full HTML, 20-21 Oct 2022)
d = "page_chad_blackthursday2022_liveblog.html"
# Not statements: masthead, nav, crumbs, h1, standfirst, byline, live badge, captions, Key events list, entry times and
# h3 headings, share bar, the lines introducing embedded posts, the sign-off, ADVERTISEMENT, the correspondent's scene
# report, the 07:30 background entry, newsletter, tags, Related, comments, Most read, footer.
# --- Friday 21 October
U(d, "Foreign Minister Mahamat Saleh Annadif has met ambassadors", "this morning.",
  ("Chad", N, neu, "", "foreign minister = the state; meeting reported as a fact"))
U(d, "According to a participant, he told them that Thursday's violence had been an insurrection", "before passing judgement on Chad.",
  ("Chad", C, neg, "", "reported by an unnamed participant, but the position is the minister's: accuses the organisers of a planned insurrection (unnamed here -> target empty)"))
U(d, "Annadif also said the transition's timetable", "was not in question.",
  ("Chad", N, neu, "", "plans, no evaluation"))
U(d, "The Committee to Protect Journalists has called for a credible investigation", "was shot on Thursday.",
  ("Committee to Protect Journalists", T, neg, "Chad", "call for an inquiry without a judgement word = calling_for_talks; 'colleagues say' = unnamed"))
U(d, "Gunning down Chadians who march for democracy is indefensible.", "is indefensible.",
  ("United States", C, neg, "Chad", "embedded post of a US senator (guide: a senator = the United States); 'indefensible' = judgement"))
U(d, "The African Union and Chad's partners should suspend N'Djamena", "who gave the orders.",
  ("United States", C, neg, "Chad", "call for suspension and sanctions = condemning (labels/README); N'Djamena = metonym for the government"))
# "That's all from us tonight. ..." = sign-off, no row.
U(d, "A State Department spokesperson has sent us this statement:", "to reject violence.\"",
  ("United States", T, neg, "", "label + quotation as one unit; concern + appeal to the authorities and to all Chadians, no judgement; two addressees -> target empty"))
# --- Thursday 20 October
U(d, "Prime Minister Saleh Kebzabo, appointed only last week, has told a news conference", "N'Djamena, Moundou and Koumra.",
  ("Chad", N, neg, "", "head of government since 12 Oct 2022 = Chad (actors.csv lists Kebzabo under his party UNDR, but on this date he speaks as PM); casualty figures = neutral"))
U(d, "He described what happened as an armed attempt to take power", "brought before the courts.",
  ("Chad", C, neg, "", "'an armed attempt to take power under cover of a protest' + prosecution of the organisers = accusation and threatened response; organisers unnamed in this sentence -> target empty"))
U(d, "Kebzabo named Succès Masra of Les Transformateurs and Yaya Dillo", "for every life lost.",
  ("Chad", C, neg, "", "holds two opposition leaders responsible for the deaths; two actors (Les Transformateurs, Socialist Party Without Borders) -> target empty"))
U(d, "\"Our police officers were attacked with machetes, clubs and petrol.", "Kebzabo said.",
  ("Chad", C, neg, "", "multi-sentence quote closed by its speaker; defends the police by accusing the protesters of attacks = condemning; protesters unnamed -> target empty (unsure: could be read as a defence of own conduct = neutral)"))
U(d, "A curfew from 6pm to 6am will apply in N'Djamena, Moundou, Doba and Koumra", "he said.",
  ("Chad", N, neu, "", "own security measure, no actor targeted"))
U(d, "The activities of several opposition groups, among them Les Transformateurs, have been suspended", "for three months.",
  ("Chad", C, neu, "", "continuation of the PM's remarks (no subject of its own); suspension of opposition parties = a measure against them; several groups -> target empty"))
U(d, "The National Union for Development and Renewal (UNDR), the party Kebzabo led", "into arson.",
  ("National Union for Development and Renewal", C, neg, "", "the party speaks for itself (not the state); blames the organisers of the marches for the arson; organisers unnamed -> target empty"))
U(d, "The French foreign ministry has condemned the bloodshed", "crowds of protesters.",
  ("France", C, neg, "Chad", "'condemned' + 'nothing could justify' the security forces' shooting = judgement aimed at the Chadian forces"))
U(d, "It dismissed as false the claims circulating online", "put down the protests.",
  ("France", N, neg, "", "'It' = the French ministry; denial = neutral, negative"))
# "France, which keeps around 1,000 troops in Chad, has been accused by protesters ..." = unnamed accusers, narration, no row.
U(d, "The killing of demonstrators in N'Djamena and other towns of Chad today is unacceptable.", "is unacceptable.",
  ("African Union", C, neg, "Chad", "embedded post of the AU Commission chairperson = African Union; 'unacceptable' = judgement of the killings by the security forces"))
U(d, "Only dialogue, not bullets, can carry this transition to its end.", "to its end.",
  ("African Union", T, neu, "", "appeal for dialogue, aimed at all sides -> target empty"))
# "It is a blunt message from the head of the AU Commission ..." = the blog's comment, no row.
U(d, "UN Secretary-General António Guterres is following events in Chad with concern", "told reporters in New York.",
  ("United Nations", N, neg, "", "concern without an appeal in this sentence = neutral, negative"))
U(d, "Dujarric said the Secretary-General urged the security forces to show maximum restraint", "demonstrations peaceful.",
  ("United Nations", T, neu, "", "restraint appeal to both sides, no judgement -> target empty"))
U(d, "Government spokesman Aziz Mahamat Saleh has given a first toll", "members of the security forces.",
  ("Chad", N, neg, "", "casualty figures from the government = neutral"))
U(d, "He said the marches, which the authorities had not authorised, had been used by armed elements", "the homes of officials.",
  ("Chad", C, neg, "", "accusation of armed attacks by unnamed 'armed elements' -> target empty"))
# "Opposition leader Succès Masra, whose whereabouts are not known, has posted a video message on Facebook." = introduces the post, no row.
U(d, "They are shooting at our unarmed children in the streets of N'Djamena.", "streets of N'Djamena.",
  ("Les Transformateurs", C, neg, "Chad", "Masra = Les Transformateurs (actors.csv); accusation by describing shooting at unarmed people"))
U(d, "The junta will answer for every drop of blood spilled today.", "spilled today.",
  ("Les Transformateurs", C, neg, "Chad", "'the junta' = Chad; holds it responsible (threat of accountability)"))
U(d, "In the same video he urged supporters not to answer violence with violence", "whatever happened.",
  ("Les Transformateurs", T, neu, "", "appeal for non-violence to his own supporters, no judgement"))
U(d, "Wakit Tama, the civil society platform that called the marches with Les Transformateurs, says", "dragging young men out.",
  ("Wakit Tama", C, neg, "Chad", "accusation of house-to-house raids by men in uniform"))
U(d, "Its spokesman, Max Loalngar, told us by phone", "in the hands of the military.",
  ("Wakit Tama", C, neg, "Chad", "Loalngar = Wakit Tama (actors.csv); vows to keep protesting while the military runs the transition = refusal of the military authorities in protest (unsure: could be neutral as a plan)"))
U(d, "The European Union delegation in N'Djamena has asked the authorities and the opposition", "into the deaths.",
  ("European Union", T, neu, "", "dialogue + independent inquiry, no judgement; two addressees -> target empty"))
U(d, "Public order will be maintained throughout the national territory.", "national territory.",
  ("Chad", N, neu, "", "embedded post of the communication ministry; statement of own intent, no target"))
U(d, "Anyone who attempts to disturb it will face the full rigour of the law.", "full rigour of the law.",
  ("Chad", C, neg, "", "warning/threat of punishment to would-be protesters; unnamed -> target empty"))
U(d, "The International Committee of the Red Cross says it has delivered surgical kits", "since the morning.",
  ("ICRC", S, neu, "Chad", "medical supplies delivered = aid provided (supporting); plain factual tone"))
U(d, "Separately, the ruling Patriotic Salvation Movement (MPS) has issued a statement backing the government", "in the face of the rioters.",
  ("Patriotic Salvation Movement", S, pos, "Chad", "the ruling party speaks for itself; backing + praise of the government's forces; 'rioters' is a barb at unnamed protesters, not the stance's target"))
