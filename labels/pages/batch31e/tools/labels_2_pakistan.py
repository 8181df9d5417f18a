# ------------------------------------------------------------------ Killing of journalist Arshad Sharif in Kenya (Pakistani state news agency dispatch, 2022-10-25)
d = "page_pakistan_arshadsharif_kenya2022_stateagency.txt"
# Not statements: agency name and tagline, menu, section, headline, date line, dateline, the agency's desk code
# (PNA/MNQ/SHZ), share prompt, Related News, Most Viewed, footer links, copyright.
U(d, "Prime Minister Muhammad Shehbaz Sharif on Monday evening held a telephonic conversation", "with the Government of Pakistan.",
  ("Pakistan", T, neg, "Kenya", "dateline excluded; request for a fair, transparent inquiry with no judgement word = appeal; conveyed shock and grief give the tone"))
U(d, "The Kenyan President, according to the Prime Minister's Office, assured", "returned to Pakistan at the earliest.",
  ("Kenya", S, pos, "Pakistan", "Ruto's assurance reported by the other side ('according to the Prime Minister's Office', which only relays): offer of cooperation and help = supporting"))
U(d, "The two leaders agreed that the relevant authorities of both countries", "reached its conclusion.",
  ("Pakistan", T, neu, "Kenya", "'the two leaders' = two rows; agreement to keep in contact = commitment to dialogue"),
  ("Kenya", T, neu, "Pakistan", "second actor of 'the two leaders'"))
U(d, "Earlier, in a message on his official Twitter account, the Prime Minister expressed profound sorrow", "bear the irreparable loss.",
  ("Pakistan", S, neg, "", "condolences to the bereaved family = solidarity (supporting), grief; the family is not an actor -> target empty"))
U(d, "The Prime Minister also directed the Secretary Foreign Affairs", "in this regard.",
  ("Pakistan", N, neu, "", "instruction to its own officials = procedure"))
U(d, "President Dr. Arif Alvi, in a condolence message, said", "members of the bereaved family.",
  ("Pakistan", S, neg, "", "head of state = Pakistan; condolence + tribute = supporting, target empty"))
U(d, "Federal Minister for Interior Rana Sanaullah Khan said that a two-member team", "in coordination with the Kenyan authorities.",
  ("Pakistan", N, neu, "", "fact-finding team = own procedure; coordination with Kenya is its method, not an appeal"))
U(d, "Federal Minister for Information and Broadcasting Marriyum Aurangzeb, who called on the mother", "without delay.",
  ("Pakistan", N, pos, "", "reassurance about its own conduct = neutral, positive tone (labels/README)"))
U(d, "Talking to media persons, the Minister urged the media and the public", "were received.",
  ("Pakistan", T, neu, "", "'the Minister' = Aurangzeb; appeal for restraint (no speculation), no judgement (unsure: not a diplomatic appeal, could be neutral)"))
U(d, "She regretted that certain political elements had started using the death", "hurtful to the grieving family.",
  ("Pakistan", C, neg, "Pakistan Tehreek-e-Insaf", "'baseless', 'irresponsible' = judgement; 'certain political elements' identified as PTI by the next unit (unsure: target only named in the next sentence)"))
U(d, "The Minister was responding to remarks by Pakistan Tehreek-e-Insaf Chairman Imran Khan", "to probe the killing.",
  ("Pakistan Tehreek-e-Insaf", C, neg, "Pakistan", "Imran Khan (alias of PTI); allegation that the journalist was driven out for his reporting = accusation against the state's institutions + demand for a commission; the Minister's 'responding' adds no new position"))
U(d, "According to a statement issued by the Ministry of Foreign Affairs, Pakistan's High Commissioner in Nairobi", "Office of the Vice President.",
  ("Pakistan", N, neu, "", "envoy's visit and meetings = consular procedure; the Kenyan offices are objects"))
U(d, "The Foreign Office spokesperson said that Pakistan expected the Kenyan authorities", "fully informed of its progress.",
  ("Pakistan", T, neu, "Kenya", "expectation addressed to Kenya, no judgement = appeal"))
U(d, "The High Commissioner of Kenya in Islamabad, in a telephone conversation with the Information Minister", "in the matter.",
  ("Kenya", S, pos, "Pakistan", "envoy speaks for Kenya; assurance of full cooperation = offered help (supporting)"))
U(d, "The National Police Service of Kenya, in a statement issued in Nairobi, said that it regretted the incident", "in Kajiado County.",
  ("Kenya", N, neg, "", "regret for its own officers' act, no judgement of another side = neutral, regretful tone"))
U(d, "The statement said that police officers manning a roadblock had fired on the vehicle", "abduction of a child.",
  ("Kenya", N, neg, "", "own account of the shooting (mistaken identity) = justification, neutral, negative tone"))
U(d, "Kenya's Independent Policing Oversight Authority said that it had dispatched a rapid response team", "the officers involved.",
  ("Independent Policing Oversight Authority", N, neu, "", "independent oversight body announces its own investigation = procedure"))
U(d, "Chief Minister Punjab Chaudhry Parvez Elahi also expressed deep grief", "by his viewers.",
  ("Pakistan", S, neg, "", "provincial chief minister resolves to the state (labels/README); grief + tribute = supporting, target empty (unsure: he is a PTI ally, but speaks as chief minister)"))
U(d, "The Pakistan Federal Union of Journalists, in a statement, strongly condemned", "independent judicial inquiry.",
  ("Pakistan Federal Union of Journalists", C, neg, "Kenya", "'condemned the killing at the hands of the Kenyan police' + demand: rule 1"))
U(d, "The union announced that, in protest, journalists would hold meetings", "on Tuesday.",
  ("Pakistan Federal Union of Journalists", C, neg, "Kenya", "'The union' = PFUJ; protest action after the grievance was stated = condemning (labels/README: protest after the reason)"))
U(d, "The New York-based Committee to Protect Journalists called on the Kenyan authorities", "responsible to account.",
  ("Committee to Protect Journalists", T, neu, "Kenya", "appeal for a swift, credible inquiry; accountability only for an officer 'found responsible' (conditional, no judgement) (unsure: could be condemning)"))
U(d, "The organisation noted that Sharif had faced several criminal cases in Pakistan", "before he left the country.",
  ("Committee to Protect Journalists", N, neg, "", "'The organisation' = CPJ; facts about cases against him, no judgement word = neutral, negative tone (unsure: implies harassment by Pakistan)"))
# "Arshad Sharif, who had hosted ..." and "The body of the deceased is expected ..." = narration, no row.
