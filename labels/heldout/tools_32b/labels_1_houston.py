# ------------------------------------------------------------------ US orders Houston consulate shut, China closes US consulate in Chengdu
# (Chinese state-media page carrying excerpts of the MFA press conference, 2020-07-27)
d = "page_houston_chengdu_mfatranscript.txt"
# No rows: masthead, menu, headline, standfirst, byline, share bar, captions with credits and "1 of 3", ADVERTISEMENT, "Related:",
# the transcript heading, "(End of excerpts)", "Reactions in the past week", editor, related stories, tags, WeChat prompt, most viewed, copyright.
U(d, "The US Consulate General in Chengdu, capital of Southwest China's Sichuan province", "according to a short notice from the Foreign Ministry.",
  ("China", N, neu, "", "lead: the ministry's notice of the closure and takeover = facts reported by the actor, no judgement"))
U(d, "The closure came three days after the ministry notified the US Embassy", "Chinese Consulate General in Houston.",
  ("China", C, neg, "United States", "'the ministry' = MFA by context; withdrawing approval for a consulate = measure taken against another side (like expelling diplomats), cast as a reply"))
U(d, "Washington ordered the Houston consulate closed on July 21", "gave its staff 72 hours to leave.",
  ("United States", C, neg, "China", "Washington = metonym; ordering a foreign consulate shut = specific measure reported as done (unsure: could be read as background narration)"))
# No row: "The US flag over the compound ... was lowered at 6:18 am, according to footage broadcast by CCTV" (scene; CCTV reports a fact, not an actor).
# No row: the 1985 background; "Chinese observers said ..." (unnamed); the unnamed researcher's quote (not an actor; "told China Insight Daily" = the outlet).
# No row: "US federal agents entered the Houston compound ..., according to local media" (an event, not a position; source is the media).
# No row: "The Paper: The US Consulate General in Chengdu closed this morning." (journalist's question, no position).
# No row: "Wang Wenbin: Let me first recall the sequence of events." (no position).
U(d, "On July 21, without any prior consultation, Washington ordered our Consulate General", "started by the US side alone.",
  ("China", C, neg, "United States", "spokesman's answer (transcript line, speaker label opens the paragraph); 'a provocation' = judgement; Washington = metonym as object of blame"))
U(d, "We made stern representations at once and told the US side", "no choice but to respond.",
  ("China", C, neg, "United States", "protest + conditional threat of a response"))
U(d, "This morning, after the American staff had left, the Chengdu consulate closed", "took over the compound.",
  ("China", N, neu, "", "own measure carried out, told as fact with no judgement"))
U(d, "Everything we have done mirrors what Washington did to us first", "was a violation of both.",
  ("China", C, neg, "United States", "justification of its own step + accusation that the US entry into the Houston premises broke international law"))
U(d, "China did not want things to come to this, and the blame for it rests with the US side alone.", "rests with the US side alone.",
  ("China", C, neg, "United States", "blame placed on the US"))
U(d, "We call on the US once more to undo its mistaken order", "back to a normal footing.",
  ("China", C, neg, "United States", "appeal to restore ties BUT 'mistaken order' is an explicit judgement: rule 1 (condemning)"))
U(d, "US Secretary of State Mike Pompeo said in a speech on Thursday", "confront the Chinese Communist Party.",
  ("United States", C, neg, "China", "position reported inside a journalist's question (Reuters): accusation of espionage and theft + call to confront the CCP"))
# No row: "What is your response?" (question).
U(d, "Wang Wenbin: The charges levelled by the US side are sheer fabrication", "shred of evidence to the contrary.",
  ("China", N, neg, "", "denial of the spying charges ('sheer fabrication', no evidence) = neutral with negative tone (guide: denials); the counter-accusation follows in its own sentence"))
U(d, "It is the US side that has kept Chinese diplomats under surveillance", "at airports for no reason.",
  ("China", C, neg, "United States", "counter-accusation"))
