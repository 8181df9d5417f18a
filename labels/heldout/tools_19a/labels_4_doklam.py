# ------------------------------------------------------------------ Doklam standoff (Chinese MFA regular press conference transcript, Q:/A: turns, 2017-07-03)
d = "page_doklam_mfa_presser.txt"
U(d, "President Xi Jinping left Beijing today for a state visit to Russia", "G20 Summit in Hamburg.",
  ("China", N, neu, "", "spokesperson's opening announcement (the transcript's speaker is the MFA spokesperson = China); travel plan, no evaluation"))
U(d, "Russian presidential aide Yuri Ushakov said that during President Xi's visit", "major international issues.",
  ("Russia", N, neu, "", "position reported inside a journalist's question ('Q:' label excluded); Kremlin aide = Russia; a plan; the question itself gets no row"))
U(d, "China and Russia will keep firmly supporting each other", "to a new height.",
  ("China", S, pos, "Russia", "'A:' label excluded; mutual backing on core interests = supporting"))
U(d, "India's Ministry of External Affairs said in a statement on Friday", "breached that understanding.",
  ("India", C, neg, "China", "the Indian MEA statement reported in a question: China's road building gravely affects India's security and a one-sided move breaches the 2012 understanding = judgement without strong words"))
U(d, "The statement also asked every side to hold back", "it had signed.",
  ("India", T, neu, "", "same MEA statement, next sentence ('The statement' = India's MEA by context): appeal for restraint to all parties"))
U(d, "We have noted the statement, and it does not square with the facts.", "We have noted the statement, and it does not square with the facts.",
  ("China", N, neg, "", "rejection of India's account = denial (neutral, negative tone)"))
U(d, "The Sikkim section of the China-India boundary was delimited", "in writing.",
  ("China", N, neu, "", "legal and historical basis stated, no evaluation; Nehru only mentioned"))
U(d, "By sending its border troops across this boundary", "its own governments.",
  ("China", C, neg, "India", "accusation: troops across the boundary, India went back on its position"))
U(d, "Talks can only be meaningful once the Indian side", "without delay.",
  ("China", T, neg, "India", "demand addressed to one side with no judgement word in the sentence + dialogue precondition = calling_for_talks, negative (labels/README)"))
U(d, "Bhutan's foreign ministry said last week that the road under construction", "1988 and 1998.",
  ("Bhutan", C, neg, "China", "reported in a question; road inside Bhutanese territory breaches the agreements = judgement of China's act"))
U(d, "It also said it wanted the area restored", "on June 16.",
  ("Bhutan", T, pos, "", "'It' = Bhutan's foreign ministry; wish to see the status quo ante restored, no judgement word = calling_for_talks (guide: hopes)"))
U(d, "Doklam has always been part of China, and there is no dispute over it.", "Doklam has always been part of China, and there is no dispute over it.",
  ("China", N, neg, "", "rebuttal of Bhutan's claim = denial-like assertion of its own position, no judgement of an actor"))
U(d, "Using Bhutan as a shield", "get India nowhere.",
  ("China", C, neg, "India", "accusation; Bhutan only mentioned"))
U(d, "China and Bhutan are friendly neighbours, and we are willing", "settle the question.",
  ("China", T, pos, "Bhutan", "offer to keep settling the boundary through talks"))
U(d, "Indian Defence Minister Arun Jaitley said last week that India was", "present standoff.",
  ("India", C, neg, "China", "reported in a question: blame for the standoff + veiled warning"))
U(d, "If the Indian minister wants to compare today with 1962", "defending its territory.",
  ("China", C, neg, "India", "retort to the Indian minister + threat ('whatever is required')"))
U(d, "Indian officials said a group of pilgrims bound for Kailash-Mansarovar", "waiting in Sikkim.",
  ("India", N, neu, "", "unnamed officials of a named government = India; facts, no judgement"))
U(d, "The pilgrims' passage through Nathu La is on hold", "into Chinese territory.",
  ("China", C, neg, "India", "blame (the cause is the Indian troops' crossing) + suspension of the pilgrims' route = measure in response"))
U(d, "Pilgrims can still travel through the Lipulekh pass", "has not been affected.",
  ("China", N, neu, "", "fact about the other route"))
U(d, "A US defence official said the operation was meant to challenge", "in the area.",
  ("United States", C, neg, "", "unnamed official of a named government = US; 'excessive maritime claims' = judgement; several claimants in the Paracels -> target empty; the preceding sentence of the question is narrative"))
U(d, "The destroyer's unauthorised entry into waters off Xisha", "sovereignty and security.",
  ("China", C, neg, "United States", "accusation of a breach of law"))
U(d, "Chinese warships and aircraft were sent to shadow the destroyer", "order it away.",
  ("China", N, neu, "", "own response reported as done, no judgement in the sentence = neutral (guide: own strike reported as done)"))
U(d, "Qatar's foreign minister said on Saturday that the list had been drawn up", "could not accept it.",
  ("Qatar", C, neg, "", "judgement of the four states' demands (made to be rejected); the four states are not named -> target empty; the deadline sentence before it is passive narrative"))
U(d, "We hope the countries involved can talk through their differences", "united and stable.",
  ("China", T, pos, "", "hope that the parties talk through their differences"))
U(d, "We support the mediation efforts of Kuwait.", "We support the mediation efforts of Kuwait.",
  ("China", S, pos, "Kuwait", "approval of Kuwait's mediation = supporting Kuwait"))
