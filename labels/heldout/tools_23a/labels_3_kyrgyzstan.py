# ------------------------------------------------------------------ Kyrgyzstan's post-election unrest (scraped Central Asian regional site, 2020-10-07)
d = "page_kyrgyzstan_unrest_regionalsite.txt"
U(d, "Kyrgyzstan entered a second day without a clear chain of command on Wednesday", "stayed out of public view.",
  ("Kyrgyz opposition Coordination Council", C, neg, "Sadyr Japarov", "long lead carrying narration and one position: the council's refusal to recognise Japarov (refusing a party in protest); Jeenbekov's absence is narration; the same refusal is detailed below with its reason"))
# The crisis narration (rally, police dispersal, storming, prisoners freed) names no actor taking a position: no rows.
U(d, "One man was killed and at least 686 people sought medical help", "the Health Ministry said on Tuesday.",
  ("Kyrgyzstan", N, neu, "", "casualty figures given by a ministry, attribution tail = neutral"))
U(d, "On Tuesday afternoon the Central Election Commission said it had declared the results", "without objection.",
  ("Kyrgyzstan", N, neu, "", "CEC = a state body of Kyrgyzstan; a procedure reported as done, no evaluation"))
U(d, "\"Under the circumstances the commission had no other option", "told journalists.",
  ("Kyrgyzstan", N, neu, "", "CEC chair by role + name; justification of own procedure and a plan = neutral"))
# The preliminary count (four of 16 parties over the threshold) is background narration: no row.
U(d, "Observers from the OSCE's Office for Democratic Institutions and Human Rights had said on Monday", "in favour of some parties.",
  ("OSCE", C, neg, "Kyrgyzstan", "ODIHR = part of the OSCE; vote-buying found credible + misuse of state resources = negative judgement of the conduct of the vote (unsure: an observers' finding could be read as neutral)"))
U(d, "President Jeenbekov, in a video address published by his press service", "defending the ballot.",
  ("Kyrgyzstan", C, neg, "", "accusation of an illegal power grab; aimed at the losing parties (not one canonical actor) -> target empty; press service only carries it"))
U(d, "He said the police and the army had strict instructions from him", "against the crowds.",
  ("Kyrgyzstan", N, neu, "", "'He' = Jeenbekov; own order to the security forces = own measure, neutral"))
U(d, "Jeenbekov called on the leaders of all parties to take their supporters off the streets", "out of the crisis.",
  ("Kyrgyzstan", T, neu, "", "appeal for calm + offer of a meeting with all parties = calling_for_talks"))
U(d, "His press secretary, Tolgonai Stamalieva, told reporters on Wednesday", "was working.",
  ("Kyrgyzstan", N, neu, "", "speaker introduced by role; fact about the president's whereabouts = neutral"))
U(d, "On Tuesday evening, deputies who gathered in a conference hall of the Dostuk hotel", "handed in his resignation.",
  ("Kyrgyzstan", N, neu, "", "parliament's vote reported as done (a specific act of a state body, like ratifying a treaty) with no evaluation = neutral; its legitimacy is disputed on the page (unsure: could be read as narration, or as backing Japarov)"))
U(d, "The same session elected Myktybek Abdyldaev as speaker", "earlier in the day.",
  ("Kyrgyzstan", N, neu, "", "same session, a second procedure reported as done (unsure, as above)"))
U(d, "Japarov, addressing supporters outside the hotel late on Tuesday", "within days.",
  ("Sadyr Japarov", N, pos, "", "surname only; contested acting PM as his own actor (see README); own plan = neutral, positive"))
U(d, "\"People are tired of lawlessness, and we will bring order", "he said.",
  ("Sadyr Japarov", N, pos, "", "quote continued by the same speaker; reassurance about his own conduct = neutral, positive"))
U(d, "The Coordination Council, formed on Tuesday by more than ten opposition parties", "Japarov's appointment.",
  ("Kyrgyz opposition Coordination Council", C, neg, "Sadyr Japarov", "refusal to recognise a party with the reason stated (no quorum) = condemning (refusal in protest)"))
