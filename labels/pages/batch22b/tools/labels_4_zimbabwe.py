# ------------------------------------------------------------------ Tsvangirai beaten; SADC Dar es Salaam summit (southern African daily, full HTML, 2007-03-30)
d = "page_zimbabwe_tsvangirai_southerndaily.html"
# No rows: top bar, masthead/tagline, nav, kicker, headline, standfirst, byline, time, share bars, figcaptions "1 of 2",
# ADVERTISEMENT, crossheads, "Related:", tags, reader comments, most read, footer.
U(d, "Southern African leaders meeting in Dar es Salaam on Thursday asked President Thabo Mbeki to mediate", "rounded up dozens of his supporters.",
  ("SADC", T, neu, "", "long lead: the summit's mandate for mediation (calling_for_talks) with the month's violence narrated in the same sentence; Mugabe is an object; Dar es Salaam = place"))
U(d, "In a communique read at the end of the extraordinary summit, the Southern African Development Community said", "next year's elections.",
  ("SADC", T, neu, "", "full name = SADC (name files); mandate to facilitate talks"))
U(d, "The leaders also called on Britain to honour its commitments on land reform", "to be lifted.",
  ("SADC", S, pos, "Zimbabwe", "'The leaders' = the summit; appeal to lift sanctions against Zimbabwe = backing Zimbabwe (unsure: the demand on Britain could read as condemning the UK)"))
U(d, "The communique said the region stood in solidarity with the government and people of Zimbabwe.", "people of Zimbabwe.",
  ("SADC", S, pos, "Zimbabwe", "solidarity = supporting"))
# "It made no mention of the beatings." : the outlet's remark -> no row
U(d, "Mbeki, who flew home on Thursday night, told journalists at the airport", "he said.",
  ("SADC", T, neu, "", "Mbeki speaking as the SADC-mandated mediator about the mediation = SADC (unsure: could be South Africa); quote opened after a colon, closed by 'he said'; Limpopo = place"))
# "The crisis began on March 11, ..." : background narration with police, Tsvangirai, Mutambara as subjects -> no rows
U(d, "Police spokesman Wayne Bvudzijena has said officers used force only after they were attacked by a mob", "in defiance of a ban.",
  ("Zimbabwe", N, neg, "", "police = Zimbabwe; justification of the police's force + blame on an unnamed 'mob' = denial-like account (unsure: could be condemning the opposition)"))
U(d, "On Wednesday he said ten MDC officials had been detained", "petrol-bomb attacks.",
  ("Zimbabwe", C, neg, "MDC-T", "pronoun subject; detention on suspicion of bombings = accusation and measure against the MDC"))
U(d, "Tsvangirai himself, he said, had been held for several hours", "without charge.",
  ("Zimbabwe", N, neu, "", "attribution mid-sentence; facts of the detention"))
# "Mugabe has been unapologetic." : summary line -> no row
U(d, "Speaking to supporters in Harare before he left for Tanzania", "take lessons from them.",
  ("Zimbabwe", C, neg, "", "pronoun subject = Mugabe; justification of force + rebuff of Western governments (several, not named) -> target empty"))
U(d, "\"Those who support these hooligans from London and Washington should know that we see them,\" he said.", "he said.",
  ("Zimbabwe", C, neg, "", "veiled threat; London and Washington = metonyms as objects (two states -> target empty)"))
U(d, "His foreign minister, Simbarashe Mumbengegwi, summoned Western ambassadors last week", "would be expelled.",
  ("Zimbabwe", C, neg, "", "summons + threat of expulsion = condemning; several states -> target empty"))
U(d, "Tsvangirai, speaking at Tandare's memorial service on Tuesday", "decided in advance.",
  ("MDC-T", C, neg, "Zimbabwe", "Tsvangirai = his MDC (MDC-T); refusal to take part, in protest at a rigged vote = condemning"))
U(d, "\"The regime has chosen the baton and the gun.", "he said.",
  ("MDC-T", C, neg, "Zimbabwe", "two-sentence quote closed by 'he said'; 'the regime' = Zimbabwe's government"))
U(d, "The party's spokesman, Nelson Chamisa, who was himself assaulted", "judge SADC by results.",
  ("MDC-T", T, pos, "", "'the party' = MDC; welcome of an initiative bringing Zanu-PF to the table = welcome + talks (rule 2 before 3)"))
