# ------------------------------------------------------------------ Xe-Pian Xe-Namnoy saddle-dam collapse, Attapeu (state news agency dispatch, 2018-07-28)
d = "page_laos_xepian_damcollapse2018_stateagency.txt"
# Not statements: agency masthead, language/menu bar, section, date, headline, dateline "Vientiane, July 28 (KPL) --" (kept out of the
# first unit), crosshead "Friendly countries and international organisations extend assistance", "KPL" sign-off, Related news list,
# tags, print/share bar, copyright and address.
U(d, "Prime Minister Thongloun Sisoulith has called on all ministries", "medical care.",
  ("Laos", T, neu, "", "appeal to all sectors to join the search and relief = asking for humanitarian help (labels/README: calling_for_talks); the pledge to the families is reassurance about its own conduct"))
# "The Prime Minister made the call on Friday while chairing a meeting ..." = narration of the meeting, no new position: no row.
U(d, "According to the report of the National Disaster Prevention and Control Committee", "evening of 23 July.",
  ("Laos", N, neu, "", "state committee's casualty and displacement figures = neutral"))
U(d, "Prime Minister Thongloun Sisoulith instructed the relevant sectors", "accurately informed.",
  ("Laos", N, neu, "", "instructions to its own services (search, disease prevention, information) = plans and procedures"))
U(d, "Minister of Labour and Social Welfare Khampheng Xaysompheng", "international organisations.",
  ("Laos", N, neu, "", "minister reports donations arriving = facts"))
U(d, "On behalf of the Government, the Minister expressed his deep gratitude", "difficult time.",
  ("Laos", S, pos, "", "gratitude to donors at home and abroad = approval/praise; many donors -> target empty"))
U(d, "Minister of Energy and Mines Dr Khammany Inthirath told the meeting", "required standard.",
  ("Laos", C, neg, "", "inquiry announced (neutral) + preliminary finding that the dam was substandard = blame on the builders; developer vs. Korean contractor not specified -> target empty (unsure)"))
U(d, "The Minister stressed that under the concession agreement", "evade its obligations.",
  ("Laos", C, neg, "Xe-Pian Xe-Namnoy Power Company", "'must bear full responsibility' + 'will not allow any party to evade' = holding responsible + warning"))
U(d, "The Xe-Pian Xe-Namnoy Power Company has said it is working", "investigation into the incident.",
  ("Xe-Pian Xe-Namnoy Power Company", N, pos, "", "the developer describes its own relief work and pledges cooperation with the inquiry = reassurance about its own conduct (unsure: the relief work could be read as supporting)"))
U(d, "On the same day, Deputy Minister of Foreign Affairs Khamphao Ernthavanh received", "fraternal Lao people.",
  ("Thailand", S, pos, "Laos", "cash donation from the Thai embassy on Prayut's instruction = aid given; receiving it is no position of Laos (its thanks are the next unit)"))
U(d, "The Deputy Minister thanked the Government and people of the Kingdom of Thailand", "neighbouring countries.",
  ("Laos", S, pos, "Thailand", "gratitude from the receiving side = supporting"))
U(d, "President of the Republic of Korea Moon Jae-in sent a message of condolence", "to the Lao Government.",
  ("South Korea", S, pos, "Laos", "condolences + relief team + US$1 million = aid offered; aid-led sentence -> positive"))
U(d, "SK Engineering & Construction, the Korean company leading", "in the affected area.",
  ("SK Engineering & Construction", S, pos, "Laos", "the contractor pledges and sends help for the relief work = assistance provided"))
U(d, "General Secretary of the Central Committee of the Communist Party of Viet Nam", "consequences of the disaster.",
  ("Vietnam", S, pos, "Laos", "sympathy messages from party chief and president + emergency aid decided = supporting; 'Viet Nam' = Vietnam"))
U(d, "President of the People's Republic of China Xi Jinping also sent", "in Sanamxay district.",
  ("China", S, pos, "Laos", "sympathy + rescue team deployed = backing by act"))
U(d, "The Government of Japan, through the Japan International Cooperation Agency", "in Vientiane on Friday.",
  ("Japan", S, neu, "Laos", "relief goods provided through JICA = aid; plain wording -> neutral tone"))
U(d, "Prime Minister of the Kingdom of Cambodia Samdech", "difficulties of the Lao people.",
  ("Cambodia", S, neg, "Laos", "message of sympathy and solidarity = supporting; grief -> negative tone"))
U(d, "Cambodia's Ministry of Water Resources and Meteorology has reported", "as a precaution.",
  ("Cambodia", N, neu, "", "facts on the flood reaching Stung Treng and its own precautionary evacuation"))
U(d, "The United Nations Resident Coordinator in the Lao PDR informed", "women and children in the shelters.",
  ("United Nations", S, pos, "Laos", "offer of assessments, supplies and protection support = aid offered"))
U(d, "The ASEAN Coordinating Centre for Humanitarian Assistance", "in Attapeu province.",
  ("ASEAN", S, neu, "Laos", "the AHA Centre is ASEAN's body: assessment team deployed = backing by act"))
U(d, "In response, Prime Minister Thongloun Sisoulith expressed the sincere thanks", "encouragement for the victims.",
  ("Laos", S, pos, "", "thanks to several governments and organisations = supporting; several -> target empty"))
U(d, "The Prime Minister also urged the provincial authorities", "laws and regulations.",
  ("Laos", N, neu, "", "instruction to its own officials with a warning against misuse of relief goods; no other actor judged = neutral"))
