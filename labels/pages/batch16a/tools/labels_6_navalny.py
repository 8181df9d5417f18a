# ------------------------------------------------------------------ Death of Alexei Navalny in prison (social-media-heavy HTML page with embedded posts, 2024-02-16)
d = "page_navalny_death_social.html"
U(d, "Alexei Navalny, the best-known opponent of Vladimir Putin, has died", "said on Friday.",
  ("Russia", N, neu, "", "the Federal Penitentiary Service (a state agency) = Russia; announcement of the death, no judgement"))
U(d, "According to the prison service, he felt unwell after a walk", "unable to revive him.",
  ("Russia", N, neu, "", "the prison service's account of the death, facts only"))
U(d, "The team has not been able to verify the report.", "The team has not been able to verify the report.",
  ("Anti-Corruption Foundation", N, neu, "", "embedded post; the speaker is given by the line before it and the handle after it (Kira Yarmysh = Navalny's spokeswoman, FBK); facts"))
U(d, "A lawyer is on his way to the colony now", "whatever we learn.",
  ("Anti-Corruption Foundation", N, neu, "", "same post, second sentence; own plans"))
U(d, "Alexei Navalny stood up to a regime that tolerates no dissent", "still dares to speak.",
  ("France", C, neg, "Russia", "Macron's post (speaker in the line before); 'that regime has now taken his life' = accusation; condolence in the same sentence, the judgement decides (rule 1)"))
U(d, "Navalny fought for a free Russia to his last breath", "answer for his death.",
  ("European Union", C, neg, "Russia", "post identified by the intro line and the handle: Charles Michel = European Council President = EU; praise of Navalny + 'will have to answer' = holding Russia responsible"))
U(d, "Latvia's president, Edgars Rinkēvičs, was blunter:", "those who defy it.\"",
  ("Latvia", C, neg, "Russia", "quotation of two sentences opened after a colon in the same paragraph = one unit; accusation that the Kremlin killed him"))
U(d, "In Munich, Navalny's wife, Yulia Navalnaya, took the stage", "escape punishment.",
  ("Yulia Navalnaya", C, neg, "Russia", "independent person under her own name; conditional accusation + threat of punishment for Putin and his circle (Putin = Russia)"))
U(d, "The clip was reposted thousands of times", "\"Listen to her.\"",
  ("Lithuania", S, pos, "Yulia Navalnaya", "a repost with an approving comment by the foreign minister = backing of Navalnaya's words (unsure: a repost is a thin act)"))
U(d, "Not one forensic result is in", "than about Russia.",
  ("Russia", C, neg, "", "Zakharova's Telegram post (speaker in the line before); judgement of three Western capitals -> target empty"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters", "a matter for the doctors.",
  ("Russia", N, neu, "", "procedure, no judgement"))
U(d, "In Washington, President Joe Biden said there was no doubt", "Putin.",
  ("United States", C, neg, "Russia", "blames Putin for the death; Washington = place"))
