# ------------------------------------------------------------------ Suicide bombing at the Islamabad district courts (world-reacts round-up, 2025-11-12)
d = "page_pakistan_islamabad_courtbombing2025_worldreacts.txt"
# Not statements: section path, headline, standfirst, update line, the country headings, "Here is how ...", Related coverage, share line, copyright.
# "A suicide bomber blew himself up ..." = narration with figures from no named source, no row.
U(d, "Jamaat-ul-Ahrar, a faction linked to the Pakistani Taliban, said", "carried out the attack.",
  ("Jamaat-ul-Ahrar", N, neu, "", "claiming one's own attack as done, with no judgement stated = neutral (guide: own strike reported)"))
U(d, "Interior Minister Mohsin Naqvi, speaking at the scene, said", "a police van parked there.",
  ("Pakistan", N, neu, "", "facts of the attack given by a minister"))
U(d, "Prime Minister Shehbaz Sharif said in a statement", "everyone who had planned it.",
  ("Pakistan", C, neg, "India", "accuses India of sponsoring the attack + vow to hunt down the planners; Afghanistan named only as territory -> target India"))
U(d, "The prime minister offered his condolences", "the best possible treatment.",
  ("Pakistan", S, neg, "", "title only ('the prime minister'); condolences to its own victims' families = solidarity, grief in tone"))
U(d, "President Asif Ali Zardari described the bombing", "stopped the bomber at the gate.",
  ("Pakistan", C, neg, "", "'an attack on the justice system itself' = judgement without stock word; attacker not canonical -> target empty"))
U(d, "Defence Minister Khawaja Asif said on a television talk show", "planned on Afghan soil.",
  ("Pakistan", C, neg, "Afghanistan", "refusing talks with Kabul with a grievance stated = condemning"))
U(d, "Kamran Baig, a lawyer who was walking towards the gate", "for months.",
  ("Kamran Baig", C, neg, "Pakistan", "invented witness; figures + criticism of lax security at a state complex"))
U(d, "The Ministry of External Affairs rejected the Pakistani accusation outright.", "The Ministry of External Affairs rejected the Pakistani accusation outright.",
  ("India", N, neg, "", "context (INDIA heading) gives the state; a denial = neutral, negative"))
U(d, "Spokesperson Randhir Jaiswal said India had nothing to do", "its own internal problems.",
  ("India", C, neg, "Pakistan", "denial joined to an accusation of diversion = judgement -> condemning"))
U(d, "Zabihullah Mujahid, chief spokesman of the Taliban administration, condemned", "the victims' families.",
  ("Afghanistan", C, neg, "", "the Taliban administration = Afghanistan; condemnation + condolences"))
U(d, "He said Afghanistan did not allow anyone to use its territory", "were unfounded.",
  ("Afghanistan", N, neg, "", "denial of Pakistan's accusation = neutral, negative"))
U(d, "Secretary-General António Guterres condemned the attack", "brought to justice.",
  ("United Nations", C, neg, "", "condemnation relayed by his spokesperson"))
U(d, "The members of the Security Council, in a press statement, condemned", "the Government of Pakistan.",
  ("United Nations", C, neg, "", "Council press statement; condemnation + sympathy (rule 1)"))
U(d, "China: Foreign ministry spokesperson Lin Jian said Beijing firmly opposed", "sympathy to the injured.",
  ("China", C, neg, "", "opposition to terrorism with this attack in view = condemnation in diplomatic wording (unsure: 'all forms' is general)"))
U(d, "China also said it would continue to support Pakistan", "security and stability.",
  ("China", S, pos, "Pakistan", "backing Pakistan"))
U(d, "Iran: Foreign Minister Abbas Araghchi called the bombing", "innocent people.",
  ("Iran", C, neg, "", "'a crime against innocent people' = judgement"))
U(d, "Saudi Arabia: strong condemnation, condolences", "a swift recovery to the injured.",
  ("Saudi Arabia", C, neg, "", "bullet with no verb; condemnation decides over condolences (rule 1)"))
U(d, "Turkey: condemnation from the foreign ministry in Ankara", "its fight against terrorism.",
  ("Turkey", C, neg, "", "condemnation + solidarity; rule 1"))
U(d, "Qatar: The foreign ministry said Doha rejected violence and terrorism", "channels of dialogue open.",
  ("Qatar", C, neg, "", "rejecting terrorism with this attack in view = judgement; appeal for dialogue added -> condemning by rule 1 (unsure: boilerplate, could be calling_for_talks)"))
U(d, "United States: The embassy in Islamabad offered condolences", "with Pakistani authorities.",
  ("United States", S, neg, "Pakistan", "condolences to Pakistan = sympathy/solidarity; contact = procedure"))
U(d, "United Kingdom: High Commissioner Jane Marriott said she was saddened", "loss of life.",
  ("United Kingdom", N, neg, "", "sorrow with no judgement, appeal or solidarity with an actor -> neutral, negative (unsure: could be supporting as condolences)"))
U(d, "European Union: The EU delegation in Islamabad said the bloc stood", "the people of Pakistan.",
  ("European Union", S, pos, "Pakistan", "solidarity"))
U(d, "Sri Lanka: Sri Lanka Cricket, the national board, said the team", "guarantees on security.",
  ("Sri Lanka Cricket", S, neu, "Pakistan", "backing by act: the team stays on tour"))
U(d, "Organisation of Islamic Cooperation: Secretary-General Hissein Brahim Taha condemned", "stood by Pakistan.",
  ("Organisation of Islamic Cooperation", C, neg, "", "condemnation + solidarity; rule 1"))
U(d, "Farhan Durrani, a security analyst at an Islamabad think tank, said", "heart of the state.",
  ("Farhan Durrani", N, neu, "", "invented analyst; reading of the attackers' aim, no position"))
U(d, "\"The government will point at Kabul and at Delhi", "Durrani said.",
  ("Farhan Durrani", C, neg, "Pakistan", "surname; holds the government responsible for security at the gate = judgement"))
