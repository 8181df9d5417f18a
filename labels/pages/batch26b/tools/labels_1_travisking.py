# ------------------------------------------------------------------ North Korea expels Pvt Travis King (wire copy, 2023-09-28)
d = "page_travisking_expulsion2023_wire.txt"
# Not statements: masthead, menu, breadcrumb, headline, byline, time stamps, read time, the four summary bullets,
# ADVERTISEMENT, capitals crossheads, reporting credits, Related Coverage, Our Standards, tags, Most Read, copyright.
U(d, "North Korea on Wednesday expelled Private Travis King", "the United Nations Command.",
  ("North Korea", N, neu, "", "dateline excluded; lede: the North's deportation of an illegal entrant reported as done; a procedural act against a person, not a measure against a state (unsure: an expulsion could be read as condemning)"))
U(d, "The White House said US officials had secured King's return", "brought him out.",
  ("United States", S, pos, "Sweden", "credit/thanks to Sweden for its diplomatic work = supporting; reported clause"))
U(d, "Sullivan also singled out the government of China", "at Dandong.",
  ("United States", S, pos, "China", "surname only after the first mention; thanks to China for allowing transit = supporting"))
# "King, 23, ran into the North on July 18 ..." = background narration, no row.
U(d, "The North's official Korean Central News Agency said a \"relevant body\"", "laws of the republic.",
  ("North Korea", N, neu, "", "state agency carrying the decision: a procedural line (deport under its laws), no judgement of another actor"))
U(d, "In the same short dispatch, the agency repeated the North's claim", "unequal American society.",
  ("North Korea", C, neg, "United States", "the agency carries the North's claim of abuse and racial prejudice in the US Army = judgement of the US without a stock word"))
U(d, "Pyongyang first acknowledged holding King in mid-August", "or a third country.",
  ("North Korea", N, neu, "", "a specific earlier statement (acknowledgement, the soldier's wish for refuge) given as fact"))
U(d, "US officials said King was in good health", "in Texas.",
  ("United States", N, neu, "", "officials of a named government speak for it; facts"))
U(d, "State Department spokesman Matthew Miller told reporters that the ambassador to China", "with the Swedish ambassador.",
  ("United States", N, neu, "", "reported clause: only Miller's statement (facts of the handover); Sweden and China are mentioned, not speaking"))
U(d, "Miller said the United States had given Pyongyang nothing in return", "at any stage.",
  ("United States", N, neu, "", "denial of concessions (no accusation on the page), neutral"))
U(d, "\"There was no deal,\" Miller said.", "Miller said.",
  ("United States", N, neu, "", "same denial in his words"))
U(d, "\"We asked, through the channels we have", "in the end he was.\"",
  ("United States", N, neu, "", "quote continued after the attribution: account of its own request, no judgement"))
U(d, "A senior administration official, briefing journalists", "let King go now.",
  ("United States", N, neu, "", "unnamed official of a named government = United States; no knowledge of motives, neutral"))
U(d, "The Pentagon dismissed the North's account of King's motives", "one of its soldiers.",
  ("United States", C, neg, "North Korea", "dismissal of the North's account as propaganda = judgement without a stock word"))
U(d, "\"Those words came out of a North Korean press office", "his health and his family.",
  ("United States", C, neg, "North Korea", "the words put in the soldier's mouth by the North = judgement; surname only"))
U(d, "The Army said King would be questioned", "on any charges.",
  ("United States", N, neu, "", "the Army = United States; procedure"))
U(d, "In Stockholm, the foreign ministry confirmed that Swedish diplomats had driven King", "questions from PWS.",
  ("Sweden", S, neu, "United States", "'the foreign ministry' in Stockholm = Sweden by context; its diplomats drove the soldier out for the US = backing by act (informational tone)"))
U(d, "Sweden had carried out the task at the request of the United States", "North Korean side.",
  ("Sweden", N, neu, "", "role and refusal to detail contacts: procedural line; the US request is narrated inside Sweden's sentence, no US row"))
U(d, "Foreign Minister Tobias Billstrom wrote on X", "to a close.",
  ("Sweden", N, pos, "", "satisfaction with its own diplomats' work = self-praise, neutral with a positive tone"))
U(d, "China's foreign ministry spokesperson Wang Wenbin said Beijing had provided", "the parties concerned.",
  ("China", S, neu, "", "assistance provided (transit) = supporting by act; aimed at several parties -> target empty (unsure: could be read as a procedural line, neutral)"))
# "The spokesperson declined to describe the arrangements in more detail." = non-answer, no row.
U(d, "The United Nations Command, which runs the truce village", "closed on its side.",
  ("United Nations Command", N, neu, "", "procedural line: channel kept open, matter closed"))
U(d, "South Korea's Unification Ministry welcomed King's safe return", "to their families.",
  ("South Korea", T, pos, "North Korea", "welcome + hope/appeal to free detainees, no judgement: rule 2 before rule 3"))
U(d, "Ministry spokesman Koo Byoung-sam said Seoul would keep raising", "information about them.",
  ("South Korea", T, neu, "North Korea", "'ministry spokesman' after the Unification Ministry; appeal to answer requests = calling_for_talks"))
U(d, "Seoul's foreign ministry said it had been in close contact with Washington", "King was held.",
  ("South Korea", N, neu, "", "contacts with an ally, informational"))
U(d, "In Washington, Senator Roger Wicker", "under military law.",
  ("United States", C, neg, "", "a senator judging the soldier's act and asking for accountability; King is not a canonical actor -> target empty (unsure: a lawmaker's view of a single soldier)"))
# "King's family, through a spokesman, thanked the Army ..." = unnamed family members, not an actor; no row.
# "Analysts in Seoul said ..." = unnamed speakers, no row.
U(d, "\"Pyongyang used him as a prop for two months", "in Seoul.",
  ("Choi Min-seo", C, neg, "North Korea", "invented independent analyst, named after the quote; judgement of the North's use of the soldier"))
U(d, "Choi said the speed of the handover suggested", "courting Moscow.",
  ("Choi Min-seo", N, neu, "", "reading of motives, no judgement or appeal"))
U(d, "Kenneth Alder, a former State Department Korea desk officer", "build on it.",
  ("Kenneth Alder", T, neu, "", "invented former official, speaks for no body; appeal to both governments to build on the channel -> target empty"))
U(d, "\"If the two sides can arrange a handover at Dandong", "Alder said.",
  ("Kenneth Alder", T, pos, "", "the handover as a basis for talks"))
U(d, "\"Washington ought to test that", "pick up the phone.\"",
  ("Kenneth Alder", T, neu, "", "quote continued after the attribution: appeal to both sides"))
# "North Korea has ignored repeated US offers of talks ..." = background narration, no row.
U(d, "Miller said on Wednesday that the offer stood", "wherever suits them\".",
  ("United States", T, pos, "North Korea", "standing offer of talks without conditions = calling_for_talks"))
