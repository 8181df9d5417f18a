# ------------------------------------------------------------------ Drone strikes on Port Sudan (UN noon-briefing highlights, 2025-05-07)
d = "page_portsudan_unbriefing.txt"
U(d, "The Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator, Tom Fletcher,", "entering the country.",
  ("United Nations", N, neg, "", "UN official introduced by role; alarm without an appeal = neutral, negative"))
U(d, "He reminded the parties that they are bound by international humanitarian law", "they depend on.",
  ("United Nations", T, neu, "", "'He' = Fletcher; appeal to all parties to protect civilians, no actor judged = calling_for_talks"))
U(d, "The World Food Programme, which runs the UN Humanitarian Air Service,", "safe to fly.",
  ("World Food Programme", N, neu, "", "WFP kept separate (name files); own suspension and plan"))
U(d, "The Associate Spokesperson said the grounding means", "needed most.",
  ("United Nations", N, neg, "", "consequences stated, no appeal"))
U(d, "She added that no UN personnel or premises have been hit", "where possible.",
  ("United Nations", N, neu, "", "facts"))
U(d, "Our colleagues at the Office for the Coordination of Humanitarian Affairs (OCHA) tell us", "move elsewhere.",
  ("United Nations", N, neu, "", "OCHA = United Nations (name files); displacement figures = neutral, neutral tone (guide)"))
U(d, "In River Nile State, OCHA says, people have been without power", "running short.",
  ("United Nations", N, neg, "", "'OCHA says' mid-sentence; facts about shortages, no appeal"))
U(d, "In a statement issued yesterday, the Resident and Humanitarian Coordinator for Sudan, Clementine Nkweta-Salami,", "among the sites hit.",
  ("United Nations", N, neg, "", "coordinator (name files: United Nations) introduced by role; dismay without appeal or named perpetrator = neutral, negative"))
U(d, "\"The airport is the door through which our staff", "Ms. Nkweta-Salami said.",
  ("United Nations", N, neg, "", "two-sentence quotation closed by its speaker = one unit; consequences stated"))
U(d, "She said deliberately striking facilities that civilians rely on breaks the laws of war", "stop such attacks at once.",
  ("United Nations", C, neg, "", "'breaks the laws of war' = judgement + appeal: rule 1; no perpetrator named -> target empty"))
U(d, "As we told you on Monday, the Secretary-General is concerned by reports", "worst of the war.",
  ("United Nations", N, neg, "", "concern without appeal; the RSF named only as reportedly responsible ('reports that'), no judgement"))
U(d, "He again urges the Sudanese Armed Forces and the RSF", "includes all Sudanese.",
  ("United Nations", T, neu, "", "appeal to both parties to stop and talk; both sides -> target empty"))
U(d, "The Personal Envoy of the Secretary-General for Sudan, Ramtane Lamamra,", "protect civilians.",
  ("United Nations", T, pos, "", "envoy's contacts and offer to help the parties agree on protection of civilians = mediation"))
U(d, "Asked about the announcement by Sudan's Security and Defence Council", "a matter for Member States.",
  ("Sudan", C, neg, "United Arab Emirates", "position reported inside a question: severing relations + accusation of arming the RSF = condemning"),
  ("United Nations", N, neu, "", "the spokesperson's answer: procedural, no position on the decision"))
U(d, "She added that the Secretary-General continues to urge all countries with influence", "bring about a ceasefire.",
  ("United Nations", T, neu, "", "appeal aimed at no named state"))
U(d, "Another correspondent noted that the Foreign Ministry of the United Arab Emirates", "voice of the Sudanese people.",
  ("United Arab Emirates", C, neg, "Sudan", "position reported by a correspondent: refusal to recognise the decision + delegitimising the army-led authorities = condemning; the Port Sudan authorities = Sudan (unsure: the UAE itself distinguishes them from 'Sudan')"))
U(d, "The Emirati ministry has also repeatedly denied supplying weapons to the RSF.", "The Emirati ministry has also repeatedly denied supplying weapons to the RSF.",
  ("United Arab Emirates", N, neg, "", "'The Emirati ministry' by context; denial = neutral, negative"))
U(d, "Asked whether the United Nations could say who had launched the drones", "attribute the attacks.",
  ("United Nations", N, neu, "", "declines to attribute = neutral"))
U(d, "Questioned about remarks by the head of Sudan's Sovereignty Council", "new and wider phase.",
  ("Sudan", C, neg, "Rapid Support Forces", "Burhan (Sovereignty Council = Sudan) reported inside the question: vow that the RSF will pay = threat"),
  ("United Nations", N, neg, "", "worry about escalation, no appeal = neutral, negative"))
U(d, "A journalist asked about a fourth day of attacks on Wednesday", "beyond media reports.",
  ("Sudan", N, neu, "", "the army's own claim of repelling drones (an army speaks for its state), reported inside the question"),
  ("United Nations", N, neu, "", "no details = neutral"))
U(d, "Asked about reactions in the region, she noted that the African Union and the League of Arab States", "values their engagement.",
  ("African Union", C, neg, "", "position reported by the spokesperson: condemnation + call for a ceasefire = rule 1; no perpetrator named -> target empty"),
  ("Arab League", C, neg, "", "same; League of Arab States = Arab League"),
  ("United Nations", S, pos, "", "the Secretary-General 'values their engagement' = approval; two bodies -> target empty"))
