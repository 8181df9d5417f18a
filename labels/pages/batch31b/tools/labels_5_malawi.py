# ------------------------------------------------------------------ Malawi: Chakwera concedes, MEC declares Mutharika president-elect (live blog, HTML, 2025-09-24)
d = "page_malawi_mutharika_comeback2025_liveblog.html"
# Not statements: masthead, menu, kicker, headline, standfirst, byline, captions, Key events list, entry time stamps and
# headings, embedded-post handles and dates, share bar, tags, reader comments, most read, newsletter, footer.
# Chakwera is head of state until 4 October 2025 -> Malawi (guide); Mutharika is president-elect, not yet in office -> his party (DPP).
U(d, "Speaking to supporters and reporters outside his home in Blantyre, the president-elect said", "without taunting their opponents.",
  ("Democratic Progressive Party", T, pos, "", "president-elect not yet in office -> DPP (his party, canonical name); no reprisals + supporters asked not to taunt = appeal for a peaceful course"))
U(d, "\"We are not coming back to settle scores.", "Mutharika said.",
  ("Democratic Progressive Party", N, pos, "", "multi-sentence quote closed by its speaker; reassurance + plans (prices, fuel, forex) = neutral, positive"))
U(d, "He also thanked Chakwera for conceding before the final figures were read", "a great service today.",
  ("Democratic Progressive Party", S, pos, "Malawi", "praise of the outgoing president's concession; Chakwera = head of state -> target Malawi (unsure: he conceded as MCP candidate, target could be MCP)"))
# "Zambia's President Hakainde Hichilema was among the first foreign leaders to react." = lead-in narration, no position.
U(d, "Congratulations to my brother Prof. Arthur Peter Mutharika", "keep building them together.",
  ("Zambia", S, pos, "Democratic Progressive Party", "embedded post by a head of state (its two sentences = one unit, the signature '- HH' left out); congratulations to the president-elect = supporting; target the winner's party until he takes office"))
U(d, "South Africa's presidency said Cyril Ramaphosa had sent his congratulations", "accepting the outcome.",
  ("South Africa", S, pos, "", "congratulations to Mutharika + praise of Chakwera = supporting two sides -> target empty"))
U(d, "The US Embassy in Lilongwe said in a statement that it congratulated Malawians", "food security.",
  ("United States", S, pos, "Malawi", "embassy = United States; congratulations to Malawians on a peaceful vote + readiness to work with the incoming government = supporting"))
U(d, "The SADC Electoral Observation Mission said on X that Malawi had once again shown the region", "every result sheet.",
  ("SADC", S, pos, "Malawi", "observation mission = SADC; praise of the election and of the commission (a state body) = supporting Malawi"))
U(d, "The European Union's election observation mission was more guarded", "not on the streets.",
  ("European Union", T, neu, "", "complaints noted + to be settled in the courts, not on the streets = appeal for a peaceful, legal course; several parties -> target empty"))
U(d, "MEC chairperson Justice Annabel Mtalimanja has declared Arthur Peter Mutharika", "of the valid votes cast.",
  ("Malawi", N, neu, "", "electoral commission = state body; declaration and figures"))
# "Chakwera finished second with about 33 percent." = narration of the result, no speaker.
U(d, "Mtalimanja said complaints lodged by the Malawi Congress Party", "in any constituency.",
  ("Malawi", N, neg, "", "surname only; the parties' complaints dismissed as not affecting the outcome = a rebuttal, neutral with a negative tone (like a denial)"))
U(d, "\"Malawians waited eight days for this result.", "she said.",
  ("Malawi", N, pos, "", "multi-sentence quote closed by its speaker; self-praise of the commission = neutral, positive"))
U(d, "The Malawi Police Service said the eight data-entry clerks arrested on Friday", "result figures were complete.",
  ("Malawi", N, neu, "", "police = state; status of its own arrests of unnamed individuals and the court timetable = facts (unsure: the arrests are a measure, but against no actor)"))
U(d, "A police spokesperson said more officers had been sent to Lilongwe", "arrested on the spot.",
  ("Malawi", C, neg, "", "deployment + warning that anyone turning to violence will be arrested = threatened response; no named side -> target empty (as the Namibian police warning)"))
U(d, "President Lazarus Chakwera has conceded defeat in a televised address to the nation", "an unassailable lead.",
  ("Malawi", N, neu, "", "head of state conceding: acceptance of the figures, no judgement or appeal in this sentence = neutral"))
U(d, "He said he had called Mutharika a few minutes before going on air", "on his victory.",
  ("Malawi", S, pos, "Democratic Progressive Party", "congratulations by act (a call) = supporting the winner"))
U(d, "\"I went to court to ask that the announcement wait", "Chakwera said.",
  ("Malawi", N, pos, "", "multi-sentence quote closed by its speaker; his court bid recalled, the ruling accepted, a lesson on losing = neutral, positive (no judgement of the court or the commission)"))
U(d, "He urged MCP supporters to remain calm", "their cooperation.",
  ("Malawi", T, pos, "", "appeal for calm and cooperation = calling_for_talks"))
U(d, "Malawi has spoken and we have heard.", "bigger than any of us.",
  ("Malawi Congress Party", T, pos, "", "embedded post of the party's account (three sentences, one post = one unit); acceptance + 'let no one raise a hand against a neighbour' = appeal for peace"))
U(d, "Dr Thandiwe Nkhoma, a political scientist at the University of Malawi", "followed the 2019 vote.",
  ("Thandiwe Nkhoma", N, pos, "", "invented analyst; assessment that the concession avoids litigation = neutral, positive"))
U(d, "\"People voted on the price of maize and fuel.", "Nkhoma said.",
  ("Thandiwe Nkhoma", N, neu, "", "surname only; analysis of the vote, no judgement on an actor"))
U(d, "MCP secretary-general Richard Chimwendo Banda told reporters", "against the commission.",
  ("Malawi Congress Party", C, neg, "Malawi", "secretary-general speaks for the party; 'tainted by irregularities' + pressing on with a judicial review against the commission (state body) = condemning"))
U(d, "The Public Affairs Committee, the interfaith body that mediated in past political crises", "whatever the outcome.",
  ("Public Affairs Committee", T, neu, "", "appeal to both parties to keep supporters off the streets = calling_for_talks; two parties -> target empty"))
U(d, "The Human Rights Defenders Coalition said it would watch closely", "cost of living.",
  ("Human Rights Defenders Coalition", N, neu, "", "monitoring announced, no judgement or appeal = neutral"))
# "Good morning and welcome ..." and "Voters went to the polls on 16 September ..." = the blog's own narration.
U(d, "State House has said in a statement that the president will address the nation at noon.", "at noon.",
  ("Malawi", N, neu, "", "State House = the presidency; announcement of an address = plan"))
