# ------------------------------------------------------------------ Sulaymaniyah airport strike: Iraqi presidency news page (presidency media office, 2023-04-08 to 04-13)
d = "page_iraq_sulaymaniyah_airport_strike2023_presidency.txt"
# Not statements: menus, item headlines (one carries the President's position: a headline, no row), dates, separators, share line, copyright.
U(d, "The President of the Republic, Dr. Abdul Latif Jamal Rashid, condemned on Saturday", "the safety of its citizens.",
  ("Iraq", C, neg, "", "presidency speaks without naming the state; condemnation; attacker not named in this sentence -> target empty"))
U(d, "The President said Turkish forces had struck the Kurdistan Region again and again", "Ankara said it was pursuing.",
  ("Iraq", C, neg, "Turkey", "judgement of Turkey's operations as lacking legality, no stock word"))
U(d, "His Excellency called on Ankara to own the attack publicly", "not by drones.",
  ("Iraq", C, neg, "Turkey", "demand for an apology (holds Turkey responsible) + appeal for dialogue: the judgement decides (rule 1)"))
U(d, "The airport's management reported that the strike caused a fire", "without interruption.",
  ("Iraq", N, neu, "", "state airport management giving facts = neutral (unsure: airport management may be no actor)"))
# "The President of the Republic received at the Baghdad Palace the National Security Adviser ..." = meeting narrated, no row.
U(d, "Al-Araji briefed the President on the findings of the delegation", "announce the results to the public.",
  ("Iraq", N, neu, "", "National Security Adviser = Iraq; investigation plan = neutral"))
U(d, "The President stressed the importance of coordination between the federal authorities", "airports and borders.",
  ("Iraq", N, neu, "", "internal coordination, no appeal to another actor = neutral"))
U(d, "The President of the Republic received the Ambassador of the Republic of Turkey", "to and from the city.",
  ("Iraq", C, neg, "Turkey", "'strong protest' conveyed to the ambassador = condemning"))
U(d, "The President told the ambassador that the country would not allow its territory", "on that pretext.",
  ("Iraq", C, neg, "Turkey", "'the country' = Iraq; refusal to accept strikes = judgement on Turkey"))
U(d, "For his part, the ambassador said Ankara had informed him", "good neighbourly relations.",
  ("Turkey", N, neg, "", "denial of responsibility + goodwill = neutral, negative"))
U(d, "The ambassador said Turkey's concerns about the activity of PKK elements", "more than once.",
  ("Turkey", C, neg, "PKK", "charge against the PKK's activity = condemning"))
# "The President of the Republic received the Special Representative ... discussed ..." = meeting narrated, no row.
# Telephone call and PUK-leader reception openers, the academics' reception = meetings narrated, no row.
U(d, "The Special Representative affirmed the United Nations' firm support", "through calm diplomacy.",
  ("United Nations", T, pos, "", "support for Iraq's sovereignty + hope for diplomatic solution between two states: the hope/appeal decides (rule 2 before 3)"))
U(d, "The President thanked the United Nations mission for its continued support", "The President thanked the United Nations mission for its continued support to the country.",
  ("Iraq", S, pos, "United Nations", "thanks = approval of the UN mission, supporting"))
U(d, "The President of the Region said the Regional Government condemned the incident", "pointed fingers.",
  ("Kurdistan Regional Government", C, neg, "", "Nechirvan Barzani = KRG alias; condemned (judgement decides, rule 1); no named culprit"))
U(d, "Talabani thanked the President for his firm stance", "\"collective punishment.\"",
  ("Patriotic Union of Kurdistan", C, neg, "Turkey", "thanks + 'collective punishment' judgement of the airspace closure: judgement decides"))
U(d, "The President affirmed that he would follow up with the federal government", "as soon as possible.",
  ("Iraq", N, neu, "", "own plan = neutral"))
U(d, "Professor Aziz presented to His Excellency a study", "populated areas.",
  ("Hemin Aziz", N, neg, "", "invented professor; figures = neutral"))
U(d, "\"Every one of these strikes has taken place without any request to", "Professor Aziz said during the meeting.",
  ("Hemin Aziz", C, neg, "Turkey", "charge that strikes are uncoordinated = judgement (strikes are Turkey's per the page)"))
U(d, "He added that an agreed joint mechanism with Ankara", "exchange of statements.",
  ("Hemin Aziz", T, neu, "", "proposal of a joint mechanism = calling_for_talks"))
U(d, "The President praised the centre's work and directed", "Ministry of Foreign Affairs.",
  ("Iraq", N, pos, "", "praise of an academic centre (not a canonical actor) + instruction = neutral, positive"))
U(d, "In response to questions from the media, the Media Office of the Presidency clarifies", "at the time of the attack.",
  ("Iraq", N, neu, "", "no information beyond the authorities' = procedural, neutral"))
U(d, "The Office notes that the Syrian Democratic Forces said on Saturday", "its personnel were not hurt.",
  ("Syrian Democratic Forces", N, neu, "", "position of the SDF reported by the Office = SDF's statement of fact"),
  ("United States", N, neu, "", "US confirmation reported = neutral fact"))
# "The President of the Republic received the Ambassador of the United States of America, Alina Romanowski." = meeting narrated, no row.
U(d, "The Ambassador affirmed her country's commitment to the security and sovereignty", "to prevent any escalation.",
  ("United States", T, neu, "", "commitment + contacts to prevent escalation: the appeal/de-escalation effort decides (rule 2 before 3)"))
U(d, "The President called on the international community to stand with the country", "its airspace and territory.",
  ("Iraq", C, neg, "Turkey", "'repeated violations' = judgement (rule 1), violator is Turkey per the page"))
U(d, "The Secretary-General of the League of Arab States, Ahmed Aboul Gheit, expressed", "infringement of its sovereignty.",
  ("Arab League", S, neg, "Iraq", "solidarity with Iraq; 'rejection of any infringement' aimed at no one -> supporting"))
