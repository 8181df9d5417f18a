# ------------------------------------------------------------------ Mamasapano clash aftermath (live blog, full HTML, 2015-01-28)
d = "page_philippines_mamasapano_clash2015_liveblog.html"
# Not statements: menu, weather/stock strip, LIVE badge, update stamp, headline, standfirst, byline, figure caption and credit,
# Key events bullets, share bar, time stamps, entry headings, ADVERTISEMENT, the lead-ins "The United States embassy in Manila posted
# this message:" and "The European Union's delegation in Manila also weighed in:", tweet signature lines, tags, related and most-read
# lists, comments box, footer.
# Legislators speaking as legislators on a state matter (Poe, Cayetano, Marcos Jr.) = Philippines, as Senator Cardin = United States
# in the guide's table; their party is not named on the page.
# --- 9:30 PM
U(d, "Rommel Dacanay, a researcher at a Davao-based institute", "speak of their dead.",
  ("Rommel Dacanay", C, neg, "Philippines", "invented analyst; criticism of the President's address ('careful to the point of coldness') = negative judgement; the President = Philippines"))
U(d, "\"But he was right to keep the peace process alive", "Dacanay told the Current.",
  ("Rommel Dacanay", S, pos, "Philippines", "approval of the President's choice; the jab at Manila does not outweigh the praise"))
# --- 9:05 PM
U(d, "President Benigno Aquino III, in a televised address from Malacañang", "believed to have been killed.",
  ("Philippines", N, neu, "", "account of the operation's aim and result; 'most wanted terrorists' concerns persons, no canonical target"))
U(d, "\"Forty-four of our police officers went into that field", "Aquino said.",
  ("Philippines", C, neg, "", "multi-sentence quote closed by its speaker; 'will be made to answer' = threatened accountability, those responsible unnamed -> target empty"))
U(d, "He said he had asked the leadership of the Moro Islamic Liberation Front to prove its commitment", "to justice.",
  ("Philippines", T, neg, "Moro Islamic Liberation Front", "demand addressed to one side (cooperate, help arrest Usman) with no judgement word = calling_for_talks, negative (unsure: 'prove its commitment' implies doubt)"))
U(d, "\"I will not allow this tragedy to destroy the peace process.", "he said.",
  ("Philippines", T, neu, "", "commitment to keep the peace process = calling_for_talks"))
# --- 7:00 PM
U(d, "At the wake in Taguig, Lorna Bagsican, whose husband was among the commandos killed", "most of the day.",
  ("Lorna Bagsican", N, neg, "", "invented widow; the families' question about reinforcements, no judgement yet (it comes in her quote)"))
U(d, "\"They told us it was a mission for the country.", "she told reporters.",
  ("Lorna Bagsican", C, neg, "Philippines", "accusation that the authorities left the men without help"))
# --- 5:30 PM
U(d, "Mohagher Iqbal, the MILF's chief negotiator, told reporters in Cotabato City", "under attack.",
  ("Moro Islamic Liberation Front", C, neg, "Philippines", "blames the police for breaching the ceasefire coordination + justifies its fighters (unsure: could be read as a neutral account/self-justification)"))
U(d, "Iqbal said the MILF had not known that Marwan and Usman were in the village", "sheltered them.",
  ("Moro Islamic Liberation Front", N, neg, "", "denial of an accusation = neutral, negative"))
U(d, "He said the front had set up its own commission to investigate the clash", "with the government.",
  ("Moro Islamic Liberation Front", T, pos, "Philippines", "own inquiry + condolences + commitment to the peace agreement: the commitment to the peace course decides (rule 2 before rule 3)"))
# --- 4:00 PM
U(d, "The officer-in-charge of the Philippine National Police, Deputy Director General Leonardo Espina", "sent in after them.",
  ("Philippines", N, neu, "", "the police's board of inquiry at work = procedure"))
