# ------------------------------------------------------------------ Military takeover in Sudan led by al-Burhan (UN noon briefing, 2021-10-26)
d = "page_sudan_coup_noonbriefing.txt"
U(d, "He said the seizure of power in Khartoum was one more", "must not accept.",
  ("United Nations", C, neg, "Sudan", "'He' = the SG; judgement of the coup; the junta speaks for Sudan (guide)"))
U(d, "He appealed to the members of the Security Council", "on Sudan.",
  ("United Nations", T, neu, "", "appeal to the Council for unity, no judgement"))
U(d, "As you will have seen, in his statement yesterday", "without delay.",
  ("United Nations", T, neg, "Sudan", "demand for release addressed to the military, no judgement word in the sentence"))
U(d, "He has been talking to a wide range of Sudanese interlocutors", "transitional arrangements.",
  ("United Nations", T, neu, "", "Perthes (UNITAMS = UN) mediating; the sentence before ('remains in Khartoum') is narration"))
U(d, "Mr. Perthes told us this morning that the use of live ammunition", "answer for it.",
  ("United Nations", C, neg, "Sudan", "'unacceptable' + accountability: rule 1"))
U(d, "Our colleagues at the human rights office say", "since yesterday morning.",
  ("United Nations", N, neg, "", "OHCHR = UN; casualty reports, no blame"))
U(d, "The High Commissioner for Human Rights, Michelle Bachelet, urged", "right to protest.",
  ("United Nations", T, neg, "Sudan", "appeal for restraint addressed to the security forces, no judgement"))
U(d, "The Office for the Coordination of Humanitarian Affairs (OCHA) tells us", "staff and supplies.",
  ("United Nations", N, neg, "", "OCHA = UN; facts on access"))
U(d, "Humanitarian operations elsewhere in the country", "assistance this year.",
  ("United Nations", N, neg, "", "'warns' about consequences, no appeal = neutral, negative"))
U(d, "UNICEF said it was worried about children", "out of the crisis.",
  ("UNICEF", T, neg, "", "concern + appeal to all sides"))
U(d, "General al-Burhan told a news conference in Khartoum today", "situation calms down.",
  ("Sudan", N, neu, "", "Burhan's position reported inside a journalist's question; reassurance about the PM = neutral"))
U(d, "We have not been able to speak to him directly", "the general's comments.",
  ("United Nations", N, neu, "", "spokesman states facts"))
U(d, "What matters to us is that the Prime Minister and all those detained", "back to his work.",
  ("United Nations", T, neu, "Sudan", "demand for release, no judgement"))
U(d, "The general also said the army had to act to prevent a civil war", "against the armed forces.",
  ("Sudan", C, neg, "", "justification + accusation of incitement by 'political groups' (non-canonical, target empty); reported inside a question"))
U(d, "No, there is no justification for detaining a civilian prime minister", "in the street.",
  ("United Nations", C, neg, "Sudan", "rejects the justification: judgement of the arrest and the shootings"))
U(d, "Washington has paused $700 million in economic assistance", "the military.",
  ("United States", C, neg, "Sudan", "aid suspension = a measure against another side; Washington = metonym; reported inside a question"),
  ("African Union", T, neu, "", "AU Commission chair's call to resume civil-military consultations; both sides -> target empty"))
U(d, "The Secretary-General has been in touch with Chairperson Moussa Faki Mahamat", "with IGAD.",
  ("United Nations", N, neu, "", "coordination with partners reported, no appeal stated (the AU and IGAD are only mentioned)"))
U(d, "Any decision on sanctions would be for the Security Council.", "Any decision on sanctions would be for the Security Council.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "The Sudanese Professionals Association has called for a general strike", "back to civilians.",
  ("Sudanese Professionals Association", C, neg, "Sudan", "strike and civil disobedience until the military hands over = protest action against the junta (unsure: could be read as a neutral plan)"))
U(d, "People have every right to demonstrate peacefully", "avoid violence.",
  ("United Nations", T, neu, "", "appeal to avoid violence, addressed to all"))
U(d, "The Arab League's Secretary-General, Ahmed Aboul Gheit, said", "deep concern.",
  ("Arab League", N, neg, "", "concern without an appeal = neutral, negative"))
