# ------------------------------------------------------------------ Crimea: Putin signs the treaty of accession (full HTML, European news site, 2014-03-18)
d = "page_crimea_annexation_webpage.html"
U(d, "Russian President Vladimir Putin signed a treaty on Tuesday", "to power in Kiev.",
  ("Russia", C, neg, "", "lead carrying narration (the signing) and Putin's position: Western governments helped an 'unlawful government' to power = accusation; aimed at several Western states and at Kiev -> target empty"))
U(d, "Ukraine and its Western partners hit back within hours", "only a beginning.",
  ("Ukraine", C, neg, "Russia", "'Kiev' = metonym; 'a theft of its land' = judgement of the treaty (Russia's act)"),
  ("United States", C, neg, "Russia", "'Washington' = metonym; sanctions announced + 'only a beginning' = measure and threat"),
  ("European Union", C, neg, "Russia", "'Brussels' = metonym for the EU; same measure and threat; 'its Western partners' alone is narrative"))
U(d, "In an address of more than 40 minutes carried live", "what Crimeans wanted.",
  ("Russia", S, pos, "Crimea authorities", "approval of the referendum held by the Crimean authorities, without a support word (unsure: could be read as neutral self-justification)"))
U(d, "\"Nobody in Moscow has designs on the rest of Ukraine.", "Russian-speaking east.",
  ("Russia", N, pos, "", "multi-sentence quote closed by its speaker = one unit; reassurance about its own intentions = neutral, positive tone"))
U(d, "He kept his sharpest words for the United States", "end of the Cold War.",
  ("Russia", C, neg, "United States", "'He' = Putin; accusation of deceit; Washington = metonym"))
U(d, "Vladimir Konstantinov, the speaker of the Crimean parliament", "the peninsula's people.",
  ("Crimea authorities", S, pos, "Russia", "speaker of the Crimean parliament = the breakaway authorities ('<region> authorities'); thanks = approval"))
U(d, "The regional parliament declared Crimea an independent state on Monday", "turnout of 83 percent.",
  ("Crimea authorities", N, neu, "", "'The regional parliament' and 'officials there' = Crimean authorities by context; declaration, request and figures = procedure and facts"))
U(d, "The new authorities in Simferopol have also told Ukrainian troops", "without resistance.",
  ("Crimea authorities", C, neg, "Ukraine", "ultimatum to the other side's troops (swear allegiance or leave) = threat; Simferopol = place"))
U(d, "Arseniy Yatsenyuk, Ukraine's interim prime minister, said one Ukrainian officer", "Tuesday afternoon.",
  ("Ukraine", N, neu, "", "casualty figures given by an actor, no blame in this sentence"))
U(d, "He blamed Russian soldiers for the shooting", "international court.",
  ("Ukraine", C, neg, "Russia", "'He' = Yatsenyuk; blame + 'would have to answer for it'"))
U(d, "Ukraine's acting foreign minister, Andriy Deshchytsia, said Kiev was still prepared", "from Crimea.",
  ("Ukraine", T, neu, "Russia", "offer of talks, even a conditional one = calling_for_talks (labels/README)"))
U(d, "In Washington, President Barack Obama signed an order on Monday", "Viktor Yanukovych.",
  ("United States", C, neg, "", "sanctions = measure; they hit Russian officials, Crimean leaders and Yanukovych -> several targets, target empty; Washington = place"))
U(d, "Obama made clear that more could follow:", "will only go up.",
  ("United States", C, neg, "Russia", "quotation opened after a colon and left open (continues in the next paragraph); conditional threat; Moscow = metonym"))
U(d, "\"We would still rather settle this at the table", "at the White House.",
  ("United States", T, neg, "Russia", "same quotation continued over the paragraph break; preference for a negotiated way out + a demand to pull soldiers back, no judgement = calling_for_talks"))
U(d, "Vice-President Joe Biden, arriving in Warsaw on Tuesday", "beyond question.",
  ("United States", S, pos, "Poland", "reassurance of an ally = backing; Warsaw = place"))
U(d, "European Union foreign ministers meeting in Brussels on Monday imposed", "within days.",
  ("European Union", C, neg, "", "measures (travel bans, asset freezes) + a threat to lengthen the list (Ashton); Russian and Ukrainian officials -> target empty as for the US order"))
U(d, "In a joint statement, Herman Van Rompuy and José Manuel Barroso", "signed in Moscow.",
  ("European Union", C, neg, "", "joint statement of two EU presidents = one EU row; calling the vote void = rejection in protest (judgement); aimed at the vote and at Moscow's treaty -> target empty"))
U(d, "Britain's foreign secretary, William Hague, told the House of Commons", "wider economic measures.",
  ("United Kingdom", C, neg, "Russia", "measure taken (military cooperation suspended) + call for more measures"))
U(d, "Russia's signing of the treaty had no basis in international law", "said in Berlin.",
  ("Germany", C, neg, "Russia", "possessive before the speaker ('Russia's signing' is not a speaker); attribution tail; Merkel's spokesman = Germany; Berlin = place"))
U(d, "Foreign Minister Frank-Walter Steinmeier said Europe must keep every channel", "without delay.",
  ("Germany", T, neu, "", "no state word: Germany by context (Berlin paragraph); keep channels open + monitors = appeal, no judgement"))
U(d, "Turkish Foreign Minister Ahmet Davutoglu said Ankara did not recognise the referendum", "away from the polls.",
  ("Turkey", C, neg, "Crimea authorities", "non-recognition of the vote = rejection (judgement); protection of the Tatars in the same sentence; rule 1. Target = the authorities who held the vote (unsure: Russia also defensible)"))
U(d, "He said he had told Russian Foreign Minister Sergei Lavrov by telephone", "within Ukraine's borders.",
  ("Turkey", T, neu, "Russia", "'He' = Davutoglu; appeal for a negotiated settlement conveyed to Moscow; Lavrov is addressed, not a speaker (no Russia row)"))
U(d, "Refat Chubarov, chairman of the Mejlis", "rulers of the peninsula.",
  ("Mejlis of the Crimean Tatar People", C, neg, "Crimea authorities", "representative body of a minority under its own name; refusal to take part in the new institutions, in protest = condemning"))
U(d, "Foreign ministry spokesman Qin Gang said Beijing's principled position", "political means.",
  ("China", T, neu, "", "China by context ('China ... was more guarded' is narration, no row; Russia's veto in the relative clause is background, no row); principle restated + appeal to all parties"))
U(d, "NATO Secretary-General Anders Fogh Rasmussen said Russia had redrawn", "never accept.",
  ("NATO", C, neg, "Russia", "judgement without stock words ('redrawn a European border by force') + non-recognition"))
U(d, "At the United Nations in New York, a spokesman for Secretary-General Ban Ki-moon", "harder to find.",
  ("United Nations", N, neg, "", "fear/concern with no appeal = neutral, negative (guide)"))
