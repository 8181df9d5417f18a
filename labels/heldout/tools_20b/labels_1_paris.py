# ------------------------------------------------------------------ Paris attacks, international reactions (scraped roundup, 2015-11-14)
d = "page_paris_attacks_reactions_roundup.txt"
IS = "Islamic State"
U(d, "Paris prosecutor François Molins told a news conference", "worked in concert.",
  ("France", N, neu, "", "prosecutor = France (state judicial authority); toll and facts, no judgement; the lead before it is narrative (no speaker)"))
U(d, "The Islamic State group said in a statement circulated online", "carried out the attacks.",
  (IS, N, neu, "", "own claim of the attacks, no judgement = neutral"))
U(d, "It threatened more attacks on France", "bombing of its territory.",
  (IS, C, neg, "France", "'It' = the Islamic State group; threat of further attacks = condemning (aimed at France and unnamed others -> France)"))
U(d, "Hollande, who was at the Stade de France", "accomplices on French soil.",
  ("France", C, neg, IS, "well-known leader by surname only; names IS as the author ('terrorist army'); Germany is the football opponent, not a speaker"))
U(d, "“What happened last night is an act of war, and France will answer it.", "a meeting of his defence council.",
  ("France", C, neg, IS, "multi-sentence quote closed by its speaker = one unit; threatened response against the attackers = condemning"))
U(d, "He declared three days of national mourning", "the country's borders.",
  ("France", N, neg, "", "'He' = Hollande and the Interior Ministry, both France (one row); own measures, no judgement"))
U(d, "In Washington, Obama told reporters at the White House", "values that free nations share.",
  ("United States", C, neg, "", "judgement without strong words ('an assault on the values'); Obama explicitly names no perpetrator (next sentences) -> target empty"))
U(d, "“The French people have always stood by us.", "it will have,” he said.",
  ("United States", S, pos, "France", "'he' = Obama; offer of help = supporting"))
U(d, "Obama declined to say who was behind the attacks", "too early to speculate.",
  ("United States", N, neu, "", "declining to attribute, no judgement = neutral"))
U(d, "In Vienna, where ministers from some 20 countries", "in Syria within months.",
  ("United States", T, pos, "", "Kerry; joint remark of two actors = two rows; hope for a ceasefire = calling_for_talks; Vienna = place"),
  ("Russia", T, pos, "", "Lavrov; same sentence, same stance"))
U(d, "In Moscow, the Kremlin said Vladimir Putin had sent Hollande", "track down those responsible.",
  ("Russia", S, pos, "France", "condolence + offer to work with Paris = supporting (solidarity); Moscow = place, Kremlin = Russia"))
U(d, "Russia's own air campaign in Syria", "Kremlin spokesman Dmitry Peskov told reporters.",
  ("Russia", N, neu, "", "possessive 'Russia's' opens the sentence but the speaker is Peskov (attribution tail); justification of own campaign, no judgement = neutral; 'several Western capitals' unnamed -> no row"))
U(d, "British Prime Minister David Cameron, after chairing", "its nearest neighbour.",
  ("United Kingdom", S, pos, "France", "offer of help to France"))
U(d, "He told Britons to brace themselves", "had been killed.",
  ("United Kingdom", N, neg, "", "'He' = Cameron; warning with no appeal to another party = neutral, negative"))
U(d, "The heads of the European Union's three main institutions", "in mourning and in resolve.",
  ("European Union", S, pos, "France", "joint statement of three EU leaders = one actor; solidarity = supporting; 'the bloc' = EU"))
U(d, "Federica Mogherini, the EU's foreign policy chief", "through negotiations.",
  ("European Union", T, neg, "", "role intro; call to end the Syrian war through negotiations = calling_for_talks"))
U(d, "The UN Security Council, in a statement agreed by its 15 members", "prosecute those behind them.",
  ("United Nations", C, neg, IS, "condemnation + call for cooperation (rule 1); target = the group that claimed the attacks on this page (batch5c convention)"))
U(d, "Secretary-General Ban Ki-moon stood “in full solidarity”", "his spokesman said in a statement.",
  ("United Nations", S, pos, "France", "solidarity = supporting; attribution tail via the spokesman"))
U(d, "Pope Francis, speaking by telephone to an Italian Catholic television channel", "whatever banner the killers claimed.",
  ("Holy See", C, neg, IS, "pope = Holy See; 'could never be excused' = judgement without the stock words; target by page convention (the claimed attacks)"))
U(d, "The Vatican said the pope was praying for the dead", "for all of France.",
  ("Holy See", S, neg, "France", "Vatican = Holy See; prayer for the victims and France = condolence/solidarity = supporting; grief tone"))
U(d, "Iranian President Hassan Rouhani called off a visit to Italy and France", "without setting a new date.",
  ("Iran", N, neu, "", "visit called off with no protest or reason stated = neutral (guide: withdrawing from a meeting with no protest)"))
U(d, "In a message to Hollande, Rouhani called the killings", "condolences of the Iranian people.",
  ("Iran", C, neg, IS, "judgement ('an offence against all of humankind') + condolences: rule 1 condemning"))
U(d, "Syrian President Bashar al-Assad, meeting a group of French lawmakers", "lived through for five years.",
  ("Syria", C, neg, "France", "blames France for feeding terrorism = condemning France; 'France's decision' is a possessive, the French lawmakers only listen"))
U(d, "China's President Xi Jinping condemned the attacks in a message to Hollande", "state media reported.",
  ("China", C, neg, IS, "condemnation + condolences (rule 1); state media only carries it"))
U(d, "Foreign ministry spokesman Hong Lei said Beijing would stand with Paris", "keeping France safe.",
  ("China", S, pos, "France", "ministry resolved by context (China, previous sentence); backing = supporting"))
U(d, "The French Council of the Muslim Faith called the attacks an abomination", "betrayed their religion.",
  ("French Council of the Muslim Faith", C, neg, IS, "organisation as its own actor; judgement of the attackers (IS by the page's claim)"))
U(d, "Its president, Anouar Kbibech, appealed for calm", "against the country's Muslims.",
  ("French Council of the Muslim Faith", T, neg, "", "'Its president' = the Council; appeal for calm/restraint with no judgement = calling_for_talks (unsure: an appeal to the public, not to a party)"))
