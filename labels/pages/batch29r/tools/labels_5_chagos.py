# ------------------------------------------------------------------ UN General Assembly, 22 June 2017: request for an ICJ opinion on the Chagos Archipelago (meetings coverage)
d = "page_chagos_icjrequest2017_unmeetings.txt"
# Not statements: header lines, document number, date, session line, headline and subheadline, vote tally line, closing disclaimer.
U(d, "The General Assembly today decided to request an advisory opinion", "became independent.",
  ("United Nations", N, neu, "", "the Assembly's decision as a procedural act (request for an opinion), no evaluation"))
U(d, "Adopting the draft resolution", "by the United Kingdom.",
  ("United Nations", N, neu, "", "content of the questions put to the Court = procedure"))
U(d, "Introducing the text, the representative of Mauritius, Anerood Jugnauth", "no free people would have accepted.",
  ("Mauritius", C, neg, "United Kingdom", "'dismembered as the price of its independence' = judgement on the colonial Power"))
U(d, "The excision of the Archipelago had been carried out by a colonial Power", "break up the territory.",
  ("Mauritius", C, neg, "United Kingdom", "speaker carried over (indirect speech); accusation of acting against the Assembly"))
U(d, "The inhabitants of the islands had been removed from their homes", "he said.",
  ("Mauritius", C, neg, "United Kingdom", "describing the removal of inhabitants = accusation (rule 4's example)"))
U(d, "Decades of bilateral talks had led nowhere.", "Decades of bilateral talks had led nowhere.",
  ("Mauritius", N, neg, "", "continuation of the same speaker; a fact-like complaint without a named culprit (unsure: condemning)"))
U(d, "\"We come to this Assembly because every other door was closed to us,\"", "colonial rule in Africa.",
  ("Mauritius", N, neu, "", "reason for seeking the opinion, procedure; no judgement (unsure)"))
U(d, "He stressed that Mauritius had no quarrel with the presence of the military base", "long-term arrangement.",
  ("Mauritius", N, pos, "", "reassurance/offer about the base's future; 'no quarrel' = neutral (unsure: supporting of the US)"))
U(d, "The representative of the United Kingdom, Matthew Rycroft, said his Government had no doubt", "in the way that country claimed.",
  ("United Kingdom", N, neg, "", "assertion of sovereignty + rejection of Mauritius's claim = denial-type, neutral, negative"))
U(d, "He said the draft put to the Court a bilateral dispute", "territorial question.",
  ("United Kingdom", C, neg, "Mauritius", "'troubling precedent' = judgement on Mauritius's draft"))
U(d, "The United Kingdom had long since promised to hand the islands over", "the future of the islands.",
  ("United Kingdom", T, neu, "Mauritius", "offer of talks"))
U(d, "He regretted that Port Louis had chosen the courtroom", "the negotiating table.",
  ("United Kingdom", C, neg, "Mauritius", "'regretted' aimed at Port Louis's choice = judgement"))
U(d, "Speaking before the vote, the representative of the United States said the base", "across the region.",
  ("United States", N, neu, "", "facts about the base's role"))
U(d, "Her delegation would vote against the text, she said, as the question was a bilateral matter", "between the two parties.",
  ("United States", T, neu, "", "vote against with an appeal for bilateral settlement, no judgement word -> calling_for_talks (unsure: neutral vote announcement)"))
U(d, "The representative of Venezuela, speaking on behalf of the Non-Aligned Movement", "territory of Mauritius.",
  ("Non-Aligned Movement", S, pos, "Mauritius", "speaker for the bloc = the bloc; backing Mauritius's claim"))
U(d, "The Movement backed the draft as a legitimate use", "field of decolonization.",
  ("Non-Aligned Movement", S, pos, "Mauritius", "backing the draft"))
U(d, "The representative of the Congo, who said she spoke in her national capacity", "foreign administration.",
  ("Republic of the Congo", C, neg, "United Kingdom", "'foreign administration' of African land = judgement on the UK (unsure: target empty)"))
U(d, "She expressed her country's full solidarity with the Mauritian people.", "with the Mauritian people.",
  ("Republic of the Congo", S, pos, "Mauritius", "solidarity"))
U(d, "The representative of India said her delegation would support the text", "close ties with Mauritius.",
  ("India", S, pos, "Mauritius", "support for the text"))
U(d, "She hoped the process would be carried forward in a spirit of friendship", "all concerned.",
  ("India", T, pos, "", "hope for an amicable process = calling_for_talks"))
U(d, "The representative of Australia expressed concern that the request", "the States involved.",
  ("Australia", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "Her delegation would not support the text.", "would not support the text.",
  ("Australia", N, neu, "", "vote intention without a judgement = neutral"))
U(d, "The representative of China said his delegation was in favour", "directly concerned.",
  ("China", T, neu, "", "peaceful settlement through consultations"))
U(d, "The representative of Brazil said her country attached great importance", "competence of the General Assembly.",
  ("Brazil", S, pos, "", "approval of the request as legitimate (target: the Assembly's act, left empty)"))
U(d, "Speaking after the vote, the representative of France said his country had abstained.", "had abstained.",
  ("France", N, neu, "", "procedural: explanation of vote"))
U(d, "France regretted that the parties had not been able to reach", "resume their dialogue.",
  ("France", T, neu, "", "regret aimed at no one + appeal to resume dialogue -> calling_for_talks"))
U(d, "The representative of Germany, also explaining her abstention, said Germany had confidence", "with care.",
  ("Germany", N, pos, "", "confidence in the Court, procedural"))
U(d, "She noted that the vote should not be understood", "substance of the dispute.",
  ("Germany", N, neu, "", "procedural line"))
U(d, "The representative of the Maldives said his country would continue to follow", "the wider region.",
  ("Maldives", N, neu, "", "monitoring with no appeal"))
U(d, "Taking the floor again, the representative of Mauritius thanked the delegations", "the people of the Chagos.",
  ("Mauritius", S, pos, "", "gratitude/welcome of the vote; several supporters -> target empty"))
U(d, "The representative of the United Kingdom said his country was disappointed with the outcome.", "disappointed with the outcome.",
  ("United Kingdom", N, neg, "", "disappointment with an outcome, no actor judged (unsure: condemning of the Assembly)"))
U(d, "The United Kingdom would continue to defend its position before the Court", "or to Chagossians.",
  ("United Kingdom", N, neu, "", "plans + reassurance"))
U(d, "At a side event organized afterwards by the Mission of Mauritius, Marie-Josée Clarisse", "for the first time in fifty years.",
  ("Marie-Josée Clarisse", S, pos, "", "invented Chagossian voice; welcome of the vote"))
U(d, "\"They took our islands and called us a floating population.", "she said.",
  ("Marie-Josée Clarisse", C, neg, "United Kingdom", "accusation of expulsion and contempt"))
U(d, "Dr Kwame Asante-Berko, a lecturer in international law at the University of Ghana", "non-aligned opinion.",
  ("Kwame Asante-Berko", N, neu, "", "invented analyst; reading of the result, no evaluation of an actor"))
U(d, "He urged London and Port Louis to use the time", "talks on resettlement.",
  ("Kwame Asante-Berko", T, neu, "", "appeal for direct talks; two parties -> target empty"))
