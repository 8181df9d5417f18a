# ------------------------------------------------------------------ The Bamyan shooting of foreign tourists (world-reacts roundup, 2024-05-20)
d = "page_afghanistan_bamyan_tourists2024_worldreacts.txt"
# Not statements: site header, breadcrumb, kicker, headline, byline, time stamps, listen/read time, "Here is how ... reacted:", country crossheads, photo captions "1 of 4", [ADVERTISEMENT], Related, Tags, sign-up prompt, Most popular, copyright.
# "Gunmen opened fire on a group of foreign tourists ..." = narration with casualty figures from no named source -> no row.
U(d, "The Islamic State's regional affiliate said in a statement", "wherever they were found.",
  ("Islamic State Khorasan Province", C, neg, "", "claim of the attack + threat against coalition states' nationals = threat (condemning); several states -> target empty"))
# "It was the deadliest attack on foreign visitors ..." = background, no row.
U(d, "The interior ministry spokesman of the Taliban administration, Abdul Mateen Qani, called", "hunted down and punished.",
  ("Afghanistan", C, neg, "", "Taliban administration = Afghanistan; 'cowardly attack' + vow to punish; perpetrators unnamed -> target empty"))
U(d, "Qani said seven suspects had been detained by Sunday", "was continuing.",
  ("Afghanistan", N, neu, "", "surname only; arrests and investigation = facts"))
U(d, "Zabihullah Mujahid, the administration's chief spokesman, rejected suggestions", "remained welcome.",
  ("Afghanistan", N, neg, "", "denial that security is slipping = neutral, negative"))
U(d, "Prime Minister Pedro Sanchez said on X that he was devastated", "families and friends.",
  ("Spain", S, neg, "", "grief + condolences to the victims' families = supporting (solidarity); families not an actor -> target empty"))
U(d, "Foreign Minister Jose Manuel Albares said Spain's consular emergency unit", "as soon as doctors allowed.",
  ("Spain", N, neu, "", "own consular arrangements = plans/procedure"))
U(d, "The Catalan regional government, whose region was home", "fly at half mast.",
  ("Spain", S, neg, "", "regional government resolves to its state; day of mourning = condolence by act (unsure: could be neutral)"))
U(d, "Foreign Minister Gabrielius Landsbergis said the killing showed", "relations with the Taliban.",
  ("Lithuania", C, neg, "Afghanistan", "judgement of the Taliban government's failure + refusal of normalisation in protest"))
U(d, "Foreign Minister Espen Barth Eide said a Norwegian citizen had been wounded", "in contact with the family.",
  ("Norway", N, neu, "", "facts about its citizen"))
U(d, "Norway strongly advises against all travel to Afghanistan", "in a statement.",
  ("Norway", N, neu, "", "travel advice reminded = procedural line"))
U(d, "Foreign Minister Penny Wong's department said it was providing consular assistance", "those killed.",
  ("Australia", S, neg, "", "assistance + condolences = supporting; beneficiaries not actors -> target empty"))
U(d, "The EU condemned the attack in a statement issued by the European External Action Service", "and to the injured.",
  ("European Union", C, neg, "", "condemnation + sympathy; rule 1; perpetrators unnamed -> target empty"))
U(d, "The bloc's delegation in Kabul was helping the Spanish authorities", "an EU spokesperson added.",
  ("European Union", S, neu, "Spain", "'the bloc' = EU; help with repatriation = backing by act; attribution tail"))
U(d, "The U.N. Assistance Mission in Afghanistan said it condemned the killings", "no justification of any kind.",
  ("United Nations", C, neg, "", "UNAMA = United Nations; condemnation; perpetrators unnamed -> target empty"))
U(d, "The mission's head, Roza Otunbayeva, called on the de facto authorities", "to account.",
  ("United Nations", T, neu, "Afghanistan", "demand for an investigation addressed to the de facto authorities, no judgement = calling_for_talks"))
U(d, "State Department spokesman Matthew Miller told reporters the United States condemned", "governments of the victims.",
  ("United States", C, neg, "", "condemnation of the attack; target empty"))
U(d, "Miller said Washington hoped the investigation would be carried out credibly", "was unchanged.",
  ("United States", T, neu, "Afghanistan", "hope for a credible investigation = calling_for_talks; travel advice is procedural"))
U(d, "Iran's Foreign Ministry spokesman Nasser Kanaani expressed sympathy", "people of Spain.",
  ("Iran", S, neg, "Spain", "condolences/sympathy to Spain = supporting"))
U(d, "He said terrorist groups in Afghanistan remained a danger", "to confront them.",
  ("Iran", C, neg, "", "'He' = Kanaani; offer to confront terrorist groups = announced response against unnamed groups (unsure: could be neutral concern)"))
U(d, "Pakistan's Foreign Office said it was saddened by the loss of life in Bamyan", "operating from Afghan soil.",
  ("Pakistan", N, neg, "", "sorrow + concern about groups on Afghan soil, no appeal and no explicit charge against Kabul = neutral, negative (unsure: implied accusation)"))
U(d, "Chinese Foreign Ministry spokesperson Wang Wenbin told a regular briefing", "embassy in Kabul.",
  ("China", N, neu, "", "noted the reports + fact about own citizens = procedural/neutral"))
U(d, "Ingrid Solheim, a senior researcher at the Nordic Centre for Conflict Studies", "tighten their travel warnings.",
  ("Ingrid Solheim", N, neg, "", "invented analyst; reading of the group's aims and a forecast, no judgement"))
U(d, "\"Nobody should read this as a sign that the Taliban are about to lose control.", "Solheim said.",
  ("Ingrid Solheim", T, neu, "", "appeal for information sharing between Kabul and the victims' states = calling_for_talks; several parties -> target empty"))
U(d, "Hamid Rezaie, who runs a guesthouse near the Buddha niches", "within hours of the shooting.",
  ("Hamid Rezaie", N, neg, "", "invented witness; facts of cancellations"))
U(d, "\"Our town lives from visitors.", "Rezaie said.",
  ("Hamid Rezaie", T, neg, "Afghanistan", "appeal to the authorities for protection = calling_for_talks (protection of civilians)"))
