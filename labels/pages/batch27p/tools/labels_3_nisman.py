# ------------------------------------------------------------------ Death of prosecutor Alberto Nisman (18-19 January 2015): Buenos Aires English-language live blog, full HTML (2015-01-19)
d = "page_argentina_nisman_death2015_liveblog.html"
# Not statements: masthead, edition line, nav, kicker, headline, standfirst, byline, time stamps, figcaptions with credits
# and "1 of 4", ADVERTISEMENT, speaker labels standing alone ("Patricia Bullrich, ... :"), share line, tags, reader
# comments, most read, footer. Entries e1 (the news itself), "Israel has reacted.", "Washington weighs in.",
# "We asked two specialists ...", the 15:00 scene lines, the crowd lines and the sign-off are narration: no row.
U(d, "Security Secretary Sergio Berni, who went to the building overnight, said", "locked from the inside.",
  ("Argentina", N, neu, "", "a state official's facts about the scene = neutral"))
U(d, "\"At this moment nothing tells us that anyone else was in that apartment,\"", "Berni told radio La Red.",
  ("Argentina", N, neu, "", "surname only after first mention; a finding, no judgement"))
U(d, "Prosecutor Viviana Fein, who is leading the inquiry, has confirmed", "first results are in.",
  ("Argentina", N, neu, "", "investigating prosecutor = a state official; procedure + request to the press (not an appeal for talks)"))
U(d, "\"The state had a duty to keep this man alive until he could speak, and it failed him.\"", "failed him.\"",
  ("Republican Proposal", C, neg, "Argentina", "live-blog quote with no verb, speaker given by the label line above it (Bullrich, PRO deputy, opposition) = her party; the state 'failed him' = judgement"))
U(d, "Renewal Front leader Sergio Massa demanded", "trusted with it.",
  ("Renewal Front", C, neg, "Argentina", "demand for an independent inquiry joined to distrust of every agency under the executive: the judgement decides (rule 1; unsure)"))
U(d, "Macri wrote on Twitter that the country deserved the whole truth", "under its protection.",
  ("Republican Proposal", C, neg, "Argentina", "PRO leader = the party; 'owed an explanation of how the witness could die under its protection' = blame without a stock word"))
U(d, "DAIA: \"We demand that every line of inquiry be followed", "from any quarter.\"",
  ("DAIA", T, neu, "Argentina", "label + quotation with no verb; demand for a full inquiry = calling_for_talks (as demands for an inquiry in earlier batches), addressed to the Argentine justice system"))
U(d, "The umbrella body of Argentine Jewish organisations added in its statement", "Nisman's family.",
  ("DAIA", S, pos, "", "'the umbrella body' = DAIA (speaker carried on by description); support for the family (not an actor) -> target empty"))
U(d, "DAIA president Julio Schlosser later told Radio Mitre", "how the prosecutor died.",
  ("DAIA", T, neg, "", "refusal of a hurried verdict = an appeal for a thorough inquiry, no actor judged"))
U(d, "Cabinet Chief Jorge Capitanich, at his daily briefing", "investigating prosecutor.",
  ("Argentina", N, neg, "", "regret + own plan to provide resources to its own prosecutor = neutral, negative tone"))
U(d, "Asked about Nisman's complaint, Capitanich repeated", "attack the government.",
  ("Argentina", C, neg, "", "denial joined to a judgement of the opposition (several parties, non-canonical) -> condemning, target empty"))
U(d, "Foreign ministry spokesman Emmanuel Nahshon said in a statement", "through to the end.",
  ("Israel", T, neg, "Argentina", "mourning + expectation that Argentina finish the work = appeal, no judgement: calling_for_talks; grief = negative tone"))
U(d, "Elisa Carrió, Civic Coalition ARI: \"This is the gravest thing", "answer for it.\"",
  ("Civic Coalition ARI", C, neg, "Argentina", "label + quote; 'the people in power will have to answer' = blame"))
U(d, "Leonardo Jmelnitzky, president of AMIA, told reporters outside Congress", "by finishing it.",
  ("AMIA", T, neg, "Argentina", "loss + request to the justice system to finish the case = appeal"))
U(d, "A State Department spokesperson said the United States was saddened", "if asked.",
  ("United States", S, neg, "Argentina", "condolence + offer of help to the authorities = supporting (offer of assistance); sadness = negative tone"))
U(d, "The spokesperson also said the United States continued to support efforts", "emailed to reporters.",
  ("United States", S, pos, "Argentina", "'the spokesperson' carried from the previous sentence; backing of the AMIA prosecution; attribution tail"))
U(d, "The World Jewish Congress has called for an international inquiry", "circumstances of the death.",
  ("World Jewish Congress", T, neu, "", "call for an inquiry, no judgement in this sentence"))
U(d, "Its president, Ronald Lauder, said in a statement that Argentina's institutions", "had not yet passed.",
  ("World Jewish Congress", C, neg, "Argentina", "judgement of Argentina's institutions without a stock word"))
U(d, "Radical Civic Union chairman Ernesto Sanz said Congress should meet in special session", "prepared for the committee.",
  ("Radical Civic Union", N, neu, "", "a procedural proposal for Congress, no judgement, no appeal to another party (unsure: could be read as calling_for_talks)"))
U(d, "Fein, speaking outside the building, said the first autopsy findings", "ruled nothing out.",
  ("Argentina", N, neu, "", "surname only; findings and procedure"))
U(d, "Martín Echeverría, a criminal lawyer who has represented relatives", "what happened.",
  ("Martín Echeverría", N, neu, "", "invented independent lawyer; an assessment, no position on an actor"))
U(d, "\"If the scene was contaminated, no autopsy will save this investigation", "Echeverría said.",
  ("Martín Echeverría", C, neg, "", "conditional judgement + call for dismissal of whoever is responsible; no actor named"))
U(d, "Laura Benegas, a political scientist at the Universidad del Plata, said", "in front of the cameras.",
  ("Laura Benegas", T, neu, "", "invented scholar; appeal to government and opposition to agree on a joint commission"))
U(d, "In it she asked what had led a man to such a death", "would not survive scrutiny.",
  ("Argentina", N, neg, "", "the president's letter: questions + rejection of the complaint against herself = denial, neutral with a negative tone; 'In it' refers to the letter of the previous sentence"))
U(d, "Foreign Minister Héctor Timerman, also named in the complaint, on Twitter:", "different story about me.\"",
  ("Argentina", N, neg, "", "label and quotation in one paragraph; a personal denial = neutral, negative tone"))
U(d, "Front for Victory deputy Andrés Larroque, named in Nisman's complaint:", "prove it in court.\"",
  ("Front for Victory", C, neg, "", "ruling-party deputy speaks for his bloc; 'a political operation' = judgement of the complaint (Nisman is not an actor) -> target empty"))
