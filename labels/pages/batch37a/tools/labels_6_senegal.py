# ------------------------------------------------------------------ Senegal: journalist Pape Alé Niang released under judicial supervision (national daily scraped as text, 2022-12-15)
d = "page_senegal_papealeniang_release2022_dailyscrape.txt"
# Not statements: masthead, date and weather, menu, breaking ticker, section, headline, standfirst, byline, share prompts,
# photo caption, ADVERTISEMENT, crossheads, related links, tags, feedback prompt, most read, comments line, copyright.
U(d, "Investigative journalist Pape Alé Niang, the director of the news site Dakar Matin,", "reputation for press freedom.",
  ("Senegal", N, neu, "", "the investigating judge's release order = an act of the state, reported with narration; no judgement"))
U(d, "The judge placed him under judicial supervision, confiscated his passport", "told the Herald.",
  ("Senegal", N, neu, "", "the judge's conditions (state act) reported by the defence lawyer; the lawyer takes no position here (unsure: speech ban could be read as a measure against the journalist)"))
U(d, "Me Ly said his client accepted the conditions for now", "for the case to be dismissed.",
  ("Pape Alé Niang", C, neg, "Senegal", "the lawyer speaks for his client; 'an attempt to punish his reporting' = judgement of the prosecution"))
U(d, "Asked by reporters at the gate whether he had a message,", "the conditions set by the judge.",
  ("Pape Alé Niang", N, neu, "", "own conduct (compliance), no judgement"))
# "Niang, who began a hunger strike ... according to relatives" = unnamed relatives, narration: no row.
# "He was arrested in Dakar on 6 November and charged three days later ..." = passive background narration: no row.
U(d, "The charges followed his reporting on the rape case against opposition leader Ousmane Sonko,", "before investigators.",
  ("Senegal", C, neg, "Pape Alé Niang", "'prosecutors say' = the state's accusation against the journalist; narration in the first clause"))
U(d, "Justice Minister Ismaïla Madior Fall said on Wednesday", "jailed for his opinions.",
  ("Senegal", N, neg, "", "self-praise (court independence) + denial = neutral, negative tone"))
U(d, "\"No one in Senegal is prosecuted for what he writes.", "the minister told reporters at a ceremony in Dakar.",
  ("Senegal", C, neg, "Pape Alé Niang", "three-sentence quote closed by 'the minister told reporters'; 'documents that no citizen ... is allowed to publish' = accusation against the journalist"))
U(d, "Government spokesman Abdou Karim Fofana said the government had never interfered", "run its course.",
  ("Senegal", N, neg, "", "denial of interference + a request to the press to wait = neutral, negative tone"))
U(d, "Fofana added that the government remained open to meeting the press organisations", "the case had raised.",
  ("Senegal", T, pos, "", "surname only; offer of talks with the press bodies (not canonical as a group) -> target empty"))
U(d, "The Coordination des associations de presse (CAP), which brings together", "only a first step.",
  ("Coordination des associations de presse", S, pos, "Senegal", "welcome of the release (the court's decision) = approval; 'a first step' hints at further demands (unsure: could be calling_for_talks)"))
U(d, "\"We will not stop until the charges are withdrawn.", "CAP member Momar Diongue said.",
  ("Coordination des associations de presse", C, neg, "Senegal", "a member speaks for the CAP; 'we will not let that become normal' = judgement of the jailing + pressure"))
U(d, "On Monday, dozens of journalists had protested in front of the National Assembly,", "if Niang remained in jail.",
  ("Coordination des associations de presse", C, neg, "Senegal", "threatened boycott and press-free day = a threatened response (condemning); the unnamed protesting journalists are narrative"))
U(d, "Bamba Kassé, secretary general of the Synpics journalists' union,", "applied to the press.",
  ("Synpics", T, neu, "Senegal", "union leader speaks for Synpics; mobilisation + request for talks with the authorities, no judgement word"))
U(d, "Reporters Without Borders (RSF), whose secretary general Christophe Deloire", "to close the case.",
  ("Reporters Without Borders", T, pos, "Senegal", "welcome + demand to end the prosecution with no judgement word: demand to one side to stop -> calling_for_talks before supporting (rule 2 before rule 3)"))
U(d, "The Committee to Protect Journalists said a journalist barred from speaking", "to intimidate the press.",
  ("Committee to Protect Journalists", C, neg, "Senegal", "'could hardly be called free' + accusation of intimidation = judgement"))
U(d, "Sonko, whose PASTEF party belongs to the Yewwi Askan Wi opposition coalition,", "until he was cleared.",
  ("PASTEF", C, neg, "Senegal", "opposition leader (not in office in 2022) -> his party; 'held hostage by a government that feared the truth' = accusation"))
U(d, "Seydi Gassama, executive director of Amnesty International Senegal,", "when he first took office.",
  ("Amnesty International", C, neg, "Senegal", "national section = Amnesty International; 'damaged the country's image' = judgement + appeal to the president (rule 1)"))
U(d, "The ruling Alliance for the Republic, in a statement signed by its spokesman,", "trusted the courts.",
  ("Alliance for the Republic", C, neg, "", "accusation aimed at 'the opposition' (several parties, not one canonical actor) -> target empty; trust in courts secondary"))
U(d, "Political analyst Lamine Kandji, a lecturer at Cheikh Anta Diop University,", "would not end the dispute.",
  ("Lamine Kandji", N, neu, "", "invented analyst; assessment without judgement or appeal"))
U(d, "\"The government has taken a step back without conceding anything.", "he said.",
  ("Lamine Kandji", T, neu, "Senegal", "quote closed by 'he said'; recommends talks with the press bodies and dropping charges = calling_for_talks"))
# "Niang is due to appear again before the investigating judge at a date yet to be set." = narration: no row.
