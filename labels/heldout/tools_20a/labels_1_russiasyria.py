# ------------------------------------------------------------------ Russia's air campaign in Syria begins (Reuters-style wire, 2015-10-02)
d = "page_russia_syria_airstrikes_wire.txt"
U(d, "Russia kept up air strikes in Syria for a third day on Friday", "nothing to do with the militant group.",
  ("Russia", N, neu, "", "dateline excluded; own strikes reported as done, no judgement = neutral; 'rebels and the governments that back them' are unnamed here (no row: the governments are labelled where the joint declaration names them)"))
U(d, "Maj. Gen. Igor Konashenkov, a spokesman for the Defence Ministry", "in Idlib province.",
  ("Russia", N, neu, "", "speaker introduced by role; sorties and targets = own figures"))
U(d, "All the aircraft had returned to the Hmeimim air base", "he said.",
  ("Russia", N, neu, "", "'he' = Konashenkov; own facts"))
U(d, "On Wednesday the Federation Council, Russia's upper house, voted unanimously", "hours before the first raids.",
  ("Russia", N, neu, "", "the upper house's vote = a specific act reported as done (parliament = its state); authorises force abroad with no side named = neutral (a decision/procedure)"))
U(d, "Assad's request for military help was the legal basis for the operation", "no Russian ground troops would be sent.",
  ("Russia", N, neu, "", "possessive 'Assad's' is not the speaker; the speaker is Ivanov (Kremlin administration) = Russia; the legal basis and a plan"))
U(d, "In a joint declaration issued late on Thursday, the governments of France", "away from Assad's armed opponents.",
  ("France", C, neg, "Russia", "joint declaration, list of seven states: one row each; accusation (civilians killed, IS untouched) + demand = rule 1"),
  ("Germany", C, neg, "Russia", "same list"),
  ("Qatar", C, neg, "Russia", "same list"),
  ("Saudi Arabia", C, neg, "Russia", "same list"),
  ("Turkey", C, neg, "Russia", "same list"),
  ("United Kingdom", C, neg, "Russia", "same list; Britain = United Kingdom"),
  ("United States", C, neg, "Russia", "same list"))
U(d, "Saudi Arabia's U.N. ambassador, Abdallah al-Mouallimi", "nowhere to be found.",
  ("Saudi Arabia", C, neg, "Russia", "demand to halt + accusation by describing where the raids fell (rule 1; unsure: without the second half it would be calling_for_talks)"))
U(d, "Defense Secretary Ash Carter said in Washington that propping up Assad", "notice of the first raid.",
  ("United States", C, neg, "Russia", "judgement without strong words ('bound to inflame', 'criticised')"))
U(d, "Secretary of State John Kerry, who met Foreign Minister Sergei Lavrov", "run into each other over Syria.",
  ("United States", T, neu, "Russia", "agreeing to military talks (deconfliction) = calling_for_talks"),
  ("Russia", T, neu, "United States", "Russia's agreement reported by Kerry = Russia's statement too (guide: a position of X reported by Y)"))
U(d, "Lavrov said Russia was striking Islamic State", "extend the raids to Iraq.",
  ("Russia", N, neu, "", "surname only; own targets and plans"))
U(d, "President Barack Obama was blunt at a White House news conference on Friday:", "it will only multiply them.",
  ("United States", C, neg, "Russia", "quotation opened after a colon and left open at the paragraph end; judgement of Moscow's approach"))
U(d, "\"Russia will find itself sinking into a war it cannot win,\" Obama said.", "\"Russia will find itself sinking into a war it cannot win,\" Obama said.",
  ("United States", C, neg, "Russia", "the same quotation continued in the next paragraph, closed by the speaker; critical warning"))
U(d, "He said Washington was still prepared to work with Putin", "left Assad in power.",
  ("United States", T, neu, "Russia", "'He' = Obama; conditional offer to work on a political transition = calling_for_talks (offering talks, even conditional)"))
U(d, "Kremlin spokesman Dmitry Peskov said the targets had been picked jointly", "Moscow knew well.",
  ("Russia", N, neu, "", "own targeting procedure; no judgement"))
U(d, "Putin, speaking in Moscow on Thursday, brushed aside reports", "a single Russian bomb fell.",
  ("Russia", N, neg, "", "well-known leader by surname; denial of civilian deaths = neutral, negative"))
U(d, "At the U.N. General Assembly this week, Syrian Foreign Minister Walid al-Moallem", "coordinate with Damascus.",
  ("Syria", S, pos, "Russia", "thanks Russia (gratitude = supporting); the call to coordinate with Damascus is not a peace appeal"))
U(d, "Iran's foreign ministry spokeswoman, Marzieh Afkham, said Tehran backed the raids", "had asked for them.",
  ("Iran", S, pos, "Russia", "backing of the Russian raids; Tehran = metonym"))
U(d, "In Paris, where Putin held talks on Ukraine with European leaders on Friday", "Islamic State and nobody else.",
  ("France", T, neg, "Russia", "Paris = place; demand to one side to stop hitting others, no judgement word = calling_for_talks, negative (unsure: a targeting demand rather than a peace appeal)"))
U(d, "A commander of Tajammu al-Izza, a rebel group fighting under the Free Syrian Army banner", "to fight the jihadists.",
  ("Free Syrian Army", C, neg, "Russia", "unnamed commander of a named group fighting under the FSA banner = Free Syrian Army (unsure: the group itself is not in the name files); accusation"))
U(d, "The Syrian Observatory for Human Rights, a British-based monitoring group", "among them two children.",
  ("Syrian Observatory for Human Rights", N, neu, "", "casualty figures from a monitor, no blame = neutral; residents and analysts that follow are not actors (no rows)"))
