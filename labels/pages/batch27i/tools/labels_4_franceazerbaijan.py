# ------------------------------------------------------------------ Azerbaijan and France expel each other's embassy staff (radio interview transcript, 2023-12-28)
d = "page_france_azerbaijan_expulsions2023_radiointerview.txt"
# Not statements: station name, menu, programme title, date, audio bar, transcript title and disclaimer, speaker labels alone,
# the host's questions and links ("Good evening and welcome ...", "what is really going on here?", "thank you both"),
# Related episodes, share/subscribe line, copyright.
# "Relations between France and Azerbaijan have hit a new low this week." = host's narration, no row.
U(d, "On Tuesday, Azerbaijan's Foreign Ministry summoned the French ambassador in Baku", "48 hours to leave the country.",
  ("Azerbaijan", C, neg, "France", "host reports the ministry's act: summons + protest + expulsion = measure against another side"))
# "Paris answered the next day." = host's link, no row.
U(d, "The French Foreign Ministry said it had declared two staff members of the Azerbaijani embassy", "as groundless.",
  ("France", C, neg, "Azerbaijan", "reciprocal expulsion + rejection of the accusations: the expulsion decides (a denial alone would be neutral)"))
U(d, "All of this comes three weeks after Azerbaijan's State Security Service announced the arrest", "whom it accuses of spying.",
  ("Azerbaijan", C, neg, "", "state agency's arrest + espionage charge against a person (the person is not an actor) -> target empty (unsure: France is implied)"))
U(d, "The Quai d'Orsay has said only that it is following the case", "receiving consular protection.",
  ("France", N, neu, "", "metonym for the French foreign ministry; following a case + consular protection = procedural"))
# "With me to talk about it are ..." = host introduces guests, no row.
U(d, "Well, nobody in Baku has said publicly what these two people supposedly did", "tells you a great deal.",
  ("Camille Roussel", C, neg, "Azerbaijan", "invented analyst; 'supposedly' + 'tells you a great deal' = doubt cast on Baku's charge, a judgement without a stock word (unsure: could be neutral)"))
U(d, "In my view this is a political message dressed up as a security matter.", "dressed up as a security matter.",
  ("Camille Roussel", C, neg, "Azerbaijan", "judgement of the expulsion as pretextual"))
U(d, "Azerbaijan wants to punish France for the position it took on Karabakh", "with Yerevan in October.",
  ("Camille Roussel", N, neu, "", "analysis of motives, no evaluation (the judgement is in the previous sentence)"))
# Host: "President Aliyev has been very explicit about that, hasn't he?" = host's question, no row. "Very explicit." = fragment, no row.
U(d, "Last month he accused Paris of arming Armenia", "was going to be in the room.",
  ("Azerbaijan", C, neg, "France", "Aliyev's accusation and his refusal of the Granada meeting in protest of Macron's presence, reported by the guest = Azerbaijan's positions"))
U(d, "So the expulsions are the latest chapter in a campaign that has been building for months", "the minimum Paris could do.",
  ("Camille Roussel", C, neg, "Azerbaijan", "'a campaign' against France = judgement of Baku's conduct"))
U(d, "Frankly, it was the right response: measured, reciprocal, and no more than that.", "no more than that.",
  ("Camille Roussel", S, pos, "France", "approval of France's response"))
U(d, "The mood here is that France stopped being a neutral party a long time ago.", "a long time ago.",
  ("Rauf Mammadli", N, neu, "", "invented commentator describes public mood, not his own position"))
U(d, "You have to remember that France co-chaired the Minsk Group", "produced nothing.",
  ("Rauf Mammadli", N, neu, "", "background + what 'many people' feel (unnamed), no own judgement"))
U(d, "The government's line, repeated on state television every evening this week", "nothing to do with diplomacy.",
  ("Azerbaijan", C, neg, "France", "the government's line relayed by the commentator ('state television' = outlet, not actor): interference charge"))
# Host: "But is there any evidence for that?" = question, no row.
U(d, "Publicly, no, and I would say that is a weakness.", "is a weakness.",
  ("Rauf Mammadli", N, neg, "", "'a weakness' of the case: mild critique, no actor judged directly (unsure: could be condemning Azerbaijan)"))
U(d, "If the authorities have proof, they should show it", "presidential election in February.",
  ("Rauf Mammadli", C, neg, "Azerbaijan", "demand for proof + suggestion the cases are used for domestic politics = judgement of his own government"))
U(d, "Certainly. A confrontation with France plays well at home.", "plays well at home.",
  ("Camille Roussel", N, neu, "", "analysis; 'Certainly.' kept inside as an answer fragment (unsure about the unit start)"))
U(d, "Baku also wants to show the rest of the European Union that it can pick", "which Europeans it talks to.",
  ("Camille Roussel", N, neu, "", "reading of Baku's aims, no evaluation"))
# Host: "And the European Union itself has been rather quiet." = host's remark, no row.
U(d, "The EU's foreign affairs spokesman, Peter Stano, said on Wednesday", "towards a peace treaty.",
  ("European Union", T, neu, "", "no comment on bilateral steps + appeal to Armenia and Azerbaijan to keep working towards a treaty = calling_for_talks; two addressees -> target empty"))
U(d, "Yerevan has good reasons to stay silent.", "to stay silent.",
  ("Rauf Mammadli", N, neu, "", "analysis"))
U(d, "Both Armenia and Azerbaijan said earlier this month, in their joint statement on prisoners", "a quarrel between Baku and Paris.",
  ("Armenia", T, pos, "", "joint statement by two states relayed: wish to sign a peace treaty = calling_for_talks (one row per listed state)"),
  ("Azerbaijan", T, pos, "", "same joint statement, second state"),
  ("Rauf Mammadli", N, neu, "", "his reading of Pashinyan's interest, no position"))
U(d, "The State Security Service says he was collecting information for the French intelligence services", "beyond his nationality.",
  ("Azerbaijan", C, neg, "France", "espionage charge naming France's services, relayed by the guest"),
  ("France", N, neu, "", "French officials decline to confirm = neutral"))
U(d, "I'm very worried for him, because spy cases in Azerbaijan are tried behind closed doors", "they can last years.",
  ("Camille Roussel", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "I hope that, despite the expulsions, the two governments keep a discreet channel open", "for his case.",
  ("Camille Roussel", T, pos, "", "hope for a channel between both = calling_for_talks"))
U(d, "Neither side can afford a full break.", "afford a full break.",
  ("Rauf Mammadli", N, neu, "", "assessment of interests, no appeal"))
U(d, "What I would urge, honestly, is that both foreign ministers stop talking through press releases", "pick up the phone.",
  ("Rauf Mammadli", T, neu, "", "appeal for direct contact = calling_for_talks"))
U(d, "I'd say that France should not let itself be dragged into an escalation of expulsions", "Armenia's sovereignty.",
  ("Camille Roussel", T, neu, "France", "advice against escalation addressed to France = calling_for_talks (the defence of support for Armenia is the rest of the same advice)"))
U(d, "The French Foreign Ministry, asked this afternoon whether it would take further steps", "Wednesday's statement.",
  ("France", N, neu, "", "nothing to add = neutral"))
