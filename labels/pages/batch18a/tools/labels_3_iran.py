# ------------------------------------------------------------------ Iran-Taliban border clash over the Helmand's water (Iranian state media in English, 2023-05-29)
d = "page_iran_taliban_border_statemedia.txt"
U(d, "Senior Iranian military and police commanders said on Sunday and Monday", "were martyred.",
  ("Iran", N, pos, "", "dateline excluded; unnamed commanders of a named state = Iran; assurance about own border; 'attack by Taliban forces' is the outlet's framing"))
# no row: "Brigadier General Kioumars Heydari ... toured the province" (a visit, narration)
U(d, "\"Our units have acted as good neighbours from the first day.", "Heydari said.",
  ("Iran", C, neg, "Afghanistan", "multi-sentence quote closed by its speaker; conditional threat to 'the other side' (the Taliban authorities = Afghanistan)"))
U(d, "The Army said additional ground units and equipment", "support the border guards.",
  ("Iran", N, neu, "", "own deployment reported without judgement"))
U(d, "Deputy Police Chief Brigadier General Qassem Rezaei said calm had returned", "under way.",
  ("Iran", N, neu, "", "facts and procedure"))
# no row: photo caption, ADVERTISEMENT
U(d, "On Saturday, Rezaei said Taliban forces had fired first", "hit back hard.",
  ("Iran", C, neg, "Afghanistan", "accusation of firing first; Taliban forces = Afghanistan's de facto government forces"))
U(d, "The border guards command said two of its personnel had been martyred", "on the Afghan side.",
  ("Iran", N, neu, "", "casualty figures given by an actor = neutral"))
U(d, "The governorate of Sistan and Baluchestan said the Milak crossing", "until further notice.",
  ("Iran", N, neu, "", "provincial authority resolves to its state; closure of a crossing as procedure"))
U(d, "Alireza Marhamati, the province's deputy governor for security affairs", "keep it that way.",
  ("Iran", T, pos, "", "de-escalation contacts across the border = talks"),
  ("Afghanistan", T, pos, "", "'officers on both sides' = the Afghan side's part in the contacts, reported by an Iranian official (unsure)"))
U(d, "In Kabul, the spokesman for the Taliban's interior ministry, Abdul Nafy Takor", "only returned fire.",
  ("Afghanistan", C, neg, "Iran", "Taliban interior ministry = Afghanistan (Takor is an alias of Afghanistan); counter-accusation; 'In Kabul' = place"))
U(d, "He said one person had been killed on each side", "under control.",
  ("Afghanistan", N, neu, "", "pronoun 'He' = Takor; figures"))
U(d, "The Taliban defence ministry's spokesman, Enayatullah Khwarazmi", "gain from a fight.",
  ("Afghanistan", T, neu, "", "preference for negotiation, no judgement; 'Kabul' = metonym"))
# no row: "The clash came as ... Muttaqi was receiving Iran's ambassador" (meeting in narration)
U(d, "Kazemi Qomi said after the meeting that he had pressed his hosts", "without further delay.",
  ("Iran", T, neg, "Afghanistan", "surname only; demand addressed to one side with no judgement word"))
U(d, "According to a statement from the Taliban foreign ministry, Muttaqi told the envoy", "check the river's flow.",
  ("Afghanistan", T, pos, "Iran", "commitment to the treaty + offer of a technical visit = talks"))
U(d, "He also thanked the Islamic Republic for hosting millions", "the statement added.",
  ("Afghanistan", S, pos, "Iran", "'He' = Muttaqi; thanks/praise = supporting; attribution tail to his ministry's statement"))
# no row: "Read more:" link title, crosshead
U(d, "Foreign Ministry spokesman Nasser Kanaani told his weekly news conference", "such incidents.",
  ("Iran", T, neg, "Afghanistan", "demand to prevent a repetition, no judgement word"))
U(d, "\"This incident must not be allowed to cast a shadow", "he said.",
  ("Iran", T, neu, "", "appeal to keep ties and settle through existing channels; addressed to both"))
U(d, "He said the caretaker government was answerable", "people's right.",
  ("Iran", C, neg, "Afghanistan", "'the caretaker government' = Afghanistan by context; holds it responsible + refusal to concede; Tehran = metonym"))
U(d, "Kanaani said Iran welcomed the calls for dialogue heard from Kabul", "opening fire on Iranian posts.",
  ("Iran", C, neg, "Afghanistan", "welcome + judgement (accusation of firing on posts): rule 1"),
  ("Afghanistan", T, neu, "", "the calls for dialogue 'heard from Kabul' = Afghanistan's position reported inside Iran's sentence"))
U(d, "Foreign Minister Hossein Amir-Abdollahian, speaking to reporters after a cabinet session", "have to suffer.",
  ("Iran", T, pos, "Afghanistan", "hope that the other side honours its commitments = calling_for_talks"))
# no row: ADVERTISEMENT, crosshead, "The clash followed weeks of tension ..." and the treaty / Hamoun paragraphs (background narration)
U(d, "President Ebrahim Raisi, visiting the province on May 18", "clear warning.",
  ("Iran", C, neg, "Afghanistan", "earlier warning reported as a specific statement = threat; 'the rulers in Kabul' = Afghanistan"))
U(d, "Taliban officials replied at the time that drought", "committed to the treaty.",
  ("Afghanistan", N, neg, "", "officials of the de facto government; denial of withholding water"))
# no row: TIMELINE bullets, crosshead
U(d, "Interior Minister Ahmad Vahidi said on Sunday that the rulers of Afghanistan", "along the line.",
  ("Iran", C, neg, "Afghanistan", "holds the other side responsible = condemning"))
U(d, "Brigadier General Amir Ali Hajizadeh, commander of the Aerospace Force", "already been contained.",
  ("Iran", N, neu, "", "IRGC = Iran (name files); playing the clash down, no judgement"))
U(d, "\"Those who are rubbing their hands", "university in Tehran.",
  ("Iran", C, neg, "", "judgement of unnamed 'enemies' (target empty); Tehran = place"))
U(d, "Abolfazl Amouei, spokesman for parliament's National Security and Foreign Policy Committee", "this week.",
  ("Iran", N, neu, "", "parliament committee = Iran; procedure"))
# no row: "Western and Zionist-affiliated media outlets ..." (the outlet's own narration), the Tehran-based expert (unnamed), Zabol residents, tags, related news, comments prompt
