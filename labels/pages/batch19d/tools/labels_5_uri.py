# ------------------------------------------------------------------ Uri attack, India's "surgical strikes", Pakistan's response
# Pakistani English-language daily (scraped .txt), 2016-10-01
d = "page_uri_surgicalstrikes_pkdaily.txt"
# Not statements: masthead, date, menus, section path, headline, standfirst, byline, share bar, photo captions with credits,
# ADVERTISEMENT, crossheads ('No evidence', Restraint urged, SAARC postponed, Soldier in custody, Opposition backs forces),
# "Also read:", related stories, tags, comments/follow prompts, MOST READ, footer.
U(d, "The federal cabinet on Friday dismissed as baseless India's claim", "Indian-occupied Kashmir (IoK).",
  ("Pakistan", C, neg, "India", "dateline excluded; long lead: denial + vow to answer aggression + accusation of deflection = condemning (the threat and accusation decide over the denial); New Delhi = metonym"))
U(d, "“Our patience has limits, and those who test it will find our forces ready.", "issued by the PM Office.",
  ("Pakistan", C, neg, "India", "multi-sentence quote closed by its speaker (role then name) = one unit; threat; India not named in the quote but the answer is to India (page context)"))
U(d, "On Thursday, the prime minister had condemned what he described as an unprovoked Indian attack", "two Pakistani soldiers.",
  ("Pakistan", C, neg, "India", "role only ('the prime minister'); condemnation"))
U(d, "The Inter-Services Public Relations (ISPR) said there had been no surgical strike at all.", "no surgical strike at all.",
  ("Pakistan", N, neg, "", "the military's media wing = Pakistan (name files); bare denial = neutral, negative"))
U(d, "According to the military's media wing, the exchange of fire was started by Indian troops", "as Pakistani troops returned fire.",
  ("Pakistan", C, neg, "India", "'according to' = reported speech; blames India for starting the fire, with casualty figures = condemning (unsure: could be neutral figures)"))
U(d, "Director General ISPR Lt Gen Asim Saleem Bajwa told a private television channel", "its own television studios.",
  ("Pakistan", C, neg, "India", "judgement without stock words ('dressed up a routine exchange of fire as a daring raid')"))
U(d, "The ISPR warned that any real incursion into Pakistani territory", "a forceful response.",
  ("Pakistan", C, neg, "India", "threat of a response"))
U(d, "Indian Director General of Military Operations (DGMO) Lt Gen Ranbir Singh told a news conference", "preparing to infiltrate.",
  ("India", C, neg, "", "announced cross-border operation against 'terrorist launch pads' = condemning (an announced operation against another side, with a judgement word); the militants are unnamed -> target empty"))
U(d, "He added that the army did not intend to carry out further raids", "whatever might follow.",
  ("India", N, neu, "", "'He' = the DGMO; own plans; the general readiness is not a threat aimed at an actor (unsure)"))
# "Indian officials provided no footage ..." -> the outlet's observation of a non-act, no row
U(d, "Foreign Office spokesman Nafees Zakaria said at his weekly briefing", "in IoK since July.",
  ("Pakistan", C, neg, "India", "accusation: a 'ploy' to divert attention + killings by Indian forces"))
U(d, "In New York, Pakistan's Permanent Representative to the UN, Maleeha Lodhi, asked", "peace in the region.",
  ("Pakistan", C, neg, "India", "role then name; accusation ('aggressive posture') + request to the Council = condemning (rule 1); New York = place"))
# "Eighteen Indian soldiers were killed on September 18 ..." -> narration, no row
U(d, "India blamed the banned Jaish-e-Mohammad group within hours of the attack", "from across the LoC.",
  ("India", C, neg, "Jaish-e-Mohammed", "specific act reported (blame) = condemning; canonical spelling Jaish-e-Mohammed"))
U(d, "Indian Prime Minister Narendra Modi had promised that those behind the Uri attack", "pay for it.",
  ("India", C, neg, "", "threat of punishment; perpetrators unnamed -> target empty"))
