# ------------------------------------------------------------------ Mumbai attacks, India-Pakistan and the world (Indian daily, scraped, 2008-12-02)
d = "page_mumbai_attacks_indiandaily.txt"
# No rows: masthead, menu, section path, coverage banner, headline, standfirst, byline, update line, printer/e-mail links,
# photo captions, crossheads, ALSO READ, Related Stories, tags, comments, MOST READ, footer.
U(d, "Stepping up the pressure on Islamabad five days after the carnage in Mumbai,", "living on Pakistani soil.",
  ("India", C, neg, "Pakistan", "dateline excluded; long lead: demarche holding 'elements from Pakistan' responsible + demand for arrests and handover = condemning; Islamabad = metonym (object)"))
U(d, "External Affairs Minister Pranab Mukherjee told reporters on Tuesday that the list,", "the 1993 Mumbai serial blasts.",
  ("India", N, neu, "", "what the list contains and when it was handed over: facts; Malik is the object"))
U(d, "\"Nobody in the Government is talking about a military option,\"", "strikes across the border.",
  ("India", N, neu, "", "quote opened at the paragraph start, closed by 'Mr. Mukherjee said'; reassurance about India's own conduct = neutral (not an appeal); New Delhi = metonym"))
U(d, "According to an official statement, Mr. Malik was told by Special Secretary Vivek Katju", "what Islamabad did about them.",
  ("India", C, neg, "Pakistan", "official statement = India; holding people in Pakistan responsible + warning that Islamabad is watched"))
U(d, "Islamabad's professions of friendship, it said,", "followed by deeds.",
  ("India", C, neg, "Pakistan", "'it said' = the statement (India); judgement without stock words on Pakistan's sincerity; Islamabad is the object, not the speaker"))
U(d, "Minister of State for External Affairs Anand Sharma said the peace process with Pakistan", "as if nothing had happened.",
  ("India", N, neg, "", "putting the peace process on hold with no explicit judgement = neutral, negative tone (unsure)"))
U(d, "In Islamabad, Information Minister Sherry Rehman said the Government would study the Indian note", "decide how to answer.",
  ("Pakistan", N, neu, "", "procedure; Islamabad = place here"))
U(d, "A Pakistani diplomat in New Delhi, who did not wish to be named,", "its full cooperation.",
  ("Pakistan", T, neu, "India", "unnamed official of a named government = Pakistan; keeping channels open + offer of cooperation (rule 2 before 3; unsure: could be supporting)"))
U(d, "President Asif Ali Zardari, in an interview broadcast by a Pakistani television channel on Monday,", "act on it.",
  ("Pakistan", T, neg, "India", "'non-state actors' deflects blame from the state (no denial verb), appeal not to let the nations be turned against each other + request for evidence = calling_for_talks (unsure)"))
U(d, "A senior Pakistani security official, speaking to reporters in Islamabad at the weekend", "towards Pakistan.",
  ("Pakistan", C, neg, "India", "unnamed official of a named government; conditional military threat = condemning"))
U(d, "Prime Minister Yousuf Raza Gilani's office had said on Friday that the chief of the Inter-Services Intelligence,", "would go instead.",
  ("Pakistan", N, neu, "", "two procedural announcements about who travels; Singh's request is reported as its context, not as a separate statement"))
U(d, "Mr. Gilani, who telephoned Dr. Singh on Friday, had described the attacks as a barbaric assault", "offered his condolences.",
  ("Pakistan", C, neg, "", "condemnation of the attacks, attackers not named -> target empty; the condolences do not change the stance (rule 1)"))
# No row: "The about-turn on the ISI chief's visit was widely seen here ..." (the outlet's analysis).
U(d, "Home Minister P. Chidambaram, who took charge on Monday after Shivraj Patil resigned", "when it meets next week.",
  ("India", N, neu, "", "own reform plan; Patil's resignation is recalled inside the clause as domestic background, no position on another actor (no row)"))
U(d, "The Maharashtra Government put the death toll on Tuesday at 183,", "several other sites.",
  ("India", N, neg, "", "state government = India (provincial authorities resolve to the state); figures without blame = neutral"))
