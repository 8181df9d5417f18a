# ------------------------------------------------------------------ Killing of Paraguayan prosecutor Marcelo Pecci on Barú island, Colombia (international wire copy, 2022-05-11)
d = "page_paraguay_pecci_baru2022_wire.txt"
# Not statements: site menu, section, UPDATE headline, byline, read time, time stamp, summary bullets, crossheads,
# ADVERTISEMENT, reporting credits, Related Coverage, Our Standards, tags, most read.
U(d, "Paraguayan President Mario Abdo Benítez said on Wednesday that the men who killed", "wherever they were hiding.",
  ("Paraguay", C, neg, "", "dateline excluded; reported clause: 'struck at the Paraguayan state itself' + pledge to find whoever paid = judgement + threatened response; perpetrators unknown -> target empty"))
# "Marcelo Pecci, 45, was shot twice ..." = narration, no row.
U(d, "Aguilera told a Colombian radio station that two men had pulled up", "before the trip.",
  ("Claudia Aguilera", N, neu, "", "the widow (real person, independent) gives facts of the attack: neutral"))
# "A security guard who ran toward the gunmen ..." = narration with no source, no row.
# "Pecci led some of Paraguay's largest cases ..." = background, no row.
U(d, "\"Whoever ordered this thought two bullets on a beach", "late on Tuesday.",
  ("Paraguay", C, neg, "", "multi-sentence quote closed by its speaker; 'They were wrong, and they will answer for it' = judgement + threat; no named culprit"))
U(d, "\"No investigation will be shelved, no prosecutor will be left alone.\"", "left alone.\"",
  ("Paraguay", N, pos, "", "quote carried into the next paragraph with no attribution = same speaker (Abdo Benítez); reassurance about own conduct = neutral"))
U(d, "He said later, in remarks carried by the presidency's press office", "behind the attack.",
  ("Paraguay", N, neu, "", "attribution through the press office; plans and a request for help (asking for aid is not supporting) = neutral"))
U(d, "Attorney General Sandra Quiñónez, who lost one of her closest collaborators", "Paraguayan courtrooms.",
  ("Paraguay", C, neg, "", "attorney general = Paraguay; 'signature of a transnational criminal network that tried to buy or frighten its way out' = judgement without stock words; network not canonical -> target empty"))
U(d, "The Paraguayan interior ministry denied local reports", "ever reached it.",
  ("Paraguay", N, neg, "", "ministry given by its state's adjective; denial = neutral, negative tone"))
U(d, "Police commander Gilberto Fleitas said one hypothesis", "left the country.",
  ("Paraguay", N, neu, "", "investigative hypothesis = facts/procedure"))
U(d, "Colombia's national police director, General Jorge Luis Vargas, said five homicide investigators", "sent from Asuncion.",
  ("Colombia", N, neu, "", "police = state; procedure"))
U(d, "Vargas later published a sketch of one suspect", "leading to the attackers.",
  ("Colombia", N, neu, "", "surname only; reward for information = procedure, not aimed at a canonical actor"))
U(d, "According to a statement from the Colombian defence ministry", "has been ruled out.",
  ("Colombia", N, neu, "", "'according to a statement from' + adjective ministry; lines of inquiry = procedure"))
# "Colombian President Iván Duque and Abdo Benítez spoke by telephone on Wednesday morning." = a call narrated, no row (README: a meeting listed in narrative).
U(d, "Duque called the shooting a vile crime against a servant of justice", "at Paraguay's disposal.",
  ("Colombia", C, neg, "", "'vile crime' = judgement; the offer of forces is secondary (rule 1); no named culprit -> target empty"))
U(d, "Vice President and Foreign Minister Marta Lucía Ramírez sent Colombia's condolences", "faced a judge.",
  ("Colombia", S, pos, "Paraguay", "condolences + pledge to work side by side = solidarity with Paraguay"))
U(d, "Paraguay's ambassador in Bogota, Sophia López, said the body would stay", "forensic examination.",
  ("Paraguay", N, neu, "", "ambassador = Paraguay; facts"))
U(d, "The trip, she added, had been a private one.", "a private one.",
  ("Paraguay", N, neu, "", "second sentence of the same paragraph, pronoun 'she' = the ambassador; fact"))
U(d, "The Paraguayan foreign ministry welcomed the speed of the Colombian response", "become one.\"",
  ("Paraguay", T, neu, "Colombia", "welcome + appeal for close coordination, no judgement: rule 2 before rule 3 (welcome joined to an appeal)"))
U(d, "Washington condemned the killing, with Assistant Secretary of State", "doing their jobs.",
  ("United States", C, neg, "", "Washington = United States; condemnation + solidarity: rule 1; killers unnamed -> target empty"))
U(d, "U.S. Ambassador to Paraguay Marc Ostfield said the embassy had offered the help", "stepped up further.",
  ("United States", S, pos, "", "backing by act: offer of investigators to both countries (two beneficiaries -> target empty)"))
U(d, "The governments of Argentina, Uruguay and Brazil sent condolences to Asuncion", "in South America.",
  ("Argentina", C, neg, "", "list of three states; Argentina 'went further' with a judgement of the attack: rule 1"),
  ("Uruguay", S, pos, "Paraguay", "same sentence; condolences to Asuncion = solidarity"),
  ("Brazil", S, pos, "Paraguay", "same sentence; condolences to Asuncion = solidarity"))
U(d, "OAS Secretary General Luis Almagro denounced what he called an execution", "in the hemisphere.",
  ("Organization of American States", C, neg, "", "'denounced' + appeal against impunity: rule 1"))
U(d, "The European Union delegation in Asuncion said it was deeply shocked", "investigation closely.",
  ("European Union", N, neg, "", "shock + monitoring with no appeal = neutral (concern without an appeal)"))
U(d, "A spokesperson for the U.N. Office on Drugs and Crime called on governments", "work demands.",
  ("United Nations", T, neu, "", "UNODC = United Nations; appeal for protection, no judgement"))
# "Pecci's killing is the most prominent attack ..." = the outlet's narration, no row.
U(d, "\"The message is that no prosecutor is out of reach", "in Asuncion.",
  ("Rocío Arzamendia", N, neg, "", "invented analyst, named after the quote; reading of the attack's message, no judgement of an actor"))
U(d, "Arzamendia said successive governments had left anti-drug prosecutors", "little else.",
  ("Rocío Arzamendia", C, neg, "Paraguay", "reported clause: only the analyst's position counts; judgement of Paraguayan governments without stock words"))
U(d, "Hernán Villamizar, a security scholar at a university in Bogota", "to name any group.",
  ("Hernán Villamizar", N, neu, "", "invented scholar; comparison + caution = analysis"))
U(d, "He urged Asuncion, Bogota and Brasilia to set up a permanent channel", "added to the list.\"",
  ("Hernán Villamizar", T, neu, "", "appeal for cooperation between three governments (diplomatic course), no judgement"))
