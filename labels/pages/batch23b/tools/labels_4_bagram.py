# ------------------------------------------------------------------ Bagram Koran burnings and the protests that followed (live blog, 2012-02-25)
d = "page_bagram_quran_burning_liveblog_2012.txt"
# Not statements: menu, headline, update line, KEY POINTS bullets, time stamps, sign-off and welcome entries, photo lines
# "Photo n of 4", ADVERTISEMENT, Related, share, tags, most popular, copyright.
U(d, "Farid Rahmani, director of the Kabul Centre for Policy Research, says both sides", "the week's events.",
  ("Farid Rahmani", N, neg, "", "invented analyst; assessment, no judgement"))
U(d, "\"The apology was right, but an apology cannot undo", "he told us by phone.",
  ("Farid Rahmani", C, neg, "United States", "approval of the apology + judgement of years of night raids and detentions: the judgement decides (rule 1)"))
U(d, "He says the Taliban have shown they can turn any grievance into a weapon.", "into a weapon.",
  ("Farid Rahmani", C, neg, "Taliban", "judgement without a stock word"))
U(d, "\"They do not care about the Koran.", "Rahmani said.",
  ("Farid Rahmani", C, neg, "Taliban", "multi-sentence quote closed by the speaker; judgement of the Taliban's motives"))
U(d, "Rahmani says Karzai and the coalition commanders should sit down", "next Friday's prayers.",
  ("Farid Rahmani", T, neu, "", "appeal for a joint calming message = calling_for_talks; several addressees"))
U(d, "Britain, France and Germany have said they are temporarily withdrawing", "as a precaution.",
  ("United Kingdom", N, neu, "", "states acting as a list, one row each; precautionary withdrawal of own staff, no protest stated = neutral"),
  ("France", N, neu, "", "listed state; precaution, no judgement"),
  ("Germany", N, neu, "", "listed state; precaution, no judgement"))
U(d, "NATO Secretary General Anders Fogh Rasmussen has condemned the killing", "with the Afghan people.",
  ("NATO", C, neg, "", "condemnation + commitment to Afghans: judgement decides (rule 1); gunman unidentified -> target empty"))
U(d, "U.S. Defense Secretary Leon Panetta said in a statement that the attack inside the ministry was unacceptable", "alongside its forces.",
  ("United States", C, neg, "", "'unacceptable' aimed at the attack + demand to Kabul; attacker not named -> target empty"))
U(d, "Panetta also said the killings would not change the U.S. plan", "by the end of 2014.",
  ("United States", N, neu, "", "plan, no evaluation"))
U(d, "In a televised statement, President Hamid Karzai has appealed again", "to sow chaos.",
  ("Afghanistan", T, neg, "", "Karzai as president speaks for Afghanistan (his canonical name is for his later role); appeal for peaceful protest = calling_for_talks"))
U(d, "Karzai's office said he had telephoned the families of the two officers", "to find the gunman.",
  ("Afghanistan", N, pos, "", "condolences + own investigation order (unsure: condolences to the US side could be read as supporting)"))
U(d, "The Taliban say one of their men inside the ministry carried out the shooting.", "carried out the shooting.",
  ("Taliban", N, neu, "", "claim of its own attack as done, no judgement in this sentence = neutral"))
U(d, "In a text message to journalists, spokesman Zabihullah Mujahid said", "would follow.",
  ("Taliban", C, neg, "United States", "killings cast as revenge for the 'insult' + threat of more attacks = condemning"))
U(d, "The Afghan interior ministry says it has identified a suspect", "has not been seen since.",
  ("Afghanistan", N, neu, "", "facts of the investigation"))
U(d, "A spokesman said investigators were questioning the guards", "at the entrance.",
  ("Afghanistan", N, neu, "", "'A spokesman' of the ministry = Afghanistan; procedure"))
U(d, "General John Allen, the commander of NATO forces in Afghanistan, has ordered", "a NATO statement said.",
  ("NATO", N, neu, "", "ISAF commander = NATO; withdrawal of own staff for protection, no protest = neutral"))
U(d, "Allen said whoever carried out the shooting was a coward", "until he was found.",
  ("NATO", C, neg, "", "judgement of the gunman (unidentified) -> target empty"))
U(d, "Allen also praised Afghan police and soldiers for protecting coalition bases", "under great pressure.",
  ("NATO", S, pos, "Afghanistan", "praise of the Afghan security forces (the state's forces) = supporting"))
U(d, "A U.S. official has confirmed to us that the two victims", "and a major.",
  ("United States", N, neu, "", "unnamed official of a named government; facts"))
U(d, "They were found shot in a secure room", "the official said.",
  ("United States", N, neu, "", "same official, attribution tail; facts"))
U(d, "In the northern province of Kunduz, the provincial police chief said", "in Imam Sahib district.",
  ("Afghanistan", N, neu, "", "provincial police chief = state; casualty figures without blame"))
# "Here is what foreign governments have said today." = lead-in, no row.
U(d, "Pakistan's foreign ministry spokesman Abdul Basit said the burning", "must be punished.",
  ("Pakistan", C, neg, "United States", "judgement of the burning + demand for punishment"))
U(d, "Iran's foreign ministry spokesman Ramin Mehmanparast said the burning", "contempt for Islam.",
  ("Iran", C, neg, "United States", "accusation of contempt for Islam"))
# "Kabul residents near the interior ministry describe a tense afternoon." = outlet's lead-in, no row.
U(d, "\"Police closed the road and nobody could get in or out for two hours,\"", "faces the ministry gate.",
  ("Abdul Qadir Sahak", N, neu, "", "invented witness; facts"))
# "People were asking if the foreigners were going to leave now." = he reports unnamed people's question, no row.
# "The UN mission in Afghanistan has urged restraint." = summary line before the specific statement, no row.
U(d, "Jan Kubis, the UN special representative, said in a statement", "lethal force.",
  ("United Nations", T, neg, "", "acknowledges hurt + appeals for peaceful protest and restraint by security forces = calling_for_talks"))
U(d, "Afghanistan's Ulema Council, the country's state-backed body of senior clerics", "public trial.",
  ("Afghan Ulema Council", C, neg, "United States", "the clerics' council as its own body; 'a crime' + demand for trial = condemning"))
U(d, "On Tuesday General Allen apologised and ordered an inquiry", "to a burn pit.",
  ("NATO", N, pos, "", "apology + inquiry into own forces' act = own conduct, no position on another actor; long sentence with narration"))
U(d, "On Thursday President Barack Obama apologised to Karzai in a letter", "not been deliberate.",
  ("United States", N, pos, "", "apology for own forces' act = neutral (unsure: could be read as supporting Afghanistan)"))
U(d, "White House spokesman Jay Carney said on Friday the apology had been the right thing", "in Afghanistan.",
  ("United States", N, neu, "", "defence of own apology, no judgement on another actor"))
U(d, "Karzai said on Friday the burning had deeply wounded the Afghan people", "a public trial.",
  ("Afghanistan", C, neg, "United States", "judgement + demand for public trial of US soldiers"))
