# ------------------------------------------------------------------ Nauru switches recognition from Taiwan to China (scraped Pacific news site, many reactions, 2024-01-15)
d = "page_nauru_taiwan_reactions.html"
U(d, "Nauru's government said on Monday that it would no longer recognise Taiwan", "immediate effect.",
  ("Nauru", N, neu, "", "severing ties with no protest or judgement stated = neutral"))
U(d, "It said it now regarded Taiwan as an inseparable part", "its people.",
  ("Nauru", S, pos, "China", "endorsing China's territorial claim and seeking relations = backing China (unsure: could be a neutral policy statement)"))
U(d, "Taiwan's Deputy Foreign Minister Tien Chung-kwang told reporters", "economic aid.",
  ("Taiwan", C, neg, "China", "accusation of buying an ally"))
U(d, "Tien said the timing, just two days after", "democratic choice.",
  ("Taiwan", C, neg, "China", "accusation of punishing voters"))
U(d, "Taiwan said it was closing its embassy in Nauru", "in Taipei.",
  ("Taiwan", N, neg, "", "closing embassies with no grievance in this sentence = neutral (reasons given in the previous units)"))
U(d, "China's Foreign Ministry said in a statement that it appreciated and welcomed", "decision.",
  ("China", S, pos, "Nauru", "welcome"))
U(d, "Separately, a US State Department spokesperson said the switch", "went unfulfilled.",
  ("United States", C, neg, "", "'disappointing' about Nauru's choice + a jab at Beijing's promises: judgement aimed at two actors, target empty"))
U(d, "Meanwhile, Australia's Foreign Minister Penny Wong said the decision was a matter for Nauru.", "a matter for Nauru.",
  ("Australia", N, neu, "", "no evaluation"))
U(d, "She added that Australia would remain a close and reliable partner", "development.",
  ("Australia", S, pos, "Nauru", "continued partnership in security and development = backing/aid offered"))
U(d, "In a separate statement, Palau's President Surangel Whipps Jr. said", "as firm as ever.",
  ("Palau", S, pos, "Taiwan", "reaffirmed ties = support"))
U(d, "He also accused Beijing of trying to buy the loyalty", "ordinary people.",
  ("Palau", C, neg, "China", "accusation; Beijing = metonym"))
