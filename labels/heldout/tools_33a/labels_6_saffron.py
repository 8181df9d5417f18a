# ------------------------------------------------------------------ Crackdown on the monk-led protests in Burma/Myanmar, reactions (scraped live blog, 2007-09-27)
d = "page_saffron_crackdown_liveblog.txt"
# No rows: site menu, section path, LIVE badge, headline, standfirst, bylines, timestamps, share line, photo captions with
# credits and "1 of 3", KEY EVENTS list, entry timestamps and headings, the "What we know so far" bullets, the editors'
# lines ("We're going to wrap up ...", "This is a remarkable moment ...", "A quick catch-up ...", "Good morning" entry,
# "We'll bring you ..."), reader email, ADVERTISEMENT, "Related:", "Show earlier updates", topics, newsletter prompt,
# MOST VIEWED, copyright.
# No rows (narration / agencies / unnamed speakers): "The statement was read out by Singapore's foreign minister, George
# Yeo ..." (who read it; the positions are in the sentences before and after), "Footage broadcast by Japanese television
# ...", "State media also reported that the night-time curfew ..." (state media reporting a fact, as batch5c),
# "The security council met behind closed doors but could not agree ..." (no position taken), "Reuters and AP report
# ...", the unnamed man on the telephone, "according to residents and exile groups", the resident near the monastery,
# "Analysts in Bangkok".
U(d, "The US Treasury has frozen any American assets of 14 senior Burmese officials", "doing business with them.",
  ("United States", C, neg, "Myanmar", "sanctions on the junta's leaders = measure; Treasury = United States"))
U(d, "In a statement, George Bush said the world could not stand by", "in the streets.",
  ("United States", C, neg, "Myanmar", "judgement of the 'military regime' (= Myanmar)"))
U(d, "Meeting China's foreign minister, Yang Jiechi, at the White House this afternoon", "White House spokeswoman.",
  ("United States", T, neu, "China", "appeal addressed to China to press for a peaceful transition = calling_for_talks, target the party addressed; Yang is the addressee (no China row); attribution tail"))
U(d, "He also thanked Yang for China's help in getting the UN envoy into Burma", "she said.",
  ("United States", S, pos, "China", "'He' = Bush; thanks = praise"),
  ("China", T, pos, "", "China's help to the UN envoy reported inside Bush's sentence: facilitating a mediation mission = calling_for_talks (unsure: could be supporting the United Nations)"))
U(d, "Meeting on the fringes of the UN general assembly in New York, its foreign ministers said", "Aung San Suu Kyi among them.",
  ("ASEAN", C, neg, "Myanmar", "'its foreign ministers' = ASEAN by context; horror at the shooting + demand to stop + release of detainees = judgement decides; Naypyidaw = metonym; New York = place"))
U(d, "It went on: the ministers called on the Burmese government to open a dialogue", "national reconciliation.",
  ("ASEAN", T, pos, "Myanmar", "continuation after a colon; appeal for dialogue, no judgement"))
U(d, "Beijing's first comment on the crackdown has come from foreign ministry spokeswoman Jiang Yu", "peaceful means.",
  ("China", T, neu, "", "appeal for restraint to all sides, no judgement; 'Beijing's' is a possessive"))
U(d, "She made clear, though, that China regarded the situation as Burma's own affair", "international peace.",
  ("China", N, neu, "", "'She' = Jiang Yu; position on procedure (not a matter for the UN), no judgement of an actor"))
U(d, "Downing Street says Gordon Brown has spoken to the UN secretary general", "on the regime.",
  ("United Kingdom", C, neg, "Myanmar", "Downing Street = metonym; pressing for tougher sanctions = condemning"))
U(d, "Japan's government has confirmed that the foreigner killed in Rangoon was Kenji Nagai", "APF News agency.",
  ("Japan", N, neg, "", "fact confirmed by an actor"))
U(d, "The chief cabinet secretary, Nobutaka Machimura, said Tokyo would ask the Burmese authorities", "to Rangoon.",
  ("Japan", T, neg, "Myanmar", "role then name; demand for an explanation + sending a diplomat = calling_for_talks (as batch5c); Tokyo = metonym"))
U(d, "Japan has already lodged a protest with Burma's ambassador in Tokyo over the killing", "Machimura added.",
  ("Japan", C, neg, "Myanmar", "formal protest = condemning; attribution tail; Tokyo = place"))
U(d, "The government, in a statement read on state television, put the day's death toll at nine", "had been hurt.",
  ("Myanmar", N, neg, "", "'The government' = the junta = Myanmar; figures given by an actor (state television carries the government's statement, so not an agency fact)"))
U(d, "The statement said the security forces had been forced to act against saboteurs", "foreign powers.",
  ("Myanmar", C, neg, "", "accusation of 'saboteurs' and unnamed 'foreign powers' -> target empty; justification of own force inside it"))
U(d, "Australia's ambassador in Rangoon, Bob Davis, told Australian radio", "the government's figure.",
  ("Australia", N, neg, "", "disputes the official toll, no explicit judgement or appeal = neutral, negative"))
U(d, "Portugal, which holds the EU presidency, has issued a statement on behalf of the union", "against the regime.",
  ("European Union", C, neg, "Myanmar", "the presidency speaks for the EU (no Portugal row); condemnation + threat of sanctions; 'the bloc' = EU"))
U(d, "In Paris, Nicolas Sarkozy has asked French companies, including the oil group Total", "in Burma.",
  ("France", C, neg, "Myanmar", "investment freeze = a measure against the regime; Paris = place; Total is an object"))
U(d, "China and Russia argued in the closed meeting that the unrest was an internal matter", "diplomats said.",
  ("China", N, neu, "", "position reported by unnamed diplomats (not actors) = China's own position; procedural view, no judgement"),
  ("Russia", N, neu, "", "same sentence, one row per actor"))
U(d, "Instead, the council issued a short statement that backed the secretary general's decision", "to hold back.",
  ("United Nations", T, neu, "Myanmar", "UNSC statement = United Nations; backing its own envoy + appeal for restraint addressed mainly to 'the authorities' (= Myanmar)"))
U(d, "In a joint statement earlier on Wednesday, the US and the European Union had asked the council to consider sanctions.", "to consider sanctions.",
  ("United States", C, neg, "Myanmar", "joint statement = one row per signatory; asking for sanctions = condemning; target by context (the regime)"),
  ("European Union", C, neg, "Myanmar", "same joint statement"))
U(d, "Ban Ki-moon told reporters this afternoon that the use of force against peaceful marchers was unacceptable", "let him in.",
  ("United Nations", C, neg, "Myanmar", "'unacceptable' = judgement; 'the generals' = Myanmar"))
U(d, "Burma's mission in New York has now told the UN that Gambari will be given a visa", "Michele Montas said.",
  ("Myanmar", T, neu, "United Nations", "accepting the UN envoy = agreeing to a diplomatic visit (calling_for_talks); the UN spokeswoman only reports (no UN row)"))
U(d, "The National League for Democracy, Aung San Suu Kyi's party, said in a statement", "in the streets.",
  ("National League for Democracy", C, neg, "Myanmar", "opposition party under its own name; 'the generals alone bore the responsibility' = blame"))
U(d, "India, which has courted the generals for access to Burma's gas, said only that it hoped", "peaceful dialogue.",
  ("India", T, pos, "", "hope for a peaceful settlement = calling_for_talks; the relative clause is the outlet's background"))