U(d, "The council accused Jeenbekov of breaking his promise", "for the violence.",
  ("Kyrgyz opposition Coordination Council", C, neg, "Kyrgyzstan", "'the council' = by context; accusation + 'personal responsibility' of the president = Kyrgyzstan"))
U(d, "Atambayev's Social Democratic Party said in a statement", "jailed its opponents.",
  ("Social Democratic Party of Kyrgyzstan", C, neg, "Kyrgyzstan", "possessive: the party, not Atambayev alone, is the speaker; 'corrupt regime' = judgement of the government"))
U(d, "Atambayev himself, speaking to supporters at the party's headquarters", "stay away from looting.",
  ("Social Democratic Party of Kyrgyzstan", T, neu, "", "party leader speaking at the party's HQ = the party; appeal for restraint = calling_for_talks"))
# Residents' patrols, the mayor's resignation and the unnamed volunteer: narration / unnamed speaker, no rows.
# 'Russia … has expressed concern over the unrest.' = summary line introducing the statements below: no row (not counted twice).
U(d, "Kremlin spokesman Dmitry Peskov told journalists on Tuesday", "a lawful course.",
  ("Russia", T, neu, "", "concern + hope for a return to a lawful course = calling_for_talks (guide: hope); Moscow = metonym"))
U(d, "The Russian embassy in Bishkek said the way out of the crisis had to be found within the law", "mattered most.",
  ("Russia", T, neu, "", "embassy = Russia; appeal for a legal settlement and the safety of citizens"))
U(d, "Kazakhstan's foreign ministry spokesman, Aibek Smadiyarov, said Nur-Sultan hoped", "quickly and peacefully.",
  ("Kazakhstan", T, pos, "", "speaker introduced by role; hope for a quick, peaceful end = calling_for_talks; Nur-Sultan = metonym"))
U(d, "Smadiyarov said the Kazakh embassy was in touch with Kazakh citizens", "had been hurt.",
  ("Kazakhstan", N, neu, "", "surname only; consular facts = neutral"))
U(d, "In Beijing, foreign ministry spokeswoman Hua Chunying said on Wednesday that Beijing wanted the Kyrgyz sides", "as soon as possible.",
  ("China", T, neu, "", "wish for a lawful, negotiated way out and calm = calling_for_talks; Beijing = metonym"))
U(d, "Hua added that China backed the steps Bishkek was taking", "by outside forces.",
  ("China", S, pos, "Kyrgyzstan", "surname only; backing of the authorities' steps (Bishkek = metonym) = supporting; 'meddling by outside forces' names no one"))
U(d, "UN Secretary-General Antonio Guterres was saddened by the death of a protester", "his spokesman said in New York on Tuesday.",
  ("United Nations", T, neg, "", "sadness + appeals for calm and dialogue = calling_for_talks; via the spokesman"))
U(d, "The spokesman added that the UN's preventive diplomacy centre for Central Asia", "if the Kyrgyz parties asked for it.",
  ("United Nations", T, pos, "", "offer to support a peaceful settlement (UNRCCA) = mediation offer, calling_for_talks (as 22a's Insulza offer)"))
U(d, "The European Union said Kyrgyzstan's political forces should stick to the Constitution", "citizens could trust.",
  ("European Union", T, neu, "", "appeal for a peaceful, constitutional settlement + a new credible vote"))
U(d, "Brussels would go on helping Kyrgyzstan build its democratic institutions", "the statement said.",
  ("European Union", S, pos, "Kyrgyzstan", "Brussels = metonym for the EU; continued help to Kyrgyzstan = supporting; attribution tail"))
U(d, "The US embassy in Bishkek said on Wednesday that Washington was watching developments closely", "resolved without bloodshed.",
  ("United States", T, neu, "", "embassy = United States; wish for a peaceful resolution = appeal, calling_for_talks; Washington = metonym"))
U(d, "It rejected any suggestion that foreign actors were behind the upheaval", "a purely Kyrgyz affair.",
  ("United States", N, neg, "", "'It' = the embassy; denial of any foreign role = neutral, negative (guide: denial)"))
