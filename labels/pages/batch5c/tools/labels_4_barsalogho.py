# ------------------------------------------------------------------ Barsalogho massacre, Burkina Faso (Reuters-style wire, 2024-08-30)
d = "page_barsalogho_wire.txt"
U(d, "West Africa's regional bloc ECOWAS on Thursday unreservedly condemned", "on its way out of the bloc.",
  ("ECOWAS", C, neg, "JNIM", "dateline excluded; long lead carrying narration and the position; condemnation decides over the 'words of solidarity' in the same sentence (one row per actor); the attack is JNIM's by its own claim (next paragraph)"))
U(d, "In a message posted the same day, Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "militias in Barsalogho.",
  ("JNIM", N, neu, "", "own attack claimed, no judgement = neutral"))
U(d, "A later message from the group, seen by Reuters", "not civilians.",
  ("JNIM", N, neg, "", "'the group' = JNIM; figure + denial that civilians were killed = neutral, negative"))
U(d, "Communications Minister Jean-Emmanuel Ouédraogo, who led a government delegation", "without distinction.",
  ("Burkina Faso", C, neg, "JNIM", "minister with no state word; judgement of the attackers (JNIM by the page's context); Kaya = place"))
U(d, "Security Minister Mahamadou Sana, who travelled with him", "had been killed.",
  ("Burkina Faso", N, neg, "", "own forces' response and losses, no figures, no judgement"))
U(d, "\"Those who did this will be hunted down", "state broadcaster RTB.",
  ("Burkina Faso", C, neg, "JNIM", "multi-sentence quote closed by its speaker (surname only) = one unit; threat of a response"))
U(d, "The government said it would cover the medical care", "around the town.",
  ("Burkina Faso", N, neu, "", "own measures"))
U(d, "A group calling itself the Collectif Justice pour Barsalogho", "they were exposed.",
  ("Collectif Justice pour Barsalogho", C, neg, "Burkina Faso", "victims' relatives' collective under its own name; accusation against the army (= Burkina Faso)"))
U(d, "The collective asked in a statement why no air support", "who was responsible.",
  ("Collectif Justice pour Barsalogho", C, neg, "Burkina Faso", "accusation put as a question + demand for an inquiry addressed to the junta leader: rule 1 (unsure: could be calling_for_talks)"))
U(d, "U.N. Secretary-General Antonio Guterres strongly condemned the attack", "reporters on Tuesday.",
  ("United Nations", C, neg, "JNIM", "condemnation + call for accountability (rule 1); attribution tail via the spokesperson"))
U(d, "Guterres stands with the authorities as they confront terrorism", "Dujarric said.",
  ("United Nations", S, pos, "Burkina Faso", "solidarity with the transitional authorities = supporting"))
U(d, "The U.N. humanitarian office OCHA said some 90,000 people", "waited for the harvest.",
  ("United Nations", N, neg, "", "OCHA = United Nations (name files); figures and hunger warning, no appeal"))
U(d, "In its statement, dated Thursday in Abuja, the ECOWAS Commission sent condolences", "battled the jihadists.",
  ("ECOWAS", S, pos, "Burkina Faso", "condolences + solidarity with a junta leaving the bloc = supporting; Abuja = place"))
U(d, "The Commission said its counter-terrorism standby force", "tighten their borders.",
  ("ECOWAS", C, neg, "", "announced counter-terrorism force and measures against the armed groups = a response against another side (unsure: could be neutral, a plan); no group named -> target empty"))
U(d, "Mali and Niger, Burkina Faso's partners in the alliance", "Burkinabe people.",
  ("Mali", S, pos, "Burkina Faso", "message of solidarity; two states in one sentence = two rows"),
  ("Niger", S, pos, "Burkina Faso", "same; Niamey = metonym for Niger"))
U(d, "African Union Commission Chairperson Moussa Faki Mahamat denounced", "acted together.",
  ("African Union", C, neg, "JNIM", "AU Commission chair = African Union; 'an atrocity' + call for joint action against the jihadists"))
U(d, "Faki said he hoped the countries of the region", "peace back to the Sahel.",
  ("African Union", T, pos, "", "surname only; hope for peace = calling_for_talks"))
U(d, "Washington also condemned the attack, in a statement released by the State Department", "on Tuesday.",
  ("United States", C, neg, "JNIM", "Washington = metonym"))
U(d, "It said it was deeply worried about the millions of people", "violence in Burkina Faso.",
  ("United States", N, neg, "", "'It' = the State Department; concern without an appeal = neutral, negative"))
U(d, "The United States would keep standing with Burkina Faso against terrorism", "the State Department added.",
  ("United States", S, pos, "Burkina Faso", "backing; attribution tail; the survivor and the analysts that follow are not actors (no rows)"))
