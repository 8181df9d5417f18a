# ------------------------------------------------------------------ Rebel assault on N'Djamena, Chad (UN readout, 2008-02-06)
d = "page_ndjamena_unreadout.txt"
TD, SD, UFDD = "Chad", "Sudan", "Union of Forces for Democracy and Development"
# No rows: site menu, document symbols, meeting line, headline and sub-headline, photo line, crossheads ("Letter from Chad",
# "France", "SECRETARY-GENERAL", ...), separators, the document note in brackets, "For information media. Not an official
# record.", "Related:", subscription line, footer.
U(d, "The Security Council this afternoon condemned in the firmest terms", "within the rules of the Charter.",
  ("United Nations", C, neg, "", "Security Council = United Nations; condemnation of the armed groups' offensive + opening the way for support to the government (rule 1); groups not named -> target empty"))
U(d, "Through a statement read out by its President for February", "sheltered in eastern Chad.",
  ("United Nations", N, neg, "", "deep concern without an appeal = neutral, negative; the Council president reads for the Council"))
U(d, "It urged all States of the region to respect the frontier they share", "international humanitarian law.",
  ("United Nations", T, neu, "", "'It' = the Council; appeal to all states and parties"))
# "The statement was agreed after consultations ..." : procedure narrated by the page, the four requesting states take no
# position in the sentence: no row.
U(d, "In a letter dated 3 February, the Permanent Representative of Chad asked", "chosen at the ballot box.",
  (TD, C, neg, "", "request for assistance + 'an aggression directed from abroad' = judgement (asking for aid alone would not be supporting); no state named -> target empty"))
U(d, "Speaking to reporters in N'Djamena, Chad's Minister for Foreign Affairs, Ahmad Allam-Mi, accused Khartoum", "reached the capital.",
  (TD, C, neg, SD, "accusation; Khartoum = metonym for Sudan; N'Djamena = place here"))
U(d, "Following the meeting, the representative of France, Jean-Maurice Ripert, welcomed", "repel the assault.",
  ("France", S, pos, TD, "welcome of the Council's action + backing of the government = supporting"))
U(d, "He said that the 1,450 French troops stationed in Chad", "answer Chad's request.",
  ("France", N, neu, "", "pronoun subject; own troops' tasks and the procedural effect of the statement"))
U(d, "In Bucharest, the President of France, Nicolas Sarkozy, warned", "changed by armed columns.",
  ("France", C, neg, "", "veiled threat ('would do its duty') + refusal to accept a change by force; Bucharest = place, Paris = metonym; rebels not named as a group -> target empty"))
U(d, "Secretary-General Ban Ki-moon condemned the attack on the capital", "at the noon briefing.",
  ("United Nations", C, neg, "", "condemnation + distress; attribution tail via the Spokesperson"))
U(d, "The Secretary-General called on the armed groups to stop fighting at once", "reach those in need.",
  ("United Nations", T, neg, "", "demand to stop + protection of civilians, no judgement word = calling_for_talks"))
U(d, "The Spokesperson said that most of the Organization's international staff", "a precautionary step.",
  ("United Nations", N, neu, "", "own measures (staff relocation); Yaoundé and Libreville are places"))
U(d, "The Office of the United Nations High Commissioner for Refugees (UNHCR) said", "plastic sheeting and blankets.",
  ("UNHCR", S, neu, "", "refugee figures + aid being provided = supporting (aid), target empty (the refugees)"))
# "Asked whether the Secretary-General had spoken to President Déby ..." : a non-answer, no row.
U(d, "The African Union, whose Heads of State were meeting in Addis Ababa", "force of arms.",
  ("African Union", C, neg, "", "condemnation + refusal to recognise a government by force (a stated response); Addis Ababa = place"))
U(d, "The summit mandated the Libyan leader, Muammar Qadhafi,", "the armed groups.",
  ("African Union", T, neu, "", "mediation mandate for a ceasefire and talks = calling_for_talks; the two mediators are objects, no Libya/Congo rows"))
U(d, "The Government of the Sudan rejected Chad's accusations as baseless", "Chadian internal conflict.",
  (SD, N, neg, "", "denial ('baseless') = neutral, negative"))
U(d, "Khartoum, for its part, accused N'Djamena of backing", "the Chadian army.",
  (SD, C, neg, TD, "counter-accusation; Khartoum and N'Djamena both metonyms (subject and object)"))
U(d, "A spokesman for the Justice and Equality Movement denied", "defence of the capital.",
  ("Justice and Equality Movement", N, neg, "", "Darfur rebel movement under its own name (name files); denial"))
U(d, "The Union of Forces for Democracy and Development (UFDD), the largest of the rebel groups", "step down.",
  (UFDD, C, neg, TD, "withdrawal explained + 'would be back' (threat) + demand that the president step down = condemning"))
U(d, "The UFDD's spokesman later said the movement was ready to accept a ceasefire", "did the same.",
  (UFDD, T, neu, "", "conditional acceptance of a ceasefire = calling_for_talks (unnamed spokesman of a named group)"))
U(d, "Chad's Prime Minister, Delwa Kassiré Koumakoye, said the army had driven the rebels", "all of N'Djamena.",
  (TD, N, neu, "", "own operation reported as done (pursuit, control), no judgement"))
U(d, "President Déby, appearing in public for the first time since the attack", "hunted down.",
  (TD, C, neg, "", "clemency for the misled + threat against the 'mercenaries' and a jab at Khartoum: the threat decides; two targets -> empty"))
U(d, "The European Union's High Representative for the Common Foreign and Security Policy, Javier Solana", "as planned.",
  ("European Union", N, neu, "", "EUFOR deployment paused then to proceed = plan/procedure"))
U(d, "The Slovenian Presidency of the European Union condemned the attempt", "end to the fighting.",
  ("European Union", C, neg, "", "Council presidency speaking for the EU; condemnation + call to stop (rule 1)"))
# "At a Headquarters press conference organized by ... two researchers briefed correspondents on the crisis." : lead-in, no row.
U(d, "Anne-Laure Mbaye, of the Geneva-based Sahel-Sahara Research Network, said the fighting", "remained in power.",
  ("Anne-Laure Mbaye", N, neg, "", "independent researcher (invented); reading of interests of both capitals, no judgement"))
U(d, "She said that if the rebels regrouped along the border", "a stabilization mission.",
  ("Anne-Laure Mbaye", N, neg, "", "scenario of what may happen next"))
U(d, "Thomas Okello, a former United Nations political officer in Darfur, said", "was shut out.",
  ("Thomas Okello", C, neg, "", "former official under his own name; judgement ('for too long', 'looked away') of the international community's approach; Chad's government and opposition are objects -> target empty"))
U(d, "He urged the African Union mediators to bring the unarmed opposition parties", "alongside the armed groups.",
  ("Thomas Okello", T, neu, "African Union", "appeal for inclusive talks addressed to the AU mediators"))
U(d, "Asked about the humanitarian outlook, Ms. Mbaye said the refugee camps", "within months.",
  ("Anne-Laure Mbaye", N, neg, "", "facts and outlook, no appeal"))