U(d, "As for Mr Pompeo's speech, it amounts to an ideological crusade", "more isolated.",
  ("China", C, neg, "United States", "judgement of the Secretary of State's speech (Pompeo = US, possessive/object, not a speaker here)"))
U(d, "In a statement on Monday, the State Department said it regretted", "through its other posts.",
  ("United States", C, neg, "China", "reported in Bloomberg's question; 'regretted the Chinese Communist Party's decision' = judgement of China's act (like 'regrettable'); CCP = China"))
# No row: "Some observers say Beijing chose Chengdu to limit US access ..." (unnamed observers); "Do you have any comment?" (question).
U(d, "Wang Wenbin: Certain personnel at the US post in Chengdu", "harming our security interests.",
  ("China", C, neg, "United States", "accusation of interference by US consular staff"))
U(d, "China raised this with the US side on a number of occasions", "what those people were doing.",
  ("China", C, neg, "United States", "repeated protests + insinuation; continues the accusation (unsure: could be read as a neutral account of representations)"))
U(d, "The Tibet Autonomous Region is open to visitors who respect Chinese law", "better lives every year.",
  ("China", N, pos, "", "reassurance about its own region = neutral, positive tone"))
# No row: CCTV's question "According to reports, US personnel forced open a back door ..." (an event reported by 'reports', no position).
U(d, "Wang Wenbin: The Houston consulate is Chinese state property", "in the most serious terms.",
  ("China", C, neg, "United States", "'flagrant breach' + strong objection and protest"))
U(d, "We will take whatever further steps are needed to protect our legitimate interests.", "our legitimate interests.",
  ("China", C, neg, "United States", "threat of further measures"))
U(d, "President Donald Trump said last week that ordering more Chinese consulates to close", "could not be ruled out.",
  ("United States", C, neg, "China", "reported in AFP's question: more closures not ruled out = threat of further measures"))
# No row: "Is China prepared for further closures?" (question).
U(d, "Wang Wenbin: China has always held that the two countries should manage their differences", "our door remains open.",
  ("China", T, neu, "United States", "dialogue and consultation, door open = calling for talks; the counterpart in 'the two countries' is the US"))
U(d, "But if the US side insists on going further down the wrong road, China will answer firmly.", "China will answer firmly.",
  ("China", C, neg, "United States", "conditional threat + 'wrong road' judgement"))
U(d, "A UN spokesman said on Friday that Secretary-General Antonio Guterres hoped", "through dialogue.",
  ("United Nations", T, neu, "", "reported in China News Service's question: a hope for dialogue between the two = calling_for_talks; both sides addressed -> target empty"))
# No row: "How do you view this?" (question).
U(d, "Wang Wenbin: We appreciate the Secretary-General's attention and his call for dialogue.", "his call for dialogue.",
  ("China", S, pos, "United Nations", "appreciation of the UN chief's call = approval (supporting)"))
U(d, "It is the US side that most needs to hear that message.", "most needs to hear that message.",
  ("China", C, neg, "United States", "implied reproach of the US (unsure: a jab rather than an explicit judgement word)"))
# No row: Global Times' question (Western media described the scene; media are not actors).
U(d, "Wang Wenbin: The Chinese public has its own views on what the US side has done", "in accordance with the law.",
  ("China", N, neu, "", "own police kept order = account of its own conduct"))
U(d, "Earlier, State Department spokesperson Morgan Ortagus had claimed", "personal data of its citizens.",
  ("United States", C, neg, "China", "justification of the closure that implies theft by China (the outlet's 'claimed' is its framing; the position is the US's)"))
U(d, "Hua Chunying, another Foreign Ministry spokesperson, wrote on Twitter last week", "whipping up against China.",
  ("China", C, neg, "United States", "threats against its embassy blamed on hostility stirred up by the US government"))
U(d, "In Houston, Consul General Cai Wei told local television", "any proof of wrongdoing.",
  ("China", N, neg, "", "consul general = China; surprise + no proof shown = denial, negative tone"))
# No row: "Relations between the two countries have slid ..." (background, no actor taking a position).
