# ------------------------------------------------------------------ ICC arrest warrant for Putin (live blog, 2023-03-17/18)
d = "page_icc_putin_warrant_liveblog.txt"
U(d, "Vyacheslav Volodin, the speaker of Russia's lower house", "aggression against Russia.",
  ("Russia", C, neg, "", "Duma speaker (name files: Russia); threat against any state acting on the warrant = condemning; no single target"))
U(d, "US President Joe Biden told reporters outside the White House", "not a member of the court.",
  ("United States", S, pos, "International Criminal Court", "approval of the court's move = supporting; Washington and Moscow only mentioned as non-members"))
U(d, "\"What has been done to those children is a war crime, plain and simple,\" Biden said.", "Biden said.",
  ("United States", C, neg, "Russia", "judgement of Russia's deportations ('war crime')"))
U(d, "In his nightly video address, President Volodymyr Zelensky said", "truly began.",
  ("Ukraine", S, pos, "International Criminal Court", "praise of the court's decision = supporting"))
U(d, "He said Ukrainian authorities had documented more than 16,000 cases", "occupied areas.",
  ("Ukraine", N, neu, "", "'He' = Zelensky; figures = neutral"))
U(d, "\"Taking children away from their parents", "he said.",
  ("Ukraine", C, neg, "Russia", "multi-sentence quote closed by its speaker = one unit; accusation + 'will answer for them' -> condemning Russia"))
U(d, "British Foreign Secretary James Cleverly said the UK fully supported", "to account.",
  ("United Kingdom", S, pos, "International Criminal Court", "backing of the court's investigation"))
U(d, "The foreign ministers of Lithuania, Latvia and Estonia welcomed", "the court's judges.",
  ("Lithuania", S, pos, "International Criminal Court", "list of three states, one row each: welcome + thanks = supporting"),
  ("Latvia", S, pos, "International Criminal Court", "same list"),
  ("Estonia", S, pos, "International Criminal Court", "same list"))
U(d, "Maria Lvova-Belova told Russian reporters", "would continue.",
  ("Russia", N, pos, "", "the indicted children's commissioner (a Russian official) defends her own work = self-justification, neutral with a positive tone"))
U(d, "Dmitry Medvedev, the deputy chairman of Russia's Security Council", "deriding the court.",
  ("Russia", C, neg, "International Criminal Court", "Russia's Security Council (not the UN's) = Russia; mockery = judgement without stock words"))
U(d, "Andriy Yermak, the head of Zelensky's office", "grateful to the court.",
  ("Ukraine", S, pos, "International Criminal Court", "gratitude + 'first step' = supporting the court"))
U(d, "Prosecutor General Andriy Kostin said the decision told the world", "behind their titles.",
  ("Ukraine", C, neg, "Russia", "the organisers of the deportations = Russia's leadership; judgement"))
U(d, "Foreign Minister Dmytro Kuleba called on every state party", "on its territory.",
  ("Ukraine", C, neg, "Russia", "call to arrest Russia's president = a call for a punitive measure (like sanctions) -> condemning, not an appeal for talks"))
U(d, "EU foreign policy chief Josep Borrell said the warrants were the start", "its prosecutor.",
  ("European Union", S, pos, "International Criminal Court", "'the bloc' = EU; backing of the court; 'accountability' names no one (unsure: could be condemning Russia)"))
U(d, "France's foreign ministry said Paris backed the court's work", "to shield him.",
  ("France", S, pos, "International Criminal Court", "backing of the court; the accountability clause names no actor"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters the very idea", "beyond the pale.",
  ("Russia", C, neg, "International Criminal Court", "judgement of the warrant without stock words"))
U(d, "He said Moscow had never accepted the court's authority", "legal weight in Russia.",
  ("Russia", N, neg, "", "'He' = Peskov; legal position (non-recognition) stated without a judgement = neutral, negative (unsure: a rejection in protest would be condemning)"))
U(d, "Foreign ministry spokeswoman Maria Zakharova was blunter on Telegram:", "legal nonsense.\"",
  ("Russia", C, neg, "International Criminal Court", "quote opened after a colon; 'this body' = the ICC; dismissal + 'legal nonsense' = judgement"))
U(d, "Asked about the warrant at the daily briefing in New York", "on its decisions.",
  ("United Nations", N, neu, "", "spokesman: the court is independent, no comment = neutral"))
U(d, "He added that Secretary-General Antonio Guterres would keep talking", "ending the war.",
  ("United Nations", T, neu, "", "commitment to keep talking to all sides (incl. Putin) in search of solutions = talks"))
U(d, "Ukraine's general staff said its troops had beaten back", "Avdiivka and Marinka.",
  ("Ukraine", N, neu, "", "military body reporting its own operations/figures = neutral"))
U(d, "The International Criminal Court said its Pre-Trial Chamber II", "Ukraine to Russia.",
  ("International Criminal Court", C, neg, "Russia", "arrest warrants for the head of state on alleged war crimes = a judicial accusation/measure against Russia (unsure: could be read as a neutral procedure)"))
U(d, "The court said the warrants had first been issued under seal", "further crimes.",
  ("International Criminal Court", N, neu, "", "procedure explained = neutral"))
U(d, "In a video statement, Prosecutor Karim Khan said the removals", "deliberate pattern.",
  ("International Criminal Court", C, neg, "Russia", "prosecutor's accusation of a deliberate pattern"))
U(d, "Amnesty International's secretary general, Agnès Callamard, welcomed", "without delay.",
  ("Amnesty International", T, neu, "Russia", "welcome + humanitarian appeal (return of the children) with no judgement: rule 2 before rule 3 -> talks, addressed to Moscow"))
U(d, "Slovakia's government approved sending 13 MiG-29 fighter jets", "same jets.",
  ("Slovakia", S, neu, "Ukraine", "arms supply = backing by act"),
  ("Poland", S, neu, "Ukraine", "Poland's pledge reported as done in the same sentence = backing by act (second actor)"))
