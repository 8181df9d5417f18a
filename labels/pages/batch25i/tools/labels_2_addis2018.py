# ------------------------------------------------------------------ IGAD 32nd Extra-Ordinary Summit on South Sudan after the Kiir-Machar meeting (IGAD communique page, 2018-06-22)
d = "page_southsudan_addis2018_igadcommunique.txt"
# Not statements: site header, menu, language bar, breadcrumb, headline, posted line, share bar, photo caption with credit,
# communique title, "The Summit:" lead-in, "Done in Addis Ababa", downloads, related posts, tags, subscribe prompt, footer.
JM = "Joint Monitoring and Evaluation Commission"
# "Addis Ababa, 22 June 2018 (IGAD) - The IGAD Assembly ... held its 32nd Extra-Ordinary Summit ..." = meeting in narration, no row.
# "The Summit followed the face-to-face meeting of 20 June 2018 ..." = meeting in narration, no row.
U(d, "Opening the session, the Chairperson of the Assembly told the delegations", "the ink drying.",
  ("IGAD", C, neg, "", "the Chairperson of the Assembly speaking at its summit = IGAD; judgement without stock words on broken commitments, aimed at the parties -> target empty"))
U(d, "He urged the South Sudanese leaders to treat the meeting", "governance and security.",
  ("IGAD", T, neu, "", "speaker carried over the paragraph break ('He' = the Chairperson); appeal to negotiate"))
U(d, "The Chief of Staff of the Ethiopian Prime Minister, Mr. Fitsum Arega, said", "showed flexibility.",
  ("Ethiopia", T, pos, "", "the host government's office; hope of a settlement = calling_for_talks"))
U(d, "President Salva Kiir Mayardit told the Summit that his Government had come", "to convene them.",
  ("South Sudan", T, pos, "", "commits to continue the talks = calling_for_talks"))
U(d, "The SPLM/A-in-Opposition, in a statement read to journalists", "the basis of a settlement.",
  ("SPLM-IO", C, neg, "South Sudan", "rejection of the proposal in protest, with a judgement ('reward the regime in Juba for the war') = condemning; Juba = the government"))
U(d, "H.E. Omar Hassan Ahmed al-Bashir, President of the Republic of the Sudan, offered", "direct talks.",
  ("Sudan", T, pos, "", "offer to host talks = calling_for_talks"))
U(d, "Kenyan officials said Nairobi stood ready", "governance questions.",
  ("Kenya", T, neu, "", "state given by its adjective ('Kenyan officials' of a named government); offer to host a round"))
U(d, "The Ugandan delegation said Kampala would support", "agreed upon.",
  ("Uganda", S, pos, "IGAD", "backing of the Assembly's course = supporting"))
U(d, "The Interim Chairperson of the Joint Monitoring and Evaluation Commission", "aid convoys.",
  (JM, N, neg, "", "violations reported as findings with no blame assigned and no appeal = neutral, negative"))
U(d, "The African Union Commissioner for Peace and Security, Amb. Smail Chergui, welcomed", "since 2013.",
  ("African Union", T, pos, "", "welcome joined to an appeal for compromise, no judgement = calling_for_talks (rule 2 before 3)"))
U(d, "The Special Representative of the UN Secretary-General and Head of UNMISS", "humanitarian crisis.",
  ("United Nations", T, pos, "", "hope for a permanent ceasefire = calling_for_talks"))
U(d, "In a joint statement issued in Juba on the same day, the Troika countries", "face consequences.",
  ("United States", C, neg, "", "joint statement by a list of three states: one row each; judgement + threat of consequences; aimed at leaders of both sides -> target empty"),
  ("United Kingdom", C, neg, "", "same joint statement"),
  ("Norway", C, neg, "", "same joint statement"))
U(d, "The South Sudan Opposition Alliance (SSOA) protested", "the whole country.",
  ("South Sudan Opposition Alliance", C, neg, "IGAD", "protest at being excluded, with a grievance stated = condemning; the meeting was IGAD's"))
U(d, "Speaking for the women's bloc at the High-Level Revitalization Forum", "every week of delay.",
  ("Nyandeng Malual Akot", N, neg, "", "invented civil society voice; statement of suffering, no appeal in this sentence"))
U(d, "\"We ask the leaders in this room to sign a ceasefire", "she said.",
  ("Nyandeng Malual Akot", T, neg, "", "appeal for a ceasefire and humanitarian access"))
U(d, "Father Emmanuel Lado Tombe, speaking for the faith-based stakeholders, said", "meet again soon.",
  ("Emmanuel Lado Tombe", T, pos, "", "invented faith leader; hope for a new meeting = calling_for_talks"))
# "After the consultations, the Council of Ministers submitted its conclusions ..." = procedure in narration, no row.
U(d, "Welcomes the face-to-face meeting held on 20 June 2018", "for hosting it.",
  ("IGAD", S, pos, "Ethiopia", "communique paragraph, subject 'The Summit' (IGAD); welcome + praise of the host (Abiy as host, Ethiopia)"))
U(d, "Expresses its deep disappointment that the parties have not yet reached agreement", "invested in the Forum.",
  ("IGAD", C, neg, "", "disappointment aimed at the parties' failure = a judgement on both sides -> target empty"))
U(d, "Strongly condemns the continued violations of the Agreement on Cessation of Hostilities", "for their actions.",
  ("IGAD", C, neg, "", "condemnation + holding commanders accountable; no one side named"))
U(d, "Accepts with appreciation the offer of H.E. Omar Hassan Ahmed al-Bashir", "H.E. Uhuru Kenyatta.",
  ("IGAD", T, pos, "", "agrees to further rounds of talks = calling_for_talks (praise of Sudan's offer is secondary)"))
U(d, "Calls upon all the South Sudanese parties to observe the cessation of hostilities", "ready to settle.",
  ("IGAD", T, neu, "", "appeal to all parties"))
U(d, "Reiterates that the Assembly shall take punitive measures", "revitalization process.",
  ("IGAD", C, neg, "", "threat of punitive measures = condemning; no one named"))
U(d, "Directs the IGAD Council of Ministers to report to the Assembly", "within four weeks.",
  ("IGAD", N, neu, "", "procedure"))
U(d, "Notes with grave concern the deteriorating humanitarian situation", "neighbouring Member States.",
  ("IGAD", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Expresses its gratitude to the IGAD Partners Forum, the Troika, the European Union and China", "revitalization process.",
  ("IGAD", S, pos, "", "thanks to several partners = supporting; several targets -> empty"))
U(d, "Decides to keep the situation in South Sudan under close review.", "under close review.",
  ("IGAD", N, neu, "", "procedure"))
