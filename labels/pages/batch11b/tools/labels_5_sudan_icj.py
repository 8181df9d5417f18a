# ------------------------------------------------------------------ Sudan v. UAE at the ICJ: the order of 5 May 2025 and Sudan's break with the UAE (full HTML, regional site, 2025-05-06)
d = "page_sudan_uae_icj_webpage.html"
U(d, "The International Court of Justice on Monday threw out Sudan's case", "Genocide Convention in 2005.",
  ("International Court of Justice", N, neu, "", "the court's decision reported = its statement; a procedural ruling, no judgement of a party"))
U(d, "By 14 votes to two the judges rejected", "list altogether.",
  ("International Court of Justice", N, neu, "", "'the judges' = the court; votes = facts"))
U(d, "Reading the order at the Peace Palace, the court's president, Judge Iwasawa Yuji", "accepted its jurisdiction.",
  ("International Court of Justice", N, neg, "", "president speaks for the court; concern for the victims without an appeal = neutral, negative"))
U(d, "At hearings on 10 April, Sudan's acting justice minister, Muawia Osman", "Rapid Support Forces.",
  ("Sudan", C, neg, "United Arab Emirates", "accusation of complicity (the killing could not have happened without Emirati weapons); the RSF only mentioned"))
U(d, "Reem Ketait, a senior UAE foreign ministry official, countered", "political campaign.",
  ("United Arab Emirates", C, neg, "Sudan", "denial joined to a judgement ('using the court for a political campaign'): the judgement decides"))
U(d, "In a statement after the ruling, the UAE foreign ministry welcomed the court's decision", "formally closed.",
  ("United Arab Emirates", S, pos, "International Court of Justice", "welcome of the court's decision = supporting (guide: welcomes a step)"))
U(d, "\"Today the court has said clearly what we said from the start.", "Ketait said.",
  ("United Arab Emirates", C, neg, "Sudan", "multi-sentence quote closed by its speaker; 'Sudanese Armed Forces' = Sudan (name files); propaganda accusation"))
U(d, "She said the war could only end at the negotiating table", "aid convoys.",
  ("United Arab Emirates", T, neu, "", "appeal to both warring parties for talks and aid access, no judgement; both sides -> target empty"))
U(d, "Sudan's foreign ministry said on Tuesday that it respected the court's decision", "the RSF militia.",
  ("Sudan", C, neg, "United Arab Emirates", "respect for the ruling + maintained accusation of complicity: the judgement decides (rule 1)"))
U(d, "The ministry added that Sudan would use every other legal forum", "to account.",
  ("Sudan", C, neg, "United Arab Emirates", "'The ministry' by context; holding 'those who armed the militia' to account = accusation + announced legal response (unsure: could be a neutral plan)"))
U(d, "Hours later, Defence Minister Yassin Ibrahim announced in a televised speech", "consulate there.",
  ("Sudan", C, neg, "United Arab Emirates", "breaking relations and 'aggressor state' = a measure taken against another side (condemning)"))
U(d, "He accused Abu Dhabi of supplying the RSF with advanced weapons", "whatever way it chose.",
  ("Sudan", C, neg, "United Arab Emirates", "accusation + threat; Abu Dhabi = metonym; Port Sudan = place"))
U(d, "Army chief Abdel Fattah al-Burhan, filmed in front of burning fuel depots", "made to pay.",
  ("Sudan", C, neg, "", "army chief speaks for his state; threat to unnamed attackers -> target empty"))
U(d, "The UAE said it did not recognise the decision", "legitimate government of Sudan.",
  ("United Arab Emirates", C, neg, "Sudan", "refusing to recognise the decision and the government's standing = rejection of a party in protest (condemning)"))
U(d, "The UAE and the RSF both deny that Abu Dhabi has armed the paramilitary group.", "the paramilitary group.",
  ("United Arab Emirates", N, neg, "", "denial = neutral, negative"),
  ("Rapid Support Forces", N, neg, "", "same sentence: the RSF's denial"))
U(d, "The drone strikes, which hit the city's airport, fuel depots and a power station", "by the army.",
  ("Sudan", C, neg, "Rapid Support Forces", "'the army' = Sudan (a junta or an army speaks for its state); blame = condemning"))
U(d, "Stéphane Dujarric, spokesman for the UN Secretary-General", "humanitarian aid.",
  ("United Nations", N, neg, "", "alarm without an appeal = neutral, negative (guide)"))
U(d, "Saudi Arabia, Egypt, and Qatar condemned the attacks on Port Sudan", "the Red Sea.",
  ("Saudi Arabia", C, neg, "", "list of three (Oxford comma), one row each; Riyadh = metonym inside the Saudi row; attackers not named -> target empty"),
  ("Egypt", C, neg, "", "same list"),
  ("Qatar", C, neg, "", "same list"))
U(d, "Amnesty International said the dismissal meant", "atrocities in Darfur.",
  ("Amnesty International", C, neg, "", "accusation of unnamed supplier states ('still fuelling atrocities') -> target empty"))
