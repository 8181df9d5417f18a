# ------------------------------------------------------------------ Greece and Macedonia sign the Prespa agreement (full HTML, Balkan English-language site, 2018-06-17)
d = "page_prespa_signing_webpage.html"
U(d, "The foreign ministers of Greece and Macedonia on Sunday signed", "since 1991.",
  ("Greece", T, pos, "", "lead with two actors: signing a negotiated settlement = agreeing to a diplomatic course (calling_for_talks, as agreeing to a ceasefire); one row per state"),
  ("North Macedonia", T, pos, "", "same act; Macedonia = North Macedonia (name files)"))
U(d, "Tsipras praised Zaev as a brave partner", "the agreement done.",
  ("Greece", S, pos, "North Macedonia", "praise of the other prime minister"))
U(d, "\"Twenty-seven years of suspicion end on this shore.", "Tsipras said.",
  ("Greece", T, pos, "", "multi-sentence quote closed by its speaker; hope of reconciliation = calling_for_talks (unsure: could be read as neutral self-praise)"))
U(d, "Zaev thanked Tsipras and the Greek people", "courage and good faith.",
  ("North Macedonia", S, pos, "Greece", "thanks = supporting"))
U(d, "He said he hoped the accord would show the rest of the Balkans", "settled by talking.",
  ("North Macedonia", T, pos, "", "'He' = Zaev; hope = calling_for_talks"))
U(d, "Dimitrov told reporters after the ceremony:", "lost their dignity today.",
  ("North Macedonia", N, pos, "", "foreign minister known from the lead by surname; quotation opened after a colon and left open; own assessment = neutral, positive"))
U(d, "\"Our language and our identity are written into this text", "came here for,\" he said.",
  ("North Macedonia", N, pos, "", "quotation continued over the paragraph break; own gains stated, no judgement of another actor"))
U(d, "Kotzias said the agreement put an end to claims", "had asked for.",
  ("Greece", N, pos, "", "own gains stated = neutral; Athens = metonym inside his statement"))
U(d, "In Athens, New Democracy leader Kyriakos Mitsotakis", "quarter of a century.",
  ("New Democracy", C, neg, "Greece", "opposition party as its own actor; accusation against the government (= Greece); the defeated no-confidence motion is background"))
U(d, "His party would do everything it could to block ratification", "he said.",
  ("New Democracy", C, neg, "Greece", "'he' = Mitsotakis; announced action against the government's deal = condemning"))
U(d, "Government spokesman Dimitris Tzanakopoulos accused the conservatives", "sake of votes.",
  ("Greece", C, neg, "New Democracy", "'the conservatives' = New Democracy by context"))
U(d, "He dismissed opposition claims that the agreement recognised", "only to citizenship.",
  ("Greece", N, neg, "", "denial of the opposition's claim = neutral, negative"))
U(d, "Defence Minister Panos Kammenos, who leads the nationalist Independent Greeks", "vote against it.",
  ("Independent Greeks", C, neg, "Greece", "a minister speaking as leader of his own party (unsure: could be Greece); 'unacceptable' = judgement of the government's deal"))
U(d, "Greek police said several officers were injured", "push them back.",
  ("Greece", N, neu, "", "police = Greece; own injuries and own use of tear gas reported without judgement = neutral; the protesters are not actors"))
U(d, "In Skopje, President Gjorge Ivanov repeated", "law ratifying it.",
  ("North Macedonia", C, neg, "", "head of state = North Macedonia although he opposes his own government's deal (unsure); judgement of an agreement of two states -> target empty; Skopje = place"))
U(d, "The opposition VMRO-DPMNE called the accord a capitulation", "country's name.",
  ("VMRO-DPMNE", C, neg, "North Macedonia", "opposition party as its own actor; judgement of its government"))
U(d, "Mogherini said the two leaders had given the whole region", "deal was implemented.",
  ("European Union", S, pos, "", "surname only (introduced in the narrative); praise + backing of both governments -> target empty"))
U(d, "Enlargement Commissioner Johannes Hahn said the Commission would press", "talks with Skopje.",
  ("European Union", S, pos, "North Macedonia", "backing of accession talks = supporting (an appeal for backing, not for peace); Skopje = metonym"))
U(d, "NATO Secretary General Jens Stoltenberg said in a statement", "Brussels in July.",
  ("NATO", S, pos, "North Macedonia", "backing of an invitation to the alliance"))
U(d, "UN Secretary-General Antonio Guterres congratulated both governments", "his spokesman said.",
  ("United Nations", S, pos, "", "congratulations to two states -> target empty; Nimetz (UN) only thanked"))
U(d, "The US State Department welcomed the signing and urged both countries", "leadership could achieve.",
  ("United States", T, pos, "", "welcome + praise + appeal to complete ratification (a diplomatic course), no judgement: rule 2 before rule 3"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova told a briefing this week", "Skopje into NATO.",
  ("Russia", C, neg, "NATO", "'Moscow was more guarded.' before it is the reporter's assessment (no row); warning against pulling Skopje into NATO = judgement aimed at the alliance"))
U(d, "Albanian Prime Minister Edi Rama and Bulgarian Prime Minister Boyko Borissov", "Tsipras and Zaev.",
  ("Albania", S, pos, "", "two leaders in one sentence = two rows; congratulations to two states -> target empty"),
  ("Bulgaria", S, pos, "", "same sentence; speaks for Bulgaria, not for the EU presidency"))
