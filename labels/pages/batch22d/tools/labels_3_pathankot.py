# ------------------------------------------------------------------ Pathankot air base attack and the India-Pakistan dialogue (Indian daily, full HTML, 2016-01-15)
d = "page_pathankot_indiandaily.html"
IN, PK, JEM = "India", "Pakistan", "Jaish-e-Mohammed"
# No rows: top ad, masthead, dateline bar, editions, nav, crumbs, headline, deck, byline, share bar, captions with credits,
# ADVERTISEMENT, crossheads, "ALSO READ:", tags, WhatsApp prompt, comments, Trending, footer.
U(d, "India and Pakistan on Thursday put off the meeting", "against the Jaish-e-Mohammed.",
  (IN, T, pos, PK, "long lead: the postponement is joint narration; New Delhi (metonym) welcomes Pakistan's SIT offer + says the dialogue goes on = welcome + talks, rule 2 before rule 3; 'pressure grew' is narration"))
U(d, "External affairs ministry spokesperson Vikas Swarup told a briefing", "further assurances.",
  (IN, T, neu, PK, "agreement to meet at an early date + a condition (action on the ground) = a conditional offer of talks"))
U(d, "\"We have not put the dialogue on ice.", "Swarup said.",
  (IN, T, neu, "", "two-sentence quote closed by the speaker; talks kept open on a condition, no judgement word"))
U(d, "In Islamabad, Foreign Office spokesman Qazi Khalilullah said the postponement", "fresh dates were fixed.",
  (PK, N, neu, "", "procedure of the postponement, no protest; Jaishankar is an object, Islamabad a place"))
U(d, "A statement from Prime Minister Nawaz Sharif's office on Wednesday said several members", "with India's agreement.",
  (PK, C, neg, JEM, "detentions and sealing of offices = measures taken against another side (condemning), with the SIT plan in the same sentence"))
U(d, "\"Whoever planned this attack is as much an enemy of Pakistan", "state broadcaster Radio Pakistan.",
  (PK, C, neg, "", "judgement of the planners ('an enemy'), no one named -> target empty; Radio Pakistan is not an actor"))
# "Reports in the Pakistani media that Jaish founder Masood Azhar ..." : unconfirmed media reports, no row.
# "Six gunmen in army fatigues entered ..." : background narration with the toll from no named source, no row.
U(d, "The National Investigation Agency, which has registered a case", "handlers in Bahawalpur.",
  (IN, C, neg, JEM, "state agency = India; evidence pointing to the group's handlers = accusation"))
U(d, "Defence Minister Manohar Parrikar, who toured the base", "the technical area.",
  (IN, N, neu, "", "assessment of own security gaps and own troops, in war vocabulary, no judgement of another side"))
U(d, "He added that India would choose its own time and place", "sent the attackers.",
  (IN, C, neg, "", "pronoun subject = Parrikar; threatened response, no one named -> target empty"))
U(d, "Prime Minister Narendra Modi, who visited the base on January 9, wrote on Twitter", "made the country proud.",
  (IN, N, pos, "", "leader on social media praising his own forces = neutral, positive"))
U(d, "During a telephone call on January 5, Sharif condemned the attack", "according to the Prime Minister's Office.",
  (PK, C, neg, "", "two positions in one sentence: Sharif's condemnation + promise of action"),
  (IN, C, neg, "", "Modi's demand for firm action against the groups behind the attack = call for punitive measures (unsure: could be read as a demand = calling_for_talks); attribution tail (PMO = India's)"))
U(d, "The Congress accused the government of running its Pakistan policy", "still being combed.",
  ("Indian National Congress", C, neg, IN, "opposition party under its own name; accusation of its own government"))
U(d, "Pakistan's Defence Minister Khawaja Asif said on a television talk show", "run its course.",
  (PK, N, neg, "", "Khawaja Asif = Pakistan (name files); refusal to attribute blame = neutral, defensive tone"))
U(d, "Sartaj Aziz, the Pakistani prime minister's adviser on foreign affairs, told the Senate", "had revived.",
  (PK, T, pos, "", "commitment to keep the peace process going = calling_for_talks; Modi and Lahore in the sentence are not speakers"))
U(d, "In Washington, State Department spokesman John Kirby said the United States welcomed", "keep talking.",
  ("United States", T, pos, "", "welcome of Pakistan's steps + encouragement of talks: rule 2 before rule 3; appeal to both -> target empty"))
U(d, "Secretary of State John Kerry had telephoned Sharif last week", "prime minister's office said.",
  ("United States", S, pos, PK, "offer of help with the investigation = supporting; position reported by Pakistan's PMO (no Pakistan row)"))
U(d, "UN Secretary-General Ban Ki-moon condemned the assault on the air base", "on January 2.",
  ("United Nations", C, neg, "", "condemnation + call for justice (rule 1); attribution tail via the spokesman; no perpetrator named"))
U(d, "Ban also encouraged India and Pakistan to keep up the contacts", "the statement said.",
  ("United Nations", T, pos, "", "encouragement of dialogue to both sides; attribution tail"))
U(d, "The United Jihad Council, an alliance of Kashmiri militant groups", "a cover for the Jaish.",
  ("United Jihad Council", N, neu, "", "armed alliance under its own name; its own claim of the attack with no judgement = neutral (as batch5c's JNIM claim)"),
  (IN, C, neg, "United Jihad Council", "'Indian officials' = unnamed officials of a named government; dismissing the claim as a cover = accusation"))
U(d, "\"The attackers wanted the Lahore visit to look naive.", "Centre for Strategic Futures.",
  ("Nalini Raghavan", N, neg, "", "independent analyst (invented); risks and scenarios, judging no one"))
U(d, "Raghavan said the Pakistan army's attitude towards the Jaish", "a year or more.",
  ("Nalini Raghavan", N, neg, "", "what may happen next, no judgement, no appeal"))
U(d, "Zafar Iqbal Qureshi, a Lahore-based security analyst, said Islamabad had moved faster", "charged in court.",
  ("Zafar Iqbal Qureshi", N, neu, "", "independent analyst (invented); comparison and test, no judgement"))
U(d, "He said New Delhi had been wrong to hang the talks", "wanted them to fail.",
  ("Zafar Iqbal Qureshi", C, neg, IN, "pronoun subject; 'had been wrong' = judgement of India's choice (New Delhi = metonym as object)"))
U(d, "\"Both sides should fix a date now", "Qureshi said.",
  ("Zafar Iqbal Qureshi", T, neu, "", "appeal to both governments to set talks"))
