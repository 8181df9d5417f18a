# ------------------------------------------------------------------ Security Council meeting on the DPRK's Hwasong-17 launch (UN meetings coverage, 2022-11-21)
d = "page_dprk_hwasong17_unsc2022_unmeetings.txt"
# Not statements: site menu, document number, date, headline, subheading, "Statements", closing times, "For information media", share, related, footer.
U(d, "A senior United Nations official asked the Security Council today", "lay at the root of the crisis.",
  ("United Nations", T, neu, "", "lede: appeal for a united answer, no judgement; the members' split is narration"))
U(d, "Rosemary DiCarlo, Under-Secretary-General for Political and Peacebuilding Affairs, said that at about", "west of Hokkaido.",
  ("United Nations", N, neu, "", "facts of the launch as briefed"))
U(d, "The Secretary-General had condemned the launch in the clearest terms", "the Council's resolutions.",
  ("United Nations", C, neg, "North Korea", "reported condemnation ('she recalled') + 'plain breach'"))
U(d, "She said no airspace or maritime safety notice had been issued", "exposed to serious danger.",
  ("United Nations", N, neg, "", "danger described with no appeal and no judgement word = neutral, negative (unsure: close to a judgement of the DPRK's conduct)"))
U(d, "The Under-Secretary-General urged Pyongyang to take up the offers of dialogue", "close to non-existent.",
  ("United Nations", T, neu, "North Korea", "'the Under-Secretary-General' by title; appeal for dialogue"))
# "The Democratic People's Republic of Korea did not take part in the meeting." = narration, no row.
U(d, "The representative of the United States said the launch was the country's eighth", "the Council's decisions.",
  ("United States", C, neg, "North Korea", "figures joined to 'a direct breach' = judgement"))
U(d, "Her delegation would circulate a draft presidential statement", "she said.",
  ("United States", C, neg, "North Korea", "'she' = the US representative; pursuing a Council text to answer the launches = a measure against the DPRK (unsure: could be read as procedural/neutral)"))
U(d, "She said two permanent members had spent the year shielding Pyongyang", "would carry a price.",
  ("United States", C, neg, "", "judgement of China and Russia (unnamed, two) -> target empty"))
U(d, "The representative of Japan said that, judged by its flight path", "across the Pacific.",
  ("Japan", N, neg, "", "assessment of the missile's range = facts, alarming tone"))
U(d, "He called the launch an unacceptable act", "would not tolerate it.",
  ("Japan", C, neg, "North Korea", "'unacceptable' judgement; 'his country' = Japan"))
U(d, "The representative of the Republic of Korea said Seoul and its allies", "in close coordination.",
  ("South Korea", C, neg, "North Korea", "threat of a firm response"))
U(d, "He added that his Government's offer of large-scale economic support", "still stood.",
  ("South Korea", T, pos, "North Korea", "conditional offer of help for denuclearization steps = offering talks"))
U(d, "The representative of China said the situation on the peninsula could not be separated", "sense of insecurity.",
  ("China", C, neg, "United States", "blames US-led drills for the tension, no stock word"))
U(d, "He urged all parties to show restraint and to return to meaningful dialogue", "produced a solution.",
  ("China", T, neu, "", "appeal to all parties"))
U(d, "China did not see how a presidential statement would help", "hardening positions further.",
  ("China", N, neu, "", "objection to a Council text on procedural grounds, no judgement of an actor"))
U(d, "The representative of the Russian Federation said Washington was using the Council", "the whole region.",
  ("Russia", C, neg, "United States", "accusation of using the Council as cover"))
U(d, "The speaker said Russia would not support any new restrictions", "existing sanctions.",
  ("Russia", N, neg, "", "'the speaker' = Russia's representative; refusal of new sanctions with a humanitarian reason, no judgement of an actor"))
U(d, "The representative of the United Kingdom said the Government in Pyongyang was pouring", "enough food or medicine.",
  ("United Kingdom", C, neg, "North Korea", "judgement without a stock word"))
U(d, "The representative of France said his delegation condemned the launch", "irreversible manner.",
  ("France", C, neg, "North Korea", "condemnation + demand (rule 1)"))
U(d, "He added that the Council's inability to respond", "would have to answer for.",
  ("France", C, neg, "", "judgement of the Council's inaction, aimed at no single actor -> target empty"))
U(d, "Before the meeting, the representatives of Albania, Ireland, Norway and the United Kingdom", "to condemn it.",
  ("Albania", C, neg, "North Korea", "joint statement by a list of states: one row per state; 'deploring'"),
  ("Ireland", C, neg, "North Korea", "listed state in the joint statement"),
  ("Norway", C, neg, "North Korea", "listed state in the joint statement"),
  ("United Kingdom", C, neg, "North Korea", "listed state in the joint statement"),
  ("Japan", C, neg, "North Korea", "joined the joint statement"),
  ("South Korea", C, neg, "North Korea", "joined the joint statement"))
U(d, "The representative of Mexico said the launches ran counter to the non-proliferation regime", "lead to a miscalculation.",
  ("Mexico", C, neg, "North Korea", "'ran counter to' = judgement, joined to an appeal to all: rule 1"))
U(d, "The representative of Brazil said his delegation was concerned", "military exercises in the region.",
  ("Brazil", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "The representative of India said the launches affected the peace and security", "on the Korean Peninsula.",
  ("India", T, neu, "", "concern + support for diplomacy = calling_for_talks (support of a peace effort, not of an actor)"))
U(d, "The representative of Gabon urged restraint from all parties", "a lasting peace.",
  ("Gabon", T, pos, "", "appeal for restraint + hope for peace"))
U(d, "The representative of the United Arab Emirates welcomed the Under-Secretary-General's emphasis on dialogue", "without preconditions.",
  ("United Arab Emirates", T, pos, "North Korea", "welcome joined to a peace appeal, no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "Speaking in his national capacity, the representative of Ghana", "a duty to condemn.",
  ("Ghana", C, neg, "North Korea", "national capacity, so Ghana not the Council; 'reckless' judgement"))
U(d, "The meeting came days after Foreign Minister Choe Son Hui", "any move against it.",
  ("North Korea", C, neg, "United States", "in remarks carried by the state news agency: accusation + threat; the agency is not an actor"))
U(d, "Japan was grateful to the United States for calling the meeting", "he said.",
  ("Japan", S, pos, "United States", "'he' = Japan's representative; thanks and backing of the US draft = supporting"))