U(d, "\"Our men did not die for nothing.", "referring to Marwan.",
  ("Philippines", N, pos, "", "praise of its own commandos = self-praise, neutral with positive tone"))
U(d, "Interior Secretary Mar Roxas, who oversees the police", "scholarships for their children.",
  ("Philippines", N, pos, "", "benefits for its own officers' families = reassurance about its own conduct (unsure: could be read as supporting, aid)"))
# --- 2:45 PM
U(d, "Our deepest sympathies go to the families of the PNP-SAF officers", "in Maguindanao.",
  ("United States", S, neg, "Philippines", "embedded tweet of the US embassy: sympathy = solidarity; grief -> negative"))
U(d, "The United States stands with the Filipino people in this difficult hour.", "difficult hour.",
  ("United States", S, pos, "Philippines", "second sentence of the tweet: solidarity"))
U(d, "Asked about reports that American personnel had taken part in the operation", "Philippine government.",
  ("United States", N, neu, "", "unnamed spokesman of a named embassy = United States; referral without comment = neutral"))
# --- 1:30 PM
U(d, "Our thoughts are with the families of the fallen police officers.", "police officers.",
  ("European Union", S, neg, "Philippines", "embedded tweet of the EU delegation: condolences = solidarity"))
U(d, "We hope the Bangsamoro peace process, which has come so far", "withstand this tragedy.",
  ("European Union", T, pos, "", "hope that the peace process survives = calling_for_talks"))
U(d, "Japan, a member of the International Contact Group", "on track.",
  ("Japan", T, neg, "", "sorrow + hope that both sides keep the peace process = calling_for_talks; both sides -> target empty"))
U(d, "In Kuala Lumpur, Malaysian Foreign Minister Anifah Aman said", "establish the facts.",
  ("Malaysia", T, neu, "", "facilitator's continued support for the talks + appeal to both parties to let the ceasefire bodies find the facts = calling_for_talks; Kuala Lumpur = place"))
# --- 12:00 PM
U(d, "Senator Grace Poe, who chairs the Senate committee on public order", "to arrive.",
  ("Philippines", N, neu, "", "announced inquiry = plan/procedure; senator = the state (see header)"))
U(d, "Senator Alan Peter Cayetano, who has withdrawn as a co-author", "to arrest terrorists.",
  ("Philippines", C, neg, "Moro Islamic Liberation Front", "accusation against the MILF's fighters + refusal to back the law in protest = condemning"))
U(d, "Senate hearings on the bill remain suspended after Senator Ferdinand Marcos Jr.", "going any further.",
  ("Philippines", N, neg, "", "hearings halted pending clarification, a procedural reason with no judgement stated = neutral (near miss with Cayetano's protest; Marcos Jr. was a senator in 2015)"))
# --- 10:30 AM
U(d, "Abu Misry Mama, a spokesman for the Bangsamoro Islamic Freedom Fighters", "meet the same fate.",
  ("Bangsamoro Islamic Freedom Fighters", C, neg, "Philippines", "own part in the fighting reported (neutral alone) + threat to any government force = condemning"))
# --- 9:15 AM
U(d, "Presidential peace adviser Teresita Quintos Deles called the clash a grave setback", "hold to the ceasefire.",
  ("Philippines", T, neg, "", "setback acknowledged + appeal not to blame all Moros and to both sides to keep the ceasefire = calling_for_talks"))
U(d, "Government chief negotiator Miriam Coronel-Ferrer said the joint ceasefire committee", "the shooting began.",
  ("Philippines", N, neg, "", "explanation of the delay: the committee was not told in advance = facts, no judgement"))
# --- 8:00 AM
U(d, "Three days after the clash in Tukanalipao village, Mamasapano, the Philippine National Police puts", "in decades.",
  ("Philippines", N, neu, "", "death toll given by the police = figures"))
# "The commandos were caught in a firefight ..." and "A finger taken from the body ..." = narration: no row.
