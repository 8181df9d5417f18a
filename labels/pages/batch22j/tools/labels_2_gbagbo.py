# ------------------------------------------------------------------ Capture of Laurent Gbagbo in Abidjan (international wire copy, 2011-04-12)
d = "page_gbagbo_capture_wire.txt"
# never statements: agency menu, headline, byline, bullet summary ("* Ouattara announces proceedings ..."), captions "1 of 5" / "2 of 5", crossheads, reporting credits, Related, Topics, Most read
U(d, "Forces loyal to Alassane Ouattara held Laurent Gbagbo", "act of vengeance.",
  ("Ivory Coast", C, neg, "Ivorian Popular Front", "dateline excluded; long lead mixing narration (the capture) and Ouattara's positions: legal proceedings against his rival's camp = measure against another side, which decides over the appeal for restraint (rule 1); Ouattara = the recognised government = Ivory Coast; Gbagbo's camp = Ivorian Popular Front (unsure: his party stands for his camp)"))
# no row: "The capture of Gbagbo, who refused to cede power ..." (background narration; the UN certification is background)
# no row: "Gbagbo, his wife Simone and several dozen aides were taken to the Golf Hotel ..." (narration)
U(d, "In his televised address, Ouattara said he would set up a truth and reconciliation commission", "rebuild the country together.",
  ("Ivory Coast", T, pos, "", "reconciliation commission + call on all camps = calling_for_talks"))
U(d, "He said every measure had been taken to guarantee the physical safety", "detained with him.",
  ("Ivory Coast", N, pos, "", "pronoun subject = Ouattara; reassurance about own conduct = neutral, positive"))
U(d, "Prime Minister Guillaume Soro, who is also defence minister, gave the remaining militias 48 hours", "treated as a criminal.",
  ("Ivory Coast", C, neg, "", "ultimatum to the militias = condemning (guide); unnamed militias -> target empty"))
U(d, "Government spokesman Patrick Achi rejected reports", "on Monday night.",
  ("Ivory Coast", N, neg, "", "denial = neutral, negative tone"))
U(d, "\"There is no campaign of reprisals.", "by telephone.",
  ("Ivory Coast", N, neg, "", "quote continuing the denial ('he' = Achi); promise to punish its own rogue fighters, no judgement on another actor"))
U(d, "The arrest had been carried out by the Republican Forces alone", "told reporters in New York.",
  ("Ivory Coast", N, neu, "", "attribution tail; Ouattara's UN envoy gives facts about the arrest and conditions of detention"))
# no row: "Gbagbo himself appeared on Ouattara's television channel ..." (narration of his appearance)
U(d, "He asked his fighters to put down their weapons", "could begin.",
  ("Ivorian Popular Front", T, neu, "", "'He' = Gbagbo, speaking as leader of his camp: appeal to lay down arms = calling_for_talks"))
# no row: "His camp abroad took a far harsher line." (summary line before the specific statement)
U(d, "Toussaint Alain, an adviser to Gbagbo based in Paris, said", "humiliation for Africa.",
  ("Ivorian Popular Front", C, neg, "France", "Gbagbo's adviser speaks for his camp; accusation (abduction planned in Paris) = condemning France; Paris = place then metonym"))
U(d, "\"France has decided who governs Ivory Coast.", "Alain told MNA.",
  ("Ivorian Popular Front", C, neg, "France", "three-sentence quote closed by its speaker = one unit; judgement of France"))
U(d, "The French defence ministry dismissed that account", "request of the U.N. mission.",
  ("France", N, neg, "", "denial = neutral, negative tone"))
U(d, "Defence Minister Gerard Longuet told the Senate", "resolution 1975.",
  ("France", N, neu, "", "own strikes reported as done, under a UN mandate, no judgement = neutral (guide)"))
U(d, "Foreign Minister Alain Juppe said France hoped Ouattara would now form a government open", "turned quickly.",
  ("France", T, pos, "Ivory Coast", "hope for an inclusive government and an end to violence = calling_for_talks; addressed to Ouattara"))
U(d, "President Nicolas Sarkozy spoke to Ouattara by telephone", "the Elysee said in a statement.",
  ("France", S, pos, "Ivory Coast", "offer of economic help and salaries = backing by act; attribution tail (the Elysee)"))
