# ------------------------------------------------------------------ Nepal earthquake and the international aid (South Asian English-language daily, scraped, 2015-05-05)
d = "page_nepal_quake_aid_southasiandaily.txt"
# No rows: masthead, menus, section path, headline, standfirst, byline, dateline line, share bar, captions + credits + "1 of 4",
# ADVERTISEMENT, "READ:" links, crossheads, related stories, tags, follow/newsletter prompt, most read, footer.
U(d, "The government on Monday asked search-and-rescue teams from 34 countries", "food, shelter and medicine.",
  ("Nepal", N, neu, "", "'The government' = Nepal by context (Kathmandu daily); long lead: own decision and its reason, no judgement = neutral"))
U(d, "Home Ministry spokesman Laxmi Prasad Dhakal said the confirmed death toll", "across 39 districts.",
  ("Nepal", N, neu, "", "figures given by an actor = neutral, neutral tone"))
U(d, "\"The teams that came to help us worked day and night", "Dhakal said.",
  ("Nepal", S, pos, "", "two-sentence quote closed by its speaker; praise of the foreign teams decides (asking for tarpaulins alone would not be supporting); several states = target empty"))
U(d, "He said foreign military helicopters and medical teams were not covered", "required them.",
  ("Nepal", N, neu, "", "'He' = Dhakal; procedure"))
U(d, "Prime Minister Sushil Koirala, speaking to reporters after a meeting", "people or money.",
  ("Nepal", S, pos, "", "gratitude to India, China and every donor = supporting; two or more states = target empty; Singha Durbar = place"))
U(d, "Information and Communications Minister Minendra Rijal, the government's spokesman, rejected complaints", "trying to land.",
  ("Nepal", N, neg, "", "denial of the aid groups' complaint (rejected complaints ... saying) = neutral, negative"))
U(d, "Rijal said all cash donations from abroad should go through", "most accessible ones.",
  ("Nepal", N, neu, "", "surname only; own procedure for aid = neutral"))
# "India was the first to arrive." = summary line (no row).
U(d, "Within hours of the quake, an Indian Air Force transport aircraft had landed", "Operation Maitri.",
  ("India", S, neu, "Nepal", "specific act reported as done (aid and a rescue team sent) = supporting; 'New Delhi' = metonym; Kathmandu = place"))
U(d, "Prime Minister Narendra Modi wrote on Twitter minutes after the tremors", "this hour of grief.",
  ("India", S, pos, "Nepal", "leader on social media: solidarity = supporting; 'Kathmandu' = metonym for Nepal's government as an object, not a speaker"))
U(d, "Foreign Secretary S. Jaishankar told a briefing in New Delhi last week", "cut off by landslides.",
  ("India", S, neu, "Nepal", "aid provided, given as facts and figures = supporting, neutral tone"))
U(d, "India's External Affairs Ministry said on Monday it would bring its disaster response teams home", "needed them.",
  ("India", S, neu, "Nepal", "withdrawal in line with the request (procedure) but engineers, doctors and helicopters stay = continued aid = supporting (unsure: could be neutral)"))
U(d, "External Affairs Minister Sushma Swaraj dismissed suggestions", "part of any contest.",
  ("India", N, neg, "", "denial of a press claim = neutral, negative; Beijing as object"))
U(d, "China sent a 62-member rescue team and medical staff on the day after the quake", "whatever assistance was needed.",
  ("China", S, pos, "Nepal", "rescue team sent (act) + Xi's message of sympathy and offer of aid = supporting; President Yadav is the addressee, not a speaker"))
U(d, "Beijing announced a further 40 million yuan of emergency supplies", "the Chinese embassy said.",
  ("China", S, neu, "Nepal", "'Beijing' = metonym; aid by act with an attribution tail = supporting, neutral tone"))
U(d, "Asked in Beijing whether the two Asian giants were competing", "humanitarian mission.",
  ("China", N, neu, "", "Beijing = place here; rebuttal of a rivalry reading = neutral (a denial; calm tone, so neutral sentiment, unsure)"))
# "China's state news agency reported on Saturday ... 25 people ... in Tibet." = an agency reporting a fact (no row).
# "Pakistan also sent help." = summary line (no row).
U(d, "Prime Minister Nawaz Sharif telephoned Koirala on the day of the quake", "food rations.",
  ("Pakistan", S, neu, "Nepal", "readout of the call (the PM's office = Pakistan) + field hospital, rescue team and rations sent = supporting; Koirala as object"))
U(d, "Pakistan's Foreign Office rejected as baseless reports", "before it was loaded.",
  ("Pakistan", N, neg, "", "denial = neutral, negative"))
U(d, "Secretary of State John Kerry said on the day of the disaster", "an initial $1 million.",
  ("United States", S, pos, "Nepal", "condolences + teams and money = supporting; 'Washington' = metonym"))
U(d, "The U.S. Agency for International Development on Tuesday announced a further $11 million", "Alfonso Lenhardt said.",
  ("United States", S, neu, "Nepal", "USAID = United States; aid by act, attribution tail"))
U(d, "U.S. Ambassador Peter Bodde told reporters in Kathmandu on Tuesday", "the other donors.",
  ("United States", N, neu, "", "plan and procedure (rescue to recovery) = neutral"))
U(d, "United Nations Secretary-General Ban Ki-moon urged governments to give generously", "humanitarian catastrophe.",
  ("United Nations", T, neg, "", "appeal for humanitarian help (not giving aid) = calling_for_talks (labels/README); warning tone"))
U(d, "The UN's Office for the Coordination of Humanitarian Affairs said on Monday", "Dhading and Sindhupalchowk.",
  ("United Nations", N, neg, "", "OCHA = United Nations; figures + unmet needs, no appeal = neutral, negative"))
U(d, "UN Resident Coordinator Jamie McGoldrick said the organisation was worried", "land crossings from India.",
  ("United Nations", T, neg, "Nepal", "concern + appeal to the authorities (humanitarian access) = calling_for_talks; 'the authorities' = Nepal's"))
U(d, "The World Food Programme said it had delivered rice", "could not land.",
  ("World Food Programme", S, neu, "Nepal", "WFP kept separate from the UN (name files); aid delivered = supporting"))
# "Experts who have studied Nepal's disaster preparedness said ..." = unnamed speakers (no row).
U(d, "Suman Adhikary, a disaster governance researcher at the Himalayan Policy Institute", "through the rains.",
  ("Suman Adhikary", N, neg, "", "independent researcher; risks and scenario, no judgement"))
U(d, "\"We have perhaps five weeks.", "he said.",
  ("Suman Adhikary", N, neg, "", "multi-sentence quote closed by 'he said'; risks, no judgement"))
U(d, "Adhikary said the government had lost the first 72 hours", "the disaster was large.",
  ("Suman Adhikary", C, neg, "Nepal", "judgement of the government's response without stock words ('should not be excused') = condemning"))
U(d, "Meera Venkataraman, who researches regional security at a New Delhi think tank", "standing in South Asia.",
  ("Meera Venkataraman", N, neu, "", "independent researcher; interests, no judgement"))
U(d, "\"Gratitude in Kathmandu is a kind of currency", "she said.",
  ("Meera Venkataraman", N, neg, "", "multi-sentence quote closed by 'she said'; risks ('scorecard', resentment), no judgement of an actor"))
U(d, "She said the next test would come at the donors' conference", "between them.",
  ("Meera Venkataraman", N, neu, "", "'She' = Venkataraman; scenario"))
# "In Barpak ... residents said ..." and the farmer who lost two sons = unnamed residents, not actors (no rows).
