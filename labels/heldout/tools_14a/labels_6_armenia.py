# ------------------------------------------------------------------ Armenia-Azerbaijan border clashes, day one (live blog, full HTML, 2022-09-13)
d = "page_armenia_azerbaijan_liveblog.html"
U(d, "The Collective Security Treaty Organization said after an emergency video meeting", "assess the situation.",
  ("CSTO", N, neu, "", "a fact-finding mission announced = a plan, no judgement or appeal; the next sentence ('stopped well short ...') is the reporters' assessment (no row)"))
U(d, "Iran's foreign ministry spokesman, Nasser Kanaani, said Tehran was following", "disputes peacefully.",
  ("Iran", T, neg, "", "monitoring + appeal for restraint to both sides"))
U(d, "He repeated that Iran would not accept any change to the internationally recognised borders", "their differences.",
  ("Iran", T, neu, "", "'would not accept any change' aimed at no one (like 'opposes any escalation') + offer of good offices = calling_for_talks"))
U(d, "Guterres is alarmed by the fighting", "in New York.",
  ("United Nations", T, neg, "", "well-known office holder by surname only (Guterres = United Nations); alarm + appeal to both sides; attribution tail via the spokesman"))
U(d, "French President Emmanuel Macron told Ilham Aliyev in a phone call", "the Elysée said.",
  ("France", T, neg, "Azerbaijan", "demand addressed to one side with no judgement word = calling_for_talks, negative (README); Aliyev only addressed, Baku = metonym"))
U(d, "Macron, who spoke to Pashinyan overnight, also insisted on respect", "territorial integrity.",
  ("France", S, pos, "Armenia", "backing of Armenia's territorial integrity, said to Pashinyan = supporting (unsure: could be read as an appeal, calling_for_talks)"))
U(d, "The Elysée said France would ask the UN Security Council", "the clashes.",
  ("France", T, neu, "", "taking the matter to the Security Council = diplomatic course"))
U(d, "US Secretary of State Antony Blinken spoke separately with Aliyev and Pashinyan", "Ned Price said.",
  ("United States", T, neu, "", "appeal to both to stop fighting and negotiate; attribution tail"))
U(d, "In a statement issued overnight, Blinken said Washington was worried", "on the battlefield.",
  ("United States", T, neg, "", "concern + 'could not be resolved on the battlefield' (no military solution) = appeal; no judgement of Azerbaijan stated"))
U(d, "Turkish Foreign Minister Mevlüt Çavuşoğlu wrote on Twitter that it was time for Armenia", "with Azerbaijan.",
  ("Turkey", C, neg, "Armenia", "'provocations' = accusation + appeal: rule 1"))
U(d, "Speaking later at an event in Kastamonu, Çavuşoğlu said Turkey would always stand", "with Azerbaijan.",
  ("Turkey", S, pos, "Azerbaijan", "solidarity = supporting"))
U(d, "The European Union's foreign policy service called for an immediate end", "to both leaders.",
  ("European Union", T, neu, "", "EEAS = EU; appeal + Michel's mediation; the relative clause on past talks is narrative"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters that Vladimir Putin was personally involved", "calm the border.",
  ("Russia", T, neu, "", "the leader's de-escalation effort = calling_for_talks"))
U(d, "Azerbaijan's defence ministry said 50 of its servicemen had been killed.", "Azerbaijan's defence ministry said 50 of its servicemen had been killed.",
  ("Azerbaijan", N, neu, "", "own casualty figure = neutral"))
U(d, "It accused Armenian forces of breaking the Russian-brokered truce", "heavy weapons.",
  ("Azerbaijan", C, neg, "Armenia", "'It' = the defence ministry; accusation"))
U(d, "Armenian defence ministry spokesman Aram Torosyan dismissed the accusation as absurd.", "Armenian defence ministry spokesman Aram Torosyan dismissed the accusation as absurd.",
  ("Armenia", N, neg, "", "denial = neutral, negative tone (guide)"))
U(d, "He said Azerbaijani shelling of Armenian positions and villages had not stopped", "some directions.",
  ("Armenia", C, neg, "Azerbaijan", "accusation made by describing the other side's attacks (on villages too) = condemning"))
U(d, "Prime Minister Nikol Pashinyan told parliament that 49 Armenian soldiers", "not final.",
  ("Armenia", N, neu, "", "casualty figure = neutral"))
U(d, "\"Baku is telling the world it was provoked.", "he said.",
  ("Armenia", N, neg, "", "multi-sentence quote closed by the speaker; rejects Baku's account of a provocation = denial (neutral, negative; unsure: it also implies Baku lies)"))
U(d, "He said Armenia had formally asked Russia for help", "UN Security Council.",
  ("Armenia", T, neu, "", "requests to an ally, the CSTO and the UN Security Council = appeal to bodies (unsure: a request for military help could be read as neutral)"))
U(d, "Russia's foreign ministry said the two sides had agreed, through Russian mediation", "honoured in full.",
  ("Russia", T, neu, "", "brokered ceasefire + expectation it is honoured = calling_for_talks"))
U(d, "The ministry said the two neighbours had to resolve their differences", "nowhere else.",
  ("Russia", T, neu, "", "appeal for political and diplomatic means"))
U(d, "Azerbaijan's defence ministry said Armenian units had laid mines", "local countermeasures.",
  ("Azerbaijan", C, neg, "Armenia", "accusation + announced military response (guide: an announced operation against another side)"))
U(d, "The ministry said Yerevan's political and military leaders alone", "the escalation.",
  ("Azerbaijan", C, neg, "Armenia", "'alone were to blame' = holds Armenia fully responsible (guide cue); Yerevan = metonym"))
U(d, "Armenia's defence ministry said Azerbaijani troops had begun pounding", "also been hit.",
  ("Armenia", C, neg, "Azerbaijan", "accusation made by describing the other side's attacks, incl. on civilian infrastructure = condemning"))