U(d, "U.N. Secretary-General Ban Ki-moon welcomed Ouattara's plan", "his spokesman said.",
  ("United Nations", T, neu, "Ivory Coast", "welcome + appeal against reprisals, no judgement = calling_for_talks (rule 2 before 3)"))
U(d, "Alain Le Roy, the U.N. peacekeeping chief, told reporters", "at his own request.",
  ("United Nations", N, neu, "", "facts on the fighting and on Gbagbo's protection"))
U(d, "The U.N. refugee agency said more than 150,000 Ivorians", "were disarmed.",
  ("United Nations", N, neg, "", "UNHCR figures"))
U(d, "Before the final assault, Ban had accused Gbagbo's forces", "against the population.",
  ("United Nations", C, neg, "Ivorian Popular Front", "earlier accusation + ordered strikes against Gbagbo's weapons = condemning; Gbagbo's forces = his camp (unsure)"))
U(d, "In Washington, President Barack Obama welcomed the arrest in a written statement", "protecting civilians.",
  ("United States", S, pos, "", "welcome + thanks to the UN mission and France = supporting; two actors thanked -> target empty; Washington = place"))
U(d, "Obama said all militias must now lay down their arms", "backed his rival.",
  ("United States", T, neu, "", "appeal to disarm and reach out to the other camp = calling_for_talks"))
U(d, "State Department spokesman Mark Toner said Washington would begin lifting", "inner circle.",
  ("United States", S, neu, "Ivory Coast", "lifting restrictions on the state's institutions = backing by act; the sanctions kept on Gbagbo's circle are a continuing measure, not a new one (unsure: could be split)"))
U(d, "The African Union's Peace and Security Council, meeting in Addis Ababa, welcomed", "all detainees.",
  ("African Union", C, neg, "Ivorian Popular Front", "welcome + judgement ('illegal hold on power') = condemning (rule 1), though an appeal follows"))
U(d, "Jean Ping, chairman of the AU Commission, said he hoped", "stay engaged.",
  ("African Union", T, pos, "", "hope for reconciliation = calling_for_talks; Jean Ping speaks for the AU here (his own actor name in the name files is for his later role)"))
U(d, "Nigerian President Goodluck Jonathan, speaking as chairman of the Economic Community", "his spokesman said.",
  ("ECOWAS", S, pos, "Ivory Coast", "a head of state speaking as the chair of ECOWAS speaks for ECOWAS (guide); congratulations + offer of help"))
U(d, "Human Rights Watch said both sides had committed grave crimes", "in recent weeks.",
  ("Human Rights Watch", C, neg, "", "accusation of both sides -> target empty"))
U(d, "Its senior West Africa researcher, Corinne Dufka, said forces loyal to Ouattara", "its own fighters.",
  ("Human Rights Watch", C, neg, "Ivory Coast", "role then name; accusation of executions by Ouattara's forces"))
U(d, "She said Gbagbo and the other detainees must be treated humanely", "lawyers and family.",
  ("Human Rights Watch", T, neu, "Ivory Coast", "demand for humane treatment, no judgement word = calling_for_talks"))
# no row: "Analysts said the arrest removed the biggest obstacle ..." (unnamed analysts)
U(d, "\"Ouattara now owes his office to men with guns", "without losing them.\"",
  ("Helen Oduya", N, neg, "", "quote interrupted by its attribution ('said Helen Oduya ...') = one unit; risks, no judgement"))
U(d, "Oduya said the cocoa sector could restart", "for a long time.",
  ("Helen Oduya", N, neg, "", "scenario and risks"))
U(d, "Jean-Baptiste Aka, a historian at the University of Cocody, said", "facts of the arrest.",
  ("Jean-Baptiste Aka", N, neg, "", "scholar on how the arrest will be remembered; no judgement"))
U(d, "\"Half the country voted for this man.", "Aka said.",
  ("Jean-Baptiste Aka", N, neg, "", "two-sentence quote closed by its speaker; risk"))
U(d, "He said the new authorities had to put Ouattara's own commanders in the dock", "believe in their justice.",
  ("Jean-Baptiste Aka", T, neg, "Ivory Coast", "appeal for even-handed justice, no judgement word = calling_for_talks (unsure: a demand to prosecute could be read as condemning)"))
# no row: the Cocody resident Adjoua (resident quoted by first name only: not an actor here)
