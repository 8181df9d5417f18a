# ------------------------------------------------------------------ Haiti: Dabrésil's arrest and the retirement of three judges (Caribbean daily, scraped, 2021-02-11)
d = "page_haiti_dabresil_judges2021_caribdaily.txt"
# Not statements: masthead, weather, menu, breadcrumb, headline, subhead, byline, time stamps, share line, [Photo n of 4]
# captions, [ADVERTISEMENT], crossheads, Related, tags, newsletter prompt, most read, comments line, copyright.
U(d, "A Haitian court on Wednesday ordered the release of Supreme Court judge Yvickel Dabrésil", "constitutional standoff.",
  ("Haiti", C, neg, "", "lead: the president's plot charge (accusation, plotters not canonical -> target empty); the court's order is a judicial step narrated; 'the region's governments' unnamed, no row"))
# "The judge was still being held ..., his lawyers said" = facts from the judge's lawyers (unnamed), no row.
U(d, "Haiti's opposition says Moïse's five-year term ended on February 7", "first round was annulled.",
  ("Haiti", N, neu, "", "the president's reading of his term = claim, no judgement; 'Haiti's opposition' generic, not an actor"))
U(d, "On Monday the opposition named another Supreme Court judge", "into retirement.",
  ("Haiti", C, neg, "", "decree retiring three judges named by the opposition = measure against the other side; several persons -> target empty; the generic opposition's act gets no row"))
U(d, "Justice Minister Rockefeller Vincent defended the arrests", "after being sworn in.",
  ("Haiti", C, neg, "", "defends the arrests with evidence of a plot = accusation (unsure: could be neutral facts)"))
U(d, "\"These people were ready to march into the palace", "Vincent said.",
  ("Haiti", C, neg, "", "accusation of the detainees"))
U(d, "Speaking on an airport tarmac before flying to the carnival in Jacmel, Moïse said", "elected successor.",
  ("Haiti", C, neg, "", "attempt on his life foiled = accusation; plus his own plan"))
U(d, "\"I am not a dictator, and I will leave this palace", "the president said.",
  ("Haiti", N, neg, "", "denial + pledge about his own conduct"))
U(d, "Prime Minister Joseph Jouthe accused the opposition", "ballot box.",
  ("Haiti", C, neg, "", "accusation; 'the opposition' is not canonical -> target empty"))
# "The opposition rejected the coup charge as a fabrication ..." = summary line before Michel's quote, no row.
U(d, "\"The only coup in Haiti is the one being carried out against the constitution", "Democratic and Popular Sector.",
  ("Democratic and Popular Sector", C, neg, "Haiti", "accusation against the president"))
U(d, "Michel called on Haitians to keep up peaceful protests", "leaves office.",
  ("Democratic and Popular Sector", C, neg, "Haiti", "appeal for protest until the president goes = pressure on a side (unsure: the template read an appeal for peaceful protest as talks)"))
U(d, "Jean-Louis, speaking in a video posted online, said he had accepted the role", "respect the constitution.",
  ("Joseph Mécène Jean-Louis", T, neu, "Haiti", "opposition-named 'interim president', a judge speaking for himself; appeal to the army and police (Haiti) with no judgement word"))
U(d, "The National Association of Haitian Magistrates (ANAMAH) said its members would stop work", "cannot be dismissed.",
  ("National Association of Haitian Magistrates", C, neg, "Haiti", "strike in protest + 'violated' = judgement"))
U(d, "\"A judge of our highest court was pulled from his bed like a bandit", "refused entry.",
  ("National Association of Haitian Magistrates", C, neg, "Haiti", "judgement of the arrest"))
U(d, "Marie-Yolène Gilles of the Je Klere Foundation", "court or released.",
  ("Je Klere Foundation", C, neg, "Haiti", "detention without a judge described + demand = rule 1"))
U(d, "The Caribbean Community said in a statement on Wednesday", "deep concern.",
  ("CARICOM", N, neg, "", "concern without an appeal in this sentence"))
U(d, "\"We call on all stakeholders to put aside their differences", "the CARICOM statement said.",
  ("CARICOM", T, neu, "", "appeal for dialogue to all sides"))
U(d, "The regional bloc also offered the good offices", "bring the sides together.",
  ("CARICOM", T, pos, "", "offer of mediation"))
U(d, "The U.S. Embassy in Port-au-Prince said the decree retiring the three judges troubled Washington", "eroded further.",
  ("United States", N, neg, "", "concern about the decree without a judgement word or an appeal (stops short of blame)"))
U(d, "The embassy said lawyers were examining whether Haitian law", "members of the court.",
  ("United States", N, neu, "", "procedure"))
U(d, "Last week State Department spokesman Ned Price said the United States expected", "a blank cheque.",
  ("United States", S, neu, "Haiti", "backing of the president's timeline; the generic opposition's criticism gets no row"))
U(d, "\"Washington has chosen the man over the constitution,\"", "Michel said on Wednesday.",
  ("Democratic and Popular Sector", C, neg, "United States", "judgement of Washington"))
U(d, "U.S. Representative Andy Levin, a Democrat who has long followed Haiti, called", "reliable partner.",
  ("United States", C, neg, "Haiti", "congressman (US, as Hoekstra in the template) calls the arrest 'an outrage'"))
U(d, "The Organization of American States' General Secretariat said it was worried", "separation of powers in Haiti.",
  ("Organization of American States", N, neg, "", "concern without an appeal"))
U(d, "It said it continued to back this year's electoral calendar", "February 2022.",
  ("Organization of American States", S, neu, "Haiti", "backing of the government's electoral timeline (unsure: could be calling_for_talks as a call for elections)"))
U(d, "At the United Nations, spokesman Stéphane Dujarric said", "refrain from violence.",
  ("United Nations", T, neu, "", "appeal for dialogue and restraint to all actors"))
U(d, "The head of the U.N. office in Haiti, Helen La Lime, held separate meetings", "the mission said.",
  ("United Nations", T, neu, "", "meetings with both sides convened by the mission = good offices"))
U(d, "Canadian Foreign Minister Marc Garneau said Ottawa was worried", "every detainee.",
  ("Canada", T, neg, "Haiti", "concern + appeal for due process, no judgement"))
U(d, "The European Union delegation in Port-au-Prince said respect for the independence", "troubling signal.",
  ("European Union", C, neg, "Haiti", "'not negotiable' + removal 'a troubling signal' = judgement"))
# "Police fired tear gas ..., according to local press associations." = narration from unnamed bodies, no row.
U(d, "Foreign Minister Claude Joseph said the government had briefed ambassadors", "regional partners.",
  ("Haiti", N, neu, "", "procedure, offer to share evidence"))
U(d, "\"Haiti has nothing to hide and we welcome anyone", "Joseph said.",
  ("Haiti", N, pos, "", "reassurance about own conduct"))
U(d, "Dr Kerwin Pierre, a political scientist at the University of the West Indies' Cave Hill campus, said", "by Washington again.",
  ("Kerwin Pierre", C, neg, "", "independent analyst (invented); 'slow to engage' = judgement of the region (no single canonical target) (unsure: could be neutral)"))
U(d, "\"CARICOM has the trust of Haitians on both sides", "Pierre said.",
  ("Kerwin Pierre", T, neu, "CARICOM", "appeal for a mediation mission"))
U(d, "He said the removal of the judges would make any future election result harder", "to accept.",
  ("Kerwin Pierre", N, neg, "", "risk assessment"))
