# ------------------------------------------------------------------ Shooting of Lim Kimya in Bangkok (Asian news site, full HTML, 2025-01-09)
d = "page_limkimya_bangkok_shooting2025_asiansite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst (it carries Cambodia's rejection: the body
# gives it), byline, time stamps, figcaptions with credits, ADVERTISEMENT, crossheads, tags, share bar, related stories,
# reader comments, most read, footer.
U(d, "Thailand will ask Cambodia to hand over a former Thai marine", "a political assassination.",
  ("Thailand", N, neu, "", "dateline excluded; lede: extradition request = police procedure (cooperation, no judgement)"),
  ("France", C, neg, "", "lede clause: France condemned the killing; the culprit is unnamed -> target empty; 'rights groups' = not a named actor, no row"))
# "Lim Kimya, 74, was shot twice ..." = narration, no row.
U(d, "Metropolitan Police commissioner Pol Lt Gen Siam Boonsom told reporters", "in Battambang province.",
  ("Thailand", N, neu, "", "police = the state; facts of the pursuit"),
  ("Cambodia", N, neu, "", "the detention by Cambodian police, reported by the Thai commissioner = a specific act of Cambodia reported as done (cooperation, neutral)"))
U(d, "\"We have been in touch with our Cambodian colleagues since the first night", "Siam said.",
  ("Thailand", N, neu, "", "surname-style reference (Thai given name); contacts + extradition plan = procedure"))
U(d, "He said investigators were also looking for a second man", "to the gunman.",
  ("Thailand", N, neu, "", "'He' = Siam, carried across the paragraph; investigative facts"))
U(d, "Prime Minister Paetongtarn Shinawatra said she had told the police to move quickly", "on its streets.",
  ("Thailand", C, neg, "", "order to the police (own conduct) + warning that no one may settle political scores on Thai soil = a warning aimed at unnamed plotters -> condemning, target empty (unsure: could be reassurance, neutral)"))
U(d, "Cambodia's National Police spokesman Chhay Kim Khoeun said the suspect", "existing police cooperation.",
  ("Cambodia", N, neu, "", "custody and transfer under police cooperation = procedure"))
U(d, "Government spokesman Pen Bona said accusations that Phnom Penh had any hand", "were baseless.",
  ("Cambodia", N, neg, "", "denial = neutral, negative tone; Phnom Penh = metonym"))
U(d, "He accused exiled opposition figures of exploiting a man's death", "finish their work.",
  ("Cambodia", C, neg, "Cambodia National Rescue Party", "'He' = Pen Bona; accusation against the exiled opposition (the dissolved CNRP's figures)"))
U(d, "The Cambodian embassy in Bangkok offered its condolences", "where asked.",
  ("Cambodia", N, pos, "", "condolences to the victim's family (not an actor) + offer to assist the police = neutral cooperation, positive tone"))
# "The ruling Cambodian People's Party had no comment on Thursday." = non-answer, no row.
U(d, "The French foreign ministry said in a statement on Thursday that France condemned the murder", "consular help.",
  ("France", C, neg, "", "condemnation + condolences + consular help; the killer is unnamed -> target empty (rule 1)"))
U(d, "Ministry spokesperson Christophe Lemoine said Paris would watch the Thai investigation closely", "brought to light.",
  ("France", T, neu, "Thailand", "expects a full investigation from Thailand = appeal for an inquiry, no judgement; Paris = metonym"))
U(d, "The dissolved Cambodia National Rescue Party, in which Lim Kimya served", "any outside pressure.",
  ("Cambodia National Rescue Party", C, neg, "", "'murdered in cold blood for his politics' = judgement of unnamed killers + demand for an inquiry (rule 1); target empty"))
U(d, "Sam Rainsy, the party's co-founder who has lived in exile in France since 2015", "leads the Senate.",
  ("Cambodia National Rescue Party", C, neg, "Cambodia", "co-founder and leader in exile speaks for the party; blames Hun Sen (Cambodia's former PM, Senate president) = accusation"))
U(d, "Human Rights Watch's Asia director, Elaine Pearson, said the Thai authorities had to find", "paid the gunman.",
  ("Human Rights Watch", T, neg, "Thailand", "demand for prosecution addressed to Thailand, no judgement of Thailand = calling_for_talks (demand for an inquiry)"))
U(d, "The group said the Cambodian government had spent years watching", "at home and abroad.",
  ("Human Rights Watch", C, neg, "Cambodia", "'The group' = HRW; accusation of harassment"))
U(d, "Amnesty International said it was alarmed by the killing and urged Thailand", "impartial and public.",
  ("Amnesty International", T, neg, "Thailand", "alarm + appeal for an inquiry = calling_for_talks"))
U(d, "The ASEAN Parliamentarians for Human Rights, a network of regional lawmakers, condemned", "hunted across borders.",
  ("ASEAN Parliamentarians for Human Rights", C, neg, "", "condemnation + judgement of regional governments (several) -> target empty"))
U(d, "A spokesperson for the UN human rights office in Bangkok said the office was following the case", "learn the truth.",
  ("United Nations", T, neu, "", "appeal to both governments to cooperate -> two addressees, target empty"))
# "Thailand has faced criticism in recent years ..." = background, no row.
U(d, "Thailand's foreign ministry said on Wednesday it had briefed the French embassy", "the investigation progressed.",
  ("Thailand", N, neu, "", "diplomatic briefing and information sharing = procedure"))
U(d, "Foreign Minister Maris Sangiampongsa said Bangkok valued its ties", "in the region calm.",
  ("Thailand", T, pos, "", "hope for calm relations = calling_for_talks; Bangkok, Paris, Phnom Penh = metonyms as objects"))
U(d, "\"Whoever planned this chose Bangkok deliberately", "Institute of Mekong Studies in Bangkok.",
  ("Napat Wongsakul", N, neg, "", "invented analyst; reading of the plot and a question to Thailand, no explicit judgement (unsure: 'as what it is' hints at a political killing)"))
U(d, "Napat said a quick extradition would help", "exiles living in Thailand.",
  ("Napat Wongsakul", T, neu, "", "appeal for a full account of who ordered the killing = asks for an inquiry"))
U(d, "Boonmee Sriwan, who sells iced coffee from a cart", "on the pavement.",
  ("Boonmee Sriwan", N, neg, "", "invented witness; what he heard and saw"))
U(d, "\"The shooter did not even hurry;", "Boonmee said.",
  ("Boonmee Sriwan", N, neg, "", "scene description, no position on an actor"))
