# ------------------------------------------------------------------ The Global March to Gaza stopped in Egypt and the Soumoud convoy stopped at Sirte (explainer, 2025-06-16)
d = "page_gaza_globalmarch_soumoud_2025_explainer.txt"
# Not statements: masthead, section line, breadcrumb, headline, standfirst, byline, image line with credit, the Q&A subheads
# (questions), Read more, newsletter prompt, topics, copyright.
# "A grassroots initiative that planned ..." and "A separate overland convoy ..." = background narration, no row.
U(d, "Saif Abukeshek, a spokesman for the march's coordinating committee", "Egyptian authorities required.",
  ("Global March to Gaza", N, pos, "", "spokesman speaks for the organisers; reassurance about own conduct + permits applied for = neutral"))
U(d, "Egyptian police stopped buses on the road to Ismailia", "deported by Sunday.",
  ("Egypt", N, neu, "", "narration of police action + 'security officials said' (unnamed officials of a named government) a figure = neutral (unsure: the deportations are a measure by act, but taken against private activists, not an actor)"))
U(d, "The foreign ministry said in a statement on 11 June that Egypt supported", "Egypt's missions abroad.",
  ("Egypt", N, neu, "", "support for ending the suffering joined to a procedural rule; the procedure is the point = neutral (unsure: could be calling_for_talks)"))
U(d, "It added that the ministry would not consider requests", "situation in North Sinai.",
  ("Egypt", N, neu, "", "procedural line ('It' = the ministry)"))
U(d, "Abukeshek accused the Egyptian authorities of treating peaceful marchers like criminals", "would not be deterred.",
  ("Global March to Gaza", C, neg, "Egypt", "surname only; accusation"))
U(d, "\"Egypt says it wants the siege lifted.", "he said.",
  ("Global March to Gaza", C, neg, "Egypt", "judgement without a stock word: Egypt helps keep the siege"))
U(d, "Defence Minister Israel Katz said on 11 June that he expected Egypt", "endangered Israeli soldiers.",
  ("Israel", C, neg, "Global March to Gaza", "office holder named by title + name; calls the marchers a provocation = judgement of the march; the request to Egypt is part of it"))
U(d, "Katz said the Israeli army would", "against any such attempt.",
  ("Israel", C, neg, "", "threat of action against any attempt to enter = condemning; no named target"))
U(d, "Israel's foreign ministry spokesman Oren Marmorstein thanked Cairo", "handling of the march.",
  ("Israel", S, pos, "Egypt", "thanks and praise = supporting (invented, plausible line)"))
U(d, "The Soumoud convoy crossed western Libya, where the Tripoli-based Government of National Unity let it pass", "fuel and food.",
  ("Government of National Unity", S, pos, "Soumoud convoy", "backing by act (let it pass); local councils are not actors (unsure: narration of passage could be no row)"))
U(d, "Dbeibah's government said it had facilitated the passage", "to the Palestinian cause\".",
  ("Government of National Unity", S, pos, "Soumoud convoy", "'Dbeibah's government' = GNU; support by act stated by the actor"))
# "At the entrance to Sirte, forces loyal to the eastern-based administration stopped it." = narration of an act, folded into the next row.
U(d, "The interior ministry of the Benghazi-based Government of National Stability said the convoy", "under its own laws.",
  ("Government of National Stability", N, neu, "", "procedural justification (no approvals, own laws) = neutral"))
U(d, "The convoy's Tunisian organiser, Wael Naouar, said several members had been detained", "claim to defend Palestine.",
  ("Soumoud convoy", C, neg, "Government of National Stability", "detentions reported + 'a shame' = judgement of the eastern authorities"))
U(d, "A day later, the eastern government's foreign ministry said all the detained convoy members", "back towards the west.",
  ("Government of National Stability", N, neu, "", "fact given by an actor"))
U(d, "Spain's Foreign Minister José Manuel Albares said his ministry was in contact", "helping the Spaniards affected.",
  ("Spain", N, neu, "", "consular contacts = neutral"))
U(d, "Albares said he had asked Cairo to treat Spanish citizens", "respect for their rights.",
  ("Spain", T, neu, "Egypt", "request addressed to one side with no judgement word = calling_for_talks"))
U(d, "The Dutch and Irish foreign ministries advised their citizens", "according to their travel pages.",
  ("Netherlands", N, neu, "", "travel advice = neutral; state adjectives resolve to the states; one row each"),
  ("Ireland", N, neu, "", "travel advice = neutral"))
U(d, "Tunisia's main trade union, the UGTT, which had helped organise the convoy", "keep sending supplies.",
  ("Tunisian General Labour Union", S, pos, "Soumoud convoy", "praise + pledge of supplies = supporting"))
U(d, "The Turkish foreign ministry said Turkey appreciated all peaceful initiatives", "opened without delay.",
  ("Turkey", T, pos, "", "appreciation joined to a hope that the crossings open = rule 2 before rule 3: calling_for_talks (welcome with a humanitarian appeal)"))
U(d, "Hamas, in a statement from its political bureau, thanked the marchers", "anywhere in the world.",
  ("Hamas", S, pos, "Global March to Gaza", "thanks = supporting; the siege clause is background to the thanks (unsure: could be condemning Israel, not named)"))
U(d, "The Palestinian ambassador in Cairo, Diab al-Louh, took a different line", "depended on Israel alone.",
  ("Palestine", S, pos, "Egypt", "praise of Egypt joined to blame of Israel; two positions in one sentence: the praise is the lead one (unsure: a second, condemning row for Israel could be argued)"),
  )
U(d, "Hossam Ezzat, a senior fellow at the Cairo Centre for Regional Studies, said Egypt had been caught", "security obligations in Sinai.",
  ("Hossam Ezzat", N, neu, "", "invented analyst; description of Egypt's dilemma, no judgement"))
U(d, "\"Cairo cannot allow thousands of foreigners", "Ezzat said.",
  ("Hossam Ezzat", S, neu, "Egypt", "quote split by its attribution: approval of Egypt's choice as necessary, matter-of-fact tone (unsure: could be neutral stance)"))
U(d, "\"That is not a political choice.", "there could make.\"",
  ("Hossam Ezzat", S, pos, "Egypt", "quote continued after the attribution, same speaker: justification = approval"))
U(d, "Ezzat said the march's organisers had underestimated", "on Sinai.",
  ("Hossam Ezzat", C, neg, "Global March to Gaza", "critical judgement of the organisers, mild (unsure: could be neutral)"))
# "Claire Dubois-Mensah, a professor of international law ..., disagreed." = lead-in before her specific statements, no row.
U(d, "She said the mass deportations of peaceful foreigners", "stated support for Gaza.",
  ("Claire Dubois-Mensah", C, neg, "Egypt", "judgement of the deportations"))
U(d, "\"The real failure here is not Cairo's, it is everyone's", "Dubois-Mensah said.",
  ("Claire Dubois-Mensah", T, neu, "", "appeal for the crossings to open by agreement and for pressure on Israel: no explicit judgement of a named actor = calling_for_talks"))
U(d, "Organisers say some participants are still in Cairo", "outside Egypt.",
  ("Global March to Gaza", N, neu, "", "plans"))
# "The convoy pulled back from Sirte on Sunday." = narration, no row.
