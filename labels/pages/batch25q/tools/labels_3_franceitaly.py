# ------------------------------------------------------------------ France recalls its ambassador from Rome (European news site, full HTML, 2019-02-08)
d = "page_france_italy_envoy_recall2019_eurosite.html"
# Not statements: cookie bar, brand, nav, breadcrumb, headline, standfirst (carries positions: never a statement), byline,
# time, figcaptions with credits, crossheads, ADVERTISEMENT, tags, share, reader comments, related, most read, footer.
U(d, "France has recalled its ambassador to Italy for consultations", "in more than seven decades.",
  ("France", C, neg, "Italy", "lede: recall = measure + accusation of attacks and meddling"))
# "The decision, taken at the request of President Emmanuel Macron, followed a trip ..." = narration of what Di Maio did and
# whom he met (a meeting is not a statement of its participants); Chalençon's past remark is not part of the row: no row.
U(d, "\"For months France has been the object of charges and insults", "said in a statement.",
  ("France", C, neg, "Italy", "spokeswoman named after the quote; 'cross a line' = judgement without a stock word"))
U(d, "The spokeswoman said Paris still wanted the two governments", "to take the first step.",
  ("France", T, neg, "Italy", "'the spokeswoman' (von der Mühll); wish to restore trust + demand that Rome move first, no judgement word"))
# "Ambassador Christian Masset left Rome on Thursday evening." = narration: no row.
U(d, "The embassy said consular services would run as normal.", "The embassy said consular services would run as normal.",
  ("France", N, neu, "", "practical information"))
U(d, "An Elysée official said the president had not spoken to Conte", "never been cut\".",
  ("France", N, neu, "", "unnamed official of a named body; facts + the line is open, no appeal (unsure: could be read as talks)"))
U(d, "Interior minister Matteo Salvini, who leads the League, said hours later", "go over their differences.",
  ("Italy", T, neu, "France", "offer to meet; a minister speaks for his state"))
U(d, "But he said France should first stop sending migrants back", "during the 1970s and 1980s.",
  ("Italy", C, neg, "France", "conditions with a judgement ('terrorists it has sheltered') = condemning"))
U(d, "French government spokesman Benjamin Griveaux told Europe 1 radio", "not one of his deputies.",
  ("France", N, neg, "", "objecting to Salvini as interlocutor without a judgement word = neutral"))
U(d, "Europe minister Nathalie Loiseau said the recall was a signal", "in Brussels as before.",
  ("France", N, neu, "", "explanation of the measure; meetings continue, no appeal"))
U(d, "In January Paris summoned Italy's ambassador", "towards Europe.",
  ("France", C, neg, "Italy", "summons = diplomatic protest by act; Paris = metonym"),
  ("Italy", C, neg, "France", "Di Maio's accusation reported in a subordinate clause (deputy prime minister = Italy)"))
U(d, "Di Maio, speaking as leader of the Five Star Movement rather than as a minister", "would not apologise for it.",
  ("Five Star Movement", N, neg, "", "as party leader; defence of his own conduct = neutral"))
U(d, "He added that his movement and the yellow vests were waging the same fight", "not between two governments.",
  ("Five Star Movement", S, pos, "", "backing of the yellow vests (not canonical) -> target empty"))
U(d, "Back in Rome on Friday, wearing his government hat", "or on Africa.",
  ("Italy", C, neg, "France", "now as deputy prime minister; rebuff of France = judgement"))
U(d, "A spokesman for President Sergio Mattarella said the head of state", "with concern.",
  ("Italy", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Prime Minister Giuseppe Conte told reporters in Rome", "behind them.",
  ("Italy", T, pos, "France", "hope that the tension ends = calling_for_talks"))
U(d, "Italian Foreign Minister Enzo Moavero Milanesi proposed a meeting", "from the Farnesina.",
  ("Italy", T, neu, "France", "proposal of talks; 'according to a statement from' attribution"))
# "The European Commission declined to take sides." = summary line before the spokesperson's sentence: no row.
U(d, "Its chief spokesperson, Margaritis Schinas, said both countries", "between friends.",
  ("European Union", T, pos, "", "confidence the two settle it = hope for a negotiated end; two parties -> target empty"))
U(d, "In Berlin, government spokesman Steffen Seibert said Germany hoped", "in the same direction.",
  ("Germany", T, pos, "", "hope for calm between two partners"))
U(d, "European Parliament President Antonio Tajani, himself an Italian, said ministers in Rome", "a national campaign.",
  ("European Union", C, neg, "Italy", "'playing with fire' = judgement of the Italian ministers; Parliament = EU"))
U(d, "Marine Le Pen, leader of the National Rally, said Macron", "his own troubles.",
  ("National Rally", C, neg, "France", "opposition party judging its own president's move"))
U(d, "Giulia Ferrante, a political scientist at the Rome Institute for European Politics", "standing up to the other.",
  ("Giulia Ferrante", N, neu, "", "invented analyst; reading of motives, no judgement"))
U(d, "\"Using a friendly country as a punching bag for votes", "Ferrante said.",
  ("Giulia Ferrante", C, neg, "Italy", "judgement, blame on Rome"))
U(d, "Olivier Ravel, a former French diplomat now with the Paris Centre for European Affairs", "border cooperation.",
  ("Olivier Ravel", T, neu, "", "invented former diplomat: appeal for a ministerial meeting"))
U(d, "\"Ambassadors are recalled to come back.", "Ravel said.",
  ("Olivier Ravel", T, neu, "", "appeal continued"))
# "Italy is among France's largest trading partners ..." = background figures from no source: no row.
