# ------------------------------------------------------------------ Lesotho attempted coup: SADC Double Troika communiqué (2014-09-15)
d = "page_lesotho_sadc_communique.txt"
U(d, "4. In his opening remarks, President Zuma told the Summit", "barrel of a gun.",
  ("SADC", C, neg, "", "Zuma as Chair of the Organ, at the SADC summit = SADC (guide: chair of a regional body); judgement of the armed action, no actor named -> target empty"))
U(d, "5. Summit condemned the events of 30 August 2014", "brought about by force.",
  ("SADC", C, neg, "", "condemnation + non-recognition warning; the LDF units are not an actor of their own here, target empty (unsure: could be Lesotho)"))
U(d, "6. Summit received a briefing from Prime Minister Thabane", "was functioning.",
  ("Lesotho", N, neu, "", "Thabane's report inside a 'Summit received' paragraph = Lesotho's facts"))
U(d, "7. The Prime Minister assured Summit", "on 1 September.",
  ("Lesotho", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "8. Summit commended the Government and people of the Republic of South Africa", "since 30 August.",
  ("SADC", S, pos, "South Africa", "praise"),
  ("South Africa", S, neu, "Lesotho", "assistance reported as given (aid by act); sentence carries South Africa's act"))
U(d, "9. Summit urged the leaders of the Coalition Government", "political ends.",
  ("SADC", T, neu, "Lesotho", "appeal for dialogue addressed to Lesotho's coalition leaders"))
U(d, "10. Summit appointed H.E. Cyril Ramaphosa", "from member states.",
  ("SADC", T, neu, "Lesotho", "appointing a facilitator + observer mission = pursuing mediation (calling_for_talks; unsure, could be neutral)"))
U(d, "11. Summit called upon all stakeholders in Lesotho", "without hindrance.",
  ("SADC", T, neu, "", "restraint appeal to all stakeholders"))
U(d, "12. Summit directed the Secretariat", "its decisions.",
  ("SADC", N, neu, "", "procedure"))
U(d, "13. Summit expressed its appreciation", "all delegations.",
  ("SADC", S, pos, "South Africa", "thanks = approval (hosting)"))
