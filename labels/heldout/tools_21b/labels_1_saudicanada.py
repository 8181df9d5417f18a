# ------------------------------------------------------------------ Saudi Arabia expels Canada's ambassador (Reuters-style wire, 2018-08-08)
d = "page_saudi_canada_ambassador_wire.txt"
U(d, "Saudi Arabia's foreign minister said on Wednesday there was no role", "human rights with Riyadh.",
  ("Saudi Arabia", C, neg, "Canada", "lead: refuses mediation in protest + 'Ottawa alone could undo the damage' = blame on Canada"),
  ("Canada", N, neu, "", "lead, second actor: Trudeau on his own government's conduct, no judgement or appeal"))
U(d, "Adel al-Jubeir, speaking at a news conference in Riyadh", "between the two capitals.",
  ("Saudi Arabia", C, neg, "Canada", "FM introduced by name and place; 'a serious error' = judgement; refusal of go-betweens in protest"))
U(d, "\"We are not asking for intermediaries.", "Jubeir said.",
  ("Saudi Arabia", C, neg, "Canada", "two-sentence quote closed by its speaker = one unit; blame on Ottawa (metonym) + refusal of intermediaries"))
U(d, "\"Nobody should expect this kingdom to take instructions", "its own judiciary.\"",
  ("Saudi Arabia", C, neg, "Canada", "quotation continued after its attribution = its own unit, same speaker; rejection of Canada's demand as an instruction (target implied by the paragraph; unsure: could be read as a neutral refusal)"))
U(d, "He said further steps against Canada were under study", "what they might be.",
  ("Saudi Arabia", C, neg, "Canada", "'He' = Jubeir; threat of further measures"))
U(d, "Energy Minister Khalid al-Falih was quoted by the state news agency SPA", "apart from politics.",
  ("Saudi Arabia", N, neu, "", "reassurance about own oil supplies; SPA only carries it; Saudi Aramco only mentioned"))
U(d, "The crisis broke late on Sunday, when the foreign ministry announced", "24 hours to leave the kingdom.",
  ("Saudi Arabia", C, neg, "Canada", "expulsion of the ambassador + recall of its own = measures (condemning); 'the foreign ministry' by context"))
U(d, "It also froze all new trade and investment dealings with Canada", "could follow.",
  ("Saudi Arabia", C, neg, "Canada", "pronoun 'It' = the ministry; freeze + warning of more measures = measure and threat"))
U(d, "The ministry dismissed the Canadian appeal in unusually sharp language:", "no reliable information supports it.",
  ("Saudi Arabia", N, neg, "", "quotation opened after a colon; rejection of Canada's claims as untrue = denial (neutral, negative)"))
U(d, "The individuals concerned were detained by the Public Prosecution", "extended to them.",
  ("Saudi Arabia", N, neu, "", "same open quotation: own judicial procedure and guarantees, no judgement"))
U(d, "\"Whoever presumes to tell the kingdom how to run its courts", "the statement said.",
  ("Saudi Arabia", C, neg, "Canada", "quotation continued over the paragraph break, closed by 'the statement said'; 'trespassing on its sovereignty' + firm answer = judgement and threat; Canada implied by the whole statement"))
U(d, "The ministry added that Riyadh kept out of other countries' domestic affairs", "courtesy in return.",
  ("Saudi Arabia", N, neu, "", "principle of non-interference; 'Canada's' is a possessive, not a speaker (unsure: implies a reproach)"))
U(d, "Since then, Saudi Arabia has told more than 15,000 students", "Toronto from Aug. 13.",
  ("Saudi Arabia", C, neg, "Canada", "measures taken by act (students moved, flights stopped); state airline Saudia = Saudi Arabia (state agency), one row"))
U(d, "Trudeau, speaking at an aviation training company in Montreal", "wherever it saw abuses.",
  ("Canada", N, neu, "", "surname only; own conduct defended, no judgement of Saudi Arabia"))
U(d, "\"Our quarrel is not with the Saudi people", "he said.",
  ("Canada", T, pos, "Saudi Arabia", "quote closed by 'he said' (= Trudeau): contact kept through diplomats = commitment to talks"))
U(d, "\"That will not stop us from saying what we think", "the rights of women.\"",
  ("Canada", N, neu, "", "quotation continued after its attribution: own conduct, no judgement of Saudi Arabia"))
U(d, "He said Foreign Minister Chrystia Freeland had held a long telephone conversation", "on Tuesday.",
  ("Canada", T, neu, "Saudi Arabia", "talks held, reported by Trudeau; Jubeir (the other party) takes no position here"))
U(d, "A spokeswoman for Freeland, Marie-Pier Baril, said on Monday", "explain its decision.",
  ("Canada", T, neg, "Saudi Arabia", "spokeswoman by role; troubled + asked for an explanation = request for talks, no judgement word (as batch5c's requests for an explanation; unsure)"))
U(d, "Saudi Arabia's measures would not change what Canada said about human rights", "Baril added.",
  ("Canada", N, neu, "", "possessive 'Saudi Arabia's' before the speaker; the speaker is Baril (Canada): own position maintained"))
U(d, "Last Friday, Global Affairs Canada had voiced alarm on Twitter", "freed without delay.",
  ("Canada", T, neg, "Saudi Arabia", "alarm + call to free detainees, no judgement word: an appeal addressed to one side (talks, negative; unsure, could be read as condemning)"))
U(d, "A Canadian government source, speaking on condition of anonymity", "calm the situation.",
  ("Canada", T, neu, "", "unnamed official of a named government speaks for it; seeking mediators to calm the row = de-escalation"))
U(d, "Bahrain, the United Arab Emirates, Egypt and Jordan each said they stood with Riyadh.", "Bahrain, the United Arab Emirates, Egypt and Jordan each said they stood with Riyadh.",
  ("Bahrain", S, pos, "Saudi Arabia", "list of four states: one row each; Riyadh = metonym"),
  ("United Arab Emirates", S, pos, "Saudi Arabia", "same list"),
  ("Egypt", S, pos, "Saudi Arabia", "same list"),
  ("Jordan", S, pos, "Saudi Arabia", "same list"))
U(d, "The UAE's minister of state for foreign affairs, Anwar Gargash", "on the kingdom's side.",
  ("United Arab Emirates", S, pos, "Saudi Arabia", "backing of Saudi Arabia; 'no state could dictate' names nobody (Canada implied, not the stance)"))
U(d, "\"Canada and Saudi Arabia are both friends of the United States", "told reporters on Tuesday.",
  ("United States", T, neu, "", "spokeswoman by role after the quote; wish that both work it out directly = appeal to both (talks); the preceding 'Washington has declined to pick a side' is the reporter's narration (no row)"))
U(d, "Britain's Foreign Office urged both countries to show restraint", "with the Saudi government.",
  ("United Kingdom", T, neu, "", "appeal for restraint to both sides; own concerns on rights are mentioned without a judgement"))
U(d, "Human Rights Watch's Middle East director, Sarah Leah Whitson", "about the kingdom's jails.",
  ("Human Rights Watch", C, neg, "Saudi Arabia", "NGO under its own name; accusation that the measures are meant to intimidate"))
