# ------------------------------------------------------------------ Killing of a South Korean fisheries official by North Korean troops off Yeonpyeong and Kim Jong Un's apology (wire copy, 2020-09-25)
d = "page_yeonpyeong_fisheriesofficial_2020_wire.txt"
# Not statements: masthead, menu, section, headline, byline, time stamp, read time, the three bullets, ADVERTISEMENT,
# crosshead capitals, reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "North Korean leader Kim Jong Un has apologised to South Korea", "what remains of inter-Korean ties.",
  ("North Korea", N, neg, "", "dateline excluded; lead: an apology for its own troops' act, regret without judgement of another side or appeal = neutral, regretful tone; 'Seoul said' only relays"))
U(d, "The message, carried in a letter from the ruling Workers' Party's United Front Department", "who read excerpts to reporters.",
  ("North Korea", N, neg, "", "second-hand attribution ('according to' Suh): Kim's regret, own conduct; Suh only relays (no South Korea row)"))
# "The official, a 47-year-old employee ... off the border island of Yeonpyeong." = narration, no row.
U(d, "South Korea's military said on Thursday that North Korean sailors had found him", "communications and other intelligence.",
  ("South Korea", C, neg, "North Korea", "an accusation made by describing the other side's killing of a civilian = condemning (guide rule 4)"))
# "The North's letter told a different story." = summary line, no row.
U(d, "Its border troops had first fired warning shots at an intruder", "the letter said, according to Suh.",
  ("North Korea", N, neg, "", "the North's own account of its troops' conduct, implicitly denying that the body was burned = neutral (denial), negative tone"))
U(d, "\"There are clear gaps between what the North has told us", "go over the facts together.",
  ("South Korea", T, neu, "North Korea", "doubt without a judgement word + proposal to examine the facts jointly = calling_for_talks"))
U(d, "The presidential Blue House later said it had formally proposed a joint investigation", "could discuss the case.",
  ("South Korea", T, neu, "North Korea", "joint investigation + restoring the hotline to talk = calling_for_talks"))
# "Earlier in the week, Moon's office had spoken in far harsher terms." = summary line before the specific statement, no row.
U(d, "Shooting a man who was alone and unarmed in the water", "find and punish those responsible.",
  ("South Korea", C, neg, "North Korea", "judgement without a stock word ('no quarantine rule could ever cover') + demand to punish; position first, attribution in the middle"))
U(d, "Defence Minister Suh Wook told lawmakers the armed forces", "anything further near the line.",
  ("South Korea", C, neg, "North Korea", "heightened alert + veiled threat of a response = condemning"))
U(d, "The minister said he believed the official had meant to defect", "the man's family has rejected.",
  ("South Korea", N, neu, "", "'the minister' carried from the previous sentence; facts given by an actor = neutral; the unnamed family is not an actor"))
U(d, "The main opposition People Power Party accused the government", "still alive in the water.",
  ("People Power Party", C, neg, "South Korea", "opposition party accuses its own government of inaction"))
U(d, "\"Six hours passed and nobody lifted a finger,\" Joo Ho-young", "grateful for a letter.\"",
  ("People Power Party", C, neg, "South Korea", "passive attribution ('was quoted as saying by Yonhap'), quote split by its attribution; floor leader = his party; Yonhap is an agency, not an actor"))
U(d, "The U.S. State Department said it was aware of the reports and urged North Korea", "request for a full accounting.",
  ("United States", T, neu, "North Korea", "appeal to one side to cooperate, no judgement word = calling_for_talks"))
U(d, "\"Our thoughts are with the family, and we stand firmly with our ally,\"", "in an emailed statement.",
  ("United States", S, pos, "South Korea", "condolences + solidarity with an ally = supporting; 'a department spokesperson' = US"))
U(d, "In Tokyo, Chief Cabinet Secretary Katsunobu Kato said Japan was gathering information", "between the two Koreas.",
  ("Japan", N, neu, "", "gathering information, coordination, no comment = neutral"))
U(d, "Japanese officials separately noted that the North has yet to account for the Japanese citizens", "whenever Pyongyang is in the headlines.",
  ("Japan", C, neg, "North Korea", "state adjective ('Japanese officials' of a named government = Japan); reproach over the abductions without a stock word = condemning (unsure: could be read as neutral background)"))
U(d, "Chinese foreign ministry spokesman Wang Wenbin said Beijing had seen the reports", "keep the peninsula calm.",
  ("China", T, neu, "", "hope that both sides handle it properly and keep calm = calling_for_talks"))
U(d, "At the United Nations, a spokesman for Secretary-General Antonio Guterres", "every channel they had to talk.",
  ("United Nations", T, neg, "", "concern + appeal to both Koreas to talk = calling_for_talks (concern with an appeal)"))
U(d, "The European Union's diplomatic service called the killing deeply disturbing", "allow a transparent inquiry.",
  ("European Union", T, neg, "North Korea", "alarm at the act and doubt about the North's version, no judgement of an actor, + appeal for an inquiry = calling_for_talks (unsure: 'deeply disturbing' could be read as a judgement)"))
# "The apology is the first Kim has offered ..." = background narration with actors as subjects, no row.
U(d, "Moon, who has made engagement with Pyongyang the centrepiece of his presidency", "his spokesman Kang Min-seok said.",
  ("South Korea", T, pos, "North Korea", "welcome of the apology joined to an appeal to return to dialogue, no judgement: rule 2 before rule 3 = calling_for_talks; spokesman relays the president"))
U(d, "Moon also ordered the coast guard and navy to keep searching", "its soldiers never found.",
  ("South Korea", N, neu, "", "an order about its own search = neutral"),
  ("North Korea", N, neu, "", "a claim reported in a relative clause ('Pyongyang says ...') = its own fact, neutral"))
U(d, "\"A leader who apologises this quickly is managing damage, not changing course,\" said Ko Eun-chae", "Peninsula Studies in Seoul.",
  ("Ko Eun-chae", N, neu, "", "invented independent researcher introduced by role; a reading of the apology, no judgement or appeal"))
U(d, "Ko said the letter's insistence that the soldiers had followed their rules", "mistake it for closure.",
  ("Ko Eun-chae", C, neg, "North Korea", "surname only; judgement of the letter as defending the killing, without a stock word"))
U(d, "Marcus Lindqvist, a senior fellow at the Stockholm-based Nordic Centre", "people found adrift at sea.",
  ("Marcus Lindqvist", T, neg, "", "invented independent analyst; appeal to both Koreas to agree rules = calling_for_talks"))
U(d, "\"Without a working hotline, every drifting fisherman is a potential crisis,\" Lindqvist said.", "Lindqvist said.",
  ("Marcus Lindqvist", N, neg, "", "risk line, no appeal or judgement = neutral, negative tone"))
# "North Korea's state media had not reported the incident or the letter by Friday evening." = non-answer, no row.
U(d, "A senior administration official said Washington welcomed the North's acknowledgement", "shooting of an unarmed man.",
  ("United States", C, neg, "North Korea", "unnamed official of a named government = US; welcome joined to a judgement ('no letter could excuse'): rule 1 = condemning"))
