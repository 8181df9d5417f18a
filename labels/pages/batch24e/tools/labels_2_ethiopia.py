# ------------------------------------------------------------------ Ethiopia declares seven UN officials persona non grata (UN noon-briefing readout, 2021-10-01)
d = "page_ethiopia_un_expulsions_noonbriefing.txt"
# Not statements: masthead, menu, breadcrumb, title, spokesperson/time line, "Today's top items" bullets, section heads, the OTHER ITEMS link line, footer, share line, tags, copyright.
U(d, "The Spokesman opened with Ethiopia, a day after the Ministry of Foreign Affairs declared", "72 hours to leave the country.",
  ("Ethiopia", C, neg, "United Nations", "the expulsion reported as done = measure (condemning); the Spokesman 'opening with' is no position"))
# "Five of the seven work for ..." = narration, no row.
U(d, "Dujarric said the Secretary-General had been dismayed to learn", "neutrality, impartiality and independence.",
  ("United Nations", N, neg, "", "dismay without a judgement word or appeal + restating its own principles = neutral, negative"))
U(d, "\"Our colleagues in Ethiopia have one job,", "he said.",
  ("United Nations", N, pos, "", "defence of its own staff's work = reassurance about own conduct"))
U(d, "He said the UN was in contact with the Government at several levels", "as soon as possible.",
  ("United Nations", T, neu, "Ethiopia", "engagement with the government + wish that the decision be reversed, no judgement = calling_for_talks"))
U(d, "Asked whether the Secretary-General had spoken to Prime Minister Abiy Ahmed,", "go into their content.",
  ("United Nations", N, neu, "", "procedure, declines to give details"))
U(d, "The UN had not been given any written account", "looked at properly.",
  ("United Nations", T, neu, "Ethiopia", "no evidence received + request to share it = procedural appeal (unsure: could be neutral)"))
U(d, "He added that the UN would not leave the people of northern Ethiopia without help", "staff who remained.",
  ("United Nations", S, pos, "", "aid continued = backing by act; aimed at the population -> target empty"))
U(d, "On the ground, the Spokesman said fewer than one in ten of the trucks", "for weeks.",
  ("United Nations", N, neu, "", "figures given by an actor, no blame"))
U(d, "Emergency Relief Coordinator Martin Griffiths, who visited Tigray last month, called on all parties", "move freely.",
  ("United Nations", T, neu, "", "humanitarian access appeal to all parties"))
U(d, "The World Food Programme said its stocks of food inside Tigray", "unless convoys were allowed through.",
  ("World Food Programme", N, neg, "", "warning with a condition, no explicit appeal = neutral, negative (unsure: could be calling_for_talks)"))
U(d, "UNICEF said in a statement that it stood fully behind its Representative", "worst possible moment.",
  ("UNICEF", C, neg, "Ethiopia", "'regretted a decision' aimed at the government = judgement (rule 1 over the backing of its own staff)"))
U(d, "The Office of the High Commissioner for Human Rights said its team leader", "published on 1 November.",
  ("United Nations", N, neu, "", "OHCHR = United Nations; facts about the investigation"))
U(d, "A reporter noted that Ethiopia's Ministry of Foreign Affairs had released a longer statement", "breaking security arrangements.",
  ("Ethiopia", C, neg, "United Nations", "Ethiopia's accusation reported by a reporter (a reporter is not an actor)"))
U(d, "Dujarric said he had seen the statement but that none of those allegations", "before yesterday.",
  ("United Nations", N, neg, "", "rebuttal/denial = neutral, negative"))
U(d, "Asked about the White House's warning that Washington could impose sanctions", "people in need.",
  ("United States", C, neg, "", "threat of sanctions reported inside the question = condemning; 'those blocking aid' not named -> target empty"),
  ("United Nations", N, neu, "", "declines to take a position on a member state's measures"))
U(d, "On whether the Organization would comply, he said the staff members were not in Ethiopia as private individuals", "taken up with the Government.",
  ("United Nations", N, neu, "", "legal position + procedure, no judgement (unsure: could be calling_for_talks)"))
