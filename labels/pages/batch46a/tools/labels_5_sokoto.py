# ---------------------------------------------------------------- 5. Nigeria: US strikes in Sokoto, 25-26 Dec 2025 (live blog, HTML)
d = "page_nigeria_sokotostrikes2025_liveblog.html"
NG = "Nigeria"
US = "United States"
ISSP = "Islamic State Sahel Province"
ADC = "African Democratic Congress"
TAM = "Aminu Waziri Tambuwal"
# Key events list, entry headings, timestamps, standfirst, caption, embed credit lines -> no rows
# 19.48 "What we know so far": "We are pausing ...", "Here is where things stand." and the two summary paragraphs
#   ("US forces struck ... Abuja says it requested, planned and approved ..."; "Debris ... officials say nobody was killed.")
#   -> a recap of the entries below (like a bullet summary), no row: counting it would count the same statements twice
U(d, "The opposition African Democratic Congress has asked the federal government to tell Nigerians", "what the operation cost.",
  (ADC, T, neu, NG, "demand for casualty figures and transparency, no judgement word in this sentence = calling_for_talks (labels/README: a demand addressed to one side)"))
U(d, "In a statement, the party's spokesman said a government that had to wait for a foreign president", "security in the north-west.",
  (ADC, C, neg, NG, "spokesman of a named party = ADC; 'lost control of security' = judgement of the government; 'a foreign president' (Trump) is an object"))
U(d, "\"Nigerians learnt about this operation from Mar-a-Lago, not from Aso Rock.", "the statement added.",
  (ADC, C, neg, NG, "two-sentence quote closed by 'the statement added' (the ADC statement); Mar-a-Lago and Aso Rock = metonyms used as objects; scorn for the government"))
U(d, "The Minister of Information and National Orientation, Mohammed Idris, has confirmed", "came from the Sokoto operation.",
  (NG, N, neu, "", "information minister = Nigeria; cause of the Offa explosions = fact"))
U(d, "Idris said the targets were two camps used by Islamic State fighters", "without killing anyone.",
  (NG, N, neu, "", "own (joint) strike reported with no judgement = neutral (guide); Tinubu's approval and the debris = facts"))
U(d, "He asked residents of both towns to keep away from any metal object", "homes and shops.",
  (NG, N, neu, "", "safety advice to residents + plan to assess damage = neutral"))
U(d, "Foreign Minister Yusuf Tuggar has told a television interviewer in Abuja", "signed off on it.",
  (NG, N, neu, "", "foreign minister = Nigeria; intelligence supplied, calls with Rubio, Tinubu's approval = facts about its own operation (unsure: supplying intelligence could be read as backing the US by act); Rubio is an object"))
U(d, "\"This is not a war on any faith.", "Tuggar said.",
  (NG, C, neg, ISSP, "multi-sentence quote; 'the terrorists in Sokoto kill Muslims and Christians alike' + resolve to 'hunt them down' = judgement and threat against the Sokoto faction (ISSP, per the page's last entry); also a rebuttal of the religious framing"))
U(d, "Asked whether Nigeria had given up part of its sovereignty, the minister said", "consent of the Nigerian state.",
  (NG, N, neg, "", "'the minister' = Tuggar; denial that sovereignty was ceded = neutral, negative"))
U(d, "Aminu Waziri Tambuwal, the former Sokoto governor who now represents Sokoto South in the Senate,", "do their work.",
  (TAM, T, neu, "", "senator speaking for himself = person (new actor, his party in 2025 not stated on the page); appeal for calm"))
U(d, "He also said those agencies owed the public a full account of what happened in Jabo,", "calmest in the state.",
  (TAM, T, neg, NG, "'He' = Tambuwal; demand for an account from the security agencies, no judgement word = calling_for_talks, negative"))
U(d, "\"The fight against terrorists must never become a danger to the very people it is meant to protect,\" Tambuwal wrote on X.", "Tambuwal wrote on X.",
  (TAM, T, neu, "", "protection of civilians = calling_for_talks; addressed to no one party"))
U(d, "The Sokoto State Government says it has no record of any civilian killed", "or in Jabo.",
  (NG, N, neu, "", "state (sub-national) government resolves to Nigeria (labels/README: provincial officials); figures"))
U(d, "In a statement, the director-general of media and publicity at Government House, Abubakar Bawa,", "work on the ground.",
  (NG, N, neu, "", "Sokoto Government House official = Nigeria; assessment pending = fact"))
U(d, "Meanwhile Abdullahi Sani, a farmer in Jabo, told our correspondent", "cordoned it off.",
  ("Abdullahi Sani", N, neg, "", "named resident = independent person (invented, new actor); witness account"))
U(d, "The Yoruba socio-cultural group Afenifere has welcomed the strikes,", "deserved the country's thanks.",
  ("Afenifere", S, pos, US, "welcome of the US strikes = supporting the United States"))
