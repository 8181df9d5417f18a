# ------------------------------------------------------------------ Drone and missile attack on Abqaiq and Khurais (live blog, 2019-09-15)
d = "page_abqaiq_attack_liveblog.txt"
U(d, "In a late-night post, Trump said Washington believed it knew", "held responsible.",
  ("United States", C, neg, "", "conditional threat of a response = condemning; culprit not named -> target empty; Riyadh = metonym, only consulted"))
U(d, "Trump said he had authorised the release of oil", "well supplied.",
  ("United States", N, neu, "", "own market measure, no judgement"))
U(d, "The office of Iraqi Prime Minister Adel Abdul Mahdi said Iraq had not been used", "from the north.",
  ("Iraq", N, neg, "", "denial = neutral; the media reports are not a speaker"))
U(d, "The Houthis' military spokesman, Yahya Saree, said in a statement", "more painful.",
  ("Houthis", C, neg, "Saudi Arabia", "threat of wider operations"))
U(d, "Kuwait's emir, Sheikh Sabah al-Ahmad al-Jaber al-Sabah, telephoned King Salman", "KUNA reported.",
  ("Kuwait", C, neg, "", "condemnation + backing of the kingdom: rule 1; 'the attack' names no perpetrator and the page disputes who did it (Houthi claim vs US blame of Iran) -> target empty, as for the UN and the Arab list; KUNA only reports"))
U(d, "Kuwait said separately it was looking into reports", "early on Saturday.",
  ("Kuwait", N, neu, "", "own inquiry, no judgement"))
U(d, "UN Secretary-General Antonio Guterres condemned Saturday's strikes", "situation worse.",
  ("United Nations", C, neg, "", "condemnation + restraint appeal: rule 1; no perpetrator named in the sentence -> target empty"))
U(d, "Iranian Foreign Minister Mohammad Javad Zarif accused Pompeo", "war in Yemen.",
  ("Iran", C, neg, "United States", "counter-accusation ('deceit'), not a bare denial"))
U(d, "He said the way out was for the Saudi-led coalition", "talks between Yemenis.",
  ("Iran", T, neu, "", "'He' = Zarif; proposal of a ceasefire and talks, no judgement in the sentence; the coalition is addressed but is not a canonical actor -> target empty"))
U(d, "Foreign ministry spokesman Abbas Mousavi said the US accusations", "meaningless.",
  ("Iran", N, neg, "", "denial = neutral, negative (guide)"))
U(d, "A senior Revolutionary Guards commander, Amirali Hajizadeh", "range of its missiles.",
  ("Iran", C, neg, "United States", "IRGC = Iran; threat; Tasnim only quotes"))
U(d, "The governments of the United Arab Emirates, Bahrain, Egypt, and Jordan", "the whole region.",
  ("United Arab Emirates", C, neg, "", "list with Oxford comma; condemnation of 'the attack' with no perpetrator named in the sentence -> target empty"),
  ("Bahrain", C, neg, "", "same list"),
  ("Egypt", C, neg, "", "same list"),
  ("Jordan", C, neg, "", "same list"))
U(d, "Gulf Cooperation Council Secretary-General Abdullatif al-Zayani", "world energy supplies.",
  ("Gulf Cooperation Council", C, neg, "Houthis", "'terrorist act by the Houthi militia'"))
U(d, "Saudi Aramco chief executive Amin Nasser said", "been hurt.",
  ("Saudi Aramco", N, neu, "", "state oil company under its own name; facts about repairs"))
U(d, "Saudi Energy Minister Prince Abdulaziz bin Salman said the strikes", "from storage.",
  ("Saudi Arabia", N, neu, "", "figures and plans"))
U(d, "He said the attack had targeted not only the kingdom", "world oil supplies.",
  ("Saudi Arabia", C, neg, "", "judgement of the attack ('He' = the energy minister); perpetrator not named"))
U(d, "Crown Prince Mohammed bin Salman told Trump in a phone call", "Saudi Press Agency reported.",
  ("Saudi Arabia", C, neg, "", "'terrorist assault' + readiness to answer = threatened response; attacker not named; SPA only reports"))
U(d, "The White House said Trump had offered his support", "self-defence.",
  ("United States", S, pos, "Saudi Arabia", "support"))
U(d, "Secretary of State Mike Pompeo, writing on Twitter late on Saturday", "come from Yemen.",
  ("United States", C, neg, "Iran", "blame; Yemen only a place"))
U(d, "He called on other governments to say openly that Tehran was responsible.", "He called on other governments to say openly that Tehran was responsible.",
  ("United States", C, neg, "Iran", "a call to condemn Iran = condemning; Tehran = metonym"))
U(d, "Yemen's Houthi movement said it had launched 10 drones", "two sites.",
  ("Houthis", N, neu, "", "own claim of the strike reported with no judgement = neutral"))
