# ------------------------------------------------------------------ Algeria: the European Parliament's resolution on freedoms (Algerian state agency copy, 2019-11-30)
d = "page_algeria_ep_resolution2019_statemedia.txt"
# Not statements: agency header, language bar, menu, section, time stamp, headline, capitals crossheads, [PHOTO n of 3]
# captions, ADVERTISEMENT, Related, tags, share bar, subscribe prompt, most read, copyright.
# "Political leaders, state institutions, parties and national organisations on Saturday continued to denounce ..." =
# summary lead over a mixed group of speakers, no row (the body gives each speaker's own statement).
U(d, "Head of State Abdelkader Bensalah said in a message to the nation", "\"by a parliament or by anyone else\".",
  ("Algeria", C, neg, "European Union", "refusal of outside dictation aimed at the Parliament ('by a parliament') = judgement; European Parliament = European Union in the name files"))
U(d, "\"Those who pretend to worry about our freedoms", "Mr Bensalah said.",
  ("Algeria", C, neg, "European Union", "judgement without a stock word ('pretend to worry'); the Parliament is meant in context"))
U(d, "The General Chief of Staff of the People's National Army, Deputy Minister of National Defence Ahmed Gaid Salah", "standing in their way.",
  ("Algeria", C, neg, "", "the army chief speaks for his state; warning to unnamed meddlers = threat; no named target"))
U(d, "He added that the army would continue to accompany the electoral process", "attempt to disturb it.",
  ("Algeria", N, neu, "", "own conduct; generic deterrence aimed at no one (unsure: could be read as a threat)"))
U(d, "In a statement issued on Thursday evening, the Ministry of Foreign Affairs said Algeria rejected the text outright", "laws of the Republic.",
  ("Algeria", C, neg, "European Union", "outright rejection + 'contempt' = judgement"))
U(d, "The ministry said Algiers would re-examine every aspect of its dealings", "partnership between the two shores.",
  ("Algeria", C, neg, "European Union", "threatened review of relations = a measure against the other side"))
U(d, "It rejected the assertion that people had been detained for their opinions", "respected for nine months.",
  ("Algeria", N, neg, "", "denial of the charge = neutral, negative"))
U(d, "Foreign Minister Sabri Boukadoum, speaking to reporters", "the country's internal affairs.",
  ("Algeria", C, neg, "European Union", "judgement ('turned its back on the facts') + refusal of a format in protest"))
U(d, "The Minister of Communication, Government Spokesman Hassane Rabehi, said the vote had shown", "many friends in Europe.",
  ("Algeria", C, neg, "European Union", "belittling the text's backers = judgement without a stock word"))
U(d, "\"Algeria knows who its friends are", "Mr Rabehi said.",
  ("Algeria", S, pos, "China", "praise of China's backing = supporting"))
U(d, "The People's National Assembly (APN) said in a statement that the resolution was an insult", "planned for December in Brussels.",
  ("Algeria", C, neg, "European Union", "the lower house speaks for Algeria; 'insult' + boycott of the joint committee in protest"))
U(d, "The Acting President of the Council of the Nation, Salah Goudjil, told senators", "with a strong turnout.",
  ("Algeria", T, pos, "", "sovereignty line with no explicit judgement + hope for a calm vote = calling_for_talks (unsure: the first clause could be read as a rebuff)"))
U(d, "The Council's bureau said it had received the text of the resolution", "its meeting on Monday.",
  ("Algeria", N, neu, "", "procedural: received, will examine"))
U(d, "The resolution, adopted by a show of hands, said the European Parliament condemned the jailing", "what they had said or written.",
  ("European Union", C, neg, "Algeria", "the Parliament's resolution = European Union; condemnation of arbitrary jailing + demand for release"))
U(d, "It also asked the Algerian authorities to settle the crisis through talks open to all sides", "newspapers and associations.",
  ("European Union", T, neg, "Algeria", "appeal for inclusive talks + alarm, no judgement word = calling_for_talks"))
U(d, "The National Liberation Front (FLN) said it welcomed the firm position", "forgiven Algeria its independence.",
  ("National Liberation Front", C, neg, "European Union", "welcome of its own government's stance + judgement ('colonial reflex'): rule 1"))
U(d, "The National Rally for Democracy (RND) said the resolution was a gift", "on 12 December.",
  ("National Rally for Democracy", C, neg, "European Union", "judgement without a stock word + a call to vote (not a peace appeal)"))
U(d, "The Movement of Society for Peace (MSP) said it rejected any foreign interference", "in a spirit of calm.",
  ("Movement of Society for Peace", T, neu, "Algeria", "'any foreign interference' names no actor (like 'opposes any escalation'); the rest is an appeal to the authorities for dialogue and releases = calling_for_talks (unsure)"))
U(d, "The Algerian General Workers' Union (UGTA) said it stood firmly behind the state", "support of the electoral process.",
  ("Algerian General Workers' Union", S, pos, "Algeria", "backing of the state + rallies announced in support = supporting"))
U(d, "Presidential candidate Ali Benflis, leader of Talaie El Hurriyet", "by Algerians alone.",
  ("Talaie El Hurriyet", C, neg, "", "party leader and candidate = his party; 'does not take orders from anyone' = rebuff of outside pressure; no named target"))
U(d, "The Arab Parliament said in a statement from Cairo that it rejected the European Parliament's resolution", "elect a president.",
  ("Arab Parliament", C, neg, "European Union", "rejection of the resolution + solidarity with Algeria: rule 1"))
U(d, "China's ambassador in Algiers, Li Lianhe, said Beijing firmly opposed any interference", "own development path.",
  ("China", S, pos, "Algeria", "'any interference' names no actor; backing of the Algerian people = supporting"))
U(d, "Asked about Algiers' reaction, a spokesperson for the European External Action Service said", "take place peacefully.",
  ("European Union", T, pos, "", "procedure + value of the partnership + hope for a peaceful vote = calling_for_talks"))
U(d, "Mourad Hamdani, a professor of international law at the University of Algiers", "calling for a high turnout.",
  ("Mourad Hamdani", C, neg, "European Union", "invented scholar; 'the timing was no accident' insinuates bad faith (unsure: could be a neutral reading of effects)"))
U(d, "\"The European Parliament has miscalculated", "Professor Hamdani said.",
  ("Mourad Hamdani", C, neg, "European Union", "judgement ('miscalculated')"))
U(d, "Samia Khelladi, a researcher at the Centre for Mediterranean Studies in Oran", "rather than on MEPs.",
  ("Samia Khelladi", N, neu, "", "invented researcher; forecast, no position"))
U(d, "She said both sides should keep their channels open after the election", "a partnership of this size.\"",
  ("Samia Khelladi", T, neu, "", "appeal to both sides to keep talking = calling_for_talks; two addressees -> target empty"))
