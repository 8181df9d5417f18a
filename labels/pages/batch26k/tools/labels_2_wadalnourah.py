# ------------------------------------------------------------------ Wad al-Nourah massacre (UN noon briefing transcript, 2024-06-07)
d = "page_sudan_wadalnourah2024_noonbriefing.txt"
# Not statements: site bar, breadcrumb, title, date, the transcript note, greetings, crossheads (**SUDAN, **OTHER ITEMS),
# hand-overs ("That's it from me ..."), reporters' questions as such, "* *** *", Related, Follow us, footer.
# Reporters' questions are statements only where they report a named actor's position (the actor is that actor, not the reporter).
U(d, "Last night we issued a statement in which the Secretary-General condemned", "by the Rapid Support Forces.",
  ("United Nations", C, neg, "Rapid Support Forces", "spokesman relays the SG's condemnation; the RSF named as the reported perpetrator"))
U(d, "He said that nothing can justify turning weapons on villagers", "the infrastructure they depend on.",
  ("United Nations", C, neg, "Rapid Support Forces", "'nothing can justify' = judgement of the attack (rule 1 over the IHL reminder)"))
U(d, "The Secretary-General once again calls on the Sudanese Armed Forces and the RSF", "continues to pursue.",
  ("United Nations", T, neu, "", "appeal to both sides to stop fighting and join mediation; two parties -> target empty"))
U(d, "Our Resident and Humanitarian Coordinator, Clementine Nkweta-Salami, said", "used in a populated area.",
  ("United Nations", N, neg, "", "alarm ('horrified') with no appeal in the unit = neutral, negative"))
U(d, "She has asked for a thorough and independent investigation", "must answer for what they did.",
  ("United Nations", T, neg, "", "demand for an inquiry and accountability, no culprit named (unsure: 'must answer' could be read as condemning)"))
U(d, "UNICEF tells us that at least 35 children are among the dead", "according to its initial information.",
  ("UNICEF", N, neu, "", "figures given by an actor = neutral"))
U(d, "Catherine Russell, UNICEF's Executive Director, said that children in Sudan", "out of harm's way.",
  ("UNICEF", T, neg, "", "grief + appeal to protect children, no judgement of a named actor = calling_for_talks"))
U(d, "Our colleagues from the International Organization for Migration", "to register new arrivals.",
  ("International Organization for Migration", N, neu, "", "displacement facts + own preparations, no evaluation = neutral"))
U(d, "The humanitarian community is ready to send help to the area", "not yet been able to reach the village.",
  ("United Nations", S, neu, "", "OCHA (UN) offers aid once access allows = supporting by offer; no actor targeted"))
U(d, "Tomorrow, the Deputy Secretary-General will be in Nairobi", "with regional leaders.",
  ("United Nations", N, neu, "", "procedural line (travel plan) = neutral"))
# "Our guest at the briefing on Monday ..." = briefing furniture, no row.
U(d, "The Sovereignty Council in Port Sudan said yesterday that the RSF had committed a massacre", "a terrorist organization.",
  ("Sudan", C, neg, "Rapid Support Forces", "position reported inside a reporter's question; the Sovereignty Council = Sudan; accusation + call for a terrorist listing"))
# "The Secretary-General's statement speaks for itself." = deflection, no row.
U(d, "We've been very clear about what we've seen", "carried out this attack.",
  ("United Nations", C, neg, "Rapid Support Forces", "restates the attribution of the attack (unsure: could be neutral, it names no new judgement)"))
U(d, "Designations are a matter for Member States", "not for me at this podium.",
  ("United Nations", N, neu, "", "procedural answer = neutral"))
U(d, "And the RSF says it was attacking army camps and militias, not civilians.", "not civilians.",
  ("Rapid Support Forces", N, neg, "", "RSF position reported in a question: denial of targeting civilians + own operation as described = neutral, negative"))
# "I've seen the RSF statement." = no position.
U(d, "I would only say that the images we've seen", "among the dead.",
  ("United Nations", N, neg, "", "facts offered against the RSF's account, no judgement word = neutral"))
U(d, "Whatever the claimed target, the obligations", "don't change.",
  ("United Nations", T, neg, "Rapid Support Forces", "reminder of IHL addressed to the RSF, no explicit judgement = appeal (unsure: 'claimed target' casts doubt)"))
U(d, "He remains in contact with both sides and with the regional players", "the details of his contacts.",
  ("United Nations", T, neu, "", "ongoing mediation by the Personal Envoy = calling_for_talks"))
U(d, "The Sudanese ambassador, Al-Harith Idriss, told reporters outside the Council", "with the RSF.",
  ("Sudan", C, neg, "United Nations", "Sudan's envoy criticises the UN ('too slow and too polite')"))
# "Everyone is entitled to their opinion." = no position.
U(d, "I think if you look at the record of what the Secretary-General has said", "could call it polite.",
  ("United Nations", N, neu, "", "rebuttal of Sudan's charge = denial, neutral"))
U(d, "The U.S. special envoy, Tom Perriello, wrote on X", "further sanctions.",
  ("United States", C, neg, "Rapid Support Forces", "attribution of the attack + threat of sanctions"))
U(d, "The African Union Commission chair, Moussa Faki Mahamat, also condemned it.", "also condemned it.",
  ("African Union", C, neg, "Rapid Support Forces", "'it' = the attack attributed to the RSF"))
# "That's a question for the presidency of the Council." = deflection, no row.
U(d, "We welcome any voice that adds to the pressure to protect civilians.", "to protect civilians.",
  ("United Nations", T, pos, "", "welcome joined to an appeal to protect civilians, no judgement: rule 2 before rule 3"))
U(d, "Yesterday a resident of Wad al-Nourah, Osman Abdelrahim, told our channel", "went house to house.",
  ("Osman Abdelrahim", C, neg, "", "invented named witness; accusation made by describing attacks on civilians = condemning; fighters not named -> target empty"))
U(d, "We're not in a position to verify every account", "asking for an investigation.",
  ("United Nations", T, neu, "", "call for an investigation = calling_for_talks (labels/README)"))
U(d, "On the Arab League: Ahmed Aboul Gheit put out a statement", "offering condolences.",
  ("Arab League", C, neg, "Rapid Support Forces", "calls the attack a crime (judgement) + condolences: rule 1"))
U(d, "We work closely with the League, with the AU, with IGAD", "influence on the parties.",
  ("United Nations", T, neu, "", "coordination of mediation efforts = calling_for_talks"))
U(d, "The Personal Envoy sees his role as bringing those efforts together", "not competing with them.",
  ("United Nations", T, neu, "", "the envoy's mediating role = calling_for_talks"))
U(d, "The Sudan Doctors Network says the toll could reach 150.", "could reach 150.",
  ("Sudan Doctors Network", N, neu, "", "casualty figure given by a named body = neutral"))
U(d, "We're going with the figure of over 100 for now.", "over 100 for now.",
  ("United Nations", N, neu, "", "figure = neutral"))
U(d, "Dr. Hana Suleiman from the Khartoum Centre for Humanitarian Studies said", "the men with the guns\".",
  ("Hana Suleiman", C, neg, "", "invented analyst; judgement on the armed parties' disregard, no actor named (unsure: could be a neutral assessment)"))
U(d, "The responsibility for stopping these atrocities lies with those", "those who supply them.",
  ("United Nations", C, neg, "", "holds the fighters and their suppliers responsible, 'atrocities' = condemning; no actor named -> target empty"))
