# ------------------------------------------------------------------ PAD occupation of Bangkok's airports (Thai English-language daily, full HTML, 2008-11-28)
d = "page_bangkok_airports_thaidaily.html"
# Not statements: top bar, masthead, nav, BREAKING ticker, kicker, headline, standfirst, byline/time, share bar,
# figcaptions with credits and "1 of 4", ADVERTISEMENT, crossheads, "Related:", tags, comments, most read, newsletter, footer.
U(d, "Prime Minister Somchai Wongsawat last night declared a state of emergency", "bring down the government.",
  ("Thailand", C, neg, "People's Alliance for Democracy", "long lead: emergency decree + order to retake the terminals = a measure against the protesters; the PAD's aim is narration inside the same sentence (no PAD row)"))
U(d, "Speaking on national television from Chiang Mai", "no choice but to act.",
  ("Thailand", C, neg, "People's Alliance for Democracy", "'the occupation had done grave harm' = a judgement of the PAD's act; Chiang Mai = place"))
U(d, "\"I ask the protesters to leave the airports.", "he said.",
  ("Thailand", T, neu, "People's Alliance for Democracy", "two-sentence quote closed by 'he said': appeal to leave + pledge of no violence, no judgement word"))
U(d, "The premier also rejected a proposal, made by army chief Gen Anupong Paochinda", "call a new election.",
  ("Thailand", N, neg, "", "'The premier' = Somchai; refusal with no judgement = neutral. The army chief's proposal is reported inside the sentence, but the army is also Thailand, so one row only (unsure)"))
U(d, "Gen Anupong, flanked by the commanders of the navy, air force and police", "at the same time.",
  ("Thailand", T, neu, "", "an army speaks for its state (guide), even against its own government (unsure); appeal to both sides -> target empty"))
U(d, "\"The country cannot go on like this.", "would not stage a coup.",
  ("Thailand", T, neg, "", "quote closed by 'he said' + attribution tail; appeal to both sides to step back before bloodshed"))
U(d, "He said the armed forces would not be used to clear the airports", "belonged to the police.",
  ("Thailand", N, neu, "", "'He' = Anupong; own posture, no appeal"))
U(d, "Government spokesman Nattawut Saikua later said the cabinet saw no reason", "peaceful solution under the law.",
  ("Thailand", T, neu, "", "refusal to resign + commitment to a peaceful solution = rule 2 (unsure: could be neutral)"))
# "PAD leaders dismissed the emergency decree within minutes of the announcement." : summary line before the specific statements (no row)
U(d, "Speaking from the stage set up at the main departure gate, co-leader Sondhi Limthongkul said", "those in the terminal.",
  ("People's Alliance for Democracy", N, neg, "", "defiance of the decree with no judgement word = neutral, negative; the judgement follows in the quote"))
U(d, "\"This government has lost every right to rule.", "he said.",
  ("People's Alliance for Democracy", C, neg, "Thailand", "quote opened after the narration and closed by 'he said'; the government = Thailand as target (unsure: the target is the cabinet, not the state)"))
U(d, "Maj Gen Chamlong Srimuang, another of the five leaders, called on supporters", "from the provinces.",
  ("People's Alliance for Democracy", C, neg, "Thailand", "appeal for calm to his own side + threat if police use force: the threat decides"))
U(d, "The alliance's spokesman, Parnthep Pourpongpan, denied", "mistreated travellers.",
  ("People's Alliance for Democracy", N, neg, "", "'The alliance' = PAD; denial = neutral, negative"))
U(d, "\"We have handed out water and food to passengers", "he told reporters.",
  ("People's Alliance for Democracy", N, pos, "", "self-praise / reassurance = neutral, positive"))
U(d, "He said the responsibility for the closure lay with the government", "not the movement.",
  ("People's Alliance for Democracy", C, neg, "Thailand", "'He' = Parnthep; blame on the government"))
# "Several explosions hit the protest sites this week. ..." : narration, no source (no rows)
U(d, "Airports of Thailand, the state airport operator, said more than 300 flights", "across the capital.",
  ("Thailand", N, neu, "", "state airport operator = a state agency (unsure: could be kept apart as a company); figures"))
U(d, "Deputy Prime Minister Olarn Chaipravat warned", "lost for good.",
  ("Thailand", N, neg, "", "economic damage warning without an appeal = neutral, negative"))
U(d, "Thai Airways International said it would move part of its schedule", "as soon as security allowed.",
  ("Thai Airways International", N, neu, "", "the flag carrier as a company under its own name: plans"),
  ("Thailand", N, neu, "", "government spokeswoman (unnamed official of a named government): plans"))
# The Swedish tourist (unnamed) and the outlet's summary line "The crisis drew growing concern from abroad ..." : no rows
U(d, "In Washington, State Department spokesman Sean McCormack said", "leave peacefully.",
  ("United States", C, neg, "People's Alliance for Democracy", "judgement of the airport seizure + appeal to leave: rule 1; Washington = place"))
U(d, "\"We urge all sides to show restraint", "he said.",
  ("United States", T, neu, "", "appeal for restraint to all sides -> target empty"))
U(d, "The US embassy in Bangkok told Americans to avoid the protest areas.", "avoid the protest areas.",
  ("United States", N, neu, "", "consular advice; Bangkok = place"))
U(d, "China's foreign ministry said it hoped the Thai sides", "bring back stability soon.",
  ("China", T, pos, "", "hope for dialogue and stability = calling_for_talks; 'the Thai sides' -> target empty"))
U(d, "Ministry spokesman Qin Gang told a regular briefing in Beijing that Beijing had asked", "bring them home.",
  ("China", T, neu, "Thailand", "Beijing first a place, then a metonym; request to protect its citizens (protection appeal) + own airlift = calling_for_talks (unsure: could be neutral)"))
# "The Association of Southeast Asian Nations, which Thailand chairs this year, is due to hold its summit ..." : narration (no row)
U(d, "Asean Secretary-General Surin Pitsuwan, a former Thai foreign minister, said", "would not suffer.",
  ("ASEAN", T, neg, "", "the secretary-general speaks for ASEAN, not for Thailand (his former office); concern + hope for a quick, non-violent way out"))
U(d, "Australia's Foreign Minister Stephen Smith said Canberra had raised its travel warning", "any trip to Bangkok.",
  ("Australia", N, neg, "", "own travel advice = a measure for its citizens, no judgement; Canberra = metonym, Bangkok = place"))
U(d, "Japan's foreign ministry said it had sent consular teams", "resume within days.",
  ("Japan", N, neu, "", "own consular measures and plans"))
U(d, "Singapore said it had put an air force transport aircraft on standby", "for its nationals.",
  ("Singapore", N, neu, "", "own measure for its nationals"))
U(d, "The British Foreign Office advised against all but essential travel", "\"unpredictable.\"",
  ("United Kingdom", N, neg, "", "travel advice + an assessment, no judgement of an actor"))
U(d, "Police chief Pol Gen Patcharawat Wongsuwon said officers would first try to negotiate", "as a last resort.",
  ("Thailand", T, neu, "People's Alliance for Democracy", "talks first, force as a last resort (unsure: the conditional force could make it condemning)"))
# Constitution Court schedule (narration), the unnamed Chulalongkorn political scientist (not an actor), commenters: no rows
