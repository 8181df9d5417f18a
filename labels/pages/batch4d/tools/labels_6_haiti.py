# ------------------------------------------------------------------ Haiti (scraped Caribbean paper, 2024-04-26)
d = "page_haiti_council_scraped.txt"
U(d, "Henry, who has been unable to return to Haiti", "hardest periods.",
  ("Haiti", N, neu, "", "outgoing PM resigning (own act), no judgement; Los Angeles = place"))
U(d, "He thanked the Haitian people for the chance to serve", "to the violence.",
  ("Haiti", N, pos, "", "thanks to own people + sympathy: neutral (no other actor), positive tone"))
U(d, "Finance Minister Michel Patrick Boisvert, named interim prime minister", "good of the country.",
  ("Haiti", T, neg, "", "appeal to all sectors to set aside quarrels (reconciliation) -> talks"))
U(d, "In a statement read after the oath, the council said its first tasks", "security mission.",
  ("Haiti", N, neu, "", "the council = Haiti's executive (by context); plans"))
U(d, "Jimmy \"Barbecue\" Cherizier, the former police officer who heads", "lay down their arms for it.",
  ("Viv Ansanm", C, neg, "Haiti", "gang leader speaks for Viv Ansanm; rejects the council as foreign-made + refuses to disarm (defiance)"))
U(d, "\"If they want peace, they must sit down with all Haitians", "Cherizier said.",
  ("Viv Ansanm", T, neg, "", "multi-sentence quote; conditional offer of talks = talks (labels/README: offering talks, even conditional)"))
U(d, "A police spokesman said officers had pushed back an attack", "no officers were hurt.",
  ("Haiti", N, neu, "", "police spokesman of the state (context); own operation as fact"))
U(d, "CARICOM chairman and Guyana's President Irfaan Ali welcomed", "support of the region.",
  ("CARICOM", S, pos, "Haiti", "head of state speaking as chair of the regional body = CARICOM (guide); welcome of a step"))
U(d, "The regional bloc urged every Haitian stakeholder", "political differences.",
  ("CARICOM", T, neu, "", "'The regional bloc' = CARICOM by context; appeal to reject violence"))
U(d, "Jamaica's Prime Minister Andrew Holness, who hosted the March 11 meeting", "they had shown.",
  ("Jamaica", S, pos, "Haiti", "praise of the council; Kingston = place"))
U(d, "In Nairobi, Kenyan President William Ruto said on Friday", "asked it to deploy.",
  ("Kenya", S, pos, "Haiti", "approval + readiness to lead the mission (backing by act offered); Nairobi = place"))
U(d, "\"Kenya will not walk away from Haiti.", "Ruto said.",
  ("Kenya", S, pos, "Haiti", "multi-sentence quote closed by its speaker; pledge of support"))
U(d, "In Washington, Secretary of State Antony Blinken welcomed", "hold elections.",
  ("United States", S, pos, "Haiti", "welcome + cooperation on security and elections (not a peace appeal): supporting"))
U(d, "The State Department noted that Washington had already pledged $300 million", "Haitian people.",
  ("United States", S, pos, "Haiti", "aid pledged and humanitarian funding = supporting"))
U(d, "Canada, which has promised C$80.5 million to the mission", "CARICOM partners.",
  ("Canada", S, pos, "Haiti", "money pledged + welcome"))
U(d, "U.N. Secretary-General Antonio Guterres welcomed the swearing-in", "his spokesman said.",
  ("United Nations", T, neu, "", "welcome + appeal to end violence and allow humanitarian access in one sentence: rule 2 before rule 3"))
U(d, "Former senator Moise Jean-Charles, whose Pitit Desalin party", "under tutelage.",
  ("Pitit Desalin", C, neg, "", "party leader speaks for his party; judgement of the arrangement as foreign tutelage; 'foreigners' not one actor -> target empty"))
U(d, "Dominican President Luis Abinader said his country's border", "fleeing the violence.",
  ("Dominican Republic", N, neg, "", "own border measure + refusal to take in refugees, no judgement on another actor: neutral"))
U(d, "More than 2,500 people were killed or injured in gang violence", "since March.",
  ("United Nations", N, neg, "", "toll 'according to U.N. figures' = figures given by an actor: neutral (the second figure has no named source)"))
