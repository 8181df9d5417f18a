# ------------------------------------------------------------------ The Sasna Tsrer seizure of the Erebuni police compound, Yerevan (Caucasus news site, 2016-07-22)
d = "page_erebuni_police_siege_2016_caucasussite.txt"
# Not statements: site name, menu, section path, time stamp, headline, standfirst, author, views/comments, [PHOTO n of 5] captions,
# ADVERTISEMENT, crossheads in capitals, RELATED:, tags, follow prompt, most read, copyright.
U(d, "President Serzh Sargsyan on Friday broke his silence", "give themselves up.",
  ("Armenia", T, neg, "Sasna Tsrer", "dateline excluded; demand to free the hostages and surrender, no judgement word in the sentence = calling_for_talks, negative (labels/README)"))
U(d, "\"Whoever thinks a rifle and a few hostages can dictate", "in a televised address.",
  ("Armenia", C, neg, "Sasna Tsrer", "judgement + refusal to bargain"))
U(d, "He said the authorities had so far chosen patience", "mistaken for weakness.",
  ("Armenia", C, neg, "Sasna Tsrer", "veiled threat of force"))
# "The group, which calls itself Sasna Tsrer ..., stormed ..." and "It is holding four police officers ..." = narration, no row.
U(d, "The gunmen demand the release of Jirair Sefilian", "resignation of the president.",
  ("Sasna Tsrer", C, neg, "Armenia", "demands backed by arms incl. the president's resignation = hostile position (unsure: could be neutral, as a statement of demands)"))
U(d, "The National Security Service said in a statement on Friday that it had allowed", "around the clock.",
  ("Armenia", N, neu, "", "NSS = Armenia; facts and procedure"))
U(d, "In a second statement, the NSS said the door to a peaceful surrender", "anyone else was hurt.",
  ("Armenia", T, neg, "Sasna Tsrer", "appeal for a peaceful end and release, no judgement"))
U(d, "The police said 51 people had been injured", "marched on the compound.",
  ("Armenia", N, neu, "", "figures given by the police"))
U(d, "A police spokesman said officers had acted in line with the law", "stones and bottles.",
  ("Armenia", N, neg, "", "denial of wrongdoing; blame aimed at 'protesters' (not an actor) = neutral, negative"))
U(d, "Varuzhan Avetisyan, who speaks for the gunmen by telephone, said", "brought to the compound.",
  ("Sasna Tsrer", C, neg, "Armenia", "refusal to surrender under arms = continued threat (unsure: could be neutral)"))
U(d, "\"The regime left the people no other way to be heard", "Avetisyan said.",
  ("Sasna Tsrer", C, neg, "Armenia", "judgement of the government"))
U(d, "He denied that the group had fired on the police on Wednesday", "on the rooftops.",
  ("Sasna Tsrer", C, neg, "Armenia", "denial + counter-accusation (police snipers): the accusation decides"))
U(d, "The Founding Parliament movement said in a statement that its members stood with", "in Liberty Square.",
  ("Founding Parliament", S, pos, "Sasna Tsrer", "solidarity with the gunmen + call to rally; movement declared in new_actors.csv"))
U(d, "The Armenian Revolutionary Federation, a partner in the ruling coalition, said", "was a crime.",
  ("Armenian Revolutionary Federation", C, neg, "Sasna Tsrer", "party (parties.csv); 'a crime' = judgement"))
U(d, "Human rights ombudsman Arman Tatoyan said his staff had visited", "beatings in custody.",
  ("Armenia", N, neg, "", "ombudsman = state institution; complaints recorded, no judgement of his own (unsure)"))
U(d, "Tatoyan said he had asked the prosecutor general to check every complaint.", "every complaint.",
  ("Armenia", N, neu, "", "procedure"))
U(d, "Amnesty International accused the police of using disproportionate force", "filming the clashes.",
  ("Amnesty International", C, neg, "Armenia", "accusation of excessive force"))
U(d, "The U.S. Embassy in Yerevan said it was following events closely", "within the law.",
  ("United States", T, neu, "", "monitoring + appeal to all sides"))
U(d, "The embassy also asked the authorities to respect the right", "assemble peacefully.",
  ("United States", T, neu, "Armenia", "appeal to the authorities, no judgement"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova told a briefing", "Armenian law.",
  ("Russia", T, pos, "", "hope for a quick lawful settlement = calling_for_talks"))
U(d, "The European Union's delegation in Yerevan said violence was unacceptable whoever used it", "hostages' lives.",
  ("European Union", T, neg, "", "'unacceptable' aimed at no one in particular ('whoever used it') + appeal = calling_for_talks (like 'opposes any escalation')"))
U(d, "In Baku, Foreign Ministry spokesman Hikmet Hajiyev said", "turning against it.",
  ("Azerbaijan", C, neg, "Armenia", "judgement of the Armenian leadership"))
U(d, "Anahit Voskanyan, an analyst at the Yerevan-based Caucasus Policy Lab, said", "different answers.",
  ("Anahit Voskanyan", N, neu, "", "invented analyst; assessment"))
U(d, "\"The gunmen killed a police officer and must face justice", "Voskanyan said.",
  ("Anahit Voskanyan", C, neg, "", "judgement of the gunmen and of the police's handling; two targets -> empty"))
U(d, "She urged the authorities to open a dialogue", "before the weekend.",
  ("Anahit Voskanyan", T, neu, "Armenia", "appeal for dialogue"))
U(d, "Gevorg Sahakyan, who lives in a block of flats opposite the compound, said", "for a week.",
  ("Gevorg Sahakyan", N, neg, "", "invented named resident (person); description"))
U(d, "\"At night we hear shooting and loudspeakers", "he said.",
  ("Gevorg Sahakyan", N, neg, "", "witness description, no judgement"))