U(d, "India's Home Minister Rajnath Singh said Pakistan sponsored terrorism", "international community.",
  ("India", C, neg, "Pakistan", "accusation + call to shun Pakistan"))
U(d, "UN spokesman Stephane Dujarric said Secretary-General Ban Ki-moon was following the situation", "through dialogue.",
  ("United Nations", T, neg, "", "UN spokesperson note: concern + appeal for restraint and dialogue = calling_for_talks"))
U(d, "Dujarric told reporters in New York that the UN Military Observer Group", "Thursday's incidents.",
  ("United Nations", N, neu, "", "UNMOGIP = United Nations; an observation given as fact, no stance"))
U(d, "In a telephone call with Indian National Security Adviser Ajit Doval on Wednesday", "the White House said.",
  ("United States", C, neg, "", "condemnation of the attack + expectation that Pakistan act against listed groups = condemning (rule 1); aimed at the attack and at groups -> target empty (unsure: could be Pakistan); India is the addressee, not a speaker"))
U(d, "US State Department deputy spokesman Mark Toner said on Thursday", "calm tensions.",
  ("United States", T, neu, "", "monitoring + appeal to both sides = calling_for_talks"))
U(d, "The Chinese foreign ministry said on Friday that Beijing was concerned", "escalate tensions.",
  ("China", T, neg, "", "concern with an appeal to both = calling_for_talks; Beijing = metonym"))
U(d, "The Russian foreign ministry said Moscow was following the worsening situation", "with concern.",
  ("Russia", N, neg, "", "concern without an appeal = neutral, negative"))
# "The remarks came as Russian troops took part in the first joint military exercise ..." -> narration, no row
U(d, "The Foreign Office announced on Friday that the 19th SAARC summit", "regional cooperation.",
  ("Pakistan", C, neg, "India", "postponement (procedure) + 'unfortunate ... harmed the cause' aimed at India's pull-out = condemning"))
U(d, "New Delhi had said on Tuesday that a rise in cross-border attacks", "could not succeed.",
  ("India", C, neg, "Pakistan", "New Delhi = metonym; refusal to attend with a grievance stated ('one country' = Pakistan by context) = condemning"))
U(d, "Afghanistan, Bangladesh and Bhutan followed within a day", "would not attend.",
  ("Afghanistan", N, neu, "", "list of three states = one row each; withdrawal with no reason stated in the sentence = neutral; Nepal is the addressee"),
  ("Bangladesh", N, neu, "", "same list, no reason stated"),
  ("Bhutan", N, neu, "", "same list, no reason stated"))
U(d, "Sri Lanka said on Friday that peace and security were essential", "stopped short of pulling out.",
  ("Sri Lanka", N, neu, "", "a principle stated, 'stopped short of' pulling out = neutral"))
U(d, "Nepal said it hoped member states would soon create the conditions", "to be held.",
  ("Nepal", T, pos, "", "hope that the summit can be held = calling_for_talks"))
U(d, "The ISPR confirmed that an Indian soldier had been taken into custody", "according to the law.",
  ("Pakistan", N, neu, "", "fact + own treatment of the prisoner"))
U(d, "The Indian army said the soldier, from the 37 Rashtriya Rifles", "through the DGMO mechanism.",
  ("India", N, neu, "", "the army = India; account + matter taken up through the military channel (procedure)"))
U(d, "PTI chairman Imran Khan said the nation stood united behind the armed forces", "with enough force.",
  ("Pakistan Tehreek-e-Insaf", C, neg, "Pakistan", "opposition party: backing for the army + an accusation against its own government; the accusation decides (rule 1); target = the government (Pakistan)"))
U(d, "PPP chairman Bilawal Bhutto Zardari was blunter on Twitter:", "war fever against Pakistan.”",
  ("Pakistan Peoples Party", C, neg, "India", "quote opened after a colon; party chairman on social media = the party; judgement of India's prime minister"))
# Residents along the LoC and "Security analysts in Islamabad" -> not actors, no rows
