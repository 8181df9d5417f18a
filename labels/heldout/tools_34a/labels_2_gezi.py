# ------------------------------------------------------------------ Gezi Park crackdown, Istanbul (European news site, full HTML, 2013-06-20)
d = "page_gezi_crackdown_eurosite.html"
# No rows: cookie bar, edition strip, brand, nav, breadcrumbs, kicker, headline, standfirst, byline/time, share bar,
# captions with credits and "1 of 3", ADVERTISEMENT, crossheads, "Ankara's reaction was swift." (summary line),
# "Not everyone in Berlin agrees with the tactic. Some in Merkel's coalition ..." (unnamed speakers, "several other
# member states" unnamed), "Police moved into Gezi Park on the evening of Saturday 15 June ..." (narration of the raid,
# actors as subjects, no position), the opposition deputies' "open threat" remark inside Bagis's sentence (unnamed,
# no party named: no row), the Istanbul political scientist (unnamed, not an actor), "European affairs ministers are due
# to decide ..." (a scheduled decision, no position), Related links, tags, newsletter, comments, most read, footer.
U(d, "Germany has blocked the opening of a new chapter in Turkey's long-stalled membership talks", "between Ankara and the bloc in years.",
  ("Germany", C, neg, "Turkey", "long lead: a measure against Turkey tied in the same sentence to the crackdown (like a sanction) = condemning; 'diplomats in Brussels' only carry it (unsure: the reason is only implied here, stated in the next sentence)"))
U(d, "Berlin told its EU partners at a meeting of ambassadors", "since the end of May.",
  ("Germany", C, neg, "Turkey", "Berlin = metonym; refusal in protest with the grievance stated = condemning"))
U(d, "\"After the pictures we have all seen from Taksim and from Ankara", "told reporters in Berlin.",
  ("Germany", C, neg, "Turkey", "unnamed spokesman of a named ministry speaks for Germany; quote closed by him; Berlin = place"))
U(d, "\"The door to Europe stays open, but the Turkish government must show", "shares our values.\"",
  ("Germany", T, neg, "Turkey", "quote continued after the attribution = own unit; a demand with no judgement word + open door = calling_for_talks, negative (unsure: could be condemning)"))
U(d, "Egemen Bagis, Turkey's minister for EU affairs and chief negotiator, accused", "would regret it.",
  ("Turkey", C, neg, "Germany", "accusation + veiled threat; Merkel as object = Germany"))
U(d, "\"Turkey is not a country to be lectured by those who want to keep it out of Europe", "Anadolu news agency.",
  ("Turkey", C, neg, "Germany", "quote closed by Bagis; Anadolu only carries it"))
U(d, "\"If Mrs Merkel is looking for material for her campaign", "look elsewhere.\"",
  ("Turkey", C, neg, "Germany", "continuation of Bagis's quote after the attribution"))
U(d, "Merkel had set the tone on Monday, saying in a television interview", "speak without fear.",
  ("Germany", C, neg, "Turkey", "shock at the force + an EU candidate must let people gather and speak = explicit negative judgement of Turkey's force (rule 1)"))
U(d, "Her foreign minister, Guido Westerwelle, said last week that Ankara was doing itself", "with tear gas.",
  ("Germany", C, neg, "Turkey", "judgement; Ankara = metonym"))
U(d, "He said it was now up to Prime Minister Recep Tayyip Erdogan to lower the temperature", "people on the streets.",
  ("Germany", T, neu, "Turkey", "'He' = Westerwelle; appeal for de-escalation and dialogue, no judgement in this sentence; Erdogan addressed"))
U(d, "Sweden and Britain, long among Turkey's strongest supporters in the Union", "diplomats said.",
  ("Sweden", S, pos, "Turkey", "backing Turkey's chapter on schedule, reported by diplomats; a list = one row per state"),
  ("United Kingdom", S, pos, "Turkey", "same; 'Britain' = United Kingdom"))
U(d, "The European Parliament last week adopted a resolution", "peaceful demonstrators.",
  ("European Union", C, neg, "Turkey", "European Parliament = EU (name files); 'disproportionate' + warning = condemning (rule 1)"))
