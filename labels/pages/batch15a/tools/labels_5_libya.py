# ------------------------------------------------------------------ Libya's FM Najla Mangoush meets Israel's Eli Cohen; Tripoli suspends her (full HTML, North African English daily, 2023-08-28)
# Dbeibah's Tripoli government and its foreign ministry = Government of National Unity (canonical in the name files;
# "Libya" is not). The Presidential Council, the House of Representatives and the High Council of State are actors of their own.
d = "page_libya_mangoush_webpage.html"
U(d, "Libya's Government of National Unity suspended Foreign Minister Najla Mangoush", "several other western towns.",
  ("Government of National Unity", N, neg, "", "long lead carrying narration and a disciplinary act with no judgement stated = neutral (unsure: the suspension signals rejection of the meeting); Israel only reveals (its own statement has its own row below)"))
U(d, "Prime Minister Abdul Hamid Dbeibah named Youth Minister Fathallah al-Zani", "published by his office.",
  ("Government of National Unity", N, neu, "", "procedure (interim minister, inquiry committee)"))
U(d, "The Israeli foreign ministry said on Sunday that Cohen and Mangoush had talked", "water management.",
  ("Israel", N, neu, "", "account of the meeting's topics, no evaluation"))
U(d, "Cohen thanked Italian Foreign Minister Antonio Tajani for hosting the meeting.", "Cohen thanked Italian Foreign Minister Antonio Tajani for hosting the meeting.",
  ("Israel", S, pos, "Italy", "thanks = approval of Italy's hosting"))
U(d, "He said he hoped the conversation would prove the start", "Israel and Libya.",
  ("Israel", T, pos, "", "hope for relations = a diplomatic course; 'Libya' here is the country, not a canonical actor -> target empty"))
U(d, "In a statement on Monday, the Libyan foreign ministry insisted", "had not sought.",
  ("Government of National Unity", N, neg, "", "denial of a negotiated meeting = neutral, negative"))
U(d, "The ministry added that Libya's refusal to normalise relations with Israel", "was unchanged.",
  ("Government of National Unity", C, neg, "Israel", "'The ministry' by context; refusal of a party = condemning; the Palestinian cause in the same sentence does not outweigh it (rule 1)"))
U(d, "Dbeibah went to the Palestinian embassy in Tripoli on Monday", "a crime under Libyan law.",
  ("Government of National Unity", C, neg, "Israel", "any contact with the 'Zionist entity' a crime = judgement; Tripoli = place"))
U(d, "The Palestinian foreign ministry said it appreciated the visit", "as its capital.",
  ("Palestine", S, pos, "Government of National Unity", "appreciation = approval of Dbeibah"))
U(d, "The Presidential Council, which oversees foreign policy", "explain what happened.",
  ("Libyan Presidential Council", T, neg, "Government of National Unity", "demand for an explanation with no judgement word = calling_for_talks (as batch5c)"))
U(d, "The meeting contradicted Libya's established foreign policy", "Najwa Wheba.",
  ("Libyan Presidential Council", C, neg, "Government of National Unity", "position put before the speaker (the council, per its spokeswoman); 'broke the country's laws' = judgement of the GNU's minister"))
U(d, "The eastern-based House of Representatives went further", "such a sensitive file.",
  ("Libyan House of Representatives", C, neg, "Government of National Unity", "spokesman by role; 'grave breach of the law' + no mandate = judgement; emergency session announced"))
U(d, "The High Council of State, the advisory body based in Tripoli", "face the consequences.",
  ("High Council of State", C, neg, "", "demand that those involved face consequences = judgement; nobody named -> target empty"))
U(d, "An Israeli official, speaking on condition of anonymity", "contradicting the Libyan account.",
  ("Israel", N, neg, "", "unnamed official of a named government; counter-account rejecting the Libyan version = neutral (a denial), negative"))
U(d, "Israel's opposition leader, Yair Lapid, accused Cohen", "meeting Israelis in private.",
  ("Yesh Atid", C, neg, "Israel", "opposition leader = his party (Lapid = Yesh Atid, as batch5c); judges his own government's minister"))
U(d, "Cohen said late on Monday that his ministry had not leaked the meeting.", "Cohen said late on Monday that his ministry had not leaked the meeting.",
  ("Israel", N, neg, "", "denial = neutral, negative"))
U(d, "He accused his critics of playing politics with a sensitive diplomatic file.", "He accused his critics of playing politics with a sensitive diplomatic file.",
  ("Israel", C, neg, "", "accusation of his critics (several, unnamed) -> target empty"))
U(d, "A US official said Washington had not been told", "Israel and Arab states.",
  ("United States", C, neg, "Israel", "unnamed official of a named government; 'unhelpful' = judgement without stock words (unsure: mild)"))
U(d, "Italy's foreign ministry declined to comment", "the encounter.",
  ("Italy", N, neu, "", "declines to comment = no position (neutral, as batch5c)"))
U(d, "Jalel Harchaoui, a Libya specialist at the Royal United Services Institute", "unified government.",
  ("Jalel Harchaoui", N, neg, "", "independent analyst under his own name; analysis, no position"))
