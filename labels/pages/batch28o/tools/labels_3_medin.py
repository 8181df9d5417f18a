# ------------------------------------------------------------------ Joakim Medin jailed in Turkey; Swedish national daily (2025-03-31)
d = "page_sweden_medin_arrest2025_swedishdaily.txt"
# Not statements: masthead, tagline, menu, breadcrumb, headline (carries the government's demand: counted in the lede),
# standfirst (Kristersson's and Turkey's positions, again counted in the body), byline, time stamps, share bar with comment
# count, [Photo: ...] caption, ADVERTISEMENT, crossheads (THE TURKISH ACCOUNT, ABROAD, WHAT EXPERTS SAY), Read more, tags,
# newsletter prompt, most read, copyright.
U(d, "The government on Sunday demanded that Turkey allow Swedish diplomats", "insulting President Recep Tayyip Erdogan.",
  ("Sweden", T, neg, "Turkey", "lede: a demand for consular access, no judgement word = an appeal to one side (calling_for_talks, negative tone); the presidency's announcement is narration here (its own statement comes later)"))
# "Medin, a foreign reporter for the daily Dagens ETC, was stopped at Istanbul airport ..." = narration, no row.
U(d, "Prime Minister Ulf Kristersson told reporters at Rosenbad on Sunday evening", "\"at every level available to us\".",
  ("Sweden", N, neu, "", "priority + diplomatic contacts reported = procedure, no judgement"))
U(d, "\"A Swedish journalist doing his job must not end up in a Turkish cell.", "Kristersson said.",
  ("Sweden", C, neg, "Turkey", "multi-sentence quote: a judgement of the jailing ('must not end up in a Turkish cell') + demands: rule 1 (unsure: could be read as an appeal only)"))
U(d, "The prime minister declined to say whether he would call Erdogan personally", "achieved more than statements.",
  ("Sweden", N, neu, "", "title only ('the prime minister' = Kristersson); declining to say = neutral"))
U(d, "Foreign Minister Maria Malmer Stenergard said the ministry had been in contact", "\"around the clock\" on the case.",
  ("Sweden", N, neu, "", "contacts and consular work = procedure"))
U(d, "She said Swedish diplomats had so far not been allowed to meet Medin", "Vienna Convention on Consular Relations.",
  ("Sweden", C, neg, "Turkey", "'She' = the foreign minister; the refusal of access judged a breach of Turkey's obligations = condemning"))
U(d, "\"Sweden will not accept that a Swedish citizen is held without consular access.", "in a written comment to Nordic Ledger.",
  ("Sweden", C, neg, "Turkey", "'will not accept' aimed at Turkey's conduct = judgement, made 'very clear' to Ankara (the outlet is not an actor)"))
U(d, "Malmer Stenergard said she intended to raise the case directly with Foreign Minister Hakan Fidan", "on Thursday and Friday.",
  ("Sweden", T, neu, "Turkey", "plans a direct meeting with Turkey's foreign minister = seeking talks"))
U(d, "The minister added that the government was in close contact with Medin's wife", "if the family wished.",
  ("Sweden", S, pos, "", "backing by act: an offer to pay for a lawyer for a detained citizen (target empty: Medin is not a listed actor)"))
U(d, "Culture Minister Parisa Liljestrand, who is responsible for media policy, said the arrest", "well beyond Sweden's borders.",
  ("Sweden", C, neg, "Turkey", "'a blow to press freedom' = judgement without a stock word"))
U(d, "\"When reporters are locked up for covering demonstrations", "Liljestrand wrote on X.",
  ("Sweden", C, neg, "", "social media; a general judgement of jailing reporters, no state named in the unit -> target empty"))
U(d, "Opposition leader Magdalena Andersson of the Social Democrats said the government had her party's full backing", "summon the Turkish ambassador.",
  ("Swedish Social Democratic Party", C, neg, "Turkey", "backing for the government + a call for a diplomatic measure (summoning Turkey's ambassador) = condemning by rule 1 order (a call for a measure)"))
U(d, "In a statement published on Sunday by the presidency's Centre for Combating Disinformation", "not his reporting.",
  ("Turkey", N, neu, "", "the court order and the charge's nature, denying a press-freedom case = neutral (denial)"))
U(d, "The statement linked him to a demonstration outside Stockholm City Hall", "organisers or promoters of the protest.",
  ("Turkey", C, neg, "", "accuses the journalist of organising/promoting a PKK-linked protest = an accusation (target empty: the person is not a listed actor)"))
U(d, "Turkey's embassy in Stockholm said in a brief message that the Swedish side", "the judicial process was independent.",
  ("Turkey", N, neu, "", "procedure + independence of courts = neutral"))
U(d, "Dagens ETC editor-in-chief Andreas Gustavsson dismissed the charges as invented", "as a reporter.",
  ("Dagens ETC", C, neg, "Turkey", "the newspaper's editor: the charges 'invented' = a judgement of Turkey's case"))
U(d, "\"Joakim has never been a member of anything except a trade union", "Gustavsson said.",
  ("Dagens ETC", C, neg, "Turkey", "denial + 'Turkey has jailed a journalist' + demand that Sweden say so (the judgement decides)"))
U(d, "The European Commission said it was following the case closely", "respect the freedom of the press.",
  ("European Union", T, neu, "Turkey", "monitoring + an expectation addressed to Turkey, no judgement word = appeal (unsure: could be neutral)"))
U(d, "Reporters Without Borders called the detention an act of intimidation", "the Istanbul protests.",
  ("Reporters Without Borders", C, neg, "Turkey", "judgement: 'an act of intimidation'"))
U(d, "The Committee to Protect Journalists urged the Turkish authorities to drop the charges", "release Medin at once.",
  ("Committee to Protect Journalists", T, neg, "Turkey", "a demand addressed to one side with no judgement word = calling_for_talks (labels/README: 'must immediately cease' kind)"))
U(d, "Norway's foreign minister Espen Barth Eide said on X that Oslo stood with Sweden", "raise the case with Ankara.",
  ("Norway", S, pos, "Sweden", "solidarity with Sweden + own diplomatic step = supporting"))
U(d, "Per Nordlund, a researcher in Turkish politics at Uppsala University", "Kurdish activism in Sweden.",
  ("Per Nordlund", N, neu, "", "invented scholar; an analysis of timing = neutral"))
U(d, "\"Ankara is sending a message that the file on Sweden's Kurdish activists is not closed", "Nordlund said.",
  ("Per Nordlund", N, neu, "", "reading of Ankara's motive, no explicit judgement = neutral"))
U(d, "He said the outcome would probably be decided in talks between the two foreign ministries", "keep those channels open.",
  ("Per Nordlund", T, neu, "", "'He' = Nordlund; forecast + appeal to keep channels open = calling_for_talks"))
U(d, "Sara Hedlund, a lawyer who advises the Swedish Union of Journalists", "what it expects from Turkey.",
  ("Sara Hedlund", N, neu, "", "invented lawyer; praise of the early restraint + advice to speak out publicly: mixed approval and advice, no judgement of an actor, no peace appeal = neutral (unsure: could be supporting Sweden)"))
# "Medin's wife, journalist Sofie Axelsson, has said she last heard from him ..." = a relative's account of a fact; no row.
