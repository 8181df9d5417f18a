# ------------------------------------------------------------------ Nitzana border shooting by an Egyptian policeman (embassy news page, several items, 2023-06-03 to 06-07)
d = "page_israel_egypt_nitzana_shooting2023_embassynews.txt"
# Not statements: embassy name lines, menu, breadcrumb, item date/title lines (headlines), separators, consular notice, paging, follow line, copyright.
# "The Embassy held an online roundtable on Wednesday ..." = event narrated, no row.
U(d, "Professor Dalia Mizrahi of the Negev Institute for Regional Studies told participants", "any single incident on the fence.",
  ("Dalia Mizrahi", N, pos, "", "invented scholar; assessment of army-to-army coordination = analysis, neutral"))
U(d, "Mizrahi urged both governments to consider joint patrols", "approaching them at night.",
  ("Dalia Mizrahi", T, neu, "", "surname only; appeal to both governments for joint security steps = calling_for_talks"))
U(d, "The Cairo-based columnist Hesham Fawzy said some Egyptians on social media", "shocked by the deaths.",
  ("Hesham Fawzy", N, neg, "", "invented columnist; describes opinion = neutral"))
U(d, "\"Calling anyone who shoots soldiers at their post a hero", "Fawzy said.",
  ("Hesham Fawzy", C, neg, "", "judgement on those glorifying the policeman (not a canonical actor) -> target empty"))
U(d, "The Chief of the General Staff, Lieutenant General Herzi Halevi, said the initial findings showed", "as a terrorist attack.",
  ("Israel", C, neg, "", "planned attack + classification as terrorism = accusation of the assailant (no canonical target; Egypt not blamed)"))
U(d, "Halevi said the army would study every failure", "any mistake that was found.",
  ("Israel", N, neu, "", "own inquiry and accountability = plans/procedure"))
U(d, "The Embassy is grateful for the message of the United States Department of State", "in touch with both governments.",
  ("Israel", S, pos, "United States", "the Embassy (= Israel) thanks the US"),
  ("United States", S, neg, "Israel", "reported: condolences to the families = supporting; contacts with both governments are narration within it"))
U(d, "The Delegation of the European Union to Israel also sent its sympathy", "bereaved families.",
  ("European Union", S, neg, "Israel", "condolences = supporting, grief"))
U(d, "Ambassador Amira Oron thanked the Egyptian authorities", "with the Embassy since Saturday.",
  ("Israel", S, pos, "Egypt", "thanks for cooperation = supporting"))
U(d, "The Ambassador said she hoped the inquiry would help ensure", "calm for more than a decade.",
  ("Israel", T, pos, "", "'the Ambassador'; hope that no such incident recurs = calling_for_talks (hope for calm)"))
U(d, "She rejected speculation on social media that Israel would use the incident", "no truth in it.",
  ("Israel", N, neg, "", "denial = neutral, negative tone"))
U(d, "Opening the weekly cabinet meeting, Prime Minister Benjamin Netanyahu said Israel had told Cairo plainly", "by the joint investigation.",
  ("Israel", T, neg, "Egypt", "demand for a full joint inquiry, no judgement = calling_for_talks (README: demands for an inquiry)"))
U(d, "The Prime Minister described Egypt as a partner", "that work would go on.",
  ("Israel", S, pos, "Egypt", "praise of Egypt as a security partner = supporting"))
U(d, "He said Israel would also examine its own deployment", "learn every lesson from Saturday.",
  ("Israel", N, neu, "", "own review = plans"))
U(d, "The Egyptian military spokesman said on Saturday that a member of the security forces", "three Israeli soldiers were killed.",
  ("Egypt", N, neu, "", "Egypt's own account (chase of smugglers) = facts, no judgement"))
U(d, "The spokesman added that the Egyptian side was working with the Israeli side", "how the incident had unfolded.",
  ("Egypt", N, neu, "", "'the Egyptian side' (state-media voice); joint fact-finding = procedure (unsure: could be calling_for_talks)"))
U(d, "Defence Minister Yoav Gallant spoke on Saturday evening with Egypt's Minister of Defence", "any repeat of the incident along the border.",
  ("Israel", T, neu, "Egypt", "agreement to cooperate to prevent repeats = calling_for_talks"),
  ("Egypt", T, neu, "Israel", "the agreement is the Egyptian minister's too"))
U(d, "Minister Gallant thanked General Zaki for the speed", "its part of the inquiry in motion.",
  ("Israel", S, pos, "Egypt", "thanks = supporting"))
U(d, "General Zaki, according to the Israeli readout, extended his sympathy", "all those who had died.",
  ("Egypt", S, neg, "", "second-hand (Israeli readout); condolences to the families of the dead on both sides -> target empty"))
U(d, "The Embassy of Israel in Egypt shares the grief of the families", "near the Nitzana crossing.",
  ("Israel", N, neg, "", "mourning its own soldiers: grief, no stance towards another actor = neutral, negative"))
U(d, "According to the Israel Defense Forces, two of the soldiers were shot", "was also killed.",
  ("Israel", N, neg, "", "the IDF's account of the incident and casualties = neutral"))
U(d, "The IDF said the shooting came hours after troops had foiled", "in the same sector.",
  ("Israel", N, neu, "", "facts"))
U(d, "The Embassy is in close contact with the Egyptian authorities", "cooperate fully in the investigation.",
  ("Israel", N, neu, "", "contacts = procedure"),
  ("Egypt", T, neu, "Israel", "second-hand: readiness to cooperate in the joint inquiry = calling_for_talks (unsure: could be neutral)"))
