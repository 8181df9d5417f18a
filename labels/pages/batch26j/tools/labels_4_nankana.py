# ------------------------------------------------------------------ The mob at Gurdwara Nankana Sahib and India's protest (Indian state media, 2020-01-06)
d = "page_nankana_sahib_mob2020_statemedia.txt"
# Not statements: language bar, menu, section label, headline, dateline line, desk byline, [PHOTO] captions "1 of 3", ADVERTISEMENT, crossheads, RELATED NEWS, tags, share bar, subscribe prompt, copyright.
U(d, "India on Monday summoned the Charge d'Affaires", "the Ministry of External Affairs said.",
  ("India", C, neg, "Pakistan", "lede carries the position; summons + strong protest = measure against the other side; attribution tail"))
U(d, "According to an official statement, the Pakistani diplomat was told", "Sikhs everywhere.",
  ("India", C, neg, "", "passive/second-hand attribution; 'shameful crimes' aimed at the attackers (not a canonical actor) -> target empty"))
U(d, "The Ministry said New Delhi had also conveyed the anger", "continue to be treated.",
  ("India", C, neg, "Pakistan", "judgement of Pakistan's treatment of minorities without a stock word"))
U(d, "Islamabad was asked to punish those responsible quickly", "the statement added.",
  ("India", T, neg, "Pakistan", "passive 'was asked'; demand to act and protect minorities with no judgement word = calling_for_talks"))
# "A crowd of several hundred people ...", "The protest was led by the brother ...", "A video circulated ..." = narration; the man in the video is unnamed here -> no row.
U(d, "External Affairs Ministry Spokesperson Raveesh Kumar had said on Friday", "worshippers there.",
  ("India", C, neg, "", "spokesperson named by role; 'strongly condemned' the vandalism by a mob -> target empty"))
U(d, "Kumar said it was the duty of the Government of Pakistan", "from any repeat.",
  ("India", T, neg, "Pakistan", "surname only; demand addressed to one side to act and protect the shrine, no judgement word = calling_for_talks, negative (labels/README)"))
# "On Sunday, Ravinder Singh ... according to his family." = narration; the family is not an actor.
U(d, "Pakistan's Foreign Office, in a statement issued close to midnight on Friday", "reports of desecration were false.",
  ("Pakistan", N, neg, "", "denial = neutral, negative"))
U(d, "It said the trouble had started as a personal dispute", "into custody.",
  ("Pakistan", N, neu, "", "'It' = the Foreign Office statement; own account of the facts"))
U(d, "Pakistan's Foreign Office spokesperson, Dr Mohammad Faisal, went on to accuse India", "minorities at home.",
  ("Pakistan", C, neg, "India", "accusation of exploiting the incident"))
U(d, "Pakistan Prime Minister Imran Khan, in a series of posts on Twitter on Sunday", "new citizenship law.",
  ("Pakistan", C, neg, "India", "as PM he speaks for Pakistan (the name files list him under his party); condemnation of the attackers + criticism of India's government; India the only canonical target"))
U(d, "The Punjab police in Pakistan said on Sunday they had arrested Imran Chishti", "leading the crowd.",
  ("Pakistan", N, neu, "", "provincial police resolve to their state; arrest reported as a fact"))
U(d, "Punjab Governor Chaudhry Mohammad Sarwar visited the gurdwara", "pay for any repairs.",
  ("Pakistan", S, pos, "", "provincial governor = Pakistan; offer to pay for repairs of the shrine = backing by act (unsure: own conduct, could be neutral)"))
U(d, "Chief Minister of Punjab Captain Amarinder Singh said the arrest of one man", "forced to live.",
  ("India", C, neg, "Pakistan", "Indian state chief minister resolves to India; judgement ('climate of fear') on Pakistan"))
U(d, "\"Imran Khan must act against the people who protect these men", "the Chief Minister said in Chandigarh.",
  ("India", C, neg, "Pakistan", "'the Chief Minister' by title; demand + implied charge that some protect the attackers + warning"))
U(d, "Union Food Processing Industries Minister Harsimrat Kaur Badal said", "with Islamabad.",
  ("India", T, neu, "Pakistan", "Union minister = India; plan to take up pilgrims' safety diplomatically = calling_for_talks"))
U(d, "Union Minister Hardeep Singh Puri told reporters", "neighbouring countries.",
  ("India", C, neg, "Pakistan", "presents the attack as proof of persecution in the neighbourhood = judgement (unsure: the sentence argues domestic policy; could be neutral)"))
U(d, "The Shiromani Gurdwara Parbandhak Committee said it would send", "local Sikh community.",
  ("Shiromani Gurdwara Parbandhak Committee", N, neu, "", "plan to send a delegation = neutral"))
U(d, "SGPC president Gobind Singh Longowal was quoted as saying", "whatever help they needed.",
  ("Shiromani Gurdwara Parbandhak Committee", S, pos, "", "passive attribution; solidarity + offer of help to the Sikh families = supporting (non-canonical beneficiaries -> target empty)"))
U(d, "Congress leader Rahul Gandhi said the attack deserved condemnation", "it appeared.",
  ("Indian National Congress", C, neg, "", "condemnation of the attack; aimed at the attackers -> target empty"))
U(d, "In Canada, New Democratic Party leader Jagmeet Singh said he was heartbroken", "with Pakistan.",
  ("New Democratic Party", T, neg, "Canada", "grief + appeal to his government to raise it with Pakistan (diplomatic course); addressed party = Canada"))
U(d, "Dr Harjinder Kaur Sandhu, who heads the department of religious studies", "opened in November.",
  ("Harjinder Kaur Sandhu", N, neg, "", "invented scholar; context, no judgement or appeal"))
U(d, "\"The corridor was a promise that pilgrims could go and come back safely.", "she said.",
  ("Harjinder Kaur Sandhu", T, neu, "", "appeal to both governments to keep the corridor safe = calling_for_talks; two parties -> target empty"))
U(d, "Jaswant Singh Bedi, a pilgrim from Ludhiana", "dispersed the crowd.",
  ("Jaswant Singh Bedi", N, neg, "", "invented witness; account of events"))
U(d, "\"We were frightened, but the local Sikhs looked after us", "he said.",
  ("Jaswant Singh Bedi", N, neg, "", "witness account, no position"))
U(d, "Late on Monday, Pakistan's Foreign Office rejected India's protest", "over the citizenship law.",
  ("Pakistan", C, neg, "India", "rejection of the protest with a grievance ('no standing to lecture') = condemning, not a bare denial"))
# "Officials said the Kartarpur corridor remained open ..." = unnamed officials -> no row.
