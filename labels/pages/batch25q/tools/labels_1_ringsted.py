# ------------------------------------------------------------------ Ringsted plot: Denmark accuses Iran (wire copy, 2018-11-01)
d = "page_denmark_ringsted_plot2018_wire.txt"
# Not statements: menu, headline (carries Denmark's push: never a statement), byline, read time, time stamp, the four
# bullets, the "(Adds ...)" line, crossheads, ADVERTISEMENT, reporting credits, Related Coverage, Our Standards, tags, most read.
U(d, "Denmark said on Thursday it would press its European Union partners", "on Danish soil.",
  ("Denmark", C, neg, "Iran", "lede: push for sanctions + the accusation = condemning"))
U(d, "Foreign Minister Anders Samuelsen, who recalled Denmark's ambassador", "acting on its own.\"",
  ("Denmark", C, neg, "Iran", "recall in a relative clause + attribution of the plot to the Iranian state"))
U(d, "\"A government that sends agents to hunt its critics", "Samuelsen said.",
  ("Denmark", C, neg, "Iran", "multi-sentence quote closed by its speaker; 'has to pay for it' = call for a penalty, no stock word"))
U(d, "The Danish foreign ministry said in a separate note", "was not in question.",
  ("Denmark", C, neg, "Iran", "ministry given by its state's adjective; targeted measures = sanctions"))
# "The suspect, a Norwegian citizen ..." = narration; the suspect is unnamed and his denial is not an actor's: no row.
U(d, "Sweden's security police, Sapo, said in a short statement", "while the case was open.",
  ("Sweden", N, neu, "", "state agency: procedure, no judgement"))
# "On Sept. 28 Danish police shut ..." = narration of what police did, no position: no row.
U(d, "In Oslo, Foreign Minister Ine Eriksen Soereide called in Iran's ambassador", "on Thursday morning.",
  ("Norway", C, neg, "Iran", "summoning the ambassador = diplomatic protest by act (no quote in the sentence)"))
U(d, "\"We told the ambassador without any ambiguity", "said in a statement after the meeting.",
  ("Norway", C, neg, "Iran", "'will not tolerate' = judgement/warning"))
U(d, "\"Our police and security service have been working with their Danish colleagues", "for as long as it takes.\"",
  ("Norway", S, neu, "Denmark", "speaker carried across the paragraph break (Soereide); police help to Denmark = backing by act"))
U(d, "Danish Prime Minister Lars Loekke Rasmussen, attending a Nordic Council session", "on the sidelines.",
  ("United Kingdom", S, pos, "Denmark", "reported clause: only May's position is a statement (Rasmussen merely relays it)"))
U(d, "Rasmussen himself said that sending an assassin", "carried a price.",
  ("Denmark", C, neg, "Iran", "judgement ('an assault on Denmark') + warning of a price; Tehran = metonym"))
# "He met the Nordic prime ministers over dinner ..." = a meeting narrated, no position: no row.
U(d, "Germany stood \"firmly at Denmark's side\"", "with Samuelsen on Thursday.",
  ("Germany", S, pos, "Denmark", "second-hand attribution ('the German foreign office said'); solidarity"))
U(d, "U.S. Secretary of State Mike Pompeo commended Danish police", "stopping the attack.",
  ("United States", S, pos, "Denmark", "praise"))
U(d, "In the same post he wrote that Europe could no longer treat", "somebody else's problem.",
  ("United States", C, neg, "Iran", "pronoun subject; 'Tehran's agents' = judgement of Iran without a stock word"))
U(d, "France, which froze the assets of an Iranian intelligence unit", "on its own territory.",
  ("France", C, neg, "Iran", "asset freeze (relative clause) + endorsing the Danish finding against Iran"))
U(d, "Iran's foreign ministry spokesman, Bahram Qasemi, rejected the accusation", "the state news agency IRNA.",
  ("Iran", N, neg, "", "denial = neutral, negative; 'in remarks carried by' attribution"))
U(d, "The spokesman was quoted as saying that the Danish ambassador", "made in public.",
  ("Iran", C, neg, "Denmark", "'the spokesman' = Qasemi; ambassador summoned for a formal protest = measure + 'baseless claims'"))
U(d, "Mahmoud Vaezi, chief of staff to President Hassan Rouhani, told reporters", "to turn Europe against Iran.",
  ("Iran", C, neg, "Denmark", "imputes a motive to the accuser = accusation without a stock word"))
U(d, "Vaezi said Rouhani had asked the ministries concerned", "account of the affair.",
  ("Iran", N, neu, "", "procedure inside Iran's government"))
U(d, "In late September Tehran accused Denmark, the Netherlands and Britain", "which killed 24 people.",
  ("Iran", C, neg, "", "specific past accusation reported; three states -> target empty"))
# "The alleged target was the leader ..." = background on ASMLA, no position: no row.
U(d, "In a statement posted online, ASMLA thanked the Danish police", "were being watched.",
  ("Arab Struggle Movement for the Liberation of Ahvaz", S, pos, "Denmark", "thanks to Denmark's services = approval"))
U(d, "A spokeswoman for EU foreign policy chief Federica Mogherini said", "with the Danish authorities.",
  ("European Union", N, neu, "", "spokesperson by role: contact, no judgement, no appeal"))
U(d, "Maja Kocijancic, the spokeswoman, said any proposal", "before the end of the year.",
  ("European Union", N, neu, "", "spokesperson now named: procedure"))
# "EU foreign ministers meet in Brussels on Nov. 19. Diplomats said ..." = a meeting date and unnamed diplomats: no row.
U(d, "Jonas Vestergaard, a senior researcher at the Oresund Centre", "was asking why.",
  ("Jonas Vestergaard", N, neu, "", "invented analyst; reading of Denmark's choice, no judgement"))
U(d, "\"The risk now is that Europe answers by cutting its last channels", "Vestergaard said.",
  ("Jonas Vestergaard", T, neu, "", "appeal to keep the door to talks open"))
U(d, "Henrik Brandt, who runs a bakery near Ringsted station", "what was going on.",
  ("Henrik Brandt", N, neu, "", "invented witness; his account of the day"))
U(d, "\"It makes me furious that a foreign government", "he said.",
  ("Henrik Brandt", C, neg, "Iran", "anger at the plotting government (Iran by context)"))
U(d, "Iran's embassy in Copenhagen said in a statement that Tehran was ready", "kept on track.",
  ("Iran", T, pos, "Denmark", "offer of direct talks + hope for the relationship, no judgement"))
