# ------------------------------------------------------------------ Sudan, Wad Madani recapture (UN noon-briefing readout, 2025-01-17)
d = "page_sudan_wadmadani_unreadout.txt"
U(d, "I will start with Sudan, where the Secretary-General remains deeply alarmed", "last Saturday.",
  ("United Nations", N, neg, "", "alarm without an appeal = neutral"))
U(d, "The Secretary-General reiterates his call on the parties to protect civilians", "negotiating table.",
  ("United Nations", T, neg, "", "appeal to both parties"))
U(d, "As you will have seen, the High Commissioner for Human Rights, Volker Türk,", "support for the RSF.",
  ("United Nations", C, neg, "Sudan", "OHCHR -> UN; accusation made by describing attacks on civilians (the victims were targeted for presumed RSF support, so the army side is meant); unsure, could be neutral (reports)"))
U(d, "He said that such killings, if confirmed, would amount to war crimes", "to account.",
  ("United Nations", C, neg, "Sudan", "'war crimes' + demand on the military leadership: rule 1; SAF = Sudan"))
U(d, "Our humanitarian colleagues tell us that a first inter-agency convoy", "next week.",
  ("United Nations", S, pos, "", "aid delivered by act"))
U(d, "The Humanitarian Coordinator, Clementine Nkweta-Salami, said access", "by all sides.",
  ("United Nations", T, neu, "", "humanitarian access appeal to all sides"))
U(d, "OCHA says that more than 3.4 million people", "December 2023.",
  ("United Nations", N, neu, "", "figures"))
U(d, "The World Food Programme (WFP) says it has separately delivered food", "this week.",
  ("World Food Programme", S, pos, "", "aid by act; WFP separate from the UN as in the name files"))
U(d, "Turning to South Sudan, the UN Mission there (UNMISS) is closely following", "were looted.",
  ("United Nations", N, neg, "", "monitoring without appeal"))
U(d, "The head of the Mission, Nicholas Haysom, appealed for calm", "events in Gezira.",
  ("United Nations", T, neg, "South Sudan", "appeal for calm + request to the authorities"))
U(d, "We note that the Government has imposed a nationwide curfew", "revenge attacks.",
  ("South Sudan", T, neu, "", "curfew (neutral) and Kiir's appeal to citizens in one unit: the appeal decides; 'the Government' tied to South Sudan only by context; the UN's 'we note' takes no position"))
U(d, "On Gaza, the Secretary-General welcomes the approval of the ceasefire", "from Sunday.",
  ("United Nations", T, pos, "", "welcome + appeal to implement: rule 2 (round-up item)"))
U(d, "On Sudan, the South Sudanese foreign ministry summoned the Sudanese ambassador", "barbaric crime.",
  ("South Sudan", C, neg, "Sudan", "position reported inside a reporter's question; summoning + 'deliberate and barbaric crime'"))
U(d, "I'm not going to characterize the killings", "verify the reports.",
  ("United Nations", N, neu, "", "declining to characterise; verification under way"))
U(d, "The Sudanese army said it had liberated Wad Madani", "left the country.",
  ("Sudan", C, neg, "Rapid Support Forces", "army = state; 'terrorist militia' + announced pursuit (operation)"))
U(d, "Our message to both sides is the same: there is no military solution to this conflict.", "to this conflict.",
  ("United Nations", T, neu, "", "appeal after a colon, addressed to both sides"))
U(d, "But the army has also admitted there were violations.", "there were violations.",
  ("Sudan", N, neg, "", "admission reported in a question"))
U(d, "The army spokesman, Nabil Abdallah, said the violations were committed by individuals", "committee to investigate.",
  ("Sudan", N, neu, "", "transcript label 'Correspondent:' excluded; partial denial + own investigation"))
U(d, "We would expect any investigation to be credible, transparent and independent.", "and independent.",
  ("United Nations", T, neu, "Sudan", "expectation addressed to the Sudanese authorities, no judgement (unsure: could be neutral)"))
U(d, "The RSF put out a statement accusing the army and its allied militias", "civilians in Gezira.",
  ("Rapid Support Forces", C, neg, "Sudan", "'ethnic cleansing'; position reported inside a question"))
U(d, "The High Commissioner and others have documented extensive violations by the RSF", "condemned them repeatedly.",
  ("United Nations", C, neg, "Rapid Support Forces", "condemnation"))
U(d, "Egypt's foreign ministry welcomed the army's recapture of the city", "national institutions.",
  ("Egypt", S, pos, "Sudan", "welcome + backing; Cairo = metonym"))
U(d, "What we want from all those with influence is to use it", "towards a ceasefire.",
  ("United Nations", T, neu, "", "appeal for ceasefire pressure"))
U(d, "The US Treasury yesterday sanctioned General al-Burhan,", "markets and hospitals.",
  ("United States", C, neg, "Sudan", "sanctions + accusation (reported in a question)"))
U(d, "The Secretary-General's Personal Envoy, Ramtane Lamamra, remains in contact with both sides.", "with both sides.",
  ("United Nations", T, neu, "", "mediation"))
U(d, "I understand the Sudanese foreign ministry has said that it rejects the decision", "considers it unjust.",
  ("Sudan", C, neg, "United States", "'unjust' = judgement of the US sanctions"))
U(d, "Mr. Haysom has been in touch with the Government throughout.", "throughout.",
  ("United Nations", N, neu, "", "contact reported, no appeal"))
U(d, "The police have reported a number of injuries and arrests.", "and arrests.",
  ("South Sudan", N, neu, "", "police = state; figures without numbers"))
