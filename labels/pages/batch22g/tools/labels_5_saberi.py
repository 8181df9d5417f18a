# ------------------------------------------------------------------ Roxana Saberi's conviction, appeal and release (international wire copy, 2009-05-11)
d = "page_saberi_release_wire.txt"
# No row: agency menu, section, "UPDATE 3" headline, date line, byline, photo captions with credits, ADVERTISEMENT,
# capitals crossheads, "Related:", reporting credits, related coverage list, copyright, Most popular.
U(d, "An Iranian appeals court on Monday suspended the eight-year prison sentence", "one of her lawyers said.",
  ("Iran", N, neu, "", "dateline excluded; the appeals court's ruling = a state procedure reported as done (the court speaks for Iran); the lawyer only reports it"))
U(d, "Abdolsamad Khorramshahi told reporters the court had accepted", "suspended for five years.",
  ("Abdolsamad Khorramshahi", N, neu, "", "defence lawyer = independent person; legal facts"))
U(d, "\"She is out, she is with her mother and father", "Khorramshahi said.",
  ("Abdolsamad Khorramshahi", N, pos, "", "facts, relieved tone"))
U(d, "He said her passport, taken from her at the time of her arrest", "to the Supreme Court.",
  ("Abdolsamad Khorramshahi", N, neu, "", "pronoun subject = Khorramshahi; procedure"))
# No row: Saberi's biography, the shifting charges ("Officials first said ...": unnamed, background), the dual-nationality
# paragraph (narration; "many in Washington" are unnamed).
U(d, "U.S. Secretary of State Hillary Clinton said she was delighted by the news", "brought against Saberi.",
  ("United States", C, pos, "Iran", "welcome + judgement ('never accepted the case'): rule 1 = condemning; the tone is mostly glad (unsure about sentiment)"))
U(d, "White House spokesman Robert Gibbs said President Barack Obama was pleased", "administration had noted.",
  ("United States", S, pos, "Iran", "welcome of Iran's step ('goodwill gesture') with no judgement = supporting"))
# No row: "The case had become an early test of Obama's offer of dialogue ..." (background narration; Iran's leaders' stance is vague background).
U(d, "A Revolutionary Court convicted Saberi on April 18", "behind closed doors.",
  ("Iran", N, neg, "", "court act recalled (conviction) = state procedure, neutral (unsure: the spying verdict implies an accusation of the US)"))
U(d, "Clinton said the same day that the sentence dismayed her", "U.S. interests in Iran.",
  ("United States", C, neg, "Iran", "dismay + objections conveyed = judgement; Tehran = metonym as addressee"))
U(d, "Iran's foreign ministry spokesman, Hassan Qashqavi, replied", "what to do.",
  ("Iran", C, neg, "United States", "'no business telling Iranian judges what to do' = judgement of US interference"))
U(d, "Two days after the verdict, President Mahmoud Ahmadinejad wrote to Tehran's chief prosecutor", "published by state media.",
  ("Iran", N, neu, "", "a specific act (letter) about procedure; state media is not an actor"))
U(d, "The head of the judiciary, Ayatollah Mahmoud Hashemi Shahroudi, ordered", "without delay.",
  ("Iran", N, neu, "", "judiciary head = Iran; procedure"))
U(d, "Saberi's father, Reza Saberi, said in late April", "grown very weak.",
  ("Reza Saberi", N, neg, "", "relative under his own name; facts about her health"))
U(d, "Judiciary spokesman Alireza Jamshidi denied on April 28", "good health.",
  ("Iran", N, neg, "", "denial = neutral, negative"))
U(d, "The State Department said the United States was very concerned", "reporters in Washington.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative; attribution tail"))
# No row: "Japan, whose foreign minister visited Tehran on May 2, had also pressed her case." (summary line before the specific statement).
U(d, "Hirofumi Nakasone told Ahmadinejad during the visit", "according to Japanese officials.",
  ("Japan", T, neu, "Iran", "surname after role in the previous sentence; request for an open hearing and care for her health, no judgement = calling_for_talks (Ahmadinejad as addressee)"))
U(d, "Ahmadinejad replied that pressure from abroad would not help her", "state media reported.",
  ("Iran", N, neg, "", "warning against outside pressure, nobody named (unsure: could be read as condemning Japan)"))
U(d, "Foreign Minister Manouchehr Mottaki told a joint news conference", "answer to the courts.",
  ("Iran", N, neu, "", "reassurance about the appeal + the law must apply = neutral"))
U(d, "On Monday, Japan's Chief Cabinet Secretary Takeo Kawamura told reporters", "touch with the family.",
  ("Japan", S, pos, "", "welcome of the release = supporting (the step is the Iranian court's, but the sentence welcomes the outcome, target left empty)"))
U(d, "\"We are grateful to everyone who stood by her", "within days.",
  ("Reza Saberi", S, pos, "", "thanks to unnamed supporters = supporting, target empty"))
U(d, "Reporters Without Borders, whose members had fasted in relays", "journalism as a crime.",
  ("Reporters Without Borders", C, neg, "Iran", "fasting in solidarity (backing by act) + relief + judgement: rule 1 = condemning"))
U(d, "\"Roxana is free, and that matters more than anything tonight.", "the group's secretary-general.",
  ("Reporters Without Borders", T, pos, "Iran", "multi-sentence quote closed by its speaker; hope that cases are reviewed = calling_for_talks"))
U(d, "The New York-based Committee to Protect Journalists called on Iran", "from the start.",
  ("Committee to Protect Journalists", C, neg, "Iran", "appeal + 'built on nothing' = judgement (rule 1)"))
U(d, "Farid Tavakoli, an Iran analyst at a London research centre", "seeking a second term.",
  ("Farid Tavakoli", N, neu, "", "independent analyst; interests and timing"))
U(d, "\"The judiciary and the president were not singing from the same sheet", "he said.",
  ("Farid Tavakoli", N, neu, "", "reading of Iran's internal politics, no judgement"))
U(d, "Tavakoli said the case could still be used by hardliners", "broader talks.",
  ("Farid Tavakoli", N, neg, "", "scenario and advice on reading it, no appeal for talks"))
U(d, "Sara Lindqvist, who studies press freedom at a university in Stockholm", "classified material.",
  ("Sara Lindqvist", N, neg, "", "risk of a precedent, no judgement of an actor"))
U(d, "\"The lesson for every reporter with two passports", "she said.",
  ("Sara Lindqvist", N, neg, "", "warning, no judgement"))
U(d, "Lindqvist said she hoped Iran and the United States would use the goodwill", "Kish Island in 2007.",
  ("Sara Lindqvist", T, pos, "", "hope for talks between the two states = calling_for_talks"))
