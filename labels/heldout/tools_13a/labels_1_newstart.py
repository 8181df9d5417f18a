# ------------------------------------------------------------------ Russia suspends New START (TASS-style state media, 2023-02-22)
d = "page_newstart_suspension_statemedia.txt"
U(d, "Both chambers of the Russian parliament on Wednesday passed a law", "address to the Federal Assembly.",
  ("Russia", N, neu, "", "dateline excluded; parliament's vote = Russia, a procedure reported as done; Putin's announcement only mentioned here"))
U(d, "State Duma Speaker Vyacheslav Volodin said before the vote", "no other option.",
  ("Russia", C, neg, "United States", "Volodin (Duma speaker) = Russia; blame put on Washington (metonym) without stock words"))
U(d, "\"For years the United States has been hollowing out", "Volodin told lawmakers.",
  ("Russia", C, neg, "United States", "multi-sentence quote closed by its speaker = one unit; accusation + refusal"))
U(d, "He added that the chamber was not slamming the door", "security interests.\"",
  ("Russia", T, neu, "United States", "quote opened after a colon; conditional openness to restore the treaty, no explicit judgement (rule 2)"))
U(d, "\"We are not tearing anything up.", "said during the session.",
  ("Russia", C, neg, "United States", "speaker introduced after the quote (Matviyenko, Federation Council = Russia); 'one of the parties' = the US by context; accusation"))
U(d, "Grigory Karasin, who chairs the upper house's", "Russian concerns into account.",
  ("Russia", C, neg, "United States", "conditional offer of talks + 'openly hostile line' (explicit judgement): rule 1 decides"))
U(d, "Kremlin Spokesman Dmitry Peskov said the first responses", "serious conversation.",
  ("Russia", C, neg, "", "negative judgement on the West's reaction ('uniformly hostile'); 'Western capitals' = several, non-canonical -> target empty (unsure: could be read as neutral assessment)"))
U(d, "\"The ball is now in the court of our Western opponents.", "Peskov told reporters.",
  ("Russia", T, neu, "", "conditional readiness to revisit = offer of talks, aimed at the West (non-canonical) -> target empty"))
U(d, "Deputy Foreign Minister Sergei Ryabkov said that all information exchanges", "immediate effect.",
  ("Russia", N, neu, "", "own measure reported as done, no judgement"))
U(d, "The Russian Foreign Ministry said in a statement issued on Tuesday evening", "Soviet-US agreement.",
  ("Russia", N, neu, "", "commitments/plans, Washington only as recipient of notifications"))
U(d, "The ministry said US policy was aimed at undermining", "a deliberate provocation.",
  ("Russia", C, neg, "United States", "'the ministry' = Russian MFA by context; accusation"))
U(d, "It also insisted that the nuclear arsenals of Britain and France", "arms control talks.",
  ("Russia", N, neu, "", "'It' = the ministry; a condition on the format of future talks, no judgement; Britain and France are mentioned, not speakers"))
U(d, "Mikhail Ulyanov, Russia's permanent representative", "to be revisited.",
  ("Russia", T, neu, "United States", "quote-free conditional offer: suspension reversible if the US de-escalates (rule 2)"))
U(d, "US Secretary of State Antony Blinken, speaking in Athens", "by its actions.",
  ("United States", C, neg, "Russia", "'irresponsible' = judgement; Moscow = metonym; Athens = place"))
U(d, "At the same time, he claimed that the United States was still prepared", "state of relations.",
  ("United States", T, neu, "Russia", "'he' = Blinken; readiness to discuss arms limits = offer of talks; 'claimed' is the outlet's framing"))
U(d, "Russian Foreign Ministry Spokeswoman Maria Zakharova dismissed the remarks", "about responsibility.\"",
  ("Russia", C, neg, "United States", "dismissal + quoted rebuke of Washington (rule 1: judgement decides over the rejection)"))
U(d, "NATO Secretary General Jens Stoltenberg claimed in Brussels", "arms race in check.",
  ("NATO", C, neg, "Russia", "accusation of walking away from agreements; Brussels = place"))
U(d, "He called on Moscow to think again.", "He called on Moscow to think again.",
  ("NATO", T, neu, "Russia", "appeal alone in its sentence; 'He' = Stoltenberg"))
U(d, "The governments of Britain and France also criticized the move.", "The governments of Britain and France also criticized the move.",
  ("United Kingdom", C, neg, "Russia", "list of two governments: one row each"),
  ("France", C, neg, "Russia", "same list"))
U(d, "A spokesman for British Prime Minister Rishi Sunak called it reckless", "implementation of the treaty.",
  ("United Kingdom", C, neg, "Russia", "'reckless' + hope of reversal: rule 1 (London = metonym)"),
  ("France", T, neu, "Russia", "French MFA: appeal to reconsider with no judgement word in its clause (rule 2)"))
U(d, "UN Secretary-General's Spokesman Stephane Dujarric said", "put everyone at risk.",
  ("United Nations", T, neg, "", "Dujarric for Guterres; appeal to both parties to resume implementation and dialogue, with a warning; both sides -> target empty"))
U(d, "In Beijing, Chinese Foreign Ministry Spokesman Wang Wenbin said", "keep working.",
  ("China", T, pos, "", "hope that both sides talk = calling_for_talks; Beijing = place"))
U(d, "Russian Ambassador to the United States Anatoly Antonov said in a statement", "their inspectors in.\"",
  ("Russia", C, neg, "United States", "ambassador = Russia; quote opened mid-sentence; accusation"))
U(d, "In his address on Tuesday, Putin said that Russia was not withdrawing", "taken into account.",
  ("Russia", N, neu, "", "Putin (surname only) on his own decision and a condition about other arsenals: no judgement"))
U(d, "He also said Russia should be ready to test nuclear weapons", "did so first.",
  ("Russia", C, neg, "United States", "conditional threat of a response = condemning"))
