# ------------------------------------------------------------------ Israeli strike on Beirut's southern suburbs after the Lebanon ceasefire (scraped Lebanese site, .txt, 2025-04-01)
d = "page_beirut_dahiyeh_scraped.txt"
U(d, "An Israeli airstrike on a residential building in Beirut's southern suburbs killed four people", "health ministry said.",
  ("Lebanon", N, neu, "", "toll from the health ministry = neutral"))
U(d, "In a joint statement, the Israeli army and the Shin Bet security agency said they had killed Hassan Bdeir", "about to take place.",
  ("Israel", C, neg, "", "own strike justified by accusing its target of helping prepare an attack on Israelis = judgement; the accusation spans Hezbollah, the Quds Force and Hamas -> target empty"))
U(d, "The army said Bdeir's work for Hezbollah made a mockery", "Israelis were threatened.",
  ("Israel", C, neg, "Hezbollah", "'The army' = Israel; accusation ('made a mockery of the truce') + threat to strike again"))
U(d, "President Joseph Aoun said the raid laid bare Israel's designs", "country's sovereignty.",
  ("Lebanon", C, neg, "Israel", "'laid bare Israel's designs' = judgement + rallying support for sovereignty"))
U(d, "He also had a warning for anyone at home tempted to hand Israel a reason to escalate", "in recent days.",
  ("Lebanon", C, neg, "", "'He' = Aoun; warning to unnamed domestic actors (the rocket launchers) -> target empty"))
U(d, "Prime Minister Nawaf Salam said the raid trampled on the ceasefire arrangements", "Israel's attacks.",
  ("Lebanon", C, neg, "Israel", "'trampled on the ceasefire' = judgement without stock words"))
U(d, "Parliament Speaker Nabih Berri called on the United States and France", "by both sides.",
  ("Lebanon", T, neu, "", "Berri = Lebanon (name files); appeal to the truce's sponsors to uphold it, no judgement = calling_for_talks; two addressees -> target empty"))
U(d, "Hezbollah lawmaker Ibrahim Moussawi, speaking at the site, accused Israel", "no longer do.",
  ("Hezbollah", C, neg, "Israel", "accusation of a 'brazen escalation' + pressure on the state (rule 1)"))
U(d, "\"Nobody here is looking for a new war.", "told reporters.",
  ("Hezbollah", C, neg, "Israel", "quote closed by its speaker, introduced after the quote; veiled threat to 'the enemy' (Israel)"))
U(d, "On Saturday, Hezbollah Secretary-General Naim Qassem warned", "violations went on.",
  ("Hezbollah", C, neg, "Israel", "conditional threat; 'Israel's violations' = judgement"))
U(d, "On Friday, Israeli jets flattened a building in the Hadath area", "drone store.",
  ("Israel", N, neu, "", "own strike reported with its stated justification (the army 'saying it housed a Hezbollah drone store') = neutral (as batch5c's justifications; unsure)"))
U(d, "Defence Minister Israel Katz warned at the time that Beirut would pay", "from its soil.",
  ("Israel", C, neg, "Lebanon", "threat to Beirut + the Lebanese government 'would answer' for launches = holding it responsible"))
U(d, "Hezbollah denied any role in the rocket fire.", "Hezbollah denied any role in the rocket fire.",
  ("Hezbollah", N, neg, "", "denial = neutral, negative tone"))
U(d, "The Lebanese army said it had located the launch site", "those responsible.",
  ("Lebanon", N, neu, "", "the army speaks for its state; findings and an investigation = neutral"))
U(d, "In Washington, a State Department spokesperson said on Friday that Israel was defending itself", "from Lebanon.",
  ("United States", S, neu, "Israel", "unnamed spokesperson of a named body = US; justifying Israel's strike as self-defence = backing"))
U(d, "The UN special coordinator for Lebanon, Jeanine Hennis-Plasschaert, said", "at further risk.",
  ("United Nations", T, neg, "", "alarm + appeal to all sides, no judgement of an actor = calling_for_talks"))
U(d, "French President Emmanuel Macron phoned Aoun on Tuesday", "for its army.",
  ("France", S, pos, "Lebanon", "reaffirmed support for Lebanon's sovereignty and army = supporting"))
U(d, "France's foreign ministry condemned the strike and called on Israel to withdraw", "southern Lebanon.",
  ("France", C, neg, "Israel", "condemnation + demand (rule 1)"))
U(d, "Iran's foreign ministry spokesman, Esmaeil Baghaei, denounced the raid", "for their silence.",
  ("Iran", C, neg, "", "judgement of the raid (Israel) + blame on the guarantors (US, France): several -> target empty"))
U(d, "Samir Geagea, head of the Lebanese Forces party, said Hezbollah's weapons", "protect Lebanon.",
  ("Lebanese Forces", C, neg, "Hezbollah", "party under its own name; blames Hezbollah's arms"))
U(d, "\"They call this a ceasefire, but they bomb whenever they feel like it,\" he said.", "\"They call this a ceasefire, but they bomb whenever they feel like it,\" he said.",
  ("Hussein Fakih", C, neg, "Israel", "named resident = independent person; 'he' = Fakih (previous sentence is narration); judgement of the strikers (Israel by context)"))
