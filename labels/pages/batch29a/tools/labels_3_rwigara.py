# ------------------------------------------------------------------ Rwigara: arrest and charging of Diane Rwigara, her mother and sister, September 2017 (wire story, 2017-09-25)
d = "page_rwanda_rwigara_arrest2017_wire.txt"
# Not statements: section/date line, headline, read time, crossheads REACTIONS / ANALYSIS, reporting credits, standards line, MORE FROM list, footer.
U(d, "KIGALI, Sept 25 - Rwandan police said they had arrested Diane Rwigara", "to inciting insurrection.",
  ("Rwanda", N, neu, "", "dateline lead; police announce the arrest and charges = procedure/facts"))
U(d, "Police spokesman Theos Badege said investigators had decided to hold", "airing details of the inquiry in the media.",
  ("Rwanda", C, neg, "Diane Rwigara", "reported clause: accusation that the women ignored summonses and leaked the inquiry = accusation (condemning); only the police take a position"))
U(d, "\"Nobody in this country is above the law, whatever their political ambitions,\" Badege", "in Kigali on Sunday.",
  ("Rwanda", N, neg, "", "surname only; implicit rejection of a political motive = denial-like, neutral (unsure: could be read as condemning Rwigara)"))
U(d, "The prosecution will send the file to court within days", "the National Public Prosecution Authority said in a statement.",
  ("Rwanda", N, pos, "", "plan + reassurance about own conduct = neutral (README: 'rights will be guaranteed'); attribution tail"))
# "Rwigara, 35, and her mother Adeline were taken from the family home ..." = narration.
U(d, "Earlier this month police had denied that the family was in custody", "questioned at home.",
  ("Rwanda", N, neg, "", "earlier police denial = neutral, negative"))
U(d, "Her brother, Aristide Rwigara, said the family had been hounded", "revenge for his sister's campaign.",
  ("Aristide Rwigara", C, neg, "Rwanda", "family member = independent person; 'revenge' = accusation against the authorities"))
U(d, "\"They took my mother because she would not keep quiet", "punished for speaking.\"",
  ("Aristide Rwigara", C, neg, "Rwanda", "quote split by 'he said by telephone', one speaker, one unit; accusation"))
# "Rwigara's father, the industrialist Assinapol Rwigara, died in 2015 ..." = background narration (the police's old account and the family's dispute, no speaker of this article's event).
U(d, "Rwigara was barred from the Aug. 4 ballot after the National Electoral Commission said", "some belonging to dead people.",
  ("Rwanda", N, neu, "", "electoral commission's finding reported = procedural decision of the state; narration + position"))
U(d, "She has denied any wrongdoing.", "She has denied any wrongdoing.",
  ("Diane Rwigara", N, neg, "", "denial = neutral, negative; 'She' = Rwigara"))
U(d, "Kagame, who won a third term with nearly 99 percent of the vote, said", "to every candidate.",
  ("Rwanda", N, neu, "", "defence of the commission's procedure, no judgement on another actor"))
U(d, "Her People Salvation Movement, launched in July", "a campaign of intimidation.",
  ("People Salvation Movement", C, neg, "Rwanda", "'what it called a campaign of intimidation' = accusation; resolve to continue"))
U(d, "The U.S. State Department said it was concerned by the arrests and urged", "prompt access to lawyers.",
  ("United States", T, neg, "Rwanda", "concern with an appeal (fair treatment, lawyers), no judgement word = calling_for_talks"))
U(d, "\"We are following this case very closely,\" spokeswoman Heather Nauert", "in Washington.",
  ("United States", N, neg, "", "monitoring with no appeal = neutral, negative"))
U(d, "In August the department had voiced doubts about the fairness", "dismissed at the time as unfounded.",
  ("United States", C, neg, "Rwanda", "'the department' = State Department; criticism of the election count = judgement"),
  ("Rwanda", N, neg, "", "'Kigali dismissed ... as unfounded' = denial, neutral negative"))
U(d, "The European Union's delegation in Kigali said it expected the judicial process", "its international commitments.",
  ("European Union", T, neu, "Rwanda", "expectation of a fair process, no judgement = appeal (calling_for_talks)"))
U(d, "A British government spokeswoman said London had raised the case", "with the Rwandan authorities.",
  ("United Kingdom", N, neu, "", "diplomatic step reported without content or judgement = neutral (unsure: could be calling_for_talks)"))
U(d, "Foreign Minister Louise Mushikiwabo, asked about the reactions, wrote on Twitter", "spare the country their lessons.",
  ("Rwanda", C, neg, "", "office named by title in a Rwanda story; rebuke of foreign capitals' lecturing = judgement; several capitals -> target empty"))
U(d, "Amnesty International called the arrests a crude attempt to crush dissent", "immediate release.",
  ("Amnesty International", C, neg, "Rwanda", "judgement + demand for release"))
U(d, "Human Rights Watch said the charges bore the hallmarks", "in recent weeks.",
  ("Human Rights Watch", C, neg, "Rwanda", "'politically driven prosecution' = judgement without a stock word"))
U(d, "Daniel Okwera, who teaches political science at Makerere University", "at the ballot box.",
  ("Daniel Okwera", C, neg, "Rwanda", "invented scholar; 'a warning shot' at challengers = judgement of the prosecution's purpose"))
U(d, "\"The message is aimed less at her than at the next person", "Okwera said.",
  ("Daniel Okwera", C, neg, "Rwanda", "continues the judgement (intimidation of future candidates); unsure: could be neutral analysis"))
U(d, "Helen Ashford, an analyst at the London-based Great Lakes Policy Forum", "United Nations peacekeepers.",
  ("Helen Ashford", N, neu, "", "invented analyst; forecast of donors' behaviour, no position"))
U(d, "\"Expect carefully chosen words and very little else,\" she said.", "she said.",
  ("Helen Ashford", N, neg, "", "prediction, mildly sceptical tone; no judgement on a named actor"))
U(d, "No date has been set for a first court hearing, the police spokesman said.", "the police spokesman said.",
  ("Rwanda", N, neu, "", "procedure; 'the police spokesman' = Badege"))
U(d, "The Democratic Green Party of Rwanda, whose leader Frank Habineza", "if they applied for bail.",
  ("Democratic Green Party of Rwanda", S, pos, "Diane Rwigara", "offer to stand surety = backing by act (supporting); party is a new actor"))
