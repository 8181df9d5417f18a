# ------------------------------------------------------------------ Western Sahara: the clearing of the Gdeim Izik camp (Maghreb site, full HTML, 2010-11-12)
d = "page_westernsahara_gdeimizik2010_maghrebsite.html"
# Not statements: language bar, date bar, nav, crumbs, section label, headline, dek, meta line, figcaptions,
# Advertisement, crossheads, Related line, tags, share, newsletter, comments, most read, footer.
U(d, "Moroccan authorities said on Thursday that twelve people had died", "Monday's operation.",
  ("Morocco", N, neu, "", "dateline excluded; toll given by the authorities + narration of the dispute"))
# "Thousands of Sahrawis had lived for four weeks ..." = narration, no row.
U(d, "Government spokesman Khalid Naciri, the communication minister, said", "run over or burned.",
  ("Morocco", N, neg, "", "denial that firearms were used + how officers died (no judgement in this sentence)"))
U(d, "\"A social protest was taken hostage by armed criminals", "a news conference in Rabat.",
  ("Morocco", C, neg, "Polisario Front", "accusation of the Polisario and 'its sponsors' (Algeria implied) -> target the Polisario"))
U(d, "Interior Minister Taieb Cherkaoui told parliament", "before the courts.",
  ("Morocco", N, neu, "", "detention figures and procedure"))
U(d, "The interior ministry said the camp had been cleared on the orders", "over the weekend.",
  ("Morocco", N, neu, "", "procedure of the operation, no judgement"))
U(d, "Foreign Minister Taieb Fassi Fihri said Algeria bore direct responsibility", "the UN talks.",
  ("Morocco", C, neg, "Algeria", "holds Algeria responsible"))
U(d, "The Polisario Front said in a statement issued in the Tindouf camps", "families in Laayoune.",
  ("Polisario Front", N, neu, "", "casualty figures without blame in the sentence"))
U(d, "The movement accused Moroccan forces of hunting Sahrawis", "without care.",
  ("Polisario Front", C, neg, "Morocco", "'the movement' = Polisario; accusation"))
U(d, "Polisario secretary general Mohamed Abdelaziz wrote to UN Secretary-General Ban Ki-moon", "in the territory.",
  ("Polisario Front", T, neg, "United Nations", "asks the UN for protection of civilians"))
U(d, "The Polisario's representative at the United Nations, Ahmed Boukhari, said", "always refused.",
  ("Polisario Front", T, neg, "United Nations", "asks for a human-rights monitoring mandate for MINURSO; closing clause is narration"))
U(d, "Ibrahim Ghali, the Polisario representative in Algiers, said", "support of Laayoune.",
  ("Polisario Front", N, neu, "", "facts on the spread of unrest"))
U(d, "Moroccan officials rejected the Polisario figures", "sympathy abroad.",
  ("Morocco", C, neg, "Polisario Front", "'Moroccan officials' = officials of a named government; rejection + charge of invented figures = accusation"))
# "The violence coincided with the third round of informal talks ..." = narration, no row.
U(d, "The UN envoy, Christopher Ross, said at the close of the talks", "confidence-building measures.",
  ("United Nations", T, pos, "", "talks to continue = calling_for_talks"))
U(d, "The head of the Polisario delegation, Khatri Addouh, said", "committed to a solution.",
  ("Polisario Front", T, neu, "", "stays at the table = commits to talks; implied jab at Morocco without a judgement word"))
U(d, "UN spokesman Martin Nesirky said the Secretary-General was concerned", "unable to reach the camp.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "A spokesman for Algeria's foreign ministry said the storming", "an attempt to hide it.",
  ("Algeria", C, neg, "Morocco", "'brutal act of repression' + rebuttal of Rabat's charge"))
U(d, "Spanish Foreign Minister Trinidad Jimenez said Madrid had formally asked Rabat", "Spanish identity papers.",
  ("Spain", T, neg, "Morocco", "demand for a full account of a death, no judgement word (like a demand for an inquiry) (unsure: could be neutral)"))
U(d, "Jimenez also asked the Moroccan authorities to let Spanish reporters work", "were turned back.",
  ("Spain", T, neu, "Morocco", "appeal for press access, no judgement"))
U(d, "In Paris, foreign ministry spokesman Bernard Valero said France hoped", "the UN process.",
  ("France", T, pos, "", "hope for calm + continued talks"))
U(d, "US State Department spokesman P.J. Crowley said Washington was following events", "further violence.",
  ("United States", T, neu, "", "monitoring + appeal to all sides"))
U(d, "A spokeswoman for EU foreign policy chief Catherine Ashton said", "Moroccan authorities.",
  ("European Union", N, neg, "", "concern + request for information, no appeal for a course = neutral, negative"))
U(d, "Human Rights Watch said detainees released in Laayoune described beatings", "impossible to check.",
  ("Human Rights Watch", C, neg, "Morocco", "reports abuse and blames Morocco's refusal of observers"))
U(d, "Morocco's ambassador to the United Nations, Mohamed Loulichki, wrote", "nothing to hide.",
  ("Morocco", C, neg, "", "rejects 'a campaign of lies' (accusers not named) + denial; the judgement decides"))
U(d, "Salka Lamine, a teacher who spent three weeks in the camp", "time to leave.",
  ("Salka Lamine", C, neg, "Morocco", "invented camp resident; accusation by describing attacks on civilians (guide rule 4)"))
U(d, "\"We went there to ask for work and a roof.", "she said.",
  ("Salka Lamine", C, neg, "Morocco", "'answered with batons and fire' = accusation of the forces"))
U(d, "Karim Benhaddou, a political scientist at the Institute for Maghreb Strategic Studies in Rabat, said", "thirty-five years.",
  ("Karim Benhaddou", C, neg, "", "invented analyst; judgement on both camps -> target empty"))
U(d, "Benhaddou said the real test would come in December", "a security problem.",
  ("Karim Benhaddou", T, neu, "Morocco", "appeal to Rabat to answer the social demands instead of a security response"))
U(d, "The spokesman said Algeria would go on supporting", "through a referendum.",
  ("Algeria", S, pos, "Polisario Front", "'the spokesman' = Algeria's foreign ministry; backing of the Sahrawi claim the Polisario represents"))