U(d, "The Opposition Bharatiya Janata Party accused the United Progressive Alliance Government", "why nothing had been done.",
  ("Bharatiya Janata Party", C, neg, "India", "opposition party under its own name judging its own government (UPA Government = India)"))
U(d, "The Lashkar-e-Taiba, banned in Pakistan since 2002, had denied on Thursday", "a Western news agency.",
  ("Lashkar-e-Taiba", N, neg, "", "denial = neutral, negative tone; the agency only relays it"))
U(d, "An e-mail sent to several news organisations on the first night in the name of a previously unknown group", "claimed responsibility for the attacks.",
  ("Deccan Mujahideen", N, neu, "", "own attack claimed (as with JNIM in batch5c) = neutral; the group's existence is doubted in the next sentence, but the claim was made in its name (unsure)"))
# No row: "Investigators now regard the name as a cover." (unnamed investigators).
U(d, "In his address to the nation on Thursday, Dr. Singh had said India would hold any neighbour", "to account.",
  ("India", C, neg, "", "recalled threat to hold a neighbour to account; no state named in the sentence -> target empty"))
# No rows: the Colaba schoolteacher (unnamed) and 'Former diplomats in the capital' (unnamed analysts).
# No row: "Messages of support continued to pour into New Delhi from around the world." (summary line before the specific statements).
U(d, "U.S. Secretary of State Condoleezza Rice, who arrives in New Delhi on Wednesday", "the Pakistani leadership.",
  ("United States", T, neu, "Pakistan", "demand for full cooperation with the investigation, no judgement word = calling_for_talks (README: demands for an investigation); London = place"))
U(d, "President George W. Bush had telephoned Dr. Singh on Thursday", "the White House said.",
  ("United States", S, pos, "India", "condolences + offer of help = supporting; attribution tail"))
U(d, "A team of FBI investigators reached Mumbai at the weekend", "U.S. officials said.",
  ("United States", S, neu, "India", "backing by act (investigators sent on India's request); 'U.S. officials' = unnamed officials of a named government"))
U(d, "British Prime Minister Gordon Brown, who spoke to Dr. Singh and to Mr. Zardari over the weekend,", "Downing Street said.",
  ("United Kingdom", T, neu, "", "appeal to both governments to cooperate, no judgement; addressed to two states -> target empty"))
U(d, "In New York, the U.N. Security Council, in a statement agreed on Friday,", "carried them out.",
  ("United Nations", C, neg, "", "'nothing could ever justify such crimes' = judgement + call to help India (rule 1); perpetrators unnamed -> target empty"))
U(d, "Secretary-General Ban Ki-moon, through his spokeswoman, told the families", "the world body's support.",
  ("United Nations", S, pos, "India", "UN spokesperson note; sympathy + support assured to India = supporting"))
U(d, "Arab League Secretary-General Amr Moussa, in New Delhi on a long-planned visit,", "stood by it.",
  ("Arab League", S, pos, "India", "solidarity = supporting; New Delhi = place"))
U(d, "Condemnations also came from Beijing and Tokyo, and from the French presidency of the European Union,", "an entire democracy.",
  ("China", C, neg, "", "capital as metonym in a list; one row per actor"),
  ("Japan", C, neg, "", "Tokyo = Japan, same list"),
  ("European Union", C, neg, "", "the rotating presidency speaks for the body (France held it): European Union, not France"))
U(d, "Israel, which lost six people at Nariman House,", "officials in Jerusalem said.",
  ("Israel", S, pos, "India", "backing by act (rescue teams sent); 'officials in Jerusalem' = unnamed officials of a named government"))
U(d, "Asked what India now expected from its neighbour, the minister was blunt:", "wherever they are hiding.\"",
  ("India", C, neg, "", "'the minister' = Mukherjee (role only); quote opened after a colon; 'sympathy ... is not enough' rebukes Islamabad's condolences + demand for arrests and handover = condemning; Pakistan is only 'its neighbour' -> target empty"))
