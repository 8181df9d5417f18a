# ------------------------------------------------------------------ Syrian strike on Turkish troops at Balyun, Idlib (Anadolu-style state media, 2020-02-28)
d = "page_idlib_balyun_anadolu.txt"
U(d, "At least 33 Turkish soldiers were martyred", "Hatay province said.",
  ("Turkey", N, neu, "", "lead: toll given by a provincial governor = Turkey (README: provincial officials); casualty figures = neutral, neutral in tone (guide); 'martyred' is the agency's register"))
U(d, "Governor Rahmi Dogan told reporters in the early hours", "their condition was stable.",
  ("Turkey", N, neu, "", "facts about the wounded"))
U(d, "Following the meeting, Communications Director Fahrettin Altun announced", "attackers were punished.",
  ("Turkey", C, neg, "Syria", "an announced military response against the regime (= Syria) until it is 'punished' = condemning (guide: announcing a military operation against another side)"))
U(d, "\"The international community cannot look away", "Altun said.",
  ("Turkey", C, neg, "Syria", "multi-sentence quote closed by its speaker; Srebrenica comparison = accusation + promise to keep striking"))
U(d, "Omer Celik, the spokesman of the ruling Justice and Development (AK) Party", "legitimate target.",
  ("Turkey", C, neg, "Syria", "Omer Celik / AK Party = Turkey (name files); declaring all regime elements targets = threat"))
U(d, "Turkey's National Defense Ministry said in a statement", "neutralized.",
  ("Turkey", N, neu, "", "own strikes reported as done, with no judgement = neutral (guide), against Altun's announced operation above"))
U(d, "National Defense Minister Hulusi Akar, who visited wounded soldiers", "when it was hit.",
  ("Turkey", N, neg, "", "denial of the Russian claim = neutral, negative"))
U(d, "He said the coordinates of Turkish positions had been passed", "reached the scene.",
  ("Turkey", C, neg, "Syria", "'He' = Akar; accusation that the strikes went on knowingly, even at ambulances; the strikes are the regime's (Russia is only informed) -> target Syria (unsure: could be read at Russia too)"))
U(d, "The Russian Defense Ministry had claimed earlier", "they were there.",
  ("Russia", C, neg, "Turkey", "accuses Turkish troops of being among terrorists and Ankara of not notifying = blame shifted onto Turkey"))
U(d, "The ministry also said Russian warplanes had not been used", "the attack.",
  ("Russia", N, neg, "", "'The ministry' = Russian MoD by context; denial of its own involvement = neutral, negative"))
U(d, "The regime, through a military source quoted by its official news agency SANA", "southern Idlib.",
  ("Syria", C, neg, "Turkey", "'the regime' = Syria (a military source of a named state); accusation; SANA is the outlet"))
U(d, "Erdogan and Russian President Vladimir Putin agreed in a phone call", "Communications Directorate.",
  ("Turkey", T, pos, "Russia", "agreeing to meet = commits to talks; reported by Turkey's Communications Directorate"),
  ("Russia", T, pos, "Turkey", "Putin's agreement reported by the Turkish side: a position of X reported by Y is X's statement"))
U(d, "The North Atlantic Council met in Brussels on Friday", "at Turkey's request.",
  ("NATO", N, neu, "", "the Council = NATO (name files); a meeting held = procedure"),
  ("Turkey", N, neu, "", "request for allied consultations under Article 4 = a procedural step with no judgement in the sentence (unsure: could be read as asking for backing)"))
U(d, "After the meeting, NATO Secretary-General Jens Stoltenberg denounced", "international law.",
  ("NATO", C, neg, "", "denunciation + call to halt = rule 1; aimed at two actors (regime and Russia) -> target empty"))
U(d, "He said allies stood in full solidarity with Turkey", "already in place.",
  ("NATO", S, pos, "Turkey", "solidarity + support measures = supporting"))
U(d, "The US State Department said Washington stood firmly beside", "Turkey.",
  ("United States", S, pos, "Turkey", "backing of an ally; Washington = metonym"))
U(d, "It called the offensive by the regime, Russia and Iranian-backed forces shameful", "at once.",
  ("United States", C, neg, "", "'It' = the State Department; 'shameful' + demand = rule 1; several actors -> target empty"))
U(d, "UN Secretary-General Antonio Guterres expressed grave concern", "his spokesman said.",
  ("United Nations", T, neg, "", "concern + appeal for a ceasefire = calling_for_talks"))
U(d, "EU foreign policy chief Josep Borrell warned", "urged all sides to halt it.",
  ("European Union", T, neg, "", "warning of escalation + appeal to all sides, no judgement"))
U(d, "Azerbaijan and Qatar sent messages of condolence to Ankara", "in its grief.",
  ("Azerbaijan", S, pos, "Turkey", "condolences and solidarity = supporting; Ankara = metonym for Turkey"),
  ("Qatar", S, pos, "Turkey", "same sentence, second state"))