U(d, "The group also urged Nigerians not to turn the operation into a religious quarrel.", "religious quarrel.",
  ("Afenifere", T, neu, "", "'The group' = Afenifere; appeal for communal restraint = calling_for_talks"))
U(d, "The Christian Association of Nigeria said the operation should be the start of a sustained effort", "for years.",
  ("Christian Association of Nigeria", T, neg, "", "call for sustained protection of rural communities = appeal to protect civilians; 'left at the mercy of armed gangs' is passive, no actor blamed (unsure: could be read as a reproach to the government)"))
# "The Islamic cleric Ahmad Abubakar Gumi took the opposite view." -> lead-in, no row
U(d, "\"Inviting foreign bombers in is not a security policy.", "posted on his Facebook page.",
  ("Ahmad Abubakar Gumi", C, neg, NG, "cleric = independent person (new actor); multi-sentence quote: inviting the strikes is 'an admission of failure' = judgement of the government's choice"))
U(d, "Amnesty International's Nigeria office said any strike on Nigerian territory had to respect the laws of war", "investigated promptly.",
  ("Amnesty International", T, neu, "", "Nigeria office = Amnesty International; respect for the laws of war + investigation of civilian harm = appeal; both governments concerned -> target empty"))
# "US Defence Secretary Pete Hegseth, whose department the administration calls the Department of War, has posted on X:" -> lead-in, no row
U(d, "Christmas night, ISIS in Sokoto learned what the President meant.", "what the President meant.",
  (US, C, neg, ISSP, "embedded post (the credit line is a separate paragraph, so each sentence is a unit); Hegseth = United States; taunt after the strike = hostile judgement; 'ISIS in Sokoto' = the ISSP faction"))
U(d, "Our teams hit their camps hard, working side by side with our Nigerian partners.", "our Nigerian partners.",
  (US, N, neu, "", "own strike reported without a judgement word = neutral (guide); cooperation with Nigeria stated as fact"))
U(d, "We are not finished.", "We are not finished.",
  (US, C, neg, ISSP, "announced further strikes = threat"))
# "US Africa Command followed with its own post:" -> lead-in, no row
U(d, "US Africa Command forces, working alongside the Nigerian authorities, carried out a strike", "on 25 December.",
  (US, N, neu, "", "AFRICOM = United States; own strike reported with no judgement = neutral"))
U(d, "Our first assessment indicates that several ISIS fighters were killed.", "were killed.",
  (US, N, neu, "", "casualty figure given by an actor = neutral, neutral tone"))
# "An earlier version of the command's post ... was later deleted." -> narration, no row
U(d, "Nigeria's foreign ministry has confirmed the strikes in a statement issued before dawn", "Kimiebi Ebienfa.",
  (NG, N, neu, "", "foreign ministry spokesman = Nigeria; confirmation = fact"))
U(d, "The ministry said Abuja had worked with Washington on the operation from the start,", "consent of the Nigerian state.",
  (NG, N, neu, "", "'Abuja' = Nigeria, 'Washington' = the US (object); account of the joint planning + insistence on consent = facts and a rebuttal (unsure: could be read as supporting the US by act)"))
U(d, "It said Nigeria would go on cooperating with its partners against terrorist groups", "religion or ethnic group.",
  (NG, N, neu, "", "'It' = the ministry; plan to keep cooperating, no group named"))
# "Good morning and welcome to our live coverage." -> greeting, no row
U(d, "US President Donald Trump announced late on Christmas Day,", "in north-western Nigeria.",
  (US, N, neu, "", "announcement of the strike reported without its judgement words = neutral; Mar-a-Lago/Florida = place"))
U(d, "On my orders tonight the United States hit ISIS terrorists in Northwest Nigeria,", "in shocking numbers.",
  (US, C, neg, ISSP, "embedded Truth Social post (credit line separate), sentence by sentence; 'the same killers who have been murdering Christians' = accusation"))
U(d, "They were told what would happen if the killing went on, and now they have paid for it.", "paid for it.",
  (US, C, neg, ISSP, "punishment announced as done = hostile judgement"))
U(d, "If it continues, so will we.", "so will we.",
  (US, C, neg, ISSP, "threat of further strikes"))
# "MERRY CHRISTMAS!" -> greeting, no row
U(d, "The strikes come less than two months after Trump designated Nigeria a country of particular concern", "help but not orders.",
  (US, C, neg, NG, "background with specific acts: the CPC designation and the threat of military action = measures/threats against Nigeria"),
  (NG, N, neg, "", "Abuja's answer at the time (help accepted, orders refused) = conditional position, no judgement word (unsure: could be read as a rejection of the threat, condemning)"))
# "The militants in Sokoto belong to a faction known locally as Lakurawa, part of the Islamic State Sahel Province." -> narration, no row
