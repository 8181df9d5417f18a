# ------------------------------------------------------------------ US strikes on Kataib Hezbollah; US embassy compound in Baghdad stormed (full HTML, Iraqi English-language site, 2019-12-31)
d = "page_baghdad_embassy_webpage.html"
U(d, "Supporters of Iran-backed paramilitary groups forced their way", "bear full responsibility.",
  ("United States", C, neg, "Iran", "lead carrying narration + Trump's accusation of Iran and 'full responsibility' (a threat); the protesters are not an actor"))
U(d, "Trump wrote on Twitter that Iran had killed an American contractor", "as it always would.",
  ("United States", C, neg, "Iran", "accusation (Iran killed a contractor) + a promise to keep hitting back"))
U(d, "He added that Washington expected Baghdad to use its own forces", "told so.",
  ("United States", T, neg, "Iraq", "demand to the host state to protect the embassy, no judgement word = calling_for_talks (protection), as a demand to one side in labels/README (unsure: could be read as neutral)"))
U(d, "State Department spokeswoman Morgan Ortagus said Secretary of State Mike Pompeo", "in Iraq safe.",
  ("United States", N, neu, "", "calls reported + resolve to protect its own people, no judgement or appeal (unsure: a veiled warning)"))
U(d, "Both Iraqi leaders promised him that American staff and property would be kept safe", "Ortagus said.",
  ("Iraq", N, pos, "", "position of Iraq (PM and president) reported by the US spokeswoman = Iraq's statement; reassurance about its own conduct = neutral, positive"))
U(d, "Defense Secretary Mark Esper said additional forces were being sent", "guard foreign missions.",
  ("United States", T, neg, "Iraq", "own reinforcement (neutral part) + appeal to Iraq to protect missions: the appeal decides, no judgement (unsure)"))
U(d, "The embassy urged US citizens not to approach the compound.", "The embassy urged US citizens not to approach the compound.",
  ("United States", N, neu, "", "advice to its own citizens"))
U(d, "Abdul-Mahdi's office called on the crowd to leave the embassy grounds", "foreign missions.",
  ("Iraq", T, neg, "", "possessive office of the caretaker PM = Iraq; appeal to the crowd (not an actor, target empty) + a warning to protesters, no judgement of an actor"))
U(d, "The Pentagon said on Sunday it had carried out", "US civilian contractor.",
  ("United States", N, neu, "", "'the Pentagon' = US; own strike reported as done, with its stated reason = neutral"))
U(d, "Pompeo said the strikes showed that Washington would not stand by", "at risk.",
  ("United States", C, neg, "Iran", "warning to Iran (threat)"))
U(d, "Abdul-Mahdi denounced them as an aggression", "dangerous spiral.",
  ("Iraq", C, neg, "United States", "'them' = the US strikes; judgement ('aggression'); the preceding narrative sentence in the paragraph gets no row"))
U(d, "He told his cabinet on Monday that Esper had phoned him", "consulting us.",
  ("Iraq", C, neg, "United States", "quotation opened after a colon and left open over the paragraph break; reproach of the US for striking against his warning"))
U(d, "\"He went ahead anyway,\" Abdul-Mahdi said.", "\"He went ahead anyway,\" Abdul-Mahdi said.",
  ("Iraq", C, neg, "United States", "continuation of the quote over a paragraph break, closed by its speaker; 'He' = Esper"))
U(d, "Salih said the strikes violated Iraq's sovereignty", "two countries.",
  ("Iraq", C, neg, "United States", "president by surname; judgement"))
U(d, "The foreign ministry summoned the US ambassador, Matthew Tueller", "over the raids.",
  ("Iraq", C, neg, "United States", "'The foreign ministry' = Iraq's by context; summoning an ambassador in protest"))
U(d, "The office of Grand Ayatollah Ali al-Sistani", "official forces.",
  ("Ali al-Sistani", C, neg, "United States", "cleric under his own name (name files); 'outrageous attack' = the US strikes by context"))
U(d, "It said only the Iraqi state had the right to deal with unlawful acts", "foreign powers.",
  ("Ali al-Sistani", T, neu, "Iraq", "'It' = Sistani's office; appeal to the Iraqi authorities to keep the country out of foreign rivalries, no judgement of an actor (unsure: 'unlawful acts by any group' hints at the militias)"))
U(d, "Kataib Hezbollah said in a statement that the blood of its fighters", "its response.",
  ("Kataib Hezbollah", C, neg, "United States", "vow of revenge = threat"))
U(d, "Al-Muhandis, the deputy head of the Popular Mobilization Forces", "hard in return.",
  ("Popular Mobilization Forces", C, neg, "United States", "Muhandis speaks as deputy head of the PMF (name files keep the PMF as its own actor); threat"))
U(d, "The Popular Mobilization Forces said on Tuesday that more than 30", "outside the embassy.",
  ("Popular Mobilization Forces", N, neu, "", "casualty figures, no blame stated"))
U(d, "Al-Khazali, who leads the Asaib Ahl al-Haq faction", "had to leave.",
  ("Asaib Ahl al-Haq", C, neg, "United States", "faction leader speaks for his group; rejection of the US presence"))
U(d, "Tehran's foreign ministry spokesman Abbas Mousavi on Monday called", "Iraq's sovereignty.",
  ("Iran", C, neg, "United States", "'terrorism' = judgement"))
U(d, "On Tuesday, Mousavi dismissed Trump's accusation outright.", "On Tuesday, Mousavi dismissed Trump's accusation outright.",
  ("Iran", N, neg, "", "denial alone in its sentence = neutral, negative"))
U(d, "\"Instead of blaming others, the Americans should ask themselves", "he said.",
  ("Iran", C, neg, "United States", "counter-accusation in the next sentence"))
U(d, "Lebanon's Hezbollah said the raids were an assault on Iraq's sovereignty", "its security.",
  ("Hezbollah", C, neg, "United States", "judgement of the US raids"))
U(d, "The UN mission in Iraq, headed by Jeanine Hennis-Plasschaert", "international law.",
  ("United Nations", T, neu, "", "UNAMI = United Nations; restraint + inviolability of missions, to all sides"))
U(d, "In Washington, House Speaker Nancy Pelosi said US diplomats", "needed to stop.",
  ("United States", T, neg, "", "Pelosi = United States (actors.csv); protection + end of the violence, no judgement; two addressees, target empty"))