U(d, "Erdogan replied that he did not recognise any decision of the parliament", "treated protesters.",
  ("Turkey", C, neg, "European Union", "rejection of the EP in protest + counter-accusation = condemning"))
U(d, "The EU's enlargement commissioner, Stefan Fuele, told a conference in Istanbul", "held to account.",
  ("European Union", C, neg, "Turkey", "'no place in a democracy' + accountability = condemning; Erdogan only present (no row)"))
U(d, "The bloc's foreign policy chief, Catherine Ashton, has repeatedly urged calm", "into the police response.",
  ("European Union", T, neu, "", "'the bloc' = EU; calm on all sides + inquiry, no judgement = calling_for_talks; target empty (all sides)"))
U(d, "The next day Erdogan told a rally of tens of thousands of supporters", "his duty as prime minister.",
  ("Turkey", N, neu, "", "justification of his own action, no judgement of another actor = neutral (like a state justifying its own drills)"))
U(d, "\"Taksim belongs to this nation, not to vandals", "he said.",
  ("Turkey", C, neg, "", "protesters branded vandals and tied to terror groups = condemning; target not canonical -> empty"))
U(d, "He said foreign media, \"certain circles\" in finance and unnamed outside powers", "its image.",
  ("Turkey", C, neg, "", "conspiracy accusation aimed at unnamed parties -> target empty"))
U(d, "Before the raid Erdogan had met a delegation of the protesters and artists", "the redevelopment plan for the park.",
  ("Turkey", T, pos, "", "meeting + offer of a court ruling/referendum = calling_for_talks; the AK Party (ruling party) = Turkey (as the guide's Omer Celik / AK Party)"))
U(d, "Bagis said the day after the raid that police would regard anyone", "an open threat against citizens.",
  ("Turkey", C, neg, "", "threat = condemning; the unnamed 'opposition deputies' get no row"))
U(d, "Interior Minister Muammer Guler said on Tuesday that 62 people", "peaceful demonstrators.",
  ("Turkey", N, neu, "", "own figures and measures = neutral"))
U(d, "Earlier in the crisis, Deputy Prime Minister Bulent Arinc apologised", "set cars on fire.",
  ("Turkey", N, neu, "", "apology for own police's force, with a reservation: self-criticism, no judgement of another actor = neutral (unsure: tone could be positive)"))
U(d, "The leader of the main opposition Republican People's Party (CHP), Kemal Kilicdaroglu, accused Erdogan", "bore responsibility for the deaths.",
  ("Republican People's Party", C, neg, "Turkey", "opposition party as its own actor; Erdogan's government = Turkey"))
U(d, "Four people have died since the protests began", "effects of tear gas.",
  ("Turkish Medical Association", N, neu, "", "deaths narrated by the outlet; the doctors' association gives the injury figure = neutral, neutral tone (guide: figures)"))
U(d, "Taksim Solidarity, the platform of architects, environmental groups and neighbourhood associations", "never been sincere.",
  ("Taksim Solidarity", C, neg, "Turkey", "protest platform as its own actor; the government's offers 'never sincere' = judgement"))
U(d, "It called on people to keep gathering in parks across the country", "nightly public forums.",
  ("Taksim Solidarity", N, pos, "", "'It' = Taksim Solidarity; mobilisation call, not an appeal for talks or calm = neutral (unsure)"))
U(d, "In Washington, Secretary of State John Kerry said early in the protests", "inflaming the situation.",
  ("United States", T, neg, "", "concern + appeal to all sides, no judgement = calling_for_talks, negative; Washington = place"))
U(d, "He said the Turkish authorities should look closely into how the police had behaved.", "how the police had behaved.",
  ("United States", T, neu, "Turkey", "'He' = Kerry; a demand for an inquiry with no judgement word = calling_for_talks (as batch5c)"))
U(d, "The White House said on 11 June that it was worried", "posted online.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "UN Secretary-General Ban Ki-moon was troubled that fighting", "said on Tuesday.",
  ("United Nations", N, neg, "", "concern and sadness, no appeal in this sentence; attribution tail via the deputy spokesman"))
U(d, "Ban asked everyone involved to hold back and to talk", "the spokesman added.",
  ("United Nations", T, neu, "", "restraint + dialogue = calling_for_talks; target empty (both sides)"))
