# Hand labels: page_zimbabwe_timba_detentions2024_noonbriefing.txt (each row decided by reading the sentence against the guide)
# Transcript units start after the speaker's label ("Question:", "Spokesman:", "Correspondent:"); each sentence of a turn is its own unit.
DOC = 'page_zimbabwe_timba_detentions2024_noonbriefing.txt'
UN = 'United Nations'
ZW = 'Zimbabwe'
ROWS = [
("The Secretary-General is following closely the efforts of Egypt, Qatar and the United States to close the gaps between the parties, and he urges both sides to seize this moment and agree on a ceasefire and the release of all hostages without further delay.",
 UN, 'calling_for_talks', 'neutral', '', "other item of the briefing; appeal to both sides for a ceasefire; the three mediators are objects of the SG's attention, not speakers (no rows)"),
("Our humanitarian colleagues tell us that new evacuation orders issued by the Israeli military for parts of Khan Younis and Deir al Balah have forced thousands more people to move, many for the fourth or fifth time, into an area that is already overcrowded and short of water.",
 UN, 'neutral', 'negative', '', "humanitarian facts reported by the UN, no appeal; the Israeli orders are the object of the report, no Israel row (unsure)"),
("Turning to Sudan, we welcome the announcement by the Sudanese authorities that the Adre border crossing with Chad will be open for humanitarian deliveries for three months.",
 UN, 'supporting', 'positive', 'Sudan', "welcome of a step = supporting"),
("Turning to Sudan, we welcome the announcement by the Sudanese authorities that the Adre border crossing with Chad will be open for humanitarian deliveries for three months.",
 'Sudan', 'calling_for_talks', 'positive', '', "second actor: Sudan's announced opening of a crossing for aid = agreeing to humanitarian access (labels/README: agreeing to a ceasefire / access = calling_for_talks) (unsure: could be neutral)"),
("Our colleagues in the Office for the Coordination of Humanitarian Affairs (OCHA) say trucks are ready to move as soon as the paperwork is cleared, and they urge all parties to make sure that aid can travel onward to Darfur without obstruction, including to Zamzam camp, where famine has already been confirmed.",
 UN, 'calling_for_talks', 'negative', '', "OCHA = United Nations; appeal to all parties for unobstructed humanitarian access"),
("The World Health Organization (WHO) says it is working with the Democratic Republic of the Congo and neighbouring countries to scale up testing, surveillance and vaccination, following Wednesday's declaration of a public health emergency of international concern, and it has released emergency funds to support the response.",
 'World Health Organization', 'supporting', 'positive', '', "assistance and funds provided = supporting; several countries -> target empty"),
# Question: "Thank you, Stéphane." / "On Zimbabwe." / the SADC-summit and Timba facts -> journalist's narration, no position: no row; "What is the Secretary-General's message to the host?" -> question itself
("We're obviously following the situation in Zimbabwe.",
 UN, 'neutral', 'neutral', '', "monitoring = neutral"),
("Our message, which is the same message we would give any country, is that people have the right to gather peacefully and to express their views, and that anyone who is detained should be treated in line with due process and with full respect for their rights.",
 UN, 'calling_for_talks', 'neutral', ZW, "appeal for rights and due process with no judgement, addressed to the host = calling_for_talks"),
("Independent UN human rights experts have said that activists who were taken off a plane at Harare airport at the end of July, including the teachers' union leader Robson Chere, were tortured while in custody.",
 UN, 'condemning', 'negative', ZW, "reported in a question (labels/README: the reported actor's statement); UN independent experts = United Nations (as in blind 42a); allegation of torture in custody = accusation"),
# "Does the Secretary-General share that concern?" -> question itself
# "The Special Rapporteurs speak in their independent capacity, as you know." -> a framing remark, no position: no row
("Any allegation of torture is extremely serious.",
 UN, 'neutral', 'negative', '', "concern without appeal, no one judged = neutral, negative"),
("It needs to be investigated promptly and impartially, and those responsible need to be held to account.",
 UN, 'calling_for_talks', 'negative', ZW, "demand for investigation and accountability without a judgement word = calling_for_talks (labels/README convention)"),
# "Just to be clear, are you calling for the release of Mr Timba and the others?" -> question itself
("We would want to see these cases resolved quickly and fairly.",
 UN, 'calling_for_talks', 'neutral', ZW, "a mild appeal about the detainees' cases = calling_for_talks"),
# "I'm not going to go further than that from here." -> refusal to elaborate, no position
("Stéphane, the Zimbabwean Home Affairs Minister, Kazembe Kazembe, warned at a press conference this month that anyone planning protests around the summit would be arrested, and said the opposition wanted to embarrass the country in front of its guests.",
 ZW, 'condemning', 'negative', '', "reported in a question; minister = Zimbabwe; threat of arrest + accusation against 'the opposition' (several parties, non-canonical) -> target empty"),
("Amnesty International says more than 160 activists and opposition members have been arrested since June.",
 'Amnesty International', 'neutral', 'negative', '', "figures given by an actor, no judgement word in the sentence = neutral (unsure: the count itself is critical of the arrests)"),
# "Isn't the Secretary-General worried about what happens in Harare this weekend?" -> question itself
("Of course we're concerned by the reports of arrests in the run-up to the summit.",
 UN, 'neutral', 'negative', '', "concern without appeal in the sentence = neutral, negative"),
("We would encourage the authorities to show restraint, and we would encourage everyone who wants to make their voice heard to do so peacefully.",
 UN, 'calling_for_talks', 'neutral', '', "appeal for restraint to both the authorities and protesters -> target empty"),
("The Government in Harare says the people at Timba's house were not arrested for their politics, but for holding a gathering without notifying the police, and for throwing stones at officers.",
 ZW, 'neutral', 'negative', '', "reported in a question; 'Harare' = the government; denial of a political motive = neutral, negative; the charge against the activists (persons) is given as the reason (unsure: could be condemning the activists)"),
# "Do you have any reason to doubt that?" -> question; "I have no information ..." / "Those are questions for the Zimbabwean courts." -> no position
("In South Africa, the Democratic Alliance, which is now part of the governing coalition, has asked its own foreign minister to press for the summit to be moved out of Zimbabwe because of the crackdown.",
 'Democratic Alliance', 'condemning', 'negative', ZW, "reported in a question; a call to move the summit in protest at 'the crackdown' = judgement + measure sought against the host"),
("The ANC has rejected that.",
 'ANC', 'neutral', 'neutral', '', "reported in a question; rejection of the DA's proposal with no judgement stated = neutral (unsure: could be read as supporting Zimbabwe)"),
# "Would the Secretary-General support moving it?" -> question itself
("It's not for the Secretary-General to tell SADC where to hold its meetings.",
 UN, 'neutral', 'neutral', '', "procedural position, no judgement"),
("SADC is a very important partner for the United Nations, whether it is on the situation in eastern Democratic Republic of the Congo, on Mozambique or on the drought that is hitting the region very hard.",
 UN, 'supporting', 'positive', 'SADC', "praise of the partnership with SADC"),
("We hope the leaders who meet tomorrow will give real momentum to the peace efforts in eastern DRC.",
 UN, 'calling_for_talks', 'positive', 'SADC', "hope for peace efforts = calling_for_talks; addressed to the SADC summit"),
("The Citizens Coalition for Change called the arrests this week a declaration of war on the opposition.",
 'Citizens Coalition for Change', 'condemning', 'negative', ZW, "correspondent's remark reporting the party's statement; 'declaration of war' = judgement of the government"),
# "I've seen that statement." / "I've told you where we stand." -> no new position
("The Government delegation did not go to the talks in Switzerland.",
 'Sudan', 'neutral', 'neutral', '', "reported in a question; staying away from talks with no protest stated = neutral (labels/README)"),
# "Does the UN think the talks can achieve anything without them?" -> question itself
("Our Personal Envoy, Ramtane Lamamra, is in contact with both sides.",
 UN, 'calling_for_talks', 'neutral', '', "the envoy's contacts with both sides = mediation work (unsure: could be neutral)"),
("We very much hope that the Sudanese Armed Forces will join these discussions.",
 UN, 'calling_for_talks', 'positive', 'Sudan', "hope that the army joins talks; army = its state (Sudan)"),
("There is no military solution to this conflict, and every day it goes on, more civilians pay the price.",
 UN, 'calling_for_talks', 'negative', '', "'no military solution' = appeal for a negotiated course, both sides"),
# "And is the Adre crossing actually open today?" -> question itself
("My understanding is that it is, and that the first trucks are being prepared.",
 UN, 'neutral', 'neutral', '', "facts"),
# "I'll share more when we have it." / "Okay." / "Have a good weekend." -> no position
]
