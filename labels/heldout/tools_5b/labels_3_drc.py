# ------------------------------------------------------------------ DRC-Rwanda peace agreement (full HTML page, 2025-06-28)
d = "page_drc_rwanda_webpage.html"
U(d, "The Democratic Republic of the Congo and Rwanda signed a peace agreement", "on the other's soil.",
  ("Democratic Republic of the Congo", T, pos, "", "dateline 'WASHINGTON — ' excluded; signing a peace deal + pledges to end hostilities = agreeing to talks/ceasefire"),
  ("Rwanda", T, pos, "", "joint act: one row per state"))
U(d, "The text was signed at the State Department by Congolese Foreign Minister", "signing as a witness.",
  ("Democratic Republic of the Congo", T, neu, "", "signature reported as a specific act (foreign minister -> her state)"),
  ("Rwanda", T, neu, "", "signature reported as a specific act"),
  ("United States", T, neu, "", "host witnessing the peace deal = convening role (labels/README: host convening = calling_for_talks)"))
U(d, "\"This agreement will be judged not by the ink", "said at the ceremony.",
  ("Democratic Republic of the Congo", T, neu, "", "appeal for the deal to be implemented; surname-only speaker (Kayikwamba Wagner)"))
U(d, "She said the deal had to translate into the departure", "three decades of war.",
  ("Democratic Republic of the Congo", T, neg, "", "'She' = the Congolese minister; demand without a judgement word; 'foreign forces' not named -> target empty"))
U(d, "Nduhungirehe said Rwanda's security concerns had at last been put", "checked on the ground.",
  ("Rwanda", T, neg, "Democratic Republic of the Congo", "surname only; demand addressed to Kinshasa (capital as metonym) with no judgement word -> talks"))
U(d, "\"Too many agreements in our region died on paper.", "patience with the two delegations.",
  ("Rwanda", T, pos, "", "multi-sentence quote closed by 'he said, before thanking...': appeal + thanks to several actors; rule 2 before rule 3"))
U(d, "Trump, who received both ministers in the Oval Office", "years of killing in the region.",
  ("United States", S, pos, "", "praise of the accord (both parties) -> target empty"))
U(d, "He also warned that any party breaking its word", "Congo's mineral rights.",
  ("United States", C, neg, "", "conditional threat to any violator (no named target) + mineral claim"))
U(d, "Rubio told the signing ceremony that the hardest work", "until it was done.",
  ("United States", T, neu, "", "commitment to keep both sides at the table; 'both capitals' = the two states"))
U(d, "The deal took effect the moment it was signed", "in a media note.",
  ("United States", T, neu, "", "attribution tail; engagement to see the deal implemented; AU, Qatar and Togo only mentioned"))
U(d, "Massad Boulos, Trump's senior adviser for Africa, told reporters", "within 90 days.",
  ("United States", N, neu, "", "terms and deadlines, no evaluation"))
U(d, "African Union Commission Chairperson Mahmoud Ali Youssouf", "for its implementation.",
  ("African Union", S, pos, "", "welcome + pledge of backing (no peace appeal) -> supporting"))
U(d, "Robert Dussey, Togo's foreign minister, attended on behalf of the AU mediator", "alongside the Washington track.",
  ("African Union", T, neu, "", "unsure: Togo's minister speaking for the AU mediator -> African Union (guide: a head of state speaking in a regional body's name speaks for the body); could be Togo"))
U(d, "Qatar, which has hosted separate talks between Kinshasa and the M23 rebels", "Al-Khulaifi.",
  ("Qatar", T, neu, "", "hosting talks = specific act of mediation (relative clause); the representation itself is narrative"))
U(d, "In a statement, Qatar's foreign ministry welcomed the agreement", "lasting peace in eastern Congo.",
  ("Qatar", T, pos, "", "welcome + hope for peace: rule 2 before rule 3"))
U(d, "In Kinshasa, the presidency said Félix Tshisekedi welcomed", "his personal engagement.",
  ("Democratic Republic of the Congo", S, pos, "United States", "thanks to Trump; Kinshasa = place; 'the presidency' = DRC"))
U(d, "Rwandan troops were still on Congolese soil in violation", "not by what it signed.",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "position before the speaker ('he said' mid-sentence = Muyaya, introduced in the previous sentence, which is only a tone description); 'in violation of sovereignty'; Kigali = Rwanda"))
U(d, "Rwanda's government spokeswoman, Yolande Makolo, rejected the claim", "never targeted Congo.",
  ("Rwanda", N, neg, "", "denial of the accusation"))
U(d, "The movement said in a statement that the Washington text did not bind it.", "did not bind it.",
  ("M23", N, neu, "", "'The movement' = M23/AFC (context); declares itself not bound, no grievance stated in the sentence -> neutral"))
U(d, "The group accused the Kinshasa government of using diplomacy to buy time", "militias in the Kivus.",
  ("M23", C, neg, "Democratic Republic of the Congo", "'The group' = M23; accusation"))
U(d, "M23 spokesman Lawrence Kanyuka said the movement would negotiate only", "talks with the government.",
  ("M23", T, neu, "", "refusing one format with a counter-offer (Doha) -> calling_for_talks (labels/README)"))
U(d, "UN Secretary-General António Guterres welcomed the agreement", "his spokesman said.",
  ("United Nations", T, pos, "", "welcome + appeal to honour commitments: rule 2"))
U(d, "The UN peacekeeping mission in Congo, MONUSCO, said it stood ready", "displaced people.",
  ("United Nations", S, pos, "", "offer of support/assistance -> supporting; MONUSCO -> United Nations"))
U(d, "EU foreign policy chief Kaja Kallas welcomed the signing", "without delay.",
  ("European Union", T, pos, "", "welcome + appeal: rule 2"))
U(d, "\"We have heard the word peace many times,\" said Esperance Kahindo", "Virunga roundabout.",
  ("Esperance Kahindo", N, neg, "", "named resident (invented) under her own name; scepticism without judgement or appeal"))
U(d, "\"I will believe it when the men with guns leave our hills.\"", "leave our hills.\"",
  ("Esperance Kahindo", N, neg, "", "quote continued after the attribution, same speaker; conditional scepticism, no named target"))
