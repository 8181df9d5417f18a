# ------------------------------------------------------------------ Australia-China: the Chinese embassy's list of 14 grievances (wire copy, 2020-11-19)
d = "page_australia_china_grievances2020_wire.txt"
# Not statements: section line, headline (carries Australia's position; headline rule), byline, read time, ADVERTISEMENT, tail credits, standards line, Related Coverage.
U(d, "SYDNEY/BEIJING, Nov 19 (Reuters) - Australia on Thursday flatly rejected", "its largest trading partner.",
  ("Australia", N, neg, "", "lede carrying a position: rejecting a list of complaints (accusations) and refusing concessions, with no judgement of China in the sentence = denial-type, neutral, negative (unsure: condemning as a refusal in protest)"))
U(d, "The document, given to three Australian news outlets on Tuesday, accused", "origins of the coronavirus.",
  ("China", C, neg, "Australia", "the embassy's document = China; 'poisoning' relations = accusation"))
U(d, "An embassy official who handed over the list warned", "the outlets reported.",
  ("China", C, neg, "Australia", "unnamed official of a named government; veiled threat = condemning"))
U(d, "Prime Minister Scott Morrison said Australia's policies were written in Canberra", "any foreign government.",
  ("Australia", N, neg, "", "refusal to negotiate its policies, no judgement word = neutral, negative (unsure: condemning)"))
U(d, "\"We are not going to apologise for having a free press", "That is who we are.\"",
  ("Australia", N, neg, "", "quote over several sentences with attribution in the middle; refusal to apologise, a defence of own institutions with no judgement of China in the words -> neutral, negative (unsure)"))
U(d, "Morrison said he remained open to talks with Chinese leaders", "without preconditions.",
  ("Australia", T, neu, "China", "offer of talks"))
U(d, "Trade Minister Simon Birmingham said the list appeared to confirm", "punishment for political decisions.",
  ("Australia", C, neg, "China", "accusation of punitive trade curbs, no stock word"))
U(d, "His calls to his Chinese counterpart had gone unanswered since May, he said.", "he said.",
  ("Australia", N, neg, "", "a fact given by the minister; complaint implied but no judgement stated"))
U(d, "\"If there is a problem with a particular product", "Birmingham said.",
  ("Australia", C, neg, "China", "offer of proper channels + 'not how trading partners behave' = judgement decides (rule 1)"))
U(d, "Foreign Minister Marise Payne's office said in a statement", "where they did not.",
  ("Australia", N, neu, "", "statement of policy: cooperation where possible, values defended; no appeal, no judgement (unsure: calling_for_talks)"))
U(d, "In Beijing, foreign ministry spokesman Zhao Lijian said the root of the problem lay in Canberra", "the damage it had caused.",
  ("China", C, neg, "Australia", "blame placed on Australia"))
U(d, "Zhao said Australia had for some time taken steps that harmed", "its contents were \"facts\".",
  ("China", C, neg, "Australia", "accusation + refusal of blame; the non-confirmation is a detail"))
U(d, "The Chinese embassy said in a statement posted on its website that Australian media had twisted", "a private conversation.",
  ("China", N, neg, "", "denial of the reported meaning, aimed at the media (non-canonical) -> neutral, negative"))
U(d, "It said China had never sought confrontation and hoped Australia would take", "back on track.",
  ("China", T, neu, "Australia", "'It' = the embassy; denial + hope addressed to Australia, no judgement -> calling_for_talks"))
U(d, "The U.S. State Department said Washington stood by Australia", "according to a spokesperson.",
  ("United States", S, pos, "Australia", "second-hand attribution; backing an ally; 'economic coercion' implies China but the sentence's position is support (unsure: condemning China)"))
U(d, "Japan's Chief Cabinet Secretary Katsunobu Kato, asked about the row", "declined to comment further.",
  ("Japan", N, neu, "", "watching + no comment = neutral; the defence pact is narration"))
U(d, "New Zealand Foreign Minister Nanaia Mahuta said her country hoped", "carried by Radio New Zealand.",
  ("New Zealand", T, pos, "", "hope for talks between two parties -> target empty; remarks carried by a broadcaster"))
U(d, "The opposition Labor Party said it backed the government", "bow to the demands.",
  ("Australian Labor Party", S, pos, "Australia", "opposition backing the government's stance = supporting"))
U(d, "Labor leader Anthony Albanese said Beijing's approach was heavy-handed", "harden Australian opinion.",
  ("Australian Labor Party", C, neg, "China", "'heavy-handed' = judgement without stock words"))
# "Relations have soured sharply since April ..." and "China has since imposed tariffs ..." = background, no row.
U(d, "Dr Helena Voss, a senior fellow at the Sydney-based Indo-Pacific Policy Centre, said", "behind the trade measures.",
  ("Helena Voss", C, neg, "China", "invented analyst; calling the dossier Beijing's mistake = critical judgement"))
U(d, "\"China has put in writing what it spent months denying.", "Voss said.",
  ("Helena Voss", C, neg, "China", "accusation of past denials"))
U(d, "Voss said she expected other capitals to look at Australia's experience", "disputes with Beijing.",
  ("Helena Voss", N, neu, "", "prediction"))
U(d, "Professor Liang Wenqing of the Shanghai Institute of Pacific Studies said Canberra had brought the row on itself", "unless Australia changed course.",
  ("Liang Wenqing", C, neg, "Australia", "invented scholar; blame on Canberra"))
U(d, "He urged both sides to restore ministerial contact", "before the end of the year.",
  ("Liang Wenqing", T, neu, "", "appeal for talks, both sides -> target empty"))
# "Exporters' groups said the winemaking industry ... was bracing ..." = unnamed groups, no row.
U(d, "The Australian Grape and Wine association said it would support its members", "every channel to Beijing open.",
  ("Australian Grape and Wine", T, neu, "Australia", "support for its own members + appeal to keep channels open; the appeal (rule 2) decides over help to its own members"))
