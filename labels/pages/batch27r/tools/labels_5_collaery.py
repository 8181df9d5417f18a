# ------------------------------------------------------------------ End of the Collaery prosecution: Parliament House media-release search page (2022-07-08)
d = "page_collaery_discontinued2022_mediareleases.txt"
# Not statements: site name, breadcrumb, search line, filters, result numbers "[6] MEDIA RELEASE", sender lines with name,
# office and date, release titles (headlines), media contact, results count, disclaimer, footer.
# Legislators of no party speak for their state (as a congressman does: Australia); party spokespeople speak for their party.
U(d, "Senator David Pocock has welcomed the Attorney-General's decision", "should never have been charged.",
  ("Australia", C, neg, "", "independent senator (Australia): welcome joined to 'should never have been charged' = judgement of the prosecution -> rule 1 (target empty: the former government is not a canonical actor)"))
U(d, "\"Bernard Collaery has lived under this cloud for four years", "Senator Pocock said.",
  ("Australia", N, neg, "", "sympathy for Collaery, no judgement of an actor in the unit (unsure: implies blame)"))
U(d, "The senator said he would use his first weeks in the Senate", "seeking a meeting.",
  ("Australia", N, neu, "", "own plan + letter requesting a meeting (a legislative meeting, not diplomacy)"))
U(d, "Independent Member for Clark Andrew Wilkie has described the end of the Collaery case", "Witness K was pardoned.",
  ("Australia", T, pos, "", "independent MP (Australia); praise of the decision joined to a demand for a pardon; no judgement -> appeal decides (unsure: could be supporting)"))
U(d, "Mr Wilkie said the bugging of Timor-Leste's cabinet offices in 2004 had been a disgrace", "held to account.",
  ("Australia", C, neg, "", "judgement of past ministers (his own state's former government) -> target empty"))
U(d, "\"The former government spent millions of dollars", "he said.",
  ("Australia", C, neg, "Liberal Party of Australia", "'the former government' = the Coalition government (Liberal-led)"))
U(d, "Mr Wilkie said he had spoken this morning with former Timorese prime minister Xanana Gusmão", "stood by Mr Collaery.",
  ("National Congress for Timorese Reconstruction", S, pos, "", "Gusmão (CNRT leader, not in government in July 2022) thanks Collaery's supporters, relayed by Wilkie = gratitude (supporting); Wilkie's call is narration"))
U(d, "According to Mr Wilkie, Mr Gusmão said the decision would help heal a wound", "told them the truth.",
  ("National Congress for Timorese Reconstruction", S, pos, "Australia", "'according to Mr Wilkie'; approval of the decision + hope of healing (unsure: could be calling_for_talks)"))
U(d, "The Greens have welcomed the decision, saying it ends one of the most shameful prosecutions", "country's history.",
  ("Australian Greens", C, neg, "", "welcome joined to a judgement of the prosecution: rule 1"))
U(d, "Greens justice spokesperson Senator David Shoebridge said the previous government had used", "doing his job.",
  ("Australian Greens", C, neg, "Liberal Party of Australia", "accusation of the previous (Liberal-led) government"))
U(d, "\"We welcome today's decision, and we say plainly that this case should never have been brought,\"", "Senator Shoebridge said.",
  ("Australian Greens", C, neg, "", "welcome + judgement: rule 1"))
U(d, "\"Now the Parliament needs a full inquiry", "who revealed it.\"",
  ("Australian Greens", T, neu, "", "demand for an inquiry = appeal (as calls for an inquiry in earlier batches)"))
U(d, "Senator Shoebridge was joined at a doorstop by Professor Rosalind Tweedie", "drifted from open justice.",
  ("Rosalind Tweedie", C, neg, "", "invented scholar; judgement of secrecy laws (no actor named -> target empty)"))
U(d, "\"For four years, a court in the national capital heard a case", "Professor Tweedie said.",
  ("Rosalind Tweedie", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The Greens will move in the Senate for a pardon for Witness K when Parliament resumes.", "when Parliament resumes.",
  ("Australian Greens", T, neu, "", "announced motion for a pardon = appeal"))
U(d, "The Shadow Attorney-General, Julian Leeser, has called on the Attorney-General to explain", "basis for his decision.",
  ("Liberal Party of Australia", T, neu, "Australia", "demand for an explanation, no judgement word (Leeser = Liberal)"))
U(d, "\"This was a prosecution brought by the Commonwealth Director of Public Prosecutions", "Mr Leeser said.",
  ("Liberal Party of Australia", C, neg, "Australia", "criticism of intervening without reasons = judgement"))
U(d, "Mr Leeser said the Coalition did not accept the characterisation", "politically driven.",
  ("Liberal Party of Australia", N, neg, "", "denial of political motive = neutral, negative"))
U(d, "He said the Opposition had asked for a confidential briefing", "involved.",
  ("Liberal Party of Australia", N, neu, "", "procedural request"))
U(d, "Today I have exercised my power under section 71 of the Judiciary Act 1903", "Mr Bernard Collaery.",
  ("Australia", N, neu, "", "the Attorney-General's release in the first person: decision reported, no evaluation"))
U(d, "I made this decision after careful consideration of the public interest", "relations with our neighbours.",
  ("Australia", N, neu, "", "reasons given in general terms"))
U(d, "The Commonwealth Director of Public Prosecutions and the ACT Supreme Court have been informed.", "have been informed.",
  ("Australia", N, neu, "", "procedure"))
U(d, "Because the case involves national security information, I will not be able to say more", "my decision.",
  ("Australia", N, neu, "", "declines to give reasons = procedural"))
U(d, "The Government is committed to whistleblower protections", "Public Interest Disclosure Act.",
  ("Australia", N, pos, "", "own plan, positive tone"))
U(d, "The Embassy of the Democratic Republic of Timor-Leste in Canberra welcomes the decision", "Mr Bernard Collaery.",
  ("East Timor", S, pos, "Australia", "embassy speaking as 'the Embassy' welcomes the decision"))
U(d, "The Embassy expresses the deep gratitude of the Timorese people", "for their courage.",
  ("East Timor", S, pos, "", "gratitude/praise to two persons (not actors) -> target empty"))
U(d, "The Government of Timor-Leste believes that the maritime boundary treaty of 2018", "events of 2004 behind them.",
  ("East Timor", T, pos, "Australia", "hope that both nations put the past behind them = reconciliation hope (calling_for_talks)"))
U(d, "Dr Elena Costa, a Dili-based researcher with the Timor Sea Research Collective", "what had been done.",
  ("Elena Costa", C, neg, "Australia", "invented researcher; implies Canberra has not admitted a wrong = judgement (unsure: could be neutral)"))
