# ------------------------------------------------------------------ Israeli strike kills Hamas deputy leader Saleh al-Arouri in Beirut (full HTML, Levant English daily, 2024-01-03)
d = "page_arouri_beirut_webpage.html"
U(d, "Lebanon's caretaker prime minister accused Israel on Wednesday", "would be answered.",
  ("Lebanon", C, neg, "Israel", "long lead carrying narration and two positions: accusation by the prime minister (introduced by role only)"),
  ("Hezbollah", C, neg, "Israel", "same lead: vow that the attack would be answered = threat; the strike is Israel's by the page's framing"))
U(d, "Hamas confirmed that Arouri and six other members", "had been killed.",
  ("Hamas", N, neu, "", "own losses confirmed = facts"))
U(d, "Hamas political bureau chief Ismail Haniyeh accused Israel", "on Lebanese soil.",
  ("Hamas", C, neg, "Israel", "accusation ('terrorist crime')"))
U(d, "Izzat al-Rishq, a member of the political bureau, was blunt:", "failed inside Gaza.\"",
  ("Hamas", C, neg, "Israel", "quote opened after a colon; 'the occupation' = Israel; accusation"))
U(d, "\"Assassinations have never broken our movement,\" al-Rishq said.", "\"Assassinations have never broken our movement,\" al-Rishq said.",
  ("Hamas", N, pos, "", "defiant self-assertion about its own movement, no actor judged = neutral (tone proud)"))
U(d, "\"They will not break it now, and those who planned this one", "held to account.\"",
  ("Hamas", C, neg, "Israel", "quote continued after the attribution (same speaker); threat of accountability; the planners = Israel by context"))
U(d, "A Hamas official, speaking on condition of anonymity, said the group had told", "hostage exchange.",
  ("Hamas", N, neu, "", "unnamed official of a named body = Hamas; freezing talks with no protest stated in the sentence = neutral (guide rule 4); the mediators are only mentioned"))
U(d, "Hezbollah said in a statement that the strike was an attack on Lebanon itself", "course of the war.",
  ("Hezbollah", C, neg, "Israel", "judgement of the strike ('an attack on Lebanon itself') + veiled warning; strike attributed to Israel by the page"))
U(d, "Hezbollah leader Hassan Nasrallah opened a televised speech", "leaders of the resistance.",
  ("Hezbollah", S, pos, "Hamas", "condolences + praise = solidarity with Hamas"))
U(d, "He said Hezbollah would not let the killing pass without a response.", "He said Hezbollah would not let the killing pass without a response.",
  ("Hezbollah", C, neg, "Israel", "'He' = Nasrallah; threatened response"))
U(d, "\"If the enemy decides to take the war to Lebanon", "he said.",
  ("Hezbollah", C, neg, "Israel", "conditional threat; 'the enemy' = Israel"))
U(d, "Najib Mikati said in a statement that Israel was deliberately trying", "bombardment of the south.",
  ("Lebanon", C, neg, "Israel", "the prime minister named only now; accusation"))
U(d, "His office said he had instructed Foreign Minister Abdallah Bou Habib", "UN Security Council.",
  ("Lebanon", C, neg, "Israel", "possessive before the speaker ('His office' = Mikati's); a formal complaint against Israel = protest by act (as batch5c's Iraq)"))
U(d, "Mikati also appealed to the major powers to use their influence", "a wider war.",
  ("Lebanon", T, neg, "", "appeal to prevent escalation, no judgement in this sentence; addressed to third parties"))
U(d, "Israeli officials declined to comment on the strike.", "Israeli officials declined to comment on the strike.",
  ("Israel", N, neu, "", "'Israeli officials' are tied to a named state; declining to comment = neutral"))
U(d, "Mark Regev, an adviser to Prime Minister Benjamin Netanyahu, told a US television network", "rather than Lebanon.",
  ("Israel", N, neu, "", "adviser to the prime minister speaks for Israel; neither confirms nor denies, and says Lebanon was not the target = neutral"))
U(d, "The army's chief spokesman, Rear Admiral Daniel Hagari, said", "against Hamas.",
  ("Israel", N, neu, "", "the army speaks for its state; own readiness and operations, no judgement"))
U(d, "In Tehran, foreign ministry spokesman Nasser Kanaani condemned the killing", "fighting it.",
  ("Iran", C, neg, "Israel", "condemnation + prediction that it will backfire; Tehran = place"))
U(d, "A US defence official, speaking to reporters on condition of anonymity, said Israel had carried out", "the strike.",
  ("United States", N, neu, "", "unnamed official of a named government; attributes the strike to Israel as a fact, without judgement = neutral (unsure: could be read as an accusation)"))
U(d, "White House national security spokesman John Kirby said Washington", "would widen it.",
  ("United States", T, neg, "", "worry + appeal to all sides = calling_for_talks"))
U(d, "French President Emmanuel Macron, speaking by phone with Benny Gantz", "the Elysee said.",
  ("France", T, neg, "Israel", "appeal addressed to Israel to avoid escalation, no judgement; attribution tail"))
U(d, "A spokesperson for UN Secretary-General Antonio Guterres, Florencia Soto Nino, said", "lower tensions.",
  ("United Nations", T, neg, "", "concern + appeal to every side"))
U(d, "UNIFIL, the UN peacekeeping force in southern Lebanon, said it feared", "the Blue Line.",
  ("United Nations", N, neg, "", "UNIFIL = United Nations (name files); fear of escalation without an appeal = neutral, negative"))
U(d, "Qatar, Jordan, and Iraq condemned the strike", "without naming Israel.",
  ("Qatar", C, neg, "Israel", "list of three (Oxford comma), one row each; the strike is Israel's by the page"),
  ("Jordan", C, neg, "Israel", "same list"),
  ("Iraq", C, neg, "Israel", "same list"),
  ("Egypt", N, neg, "", "warning without an appeal or a judgement, 'without naming Israel' = neutral, negative (contrast within one sentence)"))
U(d, "In Gaza, the Hamas-run health ministry said more than 22,000", "since Oct. 7.",
  ("Hamas", N, neu, "", "Hamas-run health ministry = Hamas (name files); figures; the analysts and the resident that follow are unnamed (no rows)"))