U(d, "Asked about the Tigrayan forces' advance into Amhara and Afar,", "civilians in those regions.",
  ("United Nations", T, neg, "Tigray People's Liberation Front", "appeal to stop fighting and let aid through, addressed to the Tigrayan forces"))
U(d, "The Council will hold closed consultations on Ethiopia this afternoon,", "the United Kingdom and the United States.",
  ("Estonia", T, neu, "", "requesting a Council meeting = convening talks; one row per listed state"),
  ("France", T, neu, "", "listed state requesting the meeting"),
  ("Ireland", T, neu, "", "listed state requesting the meeting"),
  ("Norway", T, neu, "", "listed state requesting the meeting"),
  ("United Kingdom", T, neu, "", "listed state requesting the meeting"),
  ("United States", T, neu, "", "listed state requesting the meeting; the Spokesman only relays the schedule (no UN row)"))
# "Martin Griffiths is expected to brief members by video link." = schedule, no row.
U(d, "Ethiopia's Permanent Representative, Taye Atske Selassie, told reporters", "the decision was final.",
  ("Ethiopia", C, neg, "United Nations", "grievance against the staff's conduct + refusal to reconsider"))
U(d, "\"No country hosting an operation of this size would put up with staff who take sides in a war,\"", "Taye said.",
  ("Ethiopia", C, neg, "United Nations", "accusation of partiality, no stock word"))
U(d, "White House press secretary Jen Psaki told reporters on Thursday", "against those responsible.",
  ("United States", C, neg, "Ethiopia", "judgement + threat of sanctions"))
U(d, "Secretary of State Antony Blinken said on Twitter that Addis Ababa should let the seven stay", "humanitarian workers.",
  ("United States", T, neg, "Ethiopia", "demand to reverse the decision, no judgement word, plus backing for UN staff; appeal comes first (rule 2 before 3) (unsure: could be supporting United Nations)"))
U(d, "In Brussels, EU foreign policy chief Josep Borrell said the bloc deplored the expulsions", "situation worse.",
  ("European Union", C, neg, "Ethiopia", "'deplored' = judgement"))
U(d, "Getachew Reda, spokesman for the Tigray People's Liberation Front, said", "starved the region.",
  ("Tigray People's Liberation Front", C, neg, "Ethiopia", "accusation of starving the region"))
U(d, "Russia's deputy ambassador told reporters before the meeting that Moscow saw no need", "settle between them.",
  ("Russia", T, neu, "", "no Council action + leave it to bilateral settlement = appeal for a negotiated course, no judgement (unsure: could be neutral)"))
U(d, "China's mission said the Council should respect Ethiopia's sovereignty", "the African Union's mediation.",
  ("China", T, neu, "", "appeal to respect sovereignty and back mediation = calling_for_talks"))
U(d, "The African Union Commission said its High Representative for the Horn of Africa,", "with all sides.",
  ("African Union", T, neu, "", "continued mediation = calling_for_talks"))
U(d, "Asked about the AU effort at the briefing, Dujarric said the Secretary-General fully backed", "mediation.",
  ("United Nations", S, pos, "African Union", "backing for the AU's mediation = supporting"))
U(d, "Meron Tesfaye, a senior fellow at the Horn Policy Institute in Nairobi, said", "was expected.",
  ("Meron Tesfaye", N, neg, "", "invented analyst; reading of the timing, no explicit judgement"))
U(d, "\"The message to the ones left behind is simple:", "she said.",
  ("Meron Tesfaye", C, neg, "Ethiopia", "sarcastic judgement: the government gags aid workers"))
U(d, "Richard Okwir, a former UN humanitarian coordinator who served in Darfur, said", "if Ethiopia refused.",
  ("Richard Okwir", T, neu, "United Nations", "invented former official (speaks for no body); advice to pursue a diplomatic/legal course = calling_for_talks, addressed to the UN"))
U(d, "\"The Organization has been here before,", "Okwir said.",
  ("Richard Okwir", C, neg, "United Nations", "judgement of the UN's past yielding"))
