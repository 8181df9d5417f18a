# ------------------------------------------------------------------ Matthew Hedges jailed for life in the UAE (British newspaper live blog, 2018-11-21)
d = "page_hedges_uae_sentence_ukliveblog.txt"
# Not statements: masthead, menus, headline, standfirst, bylines, time stamps, key events list, JavaScript prompt, share bar,
# ADVERTISEMENT, crossheads ("Emirati embassy responds", "May at PMQs", ...), Related:, photo caption, topics, newsletter, most viewed, copyright.
# "Here is a summary ..." paragraph = summary lines ("The UK government has reacted ...", "The Emirati side says ...") repeated in the body: no row.
# "Dr Rachel Penhale ... has been telling us what she thinks happens next." = lead-in, no row.
U(d, "\"The Emiratis did not expect London to go public this hard", "Penhale said.",
  ("Rachel Penhale", N, neu, "", "invented think-tank analyst; reading of both sides' expectations, no judgement"))
U(d, "She said the most likely way out was a pardon", "had held their ground.",
  ("Rachel Penhale", N, neu, "", "forecast of a pardon, no judgement or appeal"))
U(d, "\"Both capitals should be looking for that door now", "she added.",
  ("Rachel Penhale", T, neu, "", "appeal to both governments for quiet diplomacy; two addressees -> target empty"))
U(d, "Professor Owain Harries-Lloyd, who studies academic freedom", "across British campuses.",
  ("Owain Harries-Lloyd", N, neg, "", "invented professor; effect of the case on research, no judgement on an actor"))
U(d, "\"A student was given a life term for interviewing people", "he said.",
  ("Owain Harries-Lloyd", C, neg, "United Arab Emirates", "'an attack on scholarship itself' = judgement of the UAE"))
# "Durham University has put out a short statement." = lead-in, no row.
U(d, "The university said it was profoundly troubled by the sentence", "throughout the day.",
  ("Durham University", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "It called on the Emirati authorities to let their student come home", "finish his thesis.",
  ("Durham University", T, neu, "United Arab Emirates", "'It' = the university; appeal for release, no judgement word = calling_for_talks"))
U(d, "The university added that it had set up a support line", "in the region.",
  ("Durham University", N, neu, "", "own measure for staff, no evaluation"))
# "Amnesty International has weighed in, and it does not mince its words." = summary line, no row.
U(d, "\"This was a trial in name only", "should be quashed.",
  ("Amnesty International", C, neg, "United Arab Emirates", "judgement of the trial + demand to quash"))
U(d, "Human Rights Watch said the UAE had once again shown", "too closely at the state.",
  ("Human Rights Watch", C, neg, "United Arab Emirates", "accusation: courts as a tool of repression"))
# "The UAE embassy in London has issued a statement ..." = lead-in, no row.
U(d, "\"Mr Hedges was given a fair and transparent trial", "the embassy said.",
  ("United Arab Emirates", N, neg, "", "embassy = UAE; defence of the trial against criticism = denial, neutral with a negative tone"))
U(d, "It rejected reports that the sentencing hearing had lasted five minutes", "months of proceedings.",
  ("United Arab Emirates", N, neg, "", "denial of the five-minute account = neutral, negative"))
U(d, "The embassy said the UAE and the UK were close friends", "spirit of mutual respect.",
  ("United Arab Emirates", T, pos, "United Kingdom", "hope that the two governments keep talking = calling_for_talks"))
U(d, "Earlier, the UAE attorney general, Hamad Saif al-Shamsi, said", "for a foreign state.",
  ("United Arab Emirates", N, neu, "", "attorney general via WAM (agency not an actor); the charge and conviction stated as facts of the case"))
U(d, "Al-Shamsi said Hedges had the right to appeal within 30 days.", "within 30 days.",
  ("United Arab Emirates", N, neu, "", "procedure"))
# "The Emirati minister of state for foreign affairs, Anwar Gargash, has taken to Twitter." = lead-in, no row.
U(d, "\"Our courts answer to the law, not to headlines in London", "Gargash wrote.",
  ("United Arab Emirates", C, neg, "United Kingdom", "rebuff of British pressure without a stock word (unsure: could be read as a denial only)"))
U(d, "In a second tweet he said he remained confident", "through the case.",
  ("United Arab Emirates", T, pos, "United Kingdom", "hope/confidence that the partnership finds a way = calling_for_talks"))
U(d, "Labour's shadow foreign secretary, Emily Thornberry, said the sentence", "miscarriage of justice.",
  ("Labour Party", C, neg, "United Arab Emirates", "opposition party; judgement of the verdict"))
U(d, "She also accused ministers of treating the Hedges case", "once the cameras arrived.",
  ("Labour Party", C, neg, "United Kingdom", "accusation against the government (party vs own state)"))
U(d, "Tom Tugendhat, the Conservative chair of the Commons foreign affairs committee", "invested in for decades.",
  ("United Kingdom", C, neg, "United Arab Emirates", "chair of a parliamentary committee speaks for the state (guide: Armenian parliament, Senator Cardin); 'betrayal' = judgement"))
U(d, "\"Friends do not jail each other's students,\" Tugendhat told the BBC.", "told the BBC.",
  ("United Kingdom", C, neg, "United Arab Emirates", "judgement without a stock word"))
# "Theresa May opened prime minister's questions by addressing the case." = lead-in, no row.
U(d, "\"This is a verdict the government cannot accept", "May told MPs.",
  ("United Kingdom", C, neg, "United Arab Emirates", "'cannot accept' = judgement (like 'unacceptable')"))
U(d, "She said consular staff would keep visiting Hedges", "whatever they needed.",
  ("United Kingdom", S, pos, "", "assistance to its detained citizen and his family = support by act; Hedges is not an actor -> target empty"))
# "Daniela Tejada, Hedges's wife, ... has spoken to reporters outside." = lead-in, no row.
U(d, "\"He went white and could barely stand when the judge spoke", "Tejada said.",
  ("Daniela Tejada", C, neg, "United Arab Emirates", "named relative = person; complaint that nothing was translated = accusation of an unfair hearing (unsure: could be a neutral witness account)"))
U(d, "She said the Emirati authorities had made a mockery of justice", "was innocent.",
  ("Daniela Tejada", C, neg, "United Arab Emirates", "judgement + denial of the charge"))
U(d, "\"For months the Foreign Office told me to stay quiet", "she added.",
  ("Daniela Tejada", C, neg, "United Kingdom", "criticism of the Foreign Office's quiet diplomacy"))
# "The foreign secretary, Jeremy Hunt, has issued a statement through the Foreign Office." = lead-in, no row.
U(d, "\"Only last week I sat down with the Emirati leadership", "Hunt said.",
  ("United Kingdom", C, neg, "United Arab Emirates", "charge of broken assurances, no stock word"))
U(d, "\"Abu Dhabi should understand that what happened in that courtroom", "in any doubt about it.\"",
  ("United Kingdom", C, neg, "United Arab Emirates", "quote continued in its own paragraph (same speaker); warning of consequences for relations = threat"))
U(d, "Hunt said he would seek a call with Sheikh Abdullah bin Zayed", "bring Hedges home.",
  ("United Kingdom", T, neu, "United Arab Emirates", "seeking a call to resolve the case = calling_for_talks"))
U(d, "A Foreign Office spokesperson said consular officials had attended", "every help they could.",
  ("United Kingdom", S, pos, "", "consular help given and offered = support by act; target empty (Hedges is not an actor)"))
# Background paragraph (arrest, solitary confinement, bail) = narration, no row.
# "A family spokeswoman has confirmed ..." = unnamed speaker giving a fact; narration, no row.
