# ------------------------------------------------------------------ Algeria and France expel twelve officials each (scraped regional page, 2025-04-16)
d = "page_algeria_france_expulsions_scraped.txt"
U(d, "France said late on Tuesday it was expelling 12 officials", "out of the country.",
  ("France", C, neg, "Algeria", "expulsions + recall of the ambassador = measures against a side; 'Algeria's decision' is a possessive, Algeria's own statement comes below (no row here); dateline excluded"))
U(d, "In a statement, the Elysee Palace said Algeria's authorities bore responsibility", "unwarranted and senseless.",
  ("France", C, neg, "Algeria", "Elysee = France; blame + 'unwarranted and senseless' = judgement"))
U(d, "It said President Emmanuel Macron was dismayed", "launched on March 31.",
  ("France", T, neg, "Algeria", "'It' = the Elysee; dismay + appeal to resume dialogue, no judgement word in this sentence = calling_for_talks"))
U(d, "\"Algiers chose escalation, and we are answering", "a one-way street.",
  ("France", C, neg, "Algeria", "leader on social media; blame for escalation + retaliation announced; the open door does not outweigh the judgement (rule 1)"))
U(d, "Barrot had urged Algeria on Monday to drop the expulsions", "if they went ahead.",
  ("France", C, neg, "Algeria", "'deeply regrettable' + threat of an immediate response (rule 1 over the appeal)"))
U(d, "Algeria's foreign ministry announced on Monday that it had declared", "48 hours to leave.",
  ("Algeria", C, neg, "France", "expulsion of diplomats = condemning (guide)"))
U(d, "The ministry said the measure answered the arrest", "rules and conventions.",
  ("Algeria", C, neg, "France", "'humiliating spectacle ... in contempt of diplomatic rules' = judgement of the French arrest"))
U(d, "It put the blame squarely on Interior Minister Bruno Retailleau", "personal ambition.",
  ("Algeria", C, neg, "France", "'It' = the ministry; blame on the French interior minister (Retailleau = France)"))
U(d, "Any new attack on Algerian sovereignty will meet", "the ministry warned.",
  ("Algeria", C, neg, "France", "threat of a reciprocal response; attribution tail"))
U(d, "An Algerian foreign ministry official, speaking on condition of anonymity", "the French measures.",
  ("Algeria", N, neu, "", "unnamed official of a named body speaks for it (guide); fact"))
U(d, "France's national anti-terrorism prosecutor's office said last week", "known as Amir DZ.",
  ("France", N, neu, "", "prosecutors = French state; charges reported, a procedure (neutral, as batch5c's Moscow court; unsure)"))
U(d, "Retailleau, the target of much of Algiers' anger, told CNews", "fully justified.",
  ("France", C, neg, "Algeria", "accuses Algeria's services of acting on French soil + defends the retaliation; 'Algiers' anger' is narrative here (Algeria's statement is above)"))
U(d, "Government spokeswoman Sophie Primas said after Wednesday's cabinet meeting", "prosecutors took independently.",
  ("France", N, neg, "", "denial that the minister was involved = neutral, negative"))
U(d, "\"The minister has nothing to do with this case,\" she said", "begun to calm down.",
  ("France", N, neg, "", "denial + regret at an escalation with no actor named and no appeal = neutral, negative (unsure: the escalation is implicitly Algeria's)"))
U(d, "A French diplomatic source said the 12 Algerian officials", "in Paris on Wednesday.",
  ("France", N, neu, "", "unnamed source of a named government = France; facts and schedule"))
U(d, "Paris also wants the release of Boualem Sansal", "critics of Algiers in France.",
  ("France", T, neg, "Algeria", "Paris = metonym; demand to release a prisoner with no judgement word = calling_for_talks (README: demand to one side); the relative clause is narrative"))
U(d, "Jordan Bardella, president of the far-right National Rally", "torn up.",
  ("National Rally", C, neg, "Algeria", "opposition party; call for further measures against Algeria = condemning (README: calls for sanctions)"))
U(d, "On the left, France Unbowed leader Jean-Luc Mélenchon accused Retailleau", "with Algiers.",
  ("France Unbowed", C, neg, "France", "opposition party judges its own government's minister (target France) + appeal (rule 1)"))
U(d, "In Brussels, a European Commission spokesperson said the bloc", "through dialogue.",
  ("European Union", T, pos, "", "unnamed spokesperson of a named body = EU; 'the bloc'; monitoring + hope for dialogue = calling_for_talks; Brussels = place"))
