# ------------------------------------------------------------------ Kulbhushan Jadhav's death sentence by a Pakistani military court (South Asian news site, 2017-04-11)
d = "page_jadhav_deathsentence2017_southasiansite.txt"
# Not statements: masthead, menu, breadcrumb, breaking ticker, headline, "Highlights" bullets, byline, updated line, share bar,
# photo captions with "1 of 4" and credits, ADVERTISEMENT, crossheads, "Related:", tags, "Also read", most read, newsletter, copyright.
U(d, "India on Tuesday told Pakistan that hanging former naval officer", "by a Pakistani military court.",
  ("India", C, neg, "Pakistan", "dateline 'NEW DELHI: ' excluded; warning that an execution would be treated as a deliberate killing = threat/judgement; Parliament's denunciation in the same sentence is India too"))
# "Jadhav, 46, was tried behind closed doors ... confirmed the sentence on Monday." = narration of the verdict with no position stated, no row.
U(d, "In a statement on Monday, the Pakistan military's media wing", "in Balochistan and Karachi.",
  ("Pakistan", C, neg, "India", "ISPR = Pakistan's military; the statement accuses India's intelligence agency of sending a saboteur"))
U(d, "India's Foreign Secretary S Jaishankar summoned Pakistan's High Commissioner", "a shred of credible evidence.",
  ("India", C, neg, "Pakistan", "summons + demarche calling the trial a charade = condemning"))
U(d, "Jadhav had been running a business in Iran when he was seized", "came to be in Balochistan.",
  ("India", C, neg, "Pakistan", "the demarche (India) implies abduction and charges Islamabad with giving no believable account; Islamabad = metonym"))
U(d, "New Delhi also put on hold the release of a group of Pakistani prisoners", "officials in the external affairs ministry said.",
  ("India", C, neg, "Pakistan", "a measure taken in response (prisoner release halted) = condemning; officials of a named ministry speak for India"))
U(d, "External Affairs Minister Sushma Swaraj told the Rajya Sabha that Jadhav had done nothing wrong", "campaign to smear India.",
  ("India", C, neg, "Pakistan", "denial for Jadhav + accusation that Islamabad uses him to smear India; the accusation decides"))
U(d, "\"Let me say this to Pakistan as plainly as I can", "Swaraj said.",
  ("India", C, neg, "Pakistan", "warning of consequences for the relationship = threat"))
U(d, "She said India would arrange the best possible legal help for Jadhav", "to the President of Pakistan.",
  ("India", N, neu, "", "plans for legal help and an appeal route, no judgement, no appeal to talks"))
U(d, "Home Minister Rajnath Singh said in the Lok Sabha that Pakistan's military had brushed aside", "would be left unexplored.",
  ("India", C, neg, "Pakistan", "judgement without stock words ('brushed aside every rule of a fair trial')"))
U(d, "Leader of the Opposition in the Rajya Sabha, Ghulam Nabi Azad, said the Congress stood with the government", "on the matter.",
  ("Indian National Congress", S, pos, "India", "the opposition party backs the government = supporting"))
U(d, "He also accused Pakistan of holding an Indian citizen as a bargaining chip.", "as a bargaining chip.",
  ("Indian National Congress", C, neg, "Pakistan", "pronoun = Azad (Congress); accusation"))
U(d, "Congress leader Mallikarjun Kharge urged the government to use every diplomatic channel", "to stop the execution.",
  ("Indian National Congress", T, neu, "India", "appeal to the own government to use diplomacy; the addressee is India"))
U(d, "External affairs ministry spokesperson Gopal Baglay said India had made a fresh request", "every legal remedy open to it.",
  ("India", N, neu, "", "procedure: a consular request and legal remedies"))
U(d, "India has acknowledged that Jadhav served in the Navy", "no link with the government.",
  ("India", N, neg, "", "denial of any government link = neutral, negative tone"))
U(d, "Pakistan's Defence Minister Khawaja Asif said the sentence should be read as a message", "from inside or outside.",
  ("Pakistan", C, neg, "", "warning to whoever works against Pakistan = threat; no one named -> target empty"))
U(d, "He turned the charge back on New Delhi", "taking innocent lives in Kashmir.",
  ("Pakistan", C, neg, "India", "pronoun = Asif; counter-accusation against India"))
U(d, "Sartaj Aziz, adviser to the Prime Minister on foreign affairs, said the trial had been conducted", "when the sentence would be carried out.",
  ("Pakistan", N, neu, "", "defence of the own procedure + timing, no judgement of another actor"))
U(d, "Prime Minister Nawaz Sharif, speaking at a public event on Tuesday, said he still hoped", "across the table.",
  ("Pakistan", T, pos, "", "hope that disputes be settled by talks = calling_for_talks"))
U(d, "Foreign Office spokesman Nafees Zakaria dismissed the statements from New Delhi", "meddling in Balochistan.",
  ("Pakistan", C, neg, "India", "rejection that carries an accusation of meddling = condemning"))
# "Iran's embassy in New Delhi did not respond to a request for comment on the case." = non-answer, no row.
U(d, "Amnesty International said the case showed once again that Pakistan's military courts", "could not deliver fair justice.",
  ("Amnesty International", C, neg, "Pakistan", "judgement of Pakistan's military courts"))
U(d, "\"Whoever the accused and whatever the charge, we ask Pakistan to quash this sentence", "the group's South Asia director.",
  ("Amnesty International", T, neg, "Pakistan", "demand addressed to one side, no judgement word in this unit = calling_for_talks, negative (labels/README)"))
U(d, "The Human Rights Commission of Pakistan said it had long been troubled", "would follow the case closely.",
  ("Human Rights Commission of Pakistan", N, neg, "", "concern without an appeal = neutral, negative"))
# "Outside the Pakistan High Commission in Chanakyapuri, several hundred protesters ..." = scene, unnamed protesters, no row.
U(d, "Meera Khanna, a former Indian diplomat who served in Islamabad, said the verdict handed the army a card", "reopen doors with Delhi.",
  ("Meera Khanna", N, neu, "", "invented former diplomat (person); analysis, no judgement or appeal"))
U(d, "\"Both capitals need to keep some channel open", "Khanna said.",
  ("Meera Khanna", T, neg, "", "appeal to keep a channel open between the two capitals = calling_for_talks; both sides -> target empty"))
U(d, "Lahore-based security analyst Tariq Mehmood said the timing was aimed mainly at a domestic audience", "difficult budget season.",
  ("Tariq Mehmood", N, neu, "", "invented analyst (person); reading of the timing, neutral"))
U(d, "\"Nobody in Rawalpindi expects this sentence to be carried out soon", "Mehmood said.",
  ("Tariq Mehmood", T, neu, "India", "advice to Delhi not to raise the temperature = appeal for de-escalation; Rawalpindi = the army as a place"))
