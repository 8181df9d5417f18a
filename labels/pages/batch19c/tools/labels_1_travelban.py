# ------------------------------------------------------------------ US travel ban (EO 13769), reactions abroad (live blog, scraped, 2017-02-03)
d = "page_travelban_reactions_liveblog.txt"
# No rows: headline, standfirst, key events, "What we know so far" bullets, timestamps and entry headings, captions,
# "Related:", share, topics, newsletter, comments, most viewed.
# No row: "The order was halted across the country on Friday evening, when a federal judge in Seattle granted ..." (a domestic
#   court ruling narrated as background; the court is not one of the page's actors).
# No row: "Several Gulf carriers were boarding passengers ..." (narration, no actor).
U(d, "In a statement released shortly before midnight, the White House said", "as soon as it could file one.",
  ("United States", N, neu, "", "White House = United States; defends its own order and announces a legal procedure against a domestic ruling: own plan, no judgement of another actor"))
U(d, "Tehran has taken its first concrete step in reply to the order:", "told the official IRNA news agency.",
  ("Iran", C, neg, "United States", "measure taken in retaliation (refusing entry to the US team) = a response against another side; attribution tail to the spokesman; IRNA is not an actor"))
U(d, "Qasemi said the team's visit had been examined by a special committee", "which decided against it.",
  ("Iran", N, neu, "", "surname only; procedure behind the decision, no judgement = neutral"))
# No row: "Wrestling is hugely popular ... USA Wrestling has not yet commented." (background + a non-answer)
# No rows: the Baghdad interpreter and the Karrada pharmacist (unnamed residents; 'Our Baghdad correspondent' = the outlet).
U(d, "Secretary-General António Guterres, who ran the UN refugee agency", "without long delay.",
  ("United Nations", C, neg, "United States", "role then name; 'no security gain in shutting out entire nationalities' is a negative judgement of the US measure, plus a demand to drop it: rule 1 (unsure: could be read as an appeal only)"))
U(d, "\"For many refugees, resettlement is the one road still open,", "with Syrians on it too,\" he said.",
  ("United Nations", T, pos, "United States", "multi-sentence quote closed by 'he said'; praise of the US record + wish that resettlement reopens = an appeal for refugee protection, no judgement (rule 2)"))
U(d, "Earlier in the week the UN's human rights chief, Zeid Ra'ad al-Hussein,", "the real fight against terrorism.",
  ("United Nations", C, neg, "United States", "UN human rights chief = United Nations; leader quoted from social media; 'forbidden under human rights law', 'petty', 'a waste' = judgements"))
# No row: "The United Arab Emirates has come out in defence of the order." (summary line before the specific statement)
U(d, "At a joint news conference with Russia's Sergei Lavrov in Abu Dhabi,", "misread it.",
  ("United Arab Emirates", S, pos, "United States", "backing of the US decision as a sovereign right; Lavrov is only the host's guest (object, no Russia row); Abu Dhabi = place"))
U(d, "He pointed out that the restrictions would run for only three months", "not on the list.",
  ("United Arab Emirates", N, neu, "", "pronoun subject = Sheikh Abdullah; a defence of the measure's scope and duration, no judgement or appeal"))
# No row: "Other Gulf governments have said little. Saudi Arabia, Kuwait and Bahrain ... have made no public comment." (non-answers)
U(d, "Qatar's foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, was the exception:", "in the coming weeks.",
  ("Qatar", T, neu, "United States", "a hope that the ban is revisited, no judgement = calling_for_talks; Belgrade = place, Doha = metonym"))
U(d, "European Council President Donald Tusk, in a letter to the 27 leaders", "Moscow's pressure on its neighbours.",
  ("European Union", C, neg, "", "judgement without stock words (Washington put on a list of outside challenges); the list also names China and Russia by metonym -> several targets, target empty"))
U(d, "The Organisation of Islamic Cooperation, which groups 57 states,", "keep faith with its humanitarian commitments.",
  ("Organisation of Islamic Cooperation", T, neg, "United States", "concern + an appeal to drop the restrictions, no judgement word = calling_for_talks, negative"))
U(d, "Iraq's parliament voted on Monday to ask the government to impose matching curbs", "whom the measure would cover.",
  ("Iraq", C, neg, "United States", "parliament = a body of the state; a conditional matching curbs on US citizens = threatened response; 'two lawmakers told reporters' only relay the vote"))
# No row: "The foreign ministry struck a more measured tone." (summary line)
U(d, "In a statement, it called the order a misjudgement", "any quarrel over visas.",
  ("Iraq", C, neg, "United States", "'it' = the foreign ministry = Iraq by context; 'a misjudgement that ... ought to correct' = judgement + demand (rule 1)"))
