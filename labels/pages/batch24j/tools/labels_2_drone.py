# ------------------------------------------------------------------ The drone blasts at Maduro's parade in Caracas and the arrest of Requesens (Colombian border daily, English edition, scraped, 2018-08-08)
d = "page_caracas_drone_parade2018_latamdaily.txt"
# Not statements: masthead, edition line, menu, search, breadcrumb, headline, standfirst, byline, time stamps, share bar,
# [Photo n/4] captions with credits, ADVERTISEMENT, crossheads, "Related:", tags, newsletter prompt, most read, copyright.
U(d, "Venezuela's intelligence service detained opposition deputy Juan Requesens", "rather than at the attackers.",
  ("Venezuela", C, neg, "Justice First", "long lead: arrest + Maduro's charge against a Justice First deputy; 'the opposition says' = no named speaker, no row"))
# "The devices exploded on Avenida Bolivar ..." = narration, no row.
U(d, "Seven guardsmen were wounded, according to the government.", "according to the government.",
  ("Venezuela", N, neu, "", "casualty figure given by the government"))
U(d, "Interior Minister Néstor Reverol said on Sunday that six suspects", "more than a dozen.",
  ("Venezuela", N, neu, "", "arrests and searches reported as facts, no named culprit"))
U(d, "On Tuesday Maduro said statements by detained suspects pointed to Requesens", "as one of the planners.",
  ("Venezuela", C, neg, "Justice First", "accusation of two Justice First leaders"))
U(d, "\"Those who paid for this and those who planned it will be found", "from the Miraflores palace.",
  ("Venezuela", C, neg, "", "threat to unnamed planners -> target empty"))
U(d, "He said Venezuela would ask the government of President Iván Duque", "lives in the Colombian capital.",
  ("Venezuela", C, neg, "Justice First", "announced extradition request against Borges (Justice First leader) = a measure"))
U(d, "Colombia's presidency said on Saturday that the accusation", "no basis whatsoever.",
  ("Colombia", N, neg, "", "bare denial = neutral, negative tone"))
U(d, "Santos himself, speaking in Bogotá on Monday, dismissed the charge", "at a family event.",
  ("Colombia", N, neg, "", "outgoing president (in office until 7 August) dismisses the charge: denial"))
U(d, "Colombia's new Foreign Minister, Carlos Holmes Trujillo, said on Wednesday", "Venezuela's internal crisis.",
  ("Colombia", C, neg, "Venezuela", "procedure + refusal to be made 'the scapegoat' = judgement of Caracas (rule 1)"))
U(d, "In Washington, National Security Adviser John Bolton said the U.S. government", "arranged the incident itself.",
  ("United States", C, neg, "Venezuela", "denial + insinuation that Caracas staged it = judgement (unsure: the denial part alone would be neutral)"))
U(d, "Justice First said in a statement that Requesens had been taken", "parliamentary immunity.",
  ("Justice First", C, neg, "Venezuela", "'abduction', 'trampling' = judgement of the government"))
U(d, "\"They need culprits with names the country recognises", "from Bogotá.",
  ("Justice First", C, neg, "Venezuela", "Borges = leader of Justice First, speaking for the party; judgement without stock words"))
U(d, "The pro-government Constituent Assembly voted on Wednesday", "clearing the way for a trial.",
  ("Venezuela", C, neg, "Justice First", "measure against two opposition lawmakers, reported as done; the assembly is a state body"))
U(d, "A little-known group calling itself the National Movement of Soldiers in T-shirts", "could not be verified.",
  ("National Movement of Soldiers in T-shirts", C, neg, "Venezuela", "claim of the attack + 'a government that starves its people' = judgement; group declared in new_actors.csv"))
U(d, "Cuba's government said in a statement that it denounced the attempt", "government and people.",
  ("Cuba", C, neg, "", "denounces the attack (no culprit named) + solidarity with Caracas: rule 1"))
U(d, "Bolivian President Evo Morales laid the blame on Washington", "by any means.",
  ("Bolivia", C, neg, "United States", "head of state = Bolivia; blame"))
U(d, "Russia's foreign ministry said Venezuelans should sort out their quarrels", "unacceptable.",
  ("Russia", C, neg, "", "appeal + 'unacceptable' aimed at violent attempts (the attackers' act): rule 1; no named actor -> target empty (unsure: could be calling_for_talks)"))
U(d, "Turkish President Tayyip Erdoğan telephoned Maduro on Sunday", "communications ministry.",
  ("Turkey", S, pos, "Venezuela", "call of solidarity (act); the Venezuelan ministry only reports it"))
U(d, "China's foreign ministry spokesman Lu Kang said Beijing supported", "internal affairs.",
  ("China", S, pos, "Venezuela", "support for the government; 'opposed to any interference' aimed at no one is no judgement"))
U(d, "Nicaragua's government said it would send a delegation to Caracas", "as a sign of support.",
  ("Nicaragua", S, pos, "Venezuela", "backing by act (announced delegation)"))
U(d, "The European Union said it was following the situation with concern", "its foreign affairs spokeswoman said.",
  ("European Union", T, neg, "Venezuela", "concern + appeal to respect due process, no judgement word -> calling_for_talks (one side addressed)"))
U(d, "Chile's foreign ministry said it had noted with concern the detention", "from the National Assembly.",
  ("Chile", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "A spokesman for U.N. Secretary-General António Guterres said the U.N. was relieved", "through dialogue.",
  ("United Nations", T, pos, "", "relief (welcome) joined to an appeal against violence and for dialogue: rule 2"))
U(d, "Venezuela's Foreign Minister Jorge Arreaza rejected the criticism", "the rights of its suspects.",
  ("Venezuela", C, neg, "", "'no standing to lecture' = judgement of two actors (Chile, EU) -> target empty"))
U(d, "Gustavo Rengifo, who teaches international relations", "an exodus across the border.",
  ("Gustavo Rengifo", N, neg, "", "invented scholar; assessment of timing, no explicit judgement"))
U(d, "\"Whatever happened on that avenue, the government is using it", "Rengifo said.",
  ("Gustavo Rengifo", C, neg, "Venezuela", "judgement: the government exploits the incident to jail opponents"))
U(d, "He said the greater danger for the border was", "a working channel.",
  ("Gustavo Rengifo", N, neg, "", "risk assessment"))
U(d, "\"Duque and Maduro do not have to like each other", "he said.",
  ("Gustavo Rengifo", T, neu, "", "appeal for a channel between ministries"))
U(d, "Marbelis Ortega, who lives on the fourth floor", "with smoke.",
  ("Marbelis Ortega", N, neg, "", "invented witness; what she saw"))
U(d, "\"We thought it was a gas tank,\" she said.", "she said.",
  ("Marbelis Ortega", N, neu, "", "witness narration"))
# "\"Then the guardsmen came up with rifles ...\"" = continued witness narration, no row (no position).