U(d, "\"Dialogue is good. But Mbeki has been talking quietly for seven years", "Chamisa said.",
  ("MDC-T", C, neg, "South Africa", "multi-sentence quote; reproach of Mbeki's seven years of quiet diplomacy as South Africa's president (unsure target)"))
# "South Africa, Zimbabwe's biggest trading partner, has resisted calls to criticise Harare in public." : characterisation, no specific statement -> no row
U(d, "In the days after the Highfield arrests, Deputy Foreign Minister Aziz Pahad said Pretoria was concerned", "were respected.",
  ("South Africa", T, neg, "Zimbabwe", "Pretoria = metonym; concern + appeal on the rule of law = calling_for_talks"))
U(d, "\"We are not in the business of protecting anybody.", "shielding Mugabe.",
  ("South Africa", N, neg, "", "quote closed by 'Pahad said' + a participle tail: denial of shielding Mugabe = neutral, negative"))
# "Western governments, which have kept targeted sanctions ..., reacted with open anger ..." : summary line -> no row
U(d, "Foreign Secretary Margaret Beckett said on Wednesday that Britain was \"shocked and disgusted\"", "Tsvangirai and his colleagues.",
  ("United Kingdom", C, neg, "Zimbabwe", "judgement + 'bore full responsibility'"))
U(d, "Prime Minister Tony Blair told parliament earlier this month that Britain would press for tougher measures", "the United Nations.",
  ("United Kingdom", C, neg, "Zimbabwe", "threatened measures against 'the regime' = condemning; EU and UN are objects"))
U(d, "The United States described the beatings as the act of a government that had lost all legitimacy.", "lost all legitimacy.",
  ("United States", C, neg, "Zimbabwe", "judgement without stock words"))
U(d, "State Department spokesman Sean McCormack said Washington was considering whether to add more names", "make their voices heard.",
  ("United States", C, neg, "Zimbabwe", "Washington = metonym; possible extension of travel bans = threatened sanctions; appeal to the neighbours inside the same sentence"))
U(d, "The European Union's German presidency said the bloc condemned the violent suppression", "opinion and assembly.",
  ("European Union", C, neg, "", "the presidency speaks for the EU ('the bloc'); no actor named in the sentence -> target empty"))
U(d, "It called for the immediate release of all those detained", "death of Tandare.",
  ("European Union", T, neg, "", "'It' = the presidency; demand for release and an inquiry, no judgement word in the sentence = calling_for_talks (as labels/README)"))
U(d, "United Nations Secretary-General Ban Ki-moon urged the Zimbabwean authorities to release the detainees", "after the first arrests.",
  ("United Nations", T, neg, "Zimbabwe", "appeal for release and safety, no judgement; attribution tail via the spokeswoman"))
U(d, "The UN High Commissioner for Human Rights, Louise Arbour, said she was deeply troubled", "torture in custody.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
# "Analysts said the summit's outcome was no surprise." : unnamed analysts -> no row
U(d, "\"SADC is a club of liberation movements and their successors", "Governance Institute in Johannesburg.",
  ("Farai Nyathi", N, neu, "", "named analyst (invented) = own actor; explanation of SADC's stance, no judgement"))
U(d, "\"In private several presidents are furious with Mugabe", "begins in earnest.\"",
  ("Farai Nyathi", N, neu, "", "quote continued after its attribution = own unit; interests and timetable"))
U(d, "Nyathi said the greatest danger was a disputed election", "above 1,700 percent.",
  ("Farai Nyathi", N, neg, "", "surname only; risk"))
U(d, "\"If the vote is seen as stolen, the anger has nowhere to go but the streets", "answers the streets.\"",
  ("Farai Nyathi", N, neg, "", "continued quote, same speaker; scenario"))
# "Jill Bredenkamp, a former South African diplomat ..., was blunter." : lead-in before her quote -> no row
U(d, "\"Calling for the lifting of sanctions in the same month", "she said.",
  ("Jill Bredenkamp", C, neg, "SADC", "former diplomat (invented) = own actor; 'a disgrace' aimed at the summit's call"))
U(d, "She said the mediation could still work if Mbeki set a deadline:", "talks about talks.\"",
  ("Jill Bredenkamp", T, neu, "", "quote opened after a colon; appeal for a deadline and an agreement = calling_for_talks"))
# Highfield residents, commenters -> no rows