U(d, "Government spokesman Saad al-Hadithi said Baghdad hoped to settle the matter", "rather than public retaliation.",
  ("Iraq", T, neu, "United States", "hope for quiet contacts instead of retaliation = calling_for_talks; three Iraqi voices, three stances"))
U(d, "The Popular Mobilization Forces, the mainly Shi'ite paramilitary coalition", "be sent home.",
  ("Popular Mobilization Forces", C, neg, "United States", "an armed coalition under its own name (not Iraq); demand to bar and expel Americans = a hostile measure called for against another side"))
# No row: "More than 5,000 US troops are in Iraq ..." (background)
U(d, "Foreign Secretary Boris Johnson told the House of Commons that no holder of a British passport", "over the weekend.",
  ("United Kingdom", N, pos, "", "own diplomacy and its result (an assurance obtained), no judgement"))
U(d, "Johnson said that picking out travellers by nationality was something Britain found offensive", "the country's closest ally.",
  ("United Kingdom", C, neg, "United States", "judgement of the US measure ('offensive', 'would never copy'); the defence of the president in the same sentence does not cancel it (rule 1, unsure)"))
# No row: "Opposition MPs accused the government of timidity." (unnamed speakers) and the outlet's aside.
U(d, "Trump insisted in a written statement on Sunday that the order had nothing to do with Islam", "calling it a Muslim ban.",
  ("United States", N, neg, "", "denial of the 'Muslim ban' description = neutral, negative tone; the press is not an actor"))
U(d, "Sudan's foreign ministry summoned Steven Koutsis, the US charge d'affaires in Khartoum,", "in the ban.",
  ("Sudan", C, neg, "United States", "summoning the envoy in protest = condemning; Koutsis is the object"))
U(d, "Under-secretary Abdelghani al-Naeem told him the decision was a poor reward", "the ministry said.",
  ("Sudan", C, neg, "United States", "'a poor reward' = judgement without stock words; attribution tail"))
U(d, "Khartoum nonetheless wanted to keep talking and working with Washington", "the statement added.",
  ("Sudan", T, pos, "United States", "Khartoum = metonym; continued dialogue + expectation that the ban is lifted, no judgement in this sentence"))
U(d, "Chancellor Angela Merkel finds the entry ban deeply regrettable,", "said on Sunday.",
  ("Germany", C, neg, "United States", "'deeply regrettable' = judgement (guide); spokesman's attribution tail"))
U(d, "During their call on Saturday, she had reminded Trump that countries which signed the Geneva refugee convention", "Seibert said.",
  ("Germany", T, neu, "United States", "reminder of the duty to take in refugees = humanitarian appeal, no judgement (unsure: could be read as a reproach)"))
U(d, "Berlin was checking how Germans with a second nationality", "where needed, he said.",
  ("Germany", N, neu, "", "Berlin = metonym; own plan for dual nationals; Washington = place/object"))
U(d, "Theresa May had been asked three times at a news conference in Ankara", "Washington's business.",
  ("United Kingdom", N, neu, "", "declined to judge, no appeal = neutral; Ankara = place"))
U(d, "Shortly after midnight, a No 10 spokesman said the prime minister disagreed with the policy", "caught by it.",
  ("United Kingdom", C, neg, "United States", "disagreement with the US policy = opposition to another actor's act (guide: 'opposes' aimed at an act) + representations announced"))
U(d, "The UN refugee agency and the International Organization for Migration said in a joint statement", "the world's resettlement efforts.",
  ("UNHCR", T, pos, "United States", "joint statement = one row per body; appeal for non-discriminatory resettlement + hope the US keeps leading"),
  ("International Organization for Migration", T, pos, "United States", "same joint statement"))
U(d, "French Foreign Minister Jean-Marc Ayrault, at a news conference in Paris with Sigmar Gabriel,", "left France deeply uneasy.",
  ("France", N, neg, "", "concern without an appeal = neutral, negative; Gabriel is only present (no Germany row)"))
U(d, "Prime Minister Justin Trudeau posted on Twitter that Canada's door stayed open", "at Toronto airport in 2015.",
  ("Canada", N, pos, "", "leader on social media stating Canada's own policy; the contrast with Washington is implied, not stated (unsure)"))
U(d, "Iran's foreign ministry called the order a humiliation aimed at the whole Islamic world", "stayed in force.",
  ("Iran", C, neg, "United States", "judgement + announced reciprocal restrictions (threatened measure)"))
U(d, "Foreign Minister Mohammad Javad Zarif said on Twitter the next day that Americans", "would still be admitted.",
  ("Iran", N, neu, "", "detail of Iran's own measure, no judgement"))
# No row: "Analysts in Tehran said ..." (unnamed analysts).
