# ------------------------------------------------------------------ UK-Russia expulsions over Lugovoi (British broadcaster's live blog, 2007-07-19)
d = "page_litvinenko_expulsions_liveblog.txt"
# No rows: masthead, menus, headline, "Last updated", "Posted by", KEY POINTS bullets, share bars, "Refresh the page",
# timestamps and entry headings, the closing summary at 20:41 (the outlet's), "Our diplomatic correspondent writes: …"
# (the outlet; "what the Foreign Office expected and, privately, hoped for" is unsourced), the 16:40 "Breaking" line
# (no act reported), the list intro "As read out to Britain's ambassador …" and the three bullets of measures (bullets),
# "Related:" links, TOP STORIES, MOST POPULAR, tags, footer.
U(d, "\"Moscow has made its point and kept the door ajar.", "told us.",
  ("Ruth Kessington", N, neu, "", "analyst under her own name; multi-sentence quote closed by name + role ('told us' = the outlet); interests at stake, no judgement; Moscow = metonym, London in 'both capitals'"))
U(d, "\"What worries me is the longer term.", "she added.",
  ("Ruth Kessington", N, neg, "", "quotation continued in the next paragraph, closed by 'she added': risk of accidents, no judgement, no appeal"))
U(d, "President Vladimir Putin told reporters he did not expect the quarrel", "put it behind them.",
  ("Russia", T, pos, "", "hope that the row passes = calling_for_talks; both governments -> target empty"))
U(d, "He added that Russia's constitution was not up for discussion", "a message to London.",
  ("Russia", N, neg, "", "pronoun subject (Putin); restates the legal bar on extradition, no judgement word; the commentators' reading is unsourced (unsure: could be read as a rebuff, condemning)"))
U(d, "The prime minister's official spokesman said Gordon Brown had been briefed", "whether to respond.",
  ("United Kingdom", N, neu, "", "Downing Street: procedure, no judgement"))
U(d, "The spokesman said Britain still wanted a constructive relationship", "to get it.",
  ("United Kingdom", T, neu, "Russia", "wish for a constructive relationship; 'would not trade away a murder inquiry' is firmness without a judgement of Russia (unsure: calling_for_talks vs neutral)"))
U(d, "Speaking at the Foreign Office about an hour after the announcement", "nothing but their jobs.",
  ("United Kingdom", C, neg, "Russia", "'unwarranted' + 'punished people who had done nothing' = judgement; 'the Foreign Office' here is a place"))
U(d, "\"Our quarrel was never with the Russian people.", "Miliband said.",
  ("United Kingdom", C, neg, "Russia", "multi-sentence quote closed by its speaker; keeping an accused murderer out of court = accusation of Russia's decision"))
U(d, "He added that he was grateful for the support Britain had received", "recent days.",
  ("United Kingdom", S, pos, "", "thanks to allies = approval; several unnamed allies -> target empty"))
U(d, "A State Department spokesman, Tom Casey, told reporters", "British request.",
  ("United States", S, neu, "United Kingdom", "backing of Britain + demand that Russia co-operate with the extradition request (not a peace appeal): supporting"))
U(d, "It comes a day after the Portuguese presidency of the European Union called on Moscow", "without further delay.",
  ("European Union", T, neu, "Russia", "the presidency speaks for the EU (statement for the 27); a demand to co-operate with investigators, no judgement = calling_for_talks (as batch5c's demands for an investigation); Moscow = metonym"))
U(d, "The shadow foreign secretary, William Hague, said the Conservatives", "firm line.",
  ("Conservative Party", S, pos, "United Kingdom", "opposition party backs the government's line"))
U(d, "The Liberal Democrats' foreign affairs spokesman, Michael Moore, said Moscow", "against terrorism.",
  ("Liberal Democrats", C, neg, "Russia", "'hurting its own security … walking away' = judgement of Russia's measure without stock words"))
U(d, "A spokesman for Chancellor Angela Merkel, Ulrich Wilhelm, said in Berlin", "with concern.",
  ("Germany", N, neg, "", "concern without an appeal = neutral, negative; Berlin = place"))
U(d, "\"We have asked London to withdraw four members", "told a briefing in Moscow.",
  ("Russia", C, neg, "United Kingdom", "expulsion + suspension of anti-terror work + accusation ('political campaign against our country'); multi-sentence quote closed by the speaker named with his role"))
U(d, "He said that Moscow would stop issuing visas to British officials", "on Monday.",
  ("Russia", C, neg, "United Kingdom", "visa freeze = measure against another side; 'He' = Kamynin"))
U(d, "Kamynin repeated that the Russian constitution did not allow", "from the start.",
  ("Russia", N, neg, "", "legal bar restated = procedural refusal (neutral); 'London had known' is a mild reproach, not a judgement word (unsure)"))
# "Alexander Litvinenko, a former officer of Russia's FSB …" : background narration, no row.
U(d, "On 22 May the Director of Public Prosecutions, Sir Ken Macdonald, announced", "send him to London.",
  ("United Kingdom", N, neu, "", "the prosecuting authority's decision and extradition request = procedure; Lugovoi and Moscow are objects"))
U(d, "Russia's Prosecutor General's Office replied the same day", "on 5 July.",
  ("Russia", N, neg, "", "refusal for a legal reason, no protest = neutral"))
U(d, "Lugovoi has denied any part in the killing.", "Lugovoi has denied any part in the killing.",
  ("Andrei Lugovoi", N, neg, "", "the suspect, a private person under his own name; denial = neutral, negative"))
U(d, "At a news conference in Moscow on 31 May he accused British intelligence", "behind the poisoning.",
  ("Andrei Lugovoi", C, neg, "United Kingdom", "accusation of MI6 (British intelligence = UK); Berezovsky is a private person, named only"))
U(d, "The Kremlin has also rejected any suggestion that the Russian state", "Litvinenko's death.",
  ("Russia", N, neg, "", "denial = neutral, negative; Kremlin = metonym"))
U(d, "In a statement to the Commons on Monday, Miliband announced the expulsion", "no alternative.",
  ("United Kingdom", C, neg, "Russia", "expulsions, visa rules and a review = measures against another side"))
U(d, "He told MPs that Moscow's refusal showed contempt for a British court", "British streets.",
  ("United Kingdom", C, neg, "Russia", "'showed contempt' = judgement"))
U(d, "In Moscow on Monday, Kamynin called London's step a piece of political theatre", "a time of its choosing.",
  ("Russia", C, neg, "United Kingdom", "'political theatre' + threat to reply in kind"))
U(d, "Speaking in Berlin on the same day, Brown said the decision had been forced on Britain", "hear the case.",
  ("United Kingdom", C, neg, "Russia", "blames Moscow's refusal for the measure (Brown as prime minister = UK); Berlin = place"))
U(d, "Litvinenko's widow, Marina, thanked the government on Monday", "had not been forgotten.",
  ("Marina Litvinenko", S, pos, "United Kingdom", "private person under her own name; thanks + approval of the expulsions"))
U(d, "\"Brown is new and wants to look firm", "advises Russian companies on risk.",
  ("Dmitri Arkhangelov", N, neu, "", "analyst under his own name; motives and interests, no judgement; multi-sentence quote closed by name + role"))
U(d, "He said the bigger question was whether the row would spread", "wanted to escalate.",
  ("Dmitri Arkhangelov", N, neg, "", "scenario of escalation; the British Council and BP are objects"))
U(d, "Arkhangelov said both sides should stop trading blows", "at the UN.",
  ("Dmitri Arkhangelov", T, neg, "", "appeal to both sides to stop sparring and meet = calling_for_talks"))
