# ------------------------------------------------------------------ Meydan TV arrests in Baku (wire copy, 2024-12-11)
d = "page_azerbaijan_meydantv_arrests2024_wire.txt"
# Not statements: menu, UPDATE headline (carries positions, never a statement), byline, time stamps, read time, the four
# summary bullets, ADVERTISEMENT, crossheads, reporting credits, Our Standards, Related Coverage, tags, Most Read.
U(d, "Azerbaijan's foreign ministry on Wednesday accused the United States", "called for their immediate release.",
  ("Azerbaijan", C, neg, "United States", "dateline excluded; accusation of interference = judgement of the US"),
  ("United States", T, neu, "Azerbaijan", "Blinken's call for release reported in a subordinate clause: an appeal with no judgement in this unit (his judgement comes later)"))
# "A Baku district court last weekend ordered the six ... held ..." = narration of a court step, no row (the court is not quoted taking a position).
# "They face up to eight years in prison if convicted." = background, no row.
# "The freelancer, Ramin Jabrayilzade, ... was stopped at Baku airport ..." = narration, no row.
U(d, "The Interior Ministry said in a short statement that officers had acted", "were being questioned.",
  ("Azerbaijan", N, neu, "", "own police action explained as fact, no judgement of another actor"))
U(d, "In a statement released in Washington, Blinken said the journalists had been detained", "let them go without delay.",
  ("United States", C, neg, "Azerbaijan", "says they were jailed for reporting (a judgement without a stock word) + demand: rule 1"))
U(d, "He said the arrests belonged to a pattern of pressure", "government of President Ilham Aliyev.",
  ("United States", C, neg, "Azerbaijan", "'He' = Blinken; 'pattern of pressure' = judgement, plus continued pressure"))
# "Foreign ministry spokesman Aykhan Hajizada answered within hours." = narration introducing the speaker, no row.
U(d, "\"Baku has had its fill of sermons from this State Department,\"", "from foreign capitals.\"",
  ("Azerbaijan", C, neg, "United States", "quote of two sentences around the attribution, one unit: scorn for the US = judgement"))
U(d, "He said the case was a criminal matter with no political side", "by its deeds.",
  ("Azerbaijan", N, neg, "", "denial of a political motive (neutral, negative tone) + a wait-and-see line on the next US team (unsure: 'judge by its deeds' could read as a veiled judgement)"))
U(d, "Germany, where Meydan TV has been registered since its founding", "ambassador in Berlin.",
  ("Germany", N, neu, "", "second-hand attribution ('was quoted by the outlet's editors'); raising a case with an ambassador, no judgement stated = neutral act (unsure: could be calling_for_talks)"))
U(d, "A German Foreign Office spokesperson told reporters that the charges looked like a pretext", "the six to be freed.",
  ("Germany", C, neg, "Azerbaijan", "'pretext to silence critical voices' = judgement without stock word, + demand"))
U(d, "Britain's ambassador to Azerbaijan, Fergus Auld, wrote on X", "ask awkward questions.",
  ("United Kingdom", N, neg, "", "worry + a general line about the press, no appeal and no judgement of an actor = concern without appeal"))
U(d, "The European Union's diplomatic service said in a statement that the bloc had followed the case", "member of the Council of Europe.",
  ("European Union", T, neg, "Azerbaijan", "unease + appeal to honour commitments, no explicit judgement = calling_for_talks"))
U(d, "An EU spokesperson added that the bloc would discuss the arrests", "has not yet been scheduled.",
  ("European Union", T, neu, "Azerbaijan", "raising the case at a dialogue meeting = taking it to talks"))
U(d, "The Council of Europe's Commissioner for Human Rights, Michael O'Flaherty, said the case fitted", "independent newsrooms.",
  ("Council of Europe", C, neg, "Azerbaijan", "the Commissioner speaks for the body; 'emptied the country of independent newsrooms' = judgement"))
U(d, "\"Smuggling charges have become the standard instrument", "O'Flaherty said.",
  ("Council of Europe", C, neg, "Azerbaijan", "surname only; charges as an 'instrument' against journalists = judgement"))
U(d, "\"They should be dropped.\"", "\"They should be dropped.\"",
  ("Council of Europe", T, neu, "Azerbaijan", "quote continued after the attribution, same speaker: bare demand with no judgement word in the unit (unsure: could be condemning in context)"))
# "Press freedom groups were blunter." = summary line, no row.
U(d, "The Committee to Protect Journalists said the timing", "for the foreign guests to leave.",
  ("Committee to Protect Journalists", C, neg, "Azerbaijan", "accuses the authorities of timing the arrests cynically = judgement"))
U(d, "\"Ministers who posed for photographs at the climate talks now owe", "said in a statement.",
  ("Committee to Protect Journalists", C, neg, "", "reproach aimed at foreign governments in general (non-canonical target, empty)"))
U(d, "Reporters Without Borders, which lists more than a dozen journalists", "the government does not control.",
  ("Reporters Without Borders", C, neg, "Azerbaijan", "'campaign to switch off every news source' = judgement"))
U(d, "Meydan TV's management rejected the accusations in full", "since 2017.",
  ("Meydan TV", N, neg, "", "denial of the charges + a fact = neutral, negative tone"))
U(d, "\"Our colleagues are in a cell because they did their jobs,\"", "We will keep publishing.\"",
  ("Meydan TV", C, neg, "Azerbaijan", "the editor speaks for the outlet; jailed for doing their jobs = judgement of the authorities"))
U(d, "Lawyers for two of the journalists said they had been kept from their clients", "first night of questioning.",
  ("", C, neg, "", "unnamed lawyers: not an actor; kept as a stance example (accusation of denied access)"))
# "The Interior Ministry did not respond to a request for comment on those claims." = non-answer, no row.
# "Azerbaijan has detained journalists from Abzas Media and Toplum TV ..." = background narration, no row.
U(d, "The government denies holding any political prisoners.", "any political prisoners.",
  ("Azerbaijan", N, neg, "", "standing denial in present tense = neutral, negative tone"))
U(d, "Hajizada's ministry has also dismissed earlier Western criticism", "interference in its judiciary.",
  ("Azerbaijan", C, neg, "", "calls Western criticism interference = judgement; 'Western' = no canonical target"))
U(d, "Matthias Kornblum, who follows the South Caucasus at the Centre", "more than it needed their approval.",
  ("Matthias Kornblum", N, neu, "", "invented analyst; reading of Baku's calculus, no judgement and no appeal"))
U(d, "\"Statements alone will not change that calculation,\"", "in the energy talks.\"",
  ("Matthias Kornblum", T, neu, "", "advises Berlin and Brussels to bargain in the energy talks = a negotiated course, no judgement in the unit (unsure: could be read as a call for leverage, condemning)"))
U(d, "Samira Gulmammadova, a former Baku correspondent", "leaving the profession.",
  ("Samira Gulmammadova", N, neg, "", "invented voice; describes an effect of the prosecutions, no explicit judgement and no appeal (unsure: implied blame)"))
U(d, "\"The message is that nobody is too small to be arrested,\"", "to every hearing.\"",
  ("Samira Gulmammadova", C, neg, "Azerbaijan", "'nobody is too small to be arrested' = the arrests as intimidation, a judgement; the plea to embassies follows (rule 1)"))
