# ---------------------------------------------------------------- 4. Mauritania: incidents on the Malian border, April 2024 (MFA news page, HTML)
d = "page_mauritania_malibordermissions2024_mfa.html"
MR = "Mauritania"
ML = "Mali"
# --- release of 20 April 2024
U(d, "The Minister of National Defence, Mr Hanena Ould Sidi, was received on Saturday in Bamako", "Mr Mohamed Ould Cheikh El Ghazouani.",
  (MR, T, neu, ML, "defence minister = Mauritania; delivering the President's written message amid the border row = a diplomatic step towards Mali (unsure: a reception reported in narrative is often no one's statement); Bamako = place; Goïta is the addressee (object)"))
# "The Minister was accompanied on this mission by the head of the external intelligence services ..." -> narration, no row
U(d, "During the audience, the Minister conveyed to the Malian Head of State the deep concern", "do not happen again.",
  (MR, T, neg, ML, "concern + insistence that measures be taken = appeal with no judgement word, addressed to Mali"))
U(d, "He recalled that the bonds of history, of kinship and of shared interests", "crossed freely.",
  (MR, T, neu, "", "'He' = the defence minister; both States have a duty to protect civilians = appeal for civilian protection, addressed to both -> target empty"))
U(d, "The Malian Head of State, for his part, welcomed the message of his Mauritanian brother", "secure the common border.",
  (ML, T, pos, MR, "Goïta = Mali; welcome of the message + commitment to work with Mauritania on good neighbourliness = calling_for_talks (welcome with an appeal/commitment to cooperate, no aid offered)"))
U(d, "At the end of the audience, the two parties agreed to strengthen coordination", "armed groups in the area.",
  (MR, T, neu, ML, "joint agreement: one row per party; agreed coordination mechanism to prevent incidents = de-escalation (unsure: could be read as neutral security cooperation)"),
  (ML, T, neu, MR, "joint agreement: one row per party; agreed coordination mechanism to prevent incidents = de-escalation (unsure: could be read as neutral security cooperation)"))
U(d, "Speaking to the Malian press, Mr Hanena Ould Sidi said that the depth of the ties", "come between the two countries.",
  (MR, T, pos, ML, "the minister named again in full; 'no incident ... should be allowed to come between the two countries' = appeal to preserve relations; Nouakchott and Bamako = metonyms for the two governments (objects)"))
# --- release of 19 April 2024
U(d, "The Ministry of Foreign Affairs, Cooperation and Mauritanians Abroad summoned on Friday the Ambassador", "on Malian territory.",
  (MR, C, neg, ML, "summoning the ambassador to convey 'firm disapproval' of violence against Mauritanian civilians = protest and judgement"))
U(d, "The Ministry indicated that Mauritania had, on each previous occasion,", "nevertheless continued.",
  (MR, C, neg, ML, "'notes with great bitterness that they have nevertheless continued' = reproach to Mali"))
U(d, "It stated that the Mauritanian Government expects from the Government of Mali a full account", "from happening again.",
  (MR, T, neg, ML, "'It' = the Ministry; demand for an explanation and preventive steps with no judgement word = calling_for_talks, negative (labels/README)"))
U(d, "The Ministry added that the information gathered by the Mauritanian services", "through the appropriate channels.",
  (MR, N, neu, "", "information handed over = procedural fact"))
U(d, "The Ambassador of Mali took note of the Mauritanian position", "without delay to his authorities.",
  (ML, N, neu, "", "the ambassador = Mali; took note and will transmit = procedure"))
U(d, "The Ministry reaffirms the attachment of Mauritania to the relations of brotherhood", "wherever they may be.",
  (MR, C, neg, ML, "attachment to good relations joined to a 'resolve to defend, by every legitimate means' its citizens = veiled warning to Mali (rule 1: a threatened response; unsure: could be read as neutral self-description)"))
U(d, "It calls on Mauritanian citizens who live in or travel through the border areas,", "administrative and security authorities.",
  (MR, N, neu, "", "safety advice to its own citizens = neutral (not an appeal to another party)"))
# --- release of 15 April 2024
U(d, "His Excellency the President of the Republic, Mr Mohamed Ould Cheikh El Ghazouani, received on Monday", "from Colonel Assimi Goïta.",
  (ML, T, pos, MR, "the sending of two ministers bearing Goïta's message = Mali's diplomatic step towards Mauritania (the reception itself is narration; Mauritania gets no row here)"))
U(d, "Speaking to the press at the end of the audience, Mr Abdoulaye Diop said", "management of their common border.",
  (ML, T, pos, MR, "foreign minister = Mali; message of fraternity + wish to deepen cooperation on the border = calling_for_talks"))
U(d, "\"Our armed forces are pursuing terrorist groups, and only terrorist groups.", "the Malian Minister declared.",
  (ML, N, neg, "", "multi-sentence quote closed by its speaker; denial of any intent to harm Mauritanian civilians = neutral, negative; the terrorist groups are unnamed"))
U(d, "He added that Bamako was ready to examine, together with Nouakchott,", "the families receive answers.",
  (ML, T, pos, MR, "'Bamako' = Mali (metonym), 'Nouakchott' = Mauritania (object); offer of a joint examination of the incidents = calling_for_talks"))
U(d, "The President of the Republic, for his part, asked the Malian side to take every necessary measure", "would make no concession.",
  (MR, T, neg, ML, "Ghazouani = Mauritania; request addressed to Mali to protect Mauritanian citizens, 'no concession' but no judgement word = calling_for_talks, negative"))
# "The audience took place in the presence of the Minister of Foreign Affairs ... Ould Merzoug, and of the Minister of National Defence ..." -> narration, no row
# --- release of 10 April 2024
# "His Excellency the President of the Republic ... received on Wednesday a telephone call from his brother Colonel Assimi Goïta ..." -> a call listed in narrative, no row
# "The conversation, held on the day of Eid al-Fitr, gave the two leaders the occasion to wish each other ..." -> content of the call without a position, no row
U(d, "The Malian Head of State informed the President of the Republic of his wish to send to Nouakchott,", "Ministers of Foreign Affairs and of Defence.",
  (ML, T, pos, MR, "Goïta = Mali; announced intention to send a ministerial delegation = offer of talks"))
U(d, "On the eve of this call, the Spokesperson of the Government, Mr Nani Ould Chrougha, had declared to the press", "in the border areas.",
  (MR, C, neg, ML, "government spokesman = Mauritania; the army 'would respond to any incursion' + firm measures = threat; in context aimed at the Malian army's incursion (unsure: phrased generally, target could be empty)"))
U(d, "He had added that Mauritania, confident in its strength, nevertheless preferred", "through dialogue.",
  (MR, T, pos, ML, "'He' = the spokesman; preference for calm, wisdom and dialogue with its neighbour = calling_for_talks"))
U(d, "The Malian Minister also thanked Mauritania for the hospitality it has extended", "goods bound for Mali.",
  (ML, S, pos, MR, "'The Malian Minister' = Diop = Mali; gratitude for hosting refugees and for the open port and roads = approval/praise of Mauritania's conduct (as batch 42a: gratitude from the receiving side is supporting)"))
